"""A capitalised word English does not know, never written in lower case, is a name."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_word_no_dictionary_knows_capitalised_mid_sentence_is_a_name() -> None:
    # The model passed over "Edna" and "Piccadilly"; a reader sees a person and a place.
    text = (
        "Let him go about his business when he bores you, Edna, instructed her husband. "
        "They walked down the street towards Piccadilly and stopped."
    )
    assert table(actors_of(text)) == {
        ("Edna", "PERSON", ("Edna",)),
        ("Piccadilly", "GPE", ("Piccadilly",)),
    }


def test_known_words_words_in_lower_case_titles_and_sentence_openers_are_no_names() -> None:
    # "Time" is an English word, "Zounds" opens its sentence, "Herr" is a title, and the
    # text writes "lorem" in lower case too: none is a name.
    text = (
        "There are places where Time seems to linger. Zounds, he cried. "
        "Oh, young Herr, must you go? They said lorem twice, then Lorem once. "
        "They wrote to the Messrs, who sang le Roi de Prusse."
    )
    assert table(actors_of(text)) == set()


def test_a_first_name_alone_joins_the_full_name_the_model_found() -> None:
    # A word after a capitalised one is part of a longer name other rules find whole.
    text = (
        "Later, with Carrie Meeber beside him, he smiled at Carrie. "
        "Madame Lebrun was bustling in. They married the Hon. Alice Rutherford. "
        "“Miss Honeychurch lives here,” she said, to be brief-Madame Lebrun nodded."
    )
    got = table(actors_of(text, ("PERSON", "Carrie Meeber"), ("PERSON", "Madame Lebrun")))
    assert got == {
        ("Carrie Meeber", "PERSON", ("Carrie Meeber", "Carrie")),
        ("Madame Lebrun", "PERSON", ("Madame Lebrun", "Madame Lebrun")),
    }
