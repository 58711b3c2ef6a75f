"""Fitting a mention's sentence into a panel row so that the mention itself is in view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

ELLIPSIS = "…"


def fit_snippet(before: str, text: str, after: str, font: QFont, width: int) -> tuple[str, str]:
    """``before`` and ``after`` cut so that ``text`` (drawn bold) sits centred in ``width``.

    A row shows as much of the sentence as fits. When it does not all fit, the mention
    is kept in the middle: the words before it are cut on the left ("…took up his post
    in") and the words after it on the right, each marked with an ellipsis. A mention
    near the start of its sentence keeps the sentence's start and gives the rest of the
    row to what follows. Widths are measured in ``font`` (the mention in its bold).
    """
    regular = QFontMetrics(font)
    bold_font = QFont(font)
    bold_font.setBold(True)
    mention = QFontMetrics(bold_font).horizontalAdvance(text)
    before_width = regular.horizontalAdvance(before)
    after_width = regular.horizontalAdvance(after)
    if before_width + mention + after_width <= width:
        return before, after
    side = max(0, (width - mention) // 2)
    if before_width <= side:
        rest = width - mention - before_width
        return before, _cut_right(after, regular, rest)
    if after_width <= side:
        rest = width - mention - after_width
        return _cut_left(before, regular, rest), after
    return _cut_left(before, regular, side), _cut_right(after, regular, side)


def _cut_left(text: str, metrics: QFontMetrics, room: int) -> str:
    if room <= metrics.horizontalAdvance(ELLIPSIS):
        return ""
    # Qt's eliding puts its own ellipsis at the cut; a leading one is kept as it is.
    return metrics.elidedText(text.lstrip(ELLIPSIS), Qt.TextElideMode.ElideLeft, room)


def _cut_right(text: str, metrics: QFontMetrics, room: int) -> str:
    if room <= metrics.horizontalAdvance(ELLIPSIS):
        return ""
    return metrics.elidedText(text.rstrip(ELLIPSIS), Qt.TextElideMode.ElideRight, room)
