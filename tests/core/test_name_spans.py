"""Where a name starts and ends: old street spellings, "X of Y", hyphen-spelled names."""

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
