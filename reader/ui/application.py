"""run_window: the QApplication, the window's frame at once, then the analysis and the rest.

The frame (title, size, theme, an empty page) is painted first; what it does not need --
the analysis service, the menu bar (its fonts cost some 8 ms), the panels, the window's
icon -- is imported and built on the next event-loop turn after that first paint, so the
window appears about as fast as a bare Qt window does. The analysis process starts before
the rest is built.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from reader.paths import resource_path

if TYPE_CHECKING:
    from reader.ui.analysis_service import AnalysisService

APP_NAME = "Entity Reader"
ORGANIZATION = "EntityReader"
#: If the frame is never painted (started minimised, say), build the rest after this long.
BUILD_ANYWAY_MS = 1000


class _AfterFirstPaint(QObject):
    """Runs ``then`` once, on the event-loop turn after ``widget`` is first painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(BUILD_ANYWAY_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._run)  # after this paint reaches the screen
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def run_window(files: list[str], model: str | None) -> int:
    """Show the window (on ``files[0]`` if given) and run until it is closed."""
    from reader.ui.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName("entity-reader")
    window = MainWindow(None, QSettings(ORGANIZATION, APP_NAME))
    services: list[AnalysisService] = []

    def build_the_rest() -> None:
        from reader.ui.startup_trace import install_trace, trace_requested, trace_shown

        if trace_requested():
            trace_shown()
        # The icon's SVG costs a few milliseconds to load: the frame is painted without it.
        from PySide6.QtGui import QIcon

        icon = resource_path("entity-reader.svg")
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
        from reader.core.language.pipeline import TrainedPipeline
        from reader.core.library.result_cache import ResultCache
        from reader.ui.analysis_service import AnalysisService

        # First: its process starts loading the model while the rest is built.
        service = AnalysisService(TrainedPipeline(pipeline_name(model)), cache=ResultCache())
        services.append(service)
        window.build(service)
        if trace_requested():
            install_trace(window)
        if files:
            window.open_path(files[0])

    _AfterFirstPaint(window, build_the_rest)
    window.show()
    try:
        return app.exec()
    finally:
        for service in services:
            service.shutdown()


def pipeline_name(model: str | None) -> str:
    """The pipeline to load: ``model``, or the best installed one."""
    from reader.core.language.pipeline import (
        PREFERRED_PIPELINES,
        PipelineUnavailable,
        resolve_pipeline,
    )

    try:
        return resolve_pipeline(model)
    except PipelineUnavailable:
        # The analysis process fails to load it and says what to install; the window
        # opens the article all the same.
        return PREFERRED_PIPELINES[-1]
