"""ActorPicker: a small searchable list for choosing an actor (Merge Into, Move To, Mark As).

A book has two thousand actors: a flat menu of them cannot be read. The picker lists
them most mentioned first and narrows the list as the reader types (the ranking is
:func:`reader.core.actors.picking.rank_actors`); Enter takes the highlighted row.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.actors.picking import rank_actors
from reader.core.text.kinds import kind_for
from reader.core.text.mentions import Actor

#: Rows listed at once: enough to scroll through, never thousands of widgets' worth.
MAX_ROWS = 200
_LIST_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class ActorPicker(QDialog):
    """Choose one of ``actors``; opened with :meth:`open` so the window keeps running.

    Signals:
        picked(object): the reader chose this Actor (the dialog then closes).
    """

    picked = Signal(object)

    def __init__(self, title: str, actors: Sequence[Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("actorPicker")
        self._actors = tuple(actors)
        self.filter_edit = QLineEdit(placeholderText="Type to find an actor")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName("Find an actor")
        self.list = QListWidget()
        self.list.setAccessibleName("Actors")
        self.list.setUniformItemSizes(True)
        self.count_label = QLabel("")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self.resize(380, 420)
        self.filter_edit.textChanged.connect(self._fill)
        self.filter_edit.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._fill("")

    def shown_names(self) -> list[str]:
        """The names listed now, in order (what the reader reads)."""
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole).name
            for row in range(self.list.count())
        ]

    def current_actor(self) -> Actor | None:
        row = self.list.currentRow()
        if row < 0:
            return None
        actor: Actor = self.list.item(row).data(Qt.ItemDataRole.UserRole)
        return actor

    # -- Qt overrides --
    def accept(self) -> None:
        actor = self.current_actor()
        if actor is None:
            return  # nothing matches: Enter does nothing, the reader types on
        super().accept()
        self.picked.emit(actor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the search box move through the list, as in a completer.
        if (
            watched is self.filter_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _LIST_KEYS
        ):
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    # -- internals --
    def _fill(self, query: str) -> None:
        ranked = rank_actors(self._actors, query)
        self.list.clear()
        for actor in ranked[:MAX_ROWS]:
            kind = kind_for(actor.label)
            count = len(actor.named_mentions)
            item = QListWidgetItem(f"{actor.name}  ·  {kind.name}  ·  {count}")
            item.setData(Qt.ItemDataRole.UserRole, actor)
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(kind.color))
            item.setToolTip(
                f"{actor.name} — {kind.name}, {count} mention{'s' if count != 1 else ''}"
            )
            self.list.addItem(item)
        if ranked:
            self.list.setCurrentRow(0)
        total = len(self._actors)
        if not ranked:
            self.count_label.setText(f"No actor matches \u201c{query.strip()}\u201d")
        elif len(ranked) > MAX_ROWS:
            self.count_label.setText(f"First {MAX_ROWS} of {len(ranked)} matches: type to narrow")
        else:
            self.count_label.setText(f"{len(ranked)} of {total} actors")
        self._on_list_current_row_changed(self.list.currentRow())

    def _on_list_current_row_changed(self, row: int) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(row >= 0)
