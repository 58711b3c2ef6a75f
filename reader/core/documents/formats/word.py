"""Word documents (.docx): paragraphs, headings and tables in document order."""

from __future__ import annotations

import io
from xml.etree.ElementTree import ParseError

from reader.core.documents.article import LoadError
from reader.core.documents.formats.blocks import TextBuilder, squash
from reader.core.documents.formats.types import Extracted
from reader.core.documents.formats.ziplimits import open_zip, read_member

_WHAT = "Word document"


def _check_xml_parts(data: bytes, source: str) -> None:
    """Refuse DTDs and entities in any XML part before python-docx (lxml) sees them.

    OOXML never needs a DTD, so one is a sign of an XXE or billion-laughs attack.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    archive = open_zip(data, source, _WHAT)
    names = archive.namelist()
    if "word/document.xml" not in names:
        raise LoadError(f"{source} is a ZIP file but not a Word document (no word/document.xml).")
    for name in names:
        if not name.endswith((".xml", ".rels")):
            continue
        part = read_member(archive, name, source, _WHAT)
        try:
            fromstring(part, forbid_dtd=True)
        except DefusedXmlException:
            raise LoadError(
                f"{source} contains XML entity declarations in {name}; refused as unsafe."
            ) from None
        except (ParseError, ValueError):
            raise LoadError(
                f"{source} is a damaged Word document: {name} is not valid XML."
            ) from None


def _row_text(row: object) -> str:
    from docx.table import _Row

    assert isinstance(row, _Row)
    cells: list[str] = []
    seen: set[int] = set()
    # Merged cells come back once per grid column they span: keep each one once.
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        cells.append(squash(cell.text))
    return " | ".join(cells) if any(cells) else ""


def _style_name(paragraph: object) -> str:
    try:
        style = getattr(paragraph, "style", None)
        return str(getattr(style, "name", "") or "")
    except (KeyError, ValueError, AttributeError):
        return ""


def _read(data: bytes) -> tuple[TextBuilder, str]:
    import docx
    from docx.table import Table

    document = docx.Document(io.BytesIO(data))
    builder = TextBuilder()
    title = squash(document.core_properties.title or "")
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            builder.lines([_row_text(row) for row in block.rows])
            continue
        style = _style_name(block)
        if style == "Title" or style.startswith("Heading"):
            builder.heading(block.text)
            if style == "Title" and not title:
                title = squash(block.text)
        else:
            builder.paragraph(block.text)
    return builder, title or builder.first_heading


def extract_docx(data: bytes, source: str) -> Extracted:
    """Read a .docx file.

    Raises:
        LoadError: damaged, encrypted, unsafe or empty.
    """
    _check_xml_parts(data, source)
    try:
        builder, title = _read(data)
    except LoadError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds of errors on bad files
        raise LoadError(
            f"{source} is a damaged Word document ({type(exc).__name__}: {exc})."
        ) from None
    if builder.empty:
        raise LoadError(f"{source} is a Word document with no text in it.")
    return Extracted(text=builder.text, format="docx", title=title, headings=builder.headings)
