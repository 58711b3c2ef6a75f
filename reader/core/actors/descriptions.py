"""What a description ("the church", "the ambassador", "the country") can repeat of an actor.

Helpers of :mod:`reader.core.actors.coreference`: the head noun of a name, the titles a
person is given, and whether an actor is of the kind a kind noun names.
"""

from __future__ import annotations

import functools
import re

from reader.core.language.places import place_key
from reader.core.language.state_abbreviations import STATE_ABBREVIATIONS
from reader.core.language.titles import TITLES
from reader.core.text.mentions import Actor, Mention

_COUNTRY_NOUNS = frozenset({"country", "nation"})
_CITY_NOUNS = frozenset({"city", "town"})
_BODY_NOUNS = frozenset({"company", "firm", "organization", "organisation", "agency"})


@functools.lru_cache(maxsize=4096)
def head_noun(name: str) -> str:
    """The noun a description would repeat: "church" for "Church of Scientology"."""
    words = name.casefold().split()
    if len(words) < 2:
        return ""  # a one-word name has no descriptive head to repeat
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def of_kind(noun: str, actor: Actor) -> bool:
    if actor.label == "GPE":
        folded = actor.name.casefold()
        is_country = (
            place_key(folded, actor.name, "GPE") != folded and folded not in STATE_ABBREVIATIONS
        ) or _is_country(actor.name)  # "Fla" joins Florida but is no country
        return noun in (_COUNTRY_NOUNS if is_country else _CITY_NOUNS)
    return actor.label == "ORG" and noun in _BODY_NOUNS


def _is_country(name: str) -> bool:
    from reader.core.language.places import (
        _country_forms,  # the same table, not a second copy
    )

    return name.casefold() in _country_forms()[0].values()


def titles_by_actor(
    text: str, named: list[tuple[Mention, str]], by_id: dict[str, Actor]
) -> dict[str, set[str]]:
    """The title words written before each person's names ("President Trump")."""
    titles: dict[str, set[str]] = {}
    for mention, actor_id in named:
        if by_id[actor_id].label != "PERSON":
            continue
        words = re.findall(r"[A-Za-z]+", text[max(0, mention.start - 40) : mention.start])[-3:]
        words += re.findall(r"[A-Za-z]+", mention.text)[:-1]
        titles.setdefault(actor_id, set()).update(
            w.casefold() for w in words if w.casefold() in TITLES
        )
    return titles
