"""A surname spelt with one vowel more or less ("Buonaparte", "Bonaparte") is one person."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_surname_with_one_vowel_more_joins_the_one_full_name() -> None:
    text = (
        "Napoleon Bonaparte crossed the river. “If Buonaparte comes,” said the prince, "
        "“we shall see.” Monsieur Buonaparte did come."
    )
    actors = actors_of(
        text, ("PERSON", "Napoleon Bonaparte"), ("PERSON", "Buonaparte"), ("PERSON", "prince")
    )
    assert ("Napoleon Bonaparte", "PERSON", ("Napoleon Bonaparte", "Buonaparte", "Buonaparte")) in (
        table(actors)
    )


def test_a_feminine_surname_stays_apart_from_the_masculine() -> None:
    # Russian surnames add a final "a" for a woman: "Rostóva" is not Nicholas Rostóv.
    text = "Nicholas Rostóvitch rode off. Countess Rostóvitcha wept at home."
    actors = actors_of(text, ("PERSON", "Nicholas Rostóvitch"), ("PERSON", "Countess Rostóvitcha"))
    assert table(actors) == {
        ("Nicholas Rostóvitch", "PERSON", ("Nicholas Rostóvitch",)),
        ("Countess Rostóvitcha", "PERSON", ("Countess Rostóvitcha",)),
    }


def test_a_variant_two_full_names_could_bear_stays_alone() -> None:
    text = (
        "Joseph Bonaparte ruled Spain and Louis Bonaparte ruled Holland. "
        "Buonaparte, the Russians said, was their brother."
    )
    actors = actors_of(
        text,
        ("PERSON", "Joseph Bonaparte"),
        ("PERSON", "Louis Bonaparte"),
        ("PERSON", "Buonaparte"),
        ("NORP", "Russians"),
        ("GPE", "Spain"),
        ("GPE", "Holland"),
    )
    assert ("Buonaparte", "PERSON", ("Buonaparte",)) in table(actors)
