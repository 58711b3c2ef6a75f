"""A mention row in the panel shows the mention itself, centred, however narrow the panel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from reader.ui.actor_model import ActorTreeModel
from reader.ui.main_window import MainWindow
from reader.ui.snippet_delegate import SnippetDelegate

Opener = Callable[[Path], MainWindow]


def drawn(window: MainWindow, index: QModelIndex) -> tuple[str, str, str]:
    """What the row at ``index`` shows: before, the mention, after (as laid out now)."""
    tree = window.panel.tree
    snippet = index.data(ActorTreeModel.SnippetRole)
    width = tree.visualRect(index).width()
    before, after = SnippetDelegate.fitted(snippet, tree.font(), width, inferred=False)
    return before, snippet[1], after


def test_each_mention_row_is_centred_on_its_mention(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    window.splitter.setSizes([900, 300])  # a narrow panel
    tree = window.panel.tree
    assert window.analysis is not None
    russia = next(a for a in window.analysis.actors if a.name == "Russia")
    window.panel.select_actor(russia.id)
    parent = window.panel.model.actor_index(russia.id)
    tree.expand(parent)
    qtbot.waitUntil(lambda: tree.isExpanded(parent))
    font = tree.font()
    bold = QFont(font)
    bold.setBold(True)
    regular, strong = QFontMetrics(font), QFontMetrics(bold)
    late = 0
    for row in range(window.panel.model.rowCount(parent)):
        index = window.panel.model.index(row, 0, parent)
        width = tree.visualRect(index).width()
        assert 0 < width < 320
        before, text, after = drawn(window, index)
        assert text.casefold().startswith(("russia", "moscow")), text
        left = regular.horizontalAdvance(before)
        right = left + strong.horizontalAdvance(text)
        assert right <= width, f"the mention is cut off: {before!r} {text!r}"
        full_before, _text, full_after = index.data(ActorTreeModel.SnippetRole)
        if regular.horizontalAdvance(full_before) > width / 2:
            # A mention late in its sentence: the start is cut, never the mention.
            late += 1
            assert before.startswith("…")
            if regular.horizontalAdvance(full_after) > width / 2:
                assert abs((left + right) / 2 - width / 2) < width / 8  # centred
        # The whole sentence is in the row's tooltip.
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert text in tip
        assert len(tip) >= len(before + text + after) - 2
    assert late >= 2, "the seed has Russia mentions late in long sentences"
