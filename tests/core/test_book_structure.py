"""A book's layout is not its content: licence text, chapter labels and line wraps."""

from __future__ import annotations

from typing import Any

import pytest

from reader.core.actors.grouping import group_mentions
from reader.core.documents.loading import article_from_text
from reader.core.language.detection import analyze
from reader.core.text.structure import boilerplate_spans, heading_label_spans, unwrapped

spacy = pytest.importorskip("spacy")

WRAPPED = (
    "Well, Prince, so Genoa and Lucca are now just family estates of the\n"
    "Buonapartes. It was in July, 1805, and the speaker was the well-known Anna\n"
    "Pávlovna Schérer, maid of honor and favorite of the Empress Márya\n"
    "Fëdorovna. With these words she greeted Prince Vasíli Kurágin, a man\n"
    "of high rank and importance, who was the first to arrive at her reception."
)

BOOK = (
    "The Project Gutenberg eBook of Short Tale, by Ann Author\n\n"
    "This eBook is for the use of anyone anywhere in the United States.\n\n"
    "Title: Short Tale\n\nRelease Date: April, 2001 [eBook #2600]\n\n"
    "*** START OF THE PROJECT GUTENBERG EBOOK SHORT TALE ***\n\n"
    "SHORT TALE\n\n"
    "BOOK ONE: 1805\n\nCHAPTER I\n\n"
    "Pierre came in. Pierre sat down by the window and Natásha laughed.\n\n"
    "CHAPTER II. The Ball\n\nNatásha danced with Pierre.\n\n"
    "*** END OF THE PROJECT GUTENBERG EBOOK SHORT TALE ***\n\n"
    "Section 1. General Terms of Use of the Project Gutenberg License.\n"
)


def ruler(*patterns: tuple[str, Any]) -> Any:
    nlp = spacy.blank("en")
    entity_ruler = nlp.add_pipe("entity_ruler")
    entity_ruler.add_patterns([{"label": label, "pattern": pattern} for label, pattern in patterns])
    return nlp


def test_a_hard_wrapped_paragraph_reads_as_running_text() -> None:
    copy = unwrapped(WRAPPED)
    assert len(copy) == len(WRAPPED)
    assert "\n" not in copy
    assert "Anna Pávlovna Schérer" in copy


def test_a_paragraph_after_two_blank_lines_reads_as_running_text_too() -> None:
    # A heading or a footnote is often followed by two blank lines, not one.
    text = "CHAPTER II\n\n\n" + WRAPPED + "\n\n\n\n" + WRAPPED
    copy = unwrapped(text)
    assert len(copy) == len(text)
    assert copy == "CHAPTER II\n\n\n" + WRAPPED.replace("\n", " ") + "\n\n\n\n" + WRAPPED.replace(
        "\n", " "
    )


def test_verse_dialogue_and_sentence_lines_keep_their_breaks() -> None:
    verse = "The sea is calm to-night.\nThe tide is full, the moon lies fair\nUpon the straits."
    lines = "Yes.\nHe said so, and then he went out of the room without a word.\nNo."
    assert unwrapped(verse) == verse
    assert unwrapped(lines) == lines


def test_a_name_broken_by_a_line_wrap_is_one_mention() -> None:
    nlp = ruler(("PERSON", [{"TEXT": "Anna"}, {"TEXT": "Pávlovna"}, {"TEXT": "Schérer"}]))
    mentions = analyze(WRAPPED, nlp)
    # Other rules find "Lucca" and "the Buonapartes" too; Anna is one mention, not two.
    assert [m.text for m in mentions if "Anna" in m.text or "Pávlovna" in m.text] == [
        "Anna\nPávlovna Schérer"
    ]
    actors = group_mentions(WRAPPED, mentions)
    assert "Anna Pávlovna Schérer" in {actor.name for actor in actors}


def test_licence_text_and_chapter_labels_give_no_actors() -> None:
    article = article_from_text(BOOK, source="tale.txt")
    nlp = ruler(
        ("PERSON", "Pierre"),
        ("PERSON", "Natásha"),
        ("ORG", "Project Gutenberg"),
        ("LAW", [{"TEXT": "CHAPTER"}, {"TEXT": "I"}]),
        ("EVENT", [{"TEXT": "BOOK"}, {"TEXT": "ONE"}]),
        ("GPE", "United States"),
        ("DATE", "April, 2001"),
    )
    mentions = analyze(article.text, nlp)
    actors = group_mentions(article.text, mentions)
    assert {(a.name, len(a.mentions)) for a in actors} == {("Pierre", 3), ("Natásha", 2)}
    assert not any(m.label in ("DATE", "LAW", "EVENT") for m in mentions)


def test_a_gutenberg_book_is_titled_and_its_licence_subdued() -> None:
    article = article_from_text(BOOK, source="tale.txt")
    assert article.title == "Short Tale"
    header, footer = boilerplate_spans(article.text)
    assert header in article.furniture
    assert footer in article.furniture
    assert article.text[footer[0] :].startswith("*** END OF")
    labels = [article.text[s:e] for s, e in heading_label_spans(article.text) if s < footer[0]]
    assert labels == ["BOOK ONE: 1805", "CHAPTER I", "CHAPTER II."]
    chapter_two = article.text.index("CHAPTER II")
    assert any(s <= chapter_two < e for s, e in article.headings)
    title_line = article.text.index("SHORT TALE\n")
    assert article.headings[0] == (title_line, title_line + len("SHORT TALE"))


def test_labels_that_follow_each_other_on_one_line_are_all_labels() -> None:
    text = "VOLUME I CHAPTER I. A BOARDING SCHOOL.\nShe came.\nBOOK II. CHAPTER 3\nHe left."
    labels = [text[s:e] for s, e in heading_label_spans(text)]
    assert labels == ["VOLUME I CHAPTER I.", "BOOK II. CHAPTER 3"]


def test_a_text_ending_in_a_chapter_numeral_is_read_without_error() -> None:
    # A novel's part can end on the next chapter's numeral ("... of the war.\n\nV").
    text = "It was the panic of the war.\n\nV"
    assert heading_label_spans(text) == [(len(text) - 1, len(text))]


def test_adventures_episodes_and_tales_are_labelled_like_chapters() -> None:
    text = "ADVENTURE I.\nA SCANDAL IN BOHEMIA\nShe came.\nEpisode 2: The Return\nHe left."
    labels = [text[s:e] for s, e in heading_label_spans(text)]
    assert labels[:1] == ["ADVENTURE I."]
    assert "Episode 2:" in labels
