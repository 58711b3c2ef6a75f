"""The library: every document added or opened, its actors across documents, search.

Reads and writes the tables of :mod:`reader.core.library.database`; analysing is done by
:mod:`reader.core.library.adding` and the result cache.

**Actors across documents.** An actor of one document is the same library actor as an
actor of another when their grouping keys agree (:attr:`reader.core.text.mentions.Actor.key`,
the key the actor has after the document's own rules joined its names): "U.S." and "the
United States" share a key in any document; a bare "Huntsman" joins "Jon Huntsman" only
in a document where the rules joined them, because another document's "Huntsman" may be
somebody else. Two copies of the same file count once (results are per bytes). A library
actor is named by the name its documents use most.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.core.documents.opening import is_link
from reader.core.text.mentions import Actor


@dataclass(frozen=True, slots=True)
class LibraryDocument:
    """One row of the library list; ``error`` is why it could not be added, else ``""``."""

    source: str
    title: str
    format: str
    added: float
    actors: int
    mentions: int
    error: str = ""


@dataclass(frozen=True, slots=True)
class ActorIn:
    """A library actor's appearance in one document."""

    source: str
    title: str
    name: str
    mentions: int


@dataclass(frozen=True, slots=True)
class LibraryActor:
    """One actor followed across documents (see the module docstring)."""

    key: str
    name: str
    label: str
    documents: tuple[ActorIn, ...] = field(default=())

    @property
    def mentions(self) -> int:
        return sum(d.mentions for d in self.documents)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A document whose title or text matches a search.

    ``snippet`` is a line of the text with the matched words in ``[brackets]``.
    """

    source: str
    title: str
    snippet: str


def library_source(source: str) -> str:
    """How the library names a document: a file by its absolute path, a link as given."""
    if is_link(source) or source == "clipboard":
        return source
    return os.path.abspath(source)


def stored_source(source: str) -> str | bytes:
    """``source`` as the library stores it: text, or bytes for a name that is not UTF-8.

    SQLite text must be UTF-8; the name's bytes keep the file openable from the list.
    """
    try:
        source.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(source)
    return source


def shown_source(value: str | bytes) -> str:
    """A stored source back as the path Python opens (see :func:`stored_source`)."""
    return os.fsdecode(value) if isinstance(value, bytes) else str(value)


def valid_text(text: str) -> str:
    """``text`` with the undecodable bytes of a file name shown as U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def register(
    conn: sqlite3.Connection,
    source: str,
    key: str,
    *,
    size: int = -1,
    mtime: int = -1,
    error: str = "",
) -> None:
    """Note that ``source`` now holds the document ``key`` (or failed with ``error``).

    The result of what the source held before is dropped when nothing else lists it.
    """
    now = time.time()
    stored = stored_source(library_source(source))
    old = conn.execute("SELECT bytes FROM documents WHERE source = ?", (stored,)).fetchone()
    conn.execute(
        "INSERT INTO documents (source, bytes, size, mtime, added, updated, error) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET "
        "bytes = excluded.bytes, size = excluded.size, mtime = excluded.mtime, "
        "updated = excluded.updated, error = excluded.error",
        (stored, key, size, mtime, now, now, valid_text(error)),
    )
    if old is not None and old[0] and old[0] != key:
        # The file changed: its former version leaves the library unless a copy of
        # it is still listed under another name.
        other = conn.execute("SELECT 1 FROM documents WHERE bytes = ? LIMIT 1", old).fetchone()
        if other is None:
            drop_result(conn, str(old[0]))


def drop_result(conn: sqlite3.Connection, key: str) -> None:
    """Remove the result of the document ``key`` (if any) with its actors and text."""
    old = conn.execute("SELECT id FROM results WHERE bytes = ?", (key,)).fetchone()
    if old is None:
        return
    unindex_actors(conn, int(old[0]))
    conn.execute("DELETE FROM result_text WHERE rowid = ?", old)
    conn.execute("DELETE FROM results WHERE id = ?", old)


def index_actors(conn: sqlite3.Connection, result_id: int, actors: Sequence[Actor]) -> None:
    """Count ``actors`` (their named mentions) as the library actors of ``result_id``."""
    counted: Counter[str] = Counter()
    for actor in actors:
        counted[actor.key] += len(actor.named_mentions)
    conn.executemany(
        "INSERT INTO actor_totals (key, documents, mentions) VALUES (?, 1, ?) "
        "ON CONFLICT (key) DO UPDATE SET documents = documents + 1, "
        "mentions = mentions + excluded.mentions",
        [(key, count) for key, count in counted.items() if count],
    )
    conn.executemany(
        "INSERT INTO result_actors (result, key, name, label, count) VALUES (?, ?, ?, ?, ?)",
        [
            (result_id, a.key, a.name, a.label, len(a.named_mentions))
            for a in actors
            if a.named_mentions
        ],
    )


def unindex_actors(conn: sqlite3.Connection, result_id: int) -> None:
    """Take the actors of ``result_id`` out of the library's actors."""
    conn.execute(
        "UPDATE actor_totals SET documents = documents - 1, mentions = mentions - "
        "(SELECT SUM(count) FROM result_actors a WHERE a.result = ? AND a.key = "
        "actor_totals.key) WHERE key IN (SELECT key FROM result_actors WHERE result = ?)",
        (result_id, result_id),
    )
    conn.execute("DELETE FROM actor_totals WHERE documents <= 0")
    conn.execute("DELETE FROM result_actors WHERE result = ?", (result_id,))


def reindex_document(conn: sqlite3.Connection, key: str, actors: Sequence[Actor]) -> bool:
    """Make the corrected ``actors`` the library actors of the listed document ``key``.

    Corrections carry to library actors this way: a renamed actor shows its new name in
    that document, merged actors count as their target, removed mentions are not
    counted. The saved result itself stays the raw analysis. False when the document
    has no result in the library (or is not listed, as a pasted text).
    """
    row = conn.execute(
        "SELECT id FROM results WHERE bytes = ? AND EXISTS "
        "(SELECT 1 FROM documents d WHERE d.bytes = results.bytes)",
        (key,),
    ).fetchone()
    if row is None:
        return False
    unindex_actors(conn, int(row[0]))
    index_actors(conn, int(row[0]), actors)
    return True


def list_documents(conn: sqlite3.Connection) -> list[LibraryDocument]:
    """Every document, newest first; one whose result is gone shows no counts."""
    rows = conn.execute(
        "SELECT d.source, COALESCE(r.title, ''), COALESCE(r.format, ''), d.added, "
        "COALESCE(r.actors, 0), COALESCE(r.mentions, 0), d.error FROM documents d "
        "LEFT JOIN results r ON r.bytes = d.bytes ORDER BY d.added DESC, d.source"
    ).fetchall()
    return [LibraryDocument(shown_source(row[0]), *row[1:]) for row in rows]


def library_actors(
    conn: sqlite3.Connection, *, min_documents: int = 1, limit: int = 0
) -> list[LibraryActor]:
    """Actors across documents, those in most documents first, then most mentions.

    Args:
        conn: The open library.
        min_documents: Leave out actors found in fewer documents.
        limit: At most this many actors (0: all).
    """
    keys = conn.execute(
        "SELECT key FROM actor_totals WHERE documents >= ? "
        "ORDER BY documents DESC, mentions DESC, key" + (" LIMIT ?" if limit else ""),
        (min_documents, limit) if limit else (min_documents,),
    ).fetchall()
    return [_actor(conn, str(key)) for (key,) in keys]


def _actor(conn: sqlite3.Connection, key: str) -> LibraryActor:
    rows = conn.execute(
        "SELECT (SELECT MIN(d.source) FROM documents d WHERE d.bytes = r.bytes), "
        "r.title, a.name, a.label, a.count FROM result_actors a "
        "JOIN results r ON r.id = a.result WHERE a.key = ? ORDER BY a.count DESC, r.title",
        (key,),
    ).fetchall()
    documents = tuple(
        ActorIn(shown_source(src), title, name, count) for src, title, name, _, count in rows if src
    )
    names: Counter[str] = Counter()
    labels: Counter[str] = Counter()
    for _, _, name, label, count in rows:
        names[name] += count
        labels[label] += count
    return LibraryActor(key, names.most_common(1)[0][0], labels.most_common(1)[0][0], documents)


def search(conn: sqlite3.Connection, query: str, *, limit: int = 50) -> list[SearchHit]:
    """Documents whose title or text has every word of ``query``, best match first.

    Each word is matched as written (FTS5 operators in it are not interpreted); a word
    ending in ``*`` matches as a prefix ("minist*").
    """
    terms = []
    for word in query.split():
        prefix = word.endswith("*") and len(word) > 1
        phrase = '"' + word.rstrip("*").replace('"', '""') + '"'
        terms.append(phrase + ("*" if prefix else ""))
    if not terms:
        return []
    rows = conn.execute(
        "SELECT (SELECT MIN(d.source) FROM documents d WHERE d.bytes = r.bytes), r.title, "
        "snippet(result_text, 1, '[', ']', '…', 12) FROM result_text "
        "JOIN results r ON r.id = result_text.rowid WHERE result_text MATCH ? "
        "ORDER BY bm25(result_text, 5.0, 1.0) LIMIT ?",
        (" ".join(terms), limit),
    ).fetchall()
    return [
        SearchHit(shown_source(src), title, " ".join(snippet.split()))
        for src, title, snippet in rows
        if src
    ]
