"""In a narrow window the actor names keep their room; the Kind column gives way."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow

Opener = Callable[[Path], MainWindow]


def name_fits(window: MainWindow, name: str) -> bool:
    tree = window.panel.tree
    index = window.panel.model.index(
        next(r for r, a in enumerate(window.panel.model.actors()) if a.name == name), 0
    )
    text_room = tree.visualRect(index).width() - tree.iconSize().width() - 12
    return tree.fontMetrics().horizontalAdvance(name) <= text_room


def test_names_are_whole_in_a_narrow_window(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    header = window.panel.tree.header()
    assert not header.isSectionHidden(1)
    wide_kind = header.sectionSize(1)
    window.resize(760, window.height())
    window.splitter.setSizes([460, 300])
    qtbot.waitUntil(lambda: window.panel.tree.viewport().width() < 320)
    for name in ("Jon Huntsman", "United States", "Russian Defense Ministry"):
        assert name_fits(window, name), name
    # The kind is still told by the swatch and the tooltip.
    assert header.isSectionHidden(1) or header.sectionSize(1) < wide_kind
    assert header.isSectionHidden(1) == header.isSectionHidden(3)  # the strip goes with it
    window.resize(1280, window.height())
    window.splitter.setSizes([700, 580])
    qtbot.waitUntil(lambda: not header.isSectionHidden(1) and header.sectionSize(1) == wide_kind)
    assert not header.isSectionHidden(3)
