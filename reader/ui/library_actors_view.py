"""LibraryActorsView: actors across the library's documents; a document row opens it there.

Shows the :data:`SHOWN` actors found in most documents (a filter box narrows them by
name), each with its documents and mention counts beneath. Read in a worker thread; only
the latest answer is shown.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.library.catalog import LibraryActor, library_actors
from reader.core.library.database import connect, library_path

#: Actors listed (those in most documents first); the CLI gives them all.
SHOWN = 300
_SOURCE = Qt.ItemDataRole.UserRole
_KEY = Qt.ItemDataRole.UserRole + 1


def read_actors() -> list[LibraryActor]:
    """The library actors to list; runs in the worker thread."""
    conn = connect(library_path(), create=False)
    if conn is None:
        return []
    try:
        return library_actors(conn, limit=SHOWN)
    finally:
        conn.close()


class LibraryActorsView(QWidget):
    """See the module docstring.

    Signals:
        document_requested(str, str): open the document (source) at the actor (key).
        actors_shown(): the tree now shows the latest answer.
    """

    document_requested = Signal(str, str)
    actors_shown = Signal()
    _answered = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter actors")
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Actor / document", "Kind", "Mentions"])
        self.tree.setColumnWidth(0, 260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="library-actors")
        self._latest = 0
        self._answered.connect(self._show)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.tree.itemActivated.connect(self._open)
        self.tree.itemClicked.connect(self._open)

    def refresh(self) -> None:
        self._latest += 1
        request = self._latest
        future = self._pool.submit(read_actors)
        future.add_done_callback(lambda f: self._report(request, f))

    def shutdown(self) -> None:
        self._latest += 1
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _report(self, request: int, future: Future[list[LibraryActor]]) -> None:
        if future.cancelled() or future.exception() is not None:
            return
        self._answered.emit(request, future.result())

    def _show(self, request: int, actors: list[LibraryActor]) -> None:
        if request != self._latest:
            return
        self.tree.clear()
        for actor in actors:
            count = len(actor.documents)
            item = QTreeWidgetItem(
                [
                    f"{actor.name} — {count} document{'s' * (count != 1)}",
                    actor.label,
                    str(actor.mentions),
                ]
            )
            for doc in actor.documents:
                child = QTreeWidgetItem([doc.title, "", str(doc.mentions)])
                child.setToolTip(0, doc.source)
                child.setData(0, _SOURCE, doc.source)
                child.setData(0, _KEY, actor.key)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        self._apply_filter(self.filter_edit.text())
        self.actors_shown.emit()

    def _apply_filter(self, text: str) -> None:
        wanted = text.casefold().strip()
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None:
                item.setHidden(bool(wanted) and wanted not in item.text(0).casefold())

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        source = item.data(0, _SOURCE)
        if source:
            self.document_requested.emit(str(source), str(item.data(0, _KEY)))
