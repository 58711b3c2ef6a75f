"""Tell a document's format from its bytes and extract its text.

Each reader takes the raw bytes and the source name and returns :class:`Extracted`;
it raises :class:`reader.core.document.LoadError` with a message for the reader when
the bytes cannot be read as that format.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.document import LoadError
from reader.core.formats.plain import decode_text, looks_binary


@dataclass(frozen=True, slots=True)
class Extracted:
    """What a format reader found: the text, and the title if the format names one."""

    text: str
    format: str
    encoding: str = ""
    title: str = ""


_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown")


def sniff(data: bytes, source: str) -> str:
    """The format of ``data``: from its bytes first, its name second."""
    name = source.lower()
    if looks_binary(data):
        return "binary"
    if name.endswith(_MARKDOWN_SUFFIXES):
        return "markdown"
    return "text"


def extract(data: bytes, source: str) -> Extracted:
    """Extract the text of a document of any supported format.

    Raises:
        LoadError: the bytes are not a document this reader can show.
    """
    if not data:
        raise LoadError(f"{source} is empty.")
    kind = sniff(data, source)
    if kind == "binary":
        raise LoadError(f"{source} is not a document: it holds binary data.")
    text, encoding = decode_text(data, source)
    return Extracted(text=text, format=kind, encoding=encoding)
