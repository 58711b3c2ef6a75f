"""ArticleView on its own: interim highlights give way to the result."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.core.documents.loading import article_from_text
from reader.core.result import place_mentions
from reader.core.text.kinds import kind_for
from reader.core.text.mentions import Mention
from reader.ui.article_view import ArticleView


def background(view: ArticleView, position: int) -> tuple[str, int]:
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 1)
    color = cursor.charFormat().background().color()
    return color.name(), color.alpha()


def test_interim_highlights_are_replaced_by_the_result(qtbot: QtBot) -> None:
    text = "Defense Minister Sergei Shoigu met Jon Huntsman in Moscow.\n"
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(article_from_text(text, "test"))
    defense = Mention(0, 7, "Defense", "ORG")
    shoigu = Mention(17, 30, "Sergei Shoigu", "PERSON")
    moscow = Mention(51, 57, "Moscow", "GPE")
    view.add_interim([defense, shoigu])
    view.add_interim([moscow])
    qtbot.waitUntil(lambda: not view.is_styling())
    assert background(view, defense.start)[0] == kind_for("ORG").color.lower()
    assert background(view, moscow.start)[0] == kind_for("GPE").color.lower()
    assert view.mention_at(moscow.start) is None  # no actor yet: nothing to click

    result = [shoigu, moscow]  # the document-wide passes dropped "Defense"
    view.set_mentions(place_mentions(result, ()))
    qtbot.waitUntil(lambda: not view.is_styling())
    assert background(view, defense.start)[1] == 0
    assert background(view, shoigu.start)[0] == kind_for("PERSON").color.lower()
    assert view.mention_at(moscow.start) is not None


def test_a_long_line_is_laid_out_in_pieces(qtbot: QtBot) -> None:
    # One QTextBlock of 2 MB is laid out again on every highlight: 0.8 s each.
    sentence = "The talks in the old town went on until late, and nobody was surprised. "
    article = article_from_text(sentence * 300, "one-line.txt")
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(article)
    qtbot.waitUntil(lambda: not view.is_styling())
    shown = view.toPlainText()
    assert view.document().blockCount() > 1
    assert len(shown) == len(article.text)  # every offset still holds
    assert shown.replace("\n", " ") == article.text.replace("\n", " ")


def foreground(view: ArticleView, position: int) -> str:
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 1)
    return cursor.charFormat().foreground().color().name()


def test_an_interim_highlight_the_result_drops_in_page_furniture_leaves_it_grey(
    qtbot: QtBot,
) -> None:
    # Sherlock Holmes's contents: the quick first pass highlighted "Red-Headed League" in
    # the grey contents; cleared by the result, it came out in black among the grey.
    text = (
        "Contents\n\n   I.     A Scandal in Bohemia\n   II.    The Red-Headed League\n"
        "   III.   A Case of Identity\n\n\nI. A SCANDAL IN BOHEMIA\n\n"
        "To Sherlock Holmes she is always the woman. Holmes smiled."
    )
    article = article_from_text(text, "contents.txt")
    assert article.furniture  # the contents are page furniture
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(article)
    qtbot.waitUntil(lambda: not view.is_styling())
    start = text.index("Red-Headed League")
    grey = foreground(view, text.index("Case of Identity"))
    assert foreground(view, start) == grey
    view.add_interim([Mention(start, start + len("Red-Headed League"), "Red-Headed League", "ORG")])
    qtbot.waitUntil(lambda: not view.is_styling())
    view.set_mentions(place_mentions([], ()))
    qtbot.waitUntil(lambda: not view.is_styling())
    assert background(view, start)[1] == 0
    assert foreground(view, start) == grey
