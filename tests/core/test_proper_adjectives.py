"""A people's or creed's word before a noun ("a Welsh voice") is a group word, not an actor."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_peoples_word_that_modifies_a_noun_is_a_group_word() -> None:
    text = (
        "A shrill Welsh voice rose from the yard, where the Welsh miners stood. Owen was "
        "Welsh. An Irish cook sang by the fire. Irish laughed at her, and Irish went out. "
        "Irish came back. The Puritan elders frowned, for Puritan manners ruled the town. "
        "Another Confederate officer rode by; his pay was Confederate. Frank nodded to Mary "
        "in Michigan. The Michigan farmers cheered."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Welsh"),
            ("PERSON", "Irish"),
            ("GPE", "Puritan"),
            ("ORG", "Confederate"),
            ("PERSON", "Frank"),
            ("PERSON", "Mary"),
            ("GPE", "Michigan"),
        )
    )
    assert got == {
        ("Welsh", "NORP", ("Welsh", "Welsh", "Welsh")),
        ("Irish", "PERSON", ("Irish", "Irish", "Irish")),
        ("Puritan", "NORP", ("Puritan", "Puritan")),
        ("Confederate", "NORP", ("Confederate", "Confederate")),
        ("Frank", "PERSON", ("Frank",)),
        ("Mary", "PERSON", ("Mary",)),
        ("Michigan", "GPE", ("Michigan", "Michigan")),
    }


def test_an_adjective_the_text_also_writes_in_lower_case_is_a_name() -> None:
    # "brown" in lower case: "Brown" is a surname here, even before a noun.
    text = "Brown sat down. The brown dog slept at Brown feet. Brown laughed."
    got = table(actors_of(text, ("PERSON", "Brown")))
    assert got == {("Brown", "PERSON", ("Brown", "Brown", "Brown"))}


def test_a_plural_place_before_a_noun_stays_a_place() -> None:
    # "bottom" is an adjective, "Bottoms" is not: adjectives take no "-s".
    text = "They moved into the Narrows. The Narrows women met them. The Narrows was damp."
    got = table(actors_of(text, ("FAC", "Narrows")))
    assert got == {("Narrows", "FAC", ("Narrows", "Narrows", "Narrows"))}


def test_a_body_named_by_an_adjective_that_acts_stays_a_body() -> None:
    # "Celtic beat Rangers": a club that acts and owns is a body, even before "fans"; a
    # plural noun after a people's word is no verb ("the Napoleonic wars ended").
    text = (
        "Celtic beat Rangers on Sunday. Celtic fans sang, and Celtic manager Neil Lennon "
        "praised Celtic's defence. The Napoleonic wars ended, and the Napoleonic army left."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Celtic"),
            ("ORG", "Rangers"),
            ("PERSON", "Neil Lennon"),
            ("ORG", "Napoleonic"),
        )
    )
    assert got == {
        ("Celtic", "ORG", ("Celtic",) * 4),
        ("Rangers", "ORG", ("Rangers",)),
        ("Neil Lennon", "PERSON", ("Neil Lennon",)),
        ("Napoleonic", "NORP", ("Napoleonic", "Napoleonic")),
    }
