"""Given names the model calls a place or a body: "Henrietta", "Estella", "Nelly" are people.

The small model reads a heroine's name alone as a town ("devoted to Henrietta") or a
body ("whether Miss Havisham intended me for Estella", "Nelly has played traitor") when
the sentence says nothing more. English given names and their pet forms are listed in
the ``nicknames`` package's table (hand-curated, Apache-2.0; also read by
:mod:`reader.core.actors.pet_names`), so a one-word name found there is a person when:

* the text never puts "the" (an adjective may come between: "the English Court") or a
  place's preposition ("in", "at", "from", "near", "into", "through", "across",
  "towards") before it, save before a possessive ("in Henrietta’s stead");
* it names no country, state or province (pycountry: "Georgia", "Victoria", "Alberta"),
  which a text may well write alone and with no preposition;
* the text uses it twice at least: a town named once after a given name is common enough
  ("whether she knew Florence well", "a Dowell of Philadelphia").

Without the package or its table the rule stands aside.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Collection, Sequence

from reader.core.language.head_words import place_head_label
from reader.core.language.places import is_country_name, is_subdivision_name
from reader.core.text.mentions import Mention

_LEAST_USES = 2
_POSSESSIVES = ("’s", "'s")
_THING_LABELS = frozenset({"GPE", "LOC", "ORG", "FAC", "PRODUCT"})
# "the Georgia", "in Florence", "at Victoria": a place's or a ship's, not a person's.
_PLACED_BEFORE = re.compile(
    r"\b(?:[Tt]he(?:\s+[A-Z][a-z]+)?"
    r"|(?i:in|at|from|near|into|through|across|towards|toward))\s+\Z"
)


def given_name_people(
    text: str, mentions: Sequence[Mention], called: Collection[Mention] = ()
) -> set[str]:
    """The folded one-word spellings the model calls a thing that are given names (above).

    A name a speaker calls out to (``called``: "“a good time, Nelly?”") needs no second use:
    nobody talks to a town.
    """
    table = pet_forms()
    if not table:
        return set()
    thing: set[str] = set()
    placed: set[str] = set()
    uses: Counter[str] = Counter()
    for mention in mentions:
        if mention.inferred or " " in mention.text:
            continue
        spelling = mention.text.casefold()
        if spelling not in table and spelling not in _given_names():
            continue
        uses[spelling] += _LEAST_USES if mention in called else 1
        if mention.label in _THING_LABELS:
            thing.add(spelling)
        if _PLACED_BEFORE.search(
            text, max(0, mention.start - 24), mention.start
        ) and not text.startswith(_POSSESSIVES, mention.end):  # "in Henrietta’s stead"
            placed.add(spelling)
    return {
        spelling
        for spelling in thing - placed
        if uses[spelling] >= _LEAST_USES
        and not is_country_name(spelling)
        and not is_subdivision_name(spelling)
    }


def given_full_names(text: str, mentions: Sequence[Mention]) -> set[str]:
    """Folded two-word names the model calls a thing whose given name is a person's here.

    "Mr. Phillips goes up to see Prissy Andrews" is a body by the model; "Prissy" is in the
    table and the text names her so alone ("more than Prissy", the model's body too), so
    the full name is hers.
    Not a name whose last word heads a body or a place ("Victoria Station"), nor one the
    text puts after "the" or a place's preposition.
    """
    alone = {m.text.casefold() for m in mentions if not m.inferred and " " not in m.text}
    found: set[str] = set()
    placed: set[str] = set()
    for mention in mentions:
        words = mention.text.split()
        if mention.inferred or mention.label not in _THING_LABELS or len(words) != 2:
            continue
        first = words[0].casefold()
        if first not in alone or not is_given_name(first) or not words[1].isalpha():
            continue
        if not words[1][:1].isupper() or place_head_label(mention.text):
            continue
        spelling = mention.text.casefold()
        found.add(spelling)
        if _PLACED_BEFORE.search(text, max(0, mention.start - 24), mention.start):
            placed.add(spelling)
    return found - placed


@functools.cache
def pet_forms() -> dict[str, frozenset[str]]:
    """Each pet form in the ``nicknames`` table with the given names it shortens.

    Read once per process (2,700 rows, a few milliseconds); without the package or its
    table (a bundle that left the CSV out) the answer is empty and the rules stand aside.
    """
    try:
        from nicknames import NickNamer

        lookup = NickNamer().canonical_lookup
    except (ImportError, OSError):
        return {}
    return {pet: frozenset(names) for pet, names in lookup.items()}


@functools.cache
def is_given_name(folded: str) -> bool:
    """Whether the table knows the case-folded word as a given name or a pet form."""
    return folded in pet_forms() or folded in _given_names()


@functools.cache
def _given_names() -> frozenset[str]:
    return frozenset(name for names in pet_forms().values() for name in names)
