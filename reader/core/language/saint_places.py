"""A saint's possessive before a place's head word names that place: "St Luke's Square".

The model stops a square, a church or a park named after a saint at the saint ("St Luke"
a person, "St. James" a town) and leaves the head word out. When "’s" and one
capitalised place head ("Square", "Church", "Park", "Street", "Abbey") follow a saint's
name, the name grows over them and names a facility. A saint's day ("St Martin's Eve")
has no place head and stays as it was. One look after each saint's mention: linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.language.head_words import BUILDING_HEADS
from reader.core.text.mentions import Mention

_SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?) [A-Z][\w’'-]*")
_HEAD_AFTER = re.compile(r"(?:'s|’s) ([A-Z][a-z]+)\b")


def saint_places(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each saint's name before "’s" and a place head grown over them."""
    out: list[Mention] = []
    swallowed_until = -1
    for mention in sorted(mentions):
        if mention.start < swallowed_until:
            continue  # "Square" tagged apart is now part of the place
        after = _HEAD_AFTER.match(text, mention.end)
        if (
            _SAINT.fullmatch(mention.text)
            and after is not None
            and after.group(1).casefold() in BUILDING_HEADS
        ):
            end = after.end()
            out.append(Mention(mention.start, end, text[mention.start : end], "FAC"))
            swallowed_until = end
            continue
        out.append(mention)
    return out
