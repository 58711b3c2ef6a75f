"""A name used once, right inside a place ("in Kent", "near Aldershot"), is a place."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_name_the_text_is_in_once_is_a_place() -> None:
    text = (
        "We started in Middlesex and ended in Kent. In a quarter of an hour we were in "
        "Bloomsbury at the inn. The hills around Aldershot were red."
    )
    got = table(
        actors_of(
            text,
            ("GPE", "Middlesex"),
            ("PERSON", "Kent"),
            ("PERSON", "Bloomsbury"),
            ("ORG", "Aldershot"),
        )
    )
    assert {(name, label) for name, label, _ in got} == {
        ("Middlesex", "GPE"),
        ("Kent", "GPE"),
        ("Bloomsbury", "GPE"),
        ("Aldershot", "GPE"),
    }


def test_a_person_or_a_god_once_after_in_or_at_stays_a_person() -> None:
    text = "She put her trust in God. Holmes looked at Watson. I saw in Mary a friend. Mary smiled."
    got = table(actors_of(text, ("PERSON", "God"), ("PERSON", "Watson"), ("PERSON", "Mary")))
    assert {(name, label) for name, label, _ in got} == {
        ("God", "PERSON"),
        ("Watson", "PERSON"),
        ("Mary", "PERSON"),
    }


def test_a_name_a_train_or_a_road_goes_to_is_a_place() -> None:
    text = (
        "We shall take a train to Hereford tonight. At noon we caught a train for Leatherhead, "
        "and the trap rattled back on its way to Leatherhead. I wrote a letter to Watson."
    )
    got = table(
        actors_of(text, ("PERSON", "Hereford"), ("PERSON", "Leatherhead"), ("PERSON", "Watson"))
    )
    assert {(name, label) for name, label, _ in got} == {
        ("Hereford", "GPE"),
        ("Leatherhead", "GPE"),
        ("Watson", "PERSON"),
    }


def test_a_name_used_once_as_a_part_of_the_land_or_after_near_the_is_a_place() -> None:
    text = (
        "They rented a farm, residing in the parish of Donwell. He lived in a mean street "
        "near the Reuss. She was the daughter of Agnes."
    )
    got = table(actors_of(text, ("PERSON", "Donwell"), ("PERSON", "Reuss"), ("PERSON", "Agnes")))
    assert {(name, label) for name, label, _ in got} == {
        ("Donwell", "GPE"),
        ("Reuss", "GPE"),
        ("Agnes", "PERSON"),
    }


def test_a_name_once_travelled_to_or_from_is_a_place_a_man_walked_to_is_not() -> None:
    text = (
        "He had been returning from Fareham in the twilight. We drove to Paddington and "
        "started off. Holmes walked to Watson and spoke. A note came from Lestrade. "
        "He sailed to Harvard College."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Fareham"),
            ("PERSON", "Paddington"),
            ("PERSON", "Watson"),
            ("PERSON", "Holmes"),
            ("PERSON", "Lestrade"),
            ("ORG", "Harvard College"),
        )
    )
    assert {(name, label) for name, label, _ in got} == {
        ("Fareham", "GPE"),
        ("Paddington", "GPE"),
        ("Watson", "PERSON"),
        ("Holmes", "PERSON"),
        ("Lestrade", "PERSON"),
        ("Harvard College", "ORG"),  # one travels to a body too
    }


def test_a_church_once_near_is_no_town() -> None:
    text = "He lived off the Arbát Street, near the Church of the Miraculous Icon of St. Nicholas."
    got = table(actors_of(text, ("ORG", "Church of the Miraculous Icon of St. Nicholas")))
    assert ("Church of the Miraculous Icon of St. Nicholas", "GPE") not in {
        (name, label) for name, label, _ in got
    }


def test_a_name_once_off_or_at_after_a_noun_or_a_name_is_a_place() -> None:
    text = (
        "Jean M'Dill at Dumbeg had taken a stroke. We repaired to our station off Ushant. "
        "He had two brothers at Trincomalee."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Jean M'Dill"),
            ("PERSON", "Dumbeg"),
            ("PERSON", "Ushant"),
            ("PERSON", "Trincomalee"),
        )
    )
    assert {(name, label) for name, label, _ in got} == {
        ("Jean M'Dill", "PERSON"),
        ("Dumbeg", "GPE"),
        ("Ushant", "GPE"),
        ("Trincomalee", "GPE"),
    }


def test_somebody_once_at_after_a_verb_or_an_adjective_and_a_firm_worked_at_stay() -> None:
    text = "She laughed at Pluffles. He was angry at Hopkins, and had worked at Barings for a year."
    got = table(actors_of(text, ("PERSON", "Pluffles"), ("PERSON", "Hopkins"), ("ORG", "Barings")))
    assert {(name, label) for name, label, _ in got} == {
        ("Pluffles", "PERSON"),
        ("Hopkins", "PERSON"),
        ("Barings", "ORG"),
    }
