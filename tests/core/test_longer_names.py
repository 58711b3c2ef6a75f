"""A full name joins the one longer full name it starts, or the one that shares its title."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_first_name_and_patronymic_join_the_one_full_name_that_extends_them() -> None:
    text = (
        "Anna Pávlovna Schérer gave a party. Anna Pávlovna smiled. Anna Pávlovna spoke to "
        "Anna Mikháylovna. Anna Pávlovna sighed. Anna Mikháylovna left."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Anna Pávlovna Schérer"),
            ("PERSON", "Anna Pávlovna"),
            ("PERSON", "Anna Mikháylovna"),
        )
    )
    assert got == {
        (
            "Anna Pávlovna Schérer",
            "PERSON",
            ("Anna Pávlovna Schérer", "Anna Pávlovna", "Anna Pávlovna", "Anna Pávlovna"),
        ),
        ("Anna Mikháylovna", "PERSON", ("Anna Mikháylovna", "Anna Mikháylovna")),
    }


def test_a_full_name_two_longer_names_extend_stays_alone() -> None:
    text = (
        "Anna Pávlovna Schérer came. Anna Pávlovna Orlóva came. Anna Pávlovna smiled. "
        "Anna Pávlovna left."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Anna Pávlovna Schérer"),
            ("PERSON", "Anna Pávlovna Orlóva"),
            ("PERSON", "Anna Pávlovna"),
        )
    )
    assert ("Anna Pávlovna", "PERSON", ("Anna Pávlovna", "Anna Pávlovna")) in got


def test_a_first_name_joins_the_one_full_name_that_shares_its_usual_title() -> None:
    # "Prince Vasíli" is the prince, not the hussar "Vasíli Dmítrich Denísov": of the two
    # full names "Vasíli" fits, only the prince's is written with the title it carries.
    text = (
        "Prince Vasíli Kurágin came in. Prince Vasíli smiled. Vasíli Dmítrich Denísov rode "
        "up. Prince Vasíli said nothing. Prince Vasíli left."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Prince Vasíli Kurágin"),
            ("PERSON", "Prince Vasíli"),
            ("PERSON", "Vasíli Dmítrich Denísov"),
        )
    )
    assert got == {
        ("Vasíli Kurágin", "PERSON", ("Prince Vasíli Kurágin",) + ("Prince Vasíli",) * 3),
        ("Vasíli Dmítrich Denísov", "PERSON", ("Vasíli Dmítrich Denísov",)),
    }


def test_a_first_name_without_a_usual_title_stays_between_two_full_names() -> None:
    text = (
        "Prince Vasíli Kurágin came in. Vasíli smiled. Vasíli Dmítrich Denísov rode "
        "up. Vasíli said nothing. Vasíli left."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Prince Vasíli Kurágin"),
            ("PERSON", "Vasíli"),
            ("PERSON", "Vasíli Dmítrich Denísov"),
        )
    )
    # The first "Vasíli" follows the prince's full name alone, and goes to him (rule 3b).
    assert ("Vasíli", "PERSON", ("Vasíli",) * 2) in got


def test_a_full_name_extended_by_a_family_name_used_alone_stays_alone() -> None:
    # "Bezúkhov" alone is the father and the son: the father's first names do not join
    # the full name that a family's name ends.
    text = (
        "Count Cyril Vladímirovich Bezúkhov was dying. Count Cyril Vladímirovich slept. "
        "Pierre Bezúkhov came. Bezúkhov sat. Bezúkhov rose. Count Cyril Vladímirovich woke."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Count Cyril Vladímirovich Bezúkhov"),
            ("PERSON", "Count Cyril Vladímirovich"),
            ("PERSON", "Pierre Bezúkhov"),
            ("PERSON", "Bezúkhov"),
        )
    )
    assert ("Count Cyril Vladímirovich", "PERSON", ("Count Cyril Vladímirovich",) * 2) in got
