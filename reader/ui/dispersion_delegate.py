"""DispersionDelegate: the "Where" strip of an actor row, a tick at each mention, painted.

The strip is the whole text in miniature, like a sparkline: a tick where each listed
mention starts. It is painted by this delegate from the model's fractions, never built
from widgets, so a book's two thousand rows scroll as fast as plain text rows. Ticks
closer than a pixel are drawn once. The current mention (the one F3 and the text show)
is a taller, stronger tick. A click on the strip goes to the mention nearest to it.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QLineF,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from reader.core.text.kinds import kind_for
from reader.core.text.mentions import Actor, Mention
from reader.ui.actor_model import ActorTreeModel

#: Space left and right of the strip, in pixels: the first and last ticks stay visible.
PAD = 6

_Index = QModelIndex | QPersistentModelIndex


def tick_x(rect: QRect, fraction: float) -> int:
    """The x of a tick at ``fraction`` of the text in a strip drawn in ``rect``."""
    return rect.left() + PAD + round(fraction * max(1, rect.width() - 2 * PAD - 1))


def nearest(fractions: tuple[float, ...], fraction: float) -> int:
    """The index of the fraction nearest ``fraction`` (``fractions`` is sorted, non-empty)."""
    at = bisect_left(fractions, fraction)
    if at == 0:
        return 0
    if at == len(fractions):
        return len(fractions) - 1
    return at if fractions[at] - fraction < fraction - fractions[at - 1] else at - 1


class DispersionDelegate(QStyledItemDelegate):
    """Paints the strip column of :class:`ActorTreeModel` and turns clicks into jumps.

    Signals:
        mention_clicked(object, object): (Actor, Mention) whose tick was clicked.
    """

    mention_clicked = Signal(object, object)

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree
        # Tick columns per strip and width: a book's top rows hold thousands of mentions
        # each, and rows repaint on every hover. Keyed by the model's (cached) tuple; the
        # tuple is kept too, so a reused id() never hands back another row's ticks.
        self._columns: dict[tuple[int, int], tuple[tuple[float, ...], list[int]]] = {}

    def columns(self, fractions: tuple[float, ...], width: int) -> list[int]:
        """The distinct x offsets (from the strip's left) of ticks at ``fractions``."""
        key = (id(fractions), width)
        found = self._columns.get(key)
        if found is not None and found[0] is fractions:
            return found[1]
        span = max(1, width - 2 * PAD - 1)
        xs = sorted({PAD + round(f * span) for f in fractions})
        if len(self._columns) > 4096:
            self._columns.clear()
        self._columns[key] = (fractions, xs)
        return xs

    def current(self, row_actor: Actor) -> Mention | None:
        """The mention the panel has current for ``row_actor``, if that actor is current."""
        index = self._tree.currentIndex()
        if not index.isValid() or index.data(ActorTreeModel.ActorRole) is not row_actor:
            return None
        mention = index.data(ActorTreeModel.MentionRole)
        if isinstance(mention, Mention):
            return mention
        model = self._tree.model()
        if isinstance(model, ActorTreeModel):
            shown = model.visible_mentions(row_actor)
            return shown[0] if shown else None  # selecting an actor shows its first mention
        return None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        fractions = index.data(ActorTreeModel.StripRole)
        actor = index.data(ActorTreeModel.ActorRole)
        self.initStyleOption(option, index)
        style = option.widget.style()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        if not isinstance(actor, Actor) or not fractions:
            return
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        middle = rect.center().y()
        top, bottom = rect.top() + 4, rect.bottom() - 3
        painter.save()
        baseline = QColor(text_colour)
        baseline.setAlphaF(0.25)
        painter.setPen(QPen(baseline, 1))
        painter.drawLine(rect.left() + PAD, middle, rect.right() - PAD, middle)
        accent = QColor(kind_for(actor.label).accent)
        painter.setPen(QPen(text_colour if selected else accent, 1))
        left = rect.left()
        lines = [
            QLineF(left + x, top + 2, left + x, bottom - 2)
            for x in self.columns(fractions, rect.width())
        ]
        painter.drawLines(lines)
        current = self.current(actor)
        if current is not None:
            model = self._tree.model()
            shown = model.visible_mentions(actor) if isinstance(model, ActorTreeModel) else ()
            if current in shown:
                x = tick_x(rect, fractions[shown.index(current)])
                painter.setPen(QPen(text_colour, 3))
                painter.drawLine(x, rect.top() + 1, x, rect.bottom() - 1)
        painter.restore()

    def editorEvent(
        self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index: _Index
    ) -> bool:
        if not isinstance(event, QMouseEvent) or event.button() != Qt.MouseButton.LeftButton:
            return super().editorEvent(event, model, option, index)
        fractions = index.data(ActorTreeModel.StripRole)
        actor = index.data(ActorTreeModel.ActorRole)
        if not isinstance(actor, Actor) or not fractions or not isinstance(model, ActorTreeModel):
            return super().editorEvent(event, model, option, index)
        if event.type() == QEvent.Type.MouseButtonPress:
            return True  # the release decides; the row is not selected on its own first
        if event.type() == QEvent.Type.MouseButtonRelease:
            rect: QRect = option.rect
            width = max(1, rect.width() - 2 * PAD - 1)
            fraction = (event.position().x() - rect.left() - PAD) / width
            shown = model.visible_mentions(actor)
            self.mention_clicked.emit(actor, shown[nearest(fractions, fraction)])
            return True
        return super().editorEvent(event, model, option, index)
