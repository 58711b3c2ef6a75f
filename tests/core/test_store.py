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

from reader.core.documents.loading import load_article
from reader.core.edits.corrections import (
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
from reader.core.edits.store import (
    DB_NAME,
    Store,
    correction_from_json,
    correction_to_json,
    default_data_dir,
)
from reader.core.text.mentions import Actor, Mention

TEXT = "Angela Merkel visited Paris. Merkel met Macron in Paris on Monday."
SHA = hashlib.sha256(TEXT.encode()).hexdigest()


def _mention(text: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return Mention(start, start + len(text), text, "GPE" if text == "Paris" else "PERSON")


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


def test_data_dir_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
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
        before = apply_corrections(article.text, ACTORS, store.history(article.sha256).active)
    renamed = original.rename(tmp_path / "moved story.txt")
    again = load_article(renamed)
    assert again.sha256 == article.sha256
    with Store(tmp_path / "data") as store:
        after = apply_corrections(again.text, ACTORS, store.history(again.sha256).active)
    assert after == before
    assert "Emmanuel Macron" in [a.name for a in after.actors]


def test_edit_survives_sigkill_right_after(tmp_path: Path) -> None:
    child = textwrap.dedent(
        f"""
        import sys, time
        from reader.core.edits.store import Store, correction_from_json
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
        # The killed reader is gone: its edits are this one's to undo.
        assert store.undo(SHA).active == ()


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
    import reader.core.edits.store as store_module

    real_insert = store_module.insert

    def disk_full(conn: sqlite3.Connection, event: tuple[str, str, str]) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    with Store(tmp_path) as store:
        store.add_edit(SHA, RENAME)
        monkeypatch.setattr(store_module, "insert", disk_full)
        history = store.add_edit(SHA, REMOVE)
        assert history.active == (RENAME, REMOVE)
        assert "disk is full" in store.warning
        with Store(tmp_path) as other:
            assert other.history(SHA).active == (RENAME,)  # not on disk yet
        monkeypatch.setattr(store_module, "insert", real_insert)
        store.redo(SHA)  # nothing to redo, but the kept edit is written now
        assert store.warning == ""
        assert store.history(SHA).entries == (RENAME, REMOVE)
        store.undo(SHA)
    with Store(tmp_path) as store:
        assert store.history(SHA).entries == (RENAME, REMOVE)
        assert store.history(SHA).active == (RENAME,)


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    child = textwrap.dedent(
        f"""
        import sys
        from reader.core.edits.store import Store, correction_from_json
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
