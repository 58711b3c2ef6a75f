"""A "person" whose name ends in a building or a street, and whom people only go to, is a place.

The model takes "Briony Lodge" for a woman: two capitalised words, the first a given name.
A reader sees a house: the name ends in a word for a building or a way ("Lodge",
"Cottage", "Street") and the text goes "to", "near", "into" or "at" it, or to its door,
and never has it speak, smile or carry a title. Such a name, in every spelling, is a
facility (FAC). "Lois Lane", who says things, stays a person.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.core.language.head_words import BUILDING_HEADS, place_head_label
from reader.core.language.mention_cues import has_person_cue, speaks_or_acts
from reader.core.language.spans import lowercase_words
from reader.core.language.titles import title_class
from reader.core.text.mentions import Mention, relabel_persons

__all__ = ["BUILDING_HEADS", "buildings", "short_places"]

_PLACES = frozenset({"FAC", "LOC", "GPE"})

_GONE_TO = re.compile(
    r"\b(?:to|near|into|at|from|reached|left|found|of|before|round|behind|outside)"
    r"(?: the (?:door|gate|house|front|steps|windows?) of| (?:the )?front of)? \Z",
    re.IGNORECASE,
)


def buildings(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the "people" the text shows to be buildings labelled FAC."""
    gone: Counter[str] = Counter()
    acting: Counter[str] = Counter()
    for mention in mentions:
        words = mention.text.split()
        if mention.inferred or mention.label != "PERSON" or len(words) < 2:
            continue
        if words[-1].casefold() not in BUILDING_HEADS or title_class(words[0]):
            continue
        spelling = mention.text.casefold()
        window = text[max(0, mention.start - 40) : mention.start]
        if speaks_or_acts(text, mention, lowercase_words(text)):  # remembered for the text
            acting[spelling] += 1
        elif _GONE_TO.search(window):
            gone[spelling] += 1
    places = {spelling for spelling, count in gone.items() if not acting[spelling]}
    return relabel_persons(mentions, places, "FAC")


def short_places(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a "person" that is a place's first word and "the" X labelled so.

    "the Alpha" beside "the Alpha Inn" is the inn: one word the text mostly puts "the"
    before (a person is no "the Alpha") and never lets act, that opens a name a place's
    head word ends, is that place.
    """
    opened: dict[str, str] = {}
    for mention in mentions:
        words = mention.text.split()
        label = place_head_label(mention.text) if len(words) > 1 else ""
        if label and mention.label in _PLACES and not mention.inferred:
            opened.setdefault(words[0].casefold(), mention.label)
    uses: Counter[str] = Counter()
    after_the: Counter[str] = Counter()
    acting: set[str] = set()
    lower = lowercase_words(text) if opened else frozenset()
    for mention in mentions:
        spelling = mention.text.casefold()
        if mention.label != "PERSON" or mention.inferred or spelling not in opened:
            continue
        uses[spelling] += 1
        after_the[spelling] += text[max(0, mention.start - 4) : mention.start].casefold() == "the "
        if has_person_cue(text, mention, lower):
            acting.add(spelling)
    places = {s for s, n in uses.items() if 2 * after_the[s] >= n and s not in acting}
    return [
        Mention(m.start, m.end, m.text, opened[m.text.casefold()], m.inferred)
        if m.label == "PERSON" and m.text.casefold() in places
        else m
        for m in mentions
    ]
