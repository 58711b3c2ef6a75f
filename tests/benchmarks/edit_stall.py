"""An edit on a book in the window: the longest event-loop stall and the time until shown.

    python tests/benchmarks/edit_stall.py [BOOK]

Opens the book (War and Peace by default) in the window, offscreen, waits for its result,
then renames the most mentioned actor three times, as the panel's context menu does. For
each edit it prints the longest gap of a 10 ms timer (the stall a reader would feel) and
the time until the edit's result is shown with every highlight applied.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

BOOK = Path(__file__).resolve().parents[2].parent / "shared/corpus/war-and-peace.txt"


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["ENTITY_READER_DATA_DIR"] = tempfile.mkdtemp()
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.core.edits.corrections import ActorRef, RenameActor
    from reader.core.language.pipeline import TrainedPipeline, resolve_pipeline
    from reader.ui.analysis_service import AnalysisService
    from reader.ui.main_window import MainWindow

    book = Path(sys.argv[1]) if len(sys.argv) > 1 else BOOK
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    service = AnalysisService(TrainedPipeline(resolve_pipeline()))
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "b.ini"), QSettings.Format.IniFormat)
    window = MainWindow(service, settings)
    window.resize(1280, 820)
    window.show()
    window.open_path(str(book))
    while window.analysis is None or window.view.is_styling():
        app.processEvents()
        time.sleep(0.01)
    clock = QElapsedTimer()
    stall = {"last": 0, "max": 0}

    def tick() -> None:
        now = clock.elapsed()
        stall["max"] = max(stall["max"], now - stall["last"])
        stall["last"] = now

    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(tick)
    results = []
    for n in range(3):
        before = window.analysis
        assert before is not None
        actor = before.actors[0]
        edit = RenameActor(ActorRef.of(before.article.text, actor), f"{actor.name} {n}")
        stall.update(last=0, max=0)
        clock.start()
        ticker.start()
        QTimer.singleShot(30, lambda edit=edit: window.corrections.apply(edit))
        while window.analysis is before or window.view.is_styling() or clock.elapsed() < 60:
            app.processEvents()
            time.sleep(0.002)
        results.append((stall["max"], clock.elapsed()))
        ticker.stop()
    for stalled, shown in results:
        print(f"edit: longest stall {stalled} ms, shown after {shown} ms")
    window.close()
    service.shutdown()


if __name__ == "__main__":
    main()
