"""Who is editing now, and what the store has to tell the next window: two small tables.

Each open :class:`~reader.core.edits.store.Store` is a *session* (one window, one ``reader
--json`` run) with a row naming its process. Undo and redo act on a session's own edits
and on those of sessions that have ended (closed, or their process is gone), never on
the edits of a session still open in another window or process. A session that was
killed leaves its row behind; it counts as ended once its process is gone (on this
machine; a session on another machine sharing the folder counts as open until it
closes). Notices are messages for the reader, such as a repaired store, kept until a
window has shown them once.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import time

SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    origin TEXT PRIMARY KEY,
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    started REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS notices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    message TEXT NOT NULL,
    created REAL NOT NULL,
    shown INTEGER NOT NULL DEFAULT 0
);
"""


def begin(conn: sqlite3.Connection, origin: str) -> None:
    """Note the session ``origin`` as open, and forget sessions whose process is gone."""
    host = socket.gethostname()
    for other, pid in conn.execute(
        "SELECT origin, pid FROM sessions WHERE host = ?", (host,)
    ).fetchall():
        if not _alive(int(pid)):
            conn.execute("DELETE FROM sessions WHERE origin = ?", (other,))
    conn.execute(
        "INSERT OR REPLACE INTO sessions (origin, pid, host, started) VALUES (?, ?, ?, ?)",
        (origin, os.getpid(), host, time.time()),
    )


def end(conn: sqlite3.Connection, origin: str) -> None:
    conn.execute("DELETE FROM sessions WHERE origin = ?", (origin,))


def open_sessions(conn: sqlite3.Connection) -> set[str]:
    """The sessions still open, in this process, another, or on another machine."""
    host = socket.gethostname()
    rows = conn.execute("SELECT origin, pid, host FROM sessions").fetchall()
    return {str(o) for o, pid, h in rows if h != host or _alive(int(pid))}


def add_notice(conn: sqlite3.Connection, message: str) -> None:
    conn.execute("INSERT INTO notices (message, created) VALUES (?, ?)", (message, time.time()))


def take_notices(conn: sqlite3.Connection) -> list[str]:
    """The notices no window has shown yet, oldest first; they count as shown now."""
    rows = conn.execute("SELECT id, message FROM notices WHERE shown = 0 ORDER BY id").fetchall()
    conn.execute("UPDATE notices SET shown = 1 WHERE shown = 0")
    return [str(message) for _, message in rows]


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        # os.kill would end the process on Windows: count it as open until it closes.
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: alive
    return True
