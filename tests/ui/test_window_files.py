"""Files reach the window as a reader brings them: start page, recent list, drop, bad ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.held_answers import HeldAnswers

Opener = Callable[[Path], MainWindow]


def test_a_newer_document_replaces_a_pending_analysis(
    qtbot: QtBot, window: MainWindow, seed_path: Path, tmp_path: Path, held_answers: HeldAnswers
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Angela Merkel met Emmanuel Macron in Paris.\n", encoding="utf-8")
    delivered = []
    window.service.analysis_ready.connect(delivered.append)
    try:
        window.open_path(str(seed_path))
        qtbot.waitUntil(held_answers.waiting, timeout=10_000)  # the seed is analysed, unread
        with qtbot.waitSignal(window.service.analysis_ready, timeout=60_000):
            window.open_path(str(other))
            qtbot.waitUntil(
                lambda: window.article is not None and window.article.source == str(other)
            )
            held_answers.release()  # the seed's answer is read after the other's request
        qtbot.waitUntil(lambda: window.analysis is not None, timeout=10_000)
    finally:
        window.service.analysis_ready.disconnect(delivered.append)
    assert [a.article.source for a in delivered] == [str(other)]
    assert window.view.toPlainText().startswith("Angela Merkel")


def test_start_page_lists_the_seed_and_opens_it_with_one_click(
    qtbot: QtBot, window: MainWindow, seed_path: Path
) -> None:
    samples = window.start_page.samples
    assert samples.count() >= 1
    item = samples.item(0)
    assert "Russian Defense Minister" in item.text()
    with qtbot.waitSignal(window.service.analysis_ready, timeout=60_000):
        rect = samples.visualItemRect(item)
        qtbot.mouseClick(samples.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentWidget() is window.splitter


def test_recent_files_and_layout_are_kept_across_runs(
    qtbot: QtBot, open_document: Opener, seed_path: Path, analysis_service: object
) -> None:
    window = open_document(seed_path)
    window.resize(761, 563)
    qtbot.waitUntil(lambda: window.width() == 761)
    window.splitter.setSizes([420, 330])
    sizes = window.splitter.sizes()
    window.close()
    again = MainWindow(window.service, window.settings)
    qtbot.addWidget(again)
    try:
        assert again.recent.paths()[0] == str(seed_path.resolve())
        assert again.start_page.recent.item(0).toolTip() == str(seed_path.resolve())
        assert again.recent_menu.actions()[0].toolTip() == str(seed_path.resolve())
        assert (again.width(), again.height()) == (761, 563)
        again.show()
        again.pages.setCurrentWidget(again.splitter)
        qtbot.waitUntil(lambda: again.splitter.sizes() == sizes)
    finally:
        again.close()
        again.loader.shutdown()


def test_dropping_a_file_opens_it(qtbot: QtBot, window: MainWindow, seed_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(seed_path))])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.service.analysis_ready, timeout=60_000):
        window.dropEvent(drop)
    assert window.article is not None
    assert window.article.source == str(seed_path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "does not exist"),
        ("empty.txt", b"", "empty"),
        ("binary.txt", bytes(range(256)) * 8, "not a document"),
    ],
)
def test_bad_files_get_a_message_and_the_window_keeps_working(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    seed_path: Path,
    name: str,
    content: bytes | None,
    message: str,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with qtbot.waitSignal(window.loader.failed, timeout=10_000):
        window.open_path(str(path))
    assert window.last_message is not None
    assert message in window.last_message.text()
    window.last_message.close()
    with qtbot.waitSignal(window.service.analysis_ready, timeout=60_000):
        window.open_path(str(seed_path))
    assert window.article is not None


def test_folder_is_refused(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    with qtbot.waitSignal(window.loader.failed, timeout=10_000):
        window.open_path(str(tmp_path))
    assert window.last_message is not None
    assert "folder" in window.last_message.text()
