"""The library's SQLite file: saved analysis results, the documents added, full-text index.

One file, ``library.sqlite3``, beside the corrections store in the per-user data folder,
and apart from it: everything here can be made again by analysing the documents again,
so a damaged library file is moved aside and a new one started (the corrections, which
cannot be made again, never share its fate).

- ``results``: one analysis per document version, keyed by the SHA-256 of its bytes (as
  the corrections store keys documents), with the pipeline and rules that made it.
- ``result_actors``: each result's actors (grouping key, name, kind, mention count), for
  actors across documents; ``actor_totals`` keeps, per key, in how many documents and
  how many mentions, so the most followed actors of a large library are found at once.
- ``result_text``: an FTS5 index of each result's title and text (rowid = result id).
- ``documents``: what the library lists: one row per path (or address) added or opened,
  with the size and modification time that let ``library add`` skip unchanged files, and
  the message of a document that failed.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from reader.core.edits.store_files import default_data_dir

LIBRARY_NAME = "library.sqlite3"
_BUSY_MS = 10_000
_RETRY_SECONDS = 0.01
_SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    id INTEGER PRIMARY KEY,
    bytes TEXT NOT NULL UNIQUE,
    text_sha TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    rules TEXT NOT NULL,
    inferred INTEGER NOT NULL,
    title TEXT NOT NULL,
    format TEXT NOT NULL,
    actors INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    seconds REAL NOT NULL,
    created REAL NOT NULL,
    payload BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS result_actors (
    result INTEGER NOT NULL,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    label TEXT NOT NULL,
    count INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS result_actors_by_key ON result_actors (key);
CREATE INDEX IF NOT EXISTS result_actors_by_result ON result_actors (result);
CREATE TABLE IF NOT EXISTS actor_totals (
    key TEXT PRIMARY KEY,
    documents INTEGER NOT NULL,
    mentions INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS actor_totals_by_size ON actor_totals (documents DESC, mentions DESC);
CREATE VIRTUAL TABLE IF NOT EXISTS result_text USING fts5 (title, body);
CREATE TABLE IF NOT EXISTS documents (
    source TEXT PRIMARY KEY,
    bytes TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT -1,
    mtime INTEGER NOT NULL DEFAULT -1,
    added REAL NOT NULL,
    updated REAL NOT NULL,
    error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS documents_by_bytes ON documents (bytes);
"""


def library_path(data_dir: str | os.PathLike[str] | None = None) -> Path:
    """The library file in ``data_dir`` (default: the per-user data folder)."""
    return (
        Path(data_dir) / LIBRARY_NAME if data_dir is not None else default_data_dir() / LIBRARY_NAME
    )


def connect(path: Path, *, create: bool = True) -> sqlite3.Connection | None:
    """An open connection with the tables made, or None when there is no library file.

    A damaged file is moved aside (``library.sqlite3.damaged-<time>``) and a new one
    made in its place.

    Raises:
        OSError, sqlite3.Error: the folder or file cannot be written.
    """
    if not create and not path.exists():
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return _open(path)
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            raise
        aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        os.replace(path, aside)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return _open(path)


def _write_ahead_logging(conn: sqlite3.Connection) -> None:
    """Switch ``conn``'s file to write-ahead logging, waiting while another opener holds it.

    When processes open a new library at once, SQLite answers the switch with "database
    is locked" at once instead of waiting the busy timeout; one of the "Add Folder"
    processes then lost its whole share of files. Tried again within the same budget.
    """
    deadline = time.monotonic() + _BUSY_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(_RETRY_SECONDS)


def _open(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=_BUSY_MS / 1000, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
        _write_ahead_logging(conn)
        conn.execute("PRAGMA synchronous = NORMAL")  # a lost result is analysed again
        with conn:
            conn.executescript(_SCHEMA)
        conn.execute("SELECT COUNT(*) FROM results").fetchone()
    except sqlite3.Error:
        conn.close()
        raise
    return conn
