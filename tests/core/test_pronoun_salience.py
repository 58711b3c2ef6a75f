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
