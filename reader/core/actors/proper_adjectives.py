"""A people's or creed's word before a noun ("a shrill Welsh voice") is a group word (NORP).

The model reads "the Welsh emigrants", "a Puritan gentleman", "another Confederate officer"
and "an Irish cook" as an organisation, a place or a person. English capitalises the
adjectives of peoples and creeds and no other adjectives, so a one-word name is such a word
when the text never writes it in lower case and it is an adjective (the lexicon knows
"welsh", "irish", "confederate" as adjectives), or it has a people's ending ("-an", "-ian",
"-ese", "-ish") and is a noun the lexicon knows ("puritan", "quaker"), is no country's
name ("Japan", "Oman") and is never put after "in", "at", "from" or "to" ("in Michigan":
a place). "brown" written in lower case anywhere keeps "Brown" a surname, and a body the
model names by an adjective that acts or owns stays one ("Celtic beat Rangers", "Celtic's").

When at least half the mentions of such a word modify a noun, all of them become NORP
("Owen was Welsh" too). Otherwise the word is a nickname as well ("Irish laughed" is a
cowboy) and only the mentions that modify a noun leave it: "an Irish cook" is not him.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.core.language.lexicon import Lexicon, english_lexicon
from reader.core.language.modifiers import modifies_noun, pronoun_verbs
from reader.core.language.places import is_country_name
from reader.core.language.spans import lowercase_words
from reader.core.language.word_tables import AUXILIARIES
from reader.core.text.mentions import Mention

_PEOPLE_ENDINGS = ("an", "ese", "ish")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|to|into|near)\s+\Z", re.IGNORECASE)
# What follows a name that acts or owns: "’s", or a lower-case word (a verb, if inflected).
_AFTER = re.compile(r"(['’]s\b)|[ \t]+([a-z]+)\b")


def proper_adjectives(text: str, named: Sequence[Mention]) -> list[Mention]:
    """``named`` with the people's and creed's words that modify nouns as groups (NORP)."""
    uses: dict[str, list[Mention]] = {}
    for mention in named:
        word = mention.text
        if (
            not mention.inferred
            and mention.label != "NORP"
            and word.isalpha()
            and word[:1].isupper()
            and word[1:].islower()
        ):
            uses.setdefault(word, []).append(mention)
    if not uses:
        return list(named)
    lexicon = english_lexicon()
    lower = lowercase_words(text)
    verbs = pronoun_verbs(text)
    relabelled: set[Mention] = set()
    dropped: set[Mention] = set()
    for word, found in uses.items():
        if not _proper_adjective(text, word, found, lexicon, lower):
            continue
        modifying = [m for m in found if modifies_noun(text, m.end, lexicon, verbs)]
        if 2 * len(modifying) >= len(found):
            relabelled.update(found)
        else:
            dropped.update(modifying)
    return [replace(m, label="NORP") if m in relabelled else m for m in named if m not in dropped]


def _proper_adjective(
    text: str, word: str, found: list[Mention], lexicon: Lexicon, lower: frozenset[str]
) -> bool:
    folded = word.casefold()
    if folded in lower:
        return False
    if any(m.label == "ORG" for m in found) and any(
        _acts_or_owns(text, m.end, lexicon) for m in found
    ):
        return False  # "Celtic beat Rangers", "Celtic's defence": a body named by an adjective
    if folded in lexicon.bases.get("adj", frozenset()):
        return True  # as written: adjectives take no "-s" ("the Bottoms women" is a place)
    return (
        folded.endswith(_PEOPLE_ENDINGS)
        and "noun" in lexicon.readings(folded)
        and not is_country_name(folded)
        and not any(_PLACE_BEFORE.search(text, max(0, m.start - 8), m.start) for m in found)
    )


def _acts_or_owns(text: str, end: int, lexicon: Lexicon) -> bool:
    after = _AFTER.match(text, end, end + 30)
    if after is None:
        return False
    word = after.group(2)
    if after.group(1) or word in AUXILIARIES:
        return True
    # "the Napoleonic wars": a plural noun is no verb of the name's.
    plural = word.endswith("s") and "noun" in lexicon.readings(word)
    return lexicon.inflected_verb(word) and not plural
