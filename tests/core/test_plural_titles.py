""" "Messrs", the plural of "Mr.", is a title: "Messrs Ainger" is Ainger."""

from __future__ import annotations

from tests.core.ruler_actors import actors_of, table


def test_messrs_before_a_surname_is_a_title_not_part_of_a_body() -> None:
    text = (
        "Four notes were handed to Messrs Ainger, Barnworth and Felgate. "
        "He found them in Ainger's study, where Ainger sat reading."
    )
    actors = actors_of(
        text, ("ORG", "Messrs Ainger"), ("PERSON", "Barnworth"), ("PERSON", "Felgate")
    )
    names = {(name, label) for name, label, _ in table(actors)}
    assert ("Ainger", "PERSON") in names
    assert not any(name.startswith("Messrs") for name, _ in names)


def test_a_name_after_messrs_is_a_persons_whatever_the_model_called_it() -> None:
    text = "Four polite notes were that evening handed to Messrs Ainger and Felgate."
    actors = actors_of(text, ("ORG", "Messrs Ainger"), ("ORG", "Felgate"))
    assert ("Ainger", "PERSON", ("Messrs Ainger",)) in table(actors)
