"""A name's kind comes from the whole document: people smile, speak and carry titles."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.test_grouping_rules import actors_of, table


def test_a_name_that_smiles_and_speaks_is_a_person_whatever_the_model_said() -> None:
    text = (
        "Natásha smiled. “Yes,” said Natásha, and Natásha nodded to Princess Mary. "
        "Princess Mary blushed."
    )
    got = table(actors_of(text, ("GPE", "Natásha"), ("PRODUCT", "Princess Mary")))
    assert got == {
        ("Natásha", "PERSON", ("Natásha", "Natásha", "Natásha")),
        ("Mary", "PERSON", ("Princess Mary", "Princess Mary")),
    }


def test_countries_and_companies_that_speak_keep_their_kind() -> None:
    text = (
        "Russia said no. Russia replied that talks would go on. In Moscow, Microsoft said "
        "it agreed, and Microsoft announced a deal. Microsoft replied later."
    )
    got = table(actors_of(text, ("GPE", "Russia"), ("GPE", "Moscow"), ("ORG", "Microsoft")))
    assert ("Russia", "GPE", ("Russia", "Russia")) in got
    assert ("Microsoft", "ORG", ("Microsoft", "Microsoft", "Microsoft")) in got


def test_a_place_people_go_to_stays_a_place() -> None:
    text = "He lived in Bald Hills. In Bald Hills it rained. Bald Hills smiled at nobody."
    got = table(actors_of(text, ("GPE", "Bald Hills")))
    assert got == {("Bald Hills", "GPE", ("Bald Hills", "Bald Hills", "Bald Hills"))}


def test_two_families_glued_in_one_span_stay_apart() -> None:
    text = " ".join(["The Rostóvs came."] * 6 + ["The Bolkónskis left."] * 12)
    text += " The Rostóvs of Bolkónskis were there. " + " ".join(["The Rostóvs sang."] * 6)
    got = actors_of(
        text,
        ("ORG", "Rostóvs"),
        ("ORG", "Bolkónskis"),
        ("ORG", "Rostóvs of Bolkónskis"),
    )
    assert sorted((a.name, len(a.mentions)) for a in got) == [
        ("Bolkónskis", 12),
        ("Rostóvs", 12),
        ("Rostóvs of Bolkónskis", 1),
    ]


def test_a_full_name_whose_first_name_is_a_person_is_a_person() -> None:
    text = (
        "Curtis came. Curtis left. Curtis Waring was rich, and Curtis knew it. "
        "Curtis Waring smiled."
    )
    got = table(actors_of(text, ("PERSON", "Curtis"), ("ORG", "Curtis Waring")))
    assert got == {
        (
            "Curtis Waring",
            "PERSON",
            ("Curtis", "Curtis", "Curtis Waring", "Curtis", "Curtis Waring"),
        )
    }
