"""Ships and boats named by their kind ("a schooner called the Firefly") are vessels.

A vessel is neither a person nor a body nor a place, yet the model reads its name as any of
them ("the Belle" a town, "the Firefly" a body). LitBank, the fiction gold, marks a ship's
name as a vehicle (PRODUCT: "the _Lusitania_", "the Fuwalda"). The text says what it is when a
vessel's kind comes right before the name: "a schooner called the Firefly", "a boat named
the Mary", "a small sailing vessel, the Fuwalda", "the brig Pilgrim", or right after it ("The
Fuwalda, a barkentine") (unless the model calls that name a person's somewhere:
"the boat Harris had hired"). Every mention of a name so introduced is labelled PRODUCT:
a story that once says "the Firefly" is a schooner means the schooner when it says it again.
So does a kind said of a name "the" opens ("The Grosvenor, then, was a small, full-rigged
ship") and "called" after "was" ("The privateer was called the True-blooded Yankee").
One look a short way before each mention: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.core.text.mentions import ACTOR_LABELS, Mention

_KINDS = (
    r"(?:schooner|ship|brig|brigantine|barkentine|barque|vessel|steamer|steamship|yacht|boat"
    r"|sloop|cutter|frigate|lugger|smack|barge|liner|whaler|packet|galleon|ketch|yawl|tug"
    r"|collier|clipper|corvette|gunboat|man-of-war|lifeboat|launch|craft|privateer|indiaman"
    r"|guineaman|merchantman|pinnace|felucca|bark|galley)"
)
# "a schooner called the Firefly", "a boat, named the Mary", "a small sailing vessel, the
# Fuwalda": the kind, then its name.
_CALLED = re.compile(
    rf"\b{_KINDS}(?:,? (?:(?:was|is) )?(?:called|named|christened) (?:the )?|, the )\Z",
    re.IGNORECASE,
)
# "The Fuwalda, a barkentine of about a hundred tons": its kind set off after a name "the"
# opens (not "Tom, a ship's boy": no "the" before a person's name, nor "’s" after the kind).
_KIND_AFTER = re.compile(rf", an? (?:[a-z-]+ )?{_KINDS}\b(?![’'-])", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b[Tt]he \Z")
# "the brig Pilgrim": the kind in apposition (not "a boat Harris", "the ship's Pilgrim").
_APPOSED = re.compile(rf"\bthe {_KINDS} \Z", re.IGNORECASE)
# "The Grosvenor, then, was a small, full-rigged ship": the kind said of it (up to three
# describing words between). Not a kind right after the name: "the Liverpool steamer",
# "the Border Force vessel" name the port or the owner.
_SAID_KIND = re.compile(
    rf"(?:, then,)? (?:was|is) an? (?:[a-z-]+,? ){{0,3}}{_KINDS}\b(?![’'-])", re.IGNORECASE
)
_WINDOW = 40
# The last word before a name that can end one of the patterns above: a cheap test that
# spares the regular expressions nearly every mention of a long book.
_KIND_WORDS = frozenset(_KINDS.strip("(?:)").split("|"))
_CUE_WORDS = _KIND_WORDS | {"called", "named", "christened", "the"}


def vessel_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with those of a name the text introduces as a vessel's labelled PRODUCT."""
    vessels = set()
    apposed = set()
    people = set()
    for mention in mentions:
        spelling = mention.text.casefold()
        if mention.label == "PERSON":
            people.add(spelling)
        if mention.label not in ACTOR_LABELS or not mention.text[:1].isupper():
            continue  # "away from the ship last night" names a time, not a ship
        before = text[max(0, mention.start - _WINDOW) : mention.start]
        last = before.rsplit(None, 1)[-1:]
        if not last or last[0].casefold().rstrip(",") not in _CUE_WORDS:
            continue
        after_the = _THE_BEFORE.search(before) is not None
        if _CALLED.search(before) or (
            after_the
            and (_KIND_AFTER.match(text, mention.end) or _SAID_KIND.match(text, mention.end))
        ):
            vessels.add(spelling)
        elif _APPOSED.search(before):
            apposed.add(spelling)
    vessels |= apposed - people
    if not vessels:
        return list(mentions)
    return [
        replace(m, label="PRODUCT")
        if m.label in ACTOR_LABELS and m.text.casefold() in vessels
        else m
        for m in mentions
    ]
