"""ActorPanel: the list of actors with their mentions, a filter, a sort and mention steps."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.display.actor_rows import SORT_ORDERS
from reader.core.display.options import DisplayOptions
from reader.core.display.summaries import panel_summary
from reader.core.text.mentions import Actor, Mention
from reader.ui.actor_model import ActorTreeModel
from reader.ui.actor_tree import ActorTree
from reader.ui.analysis_progress import AnalysisProgress
from reader.ui.column_fit import ColumnFitter
from reader.ui.dispersion_delegate import DispersionDelegate


class ActorPanel(QWidget):
    """Actors and their mentions; owns which actor and which of its mentions is current.

    What is listed follows the window's :class:`DisplayOptions`, handed down with
    :meth:`set_display_options`; the "Pronouns and descriptions" box only asks for a change.

    Signals:
        actor_selected(object): an Actor became current (or ``None``).
        mention_selected(object, object): (Actor, Mention) became current.
        actor_activated(object): Enter or double-click on an actor: jump to it.
        show_inferred_requested(bool): the reader ticked or cleared "Pronouns and
            descriptions"; the window decides and hands the options back.
        selection_changed(): the set of selected actors or mentions changed.
        context_menu_requested(QPoint): a context menu was asked for at this global
            position, about :meth:`selected_actors` and :meth:`selected_mentions`.
        actors_dropped(object, object): actors (a tuple of Actor) were dragged onto
            another actor (an Actor): the reader wants them merged into it.
        cancel_requested(): the reader pressed Cancel under the analysis progress.
    """

    actor_selected = Signal(object)
    mention_selected = Signal(object, object)
    actor_activated = Signal(object)
    show_inferred_requested = Signal(bool)
    selection_changed = Signal()
    context_menu_requested = Signal(QPoint)
    actors_dropped = Signal(object, object)
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actorPanel")
        self.model = ActorTreeModel(self)
        self._current_actor: Actor | None = None
        self._current_mention: int = -1
        self._build_filter_row()
        self._build_tree()
        self._build_steps()
        self._build_toggles()
        self.summary_label = QLabel("")
        self.progress = AnalysisProgress()
        self._lay_out()
        self._connect()
        self._update_position()
        self.navigation_actions = self._navigation_actions()

    # -- building --
    def _build_filter_row(self) -> None:
        self.filter_edit = QLineEdit(placeholderText="Filter actors (Ctrl+Shift+F)")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName("Filter actors")
        # Tab from the text lands in the filter (the window orders the panel after it).
        self.setFocusProxy(self.filter_edit)
        self.sort_combo = QComboBox()
        for key, title in SORT_ORDERS.items():
            self.sort_combo.addItem(title, key)
        self.sort_combo.setAccessibleName("Sort actors")

    def _build_tree(self) -> None:
        self.tree = ActorTree(self.model)
        self.column_fit = ColumnFitter(self.tree, kind_column=1, count_column=2)

    def _build_steps(self) -> None:
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip("Previous mention (Shift+F3)")
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip("Next mention (F3)")
        self.position_label = QLabel("")
        self.position_label.setMinimumWidth(80)
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _build_toggles(self) -> None:
        self.inferred_check = QCheckBox("Pronouns and descriptions")
        self.inferred_check.setToolTip(
            "Also list inferred mentions (he, the ministry, ...), drawn with a dotted underline"
        )
        self.edited_check = QCheckBox("Edited only")
        self.edited_check.setToolTip("List only the actors your corrections changed (✎)")

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.sort_combo)
        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.position_label)
        steps.addWidget(self.next_button)
        steps.addStretch(1)
        toggles = QHBoxLayout()
        toggles.addWidget(self.inferred_check)
        toggles.addWidget(self.edited_check)
        toggles.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(self._status_row())
        layout.addWidget(self.tree, 1)
        layout.addLayout(steps)
        layout.addLayout(toggles)
        # Filter, then the list; the sort and the step buttons come after.
        self.setTabOrder(self.filter_edit, self.tree)
        self.setTabOrder(self.tree, self.sort_combo)

    def _status_row(self) -> QHBoxLayout:
        # The summary and, while analysing, the progress share one line of a fixed
        # height: the list never moves or resizes when the analysis ends (on a book a
        # resize costs a turn of the event loop as the result arrives).
        row = QHBoxLayout()
        row.addWidget(self.summary_label, 1)
        row.addWidget(self.progress, 2)
        height = max(self.progress.sizeHint().height(), self.summary_label.sizeHint().height())
        self.summary_label.setMinimumHeight(height)
        return row

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.sort_combo.currentIndexChanged.connect(self._on_sort_combo_changed)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.tree.activated.connect(self._on_tree_activated)
        self.previous_button.clicked.connect(self.previous_mention)
        self.next_button.clicked.connect(self.next_mention)
        self.inferred_check.toggled.connect(self.show_inferred_requested)
        self.tree.expanded.connect(self._on_tree_expanded)
        self.edited_check.toggled.connect(self._on_edited_check_toggled)
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection_changed)
        self.tree.customContextMenuRequested.connect(self._on_tree_context_menu_requested)
        self.model.actors_dropped.connect(self._on_model_actors_dropped)
        self.progress.cancel_requested.connect(self.cancel_requested)

    def add_strips(self, chars: int) -> DispersionDelegate:
        """Draw the "Where" column's strips, ``chars`` average characters wide.

        Returns the strips' delegate, whose ``mention_clicked`` says which tick was clicked.
        """
        strips = self.tree.add_strips()
        width = self.tree.fontMetrics().averageCharWidth() * chars
        self.column_fit.set_strip(ActorTreeModel.STRIP_COLUMN, width)
        return strips

    def _navigation_actions(self) -> list[QAction]:
        """F3 / Shift+F3 and Ctrl+Shift+F, for the window's View menu (window-wide shortcuts).

        Ctrl+F is find in the text, as in every reader; the filter takes Ctrl+Shift+F.
        """
        steps = (
            ("&Next Mention", QKeySequence(Qt.Key.Key_F3), self.next_mention),
            (
                "&Previous Mention",
                QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F3),
                self.previous_mention,
            ),
            ("&Filter Actors", QKeySequence("Ctrl+Shift+F"), self.focus_filter),
        )
        actions = []
        for text, shortcut, slot in steps:
            action = QAction(text, self, shortcut=shortcut)
            action.triggered.connect(slot)
            actions.append(action)
        return actions

    # -- commands --
    def set_actors(self, text: str, actors: tuple[Actor, ...]) -> None:
        """List ``actors``; keeps the current actor selected when it still exists."""
        keep = self._current_actor.key if self._current_actor else None
        self._current_actor, self._current_mention = None, -1
        self.model.set_actors(text, actors)
        self.summary_label.setText("")
        self._update_summary()
        if keep:
            match = next((a for a in actors if a.key == keep), None)
            if match is not None:
                self.select_actor(match.id)
        self._update_position()

    def set_status(self, text: str) -> None:
        """A line above the list while there are no actors yet ("Finding actors…")."""
        self.summary_label.setText(text)

    def set_display_options(self, options: DisplayOptions) -> None:
        """List what ``options`` show, keeping the reader's place; the box follows them."""
        with QSignalBlocker(self.inferred_check):
            self.inferred_check.setChecked(options.show_inferred)
        if options != self.model.display_options():
            self._refresh(lambda: self.model.set_display_options(options))

    def clear_selection(self) -> None:
        """No actor selected and none current (Esc)."""
        self.tree.clearSelection()
        self.tree.setCurrentIndex(self.model.index(-1, -1))

    def start_progress(self) -> None:
        self.progress.start()

    def set_progress(self, done: int, total: int) -> None:
        self.progress.set_progress(done, total)

    def stop_progress(self) -> None:
        self.progress.stop()

    # -- queries --
    def is_busy(self) -> bool:
        """True while the analysis progress (with its Cancel) is shown."""
        return self.progress.isVisible()

    def summary(self) -> str:
        """The line above the list: the counts, or what is being done."""
        return self.summary_label.text()

    def position(self) -> str:
        """Where the current mention is among the current actor's: "2 of 7"."""
        return self.position_label.text()

    def current_actor(self) -> Actor | None:
        return self._current_actor

    def selected_actors(self) -> tuple[Actor, ...]:
        """The actors whose rows are selected, the current one first."""
        rows = self.tree.selectionModel().selectedRows(0)
        found = [i.data(ActorTreeModel.ActorRole) for i in rows if not i.parent().isValid()]
        current = self._current_actor
        if current is not None and current in found:
            found.remove(current)
            found.insert(0, current)
        return tuple(found)

    def selected_mentions(self) -> tuple[tuple[Actor, Mention], ...]:
        """The selected mention rows, each with its actor, in text order."""
        rows = self.tree.selectionModel().selectedRows(0)
        pairs = [
            (i.data(ActorTreeModel.ActorRole), i.data(ActorTreeModel.MentionRole))
            for i in rows
            if i.parent().isValid()
        ]
        return tuple(sorted(pairs, key=lambda pair: pair[1]))

    def current_mentions(self) -> tuple[Mention, ...]:
        return self.model.visible_mentions(self._current_actor) if self._current_actor else ()

    def select_actor(self, actor_id: str) -> None:
        index = self.model.actor_index(actor_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def select_mention(self, actor_id: str, mention: Mention) -> None:
        """Make ``mention`` of actor ``actor_id`` current, expanding the actor's row."""
        index = self.model.mention_index(actor_id, mention)
        if not index.isValid():
            self.select_actor(actor_id)
            return
        self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def next_mention(self) -> None:
        self._step(+1)

    def previous_mention(self) -> None:
        self._step(-1)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # -- internals --
    def _step(self, delta: int) -> None:
        actor = self._current_actor
        mentions = self.current_mentions()
        if actor is None or not mentions:
            return
        position = (self._current_mention + delta) % len(mentions)
        if self._current_mention < 0 and delta < 0:
            position = len(mentions) - 1
        self.select_mention(actor.id, mentions[position])

    def _update_summary(self) -> None:
        if not self.model.all_actors():
            return  # the status line ("Finding the actors…") stays until there are some
        self.summary_label.setText(
            panel_summary(
                self.model.all_actors(),
                self.model.listed_count(),
                self.model.display_options().show_inferred,
                self.filter_edit.text(),
            )
        )

    def _refresh(self, change: Callable[[], None]) -> None:
        """Apply a view change (filter, sort, kinds) and keep the reader's place."""
        keep = self._current_actor.id if self._current_actor else None
        mentions = self.current_mentions()
        position = self._current_mention
        change()
        self._update_summary()
        if keep is None:
            return
        if 0 < position < len(mentions) and mentions[position] in self.current_mentions():
            self.select_mention(keep, mentions[position])
        else:
            self.select_actor(keep)

    def _update_position(self) -> None:
        mentions = self.current_mentions()
        enabled = bool(mentions)
        self.previous_button.setEnabled(enabled)
        self.next_button.setEnabled(enabled)
        if not enabled:
            self.position_label.setText("")
        elif self._current_mention < 0:
            self.position_label.setText(f"– of {len(mentions)}")
        else:
            self.position_label.setText(f"{self._current_mention + 1} of {len(mentions)}")

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        actor = current.data(ActorTreeModel.ActorRole) if current.isValid() else None
        mention = current.data(ActorTreeModel.MentionRole) if current.isValid() else None
        changed = actor is not self._current_actor
        self._current_actor = actor
        if mention is not None and actor is not None:
            self._current_mention = self.current_mentions().index(mention)
            self._update_position()
            if changed:
                self.actor_selected.emit(actor)
            self.mention_selected.emit(actor, mention)
            return
        self._current_mention = 0 if actor is not None and self.current_mentions() else -1
        self._update_position()
        self.actor_selected.emit(actor)

    def _on_tree_activated(self, index: QModelIndex) -> None:
        mention = index.data(ActorTreeModel.MentionRole)
        actor = index.data(ActorTreeModel.ActorRole)
        if mention is not None:
            self.mention_selected.emit(actor, mention)
        elif actor is not None:
            self.actor_activated.emit(actor)

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self._refresh(lambda: self.model.set_filter(text))

    def _on_sort_combo_changed(self, _row: int) -> None:
        self._refresh(lambda: self.model.set_sort(str(self.sort_combo.currentData())))

    def _on_edited_check_toggled(self, checked: bool) -> None:
        self._refresh(lambda: self.model.set_edited_only(checked))

    def _on_tree_selection_changed(self, *_args: object) -> None:
        self.selection_changed.emit()

    def _on_tree_context_menu_requested(self, position: QPoint) -> None:
        index = self.tree.indexAt(position)
        if index.isValid() and not self.tree.selectionModel().isSelected(index):
            self.tree.setCurrentIndex(index)  # right-click acts on the row under it
        self.context_menu_requested.emit(self.tree.viewport().mapToGlobal(position))

    def _on_model_actors_dropped(self, source_ids: tuple[str, ...], target_id: str) -> None:
        by_id = {a.id: a for a in self.model.actors()}
        sources = tuple(by_id[i] for i in source_ids if i in by_id)
        target = by_id.get(target_id)
        if sources and target is not None:
            self.actors_dropped.emit(sources, target)

    def _on_tree_expanded(self, index: QModelIndex) -> None:
        # A mention row is a sentence: let it use the whole width, not the name column.
        for row in range(self.model.rowCount(index)):
            self.tree.setFirstColumnSpanned(row, index, True)
