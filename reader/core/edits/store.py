"""Store: the reader's corrections on disk, a log of edits, undos and redos per document.

Each edit, undo and redo is one row appended in its own committed transaction (WAL,
``synchronous=FULL``), so killing the reader right after an edit loses nothing and two
readers editing the same document add to one log instead of overwriting each other. A
row names the session that wrote it and, for an undo or redo, the edit it acts on, so
each reader undoes only its own edits (:mod:`reader.core.edits.store_sessions`). A document's
:class:`~reader.core.edits.edit_history.EditHistory` is rebuilt from that log on every read;
:meth:`Store.key_for` finds it by the document's bytes, text, path or title
(:mod:`reader.core.edits.store_documents`).

The store never stops the reader: a damaged file is moved aside, the newest good backup
restored and what the damaged file still holds salvaged into it; a file from a newer
version is opened read-only and never moved; a read-only or full disk keeps edits in
memory. Each case leaves a message, said once (:meth:`Store.take_notices`). A backup is
made when a session that edited closes, every ``BACKUP_EVERY`` edits, and on opening
when the newest is older than a day (:mod:`reader.core.edits.store_files`).
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path
from types import TracebackType

from reader.core.documents.article import Article
from reader.core.edits import store_documents, store_sessions
from reader.core.edits.correction_json import (
    correction_from_json as correction_from_json,
)
from reader.core.edits.correction_json import correction_to_json
from reader.core.edits.corrections import Correction, relocate
from reader.core.edits.edit_history import EditHistory, replay
from reader.core.edits.store_events import Event, decoded, insert, transaction
from reader.core.edits.store_files import DB_NAME as DB_NAME
from reader.core.edits.store_files import ENV_DATA_DIR as ENV_DATA_DIR
from reader.core.edits.store_files import KEEP_BACKUPS as KEEP_BACKUPS
from reader.core.edits.store_files import (
    Backups,
    add_salvaged,
    cannot_repair,
    cannot_save,
    damage_message,
    newer_message,
    open_for_reading,
    problem,
    read_only_uri,
    repair,
    salvage,
)
from reader.core.edits.store_files import StoreStatus as StoreStatus
from reader.core.edits.store_files import default_data_dir as default_data_dir
from reader.core.edits.store_schema import SCHEMA_VERSION as SCHEMA_VERSION
from reader.core.edits.store_schema import (
    create_or_upgrade,
    needs_upgrade,
    schema_version,
)

BACKUP_AGE_SECONDS = 24 * 3600
BACKUP_EVERY = 50
_BUSY_MS = 10_000


class Store:
    """Corrections for every document the reader has opened; see the module docstring."""

    def __init__(self, data_dir: str | os.PathLike[str] | None = None) -> None:
        self.data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
        self.path = self.data_dir / DB_NAME
        self.backup_dir = self.data_dir / "backups"
        self.origin = uuid.uuid4().hex  # this session
        self._conn: sqlite3.Connection | None = None
        self._writable = False
        self._pending: list[Event] = []  # rows the disk refused, oldest first
        self._identities: dict[str, store_documents.Identity] = {}
        self._warning = ""
        self._unsaved_notice = ""
        self._edits_since_backup = 0
        self._edited = False
        self.status = self._open()
        if self._writable and not self._pending:
            self._backup_if_old()

    # --- reading and writing --------------------------------------------------------

    @property
    def warning(self) -> str:
        """Why recent edits are not saved (kept in memory), or ``""`` when all are."""
        return self._warning

    def key_for(self, article: Article) -> str:
        """The key ``article``'s corrections are kept under (see ``store_documents``)."""
        identity = store_documents.Identity.of(article)
        key = None
        if self._conn is not None:
            try:
                found = store_documents.find(self._conn, identity)
                if found is not None and (found[1] or self._fits(found[0], article.text)):
                    key = found[0]
                if key is not None and self._writable:
                    # Found by its text, path or title: found by its bytes next time.
                    with transaction(self._conn) as conn:
                        store_documents.remember(conn, key, identity)
            except sqlite3.Error:
                pass  # not found: the document starts a history of its own
        key = key or identity.key
        self._identities[key] = identity  # remembered with its next edit
        return key

    def _fits(self, key: str, text: str) -> bool:
        """Whether any edit of ``key`` still finds its place in ``text``."""
        return any(relocate(text, edit) is not None for edit in self.history(key).entries)

    def history(self, key: str) -> EditHistory:
        """The document's corrections as saved now, by this reader or another."""
        return self._replay(key, pending=True)

    def add_edit(self, key: str, correction: Correction) -> EditHistory:
        """Save ``correction`` as the newest edit of the document; returns its history."""
        self._record(key, "edit", correction_to_json(correction))
        return self.history(key)

    def undo(self, key: str) -> EditHistory:
        """Undo this session's newest active edit of the document; returns its history."""
        self._record(key, "undo")
        return self.history(key)

    def redo(self, key: str) -> EditHistory:
        """Redo the edit this session undid last; returns the document's history."""
        self._record(key, "redo")
        return self.history(key)

    def take_notices(self) -> list[str]:
        """What the reader has not been told yet (a repaired store, a newer version).

        Each notice is returned once: a store repaired by ``reader --json`` is told to
        the next window that starts, and not again.
        """
        notices: list[str] = []
        if self._conn is not None and self._writable:
            try:
                with transaction(self._conn) as conn:
                    notices = store_sessions.take_notices(conn)
            except sqlite3.Error:
                notices = []
        if self._unsaved_notice:
            notices.append(self._unsaved_notice)
            self._unsaved_notice = ""
        return notices

    def messages(self) -> list[str]:
        """What a command-line run prints: what happened at opening, why not saved."""
        said = [self.status.message] if self.status.message else []
        if self._warning and not self.status.read_only:
            said.append(self._warning)
        return said

    def _replay(self, key: str, pending: bool) -> EditHistory:
        rows = self._read(key)
        if pending:
            rows += [(0, *e[1:]) for e in self._pending if e.key == key]
        return replay(rows, self._open_sessions() - {self.origin}, decoded)

    def _read(self, key: str) -> list[tuple[int, str, str, str, str, str]]:
        if self._conn is None:
            return []
        try:
            rows = self._conn.execute(
                "SELECT id, action, payload, origin, uid, target FROM events "
                "WHERE sha256 = ? ORDER BY id",
                (key,),
            ).fetchall()
        except sqlite3.Error as exc:
            self._warning = self._warning or f"Saved corrections cannot be read: {exc}."
            return []
        return [(int(i), str(a), str(p), str(o), str(u), str(t)) for i, a, p, o, u, t in rows]

    def _open_sessions(self) -> set[str]:
        if self._conn is None:
            return set()
        try:
            return store_sessions.open_sessions(self._conn)
        except sqlite3.Error:
            return set()

    def _record(self, key: str, action: str, payload: str = "") -> None:
        new = Event(key, action, payload, self.origin, uuid.uuid4().hex)
        event: Event | None = None
        if self._conn is not None and self._writable:
            try:
                with transaction(self._conn) as conn:
                    for old in self._pending:
                        insert(conn, old)
                    if key in self._identities:
                        store_documents.remember(conn, key, self._identities[key])
                    # Decided inside the write lock, on what is saved now: another
                    # reader may have added rows since this one last looked.
                    event = self._targeted(new, pending=False)
                    if event is not None:
                        insert(conn, event)
            except sqlite3.Error as exc:
                self._warning = cannot_save(exc, self.data_dir)
            else:
                self._pending.clear()
                self._warning = ""
                if event is not None:
                    self._edited = True
                    self._edits_since_backup += 1
                if self._edits_since_backup >= BACKUP_EVERY:
                    self.backup()
                return
        event = self._targeted(new, pending=True)
        if event is not None:
            self._pending.append(event)

    def _targeted(self, event: Event, pending: bool) -> Event | None:
        """``event`` with the edit an undo or redo acts on; None when there is none."""
        if event.action == "edit":
            return event
        history = self._replay(event.key, pending)
        target = history.undo_id if event.action == "undo" else history.redo_id
        return None if target is None else event._replace(target=target)

    # --- opening, damage and backups ------------------------------------------------

    def _open(self) -> StoreStatus:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._warning = cannot_save(exc, self.data_dir)
            return StoreStatus(self.path)
        damage = problem(self.path) if self.path.exists() else None
        moved = restored = None
        rescued: dict[str, list[tuple[object, ...]]] = {}
        if damage is not None:
            try:
                moved, restored = repair(self.path, Backups(self.backup_dir))
            except (OSError, sqlite3.Error) as exc:
                self._warning = cannot_repair(self.path, damage, exc)
                return StoreStatus(self.path, message=self._warning)
            rescued = salvage(moved)
        try:
            read_only, newer = self._connect()
        except sqlite3.Error as exc:
            self._close_connection()
            self._conn = open_for_reading(self.path)
            self._warning = cannot_save(exc, self.data_dir)
            read_only = False
        if read_only:
            self._warning = (
                "Corrections are not saved: the store belongs to a newer version of Entity Reader."
            )
            self._unsaved_notice = newer_message(self.path, newer)
            return StoreStatus(self.path, True, self._unsaved_notice)
        if moved is None:
            return StoreStatus(self.path)
        count = self._add_salvaged(rescued)
        message = damage_message(damage or "", moved, restored, count)
        self._notify(message)
        return StoreStatus(self.path, False, message, moved, restored, count)

    def _connect(self) -> tuple[bool, int]:
        """Open read-write, or read-only for a newer schema; (read_only, version)."""
        conn = sqlite3.connect(self.path, timeout=_BUSY_MS / 1000, isolation_level=None)
        self._conn = conn
        conn.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
        version = schema_version(conn)
        if version > SCHEMA_VERSION:
            # Not one byte written: the newer version's file stays exactly as it was.
            conn.close()
            self._conn = sqlite3.connect(read_only_uri(self.path), uri=True)
            return True, version
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        if needs_upgrade(conn, version):
            self.backup()  # the older version's store as it was (outside a transaction)
        with transaction(conn):
            create_or_upgrade(conn, version)
            store_sessions.begin(conn, self.origin)
        self._writable = True
        return False, version

    def _add_salvaged(self, rescued: dict[str, list[tuple[object, ...]]]) -> int:
        """Add the rows read from the damaged file that the backup lacks; how many."""
        if self._conn is None or not self._writable or not rescued:
            return 0
        try:
            with transaction(self._conn) as conn:
                return add_salvaged(conn, rescued)
        except sqlite3.Error:
            return 0  # the backup alone, then

    def _notify(self, message: str) -> None:
        """Keep ``message`` for the next window (see :meth:`take_notices`)."""
        try:
            if self._conn is None or not self._writable:
                raise sqlite3.OperationalError("not writable")
            with transaction(self._conn) as conn:
                store_sessions.add_notice(conn, message)
        except sqlite3.Error:
            self._unsaved_notice = message

    def _backups(self) -> list[Path]:
        """Backups, oldest first."""
        return Backups(self.backup_dir).all()

    def backup(self) -> Path | None:
        """Copy the store to a new rolling backup, keeping the newest few; its path."""
        if self._conn is None:
            return None
        try:
            target = Backups(self.backup_dir).make(self._conn)
        except (OSError, sqlite3.Error):
            return None  # a missed backup must not stop the reader
        self._edits_since_backup = 0
        return target

    def _backup_if_old(self) -> None:
        if self._conn is None:
            return
        try:
            age = Backups(self.backup_dir).age()
            if age is not None and age < BACKUP_AGE_SECONDS:
                return
            if self._conn.execute("SELECT 1 FROM events LIMIT 1").fetchone() is not None:
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
        """Back up if this session edited, and close; edits only in memory are lost."""
        if self._conn is not None and self._writable:
            if self._edited:
                self.backup()  # so a damaged store loses at most the edits of one session
            try:
                with transaction(self._conn) as conn:
                    store_sessions.end(conn, self.origin)
            except sqlite3.Error:
                pass  # its process ending tells the others as well
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
