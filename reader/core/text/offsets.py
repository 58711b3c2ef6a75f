"""Convert between Python code-point offsets and Qt's UTF-16 positions.

Qt counts a character outside the Basic Multilingual Plane (most emoji) as two units,
Python and spaCy as one, so every highlight after an emoji would shift without this.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left

# Scanning in C: a Python loop over a 3 MB book takes 0.3 s on the UI thread.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


# CPython keeps a string with a character past U+FFFF at four bytes a character and
# any other at one or two (PEP 393): its size says whether it has one, at no cost.
_COMPACT_BASE = sys.getsizeof("\u0100") - 2 * 2


def has_astral(text: str) -> bool:
    """Whether ``text`` has a character outside the Basic Multilingual Plane.

    Answered from the string's storage in CPython (a 3 MB book is looked at once by the
    turn that shows it: encoding it took 7 ms), by encoding elsewhere.
    """
    if text.isascii():
        return False
    if sys.implementation.name == "cpython":
        return sys.getsizeof(text) - _COMPACT_BASE >= 4 * (len(text) + 1)
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


class Utf16Offsets:
    """Offset mapping for one text; free for texts without astral characters."""

    __slots__ = ("_astral_cp", "_astral_qt")

    def __init__(self, text: str) -> None:
        plain = not has_astral(text)
        astral = [] if plain else [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_cp = astral
        # Qt position of the i-th astral character: each earlier one added a unit.
        self._astral_qt = [cp + i for i, cp in enumerate(astral)]

    def to_qt(self, position: int) -> int:
        """Qt position of code point ``position``."""
        if not self._astral_cp:
            return position
        return position + bisect_left(self._astral_cp, position)

    def from_qt(self, position: int) -> int:
        """Code point at Qt ``position`` (the middle of a pair maps to its character)."""
        if not self._astral_qt:
            return position
        before = bisect_left(self._astral_qt, position)
        if before and self._astral_qt[before - 1] == position - 1:
            return position - before  # inside a surrogate pair: the pair's character
        return position - before
