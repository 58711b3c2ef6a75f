"""run_window: the QApplication, the analysis service and the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from reader.core.pipeline import (
    PREFERRED_PIPELINES,
    PipelineUnavailable,
    resolve_pipeline,
)
from reader.paths import resource_path

APP_NAME = "Entity Reader"
ORGANIZATION = "EntityReader"


def run_window(files: list[str], model: str | None) -> int:
    """Show the window (on ``files[0]`` if given) and run until it is closed."""
    from reader.core.result_cache import ResultCache
    from reader.ui.analysis_service import AnalysisService
    from reader.ui.main_window import MainWindow
    from reader.ui.startup_trace import install_trace, trace_requested

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName("entity-reader")
    icon = resource_path("entity-reader.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    try:
        model_name = resolve_pipeline(model)
    except PipelineUnavailable:
        # The analysis process fails to load it and says what to install; the window
        # opens the article all the same.
        model_name = PREFERRED_PIPELINES[-1]
    service = AnalysisService(model_name, cache=ResultCache())
    window = MainWindow(service, QSettings(ORGANIZATION, APP_NAME))
    window.show()
    if trace_requested():
        install_trace(window)
    if files:
        window.open_path(files[0])
    try:
        return app.exec()
    finally:
        service.shutdown()
