"""Whole-text regex scans in slices, so that no one regex call holds the interpreter lock long.

A regex call runs in C and keeps the interpreter lock until it returns: one ``findall`` over
a book (3 MB) takes 60-100 ms, and the window, whose thread needs the lock to run any Python
at all, freezes that long while the analysis runs in its collector thread. Scanned a slice
at a time, the lock can change hands between slices.

Each slice ends at ``cut``: a character no match contains (a space for words, a line break
for a pattern that stays on one line). ``pattern.finditer(text, pos, endpos)`` lets a
look-behind see the text before ``pos``, so the matches are those of one whole-text scan,
provided the pattern does not need to look ahead past a ``cut`` (a ``(?=...)`` or ``$``
there would see the slice's end instead of the character).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: Characters per slice: a regex scan of 100,000 characters takes 2-3 ms.
SLICE_CHARS = 100_000


def slice_ends(
    text: str, cut: str, slice_chars: int = SLICE_CHARS, after_cut: bool = False
) -> Iterator[tuple[int, int]]:
    """``(start, end)`` slices covering ``text``, each ending at a ``cut`` or the text's end.

    With ``after_cut`` a slice ends just after its ``cut`` instead (a line break ending a
    slice then keeps the carriage return before it in the same slice).
    """
    start = 0
    while start < len(text):
        end = text.find(cut, start + slice_chars)
        if end < 0:
            end = len(text)
        elif after_cut:
            end += 1
        yield start, end
        start = end


def finditer_sliced(
    pattern: re.Pattern[str], text: str, cut: str = "\n", slice_chars: int = SLICE_CHARS
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, a slice at a time (see the module's note on ``cut``)."""
    for start, end in slice_ends(text, cut, slice_chars):
        yield from pattern.finditer(text, start, end)


def findall_sliced(
    pattern: re.Pattern[str], text: str, cut: str = "\n", slice_chars: int = SLICE_CHARS
) -> list[str]:
    """``pattern.findall(text)`` for a pattern with at most one group, a slice at a time."""
    found: list[str] = []
    for start, end in slice_ends(text, cut, slice_chars):
        found.extend(pattern.findall(text, start, end))
    return found
