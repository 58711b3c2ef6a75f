"""A first name two people share goes to the one the text means: near, usual, or not at all."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, check_offsets, table

FILLER = "The rain fell on the fields all day. " * 100  # 3,700 characters, no name


def test_a_first_name_two_full_names_share_joins_the_one_named_just_before() -> None:
    text = (
        "John Smith came home. Smith sat down. John smiled.\n\n"
        + FILLER
        + "\n\nJohn Baker rode out. Baker was tired. John sighed."
    )
    actors = actors_of(text, ("PERSON", "John Smith"), ("PERSON", "John Baker"), ("PERSON", "John"))
    assert table(actors) == {
        ("John Smith", "PERSON", ("John Smith", "Smith", "John")),
        ("John Baker", "PERSON", ("John Baker", "Baker", "John")),
    }
    check_offsets(text, actors)


def test_a_shared_first_name_used_overwhelmingly_for_one_person_is_that_persons() -> None:
    smith = "Smith sat down. John smiled. "
    text = (
        "John Baker rode out.\n\n"
        + FILLER
        + "\n\nJohn Smith came home. "
        + smith * 5
        + "\n\n"
        + FILLER
        + "\n\nJohn laughed."
    )
    actors = actors_of(text, ("PERSON", "John Smith"), ("PERSON", "John Baker"), ("PERSON", "John"))
    assert table(actors) == {
        ("John Smith", "PERSON", ("John Smith",) + ("Smith", "John") * 5 + ("John",)),
        ("John Baker", "PERSON", ("John Baker",)),
    }


@pytest.mark.parametrize(
    "town", ["They stayed in Leeds. They lived in Leeds.", "The road to Leeds was long."]
)
def test_a_full_name_glued_to_a_town_takes_no_shared_first_name(town: str) -> None:
    text = (
        "John Smith came home. John smiled. John Baker stayed.\n\n"
        + FILLER
        + f"\n\n{town} The mayor of Leeds slept. At last Leeds John came back. John was glad."
    )
    actors = actors_of(
        text,
        ("PERSON", "John Smith"),
        ("PERSON", "John Baker"),
        ("PERSON", "Leeds John"),
        ("PERSON", "Leeds"),
        ("PERSON", "John"),
    )
    # The glued span is cut in two (reader.core.language.glued): the town, and a "John"
    # that fits two full names and joins neither. The text is "in", goes "to", and has a
    # "mayor of" Leeds: a place (reader.core.language.place_evidence).
    assert table(actors) == {
        ("John Smith", "PERSON", ("John Smith", "John")),
        ("John Baker", "PERSON", ("John Baker",)),
        ("Leeds", "GPE", ("Leeds",) * text.count("Leeds")),
        ("John", "PERSON", ("John", "John")),
    }


def test_a_person_called_by_first_name_and_surname_alike_is_shown_by_both() -> None:
    # "Rostóv" 672 times, "Nicholas" 531 and "Nicholas Rostóv" 20: the panel said "Rostóv".
    text = "Nicholas Rostov came home. " + "Nicholas laughed. Rostov sat down. " * 25
    actors = actors_of(
        text, ("PERSON", "Nicholas Rostov"), ("PERSON", "Nicholas"), ("PERSON", "Rostov")
    )
    assert [(a.name, a.label, len(a.mentions)) for a in actors] == [
        ("Nicholas Rostov", "PERSON", 51)
    ]
    once = "Ponds Pierre said so. " + "Pierre laughed. " * 25  # an accident of one sentence
    assert [a.name for a in actors_of(once, ("PERSON", "Ponds Pierre"), ("PERSON", "Pierre"))][
        :1
    ] == ["Pierre"]


def test_a_shared_surname_is_evidence_only_for_the_person_it_was_given_to() -> None:
    # "Baker" alone names Andrew Baker here, so it says nothing for John Baker, and
    # the "John" after it is the John the text usually means.
    smith = "Smith sat down. John smiled. "
    text = (
        "John Smith came home. "
        + smith * 5
        + "\n\n"
        + FILLER
        + "\n\nJohn Baker rode out. John sighed.\n\n"
        + FILLER
        + "\n\nAndrew Baker wrote. Baker was tired. John laughed."
    )
    actors = actors_of(
        text,
        ("PERSON", "John Smith"),
        ("PERSON", "John Baker"),
        ("PERSON", "Andrew Baker"),
        ("PERSON", "John"),
    )
    assert table(actors) == {
        ("John Smith", "PERSON", ("John Smith",) + ("Smith", "John") * 5 + ("John",)),
        ("John Baker", "PERSON", ("John Baker", "John")),
        ("Andrew Baker", "PERSON", ("Andrew Baker", "Baker")),
    }


def test_the_usual_bearer_of_a_shared_name_keeps_it_where_both_are_named() -> None:
    # Far from any full name, "John" is the usual John Smith; a "John" after both that
    # "John" and "John Baker" could be either, so it stays with the usual one.
    smith = "Smith sat down. John smiled. "
    text = (
        "John Smith came home. "
        + smith * 5
        + "\n\n"
        + FILLER
        + "\n\nJohn waved. John Baker came in. John spoke."
    )
    actors = actors_of(text, ("PERSON", "John Smith"), ("PERSON", "John Baker"), ("PERSON", "John"))
    assert table(actors) == {
        ("John Smith", "PERSON", ("John Smith",) + ("Smith", "John") * 5 + ("John", "John")),
        ("John Baker", "PERSON", ("John Baker",)),
    }
