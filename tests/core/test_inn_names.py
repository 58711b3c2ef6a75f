"""A building's name without its head word ("the Alpha" of "the Alpha Inn") is that building."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_the_name_of_an_inn_without_inn_is_the_inn() -> None:
    text = (
        "We were in Bloomsbury at the Alpha Inn, a small public-house. "
        "He was the landlord of the Alpha. All the birds that went to the Alpha were fat."
    )
    got = table(actors_of(text, ("FAC", "Alpha Inn"), ("FAC", "Alpha"), ("GPE", "Bloomsbury")))
    assert ("Alpha Inn", "FAC", ("Alpha Inn", "Alpha", "Alpha")) in got


def test_a_man_named_like_his_farm_stays_apart() -> None:
    text = (
        "We set off for Hatherley Farm. Hatherley Farm lay to the north. "
        "Mr. Hatherley, the engineer, told us his tale, and Hatherley smiled."
    )
    got = table(actors_of(text, ("FAC", "Hatherley Farm"), ("PERSON", "Hatherley")))
    assert ("Hatherley Farm", "FAC", ("Hatherley Farm", "Hatherley Farm")) in got


def test_a_name_ending_in_abbey_is_a_building_whatever_the_model_said() -> None:
    text = "Highbury, and Donwell Abbey in the parish adjoining, the seat of Mr. Knightley."
    got = table(actors_of(text, ("PERSON", "Donwell Abbey"), ("PERSON", "Knightley")))
    assert ("Donwell Abbey", "FAC", ("Donwell Abbey",)) in got
