"""A pet name ("Lizzy", "Meg", "Larry") is the one person whose given name it shortens."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")
pytest.importorskip("nicknames")

from tests.core.ruler_actors import actors_of, table


def test_a_pet_name_joins_the_one_full_name_it_shortens() -> None:
    text = (
        "Elizabeth Bennet walked to the village. “Lizzy, come here,” said her father. "
        "Lizzy laughed and ran to him. Jane Bennet smiled at Lizzy."
    )
    actors = actors_of(
        text, ("PERSON", "Elizabeth Bennet"), ("PERSON", "Lizzy"), ("PERSON", "Jane Bennet")
    )
    assert table(actors) == {
        ("Elizabeth Bennet", "PERSON", ("Elizabeth Bennet", "Lizzy", "Lizzy", "Lizzy")),
        ("Jane Bennet", "PERSON", ("Jane Bennet",)),
    }


def test_a_pet_name_joins_a_given_name_used_alone() -> None:
    text = (
        "Meg sewed by the fire. “Margaret, you look tired,” said her mother. Meg sighed. "
        "Later Meg slept."
    )
    actors = actors_of(text, ("PERSON", "Meg"), ("PERSON", "Margaret"))
    assert table(actors) == {("Meg", "PERSON", ("Meg", "Margaret", "Meg", "Meg"))}


def test_a_pet_name_and_a_given_name_met_once_each_stay_apart() -> None:
    # Too little to tell: a collection's "uncle Ned" and another story's "little Edward".
    text = "It was left me by my uncle Ned in Auckland. I went to little Edward in the nursery."
    actors = actors_of(text, ("PERSON", "Ned"), ("PERSON", "Edward"))
    assert {name for name, _, _ in table(actors)} == {"Ned", "Edward"}


def test_a_pet_name_and_a_full_name_with_one_surname_are_one_person() -> None:
    text = "Lawrence Lefferts was there. Everyone knew Larry Lefferts. Lawrence Lefferts bowed."
    actors = actors_of(text, ("PERSON", "Lawrence Lefferts"), ("PERSON", "Larry Lefferts"))
    assert table(actors) == {
        (
            "Lawrence Lefferts",
            "PERSON",
            ("Lawrence Lefferts", "Larry Lefferts", "Lawrence Lefferts"),
        )
    }


def test_a_pet_name_two_people_could_bear_stays_alone() -> None:
    text = "Elizabeth Bennet met Elizabeth Lucas in town. Lizzy laughed."
    patterns = (("PERSON", "Elizabeth Bennet"), ("PERSON", "Elizabeth Lucas"), ("PERSON", "Lizzy"))
    names = {name for name, _, _ in table(actors_of(text, *patterns))}
    assert names == {"Elizabeth Bennet", "Elizabeth Lucas", "Lizzy"}


def test_two_given_names_the_table_pairs_stay_two_people() -> None:
    # "Jack" is a pet form of "John" in the table, but no shorter: as often two men.
    text = "John Carter rode north. Jack waved from the porch. John Carter did not wave."
    names = {
        name for name, _, _ in table(actors_of(text, ("PERSON", "John Carter"), ("PERSON", "Jack")))
    }
    assert names == {"John Carter", "Jack"}


def test_a_pet_name_with_its_own_full_name_stays_apart() -> None:
    text = "Tom Sawyer painted the fence. Tom whistled. Thomas Walters watched him."
    patterns = (("PERSON", "Tom Sawyer"), ("PERSON", "Tom"), ("PERSON", "Thomas Walters"))
    assert table(actors_of(text, *patterns)) == {
        ("Tom Sawyer", "PERSON", ("Tom Sawyer", "Tom")),
        ("Thomas Walters", "PERSON", ("Thomas Walters",)),
    }


def test_a_pet_name_of_the_other_sex_stays_apart() -> None:
    text = "Samantha Reed came in and she sat down. Mr. Sam took the coats. Samantha Reed smiled."
    patterns = (("PERSON", "Samantha Reed"), ("PERSON", "Sam"))
    names = {name for name, _, _ in table(actors_of(text, *patterns))}
    assert names == {"Samantha Reed", "Sam"}


def test_a_russian_pet_name_joins_the_one_given_name_it_shortens() -> None:
    # Translations of Russian novels call Natásha "Natalie" in formal or French speech.
    text = (
        "Natásha ran into the room. “Natalie,” said Prince Andrew, “I beg you.” "
        "Natásha laughed. The plan for Natalie Rostóva’s abduction failed. Natásha wept."
    )
    actors = actors_of(
        text,
        ("PERSON", "Natásha"),
        ("PERSON", "Natalie"),
        ("PERSON", "Natalie Rostóva"),
        ("PERSON", "Andrew"),
    )
    assert table(actors) == {
        # Named by the fullest form: in a short text every form is used often enough.
        (
            "Natalie Rostóva",
            "PERSON",
            ("Natásha", "Natalie", "Natásha", "Natalie Rostóva", "Natásha"),
        ),
        ("Andrew", "PERSON", ("Andrew",)),
    }


def test_a_russian_pet_name_two_people_could_bear_stays_alone() -> None:
    text = (
        "Pétya shouted. Peter Kirílych smiled, and Peter Volkónski bowed. Pétya ran off. "
        "Pétya came back."
    )
    actors = actors_of(
        text, ("PERSON", "Pétya"), ("PERSON", "Peter Kirílych"), ("PERSON", "Peter Volkónski")
    )
    assert table(actors) == {
        ("Pétya", "PERSON", ("Pétya", "Pétya", "Pétya")),
        ("Peter Kirílych", "PERSON", ("Peter Kirílych",)),
        ("Peter Volkónski", "PERSON", ("Peter Volkónski",)),
    }
