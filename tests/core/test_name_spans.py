"""Where a name starts and ends: old street spellings, epithets after a name."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.test_grouping_rules import actors_of, table


def test_a_capitalised_word_hyphened_to_a_street_word_is_a_street() -> None:
    text = (
        "My chambers were up stairs at No.\n--Wall-street.\nHe was bound apprentice to a "
        "hosier, in Newgate-street, with whom he stayed. The side-street was dark. "
        "Side-streets ran off it. He walked down Fleet-Street at noon."
    )
    got = table(actors_of(text))
    assert got == {
        ("Wall-street", "FAC", ("Wall-street",)),
        ("Newgate-street", "FAC", ("Newgate-street",)),
        ("Fleet-Street", "FAC", ("Fleet-Street",)),
    }


def test_a_model_span_cut_at_the_hyphen_of_a_street_takes_in_the_street() -> None:
    text = "He lodged in Newgate-street for a year, and Newgate was near."
    got = table(actors_of(text, ("GPE", "Newgate")))
    assert ("Newgate-street", "FAC", ("Newgate-street",)) in got


def test_the_and_a_title_after_a_name_describe_the_person_and_are_not_the_name() -> None:
    text = (
        "That is to say, Mrs. Cadwallader the Rector's wife came. Mrs. Cadwallader smiled. "
        "Peter the Great and Rudolf the Fifth stayed."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Cadwallader the Rector"),
            ("PERSON", "Cadwallader"),
            ("PERSON", "Peter the Great"),
            ("PERSON", "Rudolf"),
        )
    )
    assert got == {
        ("Cadwallader", "PERSON", ("Cadwallader", "Cadwallader")),
        ("Peter the Great", "PERSON", ("Peter the Great",)),
        ("Rudolf the Fifth", "PERSON", ("Rudolf the Fifth",)),
    }
