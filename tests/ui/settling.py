"""Wait as a reader does: an edit's new result is made off the UI thread, then shown.

A module that reads the window after edits imports :func:`reader_waits` (an autouse
fixture) and reads through :func:`settled`, which returns the window once the result of
its last edit, undo or redo is on screen.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow

_qtbot: QtBot | None = None


def settle(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """Return ``window`` once the result of its last edit, undo or redo is on screen."""
    # On screen: the new result shown and its highlights styled (they follow the list).
    qtbot.waitUntil(
        lambda: not window.applying_corrections and not window.view.is_styling(),
        timeout=10_000,
    )
    return window


@pytest.fixture(autouse=True)
def reader_waits(qtbot: QtBot) -> Iterator[None]:
    """Lets :func:`settled` wait with this test's ``qtbot``."""
    global _qtbot
    _qtbot = qtbot
    yield
    _qtbot = None


def settled(window: MainWindow) -> MainWindow:
    """:func:`settle` with the running test's ``qtbot`` (see :func:`reader_waits`)."""
    assert _qtbot is not None, "import reader_waits into the test module"
    return settle(_qtbot, window)
