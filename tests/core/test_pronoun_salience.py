"""Which of several people a pronoun means: salience by place in the clause (issue 9)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.test_pronoun_rules import links


def test_an_owner_deep_in_its_clause_is_said_in_passing() -> None:
    # "to desire Sam's company" says Sam in passing, as "the company of Sam" would.
    text = "The same wish that had prompted Tom to desire Sam's company had led him to wait."
    assert links(text, ("PERSON", "Tom"), ("PERSON", "Sam")) == {"Tom": ["him"]}


def test_an_owner_that_opens_its_clause_is_what_it_is_about() -> None:
    text = "Tom walked in with Sam. Sam's coat was wet, and he shook it."
    assert links(text, ("PERSON", "Tom"), ("PERSON", "Sam")) == {"Sam": ["he"]}


def test_a_name_in_a_clause_closed_before_leaves_the_he_bound() -> None:
    # Sam is only thought of, in a clause the semicolon closes: the second "he" is the first.
    text = "Tom sat down. He winced at the thought that Sam might come; he reflected."
    assert links(text, ("PERSON", "Tom"), ("PERSON", "Sam")) == {"Tom": ["He", "he"]}


def test_a_name_in_a_clause_the_pronoun_is_in_still_breaks_the_bond() -> None:
    text = "Ann sat down. She felt that Kate would come, as she had promised."
    got = links(text, ("PERSON", "Ann"), ("PERSON", "Kate"))
    assert got == {"Ann": ["She"], "Kate": ["she"]}


def test_a_pronoun_that_owns_the_same_kin_noun_again_is_its_owner() -> None:
    text = "Tom sat with his father. His father was old."
    assert links(text, ("PERSON", "Tom")) == {"Tom": ["his", "His"]}


def test_my_mum_in_the_speech_is_who_she_may_mean() -> None:
    text = "Anna came home. I was told my mum had called and that she was angry."
    assert links(text, ("PERSON", "Anna")) == {}


def test_one_named_once_who_says_he_is_that_he_even_with_a_chain_running() -> None:
    # A text full of names, where someone named once takes no pronoun while a chain of
    # another's runs; but "Sam Hill said he" says whose "he" it is.
    text = (
        "Tom met Ann. Tom met Sue. Tom met Bob. Tom met Ned. Tom rose, and he spoke at "
        "length. Sam Hill said he was tired."
    )
    people = [("PERSON", n) for n in ("Tom", "Ann", "Sue", "Bob", "Ned", "Sam Hill")]
    assert links(text, *people) == {"Tom": ["he"], "Sam Hill": ["he"]}


def test_a_person_noun_in_a_comparison_brings_in_no_one() -> None:
    text = "Tom came in, tired as a man who had walked all day. He sat down."
    assert links(text, ("PERSON", "Tom")) == {"Tom": ["He"]}
    text = "Tom came in. He was like a man who had lost his way. Then he sat down."
    assert links(text, ("PERSON", "Tom")) == {"Tom": ["He", "his", "he"]}


def test_a_question_about_a_person_noun_brings_someone_in() -> None:
    text = "Tom came in. Was the old man still alive? He had been ill."
    assert links(text, ("PERSON", "Tom")) == {}
