"""Measure reopening from the saved results beside the first open; prints a table.

    .venv/bin/python tests/benchmarks/reopen.py [--book PATH] [--skip-book]

For the seed and the book (default ../shared/corpus/war-and-peace.txt), in a fresh data
folder: ``reader --json --pronouns FILE`` (first open: analysed and saved), the same again
(reopened from the saved result), and ``reader --json FILE`` (saved result without the
links), each as a subprocess, wall time. Then the window: a real MainWindow with a real
analysis service and the saved results, timed from ``open_path`` to every highlight
applied and the actors listed (the pipeline is loaded before the clock starts, as on a
second open in a running reader; it is never used).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_d86ce49f0eb981eb.txt"
BOOK = ROOT.parent / "shared" / "corpus" / "war-and-peace.txt"


def timed_cli(*args: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "reader", "--json", *args],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def window_reopen(path: Path) -> dict[str, float]:
    """Seconds from ``open_path`` to the analysis shown and highlighted, and counts."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.core.language.pipeline import TrainedPipeline, resolve_pipeline
    from reader.core.library.result_cache import ResultCache
    from reader.ui.analysis_service import AnalysisService
    from reader.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    service = AnalysisService(TrainedPipeline(resolve_pipeline()), cache=ResultCache())
    ini = Path(tempfile.mkdtemp()) / "bench.ini"
    window = MainWindow(service, QSettings(str(ini), QSettings.Format.IniFormat))
    window.show()
    ready: list[str] = []
    service.pipeline_ready.connect(ready.append)
    while not ready:
        app.processEvents()
        time.sleep(0.01)
    marks: dict[str, float] = {}
    started = time.perf_counter()

    def check() -> None:
        if window.analysis is not None and not window.view.is_styling():
            marks["highlighted"] = time.perf_counter() - started
            app.quit()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(check)
    timer.start()
    window.open_path(str(path))
    app.exec()
    timer.stop()
    assert window.analysis is not None
    assert window.analysis.cached
    marks["actors"] = len(window.analysis.actors)
    marks["processes"] = service.process_count
    window.close()
    service.shutdown()
    return marks


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--book", type=Path, default=BOOK)
    parser.add_argument("--skip-book", action="store_true")
    parser.add_argument("--window-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.window_only:  # one window per process: a fresh interpreter, as a user has
        print(json.dumps(window_reopen(args.window_only)))
        return
    os.environ["ENTITY_READER_DATA_DIR"] = tempfile.mkdtemp(prefix="reopen-bench-")
    docs = [SEED] if args.skip_book else [SEED, args.book]
    print(f"{'document':<28}{'first open':>12}{'reopen':>9}{'no links':>10}{'window':>9}")
    for doc in docs:
        first = timed_cli("--pronouns", str(doc))
        again = timed_cli("--pronouns", str(doc))
        plain = timed_cli(str(doc))
        shown = subprocess.run(
            [sys.executable, __file__, "--window-only", str(doc)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        window = json.loads(shown)["highlighted"]
        print(f"{doc.name[:27]:<28}{first:>11.2f}s{again:>8.2f}s{plain:>9.2f}s{window:>8.2f}s")


if __name__ == "__main__":
    main()
