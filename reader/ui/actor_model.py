"""ActorTreeModel: actors as rows, each with its mentions (in their sentences) as children.

The model is an adapter over a tuple of :class:`~reader.core.mentions.Actor`; filtering
and sorting happen here in plain Python (cheap even for thousands of actors), so there
is no proxy model whose indexes could drift from the actors.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from reader.core.kinds import kind_for
from reader.core.mentions import Actor, Mention
from reader.core.sentences import sentence_bounds

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_SNIPPET_CONTEXT = 90

SORT_ORDERS: dict[str, str] = {
    "mentions": "Most mentioned",
    "first": "First appearance",
    "name": "Name (A–Z)",
    "kind": "Kind",
}


class ActorTreeModel(QAbstractItemModel):
    """Columns: name, kind, number of mentions; children: one row per mention."""

    ActorRole = Qt.ItemDataRole.UserRole + 1
    MentionRole = Qt.ItemDataRole.UserRole + 2
    SnippetRole = Qt.ItemDataRole.UserRole + 3  # (before, mention, after) strings
    HEADERS = ("Actor", "Kind", "Mentions")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._sentences: list[tuple[int, int]] = []
        self._sentence_starts: list[int] = []
        self._all: tuple[Actor, ...] = ()
        self._rows: list[Actor] = []
        self._children: list[tuple[Mention, ...]] = []
        self._filter = ""
        self._sort = "mentions"
        self._hidden_kinds: set[str] = set()
        self._show_inferred = False

    # -- commands --
    def set_actors(self, text: str, actors: tuple[Actor, ...]) -> None:
        if text != self._text:
            self._text = text
            self._sentences = sentence_bounds(text) if text else []
            self._sentence_starts = [start for start, _ in self._sentences]
        self._all = actors
        self._rebuild()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        self._rebuild()

    def set_sort(self, order: str) -> None:
        self._sort = order if order in SORT_ORDERS else "mentions"
        self._rebuild()

    def set_hidden_kinds(self, labels: set[str]) -> None:
        self._hidden_kinds = set(labels)
        self._rebuild()

    def set_show_inferred(self, show: bool) -> None:
        self._show_inferred = show
        self._rebuild()

    # -- queries --
    def actors(self) -> list[Actor]:
        """The actors currently listed, in list order."""
        return list(self._rows)

    def visible_mentions(self, actor: Actor) -> tuple[Mention, ...]:
        return tuple(m for m in actor.mentions if self._show_inferred or not m.inferred)

    def actor_index(self, actor_id: str) -> QModelIndex:
        for row, actor in enumerate(self._rows):
            if actor.id == actor_id:
                return self.index(row, 0)
        return QModelIndex()

    def mention_index(self, actor_id: str, mention: Mention) -> QModelIndex:
        parent = self.actor_index(actor_id)
        if not parent.isValid():
            return QModelIndex()
        children = self._children[parent.row()]
        for row, candidate in enumerate(children):
            if candidate == mention:
                return self.index(row, 0, parent)
        return QModelIndex()

    def snippet(self, mention: Mention) -> tuple[str, str, str]:
        """The mention's sentence, cut to a readable length, split around the mention."""
        row = bisect_right(self._sentence_starts, mention.start) - 1
        start, end = self._sentences[row] if row >= 0 else (mention.start, mention.end)
        start = min(start, mention.start)
        end = max(end, mention.end)
        start = max(start, mention.start - _SNIPPET_CONTEXT)
        end = min(end, mention.end + _SNIPPET_CONTEXT)
        before = self._text[start : mention.start].replace("\n", " ")
        after = self._text[mention.end : end].replace("\n", " ")
        if start > 0 and self._text[start - 1] not in ".!?\n" and before:
            before = "…" + before.lstrip()
        if end < len(self._text) and self._text[end - 1] not in ".!?\"”" and after:
            after = after.rstrip() + "…"
        return before, mention.text, after

    def _rebuild(self) -> None:
        self.beginResetModel()
        rows = [a for a in self._all if a.label not in self._hidden_kinds and self._matches(a)]
        rows.sort(key=self._sort_key)
        self._rows = rows
        self._children = [self.visible_mentions(a) for a in rows]
        self.endResetModel()

    def _matches(self, actor: Actor) -> bool:
        if not self._filter:
            return True
        if self._filter in actor.name.casefold() or self._filter in kind_for(actor.label).name.casefold():
            return True
        return any(self._filter in m.text.casefold() for m in actor.mentions if not m.inferred)

    def _sort_key(self, actor: Actor) -> tuple[Any, ...]:
        count = -len(self.visible_mentions(actor))
        if self._sort == "first":
            return (actor.first_start,)
        if self._sort == "name":
            return (actor.name.casefold(), actor.first_start)
        if self._sort == "kind":
            return (kind_for(actor.label).name, count, actor.first_start)
        return (count, actor.first_start)

    # -- Qt overrides --
    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        owner = int(child.internalId())
        return QModelIndex() if owner == 0 else self.createIndex(owner - 1, 0, 0)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._rows)
        if int(parent.internalId()) == 0 and parent.column() == 0:
            return len(self._children[parent.row()])
        return 0

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        owner = int(index.internalId())
        if owner == 0:
            return self._actor_data(self._rows[index.row()], index.column(), role)
        actor = self._rows[owner - 1]
        mention = self._children[owner - 1][index.row()]
        return self._mention_data(actor, mention, index.column(), role)

    def _actor_data(self, actor: Actor, column: int, role: int) -> Any:
        kind = kind_for(actor.label)
        count = len(self.visible_mentions(actor))
        if role == self.ActorRole:
            return actor
        if role == Qt.ItemDataRole.DisplayRole:
            return (actor.name + (" ✎" if actor.edited else ""), kind.name, str(count))[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QColor(kind.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            related = f"\nrelated: {', '.join(actor.related)}" if actor.related else ""
            edited = "\nedited by you" if actor.edited else ""
            return f"{actor.name} — {kind.name} ({actor.label})\n{count} mentions{related}{edited}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return f"{actor.name}, {kind.name}, {count} mentions"
        return None

    def _mention_data(self, actor: Actor, mention: Mention, column: int, role: int) -> Any:
        if role == self.MentionRole:
            return mention
        if role == self.ActorRole:
            return actor
        if column != 0:
            return None
        if role == self.SnippetRole:
            return self.snippet(mention)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            before, text, after = self.snippet(mention)
            prefix = "inferred: " if mention.inferred else ""
            return f"{prefix}{before}{text}{after}"
        if role == Qt.ItemDataRole.FontRole and mention.inferred:
            font = QFont()
            font.setItalic(True)
            return font
        return None
