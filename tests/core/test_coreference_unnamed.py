"""Pronouns that mean someone unnamed stay unlinked; a pronoun once linked gives a gender."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.test_pronoun_rules import links


def test_a_person_with_no_gender_takes_the_gender_of_the_first_pronoun_linked() -> None:
    # Two names in one sentence say nothing of either's sex; once "He" is Robin's, the
    # "She" after is Alex's, never Robin's too.
    text = "Robin and Alex met at the gate. He smiled, and she frowned."
    got = links(text, ("PERSON", "Robin"), ("PERSON", "Alex"))
    assert got == {"Robin": ["He"], "Alex": ["she"]}


def test_someone_unnamed_called_she_outweighs_a_name_said_once_in_passing() -> None:
    # The woman who rings is never named: the last "she" is hers, not Lucy's.
    text = "She rang the bell. She waited, and she gave Lucy a card. Then she went in."
    assert links(text, ("PERSON", "Lucy")) == {}


def test_a_name_heard_by_someone_unnamed_does_not_take_his_pronouns() -> None:
    text = "He wished he had gone to Denver to hear Fay Templeton sing. Then he remembered."
    assert links(text, ("PERSON", "Fay Templeton")) == {}


def test_a_name_more_salient_than_the_unnamed_still_takes_the_pronoun() -> None:
    text = "She rang the bell. Lucy opened the door. She smiled."
    assert links(text, ("PERSON", "Lucy")) == {"Lucy": ["She"]}


def test_a_name_after_a_preposition_weighs_less_than_the_unnamed_subject() -> None:
    # "of Lucy", "with Mr. Lake": said in passing, not who the sentence is about.
    text = "She rang the bell at the door of Lucy. She waited. Then she went in."
    assert links(text, ("PERSON", "Lucy")) == {}
    text = "He had talked for an hour with Mr. Lake. He smiled."
    assert links(text, ("PERSON", "Mr. Lake")) == {}


def test_a_name_in_a_clause_opened_by_as_or_when_is_not_the_sentences_subject() -> None:
    text = (
        "But, as Mrs. Hale half suspected, Miss Edith had fallen asleep. "
        "She lay curled up on the sofa."
    )
    assert links(text, ("PERSON", "Mrs. Hale"), ("PERSON", "Miss Edith")) == {"Edith": ["She"]}
    text = "When Mr. Hart came in, Mr. Lake rose. He bowed."
    assert links(text, ("PERSON", "Mr. Hart"), ("PERSON", "Mr. Lake")) == {"Lake": ["He"]}


def test_a_gendered_noun_a_name_owns_is_someone_else() -> None:
    # Winnie's mother is the "She", not Winnie; "Tom's friend" says no sex, and blocks nothing.
    text = "Winnie sat in the shop. Winnie's mother was stout. She wore a black wig."
    assert links(text, ("PERSON", "Winnie")) == {}
    text = "Tom sat in the shop. Tom's friend was stout. He wore a black wig."
    assert links(text, ("PERSON", "Tom")) == {"Tom": ["He"]}
