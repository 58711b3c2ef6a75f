"""CompanionsControl: builds the co-occurrence index off the UI thread and wires its tab.

The index splits the whole text into sentences (0.3 s for War and Peace), so it is
built in a worker thread whenever the actors or the sentence/paragraph switch change,
once the text's highlights are all applied; a result for an older request is dropped.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTabWidget

from reader.core.actors.cooccurrence import Cooccurrence, Unit
from reader.core.documents.article import Article
from reader.core.text.mentions import Actor
from reader.ui.companions_panel import CompanionsPanel
from reader.ui.reading_page import put_below_panel

if TYPE_CHECKING:
    from reader.ui.window_parts import ReaderWindow

#: The split between the actor list and the tabs under it.
COLUMN_SETTING = "window/actor_column"
#: How often to look whether the text's highlights are all applied, in milliseconds.
SETTLE_MS = 50


class CompanionsControl(QObject):
    """Owns the "Appears with" tab under the actor list and the index behind it.

    Signals:
        index_ready(object): a new :class:`Cooccurrence` for the current actors.
        index_cleared(): another document is opening; there is no index for now.
    """

    index_ready = Signal(object)
    index_cleared = Signal()
    _built = Signal(int, object)  # from the worker thread: (request number, index)

    def __init__(self, window: ReaderWindow) -> None:
        super().__init__(window)
        self._window = window
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cooccurrence")
        self._request = 0
        self.index: Cooccurrence | None = None
        self._came_from: str | None = None  # the actor a companion click left
        self._closed = False
        self.panel = CompanionsPanel()
        # Under the actor list, in the same column: a dock beside it would take the room
        # the actor names and the text need.
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.panel, "Appears with")
        self.column = put_below_panel(window.splitter, window.panel, self.tabs)
        saved = window.settings.value(COLUMN_SETTING)
        if saved is None or not self.column.restoreState(saved):
            self.column.setSizes([480, 300])
        self._built.connect(self._on_built, Qt.ConnectionType.QueuedConnection)
        self.panel.actor_clicked.connect(self._on_companion_clicked)
        self.panel.unit_changed.connect(self._rebuild)
        self.panel.passage_requested.connect(self._on_passage_requested)
        window.panel.actor_selected.connect(self._on_panel_actor_selected)
        # Emitted once the window shows a result: window.analysis is the new one.
        window.analysis_shown.connect(self._rebuild)
        window.loader.loaded.connect(self._on_loader_loaded)

    def shutdown(self) -> None:
        """The window is closing; the analysis service (shared, long-lived) is let go."""
        if self._closed:
            return
        self._closed = True
        self._window.settings.setValue(COLUMN_SETTING, self.column.saveState())
        self._request += 1
        self._pool.shutdown(wait=False, cancel_futures=True)

    # -- internals --
    def _rebuild(self, *_args: object) -> None:
        self._request += 1
        self._build_when_settled(self._request)

    def _build_when_settled(self, request: int) -> None:
        analysis = self._window.analysis
        if request != self._request or analysis is None or self._closed:
            return
        if self._window.view.is_styling():
            # The worker takes the interpreter lock in turns with the UI thread: started
            # while a book's 40k highlights are applied, it doubled the window's stalls.
            QTimer.singleShot(SETTLE_MS, self, lambda: self._build_when_settled(request))
            return
        unit = self.panel.unit()
        text, actors = analysis.article.text, analysis.actors

        def build() -> None:
            self._built.emit(request, Cooccurrence(text, actors, unit))

        future: Future[None] = self._pool.submit(build)
        future.add_done_callback(lambda done: done.exception())  # surfaced in tests, never lost

    def _on_built(self, request: int, index: Cooccurrence) -> None:
        if request != self._request:
            return  # the actors or the switch changed meanwhile
        self.index = index
        self.panel.set_actor(self._window.panel.current_actor())
        self.panel.set_index(index)
        self.index_ready.emit(index)

    def _on_loader_loaded(self, _article: Article) -> None:
        self._request += 1
        self.index = None
        self.panel.set_index(None)
        self.panel.set_actor(None)
        self.index_cleared.emit()

    def _on_panel_actor_selected(self, actor: Actor | None) -> None:
        came_from = self._came_from
        self._came_from = None
        self.panel.set_actor(actor, came_from)

    def _on_companion_clicked(self, actor: Actor) -> None:
        current = self._window.panel.current_actor()
        self._came_from = current.id if current is not None else None
        self._window.panel.select_actor(actor.id)

    def _on_passage_requested(self, start: int, end: int) -> None:
        view = self._window.view
        offsets = view.offsets()
        cursor = view.textCursor()
        cursor.setPosition(offsets.to_qt(start))
        cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        view.centerCursor()

    def unit(self) -> Unit:
        return self.panel.unit()
