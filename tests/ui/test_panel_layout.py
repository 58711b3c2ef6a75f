"""The actor tree's layout after a reset asks the model little: a book lists 2,000 actors."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QTreeView
from pytestqt.qtbot import QtBot

from reader.core.text.mentions import Actor, Mention
from reader.ui.actor_model import ActorTreeModel

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


def test_laying_out_many_actors_does_not_ask_each_row_for_its_counts(qtbot: QtBot) -> None:
    words = [f"Name{n}" for n in range(600)]
    text = " ".join(words)
    actors, start = [], 0
    for number, word in enumerate(words, 1):
        mention = Mention(start, start + len(word), word, "PERSON")
        actors.append(Actor(f"a{number}", f"PERSON:{word}", word, "PERSON", (mention,)))
        start += len(word) + 1
    model = CountingModel()
    tree = QTreeView()
    qtbot.addWidget(tree)
    tree.setUniformRowHeights(True)  # as the actor panel's tree
    tree.setModel(model)
    tree.show()
    model.set_actors(text, tuple(actors))
    CountingModel.calls = 0
    tree.doItemsLayout()
    # Each row is still laid out (its index asked for), but not each row's counts.
    assert tree.model().rowCount() == 600
    assert CountingModel.calls < 100
