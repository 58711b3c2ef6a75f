"""open_document: the one way the window turns a path or a link into an Article.

Plain text and Markdown are read in the calling thread (they cannot hang a parser);
every other format is extracted in a child process that is stopped after a time limit,
so a hostile or broken file can neither freeze nor crash the reader.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.documents.article import Article
from reader.core.documents.formats import sniff
from reader.core.documents.formats.timeout import extract_with_timeout
from reader.core.documents.loading import (
    DEFAULT_SIZE_LIMIT,
    article_from_bytes,
    article_from_extracted,
    read_bytes,
)

#: Seconds a format reader may take before the document is given up.
READ_SECONDS = 30.0
_SAFE_IN_PROCESS = frozenset({"text", "markdown", "binary", "empty"})


def is_link(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def open_document(
    source: str, *, seconds: float | None = None, size_limit: int = DEFAULT_SIZE_LIMIT
) -> Article:
    """Read a file path or an http(s) URL as an Article.

    The window and ``reader --json`` both read through here, so both have the same
    limits; ``seconds`` defaults to :data:`READ_SECONDS`.

    Raises:
        LoadError: with a message for the reader when it cannot be shown.
    """
    if is_link(source):
        from reader.core.documents.fetch import fetch_url

        return fetch_url(source)
    data = read_bytes(Path(source), size_limit)
    if not data or sniff(data, source) in _SAFE_IN_PROCESS:
        return article_from_bytes(data, source)
    limit = READ_SECONDS if seconds is None else seconds
    return article_from_extracted(data, source, extract_with_timeout(data, source, limit))
