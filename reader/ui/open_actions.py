"""OpenActions: every way to bring a document in: a file, a recent file, a link, the clipboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QWidget

from reader.core.documents.opening import is_link
from reader.ui.recent_files import RecentFiles

DOCUMENT_FILTER = (
    "Documents (*.txt *.md *.markdown *.html *.htm *.pdf *.docx *.epub);;All files (*)"
)


class OpenActions(QObject):
    """The File menu's opening actions and the Open Recent menu.

    Signals:
        open_requested(str): a path or an http(s) URL to open.
        text_pasted(str): text from the clipboard to open as an article.
        message_requested(str, str): (title, text) to tell the reader.
    """

    open_requested = Signal(str)
    text_pasted = Signal(str)
    message_requested = Signal(str, str)

    def __init__(self, recent: RecentFiles, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._recent = recent
        self._settings = settings
        self.open_action = QAction(
            "&Open…", parent, shortcut=QKeySequence(QKeySequence.StandardKey.Open)
        )
        self.open_action.triggered.connect(self.choose_file)
        self.location_action = QAction("Open &Location…", parent, shortcut=QKeySequence("Ctrl+L"))
        self.location_action.setToolTip("Open a web page by its address (http or https)")
        self.location_action.triggered.connect(self.choose_location)
        self.clipboard_action = QAction(
            "New from &Clipboard", parent, shortcut=QKeySequence("Ctrl+Shift+V")
        )
        self.clipboard_action.triggered.connect(self.paste)
        self.recent_menu = QMenu("Open &Recent", parent)
        recent.changed.connect(self.update_recent_menu)
        self.update_recent_menu()

    def add_to(self, menu: QMenu) -> None:
        for action in (self.open_action, self.location_action, self.clipboard_action):
            menu.addAction(action)
        menu.addMenu(self.recent_menu)

    # -- dialogs tests replace --
    def ask_file(self) -> str:
        start = str(self._settings.value("last_folder", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            self._window, "Open a document", start, DOCUMENT_FILTER
        )
        return path

    def ask_location(self) -> str:
        clipboard = QGuiApplication.clipboard().text().strip()
        suggestion = clipboard if is_link(clipboard) else "https://"
        url, accepted = QInputDialog.getText(
            self._window,
            "Open Location",
            "Address of a web page:",
            QLineEdit.EchoMode.Normal,
            suggestion,
        )
        return url.strip() if accepted else ""

    # -- commands --
    def choose_file(self) -> None:
        path = self.ask_file()
        if path:
            self._settings.setValue("last_folder", str(Path(path).parent))
            self.open_requested.emit(path)

    def choose_location(self) -> None:
        url = self.ask_location()
        if not url:
            return
        if not is_link(url):
            self.message_requested.emit(
                "Not a web address", f"{url!r} does not start with http:// or https://."
            )
            return
        self.open_requested.emit(url)

    def paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        if text.strip():
            self.text_pasted.emit(text)
        else:
            self.message_requested.emit("Nothing to paste", "The clipboard holds no text.")

    def update_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self._recent.paths()
        for path in paths:
            action = self.recent_menu.addAction(Path(path).name if not is_link(path) else path)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_requested.emit(p))
        self.recent_menu.setEnabled(bool(paths))
        if paths:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction("Clear List")
            clear.triggered.connect(self._recent.clear)
        self.recent_menu.setToolTipsVisible(True)
