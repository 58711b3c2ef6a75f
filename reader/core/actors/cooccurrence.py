"""Who appears with whom: actors that share sentences or paragraphs, and where they do.

Passages are sentences (:func:`reader.core.text.sentences.sentence_bounds`) or paragraphs.
A text with blank lines between paragraphs (a book from Project Gutenberg, most saved
articles) is read as hard-wrapped: single line breaks inside a paragraph do not end a
sentence there. A text without blank lines has one paragraph per line.

Only named mentions count, never pronouns or descriptions: "he" linked to the wrong
person would make companions up.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Literal

from reader.core.text.mentions import Actor
from reader.core.text.sentences import sentence_bounds

Unit = Literal["sentence", "paragraph"]
UNITS: tuple[Unit, ...] = ("sentence", "paragraph")

_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph: blank-line separated, or one per line if none."""
    separator = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\n")
    bounds: list[tuple[int, int]] = []
    position = 0
    # A loop, not list(finditer): the index is built in a worker thread, and the UI
    # thread can take the interpreter back between two iterations, not inside a C call.
    for match in separator.finditer(text):
        if text[position : match.start()].strip():
            bounds.append((position, match.start()))
        position = match.end()
    if text[position:].strip():
        bounds.append((position, len(text)))
    return bounds


def passage_bounds(text: str, unit: Unit) -> list[tuple[int, int]]:
    """Sentences or paragraphs of ``text``, in text order, as ``(start, end)``."""
    if unit == "paragraph":
        return paragraph_bounds(text)
    if not _BLANK_LINE.search(text):
        return sentence_bounds(text)
    spans: list[tuple[int, int]] = []
    for start, end in paragraph_bounds(text):
        # Same length, so offsets hold: a wrapped line goes on in the same sentence.
        flat = text[start:end].replace("\n", " ")
        spans.extend((start + a, start + b) for a, b in sentence_bounds(flat))
    return spans


@dataclass(frozen=True, slots=True)
class Companion:
    """An actor that shares ``shared`` passages with the one asked about."""

    actor: Actor
    shared: int


class Cooccurrence:
    """Which actors appear in which passages of one text; built once, asked many times.

    Args:
        text: The document text.
        actors: The actors as the reader sees them.
        unit: ``"sentence"`` or ``"paragraph"``.
    """

    def __init__(self, text: str, actors: Sequence[Actor], unit: Unit = "sentence") -> None:
        self.unit = unit
        self.bounds = passage_bounds(text, unit)
        starts = [start for start, _end in self.bounds]
        self.actors = {actor.id: actor for actor in actors}
        self._passages: dict[str, tuple[int, ...]] = {}
        members: dict[int, list[str]] = {}
        for actor in actors:
            found = sorted(
                {bisect_right(starts, m.start) - 1 for m in actor.mentions if not m.inferred} - {-1}
            )
            self._passages[actor.id] = tuple(found)
            for passage in found:
                members.setdefault(passage, []).append(actor.id)
        self._members = members

    def passages_of(self, actor_id: str) -> tuple[int, ...]:
        """The indexes (into :attr:`bounds`) of the passages that name this actor."""
        return self._passages.get(actor_id, ())

    def companions(self, actor_id: str) -> list[Companion]:
        """The actors sharing passages with ``actor_id``, most shared (then earliest) first."""
        counts: Counter[str] = Counter()
        for passage in self.passages_of(actor_id):
            counts.update(other for other in self._members[passage] if other != actor_id)
        ordered = sorted(counts, key=lambda other: (-counts[other], self.actors[other].first_start))
        return [Companion(self.actors[other], counts[other]) for other in ordered]

    def shared_passages(self, first_id: str, second_id: str) -> list[tuple[int, int]]:
        """The ``(start, end)`` of every passage naming both actors, in text order."""
        second = set(self.passages_of(second_id))
        return [self.bounds[p] for p in self.passages_of(first_id) if p in second]

    def edges(self, min_shared: int = 1) -> list[tuple[str, str, int]]:
        """``(id, id, shared)`` per pair sharing ``min_shared`` passages or more, heaviest first."""
        weights: Counter[tuple[str, str]] = Counter()
        for ids in self._members.values():
            weights.update(combinations(sorted(set(ids)), 2))
        pairs = [(a, b, w) for (a, b), w in weights.items() if w >= min_shared]
        return sorted(pairs, key=lambda edge: (-edge[2], edge[0], edge[1]))
