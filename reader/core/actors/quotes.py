"""Where a text quotes someone: the spans between opening and closing quotation marks.

A quotation often runs over several sentences and line breaks (a novel hard-wrapped at 70
columns, or set one sentence a line), so a mark is paired by what it looks like, not by the
line it is on: a straight ``"`` after a space or a line start and before a word opens, one
after a word or a stop closes. A quotation ends at its closing mark, at a blank line (a
paragraph that goes on speaking opens again with a new mark), or where a new one opens;
in a text set a paragraph a line, one never closed ends with its line. A
single mark must be plainly a quotation mark, never an apostrophe ("don’t", "'tis",
"the dogs' bones"): it opens before a capital or a quote-opening word and closes after a
stop or dash.
"""

from __future__ import annotations

import bisect
import re

# (kind, mark): "o" opens, "c" closes, "t" turns (opens when outside, closes when inside).
_DOUBLE = re.compile(
    r"(?P<o>“|(?:(?<=\A)|(?<=[\s(\[—–-]))\"(?=[\w‘'(\[.—–-]))"
    r"|(?P<c>”|(?<=[\w.,;:!?)\]—–-])\"(?![\w]))"
    r"|(?P<t>\")"
)
_SINGLE = re.compile(
    r"(?P<o>(?:(?<=\A)|(?<=[\s(\[—–\"“]))[‘'](?=[A-Z]|I\b))"
    r"|(?P<c>(?<=[.,;:!?—–-])[’'](?![\w]))"
)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """The quoted spans of ``text`` (marks included), in text order, one pass each kind."""
    spans = _pair(text, _DOUBLE) + _pair(text, _SINGLE)
    return sorted(spans)


def _pair(text: str, marks: re.Pattern[str]) -> list[tuple[int, int]]:
    paragraph_ends = [m.start() for m in _PARAGRAPH.finditer(text)]
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    next_end = 0  # index into paragraph_ends
    for mark in marks.finditer(text):
        position = mark.start()
        if opened is not None:
            while next_end < len(paragraph_ends) and paragraph_ends[next_end] < opened:
                next_end += 1
            if next_end < len(paragraph_ends) and paragraph_ends[next_end] < position:
                spans.append((opened, paragraph_ends[next_end]))  # the paragraph ended it
                opened = None
        kind = mark.lastgroup
        if opened is None:
            if kind in ("o", "t"):
                opened = position
        elif kind in ("c", "t"):
            spans.append((opened, mark.end()))
            opened = None
        else:  # a new opening mark: the one before was never closed
            if "\n" in text[opened:position]:  # on the same line it was no quotation ('Tis)
                spans.append((opened, _unclosed_end(text, opened, position, paragraph_ends)))
            opened = position
    if opened is not None:
        spans.append((opened, _unclosed_end(text, opened, len(text), paragraph_ends)))
    return spans


def _unclosed_end(text: str, opened: int, limit: int, paragraph_ends: list[int]) -> int:
    """Where a quotation never closed ends: at its paragraph's end, before ``limit``.

    In a text with no blank lines each line is a paragraph (or a sentence): there the
    quotation ends with its line, as one stray mark must not make the rest of a chapter a
    quotation.
    """
    if not paragraph_ends:
        line_end = text.find("\n", opened, limit)
        return line_end if line_end >= 0 else limit
    index = bisect.bisect_left(paragraph_ends, opened)
    end = paragraph_ends[index] if index < len(paragraph_ends) else len(text)
    return min(end, limit)
