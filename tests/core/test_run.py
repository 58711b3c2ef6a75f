"""The one path of the analysis (reader.core.run): spans -> mentions -> actors -> edits -> plan.

The model's raw spans are written by hand: no pipeline is needed.
"""

from __future__ import annotations

from reader.core.documents.article import Article
from reader.core.edits.anchors import Anchor
from reader.core.edits.corrections import ActorRef, RemoveMention, RenameActor
from reader.core.run import run_document, shown

TEXT = "Jon Huntsman met Vladimir Putin in Moscow on Monday. Huntsman smiled."
ARTICLE = Article("note.txt", "Note", TEXT)


def _span(text: str, label: str, nth: int = 0) -> tuple[int, int, str]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return start, start + len(text), label


SPANS = [
    _span("Jon Huntsman", "PERSON"),
    _span("Vladimir Putin", "PERSON"),
    _span("Moscow", "GPE"),
    _span("Monday", "DATE"),
    _span("Huntsman", "PERSON", 1),
]


def test_a_document_runs_to_its_actors_and_highlight_plan() -> None:
    result = run_document(ARTICLE, SPANS, "pipe 1.0", 0.5)
    names = [actor.name for actor in result.actors]
    assert names == ["Jon Huntsman", "Vladimir Putin", "Moscow"]
    assert len(result.actors[0].mentions) == 2
    # The plan holds every highlight in text order, the date without an actor.
    planned = [(p.mention.text, p.actor.name if p.actor else None) for p in result.plan]
    assert planned == [
        ("Jon Huntsman", "Jon Huntsman"),
        ("Vladimir Putin", "Vladimir Putin"),
        ("Moscow", "Moscow"),
        ("Monday", None),
        ("Huntsman", "Jon Huntsman"),
    ]
    assert result.uncorrected is None
    assert result.raw is result
    assert result.orphaned == ()


def test_corrections_are_applied_on_the_way_and_the_uncorrected_result_is_kept() -> None:
    raw = run_document(ARTICLE, SPANS, "pipe 1.0", 0.5)
    huntsman = raw.actors[0]
    lost = RemoveMention(Anchor(0, 5, "Nobody", "", ""))  # no longer fits the text
    edits = (RenameActor(ActorRef.of(TEXT, huntsman), "Ambassador Huntsman"), lost)
    result = run_document(ARTICLE, SPANS, "pipe 1.0", 0.5, corrections=edits)
    assert result.actors[0].name == "Ambassador Huntsman"
    assert result.actors[0].edited
    assert result.orphaned == (lost,)
    assert all(p.actor is None or p.actor.name != "Jon Huntsman" for p in result.plan)
    # Edits are always replayed on the uncorrected analysis, never on a corrected one.
    assert result.raw.actors == raw.actors
    again = shown(result, edits[:1])
    assert again.actors[0].name == "Ambassador Huntsman"
    assert again.orphaned == ()
    assert shown(result).actors == raw.actors


def test_a_removed_mention_leaves_the_plan() -> None:
    raw = run_document(ARTICLE, SPANS, "pipe 1.0", 0.5)
    second = raw.actors[0].mentions[1]
    result = shown(raw, (RemoveMention(Anchor.of(TEXT, second)),))
    assert second not in [p.mention for p in result.plan]
    assert len(result.actors[0].mentions) == 1


def test_the_plan_comes_with_where_each_highlight_starts_with_or_without_corrections() -> None:
    raw = run_document(ARTICLE, SPANS, "pipe 1.0", 0.5)
    edits = (RenameActor(ActorRef.of(TEXT, raw.actors[0]), "Ambassador Huntsman"),)
    for result in (raw, shown(raw, edits)):
        # Made off the UI thread with the plan: the text view bisects them for clicks.
        first_four = tuple(TEXT.index(p.mention.text) for p in result.plan[:4])
        assert result.plan_starts == (*first_four, TEXT.rindex("Huntsman"))
        assert len(result.plan) == 5
