"""A capitalised word after "a", "an" or a number names a kind of thing, not an actor."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_name_after_an_indefinite_article_any_or_a_number_is_no_mention() -> None:
    text = (
        "Hooper was a Quaker, and his wife was an Elphberg. On the table lay two Colts, and "
        "the wall was painted by another Giotto. Giotto smiled at Hooper. "
        "A NASA engineer came. He was a Native Son, one of several Mortimers; "
        "a Mr. Smith called from a London practice after a Kremlin ceremony."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Hooper"),
            ("ORG", "Quaker"),
            ("PERSON", "Elphberg"),
            ("ORG", "Colts"),
            ("PERSON", "Giotto"),
            ("ORG", "NASA"),
            ("ORG", "Native Son"),
            ("PERSON", "Mortimers"),
            ("PERSON", "Mr. Smith"),
            ("GPE", "London"),
            ("ORG", "Kremlin"),
        )
    )
    assert got == {
        ("Hooper", "PERSON", ("Hooper", "Hooper")),
        ("Giotto", "PERSON", ("Giotto",)),
        ("NASA", "ORG", ("NASA",)),
        ("Smith", "PERSON", ("Mr. Smith",)),
        ("London", "GPE", ("London",)),
        ("Kremlin", "ORG", ("Kremlin",)),
    }


def test_a_name_after_an_article_and_one_adjective_is_no_mention_unless_a_certain_one() -> None:
    text = (
        "His rug was a scarlet Mohican, and he would pay any kind Sylph who helped him. "
        "It's sure to be a good Legation. A certain Dolokhov came in, and Dolokhov sat. "
        "A second Boston rose there. At ten addressed Mary, and a man addressed Mary too. "
        "For a moment Mary waited; in a second Mary was gone."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Mohican"),
            ("PERSON", "Sylph"),
            ("ORG", "Legation"),
            ("PERSON", "Dolokhov"),
            ("GPE", "Boston"),
            ("PERSON", "Mary"),
        )
    )
    assert got == {
        ("Dolokhov", "PERSON", ("Dolokhov", "Dolokhov")),
        ("Boston", "GPE", ("Boston",)),
        ("Mary", "PERSON", ("Mary",) * 4),
    }
