"""Breaks inside a model span: a cry ("Pétya! Press"), a quotation or a bracket opening."""

from __future__ import annotations

import re

# A cry or a question mark after a word and before a space, or an opening quote after a space.
_INNER_BREAK = re.compile(r"\w([!?])\s|\s([‘“])")
_CLOSING = {"‘": "’", "“": "”"}


def inner_break(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the name before a break inside ``text[start:end]`` ends and the rest starts.

    "Now press, Pétya! Press, Vasílich" and "Those are Mary’s ‘God’s folk’": a sentence
    ends, or a quotation opens, inside the span. A quote closed inside the span is a
    nickname ("Thomas “Stonewall” Jackson") and breaks nothing; "Yahoo!" at the end of a
    span is no break either. ``None`` when there is no break.
    """
    found = _INNER_BREAK.search(text, start, end)
    if found is None:
        return None
    quote = found.group(2)
    if quote is None:
        return found.start() + 1, found.end()
    if _CLOSING[quote] in text[found.end() : end]:
        return None
    return found.start(), found.end() - 1


def before_open_bracket(text: str, start: int, end: int) -> int:
    """Where a span that opens a bracket it does not close should end.

    The model writes "Organisation of Islamic Cooperation (OIC" as one name and leaves the
    ")" outside; cut at the bracket, the short form is found as a mention of its own.
    """
    bracket = text.rfind("(", start, end)
    if bracket <= start or text.find(")", bracket, end) >= 0:
        return end
    return len(text[start:bracket].rstrip()) + start
