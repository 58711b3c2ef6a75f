"""Drive the window's edits as a user does: menus, selections, the picker, undo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from reader.core.text.mentions import Actor
from reader.ui.main_window import MainWindow
from tests.ui.settling import settled

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


def qt_wait_styled(window: MainWindow) -> None:
    settled(window)
    while window.view.is_styling():
        QApplication.processEvents()
