"""The corrections store's tables, its version, and the upgrade of an older store.

Version 2 added to each row of the log the session that wrote it, an edit's id and the
edit an undo or redo acts on (``origin``, ``uid``, ``target``), the ``documents``,
``sessions`` and ``notices`` tables, and writes its version in the file header too
(``PRAGMA user_version``), where a later version is read even if its tables differ.
"""

from __future__ import annotations

import sqlite3

from reader.core.edits import store_documents, store_sessions

SCHEMA_VERSION = 2
SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256 TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('edit', 'undo', 'redo')),
    payload TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_document ON events (sha256, id);
"""
#: Added in version 2: the session that wrote a row, an edit's id, an undo's target.
NEW_COLUMNS = ("origin", "uid", "target")


def schema_version(conn: sqlite3.Connection) -> int:
    """The store's version: the header's, or its ``schema_version`` table's if higher.

    A version-1 store has only the table; later ones write both, so a newer layout is
    recognised even when its tables are not the ones this version knows.
    """
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if exists is not None:
        row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        version = max(int(version), int(row[0] or 0))
    return int(version) or 1


def needs_upgrade(conn: sqlite3.Connection, version: int) -> bool:
    """Whether ``conn`` holds an older version's store (not a new, empty file)."""
    return version < SCHEMA_VERSION and _columns(conn) != set()


def create_or_upgrade(conn: sqlite3.Connection, version: int) -> None:
    """Create what is missing, in a transaction the caller holds."""
    new = not _columns(conn)
    for script in (SCHEMA, store_documents.SCHEMA, store_sessions.SCHEMA):
        for statement in script.split(";"):
            if statement.strip():
                conn.execute(statement)
    present = _columns(conn)
    for column in NEW_COLUMNS:
        if column not in present:
            conn.execute(f"ALTER TABLE events ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    if version < SCHEMA_VERSION or new:
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION,))
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _columns(conn: sqlite3.Connection) -> set[str]:
    return {str(row[1]) for row in conn.execute("PRAGMA table_info(events)")}
