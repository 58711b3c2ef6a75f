"""A letter's or a diary's marks ("P.S.", "P. S.", "P.P.S.", "N.B.", "Mem.") are no names.

Novels quote letters and diaries, and the model reads a postscript's or a memorandum's
mark as a town or a person, now and then with the word after it ("P. S. Write soon"),
and leaves the mark's last dot out of the span ("Mem" of "_Mem._, get recipe"). A
mention that opens with such a mark, its dot counted, is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.text.mentions import Mention

_MARK = re.compile(r"(?:P\.\s?)+S\.|N\.\s?B\.|Mem\.")
_AFTER = re.compile(r"\s|—|-|_|,|\Z")


def drop_letter_marks(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without those that open with a letter's mark."""
    return [m for m in mentions if not _opens_with_mark(text[m.start : m.end + 1])]


def _opens_with_mark(name: str) -> bool:
    mark = _MARK.match(name)
    return mark is not None and _AFTER.match(name, mark.end()) is not None
