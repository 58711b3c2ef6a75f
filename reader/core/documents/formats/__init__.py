"""Tell a document's format from its bytes and extract its text.

Each reader takes the raw bytes and the source name and returns :class:`Extracted`;
it raises :class:`reader.core.documents.article.LoadError` with a message for the reader when
the bytes cannot be read as that format. The bytes decide the format first (a PDF
renamed ``.txt`` opens as a PDF); the name only separates text-like kinds (Markdown,
HTML without tell-tale tags) and names the file in messages.
"""

from __future__ import annotations

import io
import re
import zipfile

from reader.core.documents.article import LoadError
from reader.core.documents.formats.plain import decode_text, looks_binary
from reader.core.documents.formats.types import Extracted

__all__ = ["Extracted", "extract", "sniff"]

_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".mhtml")
_HTML_START = re.compile(
    rb"^(\xef\xbb\xbf)?\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]",
    re.I | re.S,
)
_HTML_ANYWHERE = re.compile(rb"<(html|body|head)[\s>]|<!doctype\s+html", re.I)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _zip_kind(data: bytes) -> str:
    """``"epub"``, ``"docx"`` or ``"zip"``, from the names in the central directory only."""
    # The EPUB spec puts an uncompressed "mimetype" member first: a cheap, sure sign.
    if data[30:38] == b"mimetype" and b"application/epub+zip" in data[38:80]:
        return "epub"
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except Exception:  # noqa: BLE001 - a damaged archive is reported by the reader that opens it
        return "zip"
    if "word/document.xml" in names:
        return "docx"
    if "META-INF/container.xml" in names:
        return "epub"
    return "zip"


def sniff(data: bytes, source: str) -> str:
    """The format of ``data``: from its bytes first, its name second.

    Returns:
        One of ``"pdf"``, ``"docx"``, ``"epub"``, ``"html"``, ``"markdown"``,
        ``"text"``, ``"zip"`` (an archive that is no document we know), ``"ole2"``
        (a legacy Office file or an encrypted OOXML one) or ``"binary"``.
    """
    name = source.lower().rstrip("/")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        kind = _zip_kind(data)
        if kind == "zip" and name.endswith((".docx", ".epub")):
            return name.rsplit(".", 1)[-1]  # a damaged one: let its reader say so
        return kind
    if data.startswith(_OLE2):
        return "ole2"
    if looks_binary(data):
        return "binary"
    if _HTML_START.match(data[:4096]):
        return "html"
    if name.endswith(_MARKDOWN_SUFFIXES):
        return "markdown"
    if name.endswith(_HTML_SUFFIXES) and (b"<" in data[:4096] or _HTML_ANYWHERE.search(data)):
        return "html"
    if name.endswith((".txt", ".text")):
        return "text"
    if _HTML_ANYWHERE.search(data[:4096]):
        return "html"
    return "text"


def _dispatch(kind: str, data: bytes, source: str) -> Extracted:
    # Readers are imported on use: opening a text file should not load pypdf or lxml.
    if kind == "pdf":
        from reader.core.documents.formats.pdf import extract_pdf

        return extract_pdf(data, source)
    if kind == "docx":
        from reader.core.documents.formats.word import extract_docx

        return extract_docx(data, source)
    if kind == "epub":
        from reader.core.documents.formats.epub import extract_epub

        return extract_epub(data, source)
    if kind == "html":
        from reader.core.documents.formats.html import extract_html

        return extract_html(data, source)
    text, encoding = decode_text(data, source)
    if kind == "markdown":
        from reader.core.documents.formats.markdown_doc import extract_markdown

        return extract_markdown(text, encoding)
    return Extracted(text=text, format="text", encoding=encoding)


def extract(data: bytes, source: str, hint: str = "") -> Extracted:
    """Extract the text of a document of any supported format.

    Args:
        data: The document's bytes.
        source: Its path or URL, for messages and as a second guess at the format.
        hint: A format the caller has reason to expect (a web server's content type);
            used only when the bytes are plain text.

    Raises:
        LoadError: the bytes are not a document this reader can show.
    """
    if not data:
        raise LoadError(f"{source} is empty.")
    kind = sniff(data, source)
    if kind in {"text", "markdown"} and hint in {"html", "markdown"}:
        kind = hint
    if kind == "binary":
        raise LoadError(f"{source} is not a document: it holds binary data.")
    if kind == "zip":
        raise LoadError(f"{source} is not a document: it is a ZIP archive of other files.")
    if kind == "ole2":
        raise LoadError(
            f"{source} is an old-format (.doc/.xls) or password-protected Office file; "
            "save it as .docx or PDF to open it here."
        )
    try:
        return _dispatch(kind, data, source)
    except LoadError:
        raise
    except RecursionError:
        raise LoadError(f"{source} is nested too deeply to read.") from None
    except MemoryError:
        raise LoadError(f"{source} needs more memory to read than is available.") from None
    except Exception as exc:  # noqa: BLE001 - a reader bug must reach the user as a message
        raise LoadError(
            f"{source} could not be read as {kind} ({type(exc).__name__}: {exc})."
        ) from None
