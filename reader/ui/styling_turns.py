"""Styling a text in event-loop turns: how much one turn may do before the window answers."""

from __future__ import annotations

import time

from PySide6.QtGui import QTextCharFormat, QTextCursor

from reader.core.text.offsets import Utf16Offsets

#: Styling work per event-loop turn, in seconds: the window answers between turns.
STYLE_SLICE_SECONDS = 0.008


def turn_deadline() -> float:
    """When the turn that starts now should hand the event loop back."""
    return time.perf_counter() + STYLE_SLICE_SECONDS


def in_budget(done: int, batch: int, deadline: float) -> bool:
    """Whether a styling turn goes on: one batch at least, then while time is left.

    The clock is read once a batch (``done`` items so far), not once an item.
    """
    return done == 0 or done % batch != 0 or time.perf_counter() < deadline


def merge_span(
    cursor: QTextCursor, offsets: Utf16Offsets, start: int, end: int, fmt: QTextCharFormat
) -> None:
    """Merge ``fmt`` into the code-point span ``[start, end)`` of ``cursor``'s document."""
    cursor.setPosition(offsets.to_qt(start))
    cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(fmt)
