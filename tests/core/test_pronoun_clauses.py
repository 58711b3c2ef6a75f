"""The pronoun rules of issue 9: quotations, clauses and the subject of the sentence."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.test_pronoun_rules import links


def test_a_quoted_he_looks_back_only_two_sentences_in_the_quotation() -> None:
    text = (
        "Tom sat down; he was tired.\n"
        "“I met Tom at noon. The rain fell. The road was long. The inn was full. "
        "He was gone,” said Mary."
    )
    got = links(text, ("PERSON", "Tom"), ("PERSON", "Mary"))
    assert got == {"Tom": ["he"], "Mary": ["I"]}


def test_a_quoted_he_after_a_person_noun_is_that_person() -> None:
    text = (
        "Tom sat down; he was tired.\n"
        "“Tom is kind, but a man would think twice before he lent money,” said Mary."
    )
    got = links(text, ("PERSON", "Tom"), ("PERSON", "Mary"))
    assert got == {"Tom": ["he"]}


def test_a_pronoun_means_what_the_he_before_it_in_its_sentence_means() -> None:
    text = "Tom came in. He bowed to the old man and took off his hat."
    assert links(text, ("PERSON", "Tom")) == {"Tom": ["He", "his"]}
    text = "Mary sat with Tom. She smiled at the girl and held out her hand."
    assert links(text, ("PERSON", "Mary"), ("PERSON", "Tom")) == {"Mary": ["She", "her"]}


def test_a_person_named_between_breaks_the_bond_of_the_he() -> None:
    text = "Tom came in. He smiled, but Sam took off his hat."
    assert links(text, ("PERSON", "Tom"), ("PERSON", "Sam")) == {"Tom": ["He"], "Sam": ["his"]}


def test_a_name_two_sentences_back_is_too_far_for_a_he() -> None:
    # Someone named two sentences back, with a sentence about something else between,
    # is as often someone the text has moved away from: no guess.
    text = "Tom sat by the fire. The rain beat on the roof all night. He slept."
    assert links(text, ("PERSON", "Tom")) == {}
    text = "The rain beat on the roof all night. Tom sat by the fire. He slept."
    assert links(text, ("PERSON", "Tom")) == {"Tom": ["He"]}


def test_a_quotation_after_narration_the_narrator_is_in_is_nobody_s_for_sure() -> None:
    # The line before opens with Holmes, but the narrator ("me") is in the scene too.
    text = "Holmes sat with his back to me.\n“How did you know what I was doing?”"
    assert links(text, ("PERSON", "Holmes")) == {"Holmes": ["his"]}
    text = "Holmes sat with his back to the fire.\n“How did you know what I was doing?”"
    assert links(text, ("PERSON", "Holmes")) == {"Holmes": ["his", "I"]}


def test_a_chain_of_pronouns_reaches_over_one_sentence_about_something_else() -> None:
    text = "Tom sat by the fire. He dozed. The rain beat on the roof all night. He slept."
    assert links(text, ("PERSON", "Tom")) == {"Tom": ["He", "He"]}


def test_a_chain_does_not_reach_over_a_quotation_or_a_narrator_s_i() -> None:
    text = "Tom sat by the fire. He dozed.\n“The rain will stop,” said a voice.\nHe slept."
    assert links(text, ("PERSON", "Tom")) == {"Tom": ["He"]}
    text = "Tom sat by the fire. He dozed. I watched the rain all night. He slept."
    assert links(text, ("PERSON", "Tom")) == {"Tom": ["He"]}
