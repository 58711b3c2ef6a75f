"""ActorTree: the actor list's tree view: its columns, selection, dragging and keys."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from reader.ui.actor_model import ActorTreeModel
from reader.ui.dispersion_delegate import DispersionDelegate
from reader.ui.snippet_delegate import SnippetDelegate


class ActorTree(QTreeView):
    """The tree of actors and their mentions over an :class:`ActorTreeModel`.

    Enter on a row activates it even where the platform style would not.
    """

    def __init__(self, model: ActorTreeModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setItemDelegateForColumn(0, SnippetDelegate(self))
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        # Several actors can be selected to merge them; the current row still decides
        # which actor the text emphasises.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAccessibleName("Actors")
        # The scroll bar is always there: appearing with the first rows it narrowed the
        # columns under the reader's eyes and laid the list out and painted it twice.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from the font: sizing columns to their contents asks every row of
        # a book's two thousand actors for its data on each change.
        metrics = self.fontMetrics()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, metrics.horizontalAdvance("Group/nationality") + 16)
        header.resizeSection(2, metrics.horizontalAdvance("Mentions") + 16)

    def add_strips(self) -> DispersionDelegate:
        """Draw the "Where" column's strips; returns their delegate."""
        strips = DispersionDelegate(self)
        column = ActorTreeModel.STRIP_COLUMN
        self.setItemDelegateForColumn(column, strips)
        self.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # The strips mark the current mention: repaint them when it moves.
        self.selectionModel().currentChanged.connect(self.viewport().update)
        return strips

    def moveCursor(  # noqa: N802
        self,
        cursorAction: QAbstractItemView.CursorAction,  # noqa: N803
        modifiers: Qt.KeyboardModifier,
    ) -> QModelIndex:
        # End goes to the last actor, not the last of the rows handed to the view so far.
        model = self.model()
        if cursorAction == QAbstractItemView.CursorAction.MoveEnd and isinstance(
            model, ActorTreeModel
        ):
            model.fetch_to(-1)
        return super().moveCursor(cursorAction, modifiers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)
