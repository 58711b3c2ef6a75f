"""A name followed by "the" and a word for a person's role ("Leah the housemaid") is a person."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.test_grouping_rules import actors_of, table


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
