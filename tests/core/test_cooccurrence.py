"""Who appears with whom: shared sentences and paragraphs, counted without a window."""

from __future__ import annotations

from reader.core.actors.cooccurrence import (
    Cooccurrence,
    paragraph_bounds,
    passage_bounds,
)
from reader.core.actors.grouping import number_actors
from reader.core.text.mentions import Actor, Mention

TEXT = (
    "Anna met Boris in Moscow. Boris left.\n"
    "\n"
    "Later Anna wrote to Boris from\n"
    "Moscow. Nobody else came.\n"
    "\n"
    "Anna was alone, and he was in Moscow."
)


def actor(key: str, name: str, label: str = "PERSON", *, inferred: tuple[str, ...] = ()) -> Actor:
    mentions = []
    start = 0
    while (start := TEXT.find(name, start)) >= 0:
        mentions.append(Mention(start, start + len(name), name, label))
        start += len(name)
    for word in inferred:
        at = TEXT.find(word)
        mentions.append(Mention(at, at + len(word), word, label, inferred=True))
    return Actor(id="", key=key, name=name, label=label, mentions=tuple(sorted(mentions)))


ACTORS = number_actors(
    [
        actor("PERSON:anna", "Anna"),
        actor("PERSON:boris", "Boris", inferred=(" he ",)),
        actor("GPE:moscow", "Moscow", "GPE"),
    ]
)
ANNA, BORIS, MOSCOW = (next(a for a in ACTORS if a.name == n) for n in ("Anna", "Boris", "Moscow"))


def test_paragraphs_are_blank_line_separated_or_one_per_line() -> None:
    assert len(paragraph_bounds(TEXT)) == 3
    assert paragraph_bounds("one\ntwo\n") == [(0, 3), (4, 7)]


def test_a_wrapped_line_does_not_end_a_sentence() -> None:
    sentences = [TEXT[a:b] for a, b in passage_bounds(TEXT, "sentence")]
    assert "Later Anna wrote to Boris from\nMoscow." in sentences
    assert len(sentences) == 5


def test_companions_in_sentences_count_shared_sentences_most_first() -> None:
    index = Cooccurrence(TEXT, ACTORS, "sentence")
    companions = [(c.actor.name, c.shared) for c in index.companions(ANNA.id)]
    # Anna shares two sentences with Moscow (the pronoun "he" never counts for Boris).
    assert companions == [("Moscow", 3), ("Boris", 2)]
    assert [(c.actor.name, c.shared) for c in index.companions(BORIS.id)] == [
        ("Anna", 2),
        ("Moscow", 2),
    ]


def test_paragraphs_count_once_per_paragraph() -> None:
    index = Cooccurrence(TEXT, ACTORS, "paragraph")
    assert [(c.actor.name, c.shared) for c in index.companions(BORIS.id)] == [
        ("Anna", 2),
        ("Moscow", 2),
    ]
    assert [(c.actor.name, c.shared) for c in index.companions(ANNA.id)] == [
        ("Moscow", 3),
        ("Boris", 2),
    ]


def test_shared_passages_are_the_sentences_naming_both() -> None:
    index = Cooccurrence(TEXT, ACTORS, "sentence")
    shared = [TEXT[a:b] for a, b in index.shared_passages(ANNA.id, BORIS.id)]
    assert shared == ["Anna met Boris in Moscow.", "Later Anna wrote to Boris from\nMoscow."]
    assert index.shared_passages(BORIS.id, ANNA.id) == index.shared_passages(ANNA.id, BORIS.id)


def test_edges_weigh_every_pair_and_filter_by_minimum() -> None:
    index = Cooccurrence(TEXT, ACTORS, "sentence")
    names = {a.id: a.name for a in ACTORS}
    edges = {(frozenset((names[a], names[b])), w) for a, b, w in index.edges()}
    assert edges == {
        (frozenset(("Anna", "Moscow")), 3),
        (frozenset(("Anna", "Boris")), 2),
        (frozenset(("Boris", "Moscow")), 2),
    }
    assert [w for _a, _b, w in index.edges(min_shared=3)] == [3]


def test_an_actor_alone_has_no_companions() -> None:
    index = Cooccurrence(
        "Zed sat.", [Actor("a1", "PERSON:zed", "Zed", "PERSON", (Mention(0, 3, "Zed", "PERSON"),))]
    )
    assert index.companions("a1") == []
    assert index.edges() == []
