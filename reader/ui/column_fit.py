"""ColumnFitter: in a narrow actor list the name keeps its room; the Kind column gives way.

The Kind column is wide enough for "Group/nationality". When the list narrows, the
name column keeps room for :data:`NAME_CHARS` characters first: the Kind column shrinks
(its text elided) and, below its smallest useful width, is hidden together with the
"Where" strip (if there is one). The kind stays on each row as its colour swatch and in
the row's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTreeView

#: Average characters of a name the list keeps room for before anything else.
NAME_CHARS = 22


class ColumnFitter(QObject):
    """Watches ``tree`` and sizes its kind column to the room left by the name."""

    def __init__(self, tree: QTreeView, kind_column: int, count_column: int) -> None:
        super().__init__(tree)
        self._tree = tree
        self._kind = kind_column
        self._count = count_column
        metrics = tree.fontMetrics()
        self.full_kind = metrics.horizontalAdvance("Group/nationality") + 16
        self.least_kind = metrics.horizontalAdvance("Organisation") + 12
        decoration = tree.indentation() + tree.iconSize().width() + 12
        self.name_room = metrics.averageCharWidth() * NAME_CHARS + decoration
        self._strip = -1
        self._full_strip = 0
        tree.viewport().installEventFilter(self)

    def set_strip(self, column: int, full_width: int) -> None:
        """Let the strip ``column`` (``full_width`` wide when there is room) give way too."""
        self._strip, self._full_strip = column, full_width
        self.fit()

    def fit(self) -> None:
        header = self._tree.header()
        room = self._tree.viewport().width() - header.sectionSize(self._count) - self.name_room
        strip = self._full_strip if self._strip >= 0 else 0
        narrow = room - strip < self.least_kind
        header.setSectionHidden(self._kind, narrow)
        if not narrow:
            header.resizeSection(self._kind, min(self.full_kind, room - strip))
        if self._strip >= 0:
            # A narrow list keeps names and counts: the strip goes with the Kind column.
            header.setSectionHidden(self._strip, narrow)
            header.resizeSection(self._strip, strip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)
