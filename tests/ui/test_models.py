"""Qt's model tester on every custom item model, in each state the reader can put it in.

Each model is checked by both testers pytest-qt has: Qt's own (C++) and pytest-qt's Python
port, which also checks the types of what ``data()`` returns. A tester checks the model
when attached and then watches every change made to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from reader.core.display.options import DisplayOptions
from reader.core.documents.loading import load_article
from reader.core.result import ArticleAnalysis
from reader.core.run import analyze_articles
from reader.ui.actor_model import SORT_ORDERS, ActorTreeModel
from reader.ui.library_view import LibraryModel, LibraryRow
from tests.ui.ruler_pipeline import ruler_pipeline

Step = Callable[[ActorTreeModel], None]
TESTERS = pytest.mark.parametrize("force_py", [False, True], ids=["qt", "python"])


@pytest.fixture(scope="module")
def seed_analysis(seed_path: Path) -> ArticleAnalysis:
    """The seed's actors as the window gets them: mentions, pronoun links, one edited."""
    [result] = analyze_articles([load_article(seed_path)], ruler_pipeline(), infer=True)
    first, *rest = result.actors
    return replace(result, actors=(replace(first, edited=True), *rest))


def actor_states(analysis: ArticleAnalysis) -> dict[str, list[Step]]:
    """Each state by the steps that lead to it from an empty model."""

    def listed(model: ActorTreeModel) -> None:
        model.set_actors(analysis.article.text, analysis.actors)

    return {
        "empty": [],
        "listed": [listed],
        "inferred shown": [
            listed,
            lambda m: m.set_display_options(m.display_options().with_inferred(True)),
        ],
        **{
            f"sorted by {order}": [listed, lambda m, order=order: m.set_sort(order)]
            for order in SORT_ORDERS
        },
        "filtered": [listed, lambda m: m.set_filter("russia")],
        "filtered to nothing": [listed, lambda m: m.set_filter("no actor is called this")],
        "kinds hidden": [
            listed,
            lambda m: m.set_display_options(
                DisplayOptions(hidden_kinds=frozenset({"NORP", "LOC"}))
            ),
        ],
        "edited only": [listed, lambda m: m.set_edited_only(True)],
        "emptied": [listed, lambda m: m.set_actors("", ())],
    }


@TESTERS
@pytest.mark.parametrize(
    "state",
    [
        "empty",
        "listed",
        "inferred shown",
        *(f"sorted by {order}" for order in SORT_ORDERS),
        "filtered",
        "filtered to nothing",
        "kinds hidden",
        "edited only",
        "emptied",
    ],
)
def test_the_actor_tree_model_in_each_state(
    qtmodeltester: ModelTester, seed_analysis: ArticleAnalysis, state: str, force_py: bool
) -> None:
    model = ActorTreeModel()
    for step in actor_states(seed_analysis)[state]:
        step(model)
    qtmodeltester.check(model, force_py=force_py)


@TESTERS
def test_the_actor_tree_model_through_every_change(
    qtmodeltester: ModelTester, seed_analysis: ArticleAnalysis, force_py: bool
) -> None:
    model = ActorTreeModel()
    qtmodeltester.check(model, force_py=force_py)  # the tester now watches each change
    for steps in actor_states(seed_analysis).values():
        for step in steps:
            step(model)
    model.set_actors(seed_analysis.article.text, seed_analysis.actors)
    model.set_edited_only(False)
    model.set_display_options(DisplayOptions(show_inferred=True, hidden_kinds=frozenset()))
    model.set_filter("huntsman")
    assert model.rowCount() == 1
    assert any(m.inferred for m in model.visible_mentions(model.actors()[0]))


def test_the_states_are_what_they_say(seed_analysis: ArticleAnalysis) -> None:
    """The states above hold what the reader would see (else the tester checks little)."""
    states = actor_states(seed_analysis)
    counts: dict[str, tuple[int, int, bool]] = {}
    for name, steps in states.items():
        model = ActorTreeModel()
        for step in steps:
            step(model)
        children = sum(model.rowCount(model.index(row, 0)) for row in range(model.rowCount()))
        inferred = any(m.inferred for a in model.actors() for m in model.visible_mentions(a))
        counts[name] = (model.rowCount(), children, inferred)
    everyone = len(seed_analysis.actors)
    assert counts["empty"] == counts["emptied"] == (0, 0, False)
    assert counts["listed"][0] == everyone
    assert counts["listed"][1] > everyone
    assert not counts["listed"][2]
    assert counts["inferred shown"][2]
    assert counts["inferred shown"][1] > counts["listed"][1]
    assert 0 < counts["filtered"][0] < everyone
    assert counts["filtered to nothing"][0] == 0
    assert 0 < counts["kinds hidden"][0] < everyone
    assert counts["edited only"][0] == 1


def library_rows() -> list[LibraryRow]:
    return [
        LibraryRow("Gas Deal Signed", "txt", 12, 40, 1_700_000_000.0, "/news/gas.txt"),
        LibraryRow("Envoy", "docx", 3, 5, 0.0, "/news/envoy.docx", note="[minister] met"),
        LibraryRow("broken.pdf", "pdf", 0, 0, 0.0, "/news/broken.pdf", "Damaged.", True),
    ]


@TESTERS
@pytest.mark.parametrize("rows", [[], library_rows()], ids=["empty", "listed"])
def test_the_library_model_in_each_state(
    qtmodeltester: ModelTester, rows: list[LibraryRow], force_py: bool
) -> None:
    model = LibraryModel()
    model.set_rows(rows)
    qtmodeltester.check(model, force_py=force_py)


@TESTERS
def test_the_library_model_through_every_change(qtmodeltester: ModelTester, force_py: bool) -> None:
    model = LibraryModel()
    qtmodeltester.check(model, force_py=force_py)
    model.set_rows(library_rows())
    model.set_rows(library_rows()[:1])
    model.set_rows([])
    assert model.rowCount() == 0


def test_an_index_that_is_not_valid_has_no_data(seed_analysis: ArticleAnalysis) -> None:
    """Qt's contract, which the testers leave unchecked: no row's data for an invalid index."""
    actors = ActorTreeModel()
    actors.set_actors(seed_analysis.article.text, seed_analysis.actors)
    library = LibraryModel()
    library.set_rows(library_rows())
    for model in (actors, library, LibraryModel()):
        assert model.data(QModelIndex()) is None
        assert model.data(QModelIndex(), Qt.ItemDataRole.ToolTipRole) is None
        past = model.columnCount()
        assert model.headerData(past, Qt.Orientation.Horizontal) is None
