"""A character's first name recurs alone where the model passed over it: "Lafe" is Lafe Johnson."""

from __future__ import annotations

from tests.core.ruler_actors import actors_of, table


def test_the_first_name_of_a_full_name_is_found_alone_too() -> None:
    text = (
        "Lafe Johnson came to the town when it was young. "
        "Lafe started man's estate as a cowboy, and nobody asked where he came from."
    )
    actors = actors_of(text, ("PERSON", "Lafe Johnson"))
    assert table(actors) == {("Lafe Johnson", "PERSON", ("Lafe Johnson", "Lafe"))}


def test_a_title_or_an_everyday_word_opening_a_full_name_is_not_found_alone() -> None:
    text = (
        "Captain Brisac led the way, and Young Harding followed him. "
        "The captain was young, and Captain Brisac knew it."
    )
    actors = actors_of(text, ("PERSON", "Captain Brisac"), ("PERSON", "Young Harding"))
    names = {mention for _, _, mentions in table(actors) for mention in mentions}
    assert "Captain" not in names
    assert "Young" not in names


def test_a_first_name_inside_a_saints_name_is_the_saint_s() -> None:
    # "George Dandin" is quoted once; "the Star of St. George" and "St. George's Cross" are
    # no mentions of him.
    text = (
        "Tu l'as voulu, George Dandin, that is all. He wore the Star of St. George on his "
        "breast and was given a St. George's Cross."
    )
    actors = actors_of(text, ("PERSON", "George Dandin"))
    names = {mention for _, _, mentions in table(actors) for mention in mentions}
    assert "George" not in names


def test_a_first_name_after_saint_is_the_saints() -> None:
    text = (
        "George Dandin wore the Star of St. George on his breast. "
        "Later George laughed at the Massacre of St. Bartholomew."
    )
    actors = actors_of(text, ("PERSON", "George Dandin"))
    assert ("George Dandin", "PERSON", ("George Dandin", "George")) in table(actors)
