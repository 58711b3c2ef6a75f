"""LibraryAdder: adds a folder to the library in a child process, with progress and cancel.

The analysis runs in its own process (:func:`reader.core.library.adding.add_folder_in_child`)
so that reading goes on undisturbed; a timer on the UI thread collects its progress. The
child loads its own pipeline: the window's analysis process is kept for the document on
screen.
"""

from __future__ import annotations

import multiprocessing
import queue
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.edits.store_files import default_data_dir
from reader.core.library.adding import ANALYSED, UNCHANGED, add_folder_in_child

_POLL_MS = 100


class LibraryAdder(QObject):
    """One folder added at a time.

    Signals:
        progressed(int, int, str): files done, files in all, what happened to the last.
        finished(str): a summary sentence ("12 analysed, 3 unchanged, 1 failed").
    """

    progressed = Signal(int, int, str)
    finished = Signal(str)

    def __init__(self, model: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._context = multiprocessing.get_context("spawn")
        self._process: Any = None
        self._messages: Any = None
        self._stop: Any = None
        self._timer = QTimer(self, interval=_POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def running(self) -> bool:
        return self._process is not None

    def add(self, folder: str) -> None:
        """Start adding ``folder``; ignored while another folder is being added."""
        if self.running:
            return
        self._messages = self._context.Queue()
        self._stop = self._context.Event()
        self._process = self._context.Process(
            target=add_folder_in_child,
            args=(folder, str(default_data_dir()), self._model, self._messages, self._stop),
            name="entity-reader-library-add",
            daemon=True,
        )
        self._process.start()
        self._timer.start()

    def cancel(self) -> None:
        """Stop after the file being read; every finished batch stays in the library."""
        if self._stop is not None:
            self._stop.set()

    def shutdown(self) -> None:
        """Cancel and wait for the child (window closing)."""
        if self._process is None:
            return
        self.cancel()
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(timeout=2)
        self._finish("Adding the folder was stopped.")

    def _poll(self) -> None:
        while self._messages is not None:
            try:
                kind, payload = self._messages.get_nowait()
            except queue.Empty:
                if self._process is not None and not self._process.is_alive():
                    self._finish("Adding the folder stopped unexpectedly.")
                return
            if kind == "progress":
                done, total, source, status = payload
                shown = status if status in (ANALYSED, UNCHANGED) else "failed"
                self.progressed.emit(done, total, f"{shown}: {source}")
            elif kind == "done":
                analysed, unchanged, failed, cancelled = payload
                summary = f"{analysed} analysed, {unchanged} unchanged, {failed} failed"
                self._finish(f"Stopped: {summary}." if cancelled else f"Added: {summary}.")
            else:
                self._finish(f"The folder could not be added: {payload}")

    def _finish(self, summary: str) -> None:
        self._timer.stop()
        if self._process is not None:
            self._process.join(timeout=5)
        self._process = self._messages = self._stop = None
        self.finished.emit(summary)
