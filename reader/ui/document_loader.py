"""DocumentLoader: reads documents off the UI thread and reports back with signals."""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal, SignalInstance

from reader.core.documents.article import Article, LoadError
from reader.core.documents.digest import text_digest
from reader.core.documents.opening import open_document
from reader.core.text.local import display_text


class DocumentLoader(QObject):
    """Reads each request in its own thread; only the latest request is reported.

    A thread per request rather than one queue: a web page that drips in for its whole
    30 s deadline must not hold up the file opened next. The threads are daemons and
    :meth:`shutdown` does not wait for them, so closing the window never waits on a
    download (each read is bounded by its own time limit and ends by itself).

    Signals:
        loaded(object): the Article of the latest request.
        failed(str, str): (source, message) when it could not be read.
    """

    loaded = Signal(object)
    failed = Signal(str, str)

    def __init__(
        self, load: Callable[[str], Article] = open_document, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._latest = 0
        self._closed = False
        self._ids = itertools.count(1)

    def request(self, source: str, load: Callable[[], Article] | None = None) -> None:
        """Read ``source`` (a path or URL), or call ``load`` for it when given."""
        if self._closed:
            return
        request_id = next(self._ids)
        self._latest = request_id
        job = load or partial(self._load, source)
        name = f"document-loader-{request_id}"
        arguments = (request_id, source, job)
        threading.Thread(target=self._run, args=arguments, name=name, daemon=True).start()

    def shutdown(self) -> None:
        """Report nothing more; reads still running end on their own, unwaited."""
        self._closed = True

    def _run(self, request_id: int, source: str, job: Callable[[], Article]) -> None:
        try:
            article = job()
        except LoadError as exc:
            self._report(request_id, self.failed, source, str(exc))
        except Exception as exc:  # noqa: BLE001 - any reader bug becomes a message
            message = f"{source} could not be opened: {type(exc).__name__}: {exc}"
            self._report(request_id, self.failed, source, message)
        else:
            # Hashed and made ready for the screen here, off the UI thread: the window
            # shows the text and looks its corrections up by this digest next.
            text_digest(article.text)
            display_text(article.text)
            self._report(request_id, self.loaded, article)

    def _report(self, request_id: int, signal: SignalInstance, *args: object) -> None:
        # Runs in the request's thread; emitting queues the call onto the UI thread.
        if request_id != self._latest or self._closed:
            return
        with contextlib.suppress(RuntimeError):  # the window and this loader are gone
            signal.emit(*args)
