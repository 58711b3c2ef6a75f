"""PySide6 6.12.0 on Python 3.11 aborts after a few thousand calls of void Qt methods.

pyproject.toml keeps that combination out; this test fails (the interpreter aborts with
"Fatal Python error: none_dealloc") if it ever comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication


def test_hundred_thousand_cursor_calls_do_not_abort(qapp: QApplication) -> None:
    document = QTextDocument("Angela Merkel met Emmanuel Macron in Paris. " * 200)
    cursor = QTextCursor(document)
    fmt = QTextCharFormat()
    fmt.setFontWeight(600)
    refs_before = sys.getrefcount(None)
    calls = 0
    length = document.characterCount() - 1
    while calls < 100_000:
        start = (calls * 7) % (length - 10)
        cursor.setPosition(start)
        cursor.setPosition(start + 5, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
        calls += 3
    # A leak of None references is the early symptom of the abort.
    assert sys.getrefcount(None) >= refs_before - 1000
