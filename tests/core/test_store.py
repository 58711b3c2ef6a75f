from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reader.core.corrections import (
    ActorRef,
    AddMention,
    Anchor,
    ChangeKind,
    Correction,
    MergeActors,
    MoveMentions,
    RemoveMention,
    RemoveText,
    RenameActor,
    apply_corrections,
)
from reader.core.document import load_article
from reader.core.mentions import Actor, Mention
from reader.core.store import (
    DB_NAME,
    KEEP_BACKUPS,
    SCHEMA_VERSION,
    Store,
    correction_from_json,
    correction_to_json,
    default_data_dir,
)

TEXT = "Angela Merkel visited Paris. Merkel met Macron in Paris on Monday."
SHA = hashlib.sha256(TEXT.encode()).hexdigest()


def _mention(text: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return Mention(
        start, start + len(text), text, "GPE" if text == "Paris" else "PERSON"
    )


ACTORS = (
    Actor(
        "a1",
        "PERSON:angela merkel",
        "Angela Merkel",
        "PERSON",
        (_mention("Angela Merkel"), _mention("Merkel", 1)),
    ),
    Actor("a2", "GPE:paris", "Paris", "GPE", (_mention("Paris"), _mention("Paris", 1))),
    Actor("a3", "PERSON:macron", "Macron", "PERSON", (_mention("Macron"),)),
)
RENAME = RenameActor(ActorRef.of(TEXT, ACTORS[2]), "Emmanuel Macron")
REMOVE = RemoveMention(Anchor.of(TEXT, _mention("Paris", 1)))


def _names(store: Store, sha: str = SHA) -> list[str]:
    result = apply_corrections(TEXT, ACTORS, store.history(sha).active)
    return [a.name for a in result.actors]


def test_codec_round_trips_every_correction() -> None:
    macron = ActorRef.of(TEXT, ACTORS[2])
    paris = ActorRef.of(TEXT, ACTORS[1])
    anchor = Anchor.of(TEXT, _mention("Paris", 1))
    edits: list[Correction] = [
        RENAME,
        ChangeKind(macron, "ORG"),
        MergeActors((macron, paris), ActorRef.of(TEXT, ACTORS[0])),
        MoveMentions((anchor,), None, "Paris, Texas", "GPE"),
        MoveMentions((anchor,), macron),
        REMOVE,
        RemoveText(anchor),
        AddMention(Anchor.at(TEXT, 0, 6), None, "Angela", "PERSON", every=True),
        AddMention(Anchor.at(TEXT, 0, 6), macron),
    ]
    for edit in edits:
        assert correction_from_json(correction_to_json(edit)) == edit
    with pytest.raises(ValueError, match="unknown"):
        correction_from_json('{"type": "FutureEdit"}')
    with pytest.raises(ValueError, match="not a correction"):
        correction_from_json("{")
    with pytest.raises(ValueError, match="not a correction"):
        correction_from_json('{"type": "RenameActor"}')


def test_data_dir_from_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ENTITY_READER_DATA_DIR", str(tmp_path / "x"))
    assert default_data_dir() == tmp_path / "x"
    with Store() as store:
        assert store.path == tmp_path / "x" / DB_NAME
        assert store.path.exists()
    monkeypatch.delenv("ENTITY_READER_DATA_DIR")
    assert default_data_dir().name == "entity-reader"


def test_round_trip_with_undo_and_redo(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        assert store.status.message == ""
        assert store.history(SHA).entries == ()
        history = store.add_edit(SHA, RENAME)
        assert history.active == (RENAME,)
        store.add_edit(SHA, REMOVE)
        history = store.undo(SHA)
        assert history.active == (RENAME,)
        assert history.can_redo
    with Store(tmp_path) as store:
        history = store.history(SHA)
        assert history.active == (RENAME,)
        assert history.entries == (RENAME, REMOVE)
        assert "Emmanuel Macron" in _names(store)
        store.redo(SHA)
    with Store(tmp_path) as store:
        assert store.history(SHA).active == (RENAME, REMOVE)
        assert store.history("other document").entries == ()
        # Undo with nothing to undo, redo with nothing to redo: no rows, no change.
        store.redo(SHA)
        store.undo(SHA)
        store.undo(SHA)
        store.undo(SHA)
        assert store.history(SHA).active == ()
        store.redo(SHA)
        assert store.history(SHA).active == (RENAME,)


def test_renamed_document_keeps_its_corrections(tmp_path: Path) -> None:
    original = tmp_path / "story.txt"
    original.write_text(TEXT, encoding="utf-8")
    article = load_article(original)
    with Store(tmp_path / "data") as store:
        store.add_edit(article.sha256, RENAME)
        before = apply_corrections(
            article.text, ACTORS, store.history(article.sha256).active
        )
    renamed = original.rename(tmp_path / "moved story.txt")
    again = load_article(renamed)
    assert again.sha256 == article.sha256
    with Store(tmp_path / "data") as store:
        after = apply_corrections(
            again.text, ACTORS, store.history(again.sha256).active
        )
    assert after == before
    assert "Emmanuel Macron" in [a.name for a in after.actors]


def test_edit_survives_sigkill_right_after(tmp_path: Path) -> None:
    child = textwrap.dedent(
        f"""
        import sys, time
        from reader.core.store import Store, correction_from_json
        store = Store({str(tmp_path)!r})
        store.add_edit({SHA!r}, correction_from_json({correction_to_json(RENAME)!r}))
        print("saved", flush=True)
        time.sleep(60)
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", child],
        stdout=subprocess.PIPE,
        cwd=Path(__file__).parents[2],
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "saved"
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    finally:
        process.kill()
    assert process.returncode == -signal.SIGKILL
    with Store(tmp_path) as store:
        assert store.history(SHA).active == (RENAME,)


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
def test_damaged_store_is_moved_aside_and_backup_restored(
    tmp_path: Path, damage: object
) -> None:
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
        bad = store.backup()
    assert good is not None
    assert bad is not None
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


def test_a_backup_every_n_edits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.core.store as store_module

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


def test_read_only_folder_keeps_edits_in_memory(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store(folder) as store:
        store.add_edit(SHA, RENAME)
    for path in [folder, *folder.iterdir()]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user chmod cannot stop (root)")
        with Store(folder) as store:
            history = store.add_edit(SHA, REMOVE)
            assert history.active == (RENAME, REMOVE)
            assert "cannot be saved" in store.warning
            assert store.undo(SHA).active == (RENAME,)
    finally:
        for path in [folder, *folder.iterdir()]:
            path.chmod(0o755 if path.is_dir() else 0o644)


def test_missing_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with Store(blocker / "data") as store:  # a folder inside a file: always fails
        assert "cannot be saved" in store.warning
        assert store.add_edit(SHA, RENAME).active == (RENAME,)
        assert store.undo(SHA).active == ()
        assert store.redo(SHA).active == (RENAME,)


def test_write_failure_keeps_edit_in_memory_and_saves_it_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.core.store as store_module

    real_insert = store_module._insert

    def disk_full(conn: sqlite3.Connection, event: tuple[str, str, str]) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    with Store(tmp_path) as store:
        store.add_edit(SHA, RENAME)
        monkeypatch.setattr(store_module, "_insert", disk_full)
        history = store.add_edit(SHA, REMOVE)
        assert history.active == (RENAME, REMOVE)
        assert "disk is full" in store.warning
        with Store(tmp_path) as other:
            assert other.history(SHA).active == (RENAME,)  # not on disk yet
        monkeypatch.setattr(store_module, "_insert", real_insert)
        store.redo(SHA)  # nothing to redo, but the kept edit is written now
        assert store.warning == ""
        assert store.history(SHA).entries == (RENAME, REMOVE)
        store.undo(SHA)
    with Store(tmp_path) as store:
        assert store.history(SHA).entries == (RENAME, REMOVE)
        assert store.history(SHA).active == (RENAME,)


def test_two_stores_interleaving_keep_both_edits(tmp_path: Path) -> None:
    first = Store(tmp_path)
    second = Store(tmp_path)
    try:
        edits: list[Correction] = [RENAME, REMOVE]
        first.add_edit(SHA, edits[0])
        second.add_edit(SHA, edits[1])
        assert first.history(SHA).active == (RENAME, REMOVE)
        assert second.history(SHA).active == (RENAME, REMOVE)
        # An undo in one undoes the newest edit whoever made it.
        assert first.undo(SHA).active == (RENAME,)
        assert second.history(SHA).active == (RENAME,)
    finally:
        first.close()
        second.close()


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    child = textwrap.dedent(
        f"""
        import sys
        from reader.core.store import Store, correction_from_json
        edit = correction_from_json({correction_to_json(RENAME)!r})
        with Store({str(tmp_path)!r}) as store:
            for _ in range(30):
                store.add_edit({SHA!r}, edit)
            print(store.warning, flush=True)
        """
    )
    Store(tmp_path).close()  # create it first so the children do not race on schema
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", child],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).parents[2],
        )
        for _ in range(3)
    ]
    outputs = [p.communicate(timeout=60)[0] for p in processes]
    assert [p.returncode for p in processes] == [0, 0, 0]
    assert all(out.strip() == "" for out in outputs)
    with Store(tmp_path) as store:
        assert len(store.history(SHA).entries) == 90
