"""Article and load_article: a file on disk becomes one canonical text with a title."""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.structure import (
    boilerplate_spans,
    boilerplate_title,
    heading_label_lines,
)

if TYPE_CHECKING:
    from reader.core.formats.types import Extracted

#: Files above this size are refused before a byte is read (override per call).
DEFAULT_SIZE_LIMIT = 64 * 1024 * 1024

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


def canonicalize_text(text: str) -> str:
    """Return ``text`` with one kind of line break and no control characters.

    Done once, before analysis, so that the widget shows exactly the string spaCy saw.
    """
    text = _LINE_BREAKS.sub("\n", text)
    return _CONTROLS.sub(lambda m: "" if m.group() == "\ufeff" else " ", text)


def find_title(text: str) -> str:
    """The first line that reads like a headline, skipping page furniture."""
    fallback = ""
    for raw in text.split("\n"):
        line = raw.strip().lstrip("#").strip()
        if not line or line.lower().rstrip(":.!") in FURNITURE:
            continue
        fallback = fallback or line
        words = line.split()
        if len(words) >= 3 and len(line) <= 200 and not line.endswith((",", ";")):
            return line
    return fallback[:200]


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


def read_bytes(path: Path, size_limit: int = DEFAULT_SIZE_LIMIT) -> bytes:
    """Read a user's file for reading only, refusing what is not a regular document.

    Raises:
        LoadError: missing, a directory or special file, too large, or unreadable.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise LoadError(f"{path} does not exist.") from None
    except OSError as exc:
        raise LoadError(f"{path} cannot be opened: {exc.strerror or exc}.") from None
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(f"{path} is a folder, not a document.")
    if not stat.S_ISREG(info.st_mode):
        raise LoadError(f"{path} is not a regular file (a pipe, socket or device).")
    if info.st_size > size_limit:
        raise LoadError(
            f"{path} is {info.st_size / 1e6:.1f} MB, above the "
            f"{size_limit / 1e6:.0f} MB limit for one document."
        )
    try:
        with open(path, "rb") as handle:
            data = handle.read(size_limit + 1)
    except OSError as exc:
        raise LoadError(f"{path} cannot be read: {exc.strerror or exc}.") from None
    if len(data) > size_limit:
        raise LoadError(f"{path} grew above the {size_limit / 1e6:.0f} MB limit.")
    return data


def load_article(path: str | os.PathLike[str], size_limit: int = DEFAULT_SIZE_LIMIT) -> Article:
    """Open a document file as an :class:`Article`; the file is only ever read.

    Raises:
        LoadError: with a message for the reader when the file cannot be shown.
    """
    file = Path(path)
    return article_from_bytes(read_bytes(file, size_limit), str(file))


def article_from_bytes(data: bytes, source: str, hint: str = "") -> Article:
    """Build an article from raw bytes (a file, a download, the clipboard).

    Args:
        data: The document's bytes.
        source: Its path or URL.
        hint: A format to assume when the bytes are plain text (``"html"`` for a
            download served as ``text/html``).

    Raises:
        LoadError: when the bytes are not a document or hold no text.
    """
    # Imported here: the format readers import LoadError from this module.
    from reader.core.formats import extract

    return article_from_extracted(data, source, extract(data, source, hint))


def article_from_extracted(data: bytes, source: str, extracted: Extracted) -> Article:
    """Build an article from what a format reader extracted from ``data``.

    Raises:
        LoadError: when the extracted text is empty.
    """
    text = canonicalize_text(extracted.text)
    if not text.strip():
        raise LoadError(f"{source} has no text to read.")
    title = extracted.title or boilerplate_title(text) or find_title(text)
    return Article(
        source=source,
        title=title,
        text=text,
        format=extracted.format,
        encoding=extracted.encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        # Structured formats know their headings; plain text falls back to the title
        # line and Markdown-style "#" lines.
        headings=extracted.headings or heading_spans(text, title),
        # A book's licence header and footer are shown subdued, as page furniture is.
        furniture=tuple(sorted({*furniture_spans(text, title), *boilerplate_spans(text)})),
    )


def article_from_text(text: str, source: str = "clipboard") -> Article:
    """Build an article from text the user pasted."""
    return article_from_bytes(text.encode("utf-8"), source)
