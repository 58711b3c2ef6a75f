"""A peer's title set after a name by a comma is the same person: "John Clayton, Lord Greystoke"."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_title_in_apposition_joins_the_name_before_it() -> None:
    text = (
        "A young nobleman, whom we shall call John Clayton, Lord Greystoke, sailed from Dover. "
        "Lord Greystoke struck down the captain's arm. John Clayton said nothing."
    )
    actors = actors_of(
        text,
        ("PERSON", "John Clayton"),
        ("PERSON", "Lord Greystoke"),
        ("GPE", "Dover"),
    )
    assert table(actors) == {
        (
            "John Clayton",
            "PERSON",
            ("John Clayton", "Lord Greystoke", "Lord Greystoke", "John Clayton"),
        ),
        ("Dover", "GPE", ("Dover",)),
    }


def test_an_ordinal_title_of_a_place_joins_too() -> None:
    text = "Her husband was James, fifth Earl of Burlesdon. The Earl of Burlesdon died. James wept."
    actors = actors_of(text, ("PERSON", "James"), ("PERSON", "Earl of Burlesdon"))
    assert len(actors) == 1


def test_a_list_of_titled_people_stays_apart() -> None:
    # "Lord Tennington, Lord Greystoke and Lady Alice" lists three people.
    text = (
        "Hazel Strong, Lord Tennington and Lady Alice came aboard. "
        "Hazel Strong laughed. Lord Tennington bowed."
    )
    actors = actors_of(
        text,
        ("PERSON", "Hazel Strong"),
        ("PERSON", "Lord Tennington"),
        ("PERSON", "Lady Alice"),
    )
    assert len(actors) == 3


def test_a_possessive_after_the_title_is_someone_else() -> None:
    text = "Mr. Simpson, Lord Greystoke's steward, arrived. Lord Greystoke was out. Simpson waited."
    actors = actors_of(text, ("PERSON", "Mr. Simpson"), ("PERSON", "Lord Greystoke"))
    assert len(actors) == 2


def test_a_family_title_without_a_territory_is_no_apposition() -> None:
    # In Russian novels every Bolkónski is a prince: "Natásha, Princess Mary, and Sónya".
    text = (
        "Natásha, Princess Mary, and Sónya sat down. “Yes,” said Natásha, Princess Mary "
        "looked up. Charles, Prince of Wales, arrived."
    )
    actors = actors_of(
        text,
        ("PERSON", "Natásha"),
        ("PERSON", "Princess Mary"),
        ("PERSON", "Sónya"),
        ("PERSON", "Charles"),
        ("PERSON", "Prince of Wales"),
    )
    assert {tuple(m for m in mentions) for _, _, mentions in table(actors)} == {
        ("Natásha", "Natásha"),
        ("Princess Mary", "Princess Mary"),
        ("Sónya",),
        ("Charles", "Prince of Wales"),
    }


def test_a_name_set_off_by_or_is_another_name_for_it() -> None:
    text = (
        "Miss Trotwood, or Miss Betsey, as my mother called her, was our magnate. "
        "Miss Betsey never came. Tenochtitlan, or Mexico, as the Spaniards named it, fell; "
        "Mexico burned."
    )
    actors = actors_of(
        text,
        ("PERSON", "Miss Trotwood"),
        ("PERSON", "Miss Betsey"),
        ("GPE", "Tenochtitlan"),
        ("GPE", "Mexico"),
    )
    assert {tuple(m for m in mentions) for _, _, mentions in table(actors)} == {
        ("Miss Trotwood", "Miss Betsey", "Miss Betsey"),
        ("Tenochtitlan", "Mexico", "Mexico"),
    }


def test_a_choice_between_two_names_stays_two() -> None:
    text = (
        "Shall we go to Paris, or London, or Rome? Ask Tom or Jim. Whether Davout, or "
        "Murat, commanded, nobody knew. “Jane, or Mary, as they call you, come!”"
    )
    actors = actors_of(
        text,
        ("GPE", "Paris"),
        ("GPE", "London"),
        ("GPE", "Rome"),
        ("PERSON", "Tom"),
        ("PERSON", "Jim"),
        ("PERSON", "Jane"),
        ("PERSON", "Mary"),
        ("PERSON", "Davout"),
        ("PERSON", "Murat"),
    )
    assert len(actors) == 9
