"""Corrections in the window: every edit from its real menu, its undo, and that it is kept."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu
from pytestqt.qtbot import QtBot

from reader.core.edits.corrections import ActorRef, Anchor, RenameActor
from reader.core.edits.store import Store
from reader.core.text.kinds import kind_for
from reader.core.text.mentions import Actor
from reader.ui.analysis_service import AnalysisService
from reader.ui.main_window import MainWindow
from tests.ui.settling import reader_waits, settled

__all__ = ["reader_waits"]  # an autouse fixture: imported to be active here

Opener = Callable[[Path], MainWindow]


@pytest.fixture(autouse=True)
def own_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test edits in its own store, so no edit leaks into another test's window."""
    folder = tmp_path / "data"
    monkeypatch.setenv("ENTITY_READER_DATA_DIR", str(folder))
    return folder


def names(window: MainWindow) -> list[str]:
    """The actor names as the panel shows them (with ✎ on edited ones)."""
    model = settled(window).panel.model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def actor_named(window: MainWindow, name: str) -> Actor:
    assert settled(window).analysis is not None
    return next(a for a in window.analysis.actors if a.name == name)


def has_actor(window: MainWindow, name: str) -> bool:
    assert settled(window).analysis is not None
    return any(a.name == name for a in window.analysis.actors)


def background_at(window: MainWindow, position: int) -> str:
    cursor = QTextCursor(settled(window).view.document())
    cursor.setPosition(position + 1)
    return cursor.charFormat().background().color().name()


def find_action(menu: QMenu, *path: str) -> QAction:
    """The action reached by menu texts containing each of ``path`` in turn."""
    for depth, part in enumerate(path):
        matches = [
            a for a in menu.actions() if part in a.text().replace("&&", "&").replace("&", "")
        ]
        assert matches, f"no {part!r} in {[a.text() for a in menu.actions()]}"
        action = matches[0]
        if depth == len(path) - 1:
            return action
        submenu = action.menu()
        assert isinstance(submenu, QMenu)
        menu = submenu
    raise AssertionError("empty path")


def trigger(menu: QMenu, *path: str) -> None:
    action = find_action(menu, *path)
    assert action.isEnabled(), action.text()
    action.trigger()


def select_actors(window: MainWindow, *actors: Actor) -> None:
    tree = window.panel.tree
    tree.clearSelection()
    for number, actor in enumerate(actors):
        index = window.panel.model.actor_index(actor.id)
        flags = QItemSelectionModel.SelectionFlag.Rows
        if number == 0:
            tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | flags
            )
        else:
            tree.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select | flags)


def panel_menu(window: MainWindow) -> QMenu:
    """Right-click the current row of the actor list; the menu that opens."""
    tree = window.panel.tree
    tree.customContextMenuRequested.emit(tree.visualRect(tree.currentIndex()).center())
    assert window.last_context_menu is not None
    return window.last_context_menu


def text_menu(window: MainWindow, position: int) -> QMenu:
    """Right-click the text at code point ``position``; the menu that opens."""
    view = window.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 1)
    point = view.cursorRect(cursor).center()
    window.last_context_menu = None
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(view.viewport(), event)
    assert window.last_context_menu is not None
    return window.last_context_menu


def select_text(window: MainWindow, start: int, end: int) -> None:
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)


def answer(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kwargs: (text, True)))


def pick(window: MainWindow, query: str) -> None:
    """Type ``query`` in the actor picker that just opened and press Enter."""
    picker = window.edit_actions.last_picker
    assert picker is not None
    assert picker.isVisible()
    QTest.keyClicks(picker.filter_edit, query)
    QTest.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert not picker.isVisible()
    settled(window)


def undo(window: MainWindow) -> str:
    text = window.edit_actions.undo_action.text()
    trigger(window.edit_menu, "Undo")
    settled(window)
    return text


def test_rename_from_the_panel_then_undo_and_redo(
    monkeypatch: pytest.MonkeyPatch, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    assert not window.edit_actions.undo_action.isEnabled()
    count = len(actor_named(window, "Jon Huntsman").mentions)
    select_actors(window, actor_named(window, "Jon Huntsman"))
    answer(monkeypatch, "Ambassador Huntsman")
    trigger(panel_menu(window), "Rename")
    assert "Ambassador Huntsman ✎" in names(window)
    assert "Jon Huntsman" not in names(window)
    assert "1 edited ✎" in window.panel.summary()
    # The renamed actor is still the current one, with all its mentions.
    current = window.panel.current_actor()
    assert current is not None
    assert current.name == "Ambassador Huntsman"
    assert len(current.mentions) == count
    assert undo(window) == "Undo Rename “Jon Huntsman” to “Ambassador Huntsman”"
    assert "Jon Huntsman" in names(window)
    assert not window.edit_actions.undo_action.isEnabled()
    redo = window.edit_actions.redo_action
    assert redo.text() == "Redo Rename “Jon Huntsman” to “Ambassador Huntsman”"
    trigger(window.edit_menu, "Redo")
    assert "Ambassador Huntsman ✎" in names(window)


def test_change_kind_from_the_edit_menu_recolours_the_text(
    open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    kremlin = actor_named(window, "Kremlin")
    select_actors(window, kremlin)
    trigger(window.edit_menu, "Change Kind", "Building")
    changed = actor_named(window, "Kremlin")
    assert changed.label == "FAC"
    assert changed.edited
    window.view.focus_actor(None)
    window.panel.tree.clearSelection()
    qt_wait_styled(window)
    assert background_at(window, kremlin.mentions[0].start) == kind_for("FAC").color.lower()
    undo(window)
    window.view.focus_actor(None)
    qt_wait_styled(window)
    assert background_at(window, kremlin.mentions[0].start) == kind_for("ORG").color.lower()


def qt_wait_styled(window: MainWindow) -> None:
    settled(window)
    while window.view.is_styling():
        QApplication.processEvents()


def test_merge_several_selected_actors(open_document: Opener, seed_path: Path) -> None:
    window = open_document(seed_path)
    putin, russia = actor_named(window, "Putin"), actor_named(window, "Russia")
    total = len(putin.mentions) + len(russia.mentions)
    select_actors(window, russia, putin)
    assert window.panel.selected_actors()[0].name == "Russia"
    trigger(window.edit_menu, "Merge 2 Actors Into “Russia”")
    assert not has_actor(window, "Putin")
    assert len(actor_named(window, "Russia").mentions) == total
    assert "Russia ✎" in names(window)
    undo(window)
    assert has_actor(window, "Putin")


def test_merge_by_dragging_one_actor_onto_another(open_document: Opener, seed_path: Path) -> None:
    window = open_document(seed_path)
    model = window.panel.model
    ukrainian, ukraine = actor_named(window, "Ukrainian"), actor_named(window, "Ukraine")
    data = model.mimeData([model.actor_index(ukrainian.id)])
    target = model.actor_index(ukraine.id)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    assert not has_actor(window, "Ukrainian")
    assert len(actor_named(window, "Ukraine").mentions) == 5
    assert window.edit_actions.undo_action.text() == "Undo Merge “Ukrainian” into “Ukraine”"


def test_move_a_mention_to_a_new_actor_and_to_another_actor(
    monkeypatch: pytest.MonkeyPatch, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    ministry = actor_named(window, "Russian Defense Ministry")
    short = ministry.mentions[1]
    window.panel.select_mention(ministry.id, short)
    answer(monkeypatch, "Defense Ministry building")
    trigger(window.edit_menu, "Move “Defense Ministry” to a New Actor")
    new = actor_named(window, "Defense Ministry building")
    assert new.mentions == (short,)
    assert new.label == "ORG"
    assert len(actor_named(window, "Russian Defense Ministry").mentions) == 1
    undo(window)
    assert len(actor_named(window, "Russian Defense Ministry").mentions) == 2
    # The same mention, right-clicked in the text, to an existing actor.
    trigger(text_menu(window, short.start), "Move “Defense Ministry” To…")
    pick(window, "Kreml")
    assert len(actor_named(window, "Kremlin").mentions) == 3
    assert window.view.mention_at(short.start) is not None
    placed = window.view.mention_at(short.start)
    assert placed is not None
    assert placed.actor is not None
    assert placed.actor.name == "Kremlin"


def test_not_an_entity_here_and_never(open_document: Opener, seed_path: Path) -> None:
    window = open_document(seed_path)
    huntsman = actor_named(window, "Jon Huntsman")
    person = kind_for("PERSON").color.lower()
    last = huntsman.named_mentions[-1]
    assert background_at(window, last.start) == person
    trigger(text_menu(window, last.start), "“Huntsman” Here Is Not an Entity")
    assert len(actor_named(window, "Jon Huntsman").mentions) == len(huntsman.mentions) - 1
    assert window.view.mention_at(last.start) is None
    assert background_at(window, last.start) != person
    undo(window)
    assert window.view.mention_at(last.start) is not None
    trigger(text_menu(window, last.start), "“Huntsman” Is Never an Entity")
    left = actor_named(window, "Jon Huntsman").named_mentions
    assert [m.text for m in left] == ["Jon Huntsman", "Jon Huntsman"]


def test_mark_selected_text_as_a_new_actor_and_every_occurrence(
    open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    text = window.view.toPlainText()
    first = text.index("ceremony")
    second = text.index("ceremony", first + 1)
    select_text(window, first - 1, first + len("ceremony") + 1)  # spaces are trimmed
    trigger(text_menu(window, first + 2), "Mark “ceremony” As", "New Event")
    ceremony = actor_named(window, "ceremony")
    assert ceremony.label == "EVENT"
    assert [m.start for m in ceremony.mentions] == [first]
    assert window.view.mention_at(first) is not None
    assert window.view.mention_at(second) is None
    undo(window)
    assert not has_actor(window, "ceremony")
    select_text(window, first, first + len("ceremony"))
    trigger(text_menu(window, first + 2), "Mark Every “ceremony” As", "An Existing Actor…")
    pick(window, "Kremlin")
    kremlin = actor_named(window, "Kremlin")
    assert {first, second} <= {m.start for m in kremlin.mentions}
    # Added mentions look like found ones: the actor's kind colour.
    window.view.focus_actor(None)
    qt_wait_styled(window)
    assert background_at(window, second) == kind_for("ORG").color.lower()


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


def test_context_menu_events_reach_the_view(open_document: Opener, seed_path: Path) -> None:
    """Right-clicking plain text still offers Copy and Select All."""
    window = open_document(seed_path)
    plain = window.view.toPlainText().index("ceremony")
    menu = text_menu(window, plain)
    assert any("Select All" in a.text().replace("&", "") for a in menu.actions())


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


def test_the_undo_label_names_the_kind_a_text_was_marked_as(
    open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    text = window.view.toPlainText()
    start = text.index("intelligence community")
    select_text(window, start, start + len("intelligence community"))
    trigger(text_menu(window, start + 2), "Mark “intelligence community” As", "New Organisation")
    assert (
        window.edit_actions.undo_action.text()
        == "Undo Mark “intelligence community” as a new Organisation"
    )
    assert undo(window) == "Undo Mark “intelligence community” as a new Organisation"
    select_text(window, start, start + len("intelligence community"))
    trigger(
        text_menu(window, start + 2), "Mark Every “intelligence community” As", "An Existing Actor…"
    )
    pick(window, "Kremlin")
    # (long labels are cut to fit a menu)
    assert window.edit_actions.undo_action.text().startswith(
        "Undo Mark every “intelligence community” as “Kremlin” ("
    )


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
