"""Titles, ranks and a ruler's epithet make a name a person's, whatever the model said."""

from __future__ import annotations

import re

import pytest

from reader.core.language.kind_evidence import relabel_people
from reader.core.text.mentions import Mention

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_rank_before_a_persons_name_makes_a_person_not_a_body() -> None:
    # "Major" opens bodies' names too ("Major League"), so it counts only before a name the
    # text gives a person alone; "Count Orlóv-Denísov" is another man.
    text = (
        "Denísov laughed. Denísov rode off. Denísov said nothing. A paper came for "
        "Major Denísov. The order named Major Denísov. Rostóv read it. Count Orlóv-Denísov came. "
        "The Major League played. Major League games went on."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Denísov"),
            ("ORG", "Major Denísov"),
            ("PERSON", "Rostóv"),
            ("PERSON", "Count Orlóv-Denísov"),
            ("ORG", "Major League"),
        )
    )
    assert ("Denísov", "PERSON", ("Denísov",) * 3 + ("Major Denísov",) * 2) in got
    assert ("Count Orlóv-Denísov", "PERSON", ("Count Orlóv-Denísov",)) in got
    assert ("Major League", "ORG", ("Major League",) * 2) in got


def test_a_rank_before_a_name_the_text_gives_a_person_is_relabelled_a_person() -> None:
    text = "Denísov laughed. Denísov rode. A paper for Major Denísov came. The Major League played."
    mentions = [
        Mention(m.start(), m.end(), m.group(), label)
        for pattern, label in (
            (r"Denísov(?= [lr])", "PERSON"),
            (r"Major Denísov", "ORG"),
            (r"Major League", "ORG"),
        )
        for m in re.finditer(pattern, text)
    ]
    labels = {m.text: m.label for m in relabel_people(text, mentions)}
    assert labels == {"Denísov": "PERSON", "Major Denísov": "PERSON", "Major League": "ORG"}


def test_a_rank_of_a_place_is_a_person_whatever_the_model_said() -> None:
    text = (
        "The Duchess of Westmoor arrived late. He had dined with the Duke of Harrowgate. "
        "The Bank of Harrowgate was shut, and the Palace of Westmoor stood empty."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Duchess of Westmoor"),
            ("WORK_OF_ART", "Duke of Harrowgate"),
            ("ORG", "Bank of Harrowgate"),
            ("FAC", "Palace of Westmoor"),
        )
    )
    assert got == {
        ("Duchess of Westmoor", "PERSON", ("Duchess of Westmoor",)),
        ("Duke of Harrowgate", "PERSON", ("Duke of Harrowgate",)),
        ("Bank of Harrowgate", "ORG", ("Bank of Harrowgate",)),
        ("Palace of Westmoor", "FAC", ("Palace of Westmoor",)),
    }


def test_a_ruler_named_with_an_epithet_or_a_number_is_a_person() -> None:
    text = (
        "The army of Frederick the Great marched. Since Catherine the Great nobody had "
        "dared. Louis XIV built Versailles."
    )
    got = table(
        actors_of(
            text,
            ("FAC", "Frederick the Great"),
            ("WORK_OF_ART", "Catherine the Great"),
            ("ORG", "Louis XIV"),
            ("GPE", "Versailles"),
        )
    )
    assert got == {
        ("Frederick the Great", "PERSON", ("Frederick the Great",)),
        ("Catherine the Great", "PERSON", ("Catherine the Great",)),
        ("Louis XIV", "PERSON", ("Louis XIV",)),
        ("Versailles", "GPE", ("Versailles",)),
    }
