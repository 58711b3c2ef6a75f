"""Store: the reader's corrections on disk, kept per document by its SHA-256.

Each edit, undo and redo is one row appended in its own committed transaction (WAL,
``synchronous=FULL``), so killing the reader right after an edit loses nothing and two
readers editing the same document add to one log instead of overwriting each other.
A document's :class:`~reader.core.edit_history.EditHistory` is rebuilt from that log on
every read, so it follows the file when it is renamed or moved.

The store never stops the reader: a damaged file is moved aside and the newest good
backup restored; a file from a newer version is opened read-only; a read-only or full
disk keeps edits in memory. Each case leaves a message for the reader.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing as _closing
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

import platformdirs

from reader.core.correction_json import correction_from_json, correction_to_json
from reader.core.corrections import Correction
from reader.core.edit_history import EditHistory

SCHEMA_VERSION = 1
ENV_DATA_DIR = "ENTITY_READER_DATA_DIR"
DB_NAME = "corrections.sqlite3"
KEEP_BACKUPS = 3
#: A backup is made on opening when the newest is older than this, and every N edits.
BACKUP_AGE_SECONDS = 24 * 3600
BACKUP_EVERY = 50
_BUSY_MS = 10_000
_HEADER = b"SQLite format 3\x00"
_SCHEMA = """
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
_Event = tuple[str, str, str]  # (sha256, action, payload)


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
    """

    path: Path
    read_only: bool = False
    message: str = ""
    moved_aside: Path | None = None
    restored_from: Path | None = None


class Store:
    """Corrections for every document the reader has opened; see the module docstring."""

    def __init__(self, data_dir: str | os.PathLike[str] | None = None) -> None:
        self.data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
        self.path = self.data_dir / DB_NAME
        self.backup_dir = self.data_dir / "backups"
        self._conn: sqlite3.Connection | None = None
        self._writable = False
        self._pending: list[_Event] = []  # edits the disk refused, oldest first
        self._warning = ""
        self._edits_since_backup = 0
        self.status = self._open()
        if self._writable and not self._pending:
            self._backup_if_old()

    # --- reading and writing --------------------------------------------------------

    @property
    def warning(self) -> str:
        """Why recent edits are not saved (kept in memory), or ``""`` when all are."""
        return self._warning

    def history(self, sha256: str) -> EditHistory:
        """The document's corrections as saved now, by this reader or another."""
        events = self._read(sha256) + [e for e in self._pending if e[0] == sha256]
        return _replay(events)

    def add_edit(self, sha256: str, correction: Correction) -> EditHistory:
        """Save ``correction`` as the newest edit of the document; returns its history."""
        self._record((sha256, "edit", correction_to_json(correction)), None)
        return self.history(sha256)

    def undo(self, sha256: str) -> EditHistory:
        """Undo the document's newest active edit (saved too); returns its history."""
        self._record((sha256, "undo", ""), lambda h: h.can_undo)
        return self.history(sha256)

    def redo(self, sha256: str) -> EditHistory:
        """Redo the document's oldest undone edit (saved too); returns its history."""
        self._record((sha256, "redo", ""), lambda h: h.can_redo)
        return self.history(sha256)

    def _read(self, sha256: str) -> list[_Event]:
        if self._conn is None:
            return []
        try:
            rows = self._conn.execute(
                "SELECT action, payload FROM events WHERE sha256 = ? ORDER BY id",
                (sha256,),
            ).fetchall()
        except sqlite3.Error as exc:
            self._warning = f"Saved corrections cannot be read: {exc}."
            return []
        return [(sha256, str(action), str(payload)) for action, payload in rows]

    def _record(
        self, event: _Event, allowed: Callable[[EditHistory], bool] | None
    ) -> None:
        if self._conn is not None and self._writable:
            try:
                with self._transaction(self._conn) as conn:
                    for old in self._pending:
                        _insert(conn, old)
                    # Decided inside the write lock, on what is saved now: another
                    # reader may have added rows since this one last looked.
                    permitted = allowed is None or allowed(
                        _replay(self._read(event[0]))
                    )
                    if permitted:
                        _insert(conn, event)
            except sqlite3.Error as exc:
                self._warning = (
                    f"Corrections cannot be saved ({exc}); they are kept until you close "
                    "the reader. Free some disk space or check the permissions of "
                    f"{self.data_dir}."
                )
            else:
                self._pending.clear()
                self._warning = ""
                self._edits_since_backup += int(permitted)
                if self._edits_since_backup >= BACKUP_EVERY:
                    self.backup()
                return
        if allowed is None or allowed(self.history(event[0])):
            self._pending.append(event)

    @staticmethod
    @contextmanager
    def _transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    # --- opening, damage and backups ------------------------------------------------

    def _open(self) -> StoreStatus:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._warning = f"Corrections cannot be saved: {self.data_dir} cannot be created ({exc.strerror or exc}); they are kept until you close the reader."
            return StoreStatus(self.path)
        moved = restored = None
        message = ""
        problem = _problem(self.path) if self.path.exists() else None
        if problem is not None:
            try:
                moved, restored = self._recover()
            except OSError as exc:
                self._warning = f"The corrections store {self.path} is damaged ({problem}) and cannot be moved aside ({exc.strerror or exc}); corrections are kept until you close the reader."
                return StoreStatus(self.path, message=self._warning)
            lost = (
                f"the backup {restored.name} was restored; corrections made after it are lost"
                if restored
                else "there was no readable backup, so earlier corrections are lost"
            )
            message = (
                f"The corrections store was damaged ({problem}). "
                f"It was moved to {moved} and {lost}."
            )
        read_only = False
        try:
            read_only, newer = self._connect()
        except sqlite3.Error as exc:
            self._close_connection()
            self._open_for_reading()
            self._warning = f"Corrections cannot be saved ({exc}); they are kept until you close the reader. Check the permissions of {self.data_dir}."
        else:
            if read_only:
                self._warning = (
                    "Corrections are not saved: the store belongs to a newer version "
                    "of Entity Reader."
                )
                message = (
                    f"The corrections store {self.path} was written by a newer version of "
                    f"Entity Reader (schema {newer}; this version knows {SCHEMA_VERSION}). "
                    "It is opened read-only: new corrections are kept only until you "
                    "close the reader. Update Entity Reader to save them."
                )
        return StoreStatus(self.path, read_only, message, moved, restored)

    def _connect(self) -> tuple[bool, int]:
        """Open read-write, or read-only for a newer schema; (read_only, version)."""
        conn = sqlite3.connect(self.path, timeout=_BUSY_MS / 1000, isolation_level=None)
        self._conn = conn
        conn.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
        version = _schema_version(conn)
        if version > SCHEMA_VERSION:
            # Not one byte written: the newer version's file stays exactly as it was.
            conn.close()
            self._conn = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)
            return True, version
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        with self._transaction(conn):
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            if conn.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == 0:
                conn.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION,))
        self._writable = True
        return False, version

    def _open_for_reading(self) -> None:
        """Read what is saved although nothing can be written (read-only folder)."""
        for query in ("?mode=ro", "?mode=ro&immutable=1"):
            try:
                conn = sqlite3.connect(f"{self.path.as_uri()}{query}", uri=True)
                conn.execute("SELECT COUNT(*) FROM events").fetchone()
            except sqlite3.Error:
                continue
            self._conn = conn
            return

    def _recover(self) -> tuple[Path, Path | None]:
        """Move the damaged store aside and restore the newest good backup."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        os.replace(self.path, aside)
        for suffix in ("-wal", "-shm"):
            # A stale log would otherwise be replayed into the restored backup.
            side = Path(f"{self.path}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{aside}{suffix}"))
        for backup in reversed(self._backups()):
            if _problem(backup) is None:
                _copy_database(backup, self.path)
                return aside, backup
        return aside, None

    def _backups(self) -> list[Path]:
        """Backups, oldest first (names sort by time)."""
        if not self.backup_dir.is_dir():
            return []
        return sorted(self.backup_dir.glob("corrections-*.sqlite3"))

    def backup(self) -> Path | None:
        """Copy the store to a new rolling backup, keeping the newest few; its path."""
        if self._conn is None:
            return None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = self.backup_dir / f"corrections-{stamp}.sqlite3"
        partial = target.with_suffix(".part")
        try:
            self.backup_dir.mkdir(parents=True, exist_ok=True)
            with _closing(sqlite3.connect(partial)) as copy:
                self._conn.backup(copy)
            os.replace(partial, target)
            for old in self._backups()[:-KEEP_BACKUPS]:
                old.unlink()
        except (OSError, sqlite3.Error):
            return None  # a missed backup must not stop the reader
        self._edits_since_backup = 0
        return target

    def _backup_if_old(self) -> None:
        if self._conn is None:
            return
        try:
            backups = self._backups()
            if (
                backups
                and time.time() - backups[-1].stat().st_mtime < BACKUP_AGE_SECONDS
            ):
                return
            if (
                self._conn.execute("SELECT 1 FROM events LIMIT 1").fetchone()
                is not None
            ):
                self.backup()
        except (OSError, sqlite3.Error):
            return  # a missed backup must not stop the reader

    # --- closing --------------------------------------------------------------------

    def _close_connection(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._writable = False

    def close(self) -> None:
        """Close the database; edits still only in memory are lost (see :attr:`warning`)."""
        self._close_connection()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


# --- the database file ------------------------------------------------------------------


def _problem(path: Path) -> str | None:
    """Why ``path`` is not a usable corrections store, or None if it is."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_HEADER))
    except OSError:
        return None  # unreadable is a permission problem, not damage: leave it be
    if not header:
        return "the file is empty"
    if header != _HEADER:
        return "the file is not a database"
    try:
        with _closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
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


def _schema_version(conn: sqlite3.Connection) -> int:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if exists is None:
        return SCHEMA_VERSION
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return SCHEMA_VERSION if row[0] is None else int(row[0])


def _copy_database(source: Path, target: Path) -> None:
    """Copy with SQLite's backup API, which reads the source consistently."""
    with (
        _closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as src,
        _closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)


def _insert(conn: sqlite3.Connection, event: _Event) -> None:
    conn.execute(
        "INSERT INTO events (sha256, action, payload, created) VALUES (?, ?, ?, ?)",
        (*event, time.time()),
    )


def _replay(events: list[_Event]) -> EditHistory:
    history = EditHistory()
    for _sha, action, payload in events:
        if action == "edit":
            try:
                history.push(correction_from_json(payload))
            except ValueError:
                continue  # an edit kind from a newer version: kept on disk, not shown
        elif action == "undo":
            history.undo()
        elif action == "redo":
            history.redo()
    return history
