"""Merge Into, Move To and Mark As pick their actor from a searchable list, not a menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.edit_driving import (
    Opener,
    actor_named,
    find_action,
    has_actor,
    own_store,
    panel_menu,
    select_actors,
)
from tests.ui.settling import reader_waits

__all__ = ["own_store", "reader_waits"]  # autouse fixtures: imported to be active here


def test_merge_into_opens_a_list_the_reader_narrows_by_typing(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    russia = actor_named(window, "Russia")
    select_actors(window, russia)
    menu = panel_menu(window)
    # One entry, not one per actor.
    assert not any("Moscow" in a.text() for a in menu.actions())
    merge = find_action(menu, "Merge “Russia” Into…")
    assert merge.menu() is None
    merge.trigger()
    picker = window.edit_actions.last_picker
    assert picker is not None
    qtbot.waitUntil(picker.isVisible)
    listed = picker.shown_names()
    assert "Russia" not in listed  # not into itself
    assert listed[:2] == ["United States", "Moscow"]  # most mentioned first
    assert picker.count_label.text() == f"{len(listed)} of {len(listed)} actors"
    qtbot.keyClicks(picker.filter_edit, "mo")
    assert picker.shown_names()[0] == "Moscow"
    qtbot.keyClicks(picker.filter_edit, "zz")
    assert picker.shown_names() == []
    assert picker.count_label.text() == "No actor matches “mozz”"
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)  # nothing to take: stays open
    assert picker.isVisible()
    for _ in range(3):
        qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Backspace)
    assert len(picker.shown_names()) > 1
    assert picker.shown_names()[0] == "Moscow"
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)  # the arrows move in the list
    chosen = picker.current_actor()
    assert chosen is not None
    assert chosen.name == picker.shown_names()[1]
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Up)
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert not picker.isVisible()
    assert not has_actor(window, "Russia")
    assert len(actor_named(window, "Moscow").mentions) == len(russia.mentions) + 7


def test_escape_closes_the_list_without_an_edit(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    select_actors(window, actor_named(window, "Russia"))
    find_action(panel_menu(window), "Merge “Russia” Into…").trigger()
    picker = window.edit_actions.last_picker
    assert picker is not None
    qtbot.waitUntil(picker.isVisible)
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Escape)
    assert not picker.isVisible()
    assert has_actor(window, "Russia")
    assert not window.edit_actions.controller.can_undo
