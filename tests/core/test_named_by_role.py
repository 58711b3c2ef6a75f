"""A name followed by "the" and a word for a person's role ("Leah the housemaid") is a person."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_name_the_text_calls_the_housemaid_or_the_nurse_is_a_person() -> None:
    text = (
        "The others, John and his wife, Leah the housemaid, and Sophie the French nurse, "
        "were decent people. With Sophie I talked French, and Leah came in."
    )
    got = table(actors_of(text, ("PERSON", "John"), ("ORG", "Leah"), ("ORG", "Sophie")))
    assert {(name, label) for name, label, _ in got} == {
        ("John", "PERSON"),
        ("Leah", "PERSON"),
        ("Sophie", "PERSON"),
    }


def test_a_town_the_text_calls_the_capital_stays_a_town() -> None:
    text = "We reached Paris, the capital, at noon, and Paris the city slept."
    got = table(actors_of(text, ("GPE", "Paris")))
    assert {(name, label) for name, label, _ in got} == {("Paris", "GPE")}


def test_a_place_before_an_absolute_clause_stays_a_place() -> None:
    text = (
        "They moved the prince to Boguchárovo, the doctor accompanying him. Boguchárovo was quiet."
    )
    got = table(actors_of(text, ("GPE", "Boguchárovo")))
    assert {(name, label) for name, label, _ in got} == {("Boguchárovo", "GPE")}


def test_the_senate_is_not_the_senate_house() -> None:
    text = "The Senate met in the Senate House. The Senate voted, and the Senate adjourned."
    got = table(actors_of(text, ("ORG", "Senate"), ("ORG", "Senate House")))
    assert ("Senate House", "ORG", ("Senate House",)) in got
