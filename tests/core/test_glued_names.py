"""A thing's name glued before a person's name is two actors, not a third person."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_place_or_a_doctrine_glued_before_a_persons_name_is_cut_off() -> None:
    text = (
        "The army moved to Tarútino. At Tarútino the men rested. Near Tarútino the French "
        "came. They left Tarútino in the night. Kutúzov was glad. Kutúzov slept. "
        "At Tarútino Kutúzov received the news. On approaching Tarútino Kutúzov saw them. "
        "Of the three precepts of Freemasonry Pierre knew one. Pierre read of Freemasonry. "
        "Freemasonry is a brotherhood. Pierre liked Freemasonry. Nicholas Rostóv came. "
        "Nicholas laughed. Rostóv sang. Rostóv rode to Tilsit. They arrived in Tilsit. "
        "During the stay at Tilsit it rained. As at Tilsit Rostóv was sad."
    )
    got = table(
        actors_of(
            text,
            ("GPE", "Tarútino"),
            ("PERSON", "Tarútino Kutúzov"),
            ("PERSON", "Kutúzov"),
            ("PERSON", "Freemasonry Pierre"),
            ("ORG", "Freemasonry"),
            ("PERSON", "Pierre"),
            ("PERSON", "Nicholas Rostóv"),
            ("PERSON", "Nicholas"),
            ("PERSON", "Rostóv"),
            # The model calls the town a person; the text sends people "to Tilsit".
            ("PERSON", "Tilsit"),
            ("ORG", "Tilsit Rostóv"),
        )
    )
    assert got == {
        ("Tarútino", "GPE", ("Tarútino",) * 6),
        ("Kutúzov", "PERSON", ("Kutúzov",) * 4),
        ("Freemasonry", "ORG", ("Freemasonry",) * 4),
        ("Pierre", "PERSON", ("Pierre",) * 3),
        ("Nicholas Rostóv", "PERSON", ("Nicholas Rostóv", "Nicholas") + ("Rostóv",) * 3),
        ("Tilsit", "GPE", ("Tilsit",) * 4),
    }


def test_a_town_the_model_calls_a_person_is_no_first_name_of_a_regiment() -> None:
    text = (
        "He went to Kiev. The Kiev grenadiers came. The Kiev monks sang. "
        "The Kiev Grenadiers marched past. Pierre watched."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Kiev"),
            ("PERSON", "Kiev Grenadiers"),
            ("PERSON", "Pierre"),
        )
    )
    assert ("Kiev Grenadiers", "PERSON", ("Kiev Grenadiers",)) in got
    assert ("Pierre", "PERSON", ("Pierre",)) in got
    assert any(name == "Kiev" and mentions == ("Kiev",) * 3 for name, _, mentions in got)


def test_a_place_glued_after_a_persons_name_is_cut_off() -> None:
    text = (
        "The Turks held Moldavia. He spoke of Moldavia. They marched into Moldavia. "
        "The Emperor Alexander smiled. The Emperor Alexander rode. “I would have given "
        "the Emperor Alexander Moldavia and Wallachia,” he said."
    )
    got = table(
        actors_of(
            text,
            ("GPE", "Moldavia"),
            ("PERSON", "Emperor Alexander"),
            ("PERSON", "Emperor Alexander Moldavia"),
            ("GPE", "Wallachia"),
        )
    )
    assert got == {
        ("Moldavia", "GPE", ("Moldavia",) * 4),
        ("Emperor Alexander", "PERSON", ("Emperor Alexander",) * 3),
        ("Wallachia", "GPE", ("Wallachia",)),
    }


def test_a_word_glued_before_a_first_name_the_text_uses_alone_is_cut_off() -> None:
    # "reached the Patriarch’s Ponds Pierre found", "parted from Malvíntseva Nicholas
    # wished", "Meeting Hélène at a ball": a clause ends before a first name the text uses
    # alone far more often, and opens full names with ("Pierre Bezúkhov"). "Nicholas
    # Rostóv" stays whole: "Rostóv" opens no name.
    text = (
        "Pierre Bezúkhov came. Pierre smiled. Pierre nodded. Pierre sighed. Pierre wrote. "
        "Having reached the Patriarch’s Ponds Pierre found the house. Pierre slept. "
        "Nicholas Rostóv rode. Nicholas laughed. Nicholas sang. Nicholas ate. Nicholas hid. "
        "Rostóv sat. "
        "Aunt Malvíntseva spoke. Malvíntseva smiled. When he had parted from Malvíntseva "
        "Nicholas wished to dance. Nicholas danced. Hélène Kurágina came. Hélène smiled. "
        "Hélène laughed. Hélène sighed. Hélène wrote. Meeting Hélène at a ball she spoke."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Pierre Bezúkhov"),
            ("PERSON", "Pierre"),
            ("PERSON", "Ponds Pierre"),
            ("PERSON", "Nicholas Rostóv"),
            ("PERSON", "Nicholas"),
            ("PERSON", "Rostóv"),
            ("PERSON", "Aunt Malvíntseva"),
            ("PERSON", "Malvíntseva"),
            ("PERSON", "Malvíntseva Nicholas"),
            ("PERSON", "Hélène Kurágina"),
            ("PERSON", "Hélène"),
            ("PERSON", "Meeting Hélène"),
        )
    )
    assert got == {
        ("Pierre Bezúkhov", "PERSON", ("Pierre Bezúkhov",) + ("Pierre",) * 6),
        (
            "Nicholas Rostóv",
            "PERSON",
            ("Nicholas Rostóv",) + ("Nicholas",) * 4 + ("Rostóv", "Nicholas", "Nicholas"),
        ),
        ("Malvíntseva", "PERSON", ("Aunt Malvíntseva", "Malvíntseva", "Malvíntseva")),
        ("Hélène Kurágina", "PERSON", ("Hélène Kurágina",) + ("Hélène",) * 5),
    }


def test_a_name_that_opens_and_ends_with_the_same_word_makes_it_no_first_name() -> None:
    # "Mohamed El-Hassan Mohamed" says nothing of which name "Mohamed" is, so "Ahmed
    # Mohamed" stays whole though "Mohamed" alone is used far more often.
    text = (
        "The boy Ahmed Mohamed built a clock. Mohamed smiled. Mohamed said no. Mohamed left. "
        "Mohamed ate. Mohamed slept. His father Mohamed El-Hassan Mohamed said he was proud."
    )
    actors = actors_of(
        text,
        ("PERSON", "Ahmed Mohamed"),
        ("PERSON", "Mohamed"),
        ("PERSON", "Mohamed El-Hassan Mohamed"),
    )
    spans = {m.text for actor in actors for m in actor.mentions}
    assert spans == {"Ahmed Mohamed", "Mohamed", "Mohamed El-Hassan Mohamed"}
