"""ReadingAids: find, zoom, theme, help and remembered view settings, wired into the window.

Kept out of :mod:`reader.ui.main_window` so the window stays a list of its parts: it
creates one ``ReadingAids`` and this module adds its menu items and connections.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from reader.core.display.themes import Theme
from reader.core.documents.article import Article
from reader.ui.companions_control import CompanionsControl
from reader.ui.find_bar import FindBar
from reader.ui.help_dialogs import AboutDialog, ShortcutsDialog, shortcut_rows
from reader.ui.mention_maps import MentionMaps
from reader.ui.network_control import NetworkControl
from reader.ui.reading_page import put_below_text
from reader.ui.theme import CHOICES, ThemeControl
from reader.ui.zoom import ZoomControl

if TYPE_CHECKING:
    from reader.ui.window_parts import ReaderWindow


class ReadingAids(QObject):
    """What every reader has: Ctrl+F, zoom, light/dark, Help, and settings that stay."""

    def __init__(self, window: ReaderWindow) -> None:
        super().__init__(window)
        self._window = window
        # First: the ruler replaces the text's scrollbar, which the find bar listens to.
        self.maps = MentionMaps(window)
        self.companions = CompanionsControl(window)
        self.network = NetworkControl(window, self.companions)
        self.find_bar = FindBar(window.view)
        put_below_text(window.view, self.find_bar)
        self.zoom = ZoomControl(window.view, window.settings, self)
        self.theme = ThemeControl(window.settings, self)
        self.last_dialog: QDialog | None = None
        self._build_menus()
        window.loader.loaded.connect(self._on_loader_loaded)
        self.theme.theme_changed.connect(self._on_theme_changed)
        self._on_theme_changed(self.theme.theme)

    def _build_menus(self) -> None:
        window = self._window
        view_menu = window.view_menu
        self.find_action = QAction(
            "&Find in Text…", self, shortcut=QKeySequence(QKeySequence.StandardKey.Find)
        )
        self.find_action.triggered.connect(self.open_find)
        steps = view_menu.actions()[0]  # the window put the mention steps there first
        view_menu.insertActions(steps, [self.find_action])
        view_menu.insertSeparator(steps)
        view_menu.addSeparator()
        view_menu.addActions(self.zoom.actions)
        theme_menu = view_menu.addMenu("&Theme")
        for key in CHOICES:
            theme_menu.addAction(self.theme.actions[key])
        help_menu = window.menuBar().addMenu("&Help")
        self.shortcuts_action = QAction("&Keyboard Shortcuts", self)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction("&About Entity Reader", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)
        for action in (self.find_action, *self.zoom.actions):
            window.addAction(action)  # shortcuts work wherever the focus is in the window

    # -- commands --
    def open_find(self) -> None:
        if self._window.pages.currentWidget() is self._window.splitter:
            self.find_bar.open_bar()

    def show_shortcuts(self) -> None:
        rows = shortcut_rows(self._window.menuBar())
        self._show(ShortcutsDialog(rows, self._window))

    def show_about(self) -> None:
        self._show(AboutDialog(self._window.service.pipeline_label, self._window))

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.show()  # not exec(): the window keeps working behind it

    def close(self) -> None:
        """The window is closing: the palette goes back, workers stop, the service is let go."""
        self.theme.restore_platform()
        self.maps.shutdown()
        self.companions.shutdown()
        self.network.shutdown()

    # -- slots --
    def _on_loader_loaded(self, article: Article) -> None:
        self.find_bar.set_text(article.text)

    def _on_theme_changed(self, theme: Theme) -> None:
        self._window.view.set_theme(theme)
