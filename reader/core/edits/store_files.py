"""The corrections store's files: schema version, damage check, backups, salvage, restore.

Backups are plain rollback-journal SQLite files (never WAL), so opening one to check it
leaves no ``-wal``/``-shm`` files beside it. A damaged store is moved aside with its log;
what SQLite can still read from it is salvaged and added to the newest good backup.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs

from reader.core.edits.store_schema import SCHEMA_VERSION, schema_version

ENV_DATA_DIR = "ENTITY_READER_DATA_DIR"
DB_NAME = "corrections.sqlite3"
KEEP_BACKUPS = 5
_HEADER = b"SQLite format 3\x00"
_USER_VERSION_AT = 60  # the header's "user version" field, big-endian
#: What salvage copies, by table: the columns every version-1 store has come first.
SALVAGED = {
    "events": ("id", "sha256", "action", "payload", "created", "origin", "uid", "target"),
    "documents": ("doc", "bytes", "text", "source", "title", "seen"),
}
_SALVAGE_DEFAULTS: dict[str, object] = {"origin": "", "uid": "", "target": ""}


def default_data_dir() -> Path:
    """``$ENTITY_READER_DATA_DIR`` if set, else the per-user data folder."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("entity-reader", appauthor=False))


@dataclass(frozen=True, slots=True)
class StoreStatus:
    """What happened when the store was opened.

    Attributes:
        path: The database file.
        read_only: True when nothing will be written this session (newer schema).
        message: A sentence for the reader when something needed doing, else ``""``.
        moved_aside: Where a damaged store was moved.
        restored_from: The backup that replaced it, if any was good.
        salvaged: How many rows read from the damaged file were added back.
    """

    path: Path
    read_only: bool = False
    message: str = ""
    moved_aside: Path | None = None
    restored_from: Path | None = None
    salvaged: int = 0


def read_only_uri(path: Path, immutable: bool = False) -> str:
    return f"{path.as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def open_for_reading(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to a store nothing can be written to (read-only folder)."""
    for immutable in (False, True):
        try:
            conn = sqlite3.connect(read_only_uri(path, immutable), uri=True)
            conn.execute("SELECT COUNT(*) FROM events").fetchone()
        except sqlite3.Error:
            continue
        return conn
    return None


def header_version(path: Path) -> int:
    """The schema version in the file header (0 when unset or unreadable)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(_USER_VERSION_AT + 4)
    except OSError:
        return 0
    if not header.startswith(_HEADER) or len(header) < _USER_VERSION_AT + 4:
        return 0
    return int.from_bytes(header[_USER_VERSION_AT:], "big", signed=True)


def problem(path: Path, immutable: bool = False) -> str | None:
    """Why ``path`` is not a usable corrections store, or None if it is (or is newer).

    ``immutable`` for a file no one writes (a backup): SQLite then reads it without the
    ``-wal`` and ``-shm`` files it would otherwise create beside a WAL file.
    """
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_HEADER))
    except OSError:
        return None  # unreadable is a permission problem, not damage: leave it be
    if not header:
        return "the file is empty"
    if header != _HEADER:
        return "the file is not a database"
    if header_version(path) > SCHEMA_VERSION:
        return None  # a newer version's store is never judged, moved or written
    try:
        with closing(sqlite3.connect(read_only_uri(path, immutable), uri=True)) as conn:
            if schema_version(conn) > SCHEMA_VERSION:
                return None
            result = conn.execute("PRAGMA integrity_check").fetchall()
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.OperationalError:
        return None  # locked or not openable here; not evidence of damage
    except sqlite3.DatabaseError as exc:
        return f"the database is corrupt: {exc}"
    if result != [("ok",)]:
        return "the integrity check failed"
    if not {"schema_version", "events"} <= tables:
        return "the file is not a corrections store"
    return None


def copy_database(source: Path | sqlite3.Connection, target: Path) -> None:
    """Copy with SQLite's backup API (a consistent read) into a rollback-journal file."""
    if isinstance(source, Path):
        with closing(sqlite3.connect(read_only_uri(source, True), uri=True)) as src:
            copy_database(src, target)
        return
    with closing(sqlite3.connect(target)) as dst:
        source.backup(dst)
        # The copy inherits WAL mode from the page it was copied from; a WAL file leaves
        # -wal and -shm files beside it whenever it is opened, even to be checked.
        dst.execute("PRAGMA journal_mode = DELETE")
        # Sessions open when the copy was taken are not open in a restored copy.
        if dst.execute("SELECT 1 FROM sqlite_master WHERE name = 'sessions'").fetchone():
            with dst:
                dst.execute("DELETE FROM sessions")


@dataclass(frozen=True, slots=True)
class Backups:
    """The rolling backups of one store, in ``folder``; names sort by time."""

    folder: Path

    def all(self) -> list[Path]:
        """Backups, oldest first."""
        if not self.folder.is_dir():
            return []
        return sorted(self.folder.glob("corrections-*.sqlite3"))

    def age(self) -> float | None:
        """Seconds since the newest backup, or None when there is none."""
        backups = self.all()
        return time.time() - backups[-1].stat().st_mtime if backups else None

    def make(self, conn: sqlite3.Connection) -> Path:
        """Copy the store open in ``conn`` to a new backup and keep the newest few.

        Raises:
            OSError, sqlite3.Error: the backup could not be written.
        """
        target = self.folder / f"corrections-{_stamp()}.sqlite3"
        partial = target.with_suffix(".part")
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            copy_database(conn, partial)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        for old in self.all()[:-KEEP_BACKUPS]:
            old.unlink()
        return target

    def newest_good(self) -> Path | None:
        for backup in reversed(self.all()):
            if problem(backup, immutable=True) is None:
                return backup
        return None


def move_aside(path: Path) -> Path:
    """Move a damaged store and its log files aside; where it went."""
    aside = path.with_name(f"{path.name}.damaged-{_stamp()}")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        # Moved with it: a stale log would be replayed into the restored backup, and
        # the moved file's own log may hold its newest rows, which salvage reads.
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{aside}{suffix}"))
    return aside


def repair(path: Path, backups: Backups) -> tuple[Path, Path | None]:
    """Move a damaged store aside and restore the newest good backup in its place.

    Returns:
        Where the damaged file went, and the backup restored (None if none was good).
    """
    moved = move_aside(path)
    restored = backups.newest_good()
    if restored is not None:
        copy_database(restored, path)
    return moved, restored


def salvage(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """The rows SQLite can still read from a damaged store, by table (see ``SALVAGED``).

    Each table is read in rowid order, then backwards from the end, so rows on both
    sides of a damaged page are kept; an unreadable file gives nothing.
    """
    found: dict[str, list[tuple[object, ...]]] = {}
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return found
    with closing(conn):
        for table, columns in SALVAGED.items():
            rows: dict[int, tuple[object, ...]] = {}
            for order in ("ASC", "DESC"):
                _read_rows(conn, table, columns, order, rows)
            found[table] = [rows[rowid] for rowid in sorted(rows)]
    return found


def _read_rows(
    conn: sqlite3.Connection,
    table: str,
    columns: tuple[str, ...],
    order: str,
    into: dict[int, tuple[object, ...]],
) -> None:
    try:
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        wanted = [c if c in present else f"? AS {c}" for c in columns]
        defaults = [_SALVAGE_DEFAULTS.get(c, "") for c in columns if c not in present]
        cursor = conn.execute(
            f"SELECT rowid, {', '.join(wanted)} FROM {table} ORDER BY rowid {order}",
            defaults,
        )
        for rowid, *values in cursor:
            into.setdefault(int(rowid), tuple(values))
    except sqlite3.Error:
        return  # the rest of this direction is unreadable


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def add_salvaged(conn: sqlite3.Connection, rescued: dict[str, list[tuple[object, ...]]]) -> int:
    """Add the salvaged rows a restored store lacks (same row id: same row); how many."""
    added = 0
    for table, rows in rescued.items():
        columns = SALVAGED[table]
        marks = ", ".join("?" * len(columns))
        for row in rows:
            cursor = conn.execute(
                f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                row,
            )
            added += cursor.rowcount if table == "events" else 0
    return added


def damage_message(damage: str, moved: Path, restored: Path | None, count: int) -> str:
    if restored is not None:
        lost = f"the backup {restored.name} was restored"
        lost += (
            f" and {count} later change(s) were recovered from the damaged file; any "
            "that could not be read are lost"
            if count
            else "; corrections made after it could not be recovered"
        )
    elif count:
        lost = (
            f"there was no readable backup; {count} change(s) were recovered from the "
            "damaged file and any that could not be read are lost"
        )
    else:
        lost = "there was no readable backup, so earlier corrections are lost"
    return f"The corrections store was damaged ({damage}). It was moved to {moved} and {lost}."


def cannot_save(error: BaseException, folder: Path) -> str:
    """Why edits are kept in memory, with the advice that fits the error."""
    code = getattr(error, "sqlite_errorcode", None)
    number = getattr(error, "errno", None)
    reason = getattr(error, "strerror", None) or str(error)
    if code == sqlite3.SQLITE_FULL or number == errno.ENOSPC or "disk is full" in reason:
        advice = "The disk is full: free some space on it."
    else:
        advice = f"Check the permissions of {folder}."
    return (
        f"Corrections cannot be saved ({reason}); they are kept until you close the "
        f"reader. {advice}"
    )


def cannot_repair(path: Path, damage: str, error: BaseException) -> str:
    return (
        f"The corrections store {path} is damaged ({damage}) and cannot be repaired "
        f"({error}); corrections are kept until you close the reader."
    )


def newer_message(path: Path, version: int) -> str:
    return (
        f"The corrections store {path} was written by a newer version of Entity Reader "
        f"(schema {version}; this version knows {SCHEMA_VERSION}). It is opened "
        "read-only: new corrections are kept only until you close the reader. Update "
        "Entity Reader to save them."
    )
