"""Collector: the analysis service's thread, between the analysis processes and the window.

It feeds a request's paragraph chunks to the processes, gathers their spans and runs the
rest of the analysis (:func:`reader.core.run.run_document`), or replays an edit's
corrections (:func:`reader.core.run.shown`), so the UI thread only shows results.
"""

from __future__ import annotations

import gc
import queue
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from reader.core.documents.article import Article
from reader.core.edits.corrections import Correction
from reader.core.language.detection import interim_mentions
from reader.core.language.engine import iter_chunk_blocks
from reader.core.language.lexicon import english_lexicon
from reader.core.library.result_cache import ResultCache
from reader.core.result import ArticleAnalysis
from reader.core.run import run_document, shown

_POLL_SECONDS = 0.2


class Collector(QObject):
    """Lives in a worker thread; blocks on the child's result queue so the UI never does."""

    progressed = Signal(int, int, int)
    partial = Signal(int, object)
    finished = Signal(int, object)
    failed = Signal(int, str)
    saved = Signal()
    pipeline_ready = Signal(str)
    pipeline_unavailable = Signal(str)

    def __init__(self, alive: Callable[[], bool], requests: Any, results: Any, latest: Any) -> None:
        super().__init__()  # parentless: moved to the worker thread
        self.cache: ResultCache | None = None
        self.identity: str | None = None
        self._alive = alive
        self._requests = requests
        self._results = results
        self._latest = latest
        self._label: str | None = None
        self._unavailable: str | None = None
        self.stopping = False

    def _next_message(self) -> tuple[str, int, Any] | None:
        while not self.stopping:
            try:
                kind, request_id, payload = self._results.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                if not self._alive():
                    self._unavailable = (
                        self._unavailable or "The analysis process stopped unexpectedly."
                    )
                    return None
                continue
            if kind == "ready":
                self._label = payload
                self.pipeline_ready.emit(payload)
            elif kind == "unavailable":
                self._unavailable = payload
                self.pipeline_unavailable.emit(payload)
            return kind, request_id, payload
        return None

    @Slot()
    def wait_for_pipeline(self) -> None:
        # While the process loads the pipeline (a second or so), the rules' lexicon is
        # read here (0.05-0.25 s): the first document's result does not wait for it.
        english_lexicon()
        while self._label is None and self._unavailable is None and not self.stopping:
            message = self._next_message()
            if message is None:
                break

    @Slot(int, object, object)
    def run_request(
        self, request_id: int, article: Article, corrections: tuple[Correction, ...]
    ) -> None:
        """Analyse ``article`` to its result with ``corrections`` (see :mod:`reader.core.run`)."""
        note = ""
        if self.cache is not None:
            with _long_lived():  # a book's saved result is as many objects as a fresh one
                lookup = self.cache.get(article, self.identity, infer=True)
                reopened = None if lookup.analysis is None else shown(lookup.analysis, corrections)
            if reopened is not None:
                # Reopened from the library: no chunk goes to the analysis process.
                self.finished.emit(request_id, reopened)
                return
            note = lookup.stale
        self.wait_for_pipeline()
        if request_id != self._latest.value or self.stopping:
            return
        if self._label is None:
            self.failed.emit(request_id, self._unavailable or "No spaCy pipeline is available.")
            return
        started = time.perf_counter()
        feed = ChunkFeed(
            article.text, lambda index, chunk: self._requests.put((request_id, index, chunk))
        )
        total, done = len(article.text), 0
        self.progressed.emit(request_id, 0, total)
        found: dict[int, list[list[tuple[int, int, str]]]] = {}
        error = ""
        while feed.outstanding:
            message = self._next_message()
            if message is None:
                self.failed.emit(request_id, self._unavailable or "Analysis was stopped.")
                return
            kind, answered, payload = message
            if answered != request_id:
                continue
            # A request another has replaced gets no more chunks: its loop ends as soon as
            # those already sent come back (skipped), and the new request starts.
            feed.answered(more=request_id == self._latest.value)
            if kind == "spans":
                index, per_block = payload
                found[index] = per_block
                # A book leaves hundreds of thousands of live objects; each full garbage
                # collection walks them all (60-100 ms) and holds the interpreter lock,
                # so the window stalls. Frozen objects are skipped by the collector and
                # still freed by reference counting; only a cycle already built now and
                # dropped later would stay.
                gc.freeze()
                done += feed.size(index)
                self.progressed.emit(request_id, done, total)
                if feed.sent > 1:
                    self.partial.emit(request_id, interim_mentions(article.text, per_block))
            elif kind == "error":
                error = payload
        if request_id != self._latest.value:
            return
        if error:
            self.failed.emit(request_id, error)
            return
        raw = [span for index in range(feed.sent) for spans in found[index] for span in spans]
        with _long_lived():  # the same for the objects built now
            # The whole result, highlight plan included, is made here: on a book that is
            # 40k objects the UI thread would otherwise build in one go.
            result = run_document(
                article,
                raw,
                self._label,
                time.perf_counter() - started,
                infer=True,
                corrections=corrections,
                note=f"Analysed again: {note}." if note else "",
            )
        self.finished.emit(request_id, result)
        if self.cache is not None and self.cache.put(result.raw, self.identity, inferred=True):
            self.saved.emit()  # saved after it is shown: the reader never waits for it

    @Slot(int, object, object)
    def run_corrections(
        self, request_id: int, analysis: ArticleAnalysis, corrections: tuple[Correction, ...]
    ) -> None:
        """The result of ``analysis`` with ``corrections`` instead of its own, after an edit."""
        if request_id != self._latest.value or self.stopping:
            return
        with _long_lived():  # as after an analysis: a book's new highlights are long-lived
            result = shown(analysis, corrections)
        self.finished.emit(request_id, result)


@contextmanager
def _long_lived() -> Iterator[None]:
    """Build a result without full garbage collections, then keep it out of later ones.

    A book's result is hundreds of thousands of objects: each full collection walks them
    all (60-140 ms) holding the interpreter lock, and the window stalls. Frozen objects
    are skipped by the collector and still freed by reference counting; only a reference
    cycle built now and dropped later would stay (the analysis builds none).
    """
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        gc.enable()


class ChunkFeed:
    """A document's paragraph chunks, cut and sent a few ahead of the analysis processes.

    Cutting a book into chunks is pure Python; done all at once at opening it took the
    interpreter lock from the window while it showed the text. A few chunks ahead keep
    both processes busy. ``size(i)`` is the text chunk ``i`` covers, from its first
    paragraph to the next chunk's (the first from 0, the last to the end), so the sizes
    of all chunks add up to the text's length.
    """

    AHEAD = 6

    def __init__(self, text: str, send: Callable[[int, list[tuple[int, str]]], None]) -> None:
        self._length = len(text)
        self._chunks = iter_chunk_blocks(text)
        self._send = send
        self._starts: list[int] = []
        self._done_cutting = False
        self.outstanding = 0
        while self.outstanding < self.AHEAD and self._next():
            pass

    @property
    def sent(self) -> int:
        return len(self._starts)

    def answered(self, more: bool = True) -> None:
        """One chunk came back: send the next one, if any (and if ``more``)."""
        self.outstanding -= 1
        if more:
            self._next()

    def size(self, index: int) -> int:
        while index + 1 >= len(self._starts) and self._next():
            pass  # the chunk after it is needed to know where it ends
        start = 0 if index == 0 else self._starts[index]
        end = self._starts[index + 1] if index + 1 < len(self._starts) else self._length
        return end - start

    def _next(self) -> bool:
        if self._done_cutting:
            return False
        chunk = next(self._chunks, None)
        if chunk is None:
            self._done_cutting = True
            return False
        self._starts.append(chunk[0][0])
        self._send(len(self._starts) - 1, chunk)
        self.outstanding += 1
        return True
