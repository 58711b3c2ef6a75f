"""The counts a reader reads: the panel's header, the status bar, the filter's result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from reader.ui.analysis_service import AnalysisService
from reader.ui.main_window import MainWindow

Opener = Callable[[Path], MainWindow]


def test_pronouns_and_descriptions_are_counted_when_shown_and_the_choice_is_kept(
    qtbot: QtBot,
    open_document: Opener,
    seed_path: Path,
    analysis_service: AnalysisService,
    settings: QSettings,
) -> None:
    window = open_document(seed_path)
    assert window.analysis is not None
    actors = len(window.analysis.actors)
    named = sum(len(a.named_mentions) for a in window.analysis.actors)
    inferred = sum(len(a.mentions) for a in window.analysis.actors) - named
    assert inferred > 0
    plain = f"{actors} actors · {named} mentions"
    assert window.panel.summary() == plain
    assert window.status_bar.status().startswith(plain + " · analysed in")
    qtbot.mouseClick(window.panel.inferred_check, Qt.MouseButton.LeftButton)
    assert window.display_options.show_inferred
    shown = f"{actors} actors · {named} mentions + {inferred} inferred"
    assert window.panel.summary() == shown
    assert window.status_bar.status().startswith(shown + " · analysed in")
    window.close()
    # The next run starts with the option as the reader left it.
    again = MainWindow(analysis_service, settings)
    qtbot.addWidget(again)
    try:
        assert again.display_options.show_inferred
        assert again.panel.inferred_check.isChecked()
    finally:
        again.close()
        again.loader.shutdown()


def test_the_filter_says_how_many_actors_it_lists(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    assert window.analysis is not None
    total = len(window.analysis.actors)
    qtbot.keyClicks(window.panel.filter_edit, "russ")
    listed = window.panel.model.rowCount()
    assert 1 < listed < total
    assert window.panel.summary().startswith(f"{listed} of {total} actors · ")
    qtbot.keyClicks(window.panel.filter_edit, "xq")
    assert window.panel.model.rowCount() == 0
    assert window.panel.summary() == f"No actor matches “russxq” ({total} actors)"
    window.panel.filter_edit.clear()
    assert window.panel.summary().startswith(f"{total} actors · ")
