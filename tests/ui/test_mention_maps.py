"""Where each actor appears: the panel's strips and the text's overview ruler, both clickable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from reader.core.text.mentions import Actor, Mention
from reader.ui.actor_model import ActorTreeModel
from reader.ui.dispersion_delegate import tick_x
from reader.ui.main_window import MainWindow

Opener = Callable[[Path], MainWindow]


def actor_named(window: MainWindow, name: str) -> Actor:
    assert window.analysis is not None
    return next(a for a in window.analysis.actors if a.name == name)


def current_mention(window: MainWindow) -> Mention | None:
    return window.panel.tree.currentIndex().data(ActorTreeModel.MentionRole)


def text_at_cursor(window: MainWindow) -> tuple[int, str]:
    cursor = window.view.textCursor()
    return cursor.selectionStart(), cursor.selectedText()


def test_clicking_a_strip_tick_goes_to_that_mention(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    russia = actor_named(window, "Russia")
    tree = window.panel.tree
    index = window.panel.model.actor_index(russia.id).siblingAtColumn(ActorTreeModel.STRIP_COLUMN)
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    assert rect.width() > 60  # the strip has room to be read
    fractions = index.data(ActorTreeModel.StripRole)
    assert len(fractions) == len(russia.named_mentions)
    assert list(fractions) == sorted(fractions)
    target = russia.named_mentions[-1]
    point = QPoint(tick_x(rect, fractions[-1]), rect.center().y())
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.panel.current_actor() == russia
    assert current_mention(window) == target
    assert text_at_cursor(window) == (target.start, target.text)
    assert window.panel.position() == f"{len(fractions)} of {len(fractions)}"
    assert window.aids.maps.strips.current(russia) == target
    assert window.aids.maps.ruler.current() == target


def test_f3_and_the_strip_show_the_same_current_mention(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    moscow = actor_named(window, "Moscow")
    window.panel.select_actor(moscow.id)
    strips = window.aids.maps.strips
    assert strips.current(moscow) == moscow.named_mentions[0]
    for step in range(1, 4):
        qtbot.keyClick(window.view, Qt.Key.Key_F3)
        assert strips.current(moscow) == moscow.named_mentions[step]
        assert window.aids.maps.ruler.current() == moscow.named_mentions[step]
        assert text_at_cursor(window)[0] == moscow.named_mentions[step].start
    # The other actors' strips have no current tick.
    assert strips.current(actor_named(window, "Russia")) is None


def test_the_ruler_marks_the_selected_actors_mentions_and_a_click_goes_there(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    ruler = window.aids.maps.ruler
    assert window.view.verticalScrollBar() is ruler
    assert ruler.mark_ys() == []
    united = actor_named(window, "United States")
    window.panel.select_actor(united.id)
    ys = ruler.mark_ys()
    assert len(ys) == len(united.named_mentions)
    assert ys == sorted(ys)
    assert ys[-1] > ys[0]  # spread down the track as in the text
    handle = ruler.handle_rect()
    outside = [i for i, y in enumerate(ys) if not handle.top() - 5 <= y <= handle.bottom() + 5]
    assert outside, "every mark is under the handle: the text is too short for this test"
    y = ys[outside[-1]]
    target = united.named_mentions[ys.index(y)]  # mentions in one paragraph share a mark: the first
    qtbot.mouseClick(ruler, Qt.MouseButton.LeftButton, pos=QPoint(ruler.width() // 2, y))
    assert current_mention(window) == target
    assert text_at_cursor(window) == (target.start, target.text)
    assert ruler.current() == target
    window.clear_focus_action.trigger()
    assert ruler.mark_ys() == []


def test_strips_follow_the_pronoun_switch(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    huntsman = actor_named(window, "Jon Huntsman")
    index = window.panel.model.actor_index(huntsman.id).siblingAtColumn(ActorTreeModel.STRIP_COLUMN)
    named = len(index.data(ActorTreeModel.StripRole))
    window.panel.inferred_check.setChecked(True)
    index = window.panel.model.actor_index(huntsman.id).siblingAtColumn(ActorTreeModel.STRIP_COLUMN)
    assert len(index.data(ActorTreeModel.StripRole)) == len(huntsman.mentions) >= named


def test_the_strip_is_painted_not_built_from_widgets(
    open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    tree = window.panel.tree
    model = window.panel.model
    for row in range(model.rowCount()):
        assert tree.indexWidget(model.index(row, ActorTreeModel.STRIP_COLUMN)) is None
    image = tree.viewport().grab().toImage()
    russia = model.actor_index(actor_named(window, "Russia").id).siblingAtColumn(
        ActorTreeModel.STRIP_COLUMN
    )
    rect = tree.visualRect(russia)
    first = tick_x(rect, russia.data(ActorTreeModel.StripRole)[0])
    colours = {image.pixelColor(first, rect.center().y() + dy).name() for dy in (-3, 0, 3)}
    background = image.pixelColor(rect.right() - 2, rect.top() + 2).name()
    assert colours - {background}  # a tick is drawn where the first mention is
