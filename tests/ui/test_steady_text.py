"""Nothing moves under the reader's eyes: the legend's line, a clicked spot, the headline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from reader.core.documents.loading import article_from_text
from reader.core.text.kinds import kind_for
from reader.ui.article_view import ArticleView
from reader.ui.kind_legend import KindLegend
from reader.ui.main_window import MainWindow
from reader.ui.text_feed import TEXT_SLICE

Opener = Callable[[Path], MainWindow]


def text_top(window: MainWindow) -> int:
    return window.view.mapTo(window, QPoint(0, 0)).y()


def weight_at(view: ArticleView, position: int) -> int:
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 1)
    return int(cursor.charFormat().fontWeight())


def test_the_text_does_not_move_when_the_highlights_arrive(
    qtbot: QtBot, window: MainWindow, seed_path: Path
) -> None:
    with qtbot.waitSignal(window.service.analysis_ready, timeout=60_000):
        window.open_path(str(seed_path))
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.splitter, timeout=10_000)
        before = (text_top(window), window.legend.height())
        assert window.legend.isVisible()
    qtbot.waitUntil(lambda: not window.view.is_styling(), timeout=10_000)
    assert window.legend.toggles, "the kinds are listed"
    qtbot.waitUntil(lambda: any(t.isVisible() for t in window.legend.toggles.values()))
    assert (text_top(window), window.legend.height()) == before
    # ... and every toggle shown is whole inside that reserved line.
    shown = [t for t in window.legend.toggles.values() if not t.isHidden()]
    assert shown
    for toggle in shown:
        assert window.legend.rect().contains(toggle.geometry()), toggle.text()


def test_a_narrow_window_keeps_the_legend_on_one_line(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    height, top = window.legend.height(), text_top(window)
    window.resize(640, window.height())
    qtbot.waitUntil(lambda: window.legend.more_button.isVisible())
    assert (window.legend.height(), text_top(window)) == (height, top)
    hidden = window.legend.overflow()
    assert hidden
    assert window.legend.more_button.text() == f"+{len(hidden)} more"
    # Each kind that did not fit is in the menu and toggles there.
    menu = window.legend.more_menu
    label = hidden[0]
    action = next(a for a in menu.actions() if a.text() == window.legend.toggles[label].text())
    action.trigger()
    assert window.legend.toggles[label].isChecked() == action.isChecked()
    assert (label in window.display_options.hidden_kinds) != action.isChecked()
    window.resize(1280, window.height())
    qtbot.waitUntil(lambda: len(window.legend.overflow()) < len(hidden))
    # The kinds of actors come first: they fit, only switched-off value kinds overflow.
    assert not set(window.legend.overflow()) & {"PERSON", "ORG", "GPE", "LOC", "NORP"}


def test_clicking_a_highlight_does_not_scroll_the_text(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    window.resize(1100, 420)
    qtbot.waitUntil(lambda: window.view.verticalScrollBar().maximum() > 10)
    assert window.analysis is not None
    moscow = next(a for a in window.analysis.actors if a.name == "Moscow")
    later = moscow.named_mentions[-2]
    bar = window.view.verticalScrollBar()
    # Scroll (a line at a time) until the mention sits near the top, far from the centre.
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(later.start)
    bar.setValue(0)
    while window.view.cursorRect(cursor).top() > 60 and bar.value() < bar.maximum():
        bar.setValue(bar.value() + 1)
    assert 0 < window.view.cursorRect(cursor).top() <= 60
    kept = bar.value()
    point = window.view.cursorRect(cursor).center() + QPoint(4, 0)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    current = window.panel.tree.currentIndex()
    assert current.data(window.panel.model.MentionRole) == later
    assert bar.value() == kept
    assert window.view.current is not None
    assert window.view.current.mention == later


def test_the_headline_is_bold_at_once_and_stays_bold(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    headline = window.view.toPlainText().index("Russian Defense Minister Meets")
    # "Russian" is a highlight in the headline: it keeps the headline's weight.
    assert window.view.mention_at(headline) is not None
    assert (
        weight_at(window.view, headline)
        == weight_at(window.view, headline + 10)
        == QFont.Weight.Bold
    )
    # A book: its headline is bold before the rest of the text is in.
    book = "A Long Book\n\n" + "Natasha went to Moscow with her mother.\n\n" * (
        2 * TEXT_SLICE // 40
    )
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(article_from_text(book, "book.txt"))
    assert view.is_styling()
    assert weight_at(view, 2) == QFont.Weight.Bold


def test_escape_leaves_no_mention_marked_as_current(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    headline = window.view.toPlainText().index("Russian Defense Minister Meets")
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(headline + 2)
    qtbot.mouseClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.view.cursorRect(cursor).center(),
    )
    assert window.view.current is not None
    assert window.view.extraSelections()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.view.current is None
    assert window.view.extraSelections() == []
    assert not window.view.textCursor().hasSelection()
    assert not window.panel.tree.currentIndex().isValid()


def test_the_legend_s_toggles_are_made_once_and_keep_their_kind_s_look(qtbot: QtBot) -> None:
    # Made (and styled) with the legend, not in the turn a book's result arrives in.
    legend = KindLegend()
    qtbot.addWidget(legend)
    legend.resize(900, 40)
    legend.show()
    person = legend.findChild(QCheckBox, "kind-PERSON")
    assert person is not None
    legend.set_labels({"PERSON": 3, "GPE": 2})
    assert legend.toggles["PERSON"] is person
    assert person.text() == "Person (3)"
    legend.set_labels({"ORG": 1, "PERSON": 5})
    assert legend.toggles["PERSON"] is person
    assert [t.text() for t in legend.toggles.values()] == ["Person (5)", "Organisation (1)"]
    assert not legend.findChild(QCheckBox, "kind-GPE").isVisible()
    assert kind_for("PERSON").color.lower() in person.styleSheet().lower()
