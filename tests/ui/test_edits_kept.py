"""Corrections are kept: after closing, for a copy, across readers, and off the UI thread."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.edits.corrections import ActorRef, Anchor, RenameActor
from reader.core.edits.store import Store
from reader.ui.analysis_service import AnalysisService
from reader.ui.main_window import MainWindow
from tests.ui.edit_driving import (
    Opener,
    actor_named,
    answer,
    has_actor,
    names,
    own_store,
    panel_menu,
    select_actors,
    trigger,
)
from tests.ui.settling import reader_waits

__all__ = ["own_store", "reader_waits"]  # autouse fixtures: imported to be active here


def test_edits_are_kept_after_closing_and_for_a_copy(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    open_document: Opener,
    seed_path: Path,
    analysis_service: AnalysisService,
    settings: QSettings,
    tmp_path: Path,
) -> None:
    window = open_document(seed_path)
    select_actors(window, actor_named(window, "Jon Huntsman"))
    answer(monkeypatch, "Ambassador Huntsman")
    trigger(window.edit_menu, "Rename")
    select_actors(window, actor_named(window, "Russia"), actor_named(window, "Moscow"))
    trigger(window.edit_menu, "Merge 2 Actors")
    expected = names(window)
    window.close()

    copy = tmp_path / "renamed copy.txt"
    shutil.copyfile(seed_path, copy)
    for path in (seed_path, copy):
        again = MainWindow(analysis_service, settings)
        qtbot.addWidget(again)
        again.show()
        try:
            with qtbot.waitSignal(analysis_service.analysis_ready, timeout=60_000):
                again.open_path(str(path))
            qtbot.waitUntil(lambda w=again: w.analysis is not None, timeout=10_000)
            assert names(again) == expected
            # The history came along: undo works on edits of an earlier session.
            assert again.edit_actions.undo_action.text().startswith("Undo Merge")
        finally:
            again.close()
            again.loader.shutdown()


def test_corrections_that_no_longer_match_are_listed(
    own_store: Path, open_document: Opener, seed_path: Path, tmp_path: Path
) -> None:
    changed = tmp_path / "changed.txt"
    text = seed_path.read_text(encoding="utf-8")
    changed.write_text(text, encoding="utf-8")
    from reader.core.documents.loading import load_article

    article = load_article(str(changed))
    gone = Anchor(10, 22, "Jon Huntsman", "before", "after")  # text that is not there
    with Store(own_store) as store:
        store.add_edit(article.sha256, RenameActor(ActorRef(gone, "PERSON:nobody"), "Nobody"))
    window = open_document(changed)
    button = window.status_bar.orphans_button
    assert button.isVisibleTo(window)
    assert button.text() == "1 correction no longer matches — show"
    button.click()
    assert window.last_message is not None
    assert "Rename “Jon Huntsman” to “Nobody”" in window.last_message.text()


def test_a_store_repaired_by_reader_json_is_said_once_at_the_next_start(
    qtbot: QtBot, own_store: Path, analysis_service: AnalysisService, settings: QSettings
) -> None:
    from reader.cli import saved_corrections

    gone = RenameActor(ActorRef(Anchor(0, 3, "Jon"), "PERSON:jon"), "John")
    with Store(own_store) as store:
        store.add_edit("0" * 64, gone)
        assert store.backup() is not None
    (own_store / "corrections.sqlite3").write_bytes(b"not a database" * 100)
    saved_corrections([])  # `reader --json` finds the damage and repairs it
    shown: list[str] = []
    for _ in range(2):
        start = MainWindow(analysis_service, settings)
        qtbot.addWidget(start)
        start.show()
        try:
            if not shown:
                qtbot.waitUntil(lambda w=start: w.last_message is not None)
                assert start.last_message is not None
                shown.append(start.last_message.text())
            else:
                QApplication.processEvents()
                assert start.last_message is None
        finally:
            start.close()
            start.loader.shutdown()
    assert "damaged" in shown[0]
    assert "restored" in shown[0]


def test_another_readers_edit_shows_on_refresh_and_is_not_undone_here(
    own_store: Path, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    assert window.analysis is not None
    text = window.analysis.article.text
    huntsman = ActorRef.of(text, actor_named(window, "Jon Huntsman"))
    other = Store(own_store)  # another window or process, still open
    try:
        other.add_edit(window.corrections.sha, RenameActor(huntsman, "Ambassador Huntsman"))
        assert not has_actor(window, "Ambassador Huntsman")
        QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))  # back to it
        assert has_actor(window, "Ambassador Huntsman")
        assert "Ambassador Huntsman ✎" in names(window)
        # Its undo is the other reader's to make, not this window's.
        assert not window.edit_actions.undo_action.isEnabled()
    finally:
        other.close()


def test_an_edits_new_result_is_made_off_the_ui_thread(
    monkeypatch: pytest.MonkeyPatch, open_document: Opener, seed_path: Path
) -> None:
    import threading

    import reader.ui.analysis_collector as collector_module

    window = open_document(seed_path)
    made_in: list[threading.Thread] = []
    real_shown = collector_module.shown

    def recording_shown(*args: object, **kwargs: object) -> object:
        made_in.append(threading.current_thread())
        return real_shown(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(collector_module, "shown", recording_shown)
    before = window.analysis
    select_actors(window, actor_named(window, "Jon Huntsman"))
    answer(monkeypatch, "Ambassador Huntsman")
    trigger(panel_menu(window), "Rename")
    assert window.applying_corrections  # asked for, not made here
    assert "Ambassador Huntsman ✎" in names(window)
    assert made_in
    assert threading.main_thread() not in made_in
    assert window.analysis is not before  # a new result, the old one untouched
    assert before is not None
    assert any(a.name == "Jon Huntsman" for a in before.actors)
