"""A letter's marks ("P.S.", "P. S.", "P.P.S.", "N.B.") are no names.

Novels quote letters, and the model reads a postscript's mark as a town or a person, now
and then with the word after it ("P. S. Write soon"). A mention that opens with such a
mark is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.text.mentions import Mention

_MARK = re.compile(r"(?:P\.\s?)+S\.|N\.\s?B\.")
_AFTER = re.compile(r"\s|—|-|\Z")


def drop_letter_marks(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without those that open with a letter's mark."""
    return [m for m in mentions if not _opens_with_mark(m.text)]


def _opens_with_mark(name: str) -> bool:
    mark = _MARK.match(name)
    return mark is not None and _AFTER.match(name, mark.end()) is not None
