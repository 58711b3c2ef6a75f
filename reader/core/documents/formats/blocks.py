r"""Assemble extracted text block by block, remembering where the headings are.

Every reader emits headings, paragraphs and tables through :class:`TextBuilder` so
that all formats look alike: blocks separated by one blank line, ``\n`` line breaks
only, and heading spans that stay valid after :func:`canonicalize_text`.
"""

from __future__ import annotations

import re

from reader.core.documents.article import canonicalize_text

_SPACES = re.compile(r"[ \t\n\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def squash(text: str) -> str:
    """Collapse runs of whitespace (including line breaks) to one space and trim."""
    return _SPACES.sub(" ", canonicalize_text(text)).strip()


class TextBuilder:
    """Collects blocks of text and the spans of heading lines within it."""

    def __init__(self) -> None:
        """Start with no text."""
        self._parts: list[str] = []
        self._length = 0
        self._headings: list[tuple[int, int]] = []

    def _add(self, block: str) -> tuple[int, int]:
        # Canonicalise here, not later, so the offsets we record are final ones.
        if self._parts:
            self._parts.append("\n\n")
            self._length += 2
        start = self._length
        self._parts.append(block)
        self._length += len(block)
        return start, self._length

    def heading(self, text: str) -> None:
        """Add a heading as its own one-line block."""
        line = squash(text)
        if line:
            self._headings.append(self._add(line))

    def paragraph(self, text: str) -> None:
        """Add a paragraph; inner whitespace and line breaks become single spaces."""
        line = squash(text)
        if line:
            self._add(line)

    def lines(self, lines: list[str]) -> None:
        """Add one block of separate lines (table rows, verse, code)."""
        kept = [canonicalize_text(line).replace("\n", " ").rstrip() for line in lines]
        kept = [line for line in kept if line.strip()]
        if kept:
            self._add("\n".join(kept))

    @property
    def empty(self) -> bool:
        """True while nothing has been added."""
        return not self._parts

    @property
    def first_heading(self) -> str:
        """The text of the first heading, or ``""``."""
        if not self._headings:
            return ""
        start, end = self._headings[0]
        return self.text[start:end]

    @property
    def text(self) -> str:
        """All blocks joined by blank lines."""
        return "".join(self._parts)

    @property
    def headings(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` spans of heading lines in :attr:`text`."""
        return tuple(self._headings)
