"""DocumentLoader: reads documents off the UI thread and reports back with signals."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

from reader.core.document import Article, LoadError
from reader.core.opening import open_document


class DocumentLoader(QObject):
    """Loads one document at a time; only the latest request is reported.

    Signals:
        loaded(object): the Article of the latest request.
        failed(str, str): (source, message) when it could not be read.
    """

    loaded = Signal(object)
    failed = Signal(str, str)

    def __init__(self, load: Callable[[str], Article] = open_document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="document-loader")
        self._latest = 0

    def request(self, source: str, load: Callable[[], Article] | None = None) -> None:
        """Read ``source`` (a path or URL), or call ``load`` for it when given."""
        self._latest += 1
        request_id = self._latest
        future = self._pool.submit(load or (lambda: self._load(source)))
        future.add_done_callback(lambda f: self._report(request_id, source, f))

    def shutdown(self) -> None:
        self._latest += 1
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _report(self, request_id: int, source: str, future: Future[Article]) -> None:
        # Runs in the loader thread; emitting queues the call onto the UI thread.
        if request_id != self._latest or future.cancelled():
            return
        error = future.exception()
        if isinstance(error, LoadError):
            self.failed.emit(source, str(error))
        elif error is not None:
            self.failed.emit(source, f"{source} could not be opened: {type(error).__name__}: {error}")
        else:
            self.loaded.emit(future.result())
