"""A name after a house number ("No. 31 Lyon Place") is an address: a place, not a person."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_numbered_way_is_a_place_even_with_a_surname_like_head() -> None:
    text = "“No. 31 Lyon Place, Camberwell.” He lived at 7 Ryder Place. Francis Place smiled."
    got = table(
        actors_of(
            text, ("PERSON", "Lyon Place"), ("PERSON", "Ryder Place"), ("PERSON", "Francis Place")
        )
    )
    assert {(name, label) for name, label, _ in got} == {
        ("Lyon Place", "FAC"),
        ("Ryder Place", "FAC"),
        ("Francis Place", "PERSON"),
    }


def test_a_street_named_after_a_king_is_a_street() -> None:
    text = "‘Yes, 17 King Edward Street, near St. Paul’s.’ We walked down Queen Victoria Street."
    got = table(
        actors_of(text, ("PERSON", "King Edward Street"), ("PERSON", "Queen Victoria Street"))
    )
    assert {(name, label) for name, label, _ in got} == {
        ("King Edward Street", "FAC"),
        ("Queen Victoria Street", "FAC"),
    }
