"""A small, dependency-free HTML-to-blocks walker.

Used for EPUB chapters and rendered Markdown (where every element is content), and as
the fallback for web pages when trafilatura finds nothing (then page furniture such as
menus, cookie banners and comment sections is skipped by tag, class, id and role).
It never loads anything an element points to.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from reader.core.documents.formats.blocks import TextBuilder, squash

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "body", "li", "ul", "ol", "dl", "dt",
        "dd", "blockquote", "figure", "figcaption", "address", "table", "caption",
        "hr", "center", "details", "summary", "header", "footer",
    }
)  # fmt: skip
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
     "param", "source", "track", "wbr"}
)  # fmt: skip
#: Elements whose content is never article text.
_ALWAYS_SKIP = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "iframe", "object",
     "select", "button", "textarea", "canvas", "audio", "video", "map"}
)  # fmt: skip
#: On a web page, elements that hold page furniture rather than the article.
_PAGE_SKIP = frozenset({"nav", "aside", "form", "footer", "header", "menu", "dialog"})
_FURNITURE_HINT = re.compile(
    r"(^|[\s_-])(nav|navbar|navigation|menu|cookie|cookies|consent|gdpr|banner|"
    r"comment|comments|related|share|sharing|social|sidebar|footer|header|advert|"
    r"ad|ads|advertisement|promo|newsletter|subscribe|breadcrumbs?|skip|"
    r"accessibility|masthead|popup|modal|outbrain|taboola)($|[\s_-])",
    re.IGNORECASE,
)
_FURNITURE_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog",
     "alertdialog", "menu", "menubar"}
)  # fmt: skip


class _Walker(HTMLParser):
    def __init__(self, builder: TextBuilder, page: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = builder
        self.page = page
        self.title = ""
        self._stack: list[tuple[str, bool]] = []  # (tag, skipping)
        self._buffer: list[str] = []
        self._heading = False
        self._in_title = False
        self._pre = 0
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._table_rows: list[str] = []
        self._table_depth = 0

    @property
    def _skipping(self) -> bool:
        return bool(self._stack) and self._stack[-1][1]

    def _furniture(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag in _ALWAYS_SKIP:
            return True
        if not self.page:
            return False
        if tag in _PAGE_SKIP:
            return True
        values = dict(attrs)
        if values.get("hidden") is not None or values.get("aria-hidden") == "true":
            return True
        if (values.get("role") or "").lower() in _FURNITURE_ROLES:
            return True
        # Only containers are judged by class and id: an <a class="share"> inside a
        # paragraph is rare, but a <p class="header-note"> may still be article text.
        if tag in {"div", "section", "ul", "ol", "span", "p", "li", "table"}:
            hint = f"{values.get('class') or ''} {values.get('id') or ''}"
            return bool(_FURNITURE_HINT.search(hint))
        return False

    def _flush(self) -> None:
        text = "".join(self._buffer)
        self._buffer = []
        if self._pre:
            self.builder.lines(text.split("\n"))
        elif self._heading:
            self.builder.heading(text)
        else:
            self.builder.paragraph(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        skipping = self._skipping or self._furniture(tag, attrs)
        if tag not in _VOID:
            self._stack.append((tag, skipping))
        if skipping:
            return
        if tag == "title" and not self._table_depth:
            self._in_title = True
        elif tag in _HEADINGS or tag in _BLOCKS or tag == "pre":
            self._start_block(tag)
        elif tag == "br":
            self._text("\n" if self._pre else " ")
        if tag == "table":
            self._table_depth += 1
        elif tag == "tr" and self._table_depth:
            self._row = []
        elif tag in {"td", "th"} and self._row is not None:
            self._cell = []

    def _start_block(self, tag: str) -> None:
        if self._table_depth:
            return
        self._flush()
        if tag in _HEADINGS:
            self._heading = True
        elif tag == "pre":
            self._pre += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not any(name == tag for name, _ in self._stack):
            return  # stray closing tag: ignore rather than unwind the stack
        while self._stack:
            name, skipping = self._stack.pop()
            if not skipping:
                self._close(name)
            if name == tag:
                break

    def _close(self, tag: str) -> None:
        if tag == "title":
            self.title = self.title or squash("".join(self._buffer))
            self._buffer = []
            self._in_title = False
        elif tag in {"td", "th"} and self._row is not None and self._cell is not None:
            self._row.append(squash("".join(self._cell)))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if any(self._row):
                self._table_rows.append(" | ".join(self._row))
            self._row = None
        elif tag == "table" and self._table_depth:
            self._table_depth -= 1
            if not self._table_depth:
                self.builder.lines(self._table_rows)
                self._table_rows = []
        elif tag in _HEADINGS or tag in _BLOCKS or tag == "pre":
            if self._table_depth:
                return
            self._flush()
            if tag in _HEADINGS:
                self._heading = False
            elif tag == "pre":
                self._pre = max(0, self._pre - 1)

    def _text(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        elif self._table_depth and self._row is None:
            return  # text between table rows is markup whitespace
        else:
            self._buffer.append(data)

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        if self._in_title:
            self._buffer.append(data)
            return
        self._text(data)

    def close(self) -> None:
        super().close()
        if self._table_rows:
            self.builder.lines(self._table_rows)
        self._in_title = False
        self._flush()


def walk_html(markup: str, builder: TextBuilder, *, page: bool) -> str:
    """Add the text blocks of ``markup`` to ``builder``; returns the ``<title>``.

    Args:
        markup: HTML or XHTML source.
        builder: Receives headings, paragraphs and table rows in document order.
        page: True for a saved web page: also skip menus, banners and comments.
    """
    walker = _Walker(builder, page)
    walker.feed(markup)
    walker.close()
    return walker.title
