"""Start-up: the window is on screen before the heavy parts are imported, then becomes whole."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.display.themes import WINDOW
from reader.ui.analysis_service import AnalysisService
from reader.ui.main_window import MainWindow

#: Launches the reader as ``reader`` would, watching the window's first paint (of any of
#: its widgets); prints the modules already imported then, the menus the frame had then,
#: and the menus once the start page is shown.
LAUNCH = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from reader.app import main

HEAVY = sys.argv[1].split(",")
app = QApplication(sys.argv[:1])


class FirstPaint(QObject):
    seen = False

    def eventFilter(self, watched, event):
        painted = event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
        if painted and isinstance(watched.window(), QMainWindow) and not self.seen:
            self.seen = True
            loaded = [name for name in HEAVY if name in sys.modules]
            print("first-paint", ",".join(loaded) or "-", flush=True)
            bar = watched.window().menuWidget()
            menus = [a.text() for a in bar.actions()] if bar is not None else []
            print("menus-at-first-paint", "|".join(menus) or "-", flush=True)
        return False


watcher = FirstPaint()
app.installEventFilter(watcher)


def when_whole():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    page = getattr(windows[0], "start_page", None) if windows else None
    if not watcher.seen or page is None or not page.isVisible():
        return
    poll.stop()
    menus = [a.text() for a in windows[0].menuBar().actions()]
    opens = "open" if windows[0].open_action.isEnabled() else "-"
    icon = "-" if app.windowIcon().isNull() else "icon"
    print("whole", "|".join(menus), opens, icon, flush=True)
    windows[0].close()


poll = QTimer()
poll.timeout.connect(when_whole)
poll.start(20)
sys.exit(main([]))
"""

#: What the first paint must not wait for: the reader's panels, the analysis service,
#: the menus' actions and the reading aids (their imports are most of the start-up).
HEAVY = (
    "reader.ui.actor_panel",
    "reader.ui.article_view",
    "reader.ui.analysis_service",
    "reader.ui.context_menus",
    "reader.ui.edit_actions",
    "reader.ui.export_actions",
    "reader.ui.reading_aids",
    "reader.ui.start_page",
    "reader.core.run",
)


def test_window_paints_before_the_heavy_parts_are_imported_then_becomes_whole(
    tmp_path: Path,
) -> None:
    home = str(tmp_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home)
    env.pop("ENTITY_READER_TRACE", None)
    result = subprocess.run(
        [sys.executable, "-c", LAUNCH, ",".join(HEAVY)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    early = lines.get("first-paint")
    assert early == "-", f"imported before the first paint: {early}"
    # The menu bar's text loads the fonts (some 8 ms): it comes with the rest.
    assert lines.get("menus-at-first-paint") == "-"
    assert lines.get("whole") == "&File|&Edit|&View|&Help open icon", result.stdout


def test_the_frame_alone_closes_cleanly_and_build_makes_it_whole(
    qtbot: QtBot, analysis_service: AnalysisService, settings: QSettings
) -> None:
    frame = MainWindow(None, settings)
    qtbot.addWidget(frame)
    frame.show()
    assert frame.menuWidget() is None
    assert not frame.built
    frame.build(analysis_service)
    try:
        assert frame.built
        qtbot.waitUntil(frame.start_page.isVisible)  # a new child of a shown window: next turn
        assert frame.open_action in frame.file_menu.actions()
        menus = [a.text() for a in frame.menuBar().actions()]
        assert menus == ["&File", "&Edit", "&View", "&Help"]
    finally:
        frame.close()
        frame.loader.shutdown()
    never_built = MainWindow(None, settings)
    qtbot.addWidget(never_built)
    never_built.show()
    never_built.resize(640, 480)
    never_built.close()  # closed before build(): the size is kept all the same
    assert MainWindow(None, settings).size() == QSize(640, 480)


def test_a_chosen_dark_theme_paints_the_frame_dark_before_the_rest_is_built(
    qtbot: QtBot, analysis_service: AnalysisService, settings: QSettings
) -> None:
    platform = QApplication.palette().color(QPalette.ColorRole.Window).name()
    settings.setValue("view/theme", "dark")
    frame = MainWindow(None, settings)
    qtbot.addWidget(frame)
    frame.show()
    centre = frame.rect().center()
    dark = WINDOW["dark"].window
    qtbot.waitUntil(lambda: frame.grab().toImage().pixelColor(centre).name() == dark)
    frame.build(analysis_service)
    try:
        assert frame.aids.theme.choice == "dark"
        assert frame.view.theme() == "dark"
        assert QApplication.palette().color(QPalette.ColorRole.Window).name() == dark
    finally:
        frame.close()
        frame.loader.shutdown()
    # Closing gives the platform's palette back, not the dark one the frame was painted in.
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == platform
