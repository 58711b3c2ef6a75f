"""Pronoun links weigh a person's gender by titles and kin words, and read quotations whole."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from reader.core.actors.quotes import quotation_spans
from tests.core.test_pronoun_rules import links


def test_a_title_outweighs_pronouns_that_happen_to_be_near() -> None:
    # Four "she" in the one sentence that names Mr. Evelyn would have made him a woman.
    text = (
        "Mr. Evelyn came to the house; she watched from her window, and she smiled at "
        "herself. He left."
    )
    assert links(text, ("PERSON", "Mr. Evelyn")) == {"Evelyn": ["He"]}


def test_a_kin_word_beside_a_name_gives_its_gender() -> None:
    text = "Buck lay by the fire. Shep, his mother, was a dog from the hills. He was proud."
    got = links(text, ("PERSON", "Buck"), ("PERSON", "Shep"))
    assert got == {"Buck": ["his", "He"]}


def test_a_quotation_over_several_lines_is_one_quotation() -> None:
    text = '"I\'m not well, Florence.\nI think of him as a little boy," said John.\nHe sighed.'
    assert quotation_spans(text) == [(0, text.index(" said"))]


def test_an_apostrophe_is_not_a_quotation_mark() -> None:
    text = "The dogs' bones were there. 'Tis late, don't go. He said 'Stop.' and left."
    assert quotation_spans(text) == [(text.index("'Stop"), text.index(" and left"))]


def test_a_pronoun_in_a_quotation_that_spans_lines_is_not_the_narrations_name() -> None:
    # "him" is the boy John talks about, not Florence whom he speaks to.
    text = (
        'John sat by the fire.\n"Florence, I think of my boy.\nI dream of him," said John.\n'
        "He wept."
    )
    got = links(text, ("PERSON", "John"), ("PERSON", "Florence"))
    assert got == {"John": ["I", "my", "I", "He"]}  # the quotation's "I" is John, its speaker


def test_a_pronoun_in_a_quotation_means_the_person_named_in_it() -> None:
    text = 'Anna came in.\n"Mr. Harvey is here.\nI saw him," said Anna.'
    got = links(text, ("PERSON", "Anna"), ("PERSON", "Mr. Harvey"))
    assert got == {"Harvey": ["him"], "Anna": ["I"]}


def test_in_the_nearest_sentence_the_first_named_beats_a_known_man_further_back() -> None:
    text = "Mr. Brown left the room. Later, Tom Hart came in. He smiled at Anna."
    got = links(text, ("PERSON", "Mr. Brown"), ("PERSON", "Tom Hart"), ("PERSON", "Anna"))
    assert got == {"Tom Hart": ["He"]}


def test_a_name_only_ever_after_in_or_towards_is_a_place_not_a_person() -> None:
    text = "Tom rode towards Chester. In Chester he met his friend."
    got = links(text, ("PERSON", "Tom"), ("PERSON", "Chester"))
    assert got == {"Tom": ["he", "his"]}


def test_a_word_named_once_in_a_text_full_of_names_takes_no_pronoun() -> None:
    text = (
        "Dorothea met Celia. Dorothea smiled. Celia smiled. Dorothea read. Celia read. "
        "Dorothea sang. Celia sang. Dorothea rode out alone. "
        "Riding was a pleasure which she allowed herself."
    )
    got = links(text, ("PERSON", "Dorothea"), ("PERSON", "Celia"), ("PERSON", "Riding"))
    assert got == {"Dorothea": ["she", "herself"]}


def test_a_description_followed_by_of_names_its_own_thing() -> None:
    text = "They walked to Covent Garden. The garden of the vicar was small; the garden was wet."
    got = links(text, ("FAC", "Covent Garden"))
    assert got == {"Covent Garden": ["the garden"]}


def test_a_description_repeats_a_name_said_within_a_page_only() -> None:
    filler = " ".join(f"It rained on day {n}." for n in range(25))
    text = f"They walked to Covent Garden. The garden was wet. {filler} The garden was green."
    got = links(text, ("FAC", "Covent Garden"))
    assert got == {"Covent Garden": ["The garden"]}


def test_a_description_inside_a_quotation_is_left_alone() -> None:
    text = 'They rode to Chester Town. "The town is dull," said Anna. The town was quiet.'
    got = links(text, ("GPE", "Chester Town"), ("PERSON", "Anna"))
    assert got == {"Chester Town": ["The town"]}


def test_a_pronoun_before_a_name_says_nothing_of_its_gender() -> None:
    # "he" is whoever came in, not Irene Adler.
    text = "As he came in, Irene Adler rose. He bowed to her, and she smiled."
    assert links(text, ("PERSON", "Irene Adler")) == {"Irene Adler": ["her", "she"]}


def test_one_title_does_not_outweigh_a_page_of_pronouns() -> None:
    # The one "Mrs." is his future wife's, read into his name.
    text = (
        "Newland Archer came in. He sat down; he smiled at his friends, and he waved. "
        "Newland Archer bowed, and he left. He thought of the future Mrs. Newland Archer."
    )
    got = links(text, ("PERSON", "Newland Archer"), ("PERSON", "Mrs. Newland Archer"))
    assert got == {"Newland Archer": ["He", "he", "his", "he", "he", "He"]}


def test_the_person_the_last_sentences_are_about_beats_a_name_said_in_passing() -> None:
    text = (
        "Madame Duval wrote to me. She was angry, and she blamed her daughter, the late "
        "Lady Belmont. The purport of her letter was plain."
    )
    got = links(text, ("PERSON", "Madame Duval"), ("PERSON", "Lady Belmont"))
    assert got == {"Madame Duval": ["She", "she", "her", "her"]}


def test_a_stray_mark_in_a_text_set_a_line_a_paragraph_quotes_one_line() -> None:
    text = "'Mouse' was the pet of the family.\nShe smiled.\nJo laughed at her."
    assert quotation_spans(text) == [(0, text.index("\n"))]


def test_an_unclosed_quotation_in_a_wrapped_book_ends_with_its_paragraph() -> None:
    text = '"I am late, and\nthe night is cold.\n\nJohn came in. "Hush."'
    assert quotation_spans(text) == [(0, text.index("\n\n")), (text.index('"Hush'), len(text))]
