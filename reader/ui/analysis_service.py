"""AnalysisService: runs spaCy in a child process and hands results to the window.

The window never waits: the child process loads the pipeline as soon as the service
starts, a collector thread feeds it paragraph chunks and gathers the spans, and the
service turns those into signals on the UI thread. A newer request makes older ones
stale; their chunks are skipped in the child and their results never delivered.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from reader.core.documents.article import Article
from reader.core.edits.corrections import Correction
from reader.core.language.engine import serve
from reader.core.language.pipeline import PipelineFactory, TrainedPipeline
from reader.core.library.identity import pipeline_identity
from reader.core.library.result_cache import ResultCache
from reader.core.result import ArticleAnalysis
from reader.ui.analysis_collector import Collector

#: Seconds a thread may hold the interpreter lock while another waits for it.
SWITCH_INTERVAL = 0.0005


class AnalysisService(QObject):
    """The window's handle on the analysis process.

    Signals:
        pipeline_ready(str): the pipeline is loaded; its name and version.
        pipeline_unavailable(str): no pipeline could be loaded; what to install.
        analysis_progress(int, int): characters analysed so far and in all.
        analysis_partial(object): cleaned mentions of one more chunk of a long text
            (tuple of Mention), before grouping, for the window to show early.
        analysis_ready(object): the ArticleAnalysis, with its highlight plan and the
            corrections applied, for the latest request or re-application.
        analysis_failed(str): the latest request could not be analysed.
        result_saved(): a fresh result was saved in the cache (and the library).
    """

    pipeline_ready = Signal(str)
    pipeline_unavailable = Signal(str)
    analysis_progress = Signal(int, int)
    analysis_partial = Signal(object)
    analysis_ready = Signal(object)
    analysis_failed = Signal(str)
    result_saved = Signal()
    _requested = Signal(int, object, object)
    _reapply_requested = Signal(int, object, object)
    _start_waiting = Signal()

    #: Documents this long get a second analysis process (one per core, at most two).
    book_chars = 300_000
    max_processes = min(2, os.cpu_count() or 1)

    def __init__(
        self,
        pipeline: PipelineFactory,
        parent: QObject | None = None,
        cache: ResultCache | None = None,
        identity: str | None = None,
    ) -> None:
        """Start the analysis process on ``pipeline`` (the app's is a :class:`TrainedPipeline`).

        ``identity`` names the pipeline's results in ``cache``. A trained pipeline has one
        by default (:func:`pipeline_identity`); results of any other factory are neither
        saved nor reopened unless it is given its own, which must never be a trained one's.
        """
        super().__init__(parent)
        # The collector thread runs pure-Python grouping for seconds on a book. With the
        # default 5 ms switch interval every Python callback of the UI thread (paint,
        # model data) may wait 5 ms for the interpreter lock: stalls of half a second.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
        context = multiprocessing.get_context("spawn")
        self._requests: Any = context.Queue()
        self._results: Any = context.Queue()
        self._latest: Any = context.Value("i", 0, lock=False)
        self._context = context
        self._pipeline = pipeline
        self._processes: list[Any] = []
        self._releasing = 0  # processes sent their None after a book, not yet ended
        self._reap_timer = QTimer(self)
        self._reap_timer.setInterval(200)
        self._reap_timer.timeout.connect(self._reap)
        self._start_process()
        self.pipeline_label: str | None = None
        self._thread = QThread(self)
        self._collector = Collector(
            self._any_process_alive, self._requests, self._results, self._latest
        )
        if identity is None and isinstance(pipeline, TrainedPipeline):
            identity = pipeline_identity(pipeline.name)
        self._collector.identity = identity
        self.cache = cache
        self._collector.moveToThread(self._thread)
        self._requested.connect(self._collector.run_request)
        self._reapply_requested.connect(self._collector.run_corrections)
        self._start_waiting.connect(self._collector.wait_for_pipeline)
        self._collector.finished.connect(self._on_collector_finished)
        self._collector.saved.connect(self.result_saved)
        self._collector.failed.connect(self._on_collector_failed)
        self._collector.progressed.connect(self._on_collector_progressed)
        self._collector.partial.connect(self._on_collector_partial)
        self._collector.pipeline_ready.connect(self._on_pipeline_ready)
        self._collector.pipeline_unavailable.connect(self.pipeline_unavailable)
        self._thread.finished.connect(self._collector.deleteLater)
        self._thread.start()
        self._start_waiting.emit()

    @property
    def cache(self) -> ResultCache | None:
        """Where results are saved and reopened from; None analyses every document."""
        return self._collector.cache

    @cache.setter
    def cache(self, cache: ResultCache | None) -> None:
        self._collector.cache = cache

    def request(self, article: Article, corrections: tuple[Correction, ...] = ()) -> int:
        """Analyse ``article``; any earlier request becomes stale. Returns the request id.

        The result comes with ``corrections`` (the reader's active ones) applied. With a
        :attr:`cache`, an unchanged document analysed before by this pipeline under the
        same rules is reopened from it without the analysis process.
        """
        request_id = self._next_request()
        self._requested.emit(request_id, article, tuple(corrections))
        if len(article.text) >= self.book_chars:
            # Looked at on the next turn: starting a process (and asking the library
            # whether the book is saved) stacked onto the turn that shows the book.
            QTimer.singleShot(0, self, lambda: self._help_with(article, request_id))
        return request_id

    def _help_with(self, article: Article, request_id: int) -> None:
        """Start a second analysis process for a book, unless it is reopened or stale."""
        serving = len(self._processes) - self._releasing
        if (
            request_id == self._latest.value
            and serving < self.max_processes
            and not (self.cache is not None and self.cache.holds(article, self._collector.identity))
        ):
            # A book keeps a second core busy too: both processes take chunks from the
            # one queue. Articles never pay for the second model load.
            self._start_process()

    def reapply(self, analysis: ArticleAnalysis, corrections: tuple[Correction, ...]) -> int:
        """Make ``analysis`` again with ``corrections`` (after an edit), off the UI thread.

        The result arrives on :attr:`analysis_ready` like a fresh one; an earlier request
        becomes stale. Returns the request id.
        """
        request_id = self._next_request()
        self._reapply_requested.emit(request_id, analysis, tuple(corrections))
        return request_id

    def _next_request(self) -> int:
        request_id = int(self._latest.value) + 1
        self._latest.value = request_id
        return request_id

    def cancel(self) -> None:
        """Make every pending request stale (the window closed its document)."""
        self._latest.value += 1
        self._release_extra_processes()

    @property
    def model(self) -> str | None:
        """The trained pipeline analysed with (package name or folder); None for another.

        The library adds folders with this pipeline, or with the best installed one on None.
        """
        return self._pipeline.name if isinstance(self._pipeline, TrainedPipeline) else None

    @property
    def identity(self) -> str | None:
        """What names this pipeline's results in the cache; None: they are never cached."""
        return self._collector.identity

    @property
    def process_count(self) -> int:
        """Analysis processes running now (one between books)."""
        return sum(process.is_alive() for process in self._processes)

    def _release_extra_processes(self) -> None:
        """After a book, let the second process go: only one pipeline stays in memory.

        Each ``None`` on the shared queue ends whichever process takes it; the timer
        then forgets the processes that have ended.
        """
        extra = len(self._processes) - self._releasing - 1
        for _ in range(extra):
            with contextlib.suppress(OSError, ValueError):
                self._requests.put(None)
            self._releasing += 1
        if self._releasing:
            self._reap_timer.start()

    def _reap(self) -> None:
        ended = [process for process in self._processes if not process.is_alive()]
        for process in ended:
            process.join(timeout=0)
            self._processes.remove(process)
        self._releasing = max(0, self._releasing - len(ended))
        if not self._releasing:
            self._reap_timer.stop()

    def shutdown(self) -> None:
        """Stop the thread and the child processes; called on close and in test teardown."""
        self._reap_timer.stop()
        self._latest.value += 1
        self._collector.stopping = True
        for _ in self._processes:
            with contextlib.suppress(OSError, ValueError):  # the queue may be closed already
                self._requests.put(None)
        self._thread.quit()
        self._thread.wait()
        for process in self._processes:
            process.join(timeout=2)
            if process.is_alive():
                process.terminate()
                process.join(timeout=2)

    def _start_process(self) -> None:
        process = self._context.Process(
            target=serve,
            args=(self._pipeline, self._requests, self._results, self._latest),
            name=f"entity-reader-analysis-{len(self._processes) + 1}",
            daemon=True,
        )
        process.start()
        self._processes.append(process)

    def _any_process_alive(self) -> bool:
        return any(process.is_alive() for process in self._processes)

    @Slot(str)
    def _on_pipeline_ready(self, label: str) -> None:
        self.pipeline_label = label
        self.pipeline_ready.emit(label)

    @Slot(int, object)
    def _on_collector_finished(self, request_id: int, result: ArticleAnalysis) -> None:
        if request_id == self._latest.value:
            self._release_extra_processes()
            self.analysis_ready.emit(result)

    @Slot(int, str)
    def _on_collector_failed(self, request_id: int, message: str) -> None:
        if request_id == self._latest.value:
            self._release_extra_processes()
            self.analysis_failed.emit(message)

    @Slot(int, object)
    def _on_collector_partial(self, request_id: int, mentions: object) -> None:
        if request_id == self._latest.value:
            self.analysis_partial.emit(mentions)

    @Slot(int, int, int)
    def _on_collector_progressed(self, request_id: int, done: int, total: int) -> None:
        if request_id == self._latest.value:
            self.analysis_progress.emit(done, total)
