"""NetworkPanel: the actors as a network (nodes by mentions, edges by shared passages).

Nodes are sized by mentions and coloured by kind; an edge is as thick as the passages
two actors share. Filters (kinds, least shared passages) rebuild the network and its
layout in a worker thread. Only the :data:`~reader.core.display.network.MAX_SHOWN_NODES` most
mentioned actors are drawn (a book's two thousand would be a hairball), and only the
most mentioned and the selected actor's links are named; the exports hold every actor
that passes the filters.
"""

from __future__ import annotations

import math
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.actors.cooccurrence import Cooccurrence
from reader.core.display.network import NetworkFilter, build_graph, layout, shown_part
from reader.core.text.kinds import kind_for

#: Scene units for the layout's [-1, 1] square.
SCALE = 220.0
#: Nodes named on the drawing: the most mentioned ones, plus the selected actor's links.
LABELLED = 25
ActorIdRole = 0  # QGraphicsItem.data key holding the node's actor id


class _NodeItem(QGraphicsEllipseItem):
    """One actor: a disc in its kind's colour with its name beside it."""

    def __init__(self, actor_id: str, name: str, label: str, radius: float, text: QColor) -> None:
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.actor_id = actor_id
        self.setData(ActorIdRole, actor_id)
        kind = kind_for(label)
        self.setBrush(QBrush(QColor(kind.accent)))
        self.setPen(QPen(QColor(text), 0.8))
        self.setToolTip(f"{name} — {kind.name}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(2)
        self.caption = QGraphicsSimpleTextItem(name, self)
        self.caption.setBrush(QBrush(text))
        # Names stay readable however far the drawing is scaled down to fit.
        self.caption.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.caption.setPos(radius + 2, -self.caption.boundingRect().height() / 2)


class NetworkGraphicsView(QGraphicsView):
    """The drawing; a click on a node reports its actor id.

    Signals:
        node_clicked(str): the actor id of the node clicked.
    """

    node_clicked = Signal(str)

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setAccessibleName("Actor network")

    def node_at(self, point: QPointF) -> _NodeItem | None:
        """The node under ``point``: a disc first, else the node whose name is there."""
        items = self.items(point.toPoint())
        for item in items:
            if isinstance(item, _NodeItem):
                return item
        for item in items:
            parent = item.parentItem()
            if isinstance(parent, _NodeItem):
                return parent
        return None

    # -- Qt overrides --
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            node = self.node_at(event.position())
            if node is not None:
                self.node_clicked.emit(node.actor_id)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        scene = self.scene()
        if not scene.itemsBoundingRect().isEmpty():
            self.fitInView(
                scene.itemsBoundingRect().adjusted(-10, -10, 10, 10),
                Qt.AspectRatioMode.KeepAspectRatio,
            )


class NetworkPanel(QWidget):
    """Kind filter, least-shared filter, export menu and the network drawing.

    Signals:
        actor_clicked(str): a node was clicked: select this actor id.
        export_requested(str): the reader asked for ``"graphml"``, ``"gexf"`` or ``"csv"``.
    """

    actor_clicked = Signal(str)
    export_requested = Signal(str)
    _laid_out = Signal(int, object, object)  # from the worker: (request, graph, positions)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkPanel")
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="network")
        self._request = 0
        self._index: Cooccurrence | None = None
        self._selected: str | None = None
        self._closed = False
        self._labelled: set[str] = set()
        self.nodes: dict[str, _NodeItem] = {}
        self.graph: Any = None  # the networkx graph drawn
        self.kinds_button = QToolButton()
        self.kinds_button.setText("Kinds")
        self.kinds_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kinds_menu = QMenu(self.kinds_button)
        self.kinds_button.setMenu(self.kinds_menu)
        self.min_spin = QSpinBox()
        self.min_spin.setRange(1, 10_000)
        self.min_spin.setPrefix("≥ ")
        self.min_spin.setSuffix(" shared")
        self.min_spin.setToolTip("Least passages two actors share to be linked")
        self.min_spin.setAccessibleName("Least shared passages")
        self.export_button = QToolButton()
        self.export_button.setText("Export")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        for key, title in (
            ("graphml", "GraphML (Gephi, Cytoscape)…"),
            ("gexf", "GEXF (Gephi)…"),
            ("csv", "CSV edges…"),
        ):
            action = export_menu.addAction(title)
            action.triggered.connect(lambda _checked=False, k=key: self.export_requested.emit(k))
        self.export_button.setMenu(export_menu)
        self.status_label = QLabel("")
        self.scene = QGraphicsScene(self)
        self.view = NetworkGraphicsView(self.scene)
        top = QHBoxLayout()
        top.addWidget(self.kinds_button)
        top.addWidget(self.min_spin)
        top.addWidget(self.export_button)
        top.addStretch(1)
        layout_ = QVBoxLayout(self)
        layout_.setContentsMargins(6, 6, 6, 6)
        layout_.addLayout(top)
        layout_.addWidget(self.status_label)
        layout_.addWidget(self.view, 1)
        self._laid_out.connect(self._on_laid_out, Qt.ConnectionType.QueuedConnection)
        self.min_spin.valueChanged.connect(self._rebuild)
        self.view.node_clicked.connect(self.actor_clicked)

    # -- commands --
    def set_index(self, index: Cooccurrence | None) -> None:
        """Draw the network of a new index (or nothing); the kind filter lists its kinds."""
        self._index = index
        self.kinds_menu.clear()
        labels = sorted({a.label for a in index.actors.values()}) if index is not None else []
        for label in labels:
            action = QAction(kind_for(label).name, self.kinds_menu, checkable=True, checked=True)
            action.setData(label)
            action.toggled.connect(self._rebuild)
            self.kinds_menu.addAction(action)
        if index is not None and self.min_spin.value() == 1:
            # A book links almost everyone once: start where the network is readable.
            self.min_spin.setValue(max(1, round(math.sqrt(len(index.bounds)) / 20)))
        self._rebuild()

    def current_filter(self) -> NetworkFilter:
        kinds = frozenset(str(a.data()) for a in self.kinds_menu.actions() if a.isChecked())
        everything = len(kinds) == len(self.kinds_menu.actions())
        return NetworkFilter(frozenset() if everything else kinds, self.min_spin.value())

    def set_selected(self, actor_id: str | None) -> None:
        """Ring the selected actor and fade what is not linked to it."""
        self._selected = actor_id
        neighbours = (
            set(self.graph.neighbors(actor_id))
            if self.graph is not None and actor_id in self.graph
            else set()
        )
        text = self.palette().color(QPalette.ColorRole.Text)
        for node_id, node in self.nodes.items():
            mine = node_id == actor_id
            node.setPen(QPen(QColor(text), 3.0 if mine else 0.8))
            node.caption.setVisible(mine or node_id in neighbours or node_id in self._labelled)
            node.setOpacity(
                1.0
                if actor_id is None or mine or node_id in neighbours or actor_id not in self.nodes
                else 0.3
            )

    def shutdown(self) -> None:
        self._request += 1
        self._closed = True
        self._pool.shutdown(wait=False, cancel_futures=True)

    # -- internals --
    def _rebuild(self, *_args: object) -> None:
        self._request += 1
        index = self._index
        if index is None:
            self.scene.clear()
            self.nodes = {}
            self.graph = None
            self.status_label.setText("")
            return
        if self._closed:
            return
        request, keep = self._request, self.current_filter()
        self.status_label.setText("Laying out the network…")

        def work() -> None:
            whole = build_graph(index, keep)
            shown = shown_part(whole)
            self._laid_out.emit(request, (whole.number_of_nodes(), shown), layout(shown))

        self._pool.submit(work)

    def _on_laid_out(
        self, request: int, graphs: tuple[int, Any], positions: dict[str, tuple[float, float]]
    ) -> None:
        if request != self._request:
            return
        total, graph = graphs
        self.graph = graph
        self.scene.clear()
        self.nodes = {}
        text = self.palette().color(QPalette.ColorRole.Text)
        most = max((graph.nodes[n]["mentions"] for n in graph), default=1)
        heaviest = max((d["weight"] for _a, _b, d in graph.edges(data=True)), default=1)
        edge_colour = QColor(text)
        edge_colour.setAlphaF(0.35)
        for first, second, data in graph.edges(data=True):
            (x1, y1), (x2, y2) = positions[first], positions[second]
            pen = QPen(edge_colour, 0.6 + 4.0 * data["weight"] / heaviest)
            line = self.scene.addLine(x1 * SCALE, y1 * SCALE, x2 * SCALE, y2 * SCALE, pen)
            names = graph.nodes[first]["name"], graph.nodes[second]["name"]
            line.setToolTip(f"{names[0]} — {names[1]}: {data['weight']} shared")
        ranked = sorted(graph, key=lambda n: -graph.nodes[n]["mentions"])
        self._labelled = set(ranked[:LABELLED])
        for node_id in graph:
            data = graph.nodes[node_id]
            radius = 4 + 14 * math.sqrt(data["mentions"] / most)
            node = _NodeItem(node_id, data["name"], data["label"], radius, text)
            x, y = positions[node_id]
            node.setPos(QPointF(x * SCALE, y * SCALE))
            self.scene.addItem(node)
            self.nodes[node_id] = node
        shown = graph.number_of_nodes()
        more = f" (the {shown} most mentioned of {total})" if total > shown else ""
        self.status_label.setText(
            f"{shown} actors{more}, {graph.number_of_edges()} links"
            if shown
            else "No links at this setting"
        )
        self.scene.setSceneRect(QRectF(self.scene.itemsBoundingRect()))
        self.view.fit()
        self.set_selected(self._selected)

    def node_position(self, actor_id: str) -> QPointF:
        """Where a node is drawn, in the drawing's viewport coordinates (for tests)."""
        return QPointF(self.view.mapFromScene(self.nodes[actor_id].scenePos()))
