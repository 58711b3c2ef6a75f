"""OverviewRuler: the text's scrollbar, marked where the selected actor is mentioned.

As code editors mark search hits: a short line on the scrollbar's track at each
mention's place in the text, the current mention stronger; a click on a mark goes to
that mention (on the handle and elsewhere on the track the scrollbar behaves as usual).
It is the view's own vertical scrollbar, so it needs no room of its own and always lines
up with it.
Marks are placed by block (paragraph), the unit the text view scrolls by.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QLineF, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider, QWidget

from reader.core.text.kinds import kind_for
from reader.core.text.mentions import Actor, Mention
from reader.core.text.offsets import Utf16Offsets

#: How near a click must be to a mark, in pixels, to go to its mention.
CLICK_SLACK = 4


class OverviewRuler(QScrollBar):
    """A vertical scrollbar that also marks one actor's mentions.

    Signals:
        mark_clicked(object, object): (Actor, Mention) whose mark was clicked.
    """

    mark_clicked = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("overviewRuler")
        self._document: QTextDocument | None = None
        self._offsets = Utf16Offsets("")
        self._actor: Actor | None = None
        self._mentions: tuple[Mention, ...] = ()
        self._fractions: list[float] = []
        self._current: Mention | None = None
        self.setMinimumWidth(14)

    # -- commands --
    def set_document(self, document: QTextDocument, offsets: Utf16Offsets) -> None:
        self._document = document
        self._offsets = offsets
        self.set_marks(None, ())

    def set_marks(self, actor: Actor | None, mentions: tuple[Mention, ...]) -> None:
        """Mark ``mentions`` of ``actor`` (none: no marks)."""
        self._actor = actor
        self._mentions = mentions
        self._current = None
        self._fractions = [self.fraction(m.start) for m in mentions]
        self.update()

    def set_current(self, mention: Mention | None) -> None:
        self._current = mention
        self.update()

    def current(self) -> Mention | None:
        """The mention marked as current (the one the text shows)."""
        return self._current

    def handle_rect(self) -> QRect:
        """The scrollbar's handle, in the ruler's coordinates."""
        return self._part(QStyle.SubControl.SC_ScrollBarSlider)

    def fraction(self, position: int) -> float:
        """Where code point ``position`` is in the text, 0 (top) to 1 (bottom), by block."""
        document = self._document
        if document is None or document.blockCount() <= 1:
            return 0.0
        block = document.findBlock(self._offsets.to_qt(position))
        return max(0, block.blockNumber()) / (document.blockCount() - 1)

    def mark_ys(self) -> list[int]:
        """The y of each mark, in the ruler's coordinates (for tests and clicks)."""
        groove = self._groove()
        span = max(1, groove.height() - 1)
        return [groove.top() + round(f * span) for f in self._fractions]

    # -- internals --
    def _part(self, part: QStyle.SubControl) -> QRect:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        return self.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option, part, self)

    def _groove(self) -> QRect:
        groove = self._part(QStyle.SubControl.SC_ScrollBarGroove)
        return groove if groove.isValid() and groove.height() > 0 else self.rect()

    # -- Qt overrides --
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._actor is None or not self._fractions:
            return
        painter = QPainter(self)
        accent = QColor(kind_for(self._actor.label).accent)
        left, right = 2, self.width() - 3
        ys = sorted(set(self.mark_ys()))
        painter.setPen(QPen(accent, 2))
        painter.drawLines([QLineF(left, y, right, y) for y in ys])
        if self._current is not None and self._current in self._mentions:
            y = self.mark_ys()[self._mentions.index(self._current)]
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 3))
            painter.drawLine(0, y, self.width(), y)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        on_handle = self._part(QStyle.SubControl.SC_ScrollBarSlider).contains(
            event.position().toPoint()
        )
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self._actor is not None
            and self._mentions
            and not on_handle
        ):
            ys = self.mark_ys()
            y = event.position().y()
            at = bisect_left(ys, round(y))
            candidates = [i for i in (at - 1, at) if 0 <= i < len(ys)]
            best = min(candidates, key=lambda i: abs(ys[i] - y), default=None)
            if best is not None and abs(ys[best] - y) <= CLICK_SLACK:
                event.accept()
                self.mark_clicked.emit(self._actor, self._mentions[best])
                return
        super().mousePressEvent(event)
