"""Bounded views of the text: a rule looks at the line around a name only so far either side.

A text without line breaks (a 2 MB page saved as one line) would otherwise make every
rule that looks at "the line" scan the whole text once per name: mentions x line length.
Within :data:`REACH` characters of a position the answer is the same as for a normal
paragraph, and long lines are judged by their neighbourhood, like a reader does.
"""

from __future__ import annotations

import re

from reader.core.text.remembered import remembered_for_last_text

#: Characters looked at on either side of a position: longer than most paragraphs.
REACH = 1_000
#: Longest piece of text handed to the model at once (see :func:`cut_point`).
PIECE_CHARS = 2_000
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[^\W\d_])")


def line_around(text: str, position: int, reach: int = REACH) -> tuple[int, int]:
    """``(start, end)`` of the line holding ``position``, at most ``reach`` either side.

    A clipped side ends at a space, so no word is cut in half.
    """
    low = max(0, position - reach)
    start = text.rfind("\n", low, position) + 1
    if start == 0 and low > 0:
        space = text.find(" ", low, position)
        start = space + 1 if space >= 0 else low
    high = min(len(text), position + reach)
    end = text.find("\n", position, high)
    if end < 0:
        end = high
        if high < len(text):
            space = text.rfind(" ", position, high)
            end = space if space >= 0 else high
    return start, end


def line_words(text: str, position: int, reach: int = REACH) -> list[str]:
    """The words of :func:`line_around` ``position``."""
    start, end = line_around(text, position, reach)
    return text[start:end].split()


def cut_point(text: str, start: int, max_chars: int = PIECE_CHARS) -> int:
    """Where to end a piece of at most ``max_chars`` that starts at ``start``.

    The last line break in the second half of the window, else the last sentence end,
    else the last space, else ``max_chars`` on: a name is rarely cut.
    """
    low, high = start + max_chars // 2, start + max_chars
    cut = text.rfind("\n", low, high)
    if cut >= 0:
        return cut
    ends = [match.end() for match in _SENTENCE_END.finditer(text, low, high)]
    if ends:
        return ends[-1]
    cut = text.rfind(" ", low, high)
    return cut if cut >= 0 else high


def has_long_line(text: str, max_chars: int) -> bool:
    """Whether a line of ``text`` is longer than ``max_chars`` characters.

    A line that long holds a whole aligned window of ``max_chars // 2`` characters, so only
    windows without a line break are looked at closer: 1 ms on a 3 MB book, where
    splitting it into lines took 13 ms of the turn that shows it.
    """
    half = max(1, max_chars // 2)
    for start in range(0, len(text), half):
        if text.find("\n", start, start + half) < 0:
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            if line_end - (text.rfind("\n", 0, start) + 1) > max_chars:
                return True
    return False


# Remembered: the loader thread asks first, so the turn that shows a book does not look
# for long lines (2 ms).
@remembered_for_last_text
def display_text(text: str, max_chars: int = PIECE_CHARS) -> str:
    """``text`` for the screen: lines above ``max_chars`` broken where the model's pieces end.

    Only a space at a cut becomes a line break, so the copy has the same length and
    every offset holds. A text widget lays a line out again whole on every change of
    format: one 2 MB line took 0.8 s per highlight. Remembered for the last text.
    """
    return _broken_lines(text, max_chars)


def _broken_lines(text: str, max_chars: int) -> str:
    if len(text) <= max_chars or not has_long_line(text, max_chars):
        return text
    chars: list[str] = []
    position = 0
    for line_start, line_end in _long_lines(text, max_chars):
        start = line_start
        while line_end - start > max_chars:
            cut = cut_point(text, start, max_chars)
            space = cut - 1 if text[cut - 1] in " \t" else cut
            if text[space] in " \t":
                chars.append(text[position:space])
                chars.append("\n")
                position = space + 1
            start = max(cut, start + 1)
    chars.append(text[position:])
    return "".join(chars)


def _long_lines(text: str, max_chars: int) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        if len(line) > max_chars:
            lines.append((start, start + len(line)))
        start += len(line) + 1
    return lines
