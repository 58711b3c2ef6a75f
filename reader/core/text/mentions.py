"""Mention and Actor: the immutable values every other part of the reader passes around."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

#: Labels that name an actor: somebody or something that can act or be acted upon.
ACTOR_LABELS: tuple[str, ...] = (
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "NORP",
    "FAC",
    "EVENT",
    "PRODUCT",
    "LAW",
    "WORK_OF_ART",
)
#: Labels that are highlighted on request but never listed as actors.
VALUE_LABELS: tuple[str, ...] = (
    "DATE",
    "TIME",
    "MONEY",
    "QUANTITY",
    "PERCENT",
    "CARDINAL",
    "ORDINAL",
    "LANGUAGE",
)
ALL_LABELS: tuple[str, ...] = ACTOR_LABELS + VALUE_LABELS


@dataclass(frozen=True, slots=True, order=True)
class Mention:
    """One place the text names something; half-open ``[start, end)`` code-point offsets.

    ``inferred`` marks a pronoun or description ("he", "the ministry") linked to an actor
    by coreference rather than a name the model found.
    """

    start: int
    end: int
    text: str
    label: str
    inferred: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"text {self.text!r} does not fit its span")


def relabelled(
    mentions: Sequence[Mention], spellings: AbstractSet[str], labels: AbstractSet[str], label: str
) -> list[Mention]:
    """``mentions`` with the named ones of ``spellings`` that carry one of ``labels`` relabelled.

    The kind rules each decide which spellings ("winchester", "the three brahmins") are of
    another kind than the model said; this is the one place that writes the new label.
    Spellings are compared case-folded; pronouns and descriptions keep their label.
    """
    return [
        Mention(m.start, m.end, m.text, label, m.inferred)
        if not m.inferred and m.label in labels and m.text.casefold() in spellings
        else m
        for m in mentions
    ]


@dataclass(frozen=True, slots=True)
class Actor:
    """Everything in one document that names the same person, body, place or group.

    Attributes:
        id: Stable within one analysis, ``"a1"``, ``"a2"``, ... in panel order.
        key: The grouping key, e.g. ``"PERSON:jon huntsman"``.
        name: The most complete name the text uses.
        label: The majority label of the named mentions.
        mentions: Every mention, in text order.
        related: Names of actors this one relates to without being them
            ("Russian" -> "Russia").
        edited: True when a user correction changed this actor.
        named_mentions: The mentions that name it (not inferred), in text order.
    """

    id: str
    key: str
    name: str
    label: str
    mentions: tuple[Mention, ...]
    related: tuple[str, ...] = field(default=())
    edited: bool = False
    # Made once: the window counts and lists them on every change of a book's 1,900
    # actors, where a pass over 50,000 mentions each time would be felt.
    named_mentions: tuple[Mention, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        named = tuple(m for m in self.mentions if not m.inferred)
        object.__setattr__(
            self, "named_mentions", self.mentions if len(named) == len(self.mentions) else named
        )

    @property
    def first_start(self) -> int:
        return self.mentions[0].start if self.mentions else 0


def relabel_persons(
    mentions: Sequence[Mention], spellings: AbstractSet[str], label: str
) -> list[Mention]:
    """``mentions``, each PERSON one whose casefolded spelling is in ``spellings`` as ``label``.

    For a "person" the whole text shows to be a place or a building.
    """
    if not spellings:
        return list(mentions)
    return [
        Mention(m.start, m.end, m.text, label, m.inferred)
        if m.label == "PERSON" and m.text.casefold() in spellings
        else m
        for m in mentions
    ]
