"""A judge's or an office holder's title before names no dictionary knows is a person's.

News writes "Justice Oshodi" and "Justice Oluwatoyin Ipaye" for judges; the small model
often calls such a span a body. A title before one or two capitalised words that are no
English words ("Oshodi", "Oluwatoyin Ipaye") names somebody, while "Justice League" or
"Justice Department" (words of English after the title) stay what the model said.
"""

from __future__ import annotations

from tests.core.ruler_actors import actors_of, table


def test_justice_before_an_unknown_surname_is_the_judge() -> None:
    text = (
        "Justice Rahman Oshodi of the Special Offences Court convicted two men. "
        "While delivering judgement, Justice Oshodi stated that the men were guilty."
    )
    actors = actors_of(
        text,
        ("PERSON", "Rahman Oshodi"),
        ("ORG", "Justice Oshodi"),
        ("ORG", "Special Offences Court"),
    )
    labels = {m.text: a.label for a in actors for m in a.mentions}
    assert labels.get("Justice Oshodi", labels.get("Oshodi")) == "PERSON"


def test_justice_before_two_unknown_names_is_a_person() -> None:
    text = "Oluronke was first charged before Justice Oluwatoyin Ipaye in Lagos."
    actors = actors_of(
        text,
        ("ORG", "Justice Oluwatoyin Ipaye"),
        ("PERSON", "Oluronke"),
        ("GPE", "Lagos"),
    )
    labels = {a.name: a.label for a in actors}
    assert "ORG" not in {labels.get(n) for n in labels if "Ipaye" in n}


def test_justice_before_english_words_stays_a_body() -> None:
    text = "The Justice Department said the Justice League film would open."
    actors = actors_of(text, ("ORG", "Justice Department"), ("ORG", "Justice League"))
    assert ("Justice Department", "ORG", ("Justice Department",)) in table(actors)
