"""A book's contents block, numbered story headings and lone capitals lines give no actors."""

from __future__ import annotations

import pytest

from reader.core.documents.loading import article_from_text
from reader.core.text.structure import capital_lines, contents_spans, heading_label_spans

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table

STORIES = (
    "The Casebook\n\nby Ann Author\n\n\n"
    "Contents\n\n"
    "   I.     A Scandal in Carpathia\n"
    "   II.    The Red-Headed Guild\n"
    "   III.   The Adventure of the Copper Elms\n\n\n\n"
    "I. A SCANDAL IN CARPATHIA\n\n\n"
    "I.\n\n"
    "Tom Hale went to Carpathia with Ned Pike. Tom Hale was glad.\n\n"
    "II.\n\n"
    "Ned Pike came home.\n\n\n"
    "II. THE RED-HEADED GUILD\n\n\n"
    "Ned Pike read the paper.\n\n\n"
    "III. THE ADVENTURE OF THE COPPER ELMS\n\n\n"
    "Tom Hale took the train to the Copper Elms.\n\n"
    "THE LONG NIGHT\n\n"
    "Ned Pike slept.\n"
)
PATTERNS = (
    ("PERSON", "Tom Hale"),
    ("PERSON", "Ned Pike"),
    ("GPE", "Carpathia"),
    ("ORG", "Red-Headed Guild"),
    ("ORG", "Guild"),
    ("FAC", "Adventure of the Copper Elms"),
    ("FAC", "Copper Elms"),
    ("ORG", "II"),
    ("PRODUCT", "III"),
    ("EVENT", "Long Night"),
)


def test_a_contents_block_and_numbered_story_headings_give_no_actors() -> None:
    got = table(actors_of(STORIES, *PATTERNS))
    assert got == {
        ("Tom Hale", "PERSON", ("Tom Hale", "Tom Hale", "Tom Hale")),
        ("Ned Pike", "PERSON", ("Ned Pike", "Ned Pike", "Ned Pike", "Ned Pike")),
        # A name the story names too counts in its heading ("IN CARPATHIA", "COPPER ELMS").
        ("Carpathia", "GPE", ("CARPATHIA", "Carpathia")),
        ("Copper Elms", "FAC", ("COPPER ELMS", "Copper Elms")),
    }


def test_the_contents_block_is_subdued_and_numbered_headings_are_headings() -> None:
    article = article_from_text(STORIES, source="casebook.txt")
    text = article.text
    (contents,) = contents_spans(text)
    assert text[contents[0] : contents[1]].startswith("Contents\n")
    assert text[contents[0] : contents[1]].endswith("Copper Elms")
    assert contents in article.furniture
    labels = [text[s:e] for s, e in heading_label_spans(text) if s > contents[1]]
    assert labels == ["I.", "I.", "II.", "II.", "III."]
    for line in ("I. A SCANDAL IN CARPATHIA", "III. THE ADVENTURE OF THE COPPER ELMS"):
        start = text.index(line, contents[1])
        assert (start, start + len(line)) in article.headings
    lone = text.index("THE LONG NIGHT")
    assert (lone, lone + len("THE LONG NIGHT")) in article.headings


def test_a_roman_numeral_or_capitals_inside_prose_is_no_heading() -> None:
    text = (
        "He wrote to me, and\nI. M. Hale replied at once that he would come.\n\n"
        "“I.”\n\nShe read Chapter IV of the report.\n"
    )
    assert heading_label_spans(text) == []
    assert contents_spans(text) == []
    letter = "“I shall come on Monday,” she wrote.\n\nMARY\n\nHe read it twice.\n"
    assert capital_lines(letter) == []  # a letter's signature, not a heading
