"""Faults found on lesser-known fiction no rule had seen (Henty, Jewett, W. W. Jacobs, Anthony
Hope, Mrs Oliphant), each with the actors a careful reader expects."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_kin_title_before_a_name_the_model_calls_a_people_is_a_person() -> None:
    text = "Kate told them of her Aunt Katharine. Her Aunt Katharine was old."
    actors = actors_of(text, ("NORP", "Aunt Katharine"), ("PERSON", "Kate"))
    assert table(actors) == {
        ("Aunt Katharine", "PERSON", ("Aunt Katharine", "Aunt Katharine")),
        ("Kate", "PERSON", ("Kate",)),
    }


def test_a_military_rank_before_a_name_the_model_calls_a_thing_is_a_person() -> None:
    text = (
        "The garrison refused to admit Colonel Clive with his troops. "
        "Admiral Watson and the fleet then returned to Bombay."
    )
    actors = actors_of(
        text, ("PRODUCT", "Colonel Clive"), ("ORG", "Admiral Watson"), ("GPE", "Bombay")
    )
    assert table(actors) == {
        ("Clive", "PERSON", ("Colonel Clive",)),
        ("Watson", "PERSON", ("Admiral Watson",)),
        ("Bombay", "GPE", ("Bombay",)),
    }


def test_a_rank_that_opens_a_body_s_name_stays_a_body() -> None:
    text = "General Motors said so. The General Assembly met. General Electric agreed."
    actors = actors_of(
        text, ("ORG", "General Motors"), ("ORG", "General Assembly"), ("ORG", "General Electric")
    )
    assert {a.label for a in actors} == {"ORG"}


def test_a_vessel_named_by_its_kind_is_a_vessel_not_a_body_or_a_town() -> None:
    text = (
        "He traded to Bristol on a little schooner called the Firefly. She came up once a "
        "week in a schooner called the Belle. Cap'n Smithers sailed in the brig Pilgrim, "
        "and the Firefly sank. A man named Toller came."
    )
    actors = actors_of(
        text,
        ("GPE", "Bristol"),
        ("ORG", "Firefly"),
        ("GPE", "Belle"),
        ("PERSON", "Smithers"),
        ("PRODUCT", "Pilgrim"),
        ("PERSON", "Toller"),
    )
    assert table(actors) == {
        ("Bristol", "GPE", ("Bristol",)),
        ("Firefly", "PRODUCT", ("Firefly", "Firefly")),
        ("Belle", "PRODUCT", ("Belle",)),
        ("Pilgrim", "PRODUCT", ("Pilgrim",)),
        ("Smithers", "PERSON", ("Smithers",)),
        ("Toller", "PERSON", ("Toller",)),
    }


def test_a_person_named_after_a_vessel_s_kind_stays() -> None:
    text = "We took the boat Harris had hired. Harris rowed."
    actors = actors_of(text, ("PERSON", "Harris"))
    assert table(actors) == {("Harris", "PERSON", ("Harris", "Harris"))}


def test_a_given_name_called_out_to_once_is_a_person() -> None:
    pytest.importorskip("nicknames")
    text = "The hall door stood open. “Won’t we have a good time, Nelly?” said she."
    actors = actors_of(text, ("ORG", "Nelly"))
    assert table(actors) == {("Nelly", "PERSON", ("Nelly",))}


def test_a_town_named_once_after_a_given_name_stays_a_town() -> None:
    pytest.importorskip("nicknames")
    text = "She had never been to Florence, nor did she know Chester well."
    actors = actors_of(text, ("GPE", "Florence"), ("GPE", "Chester"))
    assert {a.label for a in actors} == {"GPE"}


def test_a_title_and_a_particle_name_the_model_calls_a_body_is_a_person() -> None:
    text = (
        "The cardinal had the confession of the Count de Chalais. Madame de Chevreuse fled. "
        "The Marquis von Essen stayed."
    )
    actors = actors_of(
        text,
        ("ORG", "Count de Chalais"),
        ("ORG", "Madame de Chevreuse"),
        ("GPE", "Marquis von Essen"),
    )
    assert {a.label for a in actors} == {"PERSON"}


def test_a_title_and_a_particle_before_a_place_s_head_stays_a_place() -> None:
    text = "They met at the Hotel de Ville and walked to the Rue de la Paix."
    actors = actors_of(text, ("FAC", "Hotel de Ville"), ("FAC", "Rue de la Paix"))
    assert {a.label for a in actors} == {"FAC"}


def test_a_titled_particle_name_is_the_full_name_it_ends() -> None:
    text = (
        "But that was never Gil de Berault's way. 'M. de Berault?' he said. 'Yes,' I said. "
        "'You left Auch with him, M. de Berault.' Monsieur de Berault bowed."
    )
    actors = actors_of(
        text,
        ("PERSON", "Gil de Berault"),
        ("PERSON", "M. de Berault"),
        ("PERSON", "Monsieur de Berault"),
        ("GPE", "Auch"),
    )
    people = [a for a in actors if a.label == "PERSON"]
    assert [tuple(m.text for m in a.mentions) for a in people] == [
        ("Gil de Berault", "M. de Berault", "M. de Berault", "Monsieur de Berault")
    ]


def test_a_place_glued_before_a_full_name_whose_first_name_stands_alone_is_cut() -> None:
    text = (
        "With the first streak of red above the Limberlost Margaret Sinton was busy. "
        "Margaret sewed. “Did Margaret send you?” Wesley went back to the Limberlost."
    )
    actors = actors_of(
        text,
        ("PERSON", "Limberlost Margaret Sinton"),
        ("PERSON", "Margaret"),
        ("PERSON", "Wesley"),
        ("ORG", "Limberlost"),
    )
    assert table(actors) == {
        ("Margaret Sinton", "PERSON", ("Margaret Sinton", "Margaret", "Margaret")),
        ("Wesley", "PERSON", ("Wesley",)),
        ("Limberlost", "ORG", ("Limberlost", "Limberlost")),
    }


def test_a_saint_s_possessive_before_a_place_s_head_is_that_place() -> None:
    text = (
        "Brougham Street runs down from St Luke's Square into the canal. "
        "They walked across St. James’s Park. Saint Peter wept."
    )
    actors = actors_of(
        text,
        ("FAC", "Brougham Street"),
        ("PERSON", "St Luke"),
        ("GPE", "St. James"),
        ("PERSON", "Saint Peter"),
    )
    assert table(actors) == {
        ("Brougham Street", "FAC", ("Brougham Street",)),
        ("St Luke's Square", "FAC", ("St Luke's Square",)),
        ("St. James’s Park", "FAC", ("St. James’s Park",)),
        ("Saint Peter", "PERSON", ("Saint Peter",)),
    }


def test_a_letter_s_postscript_mark_is_no_name() -> None:
    text = "Good luck, old girl.--Tom. P.S.--I'm glad. She read the P.S. twice. P. S. Write soon."
    actors = actors_of(text, ("PERSON", "Tom"), ("GPE", "P.S."), ("PERSON", "P. S. Write"))
    assert table(actors) == {("Tom", "PERSON", ("Tom",))}


def test_a_vessel_set_off_by_its_kind_is_a_vessel_but_not_a_ship_s_boy() -> None:
    text = (
        "They chartered a small sailing vessel, the Fuwalda, at Freetown. The Fuwalda, a "
        "barkentine of about a hundred tons, sailed. Tom, a ship's boy, wept."
    )
    actors = actors_of(text, ("PERSON", "Fuwalda"), ("GPE", "Freetown"), ("PERSON", "Tom"))
    assert table(actors) == {
        ("Fuwalda", "PRODUCT", ("Fuwalda", "Fuwalda")),
        ("Freetown", "GPE", ("Freetown",)),
        ("Tom", "PERSON", ("Tom",)),
    }


def test_a_diary_s_memorandum_mark_is_no_name() -> None:
    text = "The paprika hendl was good. (_Mem._, get recipe for Mina.) (Mem., ask the Count.)"
    actors = actors_of(text, ("PERSON", "Mem"), ("PERSON", "Mina"))
    assert table(actors) == {("Mina", "PERSON", ("Mina",))}


def test_an_abbreviated_given_name_is_part_of_the_name_it_opens() -> None:
    text = (
        "“Yours affectionately, Jno. Wm Foster.” I wrote to Chas. Dickens. "
        "The bill was signed by Thos. Jefferson."
    )
    actors = actors_of(
        text,
        ("PERSON", "Jno"),
        ("PERSON", "Foster"),
        ("PERSON", "Chas"),
        ("PERSON", "Dickens"),
        ("PERSON", "Thos"),
        ("PERSON", "Jefferson"),
    )
    assert {m.text for a in actors for m in a.mentions} == {
        "Jno. Wm Foster",
        "Chas. Dickens",
        "Thos. Jefferson",
    }


def test_a_name_after_a_lord_s_or_a_captain_s_title_is_no_modifier() -> None:
    text = "And I heard Lord Amersteth tell papa so. Captain Gingen command troops."
    actors = actors_of(text, ("PERSON", "Amersteth"), ("PERSON", "Gingen"))
    assert {m.text for a in actors for m in a.mentions} == {"Amersteth", "Gingen"}


def test_a_surname_written_plainly_beside_mrs_is_her_husband_s() -> None:
    text = (
        "“What we want,” said Harris, “is a change.” Mrs. Harris put her head in. "
        "Mrs. Harris added that we must come upstairs. “George is afraid,” said Harris."
    )
    actors = actors_of(text, ("PERSON", "Harris"), ("PERSON", "Mrs. Harris"))
    assert table(actors) == {
        ("Harris", "PERSON", ("Harris", "Harris")),
        ("Mrs. Harris", "PERSON", ("Mrs. Harris", "Mrs. Harris")),
    }


def test_a_time_after_a_vessels_kind_is_no_vessel() -> None:
    # "away from the ship last night": the model's time, not a ship called "last night".
    text = "They were all three away from the ship last night. Holmes knew it."
    actors = actors_of(text, ("TIME", "last night"), ("PERSON", "Holmes"))
    assert table(actors) == {("Holmes", "PERSON", ("Holmes",))}
