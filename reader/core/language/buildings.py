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

from reader.core.language.titles import title_class
from reader.core.text.mentions import Mention, relabel_persons

# Words that end the names of buildings, estates and ways.
BUILDING_HEADS = frozenset(
    {"lodge", "cottage", "villa", "manor", "castle", "abbey", "priory", "hall", "house",
     "farm", "grange", "inn", "hotel", "tavern", "church", "chapel", "cathedral", "tower",
     "towers", "palace", "court", "place", "street", "road", "lane", "square", "avenue",
     "terrace", "gardens", "park", "bridge", "gate", "station", "mill", "mills"}
)  # fmt: skip
_GONE_TO = re.compile(
    r"\b(?:to|near|into|at|from|reached|left|found|of|before|round|behind|outside)"
    r"(?: the (?:door|gate|house|front|steps|windows?) of| (?:the )?front of)? \Z",
    re.IGNORECASE,
)
_SAID = re.compile(r"\b(?:said|asked|cried|replied|answered)\s+\Z")
_ACTS = re.compile(
    r"(?:’s|'s)? (?:said|says|smiled|laughed|nodded|asked|replied|answered|cried|thought)\b"
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
        if _SAID.search(window) or _ACTS.match(text, mention.end, mention.end + 20):
            acting[spelling] += 1
        elif _GONE_TO.search(window):
            gone[spelling] += 1
    places = {spelling for spelling, count in gone.items() if not acting[spelling]}
    return relabel_persons(mentions, places, "FAC")
