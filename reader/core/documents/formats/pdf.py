"""PDF via pypdf: the text layer as paragraphs, without page furniture.

pypdf returns text in content-stream order, one line per output line. Running heads
and feet (lines that recur at the top or bottom of most pages, with their numbers
masked) and bare page numbers are dropped; words hyphenated across a line break are
rejoined; lines are then joined into paragraphs, breaking at a vertical gap wider
than the usual line spacing or after a sentence that ends short of the usual line
length. Lines set clearly larger than the body text become headings.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import statistics
import warnings
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.documents.article import LoadError
from reader.core.documents.formats.blocks import TextBuilder, squash
from reader.core.documents.formats.types import Extracted

if TYPE_CHECKING:
    from pypdf import PageObject

#: Lines looked at for running heads and feet at each end of a page.
_EDGE = 3
#: Title metadata that producers fill in when the author gave none.
_NO_TITLE = frozenset({"untitled", "untitled document", "title", "document", "(anonymous)"})
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(page\s+)?\d{1,4}(\s*(of|/)\s*\d{1,4})?[-–—\s]*$", re.I)
_ROMAN = re.compile(r"^[ivxlcdm]{1,6}$", re.I)
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")
_ABBREVIATION = re.compile(r"(\b([A-Z]\.){1,3}|\b(Mr|Mrs|Ms|Dr|St|Prof|Gen|Sen|Rep|No|vs)\.)$")
_HYPHENATED = re.compile(r"[^\W\d_][-\u00ad]$")


@dataclass(slots=True)
class _Line:
    """One output line of pypdf, with the font size and height it was drawn at."""

    text: str
    size: float = 0.0
    y: float | None = None


def _furniture_key(line: str) -> str:
    return _DIGITS.sub("#", line.lower())


def _drop_furniture(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Remove running heads/feet and page numbers from the edges of every page."""
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_furniture_key(line.text) for line in lines[:_EDGE] + lines[-_EDGE:]})
    # A line at the edge of every page of a short document, or of 60% of a longer
    # one, is furniture.
    needed = len(pages) if len(pages) <= 3 else (len(pages) * 3 + 4) // 5
    repeated = {key for key, count in counts.items() if count >= needed}
    kept_pages: list[list[_Line]] = []
    for lines in pages:
        edges = set(range(min(_EDGE, len(lines)))) | set(
            range(max(0, len(lines) - _EDGE), len(lines))
        )
        kept = []
        for index, line in enumerate(lines):
            text = line.text
            if index in edges and (
                (len(pages) > 1 and _furniture_key(text) in repeated)
                or _PAGE_NUMBER.match(text)
                or _ROMAN.match(text)
            ):
                continue
            kept.append(line)
        kept_pages.append(kept)
    return kept_pages


def _page_lines(page: PageObject) -> list[_Line]:
    """The page's text lines, each with its font size and baseline height."""
    lines: list[_Line] = [_Line("")]

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        pieces = text.split("\n")
        for index, piece in enumerate(pieces):
            if index:
                lines.append(_Line(""))
            if piece.strip():
                line = lines[-1]
                line.text += piece
                line.size = max(line.size, size * scale)
                line.y = y if line.y is None else line.y

    page.extract_text(visitor_text=visit)
    cleaned = []
    for line in lines:
        line.text = line.text.strip()
        if line.text:
            cleaned.append(line)
    return cleaned


def _body_size(lines: list[_Line]) -> float:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _line_spacing(lines: list[_Line], body: float) -> float:
    gaps = [
        round(a.y - b.y, 1)
        for a, b in itertools.pairwise(lines)
        if a.y is not None
        and b.y is not None
        and a.size == b.size == body
        and 0 < a.y - b.y < 4 * body
    ]
    return statistics.median(gaps) if gaps else 0.0


def _join(current: str, line: str) -> str:
    if not current:
        return line
    if _HYPHENATED.search(current) and line[:1].islower():
        return current[:-1] + line  # "inter-" + "national"
    return f"{current} {line}"


def _build(lines: list[_Line], builder: TextBuilder) -> None:
    """Join lines into headings and paragraphs."""
    body = _body_size(lines)
    spacing = _line_spacing(lines, body)
    lengths = [len(line.text) for line in lines if len(line.text) > 20]
    full = statistics.median(lengths) if lengths else 60.0
    current = ""
    heading = False
    previous: _Line | None = None
    for line in lines:
        is_heading = body > 0 and line.size >= 1.15 * body and len(line.text) < 200
        # Larger type has wider leading: scale the expected spacing by the size.
        expected = spacing * max(1.0, line.size / body) if body else spacing
        gap = (
            previous is not None and previous.y is not None and line.y is not None and spacing > 0
            and previous.y - line.y > 1.4 * expected
        )  # fmt: skip
        if current and (is_heading != heading or gap):
            (builder.heading if heading else builder.paragraph)(current)
            current = ""
        heading = is_heading
        current = _join(current, line.text)
        # Without a visible gap, a sentence that ends well short of the column width
        # ends the paragraph.
        if (
            not heading
            and len(line.text) < 0.8 * full
            and _SENTENCE_END.search(line.text)
            and not _ABBREVIATION.search(line.text)
        ):
            builder.paragraph(current)
            current = ""
        previous = line
    if current:
        (builder.heading if heading else builder.paragraph)(current)


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """Keep pypdf's repair notes ("incorrect startxref pointer") off the user's stderr.

    pypdf reports what it works around through the ``pypdf`` logger and ``warnings``;
    with nobody listening, Python prints both. The reader shows what it could read, or
    one message when it could not.
    """
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _read(data: bytes, source: str) -> tuple[list[list[_Line]], str]:
    with _quiet_pypdf():
        return _read_quietly(data, source)


def _read_quietly(data: bytes, source: str) -> tuple[list[list[_Line]], str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        # Many PDFs are "encrypted" with an empty user password only to set permissions.
        try:
            opened = bool(reader.decrypt(""))
        except Exception:  # noqa: BLE001 - missing AES support and bad keys surface variously
            opened = False
        if not opened:
            raise LoadError(
                f"{source} is an encrypted (password-protected) PDF; this reader cannot open it."
            )
    pages = [_page_lines(page) for page in reader.pages]
    metadata = reader.metadata
    title = str(metadata.title or "") if metadata is not None else ""
    return pages, title


def extract_pdf(data: bytes, source: str) -> Extracted:
    """Read the text layer of a PDF.

    Raises:
        LoadError: damaged, encrypted, or with no text layer (scanned).
    """
    try:
        pages, title = _read(data, source)
    except LoadError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds of errors on bad files
        if type(exc).__name__ == "DependencyError":  # AES without an AES provider
            raise LoadError(
                f"{source} is an AES-encrypted PDF; reading it needs the 'pycryptodome' "
                "package (pip install pycryptodome)."
            ) from None
        raise LoadError(f"{source} is a damaged or truncated PDF ({type(exc).__name__}).") from None
    if not pages:
        raise LoadError(f"{source} is a PDF with no pages.")
    if not any(pages):
        raise LoadError(
            f"{source} is a PDF without a text layer (scanned pages?); "
            "this reader cannot read text from images."
        )
    lines = [line for page in _drop_furniture(pages) for line in page]
    builder = TextBuilder()
    _build(lines, builder)
    # Word processors put file names in the title field ("Microsoft Word - x.docx"),
    # or a placeholder ("Untitled") when the author gave none.
    if (
        title.lower().endswith((".doc", ".docx", ".pdf", ".tex"))
        or "microsoft word" in title.lower()
        or squash(title).lower() in _NO_TITLE
    ):
        title = ""
    return Extracted(
        text=builder.text,
        format="pdf",
        title=squash(title) or builder.first_heading,
        headings=builder.headings,
    )
