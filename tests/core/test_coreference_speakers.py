"""An "I" inside a quotation is its speaker, when the narration names them beside it."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.test_pronoun_rules import links


def test_the_name_after_a_quotation_with_a_verb_of_saying_is_its_speaker() -> None:
    text = (
        "“I know there are moors, I read it,” said Katharine.\n"
        "“I am grieved at the ignorance of my family,” Mr. Hilbery remarked."
    )
    got = links(text, ("PERSON", "Katharine"), ("PERSON", "Mr. Hilbery"))
    assert got == {"Katharine": ["I", "I"], "Hilbery": ["I", "my"]}


def test_a_name_that_opens_the_next_sentence_is_not_the_speaker() -> None:
    # "Tuppence sighed." is her answer to Tommy's question, not an attribution.
    text = "“Good old hospital, I suppose?”\nTuppence sighed.\n“Yes.”"
    assert links(text, ("PERSON", "Tuppence")) == {}


def test_the_speaker_named_before_a_quotation_with_a_colon() -> None:
    text = 'Then John said: "I will go." Anna nodded.\n"I stay," she said.'
    got = links(text, ("PERSON", "John"), ("PERSON", "Anna"))
    assert got == {"John": ["I"], "Anna": ["I", "she"]}


def test_a_pronoun_that_says_a_quotation_lends_it_its_person() -> None:
    text = "John came in from the rain.\n“I am late,” he said."
    assert links(text, ("PERSON", "John")) == {"John": ["I", "he"]}


def test_an_unattributed_line_of_dialogue_keeps_its_i_unlinked() -> None:
    text = "John and Anna sat down.\n“I am late.”\n“So am I.”"
    assert links(text, ("PERSON", "John"), ("PERSON", "Anna")) == {}


def test_you_is_the_person_called_by_name_in_that_sentence() -> None:
    text = (
        "Curtis and Florence sat in the library.\n"
        '"Curtis Waring, have you no heart?" demanded Florence.\n'
        '"You are unkind."'
    )
    got = links(text, ("PERSON", "Curtis Waring"), ("PERSON", "Florence"))
    assert got == {"Curtis Waring": ["you"]}


def test_a_quotation_resumed_after_its_attribution_keeps_its_speaker() -> None:
    text = (
        "Tommy sat down.\n"
        "“There’s not much in mine,” said Tommy regretfully, “and I went out to France.”\n"
        "Then Meg said in an altered tone, “I know.”"
    )
    got = links(text, ("PERSON", "Tommy"), ("PERSON", "Meg"))
    assert got == {"Tommy": ["I"], "Meg": ["I"]}


def test_a_line_of_dialogue_after_a_persons_sentence_of_narration_is_theirs() -> None:
    text = (
        "Kronborg came in with an important air and sat down.\n"
        "“Good evening, doctor. I came to fetch you.”\n"
        "Anna and the doctor looked up.\n"
        "“I will come.”"
    )
    got = links(text, ("PERSON", "Kronborg"), ("PERSON", "Anna"))
    assert got == {"Kronborg": ["I"]}  # the last line follows a sentence two people open
