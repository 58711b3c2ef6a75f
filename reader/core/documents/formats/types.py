"""The value every format reader returns."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Extracted:
    r"""What a format reader found.

    Attributes:
        text: The document's text: blocks separated by a blank line, ``\n`` line
            breaks only, so that ``headings`` stay valid once it is canonicalised.
        format: ``"text"``, ``"markdown"``, ``"html"``, ``"pdf"``, ``"docx"``, ...
        encoding: The character encoding the bytes were read with, if text.
        title: The title if the format names one, else ``""``.
        headings: ``(start, end)`` spans of heading lines in ``text``; empty when the
            format has no structure (then the title line is styled instead).
    """

    text: str
    format: str
    encoding: str = ""
    title: str = ""
    headings: tuple[tuple[int, int], ...] = field(default=())
