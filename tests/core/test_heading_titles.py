"""A chapter's title after its label names no actor unless the text names it elsewhere."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_chapter_title_in_capitals_is_no_actor_unless_named_elsewhere() -> None:
    text = (
        "CHAPTER I. THE RIVER COMPANY, LTD. “WELL, old fellow!” said Tom.\n"
        "CHAPTER II. PETER KEMBLE'S DIARY Peter Kemble wrote that Tom had gone.\n"
    )
    got = table(
        actors_of(
            text,
            ("ORG", "RIVER COMPANY, LTD"),
            ("PERSON", "PETER KEMBLE'S DIARY"),
            ("PERSON", "Peter Kemble"),
            ("PERSON", "Tom"),
        )
    )
    assert got == {
        ("Tom", "PERSON", ("Tom", "Tom")),
        ("Peter Kemble", "PERSON", ("PETER KEMBLE", "Peter Kemble")),
    }


def test_a_title_on_the_line_after_the_label_is_no_actor_but_the_first_paragraph_counts() -> None:
    text = (
        "CHAPTER I.\nTHE GREEN MOUNTAIN.\n“WELL!” said Tom.\n"
        "Chapter II.\nThe Lost Heir.\nTom went home.\n\n"
        "CHAPTER III\n\nMary Lane came to see Tom at\nhis house by the old mill that day.\n"
    )
    got = table(
        actors_of(
            text,
            ("LOC", "GREEN MOUNTAIN"),
            ("PERSON", "Lost Heir"),
            ("PERSON", "Mary Lane"),
            ("PERSON", "Tom"),
        )
    )
    assert got == {
        ("Tom", "PERSON", ("Tom", "Tom", "Tom")),
        ("Mary Lane", "PERSON", ("Mary Lane",)),
    }


def test_a_name_in_a_letter_heading_counts_when_the_text_names_its_bearer_elsewhere() -> None:
    text = "LETTER I\nMORTON TO GREY\nSir, I write in haste. Jane Morton.\n"
    got = table(actors_of(text, ("PERSON", "MORTON"), ("PERSON", "Jane Morton")))
    assert got == {("Jane Morton", "PERSON", ("MORTON", "Jane Morton"))}


def test_an_ordinary_word_glued_to_a_title_is_no_name() -> None:
    text = "CHAPTER 1.\nI GO WEST Whether or not I return, whether I like it, I go.\n"
    assert table(actors_of(text, ("PERSON", "GO WEST Whether"))) == set()
