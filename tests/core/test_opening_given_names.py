"""A given name the model passed over where it opens a sentence is a person ("Theodore")."""

from __future__ import annotations

from tests.core.ruler_actors import actors_of, table


def test_a_given_name_opening_a_sentence_is_a_person() -> None:
    text = (
        "The travellers stopped at a small town to change horses. "
        "Theodore entreated Adeline to alight, and to this she at length consented."
    )
    actors = actors_of(text, ("PERSON", "Adeline"))
    assert table(actors) == {
        ("Adeline", "PERSON", ("Adeline",)),
        ("Theodore", "PERSON", ("Theodore",)),
    }


def test_an_opening_word_english_knows_or_the_text_writes_in_lower_case_stays_a_word() -> None:
    text = (
        "Rose petals lay on the path where Adeline walked. "
        "Adeline stopped. Pete's dog barked, for pete was the dog's word for a pot."
    )
    actors = actors_of(text, ("PERSON", "Adeline"))
    assert table(actors) == {("Adeline", "PERSON", ("Adeline", "Adeline"))}


def test_a_given_name_after_an_abbreviations_stop_is_not_opening_a_sentence() -> None:
    text = "Adeline prayed to St. Bartholomew every night."
    actors = actors_of(text, ("PERSON", "Adeline"))
    assert table(actors) == {("Adeline", "PERSON", ("Adeline",))}
