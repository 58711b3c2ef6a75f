"""The corrections store's log: one row per edit, undo or redo, written in a transaction."""

from __future__ import annotations

import functools
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

from reader.core.edits.correction_json import correction_from_json
from reader.core.edits.corrections import Correction


class Event(NamedTuple):
    """One row of the log: an edit, or an undo or redo of the edit ``target``."""

    key: str
    action: str
    payload: str
    origin: str
    uid: str
    target: str = ""


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A write transaction that takes the lock at once and rolls back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@functools.lru_cache(maxsize=8192)
def decoded(payload: str) -> Correction:
    """A stored edit, decoded once: a history is replayed on every read."""
    return correction_from_json(payload)


def insert(conn: sqlite3.Connection, event: Event) -> None:
    """Append ``event`` to the log, stamped with the time now."""
    conn.execute(
        "INSERT INTO events (sha256, action, payload, created, origin, uid, target) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            event.key,
            event.action,
            event.payload,
            time.time(),
            event.origin,
            event.uid,
            event.target,
        ),
    )
