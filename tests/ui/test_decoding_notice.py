"""The window says when bytes of a text could not be decoded (issue 8, item 11)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow


def test_replaced_bytes_are_reported(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "damaged.txt"
    body = "Angela Merkel met José Manuel Barroso in Zürich.\n".encode() * 10
    path.write_bytes(body[:60] + b"\xff\xfe" + body[60:])
    with qtbot.waitSignal(window.loader.loaded, timeout=10_000):
        window.open_path(str(path))
    assert "2 bytes are not valid UTF-8" in window.statusBar().currentMessage()
    assert "José Manuel Barroso" in window.view.toPlainText()
