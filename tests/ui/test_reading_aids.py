"""What every reader has: find in the text, zoom, light and dark, help, remembered settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette, QTextCursor
from pytestqt.qtbot import QtBot

from reader.core.display.themes import WINDOW, contrast_ratio, find_look, highlight_look
from reader.ui.analysis_service import AnalysisService
from reader.ui.main_window import MainWindow
from reader.ui.zoom import DEFAULT_POINTS

Opener = Callable[[Path], MainWindow]


def marks(window: MainWindow) -> list[tuple[int, int, str]]:
    """The extra selections drawn on the text: (start, end, background)."""
    return [
        (s.cursor.selectionStart(), s.cursor.selectionEnd(), s.format.background().color().name())
        for s in window.view.extraSelections()
    ]


def test_ctrl_f_opens_find_and_typing_counts_and_marks_matches(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    text = seed_path.read_text(encoding="utf-8")
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.aids.find_bar
    assert bar.isVisible()
    assert bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "Russia")
    expected = text.lower().count("russia")
    assert expected > 3
    qtbot.waitUntil(lambda: bar.count_label.text() == f"1 of {expected}")
    light = find_look("light", False).background
    current = find_look("light", True).background
    drawn = marks(window)
    assert drawn  # every match on screen is marked, the current one in its own colour
    assert all(window.view.toPlainText()[a:b].lower() == "russia" for a, b, _ in drawn)
    assert {colour for _a, _b, colour in drawn} <= {light, current}
    assert [colour for *_span, colour in drawn].count(current) == 1
    start, end = bar.matches[0]
    assert window.view.textCursor().selectedText() == text[start:end]
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.count_label.text() == f"2 of {expected}"
    assert window.view.textCursor().selectionStart() == bar.matches[1][0]
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == f"{expected} of {expected}"  # wraps round

    bar.case_check.setChecked(True)
    assert bar.count_label.text().endswith(f"of {text.count('Russia')}")
    bar.edit.setText("russia")
    assert bar.count_label.text() == "No matches"
    assert marks(window) == []
    bar.case_check.setChecked(False)
    bar.word_check.setChecked(True)
    whole = len([1 for a, b in bar.matches if not text[b : b + 1].isalpha()])
    assert len(bar.matches) == whole
    assert whole < expected

    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert marks(window) == []
    assert window.view.hasFocus()


def test_find_marks_follow_the_scroll(qtbot: QtBot, open_document: Opener, seed_path: Path) -> None:
    window = open_document(seed_path)
    window.aids.open_find()
    bar = window.aids.find_bar
    bar.edit.setText("the")
    bar.word_check.setChecked(True)
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum())

    def on_screen() -> set[tuple[int, int]]:
        first, last = bar.visible_range()
        return {m for m in bar.matches if first <= m[0] <= last}

    qtbot.waitUntil(lambda: {(a, b) for a, b, _ in marks(window)} >= on_screen())
    assert min(on_screen()) > bar.matches[3]  # the marks moved down with the text


def test_the_actor_filter_keeps_its_own_shortcut_shown_in_its_placeholder(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_document(seed_path)
    assert "Ctrl+Shift+F" in window.panel.filter_edit.placeholderText()
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.panel.filter_edit.hasFocus()
    assert not window.aids.find_bar.isVisible()


def test_zoom_changes_the_text_size_and_is_remembered(
    qtbot: QtBot,
    open_document: Opener,
    seed_path: Path,
    settings: QSettings,
    analysis_service: AnalysisService,
) -> None:
    window = open_document(seed_path)
    assert window.view.font().pointSizeF() == DEFAULT_POINTS
    before = window.view.fontMetrics().height()
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    bigger = window.view.font().pointSizeF()
    assert bigger > DEFAULT_POINTS
    assert window.view.fontMetrics().height() > before
    qtbot.keyClick(window.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.view.font().pointSizeF() == DEFAULT_POINTS
    window.aids.zoom.zoom_in_action.trigger()
    window.aids.zoom.zoom_in_action.trigger()
    window.aids.zoom.zoom_out_action.trigger()
    zoomed = window.view.font().pointSizeF()
    assert DEFAULT_POINTS < zoomed < bigger
    view_menu = [a.text() for a in window.view_menu.actions()]
    assert {"Zoom &In", "Zoom &Out", "&Actual Size"} <= set(view_menu)
    window.close()
    again = MainWindow(analysis_service, settings)
    qtbot.addWidget(again)
    try:
        assert again.view.font().pointSizeF() == zoomed
    finally:
        again.close()
        again.loader.shutdown()


def highlight_colours(window: MainWindow, position: int) -> tuple[str, str]:
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(position + 1)
    fmt = cursor.charFormat()
    return fmt.background().color().name(), fmt.foreground().color().name()


def test_dark_theme_from_the_view_menu_recolours_window_and_highlights(
    qtbot: QtBot,
    open_document: Opener,
    seed_path: Path,
    settings: QSettings,
    analysis_service: AnalysisService,
) -> None:
    window = open_document(seed_path)
    assert window.analysis is not None
    mention = window.analysis.actors[0].mentions[0]
    light = highlight_look(mention.label, "light")
    assert highlight_colours(window, mention.start) == (light.background.lower(), light.text)
    window.aids.theme.actions["dark"].trigger()
    qtbot.waitUntil(lambda: not window.view.is_styling())
    dark = highlight_look(mention.label, "dark")
    assert highlight_colours(window, mention.start) == (dark.background, dark.text)
    # Hidden kinds (dates here) are drawn in the page's own text colour, never black on dark.
    date = next(p.mention for p in window.view.placed_mentions() if p.mention.label == "DATE")
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(date.start + 1)
    brush = cursor.charFormat().foreground()
    assert brush.style() == Qt.BrushStyle.NoBrush or brush.color().name() == WINDOW["dark"].text
    # The palette reaches the widgets by posted events.
    qtbot.waitUntil(
        lambda: window.view.palette().color(QPalette.ColorRole.Base).name() == WINDOW["dark"].base
    )
    base = WINDOW["dark"].base
    text = window.view.palette().color(QPalette.ColorRole.Text).name()
    assert contrast_ratio(text, base) >= 4.5
    window.close()
    again = MainWindow(analysis_service, settings)
    qtbot.addWidget(again)
    try:
        assert again.aids.theme.choice == "dark"
        assert again.view.theme() == "dark"
        again.aids.theme.actions["system"].trigger()
        assert again.view.theme() == (
            "dark" if QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark else "light"
        )
    finally:
        again.close()
        again.loader.shutdown()
    assert QGuiApplication.palette().color(QPalette.ColorRole.Base).name() != WINDOW["dark"].base


def test_keyboard_shortcuts_lists_every_shortcut_from_the_actions(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.aids.shortcuts_action.trigger()
    dialog = window.aids.last_dialog
    assert dialog is not None
    table = dialog.table  # type: ignore[attr-defined]
    shown = {(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    expected = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        for action in menu.actions() if menu is not None else []:
            if action.shortcut().isEmpty() or action.menu() is not None:
                continue
            keys = ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            )
            expected.add((action.text().replace("&", "").rstrip("…"), keys))
    assert expected <= shown
    commands = {command for command, _keys in shown}
    assert {"Find in Text", "Zoom In", "Next Mention", "Filter Actors", "Open"} <= commands


def test_about_gives_version_pipeline_and_licences(qtbot: QtBot, window: MainWindow) -> None:
    window.aids.about_action.trigger()
    dialog = window.aids.last_dialog
    assert dialog is not None
    about = dialog.label.text()  # type: ignore[attr-defined]
    assert "Entity Reader 0.1.0" in about
    assert "spaCy 3.8" in about
    assert str(window.service.pipeline_label or "not loaded yet") in about
    assert "PySide6-Essentials" in about
    assert "LGPL" in about
    assert "pycountry" in about


def test_hidden_kinds_are_remembered(
    qtbot: QtBot,
    open_document: Opener,
    seed_path: Path,
    settings: QSettings,
    analysis_service: AnalysisService,
) -> None:
    window = open_document(seed_path)
    window.legend.toggles["GPE"].click()  # off
    window.legend.toggles["DATE"].click()  # on: values start hidden
    window.close()
    again = MainWindow(analysis_service, settings)
    qtbot.addWidget(again)
    try:
        hidden = again.display_options.hidden_kinds
        assert "GPE" in hidden
        assert "DATE" not in hidden
        assert "MONEY" in hidden
    finally:
        again.close()
        again.loader.shutdown()
