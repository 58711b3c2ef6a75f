"""A one-word name that only ever modifies a noun ("Gothic window") names a kind, not an actor."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_name_only_ever_written_before_a_noun_is_no_actor() -> None:
    text = (
        "They drove up in a Brown coupe and stopped by the Gothic window. "
        "His Puritan manners pleased the vicar. Mary sat in her London flat. "
        "The U.N. headquarters were shut. Good beamed at the Brown conveyance. "
        "The Farival twins sang, and Farival smiled at them. Harris isn't here."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Brown"),
            ("ORG", "Gothic"),
            ("PERSON", "Puritan"),
            ("PERSON", "Mary"),
            ("GPE", "London"),
            ("ORG", "U.N."),
            ("PERSON", "Good"),
            ("ORG", "Farival"),
            ("PERSON", "Harris"),
        )
    )
    assert got == {
        ("Mary", "PERSON", ("Mary",)),
        ("London", "GPE", ("London",)),
        ("U.N.", "ORG", ("U.N.",)),
        ("Good", "PERSON", ("Good",)),
        ("Farival", "ORG", ("Farival", "Farival")),
        ("Harris", "PERSON", ("Harris",)),
    }


def test_a_name_the_model_also_calls_a_place_once_stays_everywhere() -> None:
    from reader.core.language.modifiers import drop_modifier_names
    from reader.core.text.mentions import Mention

    text = "She sold Torzhók embroidery. He stopped at Torzhók. A Torzhók peddler sang."
    mentions = [
        Mention(9, 16, "Torzhók", "PERSON"),
        Mention(43, 50, "Torzhók", "GPE"),
        Mention(54, 61, "Torzhók", "PERSON"),
    ]
    assert drop_modifier_names(text, mentions) == mentions


def test_a_name_after_a_courtesy_title_is_somebody_whatever_word_follows() -> None:
    # "anyone who knows Mr Kohberger come forward": "come" is a noun too, but no make or
    # style is "Mr".
    text = (
        "Police named the suspect as Bryan Christopher Kohberger, 28. Prosecutors asked "
        "that anyone who knows Mr Kohberger come forward."
    )
    got = table(actors_of(text, ("PERSON", "Bryan Christopher Kohberger"), ("PERSON", "Kohberger")))
    assert got == {
        ("Bryan Christopher Kohberger", "PERSON", ("Bryan Christopher Kohberger", "Kohberger"))
    }
