"""Start-up trace for benchmarks: ``ENTITY_READER_TRACE=1`` prints when things happen.

Each event is one line on stderr, ``trace <event> <unix time>``, so a benchmark that starts
``reader`` as a subprocess can measure launch -> window shown -> highlights. With
``ENTITY_READER_TRACE=exit`` the window closes once the first document is highlighted.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

# Nothing from Qt or the window at import: trace_shown() is part of the time it measures.
if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


def trace_requested() -> bool:
    return bool(os.environ.get("ENTITY_READER_TRACE"))


def _emit(event: str) -> None:
    print(f"trace {event} {time.time():.4f}", file=sys.stderr, flush=True)  # noqa: T201 - the trace is for a benchmark reading stderr


def trace_shown() -> None:
    """Report window-shown: call on the event-loop turn after the window's first paint.

    The benchmark's bare Qt window reports at the same moment, so the two compare.
    """
    _emit("window-shown")


def install_trace(window: MainWindow) -> None:
    """Report pipeline-ready and highlights-done for ``window``, once it is built."""
    from PySide6.QtCore import QTimer

    exit_when_done = os.environ.get("ENTITY_READER_TRACE") == "exit"
    window.service.pipeline_ready.connect(lambda _label: _emit("pipeline-ready"))
    poll = QTimer(window)
    poll.setInterval(5)

    def check_done() -> None:
        if window.analysis is not None and not window.view.is_styling():
            poll.stop()
            _emit("highlights-done")
            if exit_when_done:
                window.close()

    poll.timeout.connect(check_done)
    window.service.analysis_ready.connect(lambda _analysis: poll.start())
