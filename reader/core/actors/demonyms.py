"""Demonyms: "Russian" stays an actor of its own, related to "Russia" when Russia is one.

pycountry has no demonyms, so the country is guessed from English suffix rules
("Syrian" -> "Syria", "Ukrainian" -> "Ukraine", "Chinese" -> "China", "Israeli" ->
"Israel", "Polish" -> "Poland") checked against the places the document names, plus a
short table of the irregular ones ("French", "Afghan", "British").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from reader.core.text.mentions import Actor, Mention

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "afghan": ("afghanistan",),
    "american": ("united states", "america"),
    "british": ("united kingdom", "britain"),
    "english": ("england",),
    "scottish": ("scotland",),
    "welsh": ("wales",),
    "irish": ("ireland",),
    "french": ("france",),
    "dutch": ("netherlands",),
    "swiss": ("switzerland",),
    "greek": ("greece",),
    "spanish": ("spain",),
    "danish": ("denmark",),
    "swedish": ("sweden",),
    "turkish": ("turkey", "türkiye"),
    "filipino": ("philippines",),
    "thai": ("thailand",),
    "saudi": ("saudi arabia",),
    "argentine": ("argentina",),
    "norwegian": ("norway",),
    "peruvian": ("peru",),
    "czech": ("czech republic", "czechia"),
    "icelandic": ("iceland",),
    "malagasy": ("madagascar",),
    "kiwi": ("new zealand",),
}
# (suffix of the demonym, what replaces it): "Russian" -> "Russia", "Canadian" -> "Canada".
_SUFFIX_RULES: tuple[tuple[str, str], ...] = (
    ("ian", "ia"),
    ("ian", "a"),
    ("ian", "e"),
    ("ian", ""),
    ("an", "a"),
    ("an", "o"),
    ("an", ""),
    ("n", ""),
    ("ese", ""),
    ("ese", "a"),
    ("i", ""),
    ("ish", "land"),
    ("ish", ""),
    ("ic", "y"),
    ("er", ""),
)
_RELATABLE_LABELS = frozenset({"GPE", "LOC"})
_MISREAD_LABELS = frozenset({"PERSON", "ORG"})
# A lower-case word after the name: it modifies a noun ("Sri Lankan developers").
_BEFORE_NOUN = re.compile(r"[ \t]+[a-z]")


def country_candidates(demonym: str) -> tuple[str, ...]:
    """Case-folded country names ``demonym`` may come from, most likely first."""
    word = demonym.casefold().strip()
    if word.endswith("s") and not word.endswith(("ss", "ese")):
        word = word[:-1]  # "Russians", "Afghans"
    found = list(_IRREGULAR.get(word, ()))
    for suffix, replacement in _SUFFIX_RULES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            found.append(word[: len(word) - len(suffix)] + replacement)
    return tuple(dict.fromkeys(found))


def relate_demonyms(
    actors: Sequence[Actor], key_of: Callable[[str, str], str]
) -> tuple[Actor, ...]:
    """Set ``related=(country name,)`` on NORP actors whose country is an actor too.

    Args:
        actors: The grouped actors of one document.
        key_of: The grouping key of a (text, label), so "America" finds "United States".
    """
    places: dict[str, str] = {}
    for actor in actors:
        if actor.label in _RELATABLE_LABELS:
            for mention in actor.named_mentions:
                places.setdefault(key_of(mention.text, "GPE"), actor.name)
    related: list[Actor] = []
    for actor in actors:
        if actor.label != "NORP" or actor.related:
            related.append(actor)
            continue
        names = [
            places.get(key_of(candidate, "GPE")) for candidate in country_candidates(actor.name)
        ]
        country = next((name for name in names if name), None)
        related.append(replace(actor, related=(country,)) if country else actor)
    return tuple(related)


def demonym_modifiers(text: str, named: Sequence[Mention]) -> list[Mention]:
    """``named`` with a named place's demonym the model took for a name labelled NORP.

    The model reads "Sri Lankan developers" as a person's name. A name the suffix rules
    derive from a place the text names ("Sri Lankan" -> "Sri Lanka") that modifies a noun
    at least half the time is a people's word, as "Russian" is. "Julian" stays a person:
    the text names no "Julia" as a place.
    """
    places = {m.text.casefold() for m in named if m.label in _RELATABLE_LABELS}
    uses: Counter[str] = Counter()
    modifying: Counter[str] = Counter()
    for mention in named:
        if mention.label in _MISREAD_LABELS and not mention.inferred:
            spelling = mention.text.casefold()
            uses[spelling] += 1
            modifying[spelling] += bool(_BEFORE_NOUN.match(text, mention.end))
    demonyms = {
        spelling
        for spelling, count in uses.items()
        if 2 * modifying[spelling] >= count and places.intersection(country_candidates(spelling))
    }
    return [
        replace(m, label="NORP") if m.text.casefold() in demonyms and not m.inferred else m
        for m in named
    ]
