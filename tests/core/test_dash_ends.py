"""A name cut before a dash keeps no comma: "the Amalgamated Sons of Rest,—a society"."""

from __future__ import annotations

from tests.core.ruler_actors import actors_of, table


def test_a_word_cut_after_a_comma_and_a_dash_takes_them_with_it() -> None:
    text = (
        "He was Chairman of the Amalgamated Sons of Rest,\u2014a society of persons with "
        "objections to work between meals."
    )
    actors = actors_of(text, ("ORG", "the Amalgamated Sons of Rest,\u2014a"))
    assert table(actors) == {
        ("Amalgamated Sons of Rest", "ORG", ("Amalgamated Sons of Rest",)),
    }
