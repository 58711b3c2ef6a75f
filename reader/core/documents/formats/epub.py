"""EPUB books, read straight from the ZIP: container.xml, the OPF package, the spine.

EbookLib is AGPL, so the container is read here with :mod:`zipfile` behind the limits
in :mod:`ziplimits`, XML through defusedxml (no DTD entities, no external references),
and every path the book names is resolved inside the archive or refused.
"""

from __future__ import annotations

import posixpath
import zipfile
from urllib.parse import unquote
from xml.etree.ElementTree import Element, ParseError

from reader.core.documents.article import LoadError
from reader.core.documents.formats.blocks import TextBuilder, squash
from reader.core.documents.formats.htmlwalk import walk_html
from reader.core.documents.formats.plain import decode_text
from reader.core.documents.formats.types import Extracted
from reader.core.documents.formats.ziplimits import inside, open_zip, read_member

_WHAT = "EPUB book"
_CONTAINER = "META-INF/container.xml"
_HTML_TYPES = frozenset({"application/xhtml+xml", "text/html", "application/x-dtbook+xml"})


def _local(tag: str) -> str:
    """``{namespace}name`` -> ``name``: EPUBs in the wild disagree on namespaces."""
    return tag.rsplit("}", 1)[-1]


def _parse(data: bytes, source: str, name: str, *, strict: bool = True) -> Element | None:
    """Parse an XML member safely; returns None for malformed XML when not ``strict``.

    Raises:
        LoadError: the member declares entities (always), or is malformed and strict.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(data)
    except DefusedXmlException:
        raise LoadError(
            f"{source} contains XML entity declarations in {name}; refused as unsafe."
        ) from None
    except (ParseError, ValueError):
        if strict:
            raise LoadError(f"{source} is a damaged {_WHAT}: {name} is not valid XML.") from None
        return None


def _package_path(archive: zipfile.ZipFile, source: str) -> str:
    container = _parse(read_member(archive, _CONTAINER, source, _WHAT), source, _CONTAINER)
    assert container is not None
    for element in container.iter():
        if _local(element.tag) == "rootfile" and element.get("full-path"):
            path = inside("", unquote(element.get("full-path", "")))
            if path is None:
                raise LoadError(f"{source} names a package file outside the book; refused.")
            return path
    raise LoadError(f"{source} is not a complete {_WHAT}: container.xml names no package.")


def _spine(archive: zipfile.ZipFile, opf_path: str, source: str) -> tuple[list[str], str]:
    """The chapter paths in reading order, and the book's title."""
    package = _parse(read_member(archive, opf_path, source, _WHAT), source, opf_path)
    assert package is not None
    base = posixpath.dirname(opf_path)
    manifest: dict[str, tuple[str, str]] = {}
    spine: list[str] = []
    title = ""
    for element in package.iter():
        name = _local(element.tag)
        if name == "item" and element.get("id") and element.get("href"):
            href = unquote(element.get("href", "").split("#", 1)[0])
            path = inside(base, href)
            if path is None:
                raise LoadError(f"{source} names a file outside the book ({href}); refused.")
            manifest[element.get("id", "")] = (path, element.get("media-type", ""))
        elif name == "itemref" and element.get("idref"):
            spine.append(element.get("idref", ""))
        elif name == "title" and not title:
            title = squash("".join(element.itertext()))
    chapters = [
        manifest[idref][0]
        for idref in spine
        if idref in manifest and manifest[idref][1] in _HTML_TYPES | {""}
    ]
    if not chapters:
        # No usable spine: fall back to every XHTML item in manifest order.
        chapters = [path for path, kind in manifest.values() if kind in _HTML_TYPES]
    return chapters, title


def extract_epub(data: bytes, source: str) -> Extracted:
    """Read an .epub book, chapters in spine order.

    Raises:
        LoadError: damaged, encrypted (DRM), unsafe or empty.
    """
    archive = open_zip(data, source, _WHAT)
    names = set(archive.namelist())
    if _CONTAINER not in names:
        raise LoadError(f"{source} is a ZIP file but not an EPUB book (no {_CONTAINER}).")
    if "META-INF/encryption.xml" in names and "META-INF/rights.xml" in names:
        raise LoadError(f"{source} is a DRM-protected EPUB book; this reader cannot open it.")
    chapters, title = _spine(archive, _package_path(archive, source), source)
    builder = TextBuilder()
    for chapter in dict.fromkeys(chapters):  # a chapter listed twice is read once
        if chapter not in names:
            continue  # a missing chapter should not cost the reader the whole book
        raw = read_member(archive, chapter, source, _WHAT)
        # Parsed once with defusedxml only to refuse entity tricks; the lenient HTML
        # walker then reads it, so sloppy XHTML (&nbsp;, unclosed tags) still opens.
        _parse(raw, source, chapter, strict=False)
        markup, _encoding = decode_text(raw, source)
        walk_html(markup, builder, page=False)
    if builder.empty:
        raise LoadError(f"{source} is an EPUB book with no text in it.")
    return Extracted(
        text=builder.text,
        format="epub",
        encoding="utf-8",
        title=title or builder.first_heading,
        headings=builder.headings,
    )
