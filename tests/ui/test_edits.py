"""Corrections in the window: every edit from its real menu and its undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.core.text.kinds import kind_for
from tests.ui.edit_driving import (
    Opener,
    actor_named,
    answer,
    background_at,
    has_actor,
    names,
    own_store,
    panel_menu,
    pick,
    qt_wait_styled,
    select_actors,
    select_text,
    text_menu,
    trigger,
    undo,
)
from tests.ui.settling import reader_waits

__all__ = ["own_store", "reader_waits"]  # autouse fixtures: imported to be active here


def test_rename_from_the_panel_then_undo_and_redo(
    monkeypatch: pytest.MonkeyPatch, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    assert not window.edit_actions.undo_action.isEnabled()
    count = len(actor_named(window, "Jon Huntsman").mentions)
    select_actors(window, actor_named(window, "Jon Huntsman"))
    answer(monkeypatch, "Ambassador Huntsman")
    trigger(panel_menu(window), "Rename")
    assert "Ambassador Huntsman ✎" in names(window)
    assert "Jon Huntsman" not in names(window)
    assert "1 edited ✎" in window.panel.summary()
    # The renamed actor is still the current one, with all its mentions.
    current = window.panel.current_actor()
    assert current is not None
    assert current.name == "Ambassador Huntsman"
    assert len(current.mentions) == count
    assert undo(window) == "Undo Rename “Jon Huntsman” to “Ambassador Huntsman”"
    assert "Jon Huntsman" in names(window)
    assert not window.edit_actions.undo_action.isEnabled()
    redo = window.edit_actions.redo_action
    assert redo.text() == "Redo Rename “Jon Huntsman” to “Ambassador Huntsman”"
    trigger(window.edit_menu, "Redo")
    assert "Ambassador Huntsman ✎" in names(window)


def test_change_kind_from_the_edit_menu_recolours_the_text(
    open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    kremlin = actor_named(window, "Kremlin")
    select_actors(window, kremlin)
    trigger(window.edit_menu, "Change Kind", "Building")
    changed = actor_named(window, "Kremlin")
    assert changed.label == "FAC"
    assert changed.edited
    window.view.focus_actor(None)
    window.panel.tree.clearSelection()
    qt_wait_styled(window)
    assert background_at(window, kremlin.mentions[0].start) == kind_for("FAC").color.lower()
    undo(window)
    window.view.focus_actor(None)
    qt_wait_styled(window)
    assert background_at(window, kremlin.mentions[0].start) == kind_for("ORG").color.lower()


def test_merge_several_selected_actors(open_document: Opener, seed_path: Path) -> None:
    window = open_document(seed_path)
    putin, russia = actor_named(window, "Putin"), actor_named(window, "Russia")
    total = len(putin.mentions) + len(russia.mentions)
    select_actors(window, russia, putin)
    assert window.panel.selected_actors()[0].name == "Russia"
    trigger(window.edit_menu, "Merge 2 Actors Into “Russia”")
    assert not has_actor(window, "Putin")
    assert len(actor_named(window, "Russia").mentions) == total
    assert "Russia ✎" in names(window)
    undo(window)
    assert has_actor(window, "Putin")


def test_merge_by_dragging_one_actor_onto_another(open_document: Opener, seed_path: Path) -> None:
    window = open_document(seed_path)
    model = window.panel.model
    ukrainian, ukraine = actor_named(window, "Ukrainian"), actor_named(window, "Ukraine")
    data = model.mimeData([model.actor_index(ukrainian.id)])
    target = model.actor_index(ukraine.id)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    assert not has_actor(window, "Ukrainian")
    assert len(actor_named(window, "Ukraine").mentions) == 5
    assert window.edit_actions.undo_action.text() == "Undo Merge “Ukrainian” into “Ukraine”"


def test_move_a_mention_to_a_new_actor_and_to_another_actor(
    monkeypatch: pytest.MonkeyPatch, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    ministry = actor_named(window, "Russian Defense Ministry")
    short = ministry.mentions[1]
    window.panel.select_mention(ministry.id, short)
    answer(monkeypatch, "Defense Ministry building")
    trigger(window.edit_menu, "Move “Defense Ministry” to a New Actor")
    new = actor_named(window, "Defense Ministry building")
    assert new.mentions == (short,)
    assert new.label == "ORG"
    assert len(actor_named(window, "Russian Defense Ministry").mentions) == 1
    undo(window)
    assert len(actor_named(window, "Russian Defense Ministry").mentions) == 2
    # The same mention, right-clicked in the text, to an existing actor.
    trigger(text_menu(window, short.start), "Move “Defense Ministry” To…")
    pick(window, "Kreml")
    assert len(actor_named(window, "Kremlin").mentions) == 3
    assert window.view.mention_at(short.start) is not None
    placed = window.view.mention_at(short.start)
    assert placed is not None
    assert placed.actor is not None
    assert placed.actor.name == "Kremlin"


def test_not_an_entity_here_and_never(open_document: Opener, seed_path: Path) -> None:
    window = open_document(seed_path)
    huntsman = actor_named(window, "Jon Huntsman")
    person = kind_for("PERSON").color.lower()
    last = huntsman.named_mentions[-1]
    assert background_at(window, last.start) == person
    trigger(text_menu(window, last.start), "“Huntsman” Here Is Not an Entity")
    assert len(actor_named(window, "Jon Huntsman").mentions) == len(huntsman.mentions) - 1
    assert window.view.mention_at(last.start) is None
    assert background_at(window, last.start) != person
    undo(window)
    assert window.view.mention_at(last.start) is not None
    trigger(text_menu(window, last.start), "“Huntsman” Is Never an Entity")
    left = actor_named(window, "Jon Huntsman").named_mentions
    assert [m.text for m in left] == ["Jon Huntsman", "Jon Huntsman"]


def test_mark_selected_text_as_a_new_actor_and_every_occurrence(
    open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    text = window.view.toPlainText()
    first = text.index("ceremony")
    second = text.index("ceremony", first + 1)
    select_text(window, first - 1, first + len("ceremony") + 1)  # spaces are trimmed
    trigger(text_menu(window, first + 2), "Mark “ceremony” As", "New Event")
    ceremony = actor_named(window, "ceremony")
    assert ceremony.label == "EVENT"
    assert [m.start for m in ceremony.mentions] == [first]
    assert window.view.mention_at(first) is not None
    assert window.view.mention_at(second) is None
    undo(window)
    assert not has_actor(window, "ceremony")
    select_text(window, first, first + len("ceremony"))
    trigger(text_menu(window, first + 2), "Mark Every “ceremony” As", "An Existing Actor…")
    pick(window, "Kremlin")
    kremlin = actor_named(window, "Kremlin")
    assert {first, second} <= {m.start for m in kremlin.mentions}
    # Added mentions look like found ones: the actor's kind colour.
    window.view.focus_actor(None)
    qt_wait_styled(window)
    assert background_at(window, second) == kind_for("ORG").color.lower()


def test_context_menu_events_reach_the_view(open_document: Opener, seed_path: Path) -> None:
    """Right-clicking plain text still offers Copy and Select All."""
    window = open_document(seed_path)
    plain = window.view.toPlainText().index("ceremony")
    menu = text_menu(window, plain)
    assert any("Select All" in a.text().replace("&", "") for a in menu.actions())


def test_the_undo_label_names_the_kind_a_text_was_marked_as(
    open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    text = window.view.toPlainText()
    start = text.index("intelligence community")
    select_text(window, start, start + len("intelligence community"))
    trigger(text_menu(window, start + 2), "Mark “intelligence community” As", "New Organisation")
    assert (
        window.edit_actions.undo_action.text()
        == "Undo Mark “intelligence community” as a new Organisation"
    )
    assert undo(window) == "Undo Mark “intelligence community” as a new Organisation"
    select_text(window, start, start + len("intelligence community"))
    trigger(
        text_menu(window, start + 2), "Mark Every “intelligence community” As", "An Existing Actor…"
    )
    pick(window, "Kremlin")
    # (long labels are cut to fit a menu)
    assert window.edit_actions.undo_action.text().startswith(
        "Undo Mark every “intelligence community” as “Kremlin” ("
    )
