"""A name the text says somebody bears, or that does a thing to himself, is a person's."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_name_somebody_bears_and_that_hides_himself_is_a_person() -> None:
    text = (
        "One of his friends was a merchant. This man, whose name was Beaufort, was proud. "
        "My father loved Beaufort. Beaufort had taken effectual measures to conceal himself, "
        "and she knelt by Beaufort’s coffin."
    )
    got = table(actors_of(text, ("GPE", "Beaufort")))
    assert {(name, label) for name, label, _ in got} == {("Beaufort", "PERSON")}


def test_a_town_the_text_names_and_finds_itself_in_stays_a_town() -> None:
    text = (
        "We came to a town called Lucerne. Lucerne lay by the lake. In Lucerne we found "
        "ourselves at an inn, and we liked Lucerne."
    )
    got = table(actors_of(text, ("GPE", "Lucerne")))
    assert {(name, label) for name, label, _ in got} == {("Lucerne", "GPE")}
