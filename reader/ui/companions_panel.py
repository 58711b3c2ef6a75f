"""CompanionsPanel: the actors that appear with the selected one, and their shared passages.

A click on a companion selects it in the actor panel (the text follows); the actor you
came from is then picked in the new list, so "Shared passages" steps through the
sentences that name both without a second click.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.actors.cooccurrence import UNITS, Cooccurrence, Unit
from reader.core.text.kinds import kind_for
from reader.core.text.mentions import Actor

_UNIT_TITLES: dict[Unit, str] = {"sentence": "Same sentence", "paragraph": "Same paragraph"}


class CompanionsPanel(QWidget):
    """The companions list, the sentence/paragraph switch and the shared-passage steps.

    Signals:
        actor_clicked(object): a companion (Actor) was clicked: select it.
        unit_changed(str): the reader switched between sentences and paragraphs.
        passage_requested(int, int): show this ``(start, end)`` passage of the text.
    """

    actor_clicked = Signal(object)
    unit_changed = Signal(str)
    passage_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companionsPanel")
        self._index: Cooccurrence | None = None
        self._actor: Actor | None = None
        self._passages: list[tuple[int, int]] = []
        self._passage = -1
        self.title_label = QLabel("Select an actor to see who appears with it.")
        self.title_label.setWordWrap(True)
        self.unit_combo = QComboBox()
        for unit in UNITS:
            self.unit_combo.addItem(_UNIT_TITLES[unit], unit)
        self.unit_combo.setAccessibleName("Count actors in the same sentence or paragraph")
        self.list = QTreeWidget()
        self.list.setHeaderLabels(["Appears with", "Shared"])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName("Actors appearing with the selected one")
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.shared_button = QPushButton("Shared passages")
        self.shared_button.setToolTip("Go to the next passage naming both actors")
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip("Previous shared passage")
        self.passage_label = QLabel("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.unit_combo)
        layout.addWidget(self.list, 1)
        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.shared_button, 1)
        steps.addWidget(self.passage_label)
        layout.addLayout(steps)
        self.list.itemClicked.connect(self._on_list_item_clicked)
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        self.unit_combo.currentIndexChanged.connect(self._on_unit_combo_changed)
        self.shared_button.clicked.connect(self.next_passage)
        self.previous_button.clicked.connect(self.previous_passage)
        self._update_steps()

    # -- commands --
    def unit(self) -> Unit:
        return UNITS[max(0, self.unit_combo.currentIndex())]

    def set_index(self, index: Cooccurrence | None) -> None:
        """Use a freshly built index; the list is redone for the same actor."""
        self._index = index
        partner = self.partner()
        self.set_actor(self._actor, partner.id if partner is not None else None)

    def set_actor(self, actor: Actor | None, partner_id: str | None = None) -> None:
        """List the companions of ``actor``; ``partner_id`` is picked if it is one."""
        self._actor = actor
        self.list.clear()
        if actor is None:
            self.title_label.setText("Select an actor to see who appears with it.")
        elif self._index is None:
            self.title_label.setText(f"Finding who appears with {actor.name}…")
        else:
            companions = self._index.companions(actor.id)
            unit = "sentences" if self._index.unit == "sentence" else "paragraphs"
            self.title_label.setText(
                f"{len(companions)} actors share {unit} with {actor.name}"
                if companions
                else f"No other actor shares {unit} with {actor.name}"
            )
            for companion in companions:
                item = QTreeWidgetItem([companion.actor.name, str(companion.shared)])
                item.setData(0, Qt.ItemDataRole.UserRole, companion.actor)
                item.setData(
                    0, Qt.ItemDataRole.DecorationRole, QColor(kind_for(companion.actor.label).color)
                )
                item.setTextAlignment(
                    1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                item.setToolTip(
                    0, f"{companion.actor.name}: {companion.shared} shared {unit}; click to select"
                )
                self.list.addTopLevelItem(item)
                if companion.actor.id == partner_id:
                    self.list.setCurrentItem(item)
        self._reset_passages()

    def partner(self) -> Actor | None:
        """The companion picked in the list, if any."""
        item = self.list.currentItem()
        found = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return found if isinstance(found, Actor) else None

    def companions(self) -> list[tuple[str, int]]:
        """What the list shows: (name, shared) per row."""
        items = [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]
        return [(item.text(0), int(item.text(1))) for item in items if item is not None]

    def next_passage(self) -> None:
        self._step(+1)

    def previous_passage(self) -> None:
        self._step(-1)

    # -- internals --
    def _reset_passages(self) -> None:
        partner = self.partner()
        if self._index is None or self._actor is None or partner is None:
            self._passages = []
        else:
            self._passages = self._index.shared_passages(self._actor.id, partner.id)
        self._passage = -1
        self._update_steps()

    def _step(self, delta: int) -> None:
        if not self._passages:
            return
        if self._passage < 0:
            self._passage = 0 if delta > 0 else len(self._passages) - 1
        else:
            self._passage = (self._passage + delta) % len(self._passages)
        self._update_steps()
        self.passage_requested.emit(*self._passages[self._passage])

    def _update_steps(self) -> None:
        partner = self.partner()
        enabled = bool(self._passages)
        self.shared_button.setEnabled(enabled)
        self.previous_button.setEnabled(enabled)
        if partner is not None and self._actor is not None:
            self.shared_button.setText(f"Shared passages with {partner.name}")
        else:
            self.shared_button.setText("Shared passages")
        if not enabled:
            self.passage_label.setText("")
        elif self._passage < 0:
            self.passage_label.setText(f"– of {len(self._passages)}")
        else:
            self.passage_label.setText(f"{self._passage + 1} of {len(self._passages)}")

    def _on_list_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        actor = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(actor, Actor):
            self.actor_clicked.emit(actor)

    def _on_list_current_changed(self, *_items: object) -> None:
        self._reset_passages()

    def _on_unit_combo_changed(self, _row: int) -> None:
        self.unit_changed.emit(self.unit())
