"""A thing's name glued before a person's name is two actors, not a third person."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.test_grouping_rules import actors_of, table


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
