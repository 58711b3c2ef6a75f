"""The File and View menus' own actions: open, recent, start page, export, quit, focus, library."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from reader.ui.actor_panel import ActorPanel
    from reader.ui.export_actions import ExportActions
    from reader.ui.open_actions import OpenActions
    from reader.ui.window_parts import ReaderWindow


class WindowActions(NamedTuple):
    """The actions the File and View menus hold besides their controllers' own."""

    start: QAction
    quit: QAction
    clear_focus: QAction


def add_file_and_view_actions(
    window: ReaderWindow,
    file_menu: QMenu,
    opening: OpenActions,
    export: ExportActions,
    panel: ActorPanel,
    *,
    show_start_page: Callable[[], None],
    clear_focus: Callable[[], None],
) -> WindowActions:
    """Fill File (open, recent, start page, export, quit) and View (steps, focus) for ``window``."""
    opening.add_to(file_menu)
    start = QAction("&Start Page", window)
    start.triggered.connect(show_start_page)
    file_menu.addAction(start)
    file_menu.addSeparator()
    file_menu.addMenu(export.menu)
    file_menu.addSeparator()
    quit_action = QAction("&Quit", window, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)

    window.view_menu.addActions(panel.navigation_actions)
    focus = QAction("Show &All Actors Alike", window, shortcut=QKeySequence(Qt.Key.Key_Escape))
    focus.triggered.connect(clear_focus)
    window.view_menu.addAction(focus)
    return WindowActions(start, quit_action, focus)
