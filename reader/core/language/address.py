"""Names a quoted speaker calls out to: "“Nikólenka, what is it?”", "“Go, Másha.”".

One talks to people, not to towns, so a name set off by commas inside a quotation is a
person's cue (:mod:`reader.core.language.kind_evidence` weighs it with the others). A name
counts as addressed when it opens a quotation and a comma follows ("“Drónushka,” she
said"), or a comma sets it off inside one and a stop, a comma or a closing mark follows
("listen, Drónushka,", "me, Nikólenka.", "up, Váska!”") after a lower-case word or the
utterance's first. A name listed beside another name ("“Vílna, Smolénsk, Moscow.”",
"“Moscow, Smolénsk and Vílna”"), after a capitalised one ("at St. George’s, Hanover
Square,"), a plural of a word the text also uses ("“Cossacks, forward!”" beside "a
Cossack": a crowd) and a name ending in a building or a way are no address; an
exclamation alone ("“Hurrah!”") is none either.

Whether a name is inside a quotation is read from the same paragraph before it, at most a
few hundred characters back, so the pass stays linear in the text's length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.language.head_words import BUILDING_HEADS
from reader.core.text.mentions import Mention

_OPENS = re.compile(r"[“\"]\Z")
# The word before the comma is lower-case or opens the utterance ("me, Nikólenka", "“Go,
# Másha"): "St. George’s, Hanover Square" and "Paris, France" are addresses of places.
_AFTER_COMMA = re.compile(r"(?:(?:^|(?<=[\s“\"‘(]))[a-z]\w*|(?:^|[“\"‘]|[.!?] )[A-Z]\w*),\s\Z")
_OPEN_AFTER = re.compile(r",")
_SET_OFF_AFTER = re.compile(r"[,.!?;:]")
_NEXT_NAME = re.compile(r"[,.!?;:][”\"]?\s+")
_LOOK_BACK = 400
_BEFORE = 24


def addressed(text: str, mentions: Sequence[Mention]) -> set[Mention]:
    """The ``mentions`` a quoted speaker calls out to."""
    starts = {m.start for m in mentions}
    ends = {m.end for m in mentions}
    spellings = {m.text.casefold() for m in mentions}
    found: set[Mention] = set()
    for mention in mentions:
        spelling = mention.text.casefold()
        if spelling.endswith("s") and spelling[:-1] in spellings:
            continue  # "“Cossacks, forward!”" calls out to many: a people, not a person
        if spelling.split()[-1] in BUILDING_HEADS:
            continue  # "Hanover Square" is nobody to talk to
        before = text[max(0, mention.start - _BEFORE) : mention.start]
        if _OPENS.search(before[-1:]):
            if _OPEN_AFTER.match(text, mention.end) and not _next_is_name(text, mention, starts):
                found.add(mention)
        elif (
            _AFTER_COMMA.search(before)
            and mention.start - 2 not in ends  # "Smolénsk, Moscow": a list
            and _SET_OFF_AFTER.match(text, mention.end)
            and not _next_is_name(text, mention, starts)
            and _inside_quotation(text, mention.start)
        ):
            found.add(mention)
    return found


def _next_is_name(text: str, mention: Mention, starts: set[int]) -> bool:
    gap = _NEXT_NAME.match(text, mention.end)
    return bool(gap and gap.end() in starts)


def _inside_quotation(text: str, position: int) -> bool:
    """Whether ``position`` follows an opening mark in its paragraph, not a closing one."""
    window = text[max(0, position - _LOOK_BACK) : position]
    paragraph = window.rfind("\n\n")
    if paragraph >= 0:
        window = window[paragraph:]
    opened, closed = window.rfind("“"), window.rfind("”")
    if opened >= 0 or closed >= 0:
        return opened > closed
    return window.count('"') % 2 == 1
