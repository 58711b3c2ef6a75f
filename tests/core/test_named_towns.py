"""A name written before "town", "city" or "province" in lower case is a place.

Philippine and South Asian news name places as "Matalam town", "Makilala town" and
"Cotabato province"; the small model, not knowing the word, calls it a people or a
person. A people's word before "town" is a word of English ("a Chinese town", "the
Southern city") and stays what it was.
"""

from __future__ import annotations

from tests.core.ruler_actors import actors_of


def test_unknown_name_before_town_is_a_place() -> None:
    text = "Families were in the municipal gym of Matalam town in North Cotabato."
    actors = actors_of(text, ("NORP", "Matalam"), ("LOC", "North Cotabato"))
    assert {a.name: a.label for a in actors}.get("Matalam") == "GPE"


def test_a_people_before_town_stays_a_people() -> None:
    text = "They reached a Chinese town near the border."
    actors = actors_of(text, ("NORP", "Chinese"))
    assert {a.name: a.label for a in actors}.get("Chinese") == "NORP"
