"""SnippetDelegate: a mention row drawn as its sentence, the mention bold and in view.

:func:`fit_snippet` cuts the sentence so that the mention itself is centred in the row.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.ui.actor_model import ActorTreeModel

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


class SnippetDelegate(QStyledItemDelegate):
    """Draws a mention row as its sentence with the mention in bold."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        snippet = index.data(ActorTreeModel.SnippetRole)
        if snippet is None:
            super().paint(painter, option, index)
            return
        before, text, after = snippet
        mention = index.data(ActorTreeModel.MentionRole)
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        prefix = "<i>inferred</i> · " if mention is not None and mention.inferred else ""
        before, after = self.fitted(snippet, option.font, option.rect.width(), bool(prefix))
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(1)
        document.setHtml(
            f"{prefix}{html.escape(before)}<b>{html.escape(text)}</b>{html.escape(after)}"
        )
        painter.save()
        rect: QRect = option.rect
        painter.translate(rect.left() + 2, rect.top())
        painter.setClipRect(0, 0, rect.width() - 2, rect.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        document.documentLayout().draw(painter, context)
        painter.restore()

    @staticmethod
    def fitted(
        snippet: tuple[str, str, str], font: QFont, width: int, inferred: bool
    ) -> tuple[str, str]:
        """The snippet's sides as drawn in a row ``width`` wide: the mention centred."""
        before, text, after = snippet
        room = width - 6 - (QFontMetrics(font).horizontalAdvance("inferred · ") if inferred else 0)
        return fit_snippet(before, text, after, font, room)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), option.fontMetrics.height() + 6))
