"""Name what the UI thread runs during event-loop stalls (a diagnostic for the benchmark).

A daemon thread samples the main thread's Python stack every few milliseconds while the
benchmark's 10 ms ticker has not ticked for ``threshold_ms``; the stacks seen in each stall
are counted, so the slots behind a long turn can be read off without a profiler's overhead.
"""

from __future__ import annotations

import collections
import sys
import threading
import time
import traceback


class StallSampler:
    def __init__(self, threshold_ms: float = 30.0, every_ms: float = 3.0) -> None:
        self.threshold = threshold_ms / 1000
        self.every = every_ms / 1000
        self.last_tick = time.perf_counter()
        self.started = self.last_tick
        self.stalls: list[tuple[float, float, collections.Counter[str]]] = []
        self._current: collections.Counter[str] | None = None
        self._main = threading.main_thread().ident
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self.started = self.last_tick = time.perf_counter()
        self._thread.start()

    def tick(self) -> None:
        now = time.perf_counter()
        if self._current is not None:
            length = now - self.last_tick
            at = self.last_tick - self.started
            self.stalls.append((at * 1000, length * 1000, self._current))
            self._current = None
        self.last_tick = now

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            if time.perf_counter() - self.last_tick < self.threshold:
                continue
            frames = sys._current_frames()
            frame = frames.get(self._main or 0)
            if frame is None:
                continue
            current = self._current
            if current is None:
                current = self._current = collections.Counter()
            current["UI " + _stack(frame, 9)] += 1
            for ident, other in frames.items():  # who else holds the GIL meanwhile
                if ident not in (self._main, threading.get_ident()):
                    current["  other " + _stack(other, 3)] += 1

    def report(self, over_ms: float = 50.0) -> str:
        lines = []
        for at, length, stacks in self.stalls:
            if length < over_ms:
                continue
            lines.append(f"stall {length:.0f} ms at {at:.0f} ms:")
            for key, count in stacks.most_common(6):
                lines.append(f"  {count:3d}x {key}")
        return "\n".join(lines)


def _stack(frame: object, depth: int) -> str:
    stack = traceback.extract_stack(frame)[-depth:]  # type: ignore[arg-type]
    return " <- ".join(
        f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}:{f.name}"
        for f in reversed(stack)
        if "run_benchmarks" not in f.filename
    )
