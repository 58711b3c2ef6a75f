"""StartPage: what the window shows before a document is open: samples and recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.documents.article import find_title
from reader.paths import seed_folder

_PathRole = Qt.ItemDataRole.UserRole + 1


def _title_of(path: Path) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return find_title(handle.read(4000)) or path.name
    except OSError:
        return path.name


class StartPage(QWidget):
    """Lists sample articles and recent files; one click opens one.

    Signals:
        open_requested(str): a path to open.
        open_dialog_requested(): the "Open a document..." button was pressed.
        paste_requested(): Ctrl+V on the page: open the clipboard as an article.
    """

    open_requested = Signal(str)
    open_dialog_requested = Signal()
    paste_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        heading = QLabel(
            "<h1>Entity Reader</h1><p>Open an article to see who and what it "
            "talks about, and every place each is mentioned.</p>"
        )
        heading.setWordWrap(True)
        open_button = QPushButton("Open a document…")
        open_button.clicked.connect(self.open_dialog_requested)
        # Ctrl+V here opens the clipboard as an article; elsewhere it pastes as usual.
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste_requested)
        self.samples = QListWidget()
        self.samples.setAccessibleName("Sample articles")
        self.recent = QListWidget()
        self.recent.setAccessibleName("Recent files")
        for widget in (self.samples, self.recent):
            widget.itemClicked.connect(self._on_item_chosen)
            widget.itemActivated.connect(self._on_item_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(heading)
        layout.addWidget(open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel("<b>Sample articles</b>"))
        layout.addWidget(self.samples, 1)
        layout.addWidget(
            QLabel(
                "<b>Recent files</b> — or drop a file on the window, "
                "or press Ctrl+V to read pasted text"
            )
        )
        layout.addWidget(self.recent, 1)
        self.set_samples(sorted(seed_folder().glob("*.txt")) if seed_folder().is_dir() else [])

    def set_samples(self, paths: list[Path]) -> None:
        self.samples.clear()
        for path in paths:
            self._add(self.samples, _title_of(path), str(path))

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            # The file's name first, then where it lives: two drafts of one name differ.
            label = path if "://" in path else f"{Path(path).name}   —   {Path(path).parent}"
            self._add(self.recent, label, path)
        if not paths:
            placeholder = QListWidgetItem("Nothing opened yet")
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(placeholder)

    @staticmethod
    def _add(widget: QListWidget, title: str, path: str) -> None:
        item = QListWidgetItem(title)
        item.setToolTip(path)
        item.setData(_PathRole, path)
        widget.addItem(item)

    def _on_item_chosen(self, item: QListWidgetItem) -> None:
        path = item.data(_PathRole)
        if path:
            self.open_requested.emit(str(path))
