"""The actor tree's layout after a reset asks the model little: a book lists 2,000 actors."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTreeView
from pytestqt.qtbot import QtBot

from reader.core.text.mentions import Actor, Mention
from reader.ui.actor_model import ActorTreeModel
from reader.ui.actor_panel import ActorPanel

_ROOT = QModelIndex()


class CountingModel(ActorTreeModel):
    """Counts the calls Qt makes back into Python for row and column counts."""

    calls = 0

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        CountingModel.calls += 1
        return super().rowCount(parent)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        CountingModel.calls += 1
        return super().columnCount(parent)


def many_actors(count: int) -> tuple[str, tuple[Actor, ...]]:
    """A text naming ``count`` people once each, and their actors (most mentioned first)."""
    words = [f"Name{n}" for n in range(count)]
    actors, start = [], 0
    for number, word in enumerate(words, 1):
        mention = Mention(start, start + len(word), word, "PERSON")
        actors.append(Actor(f"a{number}", f"PERSON:{word}", word, "PERSON", (mention,)))
        start += len(word) + 1
    return " ".join(words), tuple(actors)


def shown_panel(qtbot: QtBot, width: int, height: int) -> ActorPanel:
    """An actor panel of this size on screen, closed with the test."""
    panel = ActorPanel()
    qtbot.addWidget(panel)
    panel.resize(width, height)
    panel.show()
    return panel


def test_laying_out_many_actors_does_not_ask_each_row_for_its_counts(qtbot: QtBot) -> None:
    text, actors = many_actors(600)
    model = CountingModel()
    tree = QTreeView()
    qtbot.addWidget(tree)
    tree.setUniformRowHeights(True)  # as the actor panel's tree
    tree.setModel(model)
    tree.show()
    model.set_actors(text, tuple(actors))
    CountingModel.calls = 0
    tree.doItemsLayout()
    # Each row handed over is still laid out (its index asked for), not its counts.
    assert model.listed_count() == 600
    assert CountingModel.calls < 100


def test_a_book_s_actors_reach_the_list_as_the_reader_goes_down_it(qtbot: QtBot) -> None:
    # Laying out all of a book's 2,000 rows at once stalled the window for 20-70 ms
    # when its result arrived: the view gets them a batch at a time.
    text, actors = many_actors(1000)
    panel = shown_panel(qtbot, 400, 600)
    panel.set_actors(text, actors)
    model, tree = panel.model, panel.tree
    assert model.listed_count() == 1000
    assert "1000 actors" in panel.summary_label.text()
    first = model.rowCount()
    assert 0 < first < 1000
    tree.verticalScrollBar().setValue(tree.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: model.rowCount() > first)  # scrolled to the end: more came

    panel.select_actor(actors[-1].id)  # as a click on its name in the text does
    assert panel.current_actor() == actors[-1]

    panel.set_actors(text, actors)  # a new result: the first batch again
    tree.setFocus()
    tree.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(tree, Qt.Key.Key_End)
    assert tree.currentIndex().data(ActorTreeModel.ActorRole) == actors[-1]


def test_the_list_keeps_its_place_and_size_when_the_analysis_ends(qtbot: QtBot) -> None:
    # The progress row going away moved the list up and resized it as the result
    # arrived: under the reader's eyes, and a layout turn more on a book.
    text, actors = many_actors(30)
    panel = shown_panel(qtbot, 420, 600)
    panel.set_actors(text, ())
    panel.set_status("Finding the actors…")
    panel.start_progress()
    panel.set_progress(3, 10)
    qtbot.waitUntil(panel.progress.isVisible)
    qtbot.waitExposed(panel)
    during = panel.tree.geometry()
    panel.stop_progress()
    panel.set_actors(text, actors)
    qtbot.waitUntil(lambda: not panel.progress.isVisible())
    QApplication.processEvents()  # the layout request, as the window's turn
    assert panel.tree.geometry() == during
    assert panel.summary_label.text().startswith("30 actors")


def test_the_columns_keep_their_width_when_a_long_list_arrives(qtbot: QtBot) -> None:
    # A scroll bar appearing with the rows narrowed the name column as the reader
    # looked, and made the list lay out and paint twice.
    text, actors = many_actors(120)
    panel = shown_panel(qtbot, 420, 400)
    qtbot.waitExposed(panel)
    header = panel.tree.header()
    before = [header.sectionSize(column) for column in range(header.count())]
    panel.set_actors(text, actors)
    qtbot.waitUntil(lambda: panel.tree.verticalScrollBar().maximum() > 0)
    QApplication.processEvents()
    assert [header.sectionSize(column) for column in range(header.count())] == before
