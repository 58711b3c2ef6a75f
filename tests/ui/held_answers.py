"""HeldAnswers: the analysis process's answers, let through to the service one at a time."""

from __future__ import annotations

import queue
import threading
from typing import Any


class HeldAnswers:
    """Holds the analysis process's answers back from the service until let through.

    The test pipeline answers in milliseconds; a test that acts while an analysis is under
    way (cancel it, open another document) lets answers through one at a time instead of
    racing the pipeline. :meth:`get` stands in for the results queue's own, in the
    service's collector thread.
    """

    def __init__(self, results: Any) -> None:
        self._results = results
        self._receive = results.get
        self._changed = threading.Condition()
        self._granted = self._taken = self._read = 0
        self._open = False

    def waiting(self) -> bool:
        """Whether an answer is waiting to be let through."""
        return not self._results.empty()

    def unread(self) -> int:
        """Answers let through that the service has not read yet."""
        return self._granted - self._read

    def let_through(self, count: int = 1) -> None:
        with self._changed:
            self._granted += count
            self._changed.notify_all()

    def release(self) -> None:
        """Let every answer through from now on."""
        with self._changed:
            self._open = True
            self._changed.notify_all()

    def get(self, block: bool = True, timeout: float | None = None) -> Any:
        with self._changed:
            if not self._changed.wait_for(
                lambda: self._open or self._taken < self._granted, timeout
            ):
                raise queue.Empty
            held = not self._open
            self._taken += held
        try:
            answer = self._receive(block, timeout)
        except queue.Empty:
            with self._changed:
                self._taken -= held  # no answer came: the pass is still owed
            raise
        with self._changed:
            self._read += held
        return answer
