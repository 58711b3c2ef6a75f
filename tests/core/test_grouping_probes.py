"""Grouping cues found on unseen texts: hyphenated surnames, titles before "St.", sexes."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_one_part_of_a_hyphenated_surname_joins_the_full_name() -> None:
    text = (
        "Attorney-General Aiyaz Sayed-Khaiyum spoke on Monday. Sayed-Khaiyum said the vote "
        "was fair. Critics said Khaiyum had misled the public."
    )
    actors = actors_of(
        text,
        ("PERSON", "Aiyaz Sayed-Khaiyum"),
        ("PERSON", "Sayed-Khaiyum"),
        ("PERSON", "Khaiyum"),
    )
    assert table(actors) == {
        (
            "Aiyaz Sayed-Khaiyum",
            "PERSON",
            ("Aiyaz Sayed-Khaiyum", "Sayed-Khaiyum", "Khaiyum"),
        )
    }


def test_a_hyphen_part_two_full_names_end_with_stays_alone() -> None:
    text = "Sharon Hughes-Lee scored. Tom Lee saved. Lee was tired."
    patterns = (("PERSON", "Sharon Hughes-Lee"), ("PERSON", "Tom Lee"), ("PERSON", "Lee"))
    names = {name for name, _, _ in table(actors_of(text, *patterns))}
    assert names == {"Sharon Hughes-Lee", "Tom Lee", "Lee"}


def test_a_title_before_saint_names_the_person_after_it() -> None:
    # "Lord St. Simon" and his bride "Lady St. Simon" are two people, whatever the model
    # takes into the span.
    text = (
        "Lord St. Simon sat down. “Lady St. Simon left the church,” said Lord St. Simon. "
        "Holmes asked where Lady St. Simon went. Lord St. Simon shrugged."
    )
    actors = actors_of(text, ("PERSON", "Simon"), ("PERSON", "Lady St. Simon"))
    assert table(actors) == {
        ("Lord St. Simon", "PERSON", ("Simon", "Simon", "Simon")),
        ("Lady St. Simon", "PERSON", ("Lady St. Simon", "Lady St. Simon")),
    }


def test_a_news_abbreviation_of_a_us_state_joins_the_state() -> None:
    text = (
        "TALLAHASSEE, Fla. -- Gov. Ron DeSantis declared a state of emergency on Wednesday. "
        "Florida could be hit by the storm, officials said."
    )
    actors = actors_of(text, ("GPE", "Fla."), ("GPE", "Florida"), ("GPE", "TALLAHASSEE"))
    assert ("Florida", "GPE", ("Fla", "Florida")) in table(actors)


def test_a_state_abbreviation_is_no_place_when_it_names_a_person() -> None:
    text = "Miss Ross came in. Ross sat by the window and Miss Ross smiled."
    actors = actors_of(text, ("PERSON", "Ross"))
    assert {a.label for a in actors} == {"PERSON"}


def test_two_capitals_without_dots_are_no_state_abbreviation() -> None:
    text = "The team flew to LA on Monday. Louisiana voters went to the polls."
    actors = actors_of(text, ("GPE", "LA"), ("GPE", "Louisiana"))
    assert {name for name, _, _ in table(actors)} == {"LA", "Louisiana"}


def test_a_surname_always_written_with_one_courtesy_title_is_shown_with_it() -> None:
    text = (
        "Mrs. Goddard was the mistress of a school. Emma liked Mrs. Goddard. "
        "Mrs. Goddard came to tea, and Holmes greeted Mr. Holmes's brother. Holmes left."
    )
    actors = actors_of(text, ("PERSON", "Goddard"), ("PERSON", "Holmes"), ("PERSON", "Emma"))
    assert {name for name, _, _ in table(actors)} == {"Mrs. Goddard", "Holmes", "Emma"}


def test_a_surname_alone_the_text_calls_he_is_not_the_daughters_full_name() -> None:
    text = (
        "This merchant, whose name was Beaufort, fell into poverty. Beaufort sold his house. "
        "Beaufort left his friends and hid in Lucerne. Caroline Beaufort nursed her father; "
        "Caroline Beaufort was patient with her work."
    )
    actors = actors_of(text, ("PERSON", "Beaufort"), ("PERSON", "Caroline Beaufort"))
    assert {(name, len(ms)) for name, _, ms in table(actors)} == {
        ("Beaufort", 3),
        ("Caroline Beaufort", 2),
    }
