"""Which saved history belongs to a document: by its bytes, its text, its path or its title.

A history is filed under a *key*: the SHA-256 of the document's bytes when it was first
corrected (of its text for pasted documents). Every version of a corrected document the
reader opens is remembered (bytes hash, canonical-text hash, path, title), so a document
is found again:

1. by its bytes (a renamed or copied file);
2. by its canonical text (CRLF instead of LF, an added byte-order mark);
3. by its path (the file changed where it is: a line appended, a heading reworded), the
   version seen last if several documents were kept at that path;
4. by its title, when exactly one corrected document has it (a file moved and edited).

What is found by 3 or 4 is a changed text: its edits are re-anchored on their text and
context (:func:`reader.core.edits.corrections.apply_corrections`); those that no longer fit are
listed as orphaned. It is taken for the same document only when at least one of its
edits still fits: another article saved over the same file name is not given them.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass

from reader.core.documents.article import Article
from reader.core.documents.digest import text_digest

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc TEXT NOT NULL,
    bytes TEXT NOT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    title TEXT NOT NULL,
    seen REAL NOT NULL,
    UNIQUE (doc, bytes, text, source, title)
);
CREATE INDEX IF NOT EXISTS documents_by_bytes ON documents (bytes);
CREATE INDEX IF NOT EXISTS documents_by_text ON documents (text);
CREATE INDEX IF NOT EXISTS documents_by_source ON documents (source);
CREATE INDEX IF NOT EXISTS documents_by_title ON documents (title);
"""


@dataclass(frozen=True, slots=True)
class Identity:
    """What identifies one version of a document."""

    bytes: str
    text: str
    source: str
    title: str

    @classmethod
    def of(cls, article: Article) -> Identity:
        source = article.source
        if "://" not in source and source != "clipboard":
            source = os.path.abspath(source)  # the same file however it was named
            # A name that is not UTF-8 ("caf\xe9.txt") is kept with its odd bytes escaped:
            # SQLite stores UTF-8 text only.
            source = os.fsencode(source).decode("utf-8", "backslashreplace")
        else:
            source = ""  # a web page's address or the clipboard says nothing lasting
        return cls(article.sha256, text_digest(article.text), source, article.title.strip())

    @property
    def key(self) -> str:
        """The key of a document corrected for the first time."""
        return self.bytes or self.text


def find(conn: sqlite3.Connection, identity: Identity) -> tuple[str, bool] | None:
    """The key of the saved history of ``identity``'s document, or None if it has none.

    Returns:
        The key, and whether it was found by the document's bytes or text (else by its
        path or title, to be confirmed by an edit that still fits).
    """
    if identity.bytes:
        row = conn.execute(
            "SELECT doc FROM documents WHERE bytes = ? ORDER BY seen DESC LIMIT 1",
            (identity.bytes,),
        ).fetchone()
        if row is not None:
            return str(row[0]), True
    if _has_events(conn, identity.key):
        return identity.key, True  # saved before versions were remembered
    row = conn.execute(
        "SELECT doc FROM documents WHERE text = ? ORDER BY seen DESC LIMIT 1",
        (identity.text,),
    ).fetchone()
    if row is not None:
        return str(row[0]), True
    if identity.source:
        row = conn.execute(
            "SELECT doc FROM documents WHERE source = ? ORDER BY title = ? DESC, seen DESC LIMIT 1",
            (identity.source, identity.title),
        ).fetchone()
        if row is not None:
            return str(row[0]), False
    if identity.title:
        rows = conn.execute(
            "SELECT DISTINCT doc FROM documents WHERE title = ? LIMIT 2", (identity.title,)
        ).fetchall()
        if len(rows) == 1:
            return str(rows[0][0]), False
    return None


def remember(conn: sqlite3.Connection, key: str, identity: Identity) -> None:
    """Note ``identity`` as a version of the document filed under ``key``."""
    conn.execute(
        "INSERT INTO documents (doc, bytes, text, source, title, seen) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (doc, bytes, text, source, title) "
        "DO UPDATE SET seen = excluded.seen",
        (key, identity.bytes, identity.text, identity.source, identity.title, time.time()),
    )


def _has_events(conn: sqlite3.Connection, key: str) -> bool:
    row = conn.execute("SELECT 1 FROM events WHERE sha256 = ? LIMIT 1", (key,)).fetchone()
    return row is not None
