"""Web pages: the article's own text, without menus, banners, related links or comments.

trafilatura finds the main content; its XML output keeps headings, paragraphs, lists
and tables apart, so the reader can style them. When it finds nothing (a fragment, a
page it does not understand) the stdlib walker in :mod:`htmlwalk` takes over and skips
page furniture by tag, class, id and role. Nothing a page links to is ever fetched.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from xml.etree.ElementTree import Element

from reader.core.documents.article import FURNITURE, LoadError
from reader.core.documents.formats.blocks import TextBuilder, squash
from reader.core.documents.formats.htmlwalk import walk_html
from reader.core.documents.formats.plain import decode_text
from reader.core.documents.formats.types import Extracted

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# trafilatura keeps a cookie notice that sits inside the article container.
_COOKIE_NOTICE = re.compile(
    r"\b(we use cookies|this (web)?site uses cookies|use of cookies|accept (all )?cookies|"
    r"cookie (policy|settings|preferences|consent))\b",
    re.I,
)
_TITLE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014-]{2,40}$")

#: A block of trafilatura's output: ("heading" | "paragraph" | "lines", content).
_Block = tuple[str, str | list[str]]


def decode_html(data: bytes, source: str) -> tuple[str, str]:
    """Decode a page, honouring a ``<meta charset>`` when the bytes are not UTF-8.

    Raises:
        LoadError: no encoding decodes the bytes.
    """
    match = _META_CHARSET.search(data[:4096])
    if match and not data.startswith(_BOMS) and not _is_utf8(data):
        try:
            encoding = codecs.lookup(match.group(1).decode("ascii")).name
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: let detection decide
    return decode_text(data, source)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _trafilatura_blocks(markup: str) -> tuple[list[_Block], str]:
    """Main-content blocks and title as trafilatura sees them (empty when it gives up)."""
    import trafilatura
    from defusedxml.ElementTree import fromstring

    try:
        xml = trafilatura.extract(
            markup,
            output_format="xml",
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=False,
        )
        if not xml:
            return [], ""
        root = fromstring(xml)
    except Exception:  # noqa: BLE001 - any failure inside trafilatura means "use the fallback"
        return [], ""
    main = root.find("main")
    blocks = list(_blocks(main)) if main is not None else []
    return blocks, squash(root.get("title") or "")


def _blocks(parent: Element) -> Iterator[_Block]:
    for child in parent:
        tag = child.tag
        if tag == "head":
            yield "heading", "".join(child.itertext())
        elif tag == "list":
            for item in child.iter("item"):
                yield "paragraph", "".join(item.itertext())
        elif tag == "table":
            rows = []
            for row in child.iter("row"):
                cells = [squash("".join(cell.itertext())) for cell in row.iter("cell")]
                rows.append(" | ".join(cells))
            yield "lines", rows
        elif tag in {"code", "pre"}:
            yield "lines", "".join(child.itertext()).split("\n")
        elif tag in {"div", "main"}:
            yield from _blocks(child)
        else:
            yield "paragraph", "".join(child.itertext())


def _boilerplate(text: str) -> bool:
    """A block that is page furniture whatever element it sat in."""
    line = squash(text)
    return line.lower().rstrip(":.!") in FURNITURE or (
        len(line) < 400 and bool(_COOKIE_NOTICE.search(line))
    )


def _emit(builder: TextBuilder, blocks: list[_Block]) -> None:
    for kind, content in blocks:
        if isinstance(content, str) and _boilerplate(content):
            continue
        if isinstance(content, list):
            builder.lines(content)
        elif kind == "heading":
            builder.heading(content)
        else:
            builder.paragraph(content)


def html_to_builder(markup: str, source: str) -> tuple[TextBuilder, str]:
    """Extract a web page's article into a :class:`TextBuilder`; returns it and the title.

    Raises:
        LoadError: the markup cannot be parsed at all.
    """
    blocks, title = _trafilatura_blocks(markup)
    builder = TextBuilder()
    if blocks:
        # trafilatura sometimes keeps the headline only as metadata: put it back on top.
        if title and all(squash(str(content)) != title for _, content in blocks[:3]):
            builder.heading(title)
        _emit(builder, blocks)
    if builder.empty:
        try:
            page_title = walk_html(markup, builder, page=True)
        except (ValueError, AssertionError, RecursionError) as exc:
            raise LoadError(f"{source} is not readable HTML ({exc}).") from None
        title = title or _TITLE_SUFFIX.sub("", page_title)
    return builder, title or builder.first_heading


def extract_html(data: bytes, source: str) -> Extracted:
    """Read a saved web page (or any HTML bytes).

    Raises:
        LoadError: the bytes do not decode or hold no article text.
    """
    markup, encoding = decode_html(data, source)
    builder, title = html_to_builder(markup, source)
    if builder.empty:
        raise LoadError(f"{source} is a web page with no article text in it.")
    return Extracted(
        text=builder.text,
        format="html",
        encoding=encoding,
        title=title,
        headings=builder.headings,
    )
