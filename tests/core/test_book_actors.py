"""Whole-book grouping and kinds: glued spans, families and things named with "the"."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table
from tests.core.test_pronoun_rules import links


def test_a_name_glued_after_a_place_does_not_keep_the_first_name_from_its_person() -> None:
    text = (
        "Boris Drubetskoy arrived. Boris smiled. That winter in Petersburg Boris danced. "
        "Life in Petersburg was dull. Boris left. He wrote from Petersburg to Boris, "
        "and Boris went back to Petersburg."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Boris Drubetskoy"),
            ("PERSON", "Boris"),
            ("PERSON", "Petersburg Boris"),
            ("GPE", "Petersburg"),
        )
    )
    # The glued span is cut in two (reader.core.language.glued): the town and Boris.
    assert got == {
        ("Boris Drubetskoy", "PERSON", ("Boris Drubetskoy",) + ("Boris",) * 5),
        ("Petersburg", "GPE", ("Petersburg",) * 4),
    }


def test_a_river_the_text_calls_the_something_joins_no_person() -> None:
    text = (
        "Alpatych drove on. They crossed the Dnieper at dawn. On the bank of the "
        "Dnieper Alpatych waited. Alpatych sighed. The army was beyond the Dnieper. "
        "Alpatych looked at the Dnieper."
    )
    got = table(
        actors_of(
            text, ("PERSON", "Alpatych"), ("PERSON", "Dnieper Alpatych"), ("PERSON", "Dnieper")
        )
    )
    # "the Dnieper" two times in three: the glued span is cut (reader.core.language.glued);
    # "the bank of the Dnieper" makes it a place, and "crossed the Dnieper" a river (LOC)
    # (reader.core.language.place_evidence).
    assert got == {
        ("Alpatych", "PERSON", ("Alpatych",) * 4),
        ("Dnieper", "LOC", ("Dnieper",) * 4),
    }


def test_a_family_named_in_the_plural_of_a_persons_surname_is_people() -> None:
    text = (
        "Ilya Rostov laughed. The Rostovs were at home. Natasha Rostov sang, and the "
        "Rostovs listened. Everyone loved the Rostovs."
    )
    got = table(
        actors_of(text, ("PERSON", "Ilya Rostov"), ("PERSON", "Natasha Rostov"), ("ORG", "Rostovs"))
    )
    assert got == {
        ("Ilya Rostov", "PERSON", ("Ilya Rostov",)),
        ("Natasha Rostov", "PERSON", ("Natasha Rostov",)),
        ("Rostovs", "PERSON", ("Rostovs",) * 3),
    }


def test_a_family_takes_no_he_or_she() -> None:
    text = (
        "Ilya Rostov went out. The clock struck. Snow fell. The Rostovs sat at dinner, "
        "and he laughed. Natasha Rostov sang."
    )
    got = links(text, ("PERSON", "Ilya Rostov"), ("PERSON", "Natasha Rostov"), ("ORG", "Rostovs"))
    assert "Rostovs" not in got


def test_a_surname_the_model_calls_a_nationality_is_the_familys_person() -> None:
    text = (
        "Anatole Kurakin laughed. Kurakin drank. Vasili Kurakin frowned at Kurakin. "
        "The French came."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Anatole Kurakin"),
            ("PERSON", "Vasili Kurakin"),
            ("NORP", "Kurakin"),
            ("NORP", "French"),
        )
    )
    # The first "Kurakin" follows only Anatole's name: it is his (shared_names.py).
    assert got == {
        ("Anatole Kurakin", "PERSON", ("Anatole Kurakin", "Kurakin")),
        ("Vasili Kurakin", "PERSON", ("Vasili Kurakin",)),
        ("Kurakin", "PERSON", ("Kurakin",)),
        ("French", "NORP", ("French",)),
    }


def test_a_word_for_one_of_a_people_and_its_plural_are_a_group_not_a_body() -> None:
    text = (
        "A Cossack rode up. The Cossacks laughed, and a Cossack sang. Two Cossacks "
        "left. A Frenchman and three Frenchmen came. The Guards stood by."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Cossack"),
            ("WORK_OF_ART", "Cossacks"),
            ("NORP", "Frenchman"),
            ("GPE", "Frenchmen"),
            ("ORG", "Guards"),
        )
    )
    assert got == {
        ("Cossack", "NORP", ("Cossack", "Cossack")),
        ("Cossacks", "NORP", ("Cossacks", "Cossacks")),
        ("Frenchman", "NORP", ("Frenchman",)),
        ("Frenchmen", "NORP", ("Frenchmen",)),
        ("Guards", "ORG", ("Guards",)),
    }


def test_a_name_battles_are_fought_at_is_a_place_not_a_body() -> None:
    text = (
        "Before the battle of Borodino the army waited. On the field of Borodino the "
        "guns roared. Borodino burned. Years later he remembered the battle of Borodino."
        " Microsoft said the battle of ideas goes on at Microsoft."
    )
    got = table(actors_of(text, ("ORG", "Borodino"), ("ORG", "Microsoft")))
    assert got == {
        ("Borodino", "GPE", ("Borodino",) * 4),
        ("Microsoft", "ORG", ("Microsoft",) * 2),
    }


def test_an_actor_named_by_a_persons_full_name_is_a_person() -> None:
    text = (
        "My name is John Openshaw. He made the Openshaw tire. Openshaw was rich. "
        "Openshaw died, and Openshaw's son came."
    )
    got = table(actors_of(text, ("PERSON", "John Openshaw"), ("ORG", "Openshaw")))
    assert got == {
        (
            "John Openshaw",
            "PERSON",
            ("John Openshaw", "Openshaw", "Openshaw", "Openshaw", "Openshaw"),
        ),
    }


def test_the_place_after_of_in_a_name_joins_no_person() -> None:
    text = (
        "The Roylotts of Stoke Moran were an old family. She lived at Stoke Moran. "
        "Stoke Moran was grim. Catherine of Aragon came. Catherine smiled."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Roylotts of Stoke Moran"),
            ("PERSON", "Stoke Moran"),
            ("PERSON", "Catherine of Aragon"),
            ("PERSON", "Catherine"),
        )
    )
    assert got == {
        ("Roylotts of Stoke Moran", "PERSON", ("Roylotts of Stoke Moran",)),
        ("Stoke Moran", "PERSON", ("Stoke Moran", "Stoke Moran")),
        ("Catherine of Aragon", "PERSON", ("Catherine of Aragon", "Catherine")),
    }


def test_a_name_after_of_joins_no_family_the_model_calls_a_group() -> None:
    text = "The Roylotts of Stoke Moran were old. Stoke Moran was grim. Stoke Moran fell."
    got = table(actors_of(text, ("NORP", "Roylotts of Stoke Moran"), ("PERSON", "Stoke Moran")))
    assert got == {
        ("Roylotts of Stoke Moran", "NORP", ("Roylotts of Stoke Moran",)),
        ("Stoke Moran", "PERSON", ("Stoke Moran", "Stoke Moran")),
    }


def test_a_title_in_the_plural_in_french_or_with_its_epithet_is_no_actor() -> None:
    text = (
        "“Vive l’Empereur!” they cried. The two Emperors met. “Your Serene Highness,” "
        "said Kutuzov. His Imperial Majesty nodded. The Grand Duke rode by."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "l’Empereur"),
            ("ORG", "Emperors"),
            ("ORG", "Serene Highness"),
            ("PERSON", "Kutuzov"),
            ("ORG", "Imperial Majesty"),
            ("FAC", "Grand Duke"),
        )
    )
    assert got == {("Kutuzov", "PERSON", ("Kutuzov",))}


def test_the_name_on_a_byline_is_a_person() -> None:
    text = "WAR AND PEACE\n\nBy Leo Tolstoy/Tolstoi\n\nThe story begins. Leo Tolstoy wrote it."
    got = table(actors_of(text, ("ORG", "Leo Tolstoy/Tolstoi"), ("PERSON", "Leo Tolstoy")))
    assert got == {
        ("Leo Tolstoy/Tolstoi", "PERSON", ("Leo Tolstoy/Tolstoi",)),
        ("Leo Tolstoy", "PERSON", ("Leo Tolstoy",)),
    }


def test_a_name_people_go_in_at_and_from_that_never_speaks_is_a_place() -> None:
    text = (
        "They stayed in Mozhaysk. From Mozhaysk the road ran east, and Mozhaysk burned. "
        "Troops came into Mozhaysk. He works at Google, and at Google they eat; help "
        "came from Google. Jobs in Zenith grew, in Zenith and at Zenith, and Zenith said so."
    )
    got = table(actors_of(text, ("ORG", "Mozhaysk"), ("ORG", "Google"), ("ORG", "Zenith")))
    assert got == {
        ("Mozhaysk", "GPE", ("Mozhaysk",) * 4),
        ("Google", "ORG", ("Google",) * 3),
        ("Zenith", "ORG", ("Zenith",) * 4),
    }


def test_a_character_sharing_the_authors_first_name_does_not_join_the_byline() -> None:
    text = (
        "THE BERYL CORONET\n\nBy Arthur Conan Doyle\n\nArthur came home. Arthur Holder "
        "was the banker's son, and Arthur said nothing."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Arthur Conan Doyle"),
            ("PERSON", "Arthur"),
            ("PERSON", "Arthur Holder"),
        )
    )
    assert got == {
        ("Arthur Conan Doyle", "PERSON", ("Arthur Conan Doyle",)),
        ("Arthur Holder", "PERSON", ("Arthur", "Arthur Holder", "Arthur")),
    }
