"""Bringing documents in through the window: links, the clipboard, other formats, File menu."""

from __future__ import annotations

import io
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.open_actions import OpenActions
from tests.local_http import local_server

NEWS_PAGE = (Path(__file__).resolve().parents[1] / "fixtures" / "news_page.html").read_bytes()


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(NEWS_PAGE)))
        self.end_headers()
        self.wfile.write(NEWS_PAGE)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def local_site() -> Iterator[str]:
    with local_server(_Page) as address:
        yield f"{address}/news/article.html"


def test_open_location_reads_the_page_article(
    qtbot: QtBot, window: MainWindow, local_site: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(OpenActions, "ask_location", lambda self: local_site)
    with qtbot.waitSignal(window.service.analysis_ready, timeout=60_000):
        window.open_actions.location_action.trigger()
    text = window.view.toPlainText()
    assert "Jon Huntsman" in text
    assert "Accept all cookies" not in text
    assert "<p>" not in text
    assert window.article is not None
    assert window.article.format == "html"
    assert window.recent.paths()[0] == local_site


def test_a_location_that_is_not_a_link_gets_a_message(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(OpenActions, "ask_location", lambda self: "/etc/passwd")
    window.open_actions.location_action.trigger()
    assert window.last_message is not None
    assert "http" in window.last_message.text()


def test_ctrl_v_on_the_start_page_opens_the_clipboard(qtbot: QtBot, window: MainWindow) -> None:
    QGuiApplication.clipboard().setText("Angela Merkel met Emmanuel Macron in Paris on Monday.")
    window.start_page.samples.setFocus()
    with qtbot.waitSignal(window.service.analysis_ready, timeout=60_000):
        qtbot.keyClick(window.start_page.samples, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.view.toPlainText().startswith("Angela Merkel")
    assert window.analysis is not None
    assert {a.name for a in window.analysis.actors} >= {"Angela Merkel", "Paris"}
    assert "clipboard" not in window.recent.paths()


def test_a_word_document_opens_in_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Merkel visits Paris", level=1)
    document.add_paragraph("Angela Merkel met Emmanuel Macron in Paris on Monday.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Berlin"
    table.rows[0].cells[1].text = "Germany"
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "report.docx"
    path.write_bytes(buffer.getvalue())
    with qtbot.waitSignal(window.service.analysis_ready, timeout=60_000):
        window.open_path(str(path))
    assert window.article is not None
    assert window.article.format == "docx"
    assert window.article.title == "Merkel visits Paris"
    assert "Berlin" in window.view.toPlainText()


def test_file_open_uses_the_chosen_file(
    qtbot: QtBot, window: MainWindow, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(OpenActions, "ask_file", lambda self: str(seed_path))
    with qtbot.waitSignal(window.service.analysis_ready, timeout=60_000):
        window.open_action.trigger()
    assert window.article is not None
    assert window.article.source == str(seed_path)
    assert window.settings.value("last_folder") == str(seed_path.parent)


def test_file_open_starts_in_the_last_document_s_folder_and_the_title_names_the_file(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    seed_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "reading"
    folder.mkdir()
    document = folder / "seed.txt"
    document.write_bytes(seed_path.read_bytes())
    # Opened as from the command line, the start page or a drop: not through the dialog.
    with qtbot.waitSignal(window.service.analysis_ready, timeout=60_000):
        window.open_path(str(document))
    assert window.windowTitle() == (
        "Russian Defense Minister Meets U.S. Ambassador To Moscow — seed.txt — Entity Reader"
    )
    asked: list[str] = []

    def dialog(_parent: object, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return "", ""  # the reader cancels

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(dialog))
    window.open_action.trigger()
    assert asked == [str(folder.resolve())]
    window.show_start_page()
    assert window.windowTitle() == "Entity Reader"
