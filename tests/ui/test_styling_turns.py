"""Styling a long text in turns: the window answers while a book's headings are styled."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.core.documents.loading import article_from_text
from reader.ui import styling_turns
from reader.ui.article_view import ArticleView


def point_size(view: ArticleView, position: int) -> float:
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 1)
    return cursor.charFormat().fontPointSize()


def test_a_contents_page_is_styled_over_turns_and_its_title_at_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # War and Peace lists some 400 chapter headings in its first pages: styling them all
    # in the turn that shows the text froze the window for 60 ms.
    monkeypatch.setattr(styling_turns, "STYLE_SLICE_SECONDS", 0.0)  # one batch per turn
    lines = ["A Long Book", *(f"CHAPTER {n}" for n in range(1, 201)), "It begins."]
    text = "\n\n".join(lines) + "\n"
    starts = [text.index(line + "\n") for line in lines[:-1]]
    headings = tuple((start, start + len(line)) for start, line in zip(starts, lines, strict=False))
    view = ArticleView()
    qtbot.addWidget(view)
    size = view.font().pointSizeF()

    view.show_article(replace(article_from_text(text, "book.txt"), headings=headings))

    assert point_size(view, 0) == pytest.approx(size * 1.6)  # the title: at once
    last = headings[-1][0]
    assert point_size(view, last) != pytest.approx(size * 1.25)
    assert view.is_styling()
    qtbot.waitUntil(lambda: not view.is_styling())
    assert point_size(view, last) == pytest.approx(size * 1.25)
    assert point_size(view, headings[1][0]) == pytest.approx(size * 1.25)
    assert point_size(view, text.index("It begins.")) != pytest.approx(size * 1.25)
