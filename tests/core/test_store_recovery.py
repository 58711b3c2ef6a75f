"""A damaged, newer or full store: moved aside, salvaged, restored, reported once, never silent."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from reader.core.edits.corrections import (
    ActorRef,
    Anchor,
    Correction,
    RemoveMention,
    RenameActor,
)
from reader.core.edits.store import DB_NAME, KEEP_BACKUPS, SCHEMA_VERSION, Store

TEXT = "Angela Merkel visited Paris. Merkel met Macron in Paris on Monday."
SHA = "e" * 64
RENAME = RenameActor(ActorRef(Anchor.at(TEXT, 40, 46), "PERSON:macron"), "Emmanuel Macron")
REMOVE = RemoveMention(Anchor.at(TEXT, 50, 55))


def rename(number: int) -> Correction:
    return RenameActor(RENAME.actor, f"Macron {number}")


def _damage_truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _damage_zero(path: Path) -> None:
    path.write_bytes(b"")


def _damage_garbage(path: Path) -> None:
    path.write_bytes(os.urandom(4096))


def _damage_pages(path: Path) -> None:
    # A valid header with scrambled pages: only the integrity check can tell.
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096 : page * 4096 + 200] = os.urandom(200)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "damage", [_damage_truncated, _damage_zero, _damage_garbage, _damage_pages]
)
def test_damaged_store_is_moved_aside_and_backup_restored(tmp_path: Path, damage: object) -> None:
    with Store(tmp_path) as store:
        store.add_edit(SHA, RENAME)
        store.add_edit(SHA, REMOVE)
        assert store.backup() is not None
    with Store(tmp_path) as store:
        pass  # closing checkpoints the log into the file the damage hits
    path = tmp_path / DB_NAME
    assert callable(damage)
    damage(path)
    with Store(tmp_path) as store:
        status = store.status
        assert status.moved_aside is not None
        assert status.moved_aside.exists()
        assert status.restored_from is not None
        assert "damaged" in status.message
        assert status.restored_from.name in status.message
        assert store.history(SHA).active == (RENAME, REMOVE)
        # The restored store takes new edits.
        store.undo(SHA)
    with Store(tmp_path) as store:
        assert store.status.message == ""
        assert store.history(SHA).active == (RENAME,)


def test_damaged_store_without_backup_starts_empty(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_bytes(b"not a database at all" * 100)
    with Store(tmp_path) as store:
        assert store.status.moved_aside is not None
        assert store.status.restored_from is None
        assert "no readable backup" in store.status.message
        store.add_edit(SHA, RENAME)
        assert store.history(SHA).active == (RENAME,)


def test_damaged_newest_backup_falls_back_to_an_older_one(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.add_edit(SHA, RENAME)
        good = store.backup()
        store.add_edit(SHA, REMOVE)
    assert good is not None
    newer = sorted((tmp_path / "backups").glob("*.sqlite3"))
    assert newer[-1] != good  # the one made when that session closed
    for bad in newer[newer.index(good) + 1 :]:
        bad.write_bytes(b"\0" * 100)
    (tmp_path / DB_NAME).write_bytes(b"")
    with Store(tmp_path) as store:
        assert store.status.restored_from == good
        assert store.history(SHA).active == (RENAME,)


def test_backups_roll_and_one_is_made_on_open(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        assert store._backups() == []  # nothing to back up yet
        store.add_edit(SHA, RENAME)
    with Store(tmp_path) as store:
        assert len(store._backups()) == 1  # first open with data
        for _ in range(KEEP_BACKUPS + 2):
            assert store.backup() is not None
        assert len(store._backups()) == KEEP_BACKUPS


def test_a_backup_every_n_edits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.core.edits.store as store_module

    monkeypatch.setattr(store_module, "BACKUP_EVERY", 2)
    with Store(tmp_path) as store:
        store.add_edit(SHA, RENAME)
        assert store._backups() == []
        store.add_edit(SHA, REMOVE)
        (backup,) = store._backups()
    with Store(backup.parent.parent / "copy") as copy:
        pass
    (backup.parent.parent / "copy" / DB_NAME).write_bytes(backup.read_bytes())
    with Store(backup.parent.parent / "copy") as copy:
        assert copy.history(SHA).active == (RENAME, REMOVE)


def test_newer_schema_opens_read_only(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.add_edit(SHA, RENAME)
    with sqlite3.connect(tmp_path / DB_NAME) as conn:
        conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    conn.close()
    before = (tmp_path / DB_NAME).read_bytes()
    with Store(tmp_path) as store:
        assert store.status.read_only
        assert "newer version" in store.status.message
        assert store.warning
        assert store.history(SHA).active == (RENAME,)
        history = store.add_edit(SHA, REMOVE)  # kept in memory
        assert history.active == (RENAME, REMOVE)
        assert store.undo(SHA).active == (RENAME,)
    assert (tmp_path / DB_NAME).read_bytes() == before
    with Store(tmp_path) as store:
        assert store.history(SHA).active == (RENAME,)


def test_a_newer_store_with_other_tables_is_opened_read_only_and_never_moved(
    tmp_path: Path,
) -> None:
    with Store(tmp_path) as store:
        store.add_edit(SHA, RENAME)
    with sqlite3.connect(tmp_path / DB_NAME) as conn:
        conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
        conn.execute("ALTER TABLE events RENAME TO edits")  # the newer version's layout
    conn.close()
    before = (tmp_path / DB_NAME).read_bytes()
    with Store(tmp_path) as store:
        assert store.status.moved_aside is None
        assert store.status.read_only
        assert "newer version" in store.status.message
        assert store.add_edit(SHA, REMOVE).active == (REMOVE,)  # kept in memory
    assert (tmp_path / DB_NAME).read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if "damaged" in p.name]


def test_a_session_that_edited_leaves_a_backup_when_it_closes(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.add_edit(SHA, RENAME)
    with Store(tmp_path) as store:
        store.add_edit(SHA, REMOVE)  # one edit: not 50, and the day's backup is made
    (tmp_path / DB_NAME).write_bytes(b"")
    with Store(tmp_path) as store:
        assert store.status.restored_from is not None
        assert store.history(SHA).active == (RENAME, REMOVE)


def _damage_index(path: Path) -> None:
    """Scramble the index page: the events themselves are still readable."""
    with sqlite3.connect(path) as conn:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'events_by_document'"
        ).fetchone()
        (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size : root * size] = os.urandom(size)
    path.write_bytes(bytes(data))


def test_edits_after_the_backup_are_salvaged_from_the_damaged_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(tmp_path) as store:
        store.add_edit(SHA, rename(1))
        assert store.backup() is not None
        # As if the reader were killed before it could make another backup.
        monkeypatch.setattr(Store, "backup", lambda self: None)
        store.add_edit(SHA, rename(2))
        store.add_edit(SHA, rename(3))
        store.undo(SHA)
    monkeypatch.undo()
    _damage_index(tmp_path / DB_NAME)
    with Store(tmp_path) as store:
        assert store.status.moved_aside is not None
        assert store.status.restored_from is not None
        assert "recovered" in store.status.message
        assert store.history(SHA).active == (rename(1), rename(2))
        assert store.history(SHA).next_redo == rename(3)


def _damaged_with_backup(folder: Path) -> None:
    with Store(folder) as store:
        store.add_edit(SHA, RENAME)
        assert store.backup() is not None
    (folder / DB_NAME).write_bytes(b"garbage" * 100)


def test_a_repair_is_said_on_stderr_by_reader_json_and_once_at_the_next_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.cli import saved_corrections

    _damaged_with_backup(tmp_path)
    monkeypatch.setenv("ENTITY_READER_DATA_DIR", str(tmp_path))
    saved_corrections([])
    err = capsys.readouterr().err
    assert err.startswith("reader: The corrections store was damaged")
    saved_corrections([])
    assert capsys.readouterr().err == ""  # said once
    with Store(tmp_path) as store:  # the next window start
        (notice,) = store.take_notices()
        assert "damaged" in notice
    with Store(tmp_path) as store:
        assert store.take_notices() == []


def test_a_full_disk_says_so_not_check_the_permissions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.core.edits.store as store_module

    def full(*args: object) -> None:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = 13  # SQLITE_FULL
        raise error

    with Store(tmp_path) as store:
        store.add_edit(SHA, RENAME)
        monkeypatch.setattr(store_module, "insert", full)
        store.add_edit(SHA, REMOVE)
        assert "disk is full" in store.warning
        assert "permission" not in store.warning
    monkeypatch.setattr(Store, "_connect", full)
    with Store(tmp_path) as store:
        assert "disk is full" in store.warning
        assert "permission" not in store.warning


def test_no_stray_wal_or_shm_files_beside_backups(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.add_edit(SHA, RENAME)
        assert store.backup() is not None
        store.add_edit(SHA, REMOVE)
    (tmp_path / DB_NAME).write_bytes(b"")  # the next start checks and restores a backup
    with Store(tmp_path) as store:
        assert store.status.restored_from is not None
        assert store.backup() is not None
    backups = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert backups
    assert all(n.startswith("corrections-") and n.endswith(".sqlite3") for n in backups)
    assert len(backups) <= KEEP_BACKUPS


def test_checking_an_earlier_versions_wal_backup_leaves_no_files_beside_it(
    tmp_path: Path,
) -> None:
    with Store(tmp_path) as store:
        store.add_edit(SHA, RENAME)
    (wal_backup,) = (tmp_path / "backups").iterdir()
    with sqlite3.connect(wal_backup) as conn:
        conn.execute("PRAGMA journal_mode = WAL")  # as version 1 made them
    conn.close()
    assert sorted(p.name for p in wal_backup.parent.iterdir()) == [wal_backup.name]
    (tmp_path / DB_NAME).write_bytes(b"")
    with Store(tmp_path) as store:
        assert store.status.restored_from == wal_backup
    assert sorted(p.name for p in wal_backup.parent.iterdir()) == [wal_backup.name]


def test_a_version_1_store_is_backed_up_then_upgraded_and_its_history_kept(
    tmp_path: Path,
) -> None:
    from reader.core.edits.correction_json import correction_to_json

    with sqlite3.connect(tmp_path / DB_NAME) as conn:
        conn.executescript(
            """
            CREATE TABLE schema_version (version INTEGER NOT NULL);
            INSERT INTO schema_version VALUES (1);
            CREATE TABLE events (
                id INTEGER PRIMARY KEY AUTOINCREMENT, sha256 TEXT NOT NULL,
                action TEXT NOT NULL CHECK (action IN ('edit', 'undo', 'redo')),
                payload TEXT NOT NULL DEFAULT '', created REAL NOT NULL);
            """
        )
        for action, edit in [("edit", RENAME), ("edit", REMOVE), ("undo", None)]:
            conn.execute(
                "INSERT INTO events (sha256, action, payload, created) VALUES (?, ?, ?, 0)",
                (SHA, action, correction_to_json(edit) if edit else ""),
            )
    conn.close()
    with Store(tmp_path) as store:
        (backup,) = store._backups()  # the version-1 file, as it was
        assert store.history(SHA).active == (RENAME,)
        assert store.redo(SHA).active == (RENAME, REMOVE)
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT MAX(version) FROM schema_version").fetchone() == (1,)
    old.close()
    with Store(tmp_path) as store:
        assert store.undo(SHA).active == (RENAME,)
