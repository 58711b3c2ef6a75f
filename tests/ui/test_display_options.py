"""One owner for what the reader chose to see: the window's DisplayOptions, handed down."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from reader.core.text.mentions import Mention
from reader.ui.main_window import MainWindow

Opener = Callable[[Path], MainWindow]


def highlighted(window: MainWindow, mention: Mention) -> bool:
    """True when the text shows ``mention`` highlighted (it answers a hover or a click)."""
    return window.view.mention_at(window.view.offsets().to_qt(mention.start)) is not None


def listed_kinds(window: MainWindow) -> set[str]:
    return {actor.label for actor in window.panel.model.actors()}


def test_hiding_a_kind_in_the_legend_hides_it_in_the_text_and_the_panel(
    qtbot: QtBot, open_document: Opener, seed_path: Path, settings: QSettings
) -> None:
    window = open_document(seed_path)
    assert window.analysis is not None
    place = next(a for a in window.analysis.actors if a.label == "GPE").named_mentions[0]
    assert "GPE" in listed_kinds(window)
    assert highlighted(window, place)

    window.legend.toggles["GPE"].click()

    assert "GPE" in window.display_options.hidden_kinds
    assert "GPE" not in listed_kinds(window)
    qtbot.waitUntil(lambda: not window.view.is_styling())
    assert not highlighted(window, place)
    assert "GPE" in str(settings.value("view/hidden_kinds")).split(",")
    assert not window.legend.toggles["GPE"].isChecked()

    window.legend.toggles["GPE"].click()

    assert "GPE" not in window.display_options.hidden_kinds
    assert "GPE" in listed_kinds(window)
    qtbot.waitUntil(lambda: not window.view.is_styling())
    assert highlighted(window, place)


def test_options_set_by_the_window_reach_the_legend_the_text_and_the_panel(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    assert window.analysis is not None
    person = next(a for a in window.analysis.actors if a.label == "PERSON").named_mentions[0]
    with qtbot.waitSignal(window.display_options_changed) as changed:
        window.set_display_options(window.display_options.with_kind("PERSON", shown=False))
    assert changed.args == [window.display_options]
    assert not window.legend.toggles["PERSON"].isChecked()
    assert "PERSON" not in listed_kinds(window)
    qtbot.waitUntil(lambda: not window.view.is_styling())
    assert not highlighted(window, person)

    window.set_display_options(window.display_options.with_inferred(True))
    assert window.panel.inferred_check.isChecked()
    assert "inferred" in window.panel.summary()


def test_showing_inferred_mentions_updates_the_text_the_panel_and_the_status_bar(
    qtbot: QtBot, open_document: Opener, seed_path: Path, settings: QSettings
) -> None:
    window = open_document(seed_path)
    assert window.analysis is not None
    actor = next(a for a in window.analysis.actors if len(a.mentions) > len(a.named_mentions))
    pronoun = next(m for m in actor.mentions if m.inferred)
    assert not window.display_options.show_inferred
    assert not highlighted(window, pronoun)
    assert "inferred" not in window.status_bar.status()
    window.panel.select_actor(actor.id)
    named = len(actor.named_mentions)
    assert window.panel.position() == f"1 of {named}"

    qtbot.mouseClick(window.panel.inferred_check, Qt.MouseButton.LeftButton)

    assert window.display_options.show_inferred
    assert settings.value("view/inferred", type=bool) is True
    assert "inferred" in window.panel.summary()
    assert "inferred" in window.status_bar.status()
    assert window.panel.position() == f"1 of {len(actor.mentions)}"
    assert pronoun in window.panel.current_mentions()
    qtbot.waitUntil(lambda: not window.view.is_styling())
    assert highlighted(window, pronoun)

    qtbot.mouseClick(window.panel.inferred_check, Qt.MouseButton.LeftButton)

    assert not window.display_options.show_inferred
    assert settings.value("view/inferred", type=bool) is False
    assert "inferred" not in window.status_bar.status()
    assert pronoun not in window.panel.current_mentions()
