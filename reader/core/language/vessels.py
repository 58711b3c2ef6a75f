"""Ships and boats named by their kind ("a schooner called the Firefly") are no actors.

A vessel is neither a person nor a body nor a place, yet the model reads its name as any of
them ("the Belle" a town, "the Wild Rose" a product). The text says what it is when a
vessel's kind comes right before the name: "a schooner called the Firefly", "a boat named
the Mary", "the brig Pilgrim" (unless the model calls that name a person's somewhere:
"the boat Harris had hired"). Every mention of a name so introduced is dropped: a story
that once says "the Firefly" is a schooner means the schooner when it says it again.
One look a short way before each mention: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.text.mentions import Mention

_KINDS = (
    r"(?:schooner|ship|brig|brigantine|barque|vessel|steamer|steamship|yacht|boat|sloop"
    r"|cutter|frigate|lugger|smack|barge|liner|whaler|packet|galleon|ketch|yawl|tug"
    r"|collier|clipper|corvette|gunboat|man-of-war|lifeboat|launch|craft)"
)
# "a schooner called the Firefly", "a boat, named the Mary": the kind, then its name.
_CALLED = re.compile(rf"\b{_KINDS},? (?:called|named|christened) (?:the )?\Z", re.IGNORECASE)
# "the brig Pilgrim": the kind in apposition (not "a boat Harris", "the ship's Pilgrim").
_APPOSED = re.compile(rf"\bthe {_KINDS} \Z", re.IGNORECASE)
_WINDOW = 40


def drop_vessel_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without those of a name the text introduces as a vessel's."""
    vessels = set()
    apposed = set()
    people = set()
    for mention in mentions:
        spelling = mention.text.casefold()
        before = text[max(0, mention.start - _WINDOW) : mention.start]
        if _CALLED.search(before):
            vessels.add(spelling)
        elif _APPOSED.search(before):
            apposed.add(spelling)
        if mention.label == "PERSON":
            people.add(spelling)
    vessels |= apposed - people
    if not vessels:
        return list(mentions)
    return [m for m in mentions if m.text.casefold() not in vessels]
