"""Loading: a file, a download or pasted text becomes an :class:`Article`; files are only read."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from reader.core.documents.article import (
    Article,
    LoadError,
    canonicalize_text,
    find_title,
    furniture_spans,
    heading_spans,
)
from reader.core.documents.formats import extract
from reader.core.documents.formats.types import Extracted
from reader.core.text.structure import boilerplate_spans, boilerplate_title, contents_spans

#: Files above this size are refused before a byte is read (override per call).
DEFAULT_SIZE_LIMIT = 64 * 1024 * 1024


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
        # A book's licence header and footer and its table of contents are shown subdued,
        # as page furniture is.
        furniture=tuple(
            sorted({*furniture_spans(text, title), *boilerplate_spans(text), *contents_spans(text)})
        ),
    )


def article_from_text(text: str, source: str = "clipboard") -> Article:
    """Build an article from text the user pasted."""
    return article_from_bytes(text.encode("utf-8"), source)
