"""Measure start-up and whole-book analysis; prints a table of figures (no assertions).

    .venv/bin/python tests/benchmarks/run_benchmarks.py [--book PATH] [--runs N] [--bundle PROGRAM]

1. Floors: a bare Qt main window launched and painted (the floor for the reader's window),
   and a ``python -c`` that imports spaCy, loads the pipeline the app uses and parses
   the seed. Then ``reader SEED`` launched as a subprocess (offscreen unless DISPLAY is
   set), timed to window shown and to highlights done (ENTITY_READER_TRACE).
2. The book (default ../shared/corpus/war-and-peace.txt): opened in a real MainWindow with
   the real analysis process; a 10 ms timer records the longest event-loop stall; progress
   updates are counted; total time to every highlight applied. Then raw ``nlp.pipe`` over
   the same paragraphs with the same pipeline, in the same run, for the ratio. Peak memory
   of the window process and of the analysis process (ru_maxrss).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_d86ce49f0eb981eb.txt"
BOOK = ROOT.parent / "shared" / "corpus" / "war-and-peace.txt"

FLOOR = """
import sys
from reader.core.language.pipeline import load_pipeline, resolve_pipeline
nlp = load_pipeline(resolve_pipeline())
nlp(open(sys.argv[1], encoding="utf-8").read())
"""


def timed_floor() -> float:
    started = time.time()
    subprocess.run([sys.executable, "-c", FLOOR, str(SEED)], check=True)
    return time.time() - started


BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 820)

def shown():
    print(f"trace window-shown {time.time():.4f}", file=sys.stderr)
    app.quit()

class FirstPaint(QObject):  # the turn after the first paint, as the reader's trace
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            QTimer.singleShot(0, shown)
        return False

first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
app.exec()
"""


def timed_bare_window() -> float:
    """Launch -> shown for a bare Qt main window: the floor for the reader's window."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", BARE_WINDOW], env=env, capture_output=True, text=True, timeout=60
    )
    for line in result.stderr.splitlines():
        if line.startswith("trace window-shown"):
            return float(line.split()[2]) - started
    return float("nan")


def timed_launch(program: list[str] | None = None) -> dict[str, float]:
    """Launch the window on the seed; ``program`` (default ``python -m reader``) to compare."""
    env = dict(os.environ, ENTITY_READER_TRACE="exit")
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
    started = time.time()
    result = subprocess.run(
        [*(program or [sys.executable, "-m", "reader"]), str(SEED)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    events = {}
    for line in result.stderr.splitlines():
        if line.startswith("trace "):
            _, event, stamp = line.split()
            events[event] = float(stamp) - started
    return events


def timed_version(program: list[str]) -> float:
    started = time.time()
    subprocess.run([*program, "--version"], check=True, capture_output=True)
    return time.time() - started


def book_in_window(book: Path, sample_stalls: bool = False) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.core.language.pipeline import TrainedPipeline, resolve_pipeline
    from reader.ui.analysis_service import AnalysisService
    from reader.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    service = AnalysisService(TrainedPipeline(resolve_pipeline()))
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    window = MainWindow(service, settings)
    window.resize(1280, 820)
    window.show()
    figures: dict[str, float] = {"progress_updates": 0}
    service.analysis_progress.connect(
        lambda *_: figures.__setitem__("progress_updates", figures["progress_updates"] + 1)
    )
    ready = []
    service.pipeline_ready.connect(ready.append)
    while not ready:  # the pipeline loads before the clock starts: the book is what is timed
        app.processEvents()
        time.sleep(0.01)
    clock = QElapsedTimer()
    stall = {"last": 0, "max": 0}
    ticker = QTimer()
    ticker.setInterval(10)

    def tick() -> None:
        now = clock.elapsed()
        stall["max"] = max(stall["max"], now - stall["last"])
        stall["last"] = now

    ticker.timeout.connect(tick)
    stalls: list[tuple[int, int]] = []  # (ms since open, stall in ms)

    sampler = None
    if sample_stalls:
        from stall_sampler import StallSampler

        sampler = StallSampler()

    def tick_and_record() -> None:
        if sampler is not None:
            sampler.tick()
        gap = clock.elapsed() - stall["last"]
        tick()
        if gap > 30:  # where each long turn was, to tell opening, arrival and styling apart
            stalls.append((int(clock.elapsed()), int(gap)))

    ticker.timeout.disconnect(tick)
    ticker.timeout.connect(tick_and_record)
    done = QTimer()
    done.setInterval(20)
    marks: dict[str, float] = {}

    def first_highlights(_mentions: object) -> None:
        marks.setdefault("first_highlights", clock.elapsed() / 1000)

    service.analysis_partial.connect(first_highlights)

    def check() -> None:
        if window.article is not None and "text_shown" not in marks:
            marks["text_shown"] = clock.elapsed() / 1000
        if window.analysis is not None and "analysis_ready" not in marks:
            marks["analysis_ready"] = clock.elapsed() / 1000
        if window.analysis is not None and not window.view.is_styling():
            marks["highlighted"] = clock.elapsed() / 1000
            app.quit()

    done.timeout.connect(check)
    clock.start()
    if sampler is not None:
        sampler.start()
    ticker.start()
    done.start()
    window.open_path(str(book))
    app.exec()
    ticker.stop()
    done.stop()
    if sampler is not None:
        sampler.stop()
        print(sampler.report(), file=sys.stderr)
    assert window.analysis is not None
    figures.update(marks)
    figures["max_stall_ms"] = stall["max"]
    figures["stalls_over_30ms_at_ms"] = stalls  # type: ignore[assignment]
    figures["mentions"] = len(window.view.placed_mentions())
    figures["actors"] = len(window.analysis.actors)
    figures.update(scroll_panel(app, window))
    window.close()
    service.shutdown()
    figures["window_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures["analysis_process_peak_mb"] = (
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    )
    return figures


def scroll_panel(app: object, window: object) -> dict[str, float]:
    """Scroll the actor panel (with its painted strips) top to bottom a page at a time.

    Each step is timed from setting the scrollbar to every row on screen painted (a
    synchronous grab of the list), so the longest step is the longest stall a reader
    scrolling would feel; the strips painted are counted to show they were drawn.
    Then select the most mentioned actor and time marking its mentions on the ruler.
    """
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QApplication

    from reader.ui.main_window import MainWindow

    assert isinstance(app, QApplication)
    assert isinstance(window, MainWindow)
    tree = window.panel.tree
    bar = tree.verticalScrollBar()
    steps: list[float] = []
    painted = {"strips": 0}
    strips = window.aids.maps.strips
    paint = strips.paint

    def counted(*args: object) -> None:
        painted["strips"] += 1
        paint(*args)  # type: ignore[arg-type]

    strips.paint = counted  # type: ignore[method-assign]
    model = window.panel.model
    value = 0
    while True:  # down to the last actor: rows are handed to the view as it nears the end
        started = time.perf_counter()
        bar.setValue(value)
        if value == bar.maximum() and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())  # what the view does when the reader gets there
        app.processEvents()
        tree.viewport().grab()  # paints every row on screen now, shown or not
        steps.append((time.perf_counter() - started) * 1000)
        if value == bar.maximum() and not model.canFetchMore(QModelIndex()):
            break
        value = min(value + max(1, bar.pageStep()), bar.maximum())
    strips.paint = paint  # type: ignore[method-assign]
    top = window.panel.model.actors()[0]
    marks = window.panel.model.visible_mentions(top)
    started = time.perf_counter()
    window.aids.maps.ruler.set_marks(top, marks)
    window.aids.maps.ruler.repaint()
    ruler_ms = (time.perf_counter() - started) * 1000
    return {
        "panel_rows": float(window.panel.model.listed_count()),
        "panel_scroll_steps": float(len(steps)),
        "panel_scroll_max_step_ms": max(steps),
        "panel_scroll_median_step_ms": statistics.median(steps),
        "panel_strips_painted": float(painted["strips"]),
        f"ruler_marks_{len(marks)}_ms": ruler_ms,
    }


def raw_pipe(book: Path) -> float:
    from reader.core.documents.loading import load_article
    from reader.core.language.detection import text_blocks
    from reader.core.language.pipeline import load_pipeline, resolve_pipeline

    article = load_article(book)
    nlp = load_pipeline(resolve_pipeline())
    blocks = [block for _, block in text_blocks(article.text)]
    started = time.perf_counter()
    for _doc in nlp.pipe(blocks, batch_size=64):
        pass
    return time.perf_counter() - started


def book_only(book: Path, sample_stalls: bool) -> None:
    figures = book_in_window(book, sample_stalls)
    print(f"book: {book.name}")
    for key, value in figures.items():
        print(f"  {key:<28} {value:.2f}" if isinstance(value, float) else f"  {key:<28} {value}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--book", type=Path, default=BOOK)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-book", action="store_true")
    parser.add_argument(
        "--book-only",
        action="store_true",
        help="only the book in the window (no start-up floors, no raw nlp.pipe)",
    )
    parser.add_argument(
        "--sample-stalls",
        action="store_true",
        help="print the UI thread's stacks during each stall over 50 ms (stderr)",
    )
    parser.add_argument(
        "--bundle",
        type=Path,
        help="also launch this bundled program (dist/entity-reader/reader), "
        "interleaved with the installed package, run for run",
    )
    args = parser.parse_args()
    if args.book_only:
        book_only(args.book, args.sample_stalls)
        return

    floors, shown, highlights, bare = [], [], [], []
    frozen: dict[str, list[float]] = {
        "shown": [],
        "highlights": [],
        "version": [],
        "package_version": [],
    }
    for _ in range(args.runs):
        if args.bundle:  # the bundle first in each round, so neither always has the warmer cache
            events = timed_launch([str(args.bundle)])
            frozen["shown"].append(events.get("window-shown", float("nan")))
            frozen["highlights"].append(events.get("highlights-done", float("nan")))
            frozen["version"].append(timed_version([str(args.bundle)]))
            frozen["package_version"].append(timed_version([sys.executable, "-m", "reader"]))
        bare.append(timed_bare_window())
        floors.append(timed_floor())
        events = timed_launch()
        shown.append(events.get("window-shown", float("nan")))
        highlights.append(events.get("highlights-done", float("nan")))
    floor = statistics.median(floors)
    print(
        f"seed floor (import spaCy, load, parse)   median {floor:.2f} s"
        f"  runs {[f'{f:.2f}' for f in floors]}"
    )
    bare_median, shown_median = statistics.median(bare), statistics.median(shown)
    print(
        f"bare Qt main window -> shown             median {bare_median:.2f} s"
        f"  runs {[f'{f:.2f}' for f in bare]}"
    )
    print(
        f"launch -> window shown                   median {shown_median:.2f} s"
        f"  runs {[f'{f:.2f}' for f in shown]}"
        f"  ({shown_median / bare_median:.2f} x the bare window; goal 1.2)"
    )
    print(
        f"launch -> highlights done                median {statistics.median(highlights):.2f} s  "
        f"(floor + {statistics.median(highlights) - floor:.2f} s)"
    )
    if args.bundle:
        for key, label in (
            ("shown", "window shown"),
            ("highlights", "highlights done"),
            ("version", "--version"),
            ("package_version", "--version, package"),
        ):
            runs = frozen[key]
            print(
                f"bundle launch -> {label:<24} median {statistics.median(runs):.2f} s  "
                f"runs {[f'{r:.2f}' for r in runs]}"
            )
    if args.skip_book or not args.book.exists():
        return
    book = book_in_window(args.book)
    raw = raw_pipe(args.book)
    print(f"book: {args.book.name}")
    for key, value in book.items():
        print(f"  {key:<28} {value:.2f}" if isinstance(value, float) else f"  {key:<28} {value}")
    print(f"  raw nlp.pipe, same paragraphs {raw:.2f} s")
    print(f"  window total / raw nlp.pipe   {book['highlighted'] / raw:.2f}")


if __name__ == "__main__":
    main()
