"""A name ending in "s" owns with a bare apostrophe: "Pluffles' fiancée" is a person's."""

from __future__ import annotations

from tests.core.ruler_actors import actors_of, table


def test_a_bare_apostrophe_before_a_persons_part_or_kin_is_a_persons_cue() -> None:
    text = (
        "Pluffles' fiancee was to come out in October, to be married to Pluffles. "
        "Sooner or later, little Pluffles would break off that engagement. "
        "Pluffles was the prize of victory. No one knows what Pluffles thought."
    )
    actors = actors_of(text, ("ORG", "Pluffles"))
    assert {(name, label) for name, label, _ in table(actors)} == {("Pluffles", "PERSON")}


def test_a_bodys_bare_apostrophe_before_a_thing_is_no_cue() -> None:
    text = (
        "Barings' offices were in town. Barings announced a sale, and Barings' shops were closed."
    )
    actors = actors_of(text, ("ORG", "Barings"))
    assert {(name, label) for name, label, _ in table(actors)} == {("Barings", "ORG")}
