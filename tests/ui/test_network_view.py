"""The network view: a click on a node selects the actor; the exports hold the network."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.core.text.mentions import Actor
from reader.ui.main_window import MainWindow

Opener = Callable[[Path], MainWindow]


def actor_named(window: MainWindow, name: str) -> Actor:
    assert window.analysis is not None
    return next(a for a in window.analysis.actors if a.name == name)


def open_network(qtbot: QtBot, open_document: Opener, path: Path) -> MainWindow:
    window = open_document(path)
    network = window.aids.network.panel
    window.aids.companions.tabs.setCurrentWidget(network)
    qtbot.waitUntil(lambda: bool(network.nodes))
    return window


def test_clicking_a_node_selects_its_actor_and_the_text_follows(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_network(qtbot, open_document, seed_path)
    network = window.aids.network.panel
    moscow = actor_named(window, "Moscow")
    assert moscow.id in network.nodes
    # Nodes are sized by mentions: Russia (13) is drawn larger than Moscow (7).
    russia = actor_named(window, "Russia")
    assert network.nodes[russia.id].rect().width() > network.nodes[moscow.id].rect().width()
    point = network.node_position(moscow.id).toPoint()
    qtbot.mouseClick(network.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.panel.current_actor() == moscow
    assert window.view.textCursor().selectionStart() == moscow.mentions[0].start
    assert network.nodes[moscow.id].pen().widthF() > network.nodes[russia.id].pen().widthF()
    # Selecting in the panel rings the node too.
    window.panel.select_actor(russia.id)
    assert network.nodes[russia.id].pen().widthF() > network.nodes[moscow.id].pen().widthF()


def test_filters_by_kind_and_least_shared(
    qtbot: QtBot, open_document: Opener, seed_path: Path
) -> None:
    window = open_network(qtbot, open_document, seed_path)
    network = window.aids.network.panel
    everyone = set(network.nodes)
    for action in network.kinds_menu.actions():
        action.setChecked(action.data() == "GPE")
    qtbot.waitUntil(lambda: set(network.nodes) != everyone and bool(network.nodes))
    assert all(
        actor.label == "GPE" for actor in window.analysis.actors if actor.id in network.nodes
    )  # type: ignore[union-attr]
    network.min_spin.setValue(3)
    qtbot.waitUntil(
        lambda: (
            network.graph is not None
            and all(d["weight"] >= 3 for *_e, d in network.graph.edges(data=True))
        )
    )
    assert network.graph.number_of_edges() >= 1


def test_exports_write_graphml_gexf_and_csv_edges(
    qtbot: QtBot,
    open_document: Opener,
    seed_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_network(qtbot, open_document, seed_path)
    control = window.aids.network
    written = {}
    for kind in ("graphml", "gexf", "csv"):
        target = tmp_path / f"network.{kind}"
        monkeypatch.setattr(control, "choose_path", lambda _suggested, _filter, t=target: str(t))
        control.export(kind)
        written[kind] = target
    graph = nx.read_graphml(written["graphml"])
    assert int(graph.edges["Jon Huntsman", "United States"]["weight"]) >= 1
    assert graph.nodes["Russia"]["kind"] == "Country/city"
    assert set(nx.read_gexf(written["gexf"]).nodes) == set(graph.nodes)
    rows = list(csv.reader(io.StringIO(written["csv"].read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["source", "target", "weight"]
    assert len(rows) - 1 == graph.number_of_edges()
    assert window.status_bar.status() == "Exported network.csv"
    # Never over the document itself.
    monkeypatch.setattr(control, "choose_path", lambda _s, _f: str(seed_path))
    before = seed_path.read_bytes()
    control.export("graphml")
    assert seed_path.read_bytes() == before
    assert window.last_message is not None
