"""From text to cleaned mentions: blocks, case normalisation, span cleaning, offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reader.core.documents.loading import load_article
from reader.core.language import detection
from reader.core.language.detection import (
    MAX_BLOCK_CHARS,
    analyze,
    case_normalized,
    text_blocks,
)
from reader.core.language.engine import iter_chunk_blocks
from reader.core.language.spans import clean_span


def ruler_pipeline(patterns: list[dict[str, Any]]) -> Any:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(patterns)
    return nlp


def span_text(text: str, start: int, end: int, label: str = "PERSON") -> str | None:
    span = clean_span(text, start, end, label)
    return None if span is None else text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("We met  Jon Huntsman\n\nyesterday", "  Jon Huntsman\n\n", "Jon Huntsman"),
        ("Then the Defense Ministry spoke.", "the Defense Ministry", "Defense Ministry"),
        ("It was Huntsman’s post.", "Huntsman’s", "Huntsman"),
        ("It was Huntsman's post.", "Huntsman's", "Huntsman"),
        ("Done. Receiving Huntsman’s credentials", "Receiving Huntsman’s", "Huntsman"),
        ("Sen. Warren met “Bob Smith,” later.", "“Bob Smith,”", "Bob Smith"),
        ("In the U.S. today", "U.S.", "U.S."),
        ("Accessibility links\n\nNews", "Accessibility links", None),
        ("it is -- here", "--", None),
        ("an ordinary word", "ordinary", None),
    ],
)
def test_clean_span(text: str, found: str, expected: str | None) -> None:
    start = text.index(found)
    assert span_text(text, start, start + len(found)) == expected


def test_case_normalised_copy_keeps_every_offset() -> None:
    text = (
        "RUSSIA -- The new U.S. ambassador\n"
        "BREAKING: MINISTER MEETS NATO CHIEF IN İSTANBUL\nnormal Text"
    )
    copy = case_normalized(text)
    assert len(copy) == len(text)
    assert copy.startswith("Russia -- The new U.S.")
    assert "Minister Meets" in copy
    assert copy.endswith("normal Text")


def test_blocks_cover_the_text_and_cut_long_paragraphs() -> None:
    text = "First para.\n\nSecond para\nwith two lines.\n\n\n" + ("word " * 10_000)
    blocks = text_blocks(text, max_chars=2000)
    for offset, block in blocks:
        assert text[offset : offset + len(block)] == block
        assert len(block) <= 2000
    assert blocks[0] == (0, "First para.")
    chunks = list(iter_chunk_blocks(text, 4000))
    assert [block for chunk in chunks for block in chunk] == text_blocks(text)
    assert all(sum(len(b) for _, b in chunk) <= 4000 + MAX_BLOCK_CHARS for chunk in chunks)


def test_a_book_s_first_chunk_is_ready_before_the_rest_is_cut(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The window sends each chunk to the model as it is cut: cutting a whole book first
    # held the collector thread (and the interpreter lock) before the first highlight.
    text = "\n\n".join(f"Paragraph {n} names Anna Pávlovna." for n in range(20_000))
    breaks = detection._PARAGRAPH_BREAK
    reached = [0]

    class Watched:
        def finditer(self, string: str) -> Iterator[re.Match[str]]:
            for match in breaks.finditer(string):
                reached[0] = match.end()
                yield match

    monkeypatch.setattr(detection, "_PARAGRAPH_BREAK", Watched())
    chunks = iter_chunk_blocks(text, 4000)
    first = next(chunks)
    assert reached[0] < len(text) // 10
    assert [first, *chunks] == list(iter_chunk_blocks(text, 4000))


def test_offsets_hold_with_a_deterministic_pipeline() -> None:
    nlp = ruler_pipeline(
        [
            {"label": "PERSON", "pattern": "Ada Lovelace"},
            {"label": "PERSON", "pattern": "Lovelace"},
            {"label": "GPE", "pattern": "London"},
        ]
    )
    text = "😀 Ada Lovelace lived in London.\r\n\nLater, Lovelace’s notes left LONDON."
    from reader.core.documents.article import canonicalize_text

    text = canonicalize_text(text)
    mentions = analyze(text, nlp)
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert [m.text for m in mentions] == ["Ada Lovelace", "London", "Lovelace", "LONDON"]


@pytest.mark.model
def test_every_seed_mention_points_at_its_text(seed_path: Path, nlp: Any) -> None:
    article = load_article(seed_path)
    mentions = analyze(article.text, nlp)
    assert mentions
    assert all(article.text[m.start : m.end] == m.text for m in mentions)
    assert all(m.text == m.text.strip() for m in mentions)


def test_a_book_s_first_chunk_is_small_so_its_first_highlights_come_soon() -> None:
    text = "\n\n".join(f"Paragraph {n} names Anna Pávlovna in Moscow." for n in range(5_000))
    chunks = list(iter_chunk_blocks(text, 40_000, first_chars=5_000))
    sizes = [sum(len(block) for _, block in chunk) for chunk in chunks]
    assert 5_000 <= sizes[0] < 5_000 + MAX_BLOCK_CHARS
    assert all(40_000 <= size < 40_000 + MAX_BLOCK_CHARS for size in sizes[1:-1])
    assert [block for chunk in chunks for block in chunk] == text_blocks(text)
    # A first chunk is never larger than the others.
    assert len(next(iter_chunk_blocks(text, 4_000, first_chars=9_000))) == len(
        next(iter_chunk_blocks(text, 4_000))
    )


def test_a_run_of_capitalised_words_inside_a_line_is_put_in_title_case_for_the_model() -> None:
    # The model reads "entry:--\"'JOHN" as one token: a dash after a colon is spaced for it.
    text = (
        "He read the last entry:--\"'JOHN WARWICK, CLARENCE, SOUTH CAROLINA.'\" and a sign "
        "said ARCHIBALD STRAIGHT, LAWYER. The NATO chief and the FBI met in the UK."
    )
    copy = case_normalized(text)
    assert len(copy) == len(text)
    assert "'John Warwick, Clarence, South Carolina.'" in copy
    assert "said Archibald Straight, Lawyer." in copy
    # A lone acronym is no shouted name: "NATO", "FBI" and "UK" stay as written.
    assert copy.endswith("The NATO chief and the FBI met in the UK.")
    read = detection.model_text(text)
    assert len(read) == len(text)
    assert "entry: —\"'John Warwick" in read


@pytest.mark.model
def test_names_shouted_inside_a_line_are_found_whole(nlp: Any) -> None:
    text = (
        "He looked at the register and read the last entry:--\"'JOHN WARWICK, CLARENCE, "
        "SOUTH CAROLINA.'\"\nHe saw a sign-board bearing the inscription:--ARCHIBALD "
        "STRAIGHT, LAWYER.\nHe turned the knob."
    )
    found = {(m.text, m.label) for m in analyze(text, nlp)}
    assert {("JOHN WARWICK", "PERSON"), ("ARCHIBALD STRAIGHT", "PERSON")} <= found
    assert ("SOUTH CAROLINA", "GPE") in found
