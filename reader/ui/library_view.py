"""LibraryDock: the library's documents with a search box, and its actors across them.

A click on a document opens it; a click on a document under a library actor opens it
with that actor selected (its mentions emphasised, the text at the first).

A dock at the window's left, hidden until View ▸ Library (Ctrl+Shift+L). The list and
the searches are read in a worker thread (a library of 100,000 documents takes a moment
to list) and only the latest answer is shown. The list refreshes when the dock is shown
and after each analysis, since every analysed document joins the library.
"""

from __future__ import annotations

import datetime
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.library.catalog import (
    library_source,
    list_documents,
    reindex_document,
    search,
)
from reader.core.library.database import connect, library_path
from reader.core.library.result_cache import document_key
from reader.core.text.mentions import Actor
from reader.ui.library_actors_view import LibraryActorsView
from reader.ui.library_adder import LibraryAdder

if TYPE_CHECKING:
    from reader.core.result import ArticleAnalysis
    from reader.ui.window_parts import ReaderWindow

_Index = QModelIndex | QPersistentModelIndex
_HEADERS = ("Title", "Format", "Actors", "Mentions", "Added", "Source")
_SEARCH_DELAY_MS = 150


@dataclass(frozen=True, slots=True)
class LibraryRow:
    """One line of the list; ``note`` is its tooltip (a search snippet or an error)."""

    title: str
    format: str
    actors: int
    mentions: int
    added: float
    source: str
    note: str = ""
    failed: bool = False


def read_rows(query: str) -> list[LibraryRow]:
    """The library's documents, or those matching ``query``; runs in the worker thread."""
    conn = connect(library_path(), create=False)
    if conn is None:
        return []
    try:
        documents = {d.source: d for d in list_documents(conn)}
        if not query.strip():
            return [
                LibraryRow(
                    d.title or "(could not be added)",
                    d.format,
                    d.actors,
                    d.mentions,
                    d.added,
                    d.source,
                    d.error,
                    bool(d.error),
                )
                for d in documents.values()
            ]
        rows = []
        for hit in search(conn, query):
            doc = documents.get(hit.source)
            rows.append(
                LibraryRow(
                    hit.title,
                    doc.format if doc else "",
                    doc.actors if doc else 0,
                    doc.mentions if doc else 0,
                    doc.added if doc else 0.0,
                    hit.source,
                    hit.snippet,
                )
            )
        return rows
    finally:
        conn.close()


def reindex(key: str, actors: tuple[Actor, ...]) -> bool:
    """Count ``actors`` as the library actors of document ``key``; in the worker thread."""
    conn = connect(library_path(), create=False)
    if conn is None:
        return False
    try:
        with conn:
            return reindex_document(conn, key, actors)
    finally:
        conn.close()


class LibraryModel(QAbstractTableModel):
    """The rows of the library list."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LibraryRow] = []

    def set_rows(self, rows: list[LibraryRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(_HEADERS):
            return _HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None  # never row -1 read as the last row
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.note or row.source
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        added = datetime.datetime.fromtimestamp(row.added).strftime("%Y-%m-%d") if row.added else ""
        return (row.title, row.format, row.actors, row.mentions, added, row.source)[index.column()]


class LibraryDock(QDockWidget):
    """The Library view; see the module docstring.

    Signals:
        open_requested(str): the source of a document the reader clicked.
        rows_shown(): the list now shows the answer to the latest read.
    """

    open_requested = Signal(str)
    rows_shown = Signal()
    _answered = Signal(int, object)
    _reindexed = Signal()

    def __init__(self, window: ReaderWindow) -> None:
        super().__init__("Library", window)
        self.setObjectName("library")
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Search titles and text")
        self.search_edit.setClearButtonEnabled(True)
        self.model = LibraryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.adder = LibraryAdder(window.service.model, self)
        self.add_button = QPushButton("Add Folder…")
        self.add_button.setToolTip(
            "Analyse every document in a folder; unchanged files are skipped"
        )
        self.cancel_button = QPushButton("Cancel")
        self.progress = QProgressBar()
        self.add_status = QLabel()
        self.add_status.setWordWrap(True)
        adding = QHBoxLayout()
        adding.addWidget(self.add_button)
        adding.addWidget(self.progress, 1)
        adding.addWidget(self.cancel_button)
        documents = QWidget()
        documents_layout = QVBoxLayout(documents)
        documents_layout.setContentsMargins(0, 0, 0, 0)
        documents_layout.addWidget(self.search_edit)
        documents_layout.addWidget(self.table, 1)
        self.actors_view = LibraryActorsView()
        self.tabs = QTabWidget()
        self.tabs.addTab(documents, "Documents")
        self.tabs.addTab(self.actors_view, "Actors")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(adding)
        layout.addWidget(self.add_status)
        self._show_adding(False)
        self.setWidget(body)
        toggle = self.toggleViewAction()
        toggle.setText("&Library")
        toggle.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="library")
        self._latest = 0
        self._delay = QTimer(self, singleShot=True, interval=_SEARCH_DELAY_MS)
        self._delay.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._delay.start)
        self.table.activated.connect(self._open)
        self.table.clicked.connect(self._open)
        self._answered.connect(self._show)
        self.add_button.clicked.connect(self._choose_folder)
        self.cancel_button.clicked.connect(self.adder.cancel)
        self.adder.progressed.connect(self._on_add_progress)
        self.adder.finished.connect(self._on_add_finished)
        self.visibilityChanged.connect(self._on_visibility_changed)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self)
        self.hide()
        self.open_requested.connect(window.open_path)
        self._window = window
        self._pending: tuple[str, str] | None = None  # (source, actor key) to select
        self.actors_view.document_requested.connect(self.open_at_actor)
        # Corrections carry to the library's actors (the saved result stays raw).
        window.analysis_shown.connect(self._on_window_analysis_shown)
        self._shown_article: object = None
        # The service outlives a closed window: these are undone in shutdown().
        self._service_connections = [
            (window.service.analysis_ready, self._on_analysis_ready),
            (window.service.result_saved, self._reindex_if_edited),
            # Every analysed document joins the library: list it once it is saved.
            (window.service.result_saved, self.refresh_if_shown),
        ]
        for signal, slot in self._service_connections:
            signal.connect(slot)
        self._closed = False
        self._reindexed.connect(self.refresh_if_shown)

    def open_at_actor(self, source: str, key: str) -> None:
        """Open ``source`` and select its actor with grouping key ``key`` once analysed."""
        self._pending = (library_source(source), key)
        self._window.open_path(source)

    def _on_analysis_ready(self, _analysis: object) -> None:
        # Queued: the window shows the analysis (with corrections) in its own slot first.
        QTimer.singleShot(0, self._select_pending)

    def _reindex_if_edited(self) -> None:
        analysis = self._window.analysis
        if analysis is not None and any(a.edited for a in analysis.actors):
            self._reindex_current()

    def _on_window_analysis_shown(self, analysis: ArticleAnalysis) -> None:
        # The same document shown again is an edit, an undo or a redo: its new actors
        # replace the library's (a first showing is indexed when the result is saved).
        if analysis.article is self._shown_article:
            self._reindex_current()
        self._shown_article = analysis.article

    def _reindex_current(self) -> None:
        analysis = self._window.analysis
        if analysis is None or self._closed:
            return
        key = document_key(analysis.article)
        future = self._pool.submit(reindex, key, analysis.actors)
        future.add_done_callback(self._report_reindexed)

    def _report_reindexed(self, future: Future[bool]) -> None:
        # Worker thread: the signal queues the refresh onto the UI thread.
        if not future.cancelled() and future.exception() is None and future.result():
            self._reindexed.emit()

    def _select_pending(self) -> None:
        self._reindex_if_edited()
        analysis = self._window.analysis
        if self._pending is None or analysis is None:
            return
        source, key = self._pending
        if library_source(analysis.article.source) != source:
            return
        self._pending = None
        actor = next((a for a in analysis.actors if a.key == key), None)
        if actor is not None:
            self._window.panel.select_actor(actor.id)

    def refresh(self) -> None:
        """Read the list (or the search's answer) and the actors again, off the UI thread."""
        if self._closed:
            return
        self.actors_view.refresh()
        self._latest += 1
        request, query = self._latest, self.search_edit.text()
        future = self._pool.submit(read_rows, query)
        future.add_done_callback(lambda f: self._report(request, f))

    def _on_visibility_changed(self, shown: bool) -> None:
        if shown:
            self.refresh()

    def refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def add_folder(self, folder: str) -> None:
        """Add ``folder`` to the library in the background (see LibraryAdder)."""
        self._show_adding(True)
        self.progress.setRange(0, 0)  # busy until the files are counted
        self.add_status.setText(f"Adding {folder}…")
        self.adder.add(folder)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Add a Folder to the Library")
        if folder:
            self.add_folder(folder)

    def _show_adding(self, adding: bool) -> None:
        self.add_button.setEnabled(not adding)
        self.progress.setVisible(adding)
        self.cancel_button.setVisible(adding)

    def _on_add_progress(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.add_status.setText(what)
        if done % 16 == 0:  # the list grows as batches are saved
            self.refresh_if_shown()

    def _on_add_finished(self, summary: str) -> None:
        self._show_adding(False)
        self.add_status.setText(summary)
        self.refresh_if_shown()

    def shutdown(self) -> None:
        """Stop the add and the worker threads; the window is closing."""
        if self._closed:
            return
        self._closed = True
        for signal, slot in self._service_connections:
            signal.disconnect(slot)
        self.adder.shutdown()
        self.actors_view.shutdown()
        self._latest += 1
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _report(self, request: int, future: Future[list[LibraryRow]]) -> None:
        # Worker thread: emitting queues the rows onto the UI thread.
        if future.cancelled() or future.exception() is not None:
            return  # an unreadable library shows what it showed before
        self._answered.emit(request, future.result())

    def _show(self, request: int, rows: list[LibraryRow]) -> None:
        if request == self._latest:
            self.model.set_rows(rows)
            self.rows_shown.emit()

    def _open(self, index: QModelIndex) -> None:
        row = self.model.rows[index.row()]
        if not row.failed:  # a document that could not be added has nothing to show
            self.open_requested.emit(row.source)
