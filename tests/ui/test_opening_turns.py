"""Opening a document: the text is on screen before the analysis is asked for."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from reader.core.documents.article import Article
from reader.core.documents.loading import article_from_text
from reader.ui.main_window import MainWindow


def _requests(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[Article]:
    asked: list[Article] = []
    monkeypatch.setattr(window.service, "request", lambda article, *_: asked.append(article))
    return asked


def test_the_text_shows_before_the_analysis_is_requested(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _requests(window, monkeypatch)
    article = article_from_text("Anna Pavlovna met Pierre in Moscow.", "clipboard")
    window.loader.loaded.emit(article)
    assert "Anna Pavlovna met Pierre" in window.view.toPlainText()
    assert asked == []  # hashing the text for its corrections waits for the next turn
    qtbot.waitUntil(lambda: asked == [article])


def test_a_document_replaced_before_its_turn_is_not_analysed(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _requests(window, monkeypatch)
    first = article_from_text("Natasha danced at the ball.", "clipboard")
    second = article_from_text("Prince Andrei rode to Austerlitz.", "clipboard")
    window.loader.loaded.emit(first)
    window.loader.loaded.emit(second)
    qtbot.waitUntil(lambda: asked == [second])
    qtbot.wait(50)  # a stale request would have come in the same turns
    assert asked == [second]
    assert "Prince Andrei" in window.view.toPlainText()
