"""Names a quoted speaker calls out to: "“Nikólenka, what is it?”", "“Go, Másha; I’ll come.”"

One talks to people, not to towns, so a name set off by commas inside a quotation is a
person's cue (:mod:`reader.core.language.kind_evidence` weighs it with the others). A name
counts as addressed when it opens a quotation and a comma follows ("“Drónushka,” she
said"), or a comma sets it off inside one and a stop, a comma or a closing mark follows
("listen, Drónushka,", "me, Nikólenka.", "up, Váska!”"). A name listed beside another name
("“Vílna, Smolénsk, Moscow.”", "“Moscow, Smolénsk and Vílna”") is no address; an
exclamation alone ("“Hurrah!”") is none either.

Whether a name is inside a quotation is read from the same paragraph before it, at most a
few hundred characters back, so the pass stays linear in the text's length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.text.mentions import Mention

_OPENS = re.compile(r"[“\"]\Z")
_AFTER_COMMA = re.compile(r"\w,\s\Z")
_OPEN_AFTER = re.compile(r",")
_SET_OFF_AFTER = re.compile(r"[,.!?;:]")
_NEXT_NAME = re.compile(r"[,.!?;:][”\"]?\s+")
_LOOK_BACK = 400


def addressed(text: str, mentions: Sequence[Mention]) -> set[Mention]:
    """The ``mentions`` a quoted speaker calls out to."""
    starts = {m.start for m in mentions}
    ends = {m.end for m in mentions}
    found: set[Mention] = set()
    for mention in mentions:
        before = text[max(0, mention.start - 3) : mention.start]
        if _OPENS.search(before):
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
