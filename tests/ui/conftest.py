"""UI fixtures: one analysis process for the whole session, a fresh window per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.analysis_service import AnalysisService
from reader.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def analysis_service(qapp: QApplication, model_name: str) -> Iterator[AnalysisService]:
    service = AnalysisService(model_name)
    yield service
    service.shutdown()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, analysis_service: AnalysisService, settings: QSettings) -> Iterator[MainWindow]:
    main = MainWindow(analysis_service, settings)
    qtbot.addWidget(main)
    main.show()
    yield main
    # Disconnect from the session-wide service before the window goes away.
    for signal, slot in (
        (analysis_service.analysis_ready, main._on_service_analysis_ready),
        (analysis_service.analysis_failed, main._on_service_analysis_failed),
        (analysis_service.analysis_progress, main._on_service_progress),
        (analysis_service.pipeline_ready, main._on_service_pipeline_ready),
        (analysis_service.pipeline_unavailable, main._on_service_pipeline_unavailable),
    ):
        signal.disconnect(slot)
    main.loader.shutdown()


@pytest.fixture
def open_document(qtbot: QtBot, window: MainWindow) -> Callable[[Path], MainWindow]:
    """Open a file in the window and wait until it is analysed and fully highlighted."""

    def open_and_wait(path: Path) -> MainWindow:
        with qtbot.waitSignal(window.service.analysis_ready, timeout=60_000):
            window.open_path(str(path))
        qtbot.waitUntil(lambda: window.analysis is not None and not window.view.is_styling(), timeout=10_000)
        return window

    return open_and_wait
