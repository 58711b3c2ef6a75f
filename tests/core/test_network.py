"""The actor network: nodes, weighted edges, filters, layout and the three exports."""

from __future__ import annotations

import csv
import io

import networkx as nx

from reader.core.actors.cooccurrence import Cooccurrence
from reader.core.actors.grouping import number_actors
from reader.core.display.network import (
    NetworkFilter,
    build_graph,
    layout,
    shown_part,
    to_edges_csv,
    to_gexf,
    to_graphml,
)
from reader.core.text.mentions import Actor, Mention

TEXT = (
    "Anna met Boris in Moscow. Boris left.\n\n"
    "Later Anna wrote to Boris from Moscow. Nobody else came.\n\n"
    "Anna was alone in Moscow, near the =Club."
)


def actor(key: str, name: str, label: str) -> Actor:
    mentions, start = [], 0
    while (start := TEXT.find(name, start)) >= 0:
        mentions.append(Mention(start, start + len(name), name, label))
        start += len(name)
    return Actor("", key, name, label, tuple(mentions))


ACTORS = number_actors(
    [
        actor("PERSON:anna", "Anna", "PERSON"),
        actor("PERSON:boris", "Boris", "PERSON"),
        actor("GPE:moscow", "Moscow", "GPE"),
        actor("ORG:club", "=Club", "ORG"),
    ]
)
INDEX = Cooccurrence(TEXT, ACTORS)
NAME = {a.id: a.name for a in ACTORS}


def named_edges(graph: nx.Graph) -> set[tuple[frozenset[str], int]]:
    return {(frozenset((NAME[a], NAME[b])), d["weight"]) for a, b, d in graph.edges(data=True)}


def test_nodes_are_actors_and_edges_are_weighted_by_shared_sentences() -> None:
    graph = build_graph(INDEX)
    assert {graph.nodes[n]["name"] for n in graph} == {"Anna", "Boris", "Moscow", "=Club"}
    anna = next(n for n in graph if graph.nodes[n]["name"] == "Anna")
    assert graph.nodes[anna]["mentions"] == 3
    assert graph.nodes[anna]["kind"] == "Person"
    assert (frozenset(("Anna", "Moscow")), 3) in named_edges(graph)
    assert (frozenset(("Anna", "Boris")), 2) in named_edges(graph)


def test_filters_by_kind_and_minimum_weight() -> None:
    people = build_graph(INDEX, NetworkFilter(kinds=frozenset({"PERSON"})))
    assert named_edges(people) == {(frozenset(("Anna", "Boris")), 2)}
    heavy = build_graph(INDEX, NetworkFilter(min_shared=3))
    assert named_edges(heavy) == {(frozenset(("Anna", "Moscow")), 3)}
    assert heavy.number_of_nodes() == 2  # actors left without an edge drop out


def test_layout_is_deterministic_and_shown_part_keeps_the_most_mentioned() -> None:
    graph = build_graph(INDEX)
    first, second = layout(graph), layout(graph)
    assert first == second
    assert set(first) == set(graph.nodes)
    assert all(-1.5 <= x <= 1.5 and -1.5 <= y <= 1.5 for x, y in first.values())
    top = shown_part(graph, limit=3)
    assert {graph.nodes[n]["name"] for n in top} == {"Anna", "Boris", "Moscow"}  # not =Club (1)
    assert layout(nx.Graph()) == {}


def test_graphml_and_gexf_read_back_with_names_kinds_and_weights() -> None:
    graph = build_graph(INDEX)
    for data, reader in ((to_graphml(graph), nx.read_graphml), (to_gexf(graph), nx.read_gexf)):
        back = reader(io.BytesIO(data))
        assert set(back.nodes) == {"Anna", "Boris", "Moscow", "=Club"}
        assert int(back.edges["Anna", "Moscow"]["weight"]) == 3
        assert back.nodes["Anna"]["kind"] == "Person"
        assert int(back.nodes["Moscow"]["mentions"]) == 3


def test_csv_edges_heaviest_first_and_formula_safe() -> None:
    rows = list(csv.reader(io.StringIO(to_edges_csv(build_graph(INDEX)))))
    assert rows[0] == ["source", "target", "weight", "source_kind", "target_kind"]
    assert rows[1][2] == "3"
    assert {rows[1][0], rows[1][1]} == {"Anna", "Moscow"}
    names = {cell for row in rows[1:] for cell in row[:2]}
    assert "'=Club" in names
    assert "=Club" not in names
