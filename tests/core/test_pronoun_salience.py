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
