"""More ways a text says a name is a ship's: "was called the Yankee", "X was a ... ship"."""

from __future__ import annotations

from tests.core.ruler_actors import actors_of, table


def test_a_kind_after_the_name_or_said_of_it_makes_a_vessel() -> None:
    text = (
        "The privateer was called the True-blooded Yankee. "
        "The Grosvenor, then, was a small, full-rigged ship of five hundred tons. "
        "I had heard before I joined the Grosvenor that Coxon was a bully."
    )
    actors = actors_of(
        text,
        ("ORG", "True-blooded Yankee"),
        ("GPE", "Grosvenor"),
        ("PERSON", "Coxon"),
    )
    labels = {name: label for name, label, _ in table(actors)}
    assert labels == {
        "True-blooded Yankee": "PRODUCT",
        "Grosvenor": "PRODUCT",
        "Coxon": "PERSON",
    }


def test_a_person_said_to_be_something_else_and_a_port_before_a_kind_stay() -> None:
    text = (
        "Green was a drunken profligate. Green, the captain, came with me. "
        "We took the Liverpool steamer."
    )
    actors = actors_of(text, ("PERSON", "Green"), ("GPE", "Liverpool"))
    assert {(name, label) for name, label, _ in table(actors)} == {
        ("Green", "PERSON"),
        ("Liverpool", "GPE"),
    }
