"""UI fixtures: one analysis process for the whole session, a fresh window per test.

The session's analysis process runs the entity-ruler pipeline (:mod:`tests.ui.ruler_pipeline`),
so the UI tests need no trained model. Those that still do are marked ``model``: adding a
folder to the library loads the trained pipeline in its own process.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.analysis_service import AnalysisService
from reader.ui.main_window import MainWindow
from tests.ui.held_answers import HeldAnswers
from tests.ui.ruler_pipeline import RULER_IDENTITY, ruler_pipeline


@pytest.fixture(scope="session")
def analysis_service(qapp: QApplication) -> Iterator[AnalysisService]:
    service = AnalysisService(ruler_pipeline, identity=RULER_IDENTITY)
    yield service
    service.shutdown()


@pytest.fixture
def held_answers(
    qtbot: QtBot, analysis_service: AnalysisService, monkeypatch: pytest.MonkeyPatch
) -> Iterator[HeldAnswers]:
    """The session service's answers, held back until the test lets them through.

    Held only once the pipeline is ready: its own message is not one a test waits for.
    """
    qtbot.waitUntil(lambda: analysis_service.pipeline_label is not None, timeout=60_000)
    held = HeldAnswers(analysis_service._results)
    monkeypatch.setattr(analysis_service._results, "get", held.get)
    yield held
    held.release()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(
    qtbot: QtBot, analysis_service: AnalysisService, settings: QSettings
) -> Iterator[MainWindow]:
    main = MainWindow(analysis_service, settings)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()  # also detaches it from the session-wide service
    main.loader.shutdown()


@pytest.fixture
def open_document(qtbot: QtBot, window: MainWindow) -> Callable[[Path], MainWindow]:
    """Open a file in the window and wait until it is analysed and fully highlighted."""

    def open_and_wait(path: Path) -> MainWindow:
        with qtbot.waitSignal(window.service.analysis_ready, timeout=60_000):
            window.open_path(str(path))
        qtbot.waitUntil(
            lambda: window.analysis is not None and not window.view.is_styling(), timeout=10_000
        )
        return window

    return open_and_wait
