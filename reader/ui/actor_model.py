"""ActorTreeModel: actors as rows, each with its mentions (in their sentences) as children.

The model adapts the rows of :mod:`reader.core.display.actor_rows` (which actors are
listed, in which order, each mention's snippet) to Qt; there is no proxy model whose
indexes could drift from the actors.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from reader.core.display.actor_rows import (
    SORT_ORDERS,
    listed_rows,
    snippet,
    strip,
    whole_sentence,
)
from reader.core.display.options import DisplayOptions
from reader.core.text.kinds import kind_for
from reader.core.text.mentions import Actor, Mention

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
#: Dragged actor rows carry their actor ids, one per line.
ACTOR_MIME = "application/x-entity-reader-actors"
#: Actor rows handed to the view at a time: a book lists 2,000 actors, and the tree lays
#: out every row it has (a call into Python each) when the list changes; more rows come
#: as the reader scrolls down (Qt's fetchMore), or at once for End or a jump to one.
FETCH_ROWS = 200


class ActorTreeModel(QAbstractItemModel):
    """Columns: name, kind, number of mentions; children: one row per mention.

    The listed actors are handed to the view :data:`FETCH_ROWS` at a time
    (:meth:`canFetchMore`); :meth:`actors` and :meth:`listed_count` are all of them.

    Signals:
        actors_dropped(object, str): actor rows (a tuple of actor ids) were dropped on
            the actor with this id (or on one of its mentions).
    """

    actors_dropped = Signal(object, str)

    ActorRole = Qt.ItemDataRole.UserRole + 1
    MentionRole = Qt.ItemDataRole.UserRole + 2
    SnippetRole = Qt.ItemDataRole.UserRole + 3  # (before, mention, after) strings
    #: Where the listed mentions are, as fractions of the text (0..1), for the strip.
    StripRole = Qt.ItemDataRole.UserRole + 4
    HEADERS = ("Actor", "Kind", "Mentions", "Where")
    STRIP_COLUMN = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._all: tuple[Actor, ...] = ()
        self._rows: list[Actor] = []
        self._fetched = 0  # how many of the rows the view has been given
        self._children: list[tuple[Mention, ...]] = []
        self._strips: dict[int, tuple[float, ...]] = {}  # by row, filled as rows are painted
        self._filter = ""
        self._sort = "mentions"
        self._options = DisplayOptions()  # the window's, as last handed down
        self._edited_only = False

    # -- commands --
    def set_actors(self, text: str, actors: tuple[Actor, ...]) -> None:
        self._text = text
        self._all = actors
        self._rebuild()

    def set_filter(self, text: str) -> None:
        self._filter = text
        self._rebuild()

    def set_sort(self, order: str) -> None:
        self._sort = order if order in SORT_ORDERS else "mentions"
        self._rebuild()

    def set_display_options(self, options: DisplayOptions) -> None:
        """List what ``options`` show: the kinds not hidden, inferred mentions or not."""
        self._options = options
        self._rebuild()

    def set_edited_only(self, edited_only: bool) -> None:
        """List only the actors the reader's corrections changed."""
        self._edited_only = edited_only
        self._rebuild()

    # -- queries --
    def actors(self) -> list[Actor]:
        """The actors currently listed, in list order."""
        return list(self._rows)

    def listed_count(self) -> int:
        """How many actors are listed (the filter and hidden kinds applied)."""
        return len(self._rows)

    def fetch_to(self, row: int) -> None:
        """Hand the view every actor row up to ``row`` (the last one for -1)."""
        last = len(self._rows) - 1 if row < 0 else min(row, len(self._rows) - 1)
        if last >= self._fetched:
            self.beginInsertRows(QModelIndex(), self._fetched, last)
            self._fetched = last + 1
            self.endInsertRows()

    def all_actors(self) -> tuple[Actor, ...]:
        """Every actor set, listed or not."""
        return self._all

    def display_options(self) -> DisplayOptions:
        """The options the list follows, as last handed down."""
        return self._options

    def visible_mentions(self, actor: Actor) -> tuple[Mention, ...]:
        return self._options.listed_mentions(actor)

    def actor_index(self, actor_id: str) -> QModelIndex:
        for row, actor in enumerate(self._rows):
            if actor.id == actor_id:
                self.fetch_to(row)
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
        return snippet(self._text, mention)

    def _rebuild(self) -> None:
        self.beginResetModel()
        listed = listed_rows(self._all, self._options, self._filter, self._sort, self._edited_only)
        self._rows = [actor for actor, _ in listed]
        self._children = [mentions for _, mentions in listed]
        self._fetched = min(len(self._rows), FETCH_ROWS)
        self._strips = {}
        self.endResetModel()

    def strip(self, row: int) -> tuple[float, ...]:
        """Where row ``row``'s listed mentions start, as fractions of the text."""
        found = self._strips.get(row)
        if found is None:
            found = self._strips[row] = strip(len(self._text), self._children[row])
        return found

    # -- dragging one actor onto another merges them --
    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        flags |= Qt.ItemFlag.ItemIsDropEnabled
        if int(index.internalId()) == 0:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ACTOR_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = dict.fromkeys(
            self._rows[i.row()].id for i in indexes if i.isValid() and int(i.internalId()) == 0
        )
        data = QMimeData()
        data.setData(ACTOR_MIME, QByteArray("\n".join(ids).encode("utf-8")))
        return data

    def _drop_target(
        self, data: QMimeData, row: int, parent: _Index
    ) -> tuple[tuple[str, ...], str] | None:
        if not data.hasFormat(ACTOR_MIME) or row != -1 or not parent.isValid():
            return None  # between rows is not a merge
        owner = int(parent.internalId())
        target = self._rows[parent.row() if owner == 0 else owner - 1].id
        payload = bytes(data.data(ACTOR_MIME).data()).decode("utf-8")
        sources = tuple(i for i in payload.split("\n") if i and i != target)
        return (sources, target) if sources else None

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return self._drop_target(data, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        found = self._drop_target(data, row, parent)
        if found is None:
            return False
        self.actors_dropped.emit(*found)
        # Not a move of rows: the merge rebuilds the list; nothing is removed by the view.
        return False

    # -- Qt overrides --
    # index() and hasChildren() answer without calling rowCount()/columnCount() back
    # through Qt: the tree asks them for each of a book's 2,000 actors after every
    # reset, and each call from C++ into Python costs; the layout stalled for 90 ms.
    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        if not 0 <= column < len(self.HEADERS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < self._fetched else QModelIndex()
        owner = parent.row()
        if parent.internalId() != 0 or parent.column() != 0 or row >= len(self._children[owner]):
            return QModelIndex()
        return self.createIndex(row, column, owner + 1)

    def hasChildren(self, parent: _Index = _ROOT) -> bool:  # noqa: N802
        if not parent.isValid():
            return self._fetched > 0
        if parent.internalId() != 0 or parent.column() != 0:
            return False
        return bool(self._children[parent.row()])

    def parent(self, child: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        owner = int(child.internalId())
        return QModelIndex() if owner == 0 else self.createIndex(owner - 1, 0, 0)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        if not parent.isValid():
            return self._fetched
        if int(parent.internalId()) == 0 and parent.column() == 0:
            return len(self._children[parent.row()])
        return 0

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._fetched < len(self._rows)

    def fetchMore(self, parent: _Index) -> None:
        if not parent.isValid():
            self.fetch_to(self._fetched + FETCH_ROWS - 1)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        owner = int(index.internalId())
        if owner == 0:
            if role == self.StripRole:
                return self.strip(index.row())
            return self._actor_data(
                self._rows[index.row()], index.column(), role, len(self._children[index.row()])
            )
        actor = self._rows[owner - 1]
        mention = self._children[owner - 1][index.row()]
        return self._mention_data(actor, mention, index.column(), role)

    def _actor_data(self, actor: Actor, column: int, role: int, count: int) -> Any:
        kind = kind_for(actor.label)
        if role == self.ActorRole:
            return actor
        if role == Qt.ItemDataRole.DisplayRole:
            return (actor.name + (" ✎" if actor.edited else ""), kind.name, str(count), "")[column]
        if column == self.STRIP_COLUMN:
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"Where {actor.name} is mentioned in the text: click a tick to go there"
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{count} mentions spread through the text"
            return None
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
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole sentence: a narrow row shows only the part around the mention.
            return whole_sentence(self._text, mention)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            before, text, after = self.snippet(mention)
            prefix = "inferred: " if mention.inferred else ""
            return f"{prefix}{before}{text}{after}"
        if role == Qt.ItemDataRole.FontRole and mention.inferred:
            font = QFont()
            font.setItalic(True)
            return font
        return None
