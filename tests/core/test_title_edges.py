"""Titles at a name's edges: a plural title, a title's first word and a title alone are no names."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_monarch_or_an_heir_named_by_title_alone_is_no_actor() -> None:
    text = (
        "“Here’s to our Sovereign!” they cried. The Tsarévich rode past the Dauphin, "
        "and the Rajah bowed to Kutúzov."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Sovereign"),
            ("ORG", "Tsarévich"),
            ("PERSON", "Dauphin"),
            ("PERSON", "Rajah"),
            ("PERSON", "Kutúzov"),
        )
    )
    assert got == {("Kutúzov", "PERSON", ("Kutúzov",))}


def test_a_title_in_the_plural_opens_no_persons_name() -> None:
    # "Prime Ministers Mahendra Chaudhry and Sitiveni Rabuka": the model took "Ministers"
    # into the first name; a plural title names more than the one person after it.
    text = (
        "This was true for Prime Ministers Mahendra Chaudhry and Sitiveni Rabuka. Chaudhry agreed."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Ministers Mahendra Chaudhry"),
            ("PERSON", "Sitiveni Rabuka"),
            ("PERSON", "Chaudhry"),
        )
    )
    assert got == {
        ("Mahendra Chaudhry", "PERSON", ("Mahendra Chaudhry", "Chaudhry")),
        ("Sitiveni Rabuka", "PERSON", ("Sitiveni Rabuka",)),
    }


def test_a_titles_first_word_ends_no_bodys_name() -> None:
    # "FijiFirst General Secretary, Aiyaz Sayed-Khaiyum": the model ends the party's name
    # with the first word of the title after it.
    text = "FijiFirst General Secretary, Aiyaz Sayed-Khaiyum, spoke for FijiFirst."
    got = table(
        actors_of(
            text,
            ("ORG", "FijiFirst General"),
            ("PERSON", "Aiyaz Sayed-Khaiyum"),
            ("ORG", "FijiFirst"),
        )
    )
    assert got == {
        ("FijiFirst", "ORG", ("FijiFirst", "FijiFirst")),
        ("Aiyaz Sayed-Khaiyum", "PERSON", ("Aiyaz Sayed-Khaiyum",)),
    }


def test_a_courtesy_title_without_its_dot_opens_no_name() -> None:
    # British news writes "Ms Shenton", "Mr Miliband" without the dot; the model then
    # takes the title in, as it never does "Mr." ("Mr. Cameron" is Cameron). The name
    # is the surname, a person's.
    text = (
        "Labour's Tamsin Dunwoody was second, while Ms Shenton was third. It is bad "
        "news for Mr. Cameron and Mr Miliband, said Dr Jones."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Labour"),
            ("PERSON", "Tamsin Dunwoody"),
            ("PERSON", "Ms Shenton"),
            ("PERSON", "Cameron"),
            ("PRODUCT", "Mr Miliband"),
            ("PERSON", "Dr Jones"),
        )
    )
    people = {mentions for _, label, mentions in got if label == "PERSON"}
    assert people == {("Tamsin Dunwoody",), ("Shenton",), ("Cameron",), ("Miliband",), ("Jones",)}


def test_an_executives_office_in_capitals_alone_is_no_actor() -> None:
    # "his COO title", "the CFO said": like "CEO", a chief officer's initials name an
    # office, not a body.
    text = "Lee will keep his COO title, and the CFO said Samsung agreed."
    got = table(actors_of(text, ("ORG", "COO"), ("ORG", "CFO"), ("ORG", "Samsung")))
    assert {name for name, _, _ in got} == {"Samsung"}
