"""Who appears with whom: the companions of the selected actor, a click selects one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.core.actors.cooccurrence import Cooccurrence
from reader.core.text.mentions import Actor
from reader.ui.main_window import MainWindow

Opener = Callable[[Path], MainWindow]


def actor_named(window: MainWindow, name: str) -> Actor:
    assert window.analysis is not None
    return next(a for a in window.analysis.actors if a.name == name)


def open_with_index(qtbot: QtBot, open_document: Opener, path: Path) -> MainWindow:
    window = open_document(path)
    qtbot.waitUntil(lambda: window.aids.companions.index is not None)
    return window


def test_selecting_an_actor_lists_who_shares_its_sentences(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_with_index(qtbot, open_document, seed_path)
    companions = window.aids.companions.panel
    assert companions.isVisible()
    huntsman = actor_named(window, "Jon Huntsman")
    window.panel.select_actor(huntsman.id)
    listed = companions.companions()
    assert window.analysis is not None
    expected = Cooccurrence(window.analysis.article.text, window.analysis.actors).companions(
        huntsman.id
    )
    assert listed == [(c.actor.name, c.shared) for c in expected]
    assert listed
    assert [n for _name, n in listed] == sorted((n for _name, n in listed), reverse=True)
    assert huntsman.name in companions.title_label.text()


def test_clicking_a_companion_selects_it_and_shared_passages_step_through_both(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_with_index(qtbot, open_document, seed_path)
    companions = window.aids.companions.panel
    huntsman = actor_named(window, "Jon Huntsman")
    window.panel.select_actor(huntsman.id)
    row = next(i for i, (name, _n) in enumerate(companions.companions()) if name == "Russia")
    item = companions.list.topLevelItem(row)
    assert item is not None
    rect = companions.list.visualItemRect(item)
    qtbot.mouseClick(companions.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    russia = actor_named(window, "Russia")
    # The panel and the text follow: Russia is current, the text is on its first mention.
    assert window.panel.current_actor() == russia
    cursor = window.view.textCursor()
    assert cursor.selectionStart() == russia.mentions[0].start
    # The list is now Russia's companions, with Huntsman (where we came from) picked.
    partner = companions.partner()
    assert partner is not None
    assert partner.name == "Jon Huntsman"
    assert companions.shared_button.isEnabled()
    text = window.view.toPlainText()
    seen = []
    index = window.aids.companions.index
    assert index is not None
    total = len(index.shared_passages(russia.id, huntsman.id))
    for _ in range(total):
        qtbot.mouseClick(companions.shared_button, Qt.MouseButton.LeftButton)
        cursor = window.view.textCursor()
        passage = text[cursor.selectionStart() : cursor.selectionEnd()]
        assert any(m.text in passage for m in huntsman.mentions)
        assert any(m.text in passage for m in russia.mentions)
        seen.append(cursor.selectionStart())
    assert seen == sorted(seen)
    assert len(set(seen)) == total
    assert companions.passage_label.text() == f"{total} of {total}"


def test_the_paragraph_switch_counts_paragraphs(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_with_index(qtbot, open_document, seed_path)
    control = window.aids.companions
    russia = actor_named(window, "Russia")
    window.panel.select_actor(russia.id)
    sentences = dict(control.panel.companions())
    control.panel.unit_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: control.index is not None and control.index.unit == "paragraph")
    paragraphs = dict(control.panel.companions())
    assert set(sentences) <= set(paragraphs)
    assert all(paragraphs[name] >= 1 for name in paragraphs)
    assert "paragraphs" in control.panel.title_label.text()
