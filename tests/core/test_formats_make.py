"""Builders for format fixtures (no tests here): PDF, DOCX, EPUB, Markdown, HTML.

Generated in each test rather than committed so that every fixture is small, readable
and obviously made by us.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from pathlib import Path

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_d86ce49f0eb981eb.txt"
TITLE = "Russian Defense Minister Meets U.S. Ambassador To Moscow"
FURNITURE = ("Accessibility links", "Breaking News")


def seed_paragraphs() -> list[str]:
    """The seed article's paragraphs after the headline, without page furniture."""
    paragraphs = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n")]
    paragraphs = [p for p in paragraphs if p and p not in FURNITURE]
    assert paragraphs[0] == TITLE
    return paragraphs[1:]


def seed_sentences() -> list[str]:
    """Sentences of the seed body (the caption, which has no full stop, included)."""
    sentences: list[str] = []
    for paragraph in seed_paragraphs():
        sentences.extend(s for s in re.split(r"(?<=[.!?\"])\s+(?=[A-Z\"])", paragraph) if s)
    return sentences


def squash(text: str) -> str:
    return " ".join(text.split())


def make_pdf(
    paragraphs: list[str],
    title: str = "",
    *,
    columns: int = 1,
    pagesize: tuple[float, float] = (420.0, 595.0),
    header: str = "The Example Review - November 2017",
    encrypt: str = "",
) -> bytes:
    """A PDF of ``paragraphs`` with a running header and a page number on each page."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    buffer = io.BytesIO()
    width, height = pagesize
    margin = 40.0
    gap = 16.0
    column_width = (width - 2 * margin - gap * (columns - 1)) / columns
    frames = [
        Frame(
            margin + i * (column_width + gap), margin, column_width, height - 2 * margin, id=f"c{i}"
        )
        for i in range(columns)
    ]

    def furniture(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("Helvetica", 8)  # type: ignore[attr-defined]
        canvas.drawString(margin, height - 25, header)  # type: ignore[attr-defined]
        canvas.drawCentredString(width / 2, 20, str(doc.page))  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    doc = BaseDocTemplate(buffer, pagesize=pagesize, title=title, encrypt=encrypt or None)
    doc.addPageTemplates([PageTemplate(id="page", frames=frames, onPage=furniture)])
    styles = getSampleStyleSheet()
    story = [Paragraph(html.escape(title), styles["Title"])] if title else []
    story += [Paragraph(html.escape(p), styles["BodyText"]) for p in paragraphs]
    doc.build(story)
    return buffer.getvalue()


def make_pdf_lines(pages: list[list[str]]) -> bytes:
    """A PDF with exactly these lines on each page (for hyphenation and furniture)."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(420, 595))
    for lines in pages:
        y = 560.0
        for line in lines:
            canvas.drawString(40, y, line)
            y -= 14
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def make_scanned_pdf() -> bytes:
    """A PDF whose only page is an image: no text layer."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    png = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00"
        b"\x00:~\x9bU\x00\x00\x00\nIDATx\x9cc`\x00\x00\x00\x02\x00\x01H\xaf\xa4q\x00\x00\x00"
        b"\x00IEND\xaeB`\x82"
    )
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawImage(ImageReader(io.BytesIO(png)), 50, 50, 400, 600)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def make_docx(title: str, paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    """A Word document: Title, a Heading 1, the paragraphs, then an optional table."""
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.add_heading(title, level=0)
    half = len(paragraphs) // 2
    for paragraph in paragraphs[:half]:
        document.add_paragraph(paragraph)
    document.add_heading("Background", level=1)
    for paragraph in paragraphs[half:]:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
        document.add_paragraph("After the table.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xhtml(title: str, body: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        f"<title>{html.escape(title)}</title></head><body>{body}</body></html>"
    )


def make_epub(
    title: str,
    chapters: list[str],
    *,
    hrefs: list[str] | None = None,
    spine_order: list[int] | None = None,
    extra: dict[str, bytes] | None = None,
    opf_path: str = "OEBPS/content.opf",
) -> bytes:
    """An EPUB 3 with ``chapters`` (XHTML strings) in the spine, zipped by hand."""
    hrefs = hrefs or [f"text/ch{i}.xhtml" for i in range(len(chapters))]
    order = spine_order if spine_order is not None else list(range(len(chapters)))
    items = "".join(
        f'<item id="c{i}" href="{href}" media-type="application/xhtml+xml"/>'
        for i, href in enumerate(hrefs)
    )
    spine = "".join(f'<itemref idref="c{i}"/>' for i in order)
    opf = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<dc:identifier id="id">urn:uuid:0</dc:identifier>'
        f"<dc:title>{html.escape(title)}</dc:title>"
        "<dc:language>en</dc:language></metadata>"
        f"<manifest>{items}</manifest><spine>{spine}</spine></package>"
    )
    container = (
        '<?xml version="1.0"?><container version="1.0" '
        'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
        f'<rootfile full-path="{opf_path}" media-type="application/oebps-package+xml"/>'
        "</rootfiles></container>"
    )
    buffer = io.BytesIO()
    base = opf_path.rsplit("/", 1)[0] + "/" if "/" in opf_path else ""
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", container, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr(opf_path, opf, compress_type=zipfile.ZIP_DEFLATED)
        for href, chapter in zip(hrefs, chapters, strict=True):
            if ".." not in href:
                archive.writestr(base + href, chapter, compress_type=zipfile.ZIP_DEFLATED)
        for name, data in (extra or {}).items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def seed_epub() -> bytes:
    paragraphs = seed_paragraphs()
    half = len(paragraphs) // 2
    first = f"<h1>{html.escape(TITLE)}</h1>" + "".join(
        f"<p>{html.escape(p)}</p>" for p in paragraphs[:half]
    )
    second = "<h2>Background</h2>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[half:])
    return make_epub(TITLE, [xhtml(TITLE, first), xhtml("Background", second)])


def seed_markdown() -> str:
    paragraphs = seed_paragraphs()
    lines = [f"# {TITLE}", "", f"*{paragraphs[0]}*", ""]
    for paragraph in paragraphs[1:]:
        # Break each paragraph across lines, as Markdown authors do.
        words = paragraph.split(" ")
        half = len(words) // 2
        lines += [" ".join(words[:half]), " ".join(words[half:]), ""]
    lines += ["## Background", "", "See [the ministry](https://example.com) for **more**.", ""]
    return "\n".join(lines)
