"""The actor network: actors as nodes, shared passages as weighted edges; layout and export.

Built from a :class:`~reader.core.actors.cooccurrence.Cooccurrence` with networkx (imported
only here, when a network is asked for). Exports give the same graph to Gephi and
Cytoscape (GraphML, GEXF) and to a spreadsheet (CSV edges).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.actors.cooccurrence import Cooccurrence
from reader.core.text.kinds import kind_for

if TYPE_CHECKING:
    import networkx as nx

#: Most nodes the window lays out and draws: beyond that a network is a hairball.
MAX_SHOWN_NODES = 120
CSV_EDGE_COLUMNS = ("source", "target", "weight", "source_kind", "target_kind")


@dataclass(frozen=True, slots=True)
class NetworkFilter:
    """Which part of the network to show or export.

    Attributes:
        kinds: Labels to keep (empty: every kind).
        min_shared: Least shared passages for an edge; actors left without an edge drop.
    """

    kinds: frozenset[str] = frozenset()
    min_shared: int = 1


def build_graph(index: Cooccurrence, keep: NetworkFilter = NetworkFilter()) -> nx.Graph:
    """The network of ``index``: node per actor with an edge, edge per pair at ``min_shared``.

    Nodes carry ``name``, ``label``, ``kind`` and ``mentions`` (named mentions); edges
    carry ``weight`` (shared passages). Node keys are the actor ids.
    """
    import networkx as nx

    graph = nx.Graph(unit=index.unit)
    for first, second, weight in index.edges(keep.min_shared):
        actors = index.actors[first], index.actors[second]
        if keep.kinds and not all(actor.label in keep.kinds for actor in actors):
            continue
        for actor in actors:
            if actor.id not in graph:
                graph.add_node(
                    actor.id,
                    name=actor.name,
                    label=actor.label,
                    kind=kind_for(actor.label).name,
                    mentions=len(actor.named_mentions),
                )
        graph.add_edge(first, second, weight=weight)
    return graph


def shown_part(graph: nx.Graph, limit: int = MAX_SHOWN_NODES) -> nx.Graph:
    """The ``limit`` most mentioned nodes and the edges between them."""
    ranked = sorted(graph.nodes, key=lambda node: (-graph.nodes[node]["mentions"], str(node)))
    return graph.subgraph(ranked[:limit]).copy()


def layout(graph: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Node positions in [-1, 1]², heavier edges pulling harder; the same every time.

    ForceAtlas2 with strong gravity (as Gephi draws): a plain spring layout pushes small
    separate groups far out and crushes the main group into a dot.
    """
    import networkx as nx

    if graph.number_of_nodes() == 0:
        return {}
    if graph.number_of_nodes() == 1:
        return {str(node): (0.0, 0.0) for node in graph}
    # Up to MAX_SHOWN_NODES nodes networkx lays out with numpy alone (no scipy needed).
    positions = nx.forceatlas2_layout(
        graph,
        max_iter=150,
        weight="weight",
        seed=seed,
        strong_gravity=True,
        distributed_action=True,
    )
    scaled = nx.rescale_layout_dict(positions, scale=1.0)
    return {str(node): (float(x), float(y)) for node, (x, y) in scaled.items()}


def _for_export(graph: nx.Graph) -> nx.Graph:
    """A copy keyed by actor name (what Gephi and Cytoscape show), ids kept as an attribute."""
    import networkx as nx

    named = nx.Graph(unit=graph.graph.get("unit", "sentence"))
    used: dict[str, int] = {}
    keys: dict[str, str] = {}
    for node, data in graph.nodes(data=True):
        name = str(data["name"])
        used[name] = used.get(name, 0) + 1
        # Two actors may share a name (Georgia the country, Georgia the person).
        keys[node] = name if used[name] == 1 else f"{name} ({data['kind']})"
        named.add_node(keys[node], actor_id=str(node), **data)
    for first, second, data in graph.edges(data=True):
        named.add_edge(keys[first], keys[second], **data)
    return named


def to_graphml(graph: nx.Graph) -> bytes:
    import networkx as nx

    out = io.BytesIO()
    nx.write_graphml(_for_export(graph), out, encoding="utf-8")
    return out.getvalue()


def to_gexf(graph: nx.Graph) -> bytes:
    import networkx as nx

    out = io.BytesIO()
    nx.write_gexf(_for_export(graph), out, encoding="utf-8")
    return out.getvalue()


def to_edges_csv(graph: nx.Graph) -> str:
    """One row per edge: both actors' names, shared passages, both kinds; heaviest first."""
    named = _for_export(graph)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_EDGE_COLUMNS)
    rows = sorted(named.edges(data=True), key=lambda edge: (-edge[2]["weight"], edge[0], edge[1]))
    for first, second, data in rows:
        kinds = named.nodes[first]["kind"], named.nodes[second]["kind"]
        writer.writerow((_cell(first), _cell(second), data["weight"], *kinds))
    return out.getvalue()


def _cell(value: str) -> str:
    # A name a spreadsheet would run as a formula gets a leading quote, as in the CSV export.
    return f"'{value}" if value.startswith(("=", "+", "-", "@")) else value


def kinds_present(index: Cooccurrence) -> Collection[str]:
    """The labels of the actors in ``index``, for the kind filter."""
    return sorted({actor.label for actor in index.actors.values()})
