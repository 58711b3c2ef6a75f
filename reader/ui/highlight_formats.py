"""The character formats of the article view: a kind's highlight, plain text, headings.

Pure functions of the look (:mod:`reader.core.display.themes`): the view caches what they make,
so a book's 43,000 highlights share a handful of formats.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat, QTextFormat

from reader.core.display.themes import WINDOW, Theme, current_look, highlight_look
from reader.core.result import PlacedMention
from reader.core.text.kinds import kind_for

_UNDERLINES = {
    "solid": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "dash": QTextCharFormat.UnderlineStyle.DashUnderline,
    "dot": QTextCharFormat.UnderlineStyle.DotLine,
    "wave": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "dashdot": QTextCharFormat.UnderlineStyle.DashDotLine,
    "none": QTextCharFormat.UnderlineStyle.NoUnderline,
}


def highlight_format(
    label: str, inferred: bool, visible: bool, fade: bool, theme: Theme
) -> QTextCharFormat:
    """How a mention of ``label`` looks; ``fade`` while another actor is emphasised."""
    if not visible:
        return plain_format()
    kind = kind_for(label)
    look = highlight_look(label, theme, fade)
    fmt = QTextCharFormat()
    if inferred:
        fmt.setBackground(Qt.GlobalColor.transparent)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        muted = QColor(WINDOW[theme].disabled_text)
        fmt.setForeground(QBrush(muted) if fade else QBrush())
    else:
        fmt.setBackground(QColor(look.background))
        fmt.setUnderlineStyle(_UNDERLINES[kind.underline])
        fmt.setForeground(QColor(look.text))
    fmt.setUnderlineColor(QColor(look.underline))
    # No weight change for the emphasised actor: bold is wider, lines would re-wrap
    # and the text move under the reader's eyes (and a headline would lose its bold).
    return fmt


def plain_format() -> QTextCharFormat:
    """No highlight: no background, no underline, the palette's text in either theme."""
    plain = QTextCharFormat()
    plain.setBackground(Qt.GlobalColor.transparent)
    plain.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
    plain.setForeground(QBrush())  # no brush: the palette's text
    plain.setToolTip("")
    return plain


def heading_format(point_size: float, title: bool) -> QTextCharFormat:
    """A heading: bold, 1.6 times the text's size for the title, 1.25 for the others."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontPointSize(point_size * (1.6 if title else 1.25))
    return fmt


def subdued_format(point_size: float) -> QTextCharFormat:
    """Page furniture and licence text: smaller and grey."""
    fmt = QTextCharFormat()
    fmt.setForeground(QColor("#8a8a8a"))
    fmt.setFontPointSize(point_size * 0.85)
    return fmt


class HighlightLooks:
    """The formats of a text's highlights: a handful of looks for a book's 43,000.

    Each look (kind, inferred, shown, faded, emphasised, theme) is built once and shared.
    """

    def __init__(self) -> None:
        self._formats: dict[tuple[object, ...], QTextCharFormat] = {}

    def format_for(
        self, placed: PlacedMention, visible: bool, focus_actor: str | None, theme: Theme
    ) -> QTextCharFormat:
        """``placed``'s look: faded when another actor (``focus_actor``) is emphasised."""
        mine = visible and placed.actor is not None and placed.actor.id == focus_actor
        fade = visible and focus_actor is not None and not mine
        label, inferred = placed.mention.label, placed.mention.inferred
        key = (visible, label, fade, mine, inferred, theme)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = highlight_format(label, inferred, visible, fade, theme)
            self._formats[key] = fmt
        return fmt


def structure_formats(
    headings: Sequence[tuple[int, int]],
    furniture: Sequence[tuple[int, int]],
    low: int,
    high: int,
    point_size: float,
) -> list[tuple[int, int, QTextCharFormat]]:
    """The headings' and page furniture's looks, for spans ending in ``(low, high]``.

    In text order; the first heading is the title. Three formats are shared by all.
    """
    title, heading = heading_format(point_size, title=True), heading_format(point_size, False)
    subdued = subdued_format(point_size)
    spans = [
        (start, end, title if index == 0 else heading)
        for index, (start, end) in enumerate(headings)
        if low < end <= high
    ]
    spans += [(start, end, subdued) for start, end in furniture if low < end <= high]
    spans.sort(key=lambda span: span[0])
    return spans


def cleared_formats(
    start: int, end: int, furniture: Sequence[tuple[int, int]], point_size: float
) -> list[tuple[int, int, QTextCharFormat]]:
    """The looks that clear a highlight from ``start`` to ``end``: plain, grey on furniture.

    A highlight of the quick first pass that the result drops may lie in page furniture
    (a book's contents): plain alone would leave it black among the grey.
    """
    plain, subdued = _clearing_looks(point_size)  # a book clears 40,000: made once
    grey = [(max(low, start), min(high, end), subdued) for low, high in furniture]
    return [(start, end, plain), *((low, high, f) for low, high, f in grey if low < high)]


@functools.cache
def _clearing_looks(point_size: float) -> tuple[QTextCharFormat, QTextCharFormat]:
    return plain_format(), subdued_format(point_size)


def tooltip_text(show_inferred: bool, placed: PlacedMention) -> str:
    """The tooltip: "Jon Huntsman — Person / mention 2 of 5", counting the mentions shown."""
    kind = kind_for(placed.mention.label)
    if placed.actor is None:
        return f"{placed.mention.text} — {kind.name}"
    shown = [m for m in placed.actor.mentions if show_inferred or not m.inferred]
    ordinal = shown.index(placed.mention) + 1 if placed.mention in shown else placed.ordinal
    inferred = " (inferred)" if placed.mention.inferred else ""
    return f"{placed.actor.name} — {kind.name}{inferred}\nmention {ordinal} of {len(shown)}"


def current_format(label: str, theme: Theme) -> QTextCharFormat:
    """The mark on the current mention: its kind's colour, solid, over any find match."""
    fmt = QTextCharFormat()
    fmt.setProperty(QTextFormat.Property.OutlinePen, None)
    look = current_look(label, theme)
    fmt.setBackground(QColor(look.background))
    fmt.setForeground(QColor(look.text))
    return fmt
