"""Passes over a whole book made light for the window find what the plain passes find."""

from __future__ import annotations

import itertools
import re

import pytest

from reader.core.text.local import has_long_line
from reader.core.text.offsets import has_astral
from reader.core.text.scanning import findall_sliced, finditer_sliced, slice_ends

TEXT = (
    "Prince Andrew said to Anna Pávlovna, and the _Hekinah degul_ rang.\n"
    "In the Church of Scientology, a man; Count Rostóv came in.\n"
    "\n"
    "_Undine and Sintran_ was read aloud by Natásha Rostóva at Otrádnoe.\n"
)


@pytest.mark.parametrize("slice_chars", [1, 3, 7, 20, 1000])
@pytest.mark.parametrize(
    ("pattern", "cut"),
    [
        (re.compile(r"(?<=[a-z,;] )[A-Z][^\W\d_]+"), " "),  # look-behind across a cut
        (re.compile(r"(?<![\w_])_([^_\n]{1,200})_(?![\w_])"), "\n"),  # look-ahead at a cut
        (re.compile(r"(?<![\w’'])[A-Z][\w’'-]*(?: (?:of |of the )?[A-Z][\w’'-]*)+"), "\n"),
        (re.compile(r"\b[a-z]+\b"), " "),
    ],
)
def test_sliced_scans_find_what_one_scan_finds(
    pattern: re.Pattern[str], cut: str, slice_chars: int
) -> None:
    whole = [(m.span(), m.group()) for m in pattern.finditer(TEXT)]
    sliced = [(m.span(), m.group()) for m in finditer_sliced(pattern, TEXT, cut, slice_chars)]
    assert sliced == whole
    assert findall_sliced(pattern, TEXT, cut, slice_chars) == pattern.findall(TEXT)


def test_slices_cover_the_text_and_end_at_the_cut() -> None:
    slices = list(slice_ends(TEXT, "\n", 10))
    assert slices[0][0] == 0
    assert slices[-1][1] == len(TEXT)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(slices))
    assert all(TEXT[end] == "\n" for _, end in slices[:-1])
    assert list(slice_ends("", "\n")) == []


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 8, 13])
def test_a_long_line_is_found_as_splitting_into_lines_finds_it(limit: int) -> None:
    texts = ["", "\n", "a", "abc\n", "\n\nabcdefgh", "ab\nabcdef\nabc", "x" * 30, "a\n" * 9]
    texts += [TEXT, TEXT.replace("\n", " "), TEXT + "y" * 40]
    for text in texts:
        expected = max(map(len, text.split("\n"))) > limit
        assert has_long_line(text, limit) == expected, (text, limit)


def test_astral_characters_are_told_from_the_string_alone() -> None:
    samples = {"": False, "plain": False, "José": False, "Natásha Rostóva": False}
    samples |= {"Ж" * 3: False, "\uffff": False, "a😀b": True, "😀": True, "Ж😀": True}
    samples |= {"é" * 1000 + "😀": True, "\U00010000": True, TEXT * 10: False}
    for text, astral in samples.items():
        assert has_astral(text) == astral, text
        assert has_astral(text[:-1] + text[-1:]) == astral  # a string built another way


@pytest.mark.parametrize("slice_chars", [1, 2, 5, 100_000])
def test_canonical_text_is_made_in_slices_as_in_one_pass(
    monkeypatch: pytest.MonkeyPatch, slice_chars: int
) -> None:
    import reader.core.documents.article as article

    monkeypatch.setattr(article, "SLICE_CHARS", slice_chars)
    text = "\ufeffA\r\nB\r\rC\u2028D\x0cE\x00F\r\n\r\nG\x85H\tI\r" * 3

    def one_pass(raw: str) -> str:
        raw = re.sub(r"\r\n|\r|\u2028|\u2029|\x85|\f|\v", "\n", raw)
        return re.sub(
            r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff]",
            lambda m: "" if m.group() == "\ufeff" else " ",
            raw,
        )

    assert article.canonicalize_text(text) == one_pass(text)
    assert article.canonicalize_text("") == ""


def test_a_document_s_digest_is_remembered_for_the_turn_that_asks_again() -> None:
    import hashlib

    import reader.core.documents.digest as documents

    text = "Natásha went to Moscow. " * 1000
    digest = documents.text_digest(text)
    assert digest == hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    assert documents.text_digest(text) is digest  # asked again: no second hash
    other = text + "!"
    assert (
        documents.text_digest(other)
        == hashlib.sha256(other.encode("utf-8", "surrogatepass")).hexdigest()
    )


def test_a_text_s_lower_case_words_are_found_once_for_the_rules_that_ask() -> None:
    from reader.core.language.spans import lowercase_words

    text = TEXT * 50
    words = lowercase_words(text)
    assert words == frozenset(re.findall(r"\b[a-z]+\b", text))
    assert lowercase_words(text) is words  # the second rule asks: no second scan
    assert lowercase_words(text + " zebra") == words | {"zebra"}


def test_a_text_made_ready_for_the_screen_is_remembered_for_the_turn_that_shows_it() -> None:
    import reader.core.text.local as local

    long_line = "Pierre laughed. " * 40
    text = f"Title\n\n{long_line}\n"
    shown = local.display_text(text, 100)
    assert len(shown) == len(text)
    assert "\n" in shown[10:-1]  # the long line is broken for the screen
    # The loader thread asks first; the window's turn gets the same string back.
    assert local.display_text(text, 100) is shown
    assert local.display_text(text, 200) != shown


class _RecordingPattern:
    """A compiled pattern that records how many characters each scan is given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.spans: list[int] = []

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list[str]:
        end = len(text) if endpos is None else endpos
        self.spans.append(end - pos)
        return self.pattern.findall(text, pos, end)


def test_the_one_of_many_scan_reads_a_book_a_slice_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One findall over War and Peace held the interpreter lock for 90 ms at the end of the
    # analysis: the window's longest freeze (run_benchmarks.py --book-only --sample-stalls).
    from reader.core.actors import kinds
    from reader.core.text.mentions import Mention
    from reader.core.text.scanning import SLICE_CHARS

    line = "Pierre became a Mason, and every Mason met the Masons.\n"
    text = line * (3 * SLICE_CHARS // len(line))
    recording = _RecordingPattern(kinds._ONE_OF_MANY)
    monkeypatch.setattr(kinds, "_ONE_OF_MANY", recording)
    start = text.index("Masons")
    named = [Mention(start, start + 6, "Masons", "PERSON")]
    assert [m.label for m in kinds.peoples(text, named)] == ["NORP"]
    assert recording.spans
    assert max(recording.spans) <= SLICE_CHARS + len(line)
