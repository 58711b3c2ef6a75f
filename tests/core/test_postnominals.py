"""Degrees and honours written after a person's name are no actors."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_letters_after_a_persons_name_are_no_actor_but_a_place_after_a_place_stays() -> None:
    text = (
        "The stick read: To James Mortimer, M.R.C.S., from his friends. "
        "The girl was owned by John Graves, Esq., of Virginia. "
        "Hale flew to Washington, D.C., with Eager, M. A. Oxon."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "James Mortimer"),
            ("GPE", "M.R.C.S."),
            ("PERSON", "John Graves"),
            ("ORG", "Esq"),
            ("GPE", "Virginia"),
            ("PERSON", "Hale"),
            ("GPE", "Washington"),
            ("GPE", "D.C."),
            ("PERSON", "Eager"),
            ("ORG", "M. A. Oxon"),
        )
    )
    assert got == {
        ("James Mortimer", "PERSON", ("James Mortimer",)),
        ("John Graves", "PERSON", ("John Graves",)),
        ("Virginia", "GPE", ("Virginia",)),
        ("Hale", "PERSON", ("Hale",)),
        ("Washington", "GPE", ("Washington",)),
        ("D.C.", "GPE", ("D.C.",)),
        ("Eager", "PERSON", ("Eager",)),
    }


def test_junior_or_senior_after_a_persons_name_is_no_actor() -> None:
    # "Erwin Vahlsing, Jr., the company's chief financial officer": the model read "Jr." as
    # a town; it says which of two namesakes is meant.
    text = "Erwin Vahlsing, Jr., said so. Ken Griffey, Sr. played too. Tom Platt, Snr, spoke."
    got = table(
        actors_of(
            text,
            ("PERSON", "Erwin Vahlsing"),
            ("GPE", "Jr."),
            ("PERSON", "Ken Griffey"),
            ("ORG", "Sr."),
            ("PERSON", "Tom Platt"),
            ("ORG", "Snr"),
        )
    )
    assert got == {
        ("Erwin Vahlsing", "PERSON", ("Erwin Vahlsing",)),
        ("Ken Griffey", "PERSON", ("Ken Griffey",)),
        ("Tom Platt", "PERSON", ("Tom Platt",)),
    }
