"""Article: one document as one canonical text with a title, its headings and page furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.text.scanning import SLICE_CHARS, slice_ends
from reader.core.text.structure import heading_label_lines

_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x85|\f|\v")
# C0/C1 controls other than tab and newline: QTextDocument shows them as boxes or
# drops them, which would move every offset after them.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff]")

#: Page furniture a saved web page carries above the headline.
FURNITURE = frozenset(
    {
        "accessibility links",
        "breaking news",
        "skip to content",
        "skip to main content",
        "advertisement",
        "share",
        "share this",
        "menu",
        "home",
        "search",
        "sign in",
        "log in",
        "subscribe",
        "close",
        "related",
        "more",
        "live",
        "top stories",
        "most read",
        "cookies",
        "cookie settings",
        "print",
        "email",
    }
)


class LoadError(Exception):
    """A document could not be opened; ``str(error)`` is a message for the reader."""


@dataclass(frozen=True, slots=True)
class Article:
    r"""One document as the reader sees it.

    Attributes:
        source: Where it came from (a path, a URL or ``"clipboard"``).
        title: The first real heading line.
        text: The canonical text every offset counts into: ``\n`` line breaks only,
            no control characters, no byte-order mark.
        format: ``"text"``, ``"markdown"``, ``"html"``, ``"pdf"``, ...
        encoding: The character encoding the bytes were read with, if text.
        sha256: Hash of the original bytes; corrections are keyed by it.
        headings: ``(start, end)`` spans of heading lines in ``text``.
        furniture: spans of page-furniture lines above the title ("Accessibility
            links", "Breaking News"): kept in the text, shown subdued.
    """

    source: str
    title: str
    text: str
    format: str = "text"
    encoding: str = "utf-8"
    sha256: str = ""
    headings: tuple[tuple[int, int], ...] = field(default=())
    furniture: tuple[tuple[int, int], ...] = field(default=())


# A headline is one line of at most this many characters; a sentence of this many words
# ending with a stop is prose.
_TITLE_MAX_CHARS = 200
_SENTENCE_WORDS = 8


def canonicalize_text(text: str) -> str:
    """Return ``text`` with one kind of line break and no control characters.

    Done once, before analysis, so that the widget shows exactly the string spaCy saw.
    A slice at a time, each ending just after a line break (so no CR LF is cut in two):
    it runs in the loader thread, and one substitution over a whole book held the
    interpreter lock, and so the window, for 50-80 ms.
    """
    parts: list[str] = []
    for start, end in slice_ends(text, "\n", SLICE_CHARS, after_cut=True):
        piece = _LINE_BREAKS.sub("\n", text[start:end])
        parts.append(_CONTROLS.sub(_control_replacement, piece))
    return "".join(parts)


def _control_replacement(match: re.Match[str]) -> str:
    return "" if match.group() == "\ufeff" else " "


def find_title(text: str) -> str:
    """The first line that reads like a headline, skipping page furniture.

    Prose is no headline: once a line is a paragraph (over 200 characters) or a sentence
    of eight words or more ending with a full stop or a closing quotation mark, the text
    has begun without a title line and the answer is "" (a novel's passage must not show
    its second, short paragraph as a heading). A short label line ("CHAPTER I.") is
    skipped; a short line with a stop may be the title ("A BOARDING SCHOOL.").
    """
    fallback = ""
    for raw in text.split("\n"):
        line = raw.strip().lstrip("#").strip()
        if not line or line.lower().rstrip(":.!") in FURNITURE:
            continue
        words = line.split()
        if not raw.lstrip().startswith("#") and _is_prose(line, words):
            return ""
        fallback = fallback or line
        if len(words) >= 3 and len(line) <= 200 and not line.endswith((",", ";")):
            return line
    return fallback[:200]


def _is_prose(line: str, words: list[str]) -> bool:
    return len(line) > _TITLE_MAX_CHARS or (
        len(words) >= _SENTENCE_WORDS and line.endswith((".", "”", "’", '"', "'"))
    )


def furniture_spans(text: str, title: str) -> tuple[tuple[int, int], ...]:
    """Spans of the page-furniture lines that come before the title line.

    Furniture sits above the headline: the scan stops at the title line or at the first
    line that is neither blank nor furniture, so a "Share" line deep in a book is text.
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if title and stripped.lstrip("#").strip() == title:
            break
        if stripped and stripped.lower().rstrip(":.!") not in FURNITURE:
            break
        if stripped:
            start = offset + line.index(stripped)
            spans.append((start, start + len(stripped)))
        offset += len(line) + 1
    return tuple(spans)


def heading_spans(text: str, title: str) -> tuple[tuple[int, int], ...]:
    """Spans of the title line, Markdown ``#`` lines and chapter labels, for the view to style."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        # The title line in any case: a book's "WAR AND PEACE" under its "Title: War and Peace".
        is_title = stripped.lstrip("#").strip().casefold() == title.casefold()
        if stripped and (is_title or stripped.startswith("#")):
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return tuple(sorted({*spans, *heading_label_lines(text)}))
