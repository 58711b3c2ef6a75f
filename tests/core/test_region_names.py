"""A region the text stands things in or spreads plains over is a place, not a person."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def kinds(text: str, *patterns: tuple[str, str]) -> set[tuple[str, str]]:
    return {(name, label) for name, label, _ in table(actors_of(text, *patterns))}


def test_a_verb_after_a_comma_is_an_inverted_sentence_not_the_name_acting() -> None:
    # "in the province of Gascony, stood the chateau": the chateau stands, not Gascony.
    text = (
        "On the banks of the river, in the province of Gascony, stood the old chateau. "
        "Later he retired to a small estate in Gascony. Gascony was bounded by the sea."
    )
    assert kinds(text, ("PERSON", "Gascony")) == {("Gascony", "GPE")}


def test_a_name_that_sits_or_smiles_after_a_comma_stays_a_person() -> None:
    text = "Emily, smiling, turned to the window. Later Emily sat down. She lived in Emily's house."
    assert kinds(text, ("PERSON", "Emily")) == {("Emily", "PERSON")}


def test_the_plains_or_landscapes_of_a_name_are_a_place() -> None:
    text = (
        "To the east, the plains of Languedoc were lost in the mist. A room looked towards "
        "the plains of Languedoc. The landscapes of Guienne stretched along the river. "
        "Beyond them lay the hills of Guienne."
    )
    got = kinds(text, ("PERSON", "Languedoc"), ("PERSON", "Guienne"))
    assert got == {("Languedoc", "GPE"), ("Guienne", "GPE")}


def test_who_after_a_name_set_off_after_a_common_noun_is_still_the_names() -> None:
    # "the Cossack, Likhachëv, who" is no "Richmond, California, who": a people's word
    # after "the" is no town, so the "who" is Likhachëv's.
    text = (
        "Likhachëv got up and rummaged in his pack. Perhaps it was just the Cossack, "
        "Likhachëv, who was sitting under the wagon. He gave it to Likhachëv and left. "
        "“And here’s the commander,” said Likhachëv."
    )
    assert kinds(text, ("ORG", "Likhachëv"), ("NORP", "Cossack")) >= {("Likhachëv", "PERSON")}


def test_his_before_a_place_named_as_a_modifier_is_no_title() -> None:
    # "His Majesty" makes "his" a title's word, but "his Schön Grabern affair" names no one.
    text = (
        "Across the brook lay the village of Schön Grabern. He told them of his Schön "
        "Grabern affair. They had fought at Schön Grabern. She spoke of her Schön Grabern "
        "days. It was as at Schön Grabern."
    )
    assert kinds(text, ("PERSON", "Schön Grabern")) == {("Schön Grabern", "GPE")}
