"""A long document in the window: progress in the panel, Cancel, and the processes after."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.ui.analysis_service import AnalysisService
from reader.ui.main_window import MainWindow
from tests.ui.held_answers import HeldAnswers


def long_copy(seed_path: Path, tmp_path: Path, times: int) -> Path:
    paragraphs = seed_path.read_text(encoding="utf-8").split("\n\n")
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(paragraphs * times), encoding="utf-8")
    return path


def background_at(window: MainWindow, position: int) -> str:
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(position + 1)
    return cursor.charFormat().background().color().name()


def test_the_panel_shows_progress_and_cancel_keeps_the_text_and_highlights(
    qtbot: QtBot, window: MainWindow, seed_path: Path, tmp_path: Path, held_answers: HeldAnswers
) -> None:
    path = long_copy(seed_path, tmp_path, 80)  # about 190,000 characters: five chunks
    progress = window.panel.progress
    partials: list[Any] = []
    window.service.analysis_partial.connect(partials.append)

    def first_chunk_shown() -> bool:
        # One answer at a time (an earlier test's last ones may come first): the rest of
        # the document stays under analysis while the reader looks and cancels.
        if not partials and not held_answers.unread():
            held_answers.let_through(1)
        return bool(partials)

    try:
        window.open_path(str(path))
        qtbot.waitUntil(progress.isVisible, timeout=10_000)
        qtbot.waitUntil(first_chunk_shown, timeout=60_000)
    finally:
        window.service.analysis_partial.disconnect(partials.append)
    assert progress.bar.maximum() > 0
    assert 0 < progress.bar.value() < progress.bar.maximum()
    assert window.panel.summary() == "Finding the actors…"
    assert progress.bar.text().endswith("%")
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    assert not progress.isVisible()
    assert window.panel.summary().startswith("Analysis stopped")
    assert window.status_bar.status() == "Analysis stopped"
    assert not window.status_bar.is_busy()
    # The text stays, and so do the highlights found so far.
    assert window.view.toPlainText().endswith("diplomatic missions.")
    qtbot.waitUntil(lambda: not window.view.is_styling(), timeout=10_000)
    found = partials[0][0]
    assert background_at(window, found.start) not in ("#000000", "#ffffff")
    assert window.analysis is None


def test_a_book_s_second_process_is_released_when_it_is_done(
    qtbot: QtBot,
    window: MainWindow,
    analysis_service: AnalysisService,
    seed_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(analysis_service, "book_chars", 50_000)
    monkeypatch.setattr(analysis_service, "max_processes", 2)
    path = long_copy(seed_path, tmp_path, 30)
    with qtbot.waitSignal(analysis_service.analysis_progress, timeout=60_000):
        window.open_path(str(path))
    assert analysis_service.process_count == 2
    qtbot.waitUntil(lambda: window.analysis is not None, timeout=120_000)
    qtbot.waitUntil(lambda: analysis_service.process_count == 1, timeout=10_000)
    assert not window.panel.is_busy()


def test_a_long_document_s_analysis_is_kept_out_of_full_garbage_collections(
    qtbot: QtBot, window: MainWindow, seed_path: Path, tmp_path: Path
) -> None:
    # A full collection walks every tracked object with the interpreter lock held, so the
    # window stalls 60-100 ms on a book each time; the analysis is frozen out of it.
    path = long_copy(seed_path, tmp_path, 40)  # several chunks
    with qtbot.waitSignal(window.service.analysis_ready, timeout=120_000) as ready:
        window.open_path(str(path))
    analysis = ready.args[0]
    walked = {id(each) for each in gc.get_objects()}
    assert id(analysis.actors) not in walked
    assert id(analysis.mentions) not in walked
    assert all(id(actor.mentions) not in walked for actor in analysis.actors)


def test_the_companions_index_is_built_once_the_highlights_are_applied(
    qtbot: QtBot, window: MainWindow, seed_path: Path, tmp_path: Path
) -> None:
    # Its worker thread shares the interpreter lock with the window: started while a
    # long document's highlights are still being applied, it lengthened every stall.
    companions = window.aids.companions
    submit = companions._pool.submit
    styling_when_started: list[bool] = []

    def watched(*args: Any) -> Any:
        styling_when_started.append(window.view.is_styling())
        return submit(*args)

    companions._pool.submit = watched  # type: ignore[method-assign]
    path = long_copy(seed_path, tmp_path, 40)  # thousands of highlights: several slices
    with qtbot.waitSignal(companions.index_ready, timeout=120_000):
        window.open_path(str(path))
    assert styling_when_started
    assert not any(styling_when_started)
    assert companions.index is not None
