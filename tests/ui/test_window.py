"""The window as a reader uses it: open, read the highlights, click, step, filter, hide."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from reader.core.text.kinds import kind_for
from reader.core.text.mentions import Actor, Mention
from reader.ui.actor_model import ActorTreeModel
from reader.ui.main_window import MainWindow

Opener = Callable[[Path], MainWindow]


def actor_named(window: MainWindow, name: str) -> Actor:
    assert window.analysis is not None
    return next(a for a in window.analysis.actors if a.name == name)


def background_at(window: MainWindow, position: int) -> str:
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(position + 1)  # the format of the character before the cursor
    return cursor.charFormat().background().color().name()


def click_text(qtbot: QtBot, window: MainWindow, position: int) -> None:
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(position + 1)
    point = window.view.cursorRect(cursor).center()
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def click_row(qtbot: QtBot, window: MainWindow, actor: Actor) -> None:
    tree = window.panel.tree
    index = window.panel.model.actor_index(actor.id)
    tree.scrollTo(index)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center()
    )


def test_seed_opens_with_every_actor_highlighted(open_document: Opener, seed_path: Path) -> None:
    window = open_document(seed_path)
    huntsman = actor_named(window, "Jon Huntsman")
    person = kind_for("PERSON").color.lower()
    for mention in huntsman.named_mentions:
        assert background_at(window, mention.start) == person
    assert window.windowTitle().startswith(
        "Russian Defense Minister Meets U.S. Ambassador To Moscow"
    )
    assert "actors" in window.status_bar.status()
    assert "en_core_web" in window.status_bar.pipeline() or "spaCy" in window.status_bar.pipeline()
    # Plain words stay plain.
    plain_at = window.view.toPlainText().index("ceremony")
    assert background_at(window, plain_at) != person


def test_selecting_an_actor_puts_the_cursor_on_its_first_mention(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    huntsman = actor_named(window, "Jon Huntsman")
    click_row(qtbot, window, huntsman)
    cursor = window.view.textCursor()
    first = huntsman.named_mentions[0]
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (first.start, first.end)
    assert window.panel.position() == f"1 of {len(huntsman.named_mentions)}"
    # The others fade: a Russia mention no longer has its full colour.
    russia = actor_named(window, "Russia").named_mentions[0]
    assert background_at(window, russia.start) != kind_for("GPE").color.lower()


def test_clicking_a_highlight_selects_its_actor_and_mention_row(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    huntsman = actor_named(window, "Jon Huntsman")
    third = huntsman.named_mentions[2]
    click_text(qtbot, window, third.start + 1)
    current = window.panel.tree.currentIndex()
    assert current.data(ActorTreeModel.ActorRole).name == "Jon Huntsman"
    assert current.data(ActorTreeModel.MentionRole) == third
    assert window.panel.position() == f"3 of {len(huntsman.named_mentions)}"


def test_f3_steps_through_mentions_and_wraps(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    huntsman = actor_named(window, "Jon Huntsman")
    count = len(huntsman.named_mentions)
    click_row(qtbot, window, huntsman)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    seen = []
    for _ in range(count):
        qtbot.keyClick(window.panel.tree, Qt.Key.Key_F3)
        seen.append(window.view.textCursor().selectionStart())
    assert window.panel.position() == f"1 of {count}"  # wrapped round
    assert seen == [m.start for m in huntsman.named_mentions[1:]] + [
        huntsman.named_mentions[0].start
    ]
    qtbot.keyClick(window.panel.tree, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.panel.position() == f"{count} of {count}"
    window.panel.previous_button.click()
    assert window.panel.position() == f"{count - 1} of {count}"


def test_hovering_a_highlight_tells_actor_kind_and_place(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    huntsman = actor_named(window, "Jon Huntsman")
    second = huntsman.named_mentions[1]
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(second.start + 2)
    point = window.view.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, window.view.viewport().mapToGlobal(point))
    window.view.viewportEvent(event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "Jon Huntsman" in QToolTip.text()
    assert "Person" in QToolTip.text()
    assert f"mention 2 of {len(huntsman.named_mentions)}" in QToolTip.text()


def test_filter_narrows_the_list_as_you_type(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    everyone = window.panel.model.rowCount()
    qtbot.keyClicks(window.panel.filter_edit, "hunts")
    names = [a.name for a in window.panel.model.actors()]
    assert names == ["Jon Huntsman"]
    window.panel.filter_edit.clear()
    assert window.panel.model.rowCount() == everyone


def test_toggling_a_kind_hides_its_highlights_and_actors(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    russia = actor_named(window, "Russia").named_mentions[0]
    assert background_at(window, russia.start) == kind_for("GPE").color.lower()
    toggle = window.legend.toggles["GPE"]
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton, pos=QPoint(6, toggle.height() // 2))
    qtbot.waitUntil(lambda: not window.view.is_styling())
    assert background_at(window, russia.start) != kind_for("GPE").color.lower()
    assert all(a.label != "GPE" for a in window.panel.model.actors())
    # Dates are off by default and come back on request.
    assert "DATE" in window.legend.toggles
    assert not window.legend.toggles["DATE"].isChecked()


def test_sort_orders_on_offer(open_document: Opener, seed_path: Path) -> None:
    window = open_document(seed_path)
    combo = window.panel.sort_combo
    combo.setCurrentIndex(combo.findData("name"))
    names = [a.name for a in window.panel.model.actors()]
    assert names == sorted(names, key=str.casefold)
    combo.setCurrentIndex(combo.findData("mentions"))
    counts = [len(a.named_mentions) for a in window.panel.model.actors()]
    assert counts == sorted(counts, reverse=True)


def test_enter_on_an_actor_jumps_to_it(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    tree = window.panel.tree
    tree.setFocus()
    moscow = actor_named(window, "Moscow")
    tree.setCurrentIndex(window.panel.model.actor_index(moscow.id))
    window.view.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.view.textCursor().selectionStart() == moscow.named_mentions[0].start


def test_expanding_an_actor_lists_each_mention_in_its_sentence(
    open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    model = window.panel.model
    huntsman = actor_named(window, "Jon Huntsman")
    parent = model.actor_index(huntsman.id)
    assert model.rowCount(parent) == len(huntsman.named_mentions)
    _before, text, after = model.index(3, 0, parent).data(ActorTreeModel.SnippetRole)
    assert text == "Huntsman"
    assert "credentials" in after


def test_emoji_before_a_name_keeps_highlights_in_place(
    open_document: Opener, tmp_path: Path
) -> None:
    path = tmp_path / "emoji.txt"
    path.write_text(
        "😀😀 Angela Merkel met Emmanuel Macron in Paris on Monday.\n", encoding="utf-8"
    )
    window = open_document(path)
    assert window.analysis is not None
    for actor in window.analysis.actors:
        mention = actor.named_mentions[0]
        window.panel.select_actor(actor.id)
        assert window.view.textCursor().selectedText() == mention.text


def test_changing_the_view_keeps_the_readers_place(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    huntsman = actor_named(window, "Jon Huntsman")
    click_row(qtbot, window, huntsman)
    window.panel.next_mention()
    window.panel.next_mention()
    assert window.panel.position() == f"3 of {len(huntsman.named_mentions)}"
    window.legend.toggles["DATE"].setChecked(True)
    window.panel.sort_combo.setCurrentIndex(window.panel.sort_combo.findData("name"))
    assert window.panel.position() == f"3 of {len(huntsman.named_mentions)}"
    assert window.view.textCursor().selectionStart() == huntsman.named_mentions[2].start


def test_mention_rows_use_the_whole_width(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    huntsman = actor_named(window, "Jon Huntsman")
    parent = window.panel.model.actor_index(huntsman.id)
    window.panel.tree.expand(parent)
    assert window.panel.tree.isFirstColumnSpanned(0, parent)


def test_tab_moves_between_text_filter_and_list(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert window.panel.filter_edit.hasFocus()
    qtbot.keyClick(window.panel.filter_edit, Qt.Key.Key_Tab)
    assert window.panel.tree.hasFocus()


def test_inferred_mentions_appear_behind_their_toggle(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    huntsman = actor_named(window, "Jon Huntsman")
    inferred = [m for m in huntsman.mentions if m.inferred]
    assert inferred, "the seed says 'he' and 'his' of Huntsman"
    parent = window.panel.model.actor_index(huntsman.id)
    assert window.panel.model.rowCount(parent) == len(huntsman.named_mentions)
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(inferred[0].start + 1)
    assert cursor.charFormat().underlineStyle() != cursor.charFormat().UnderlineStyle.DotLine
    window.panel.inferred_check.setChecked(True)
    qtbot.waitUntil(lambda: not window.view.is_styling())
    parent = window.panel.model.actor_index(huntsman.id)
    assert window.panel.model.rowCount(parent) == len(huntsman.mentions)
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(inferred[0].start + 1)
    assert cursor.charFormat().underlineStyle() == cursor.charFormat().UnderlineStyle.DotLine


def test_page_furniture_is_shown_subdued(open_document: Opener, seed_path: Path) -> None:
    window = open_document(seed_path)
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(3)  # inside "Accessibility links"
    furniture = cursor.charFormat().foreground().color().name()
    cursor.setPosition(window.view.toPlainText().index("ceremony") + 2)
    body = cursor.charFormat().foreground().color().name()
    assert furniture != body


def test_a_long_text_is_highlighted_while_it_is_analysed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, seed_path: Path
) -> None:
    path = tmp_path / "long.txt"
    path.write_text(seed_path.read_text(encoding="utf-8") * 40, encoding="utf-8")
    early: list[tuple[bool, tuple[Mention, ...]]] = []

    def record(mentions: tuple[Mention, ...]) -> None:
        early.append((window.analysis is None, mentions))

    window.service.analysis_partial.connect(record)
    try:
        with qtbot.waitSignal(window.service.analysis_ready, timeout=120_000):
            window.open_path(str(path))
    finally:
        window.service.analysis_partial.disconnect(record)
    qtbot.waitUntil(lambda: not window.view.is_styling())
    assert len(early) >= 2
    assert all(before for before, _ in early)
    huntsman = actor_named(window, "Jon Huntsman")
    assert (
        background_at(window, huntsman.named_mentions[-1].start) == kind_for("PERSON").color.lower()
    )
