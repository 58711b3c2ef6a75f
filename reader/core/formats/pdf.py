"""PDF via pypdf: the text layer as paragraphs, without page furniture.

pypdf returns text in content-stream order, one line per output line. Running heads
and feet (lines that recur at the top or bottom of most pages, with their numbers
masked) and bare page numbers are dropped; words hyphenated across a line break are
rejoined; lines are then joined into paragraphs, breaking after a sentence that ends
short of the usual line length.
"""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter

from reader.core.document import LoadError
from reader.core.formats.blocks import TextBuilder
from reader.core.formats.types import Extracted

#: Lines looked at for running heads and feet at each end of a page.
_EDGE = 3
_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(page\s+)?\d{1,4}(\s*(of|/)\s*\d{1,4})?[-–—\s]*$", re.I
)
_ROMAN = re.compile(r"^[ivxlcdm]{1,6}$", re.I)
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")
_HYPHENATED = re.compile(r"[^\W\d_][-\u00ad]$")


def _furniture_key(line: str) -> str:
    return _DIGITS.sub("#", line.lower())


def _drop_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Remove running heads/feet and page numbers from the edges of every page."""
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_furniture_key(line) for line in lines[:_EDGE] + lines[-_EDGE:]})
    # A line on most pages is furniture; two pages are too few to tell it from text.
    needed = max(3, (len(pages) * 3 + 4) // 5)
    repeated = {key for key, count in counts.items() if count >= needed}
    kept_pages: list[list[str]] = []
    for lines in pages:
        edges = set(range(min(_EDGE, len(lines)))) | set(
            range(max(0, len(lines) - _EDGE), len(lines))
        )
        kept = []
        for index, line in enumerate(lines):
            at_edge = index in edges
            if at_edge and (
                _furniture_key(line) in repeated
                or _PAGE_NUMBER.match(line)
                or _ROMAN.match(line)
            ):
                continue
            kept.append(line)
        kept_pages.append(kept)
    return kept_pages


def _paragraphs(lines: list[str]) -> list[str]:
    """Join lines into paragraphs, repairing hyphenation at line ends."""
    lengths = [len(line) for line in lines if len(line) > 20]
    full = statistics.median(lengths) if lengths else 60.0
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if not current:
            current = line
        elif _HYPHENATED.search(current) and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}"
        # A line that ends a sentence well short of the column width ends a paragraph;
        # so does a short line without punctuation (a heading or a caption).
        if len(line) < 0.8 * full and (
            _SENTENCE_END.search(line) or len(current) == len(line)
        ):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _page_texts(data: bytes, source: str) -> tuple[list[str], str]:
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
    texts = [page.extract_text() or "" for page in reader.pages]
    metadata = reader.metadata
    title = str(metadata.title or "") if metadata is not None else ""
    return texts, title


def extract_pdf(data: bytes, source: str) -> Extracted:
    """Read the text layer of a PDF.

    Raises:
        LoadError: damaged, encrypted, or with no text layer (scanned).
    """
    try:
        texts, title = _page_texts(data, source)
    except LoadError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds of errors on bad files
        raise LoadError(
            f"{source} is a damaged or truncated PDF ({type(exc).__name__})."
        ) from None
    if not texts:
        raise LoadError(f"{source} is a PDF with no pages.")
    if not any(text.strip() for text in texts):
        raise LoadError(
            f"{source} is a PDF without a text layer (scanned pages?); "
            "this reader cannot read text from images."
        )
    pages = [
        [line.strip() for line in text.replace("\r", "\n").split("\n")]
        for text in texts
    ]
    pages = [[line for line in page if line] for page in pages]
    lines: list[str] = []
    for page in _drop_furniture(pages):
        lines.extend(page)
    builder = TextBuilder()
    for paragraph in _paragraphs(lines):
        builder.paragraph(paragraph)
    # Word processors put file names in the title field ("Microsoft Word - x.docx").
    if (
        title.lower().endswith((".doc", ".docx", ".pdf", ".tex"))
        or "microsoft word" in title.lower()
    ):
        title = ""
    return Extracted(text=builder.text, format="pdf", title=title.strip())
