"""An interjection ("Pshaw!", "“Pho,” said he", "Great Scott!") is no one's name."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_an_interjection_the_model_calls_a_name_is_dropped() -> None:
    text = (
        "“It has twice been burgled.” “Pshaw! They did not know how to look.” "
        "“Pshaw, my dear fellow,” said Holmes. “Pho,” said Belcour, “a musket ball.” "
        "“Great Scott! Jump, Archie, jump!” “Adieu, Prince!” said Anna Pávlovna."
    )
    actors = actors_of(
        text,
        ("PERSON", "Pshaw"),
        ("PERSON", "Holmes"),
        ("PERSON", "Pho"),
        ("PERSON", "Belcour"),
        ("ORG", "Great Scott"),
        ("PERSON", "Archie"),
        ("PERSON", "Adieu"),
        ("PERSON", "Anna Pávlovna"),
    )
    names = {name for name, _, _ in table(actors)}
    assert names == {"Holmes", "Belcour", "Archie", "Anna Pávlovna"}


def test_a_name_spelt_like_a_word_of_english_stays_a_name() -> None:
    # Only a closed list of interjections goes: "Hope" and "Faith" are given names too.
    text = "“Faith!” cried Hope. Faith smiled at her."
    actors = actors_of(text, ("PERSON", "Faith"), ("PERSON", "Hope"))
    assert {name for name, _, _ in table(actors)} == {"Faith", "Hope"}
