"""Markdown: rendered to HTML with markdown-it-py, then read as structured text.

Rendering first means emphasis, links, code fences and tables show as the words they
are, not as markup, and headings come out as headings.
"""

from __future__ import annotations

from reader.core.documents.formats.blocks import TextBuilder
from reader.core.documents.formats.htmlwalk import walk_html
from reader.core.documents.formats.types import Extracted


def extract_markdown(text: str, encoding: str) -> Extracted:
    """Read already-decoded Markdown text; the title is the first heading."""
    from markdown_it import MarkdownIt

    # Raw HTML blocks are allowed so that <br> and friends vanish rather than show; the
    # walker drops scripts and never loads what a tag points to.
    renderer = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")
    builder = TextBuilder()
    walk_html(renderer.render(text), builder, page=False)
    return Extracted(
        text=builder.text,
        format="markdown",
        encoding=encoding,
        title=builder.first_heading,
        headings=builder.headings,
    )
