"""Faults found on novels no rule had seen (Great Expectations, Treasure Island, Wuthering
Heights, A Tale of Two Cities, Tom Sawyer), each with the actors a careful reader expects."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.test_grouping_rules import actors_of, table


def test_a_possessive_left_bare_by_a_cut_word_is_cut_too() -> None:
    text = "He wept, and Sydney’s feet took him to the door. Sydney sat down."
    actors = actors_of(text, ("PERSON", "Sydney’s feet"), ("PERSON", "Sydney"))
    assert table(actors) == {("Sydney", "PERSON", ("Sydney", "Sydney"))}


def test_a_surname_joins_the_one_person_its_two_full_names_turn_out_to_be() -> None:
    pytest.importorskip("nicknames")
    text = (
        "“I’m poor Ben Gunn, I am,” he said. “As for you, Benjamin Gunn,” they said. "
        "“Gunn is a good man,” he went on. Ben Gunn ran off. “Ask Ben Gunn.”"
    )
    actors = actors_of(
        text, ("PERSON", "Ben Gunn"), ("PERSON", "Benjamin Gunn"), ("PERSON", "Gunn")
    )
    assert table(actors) == {
        (
            "Ben Gunn",
            "PERSON",
            ("Ben Gunn", "Benjamin Gunn", "Gunn", "Ben Gunn", "Ben Gunn"),
        )
    }
