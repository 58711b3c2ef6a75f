"""Property: any bytes to any reader give an Extracted or a LoadError, nothing else."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_formats_make import (
    TITLE,
    make_docx,
    make_pdf,
    seed_epub,
    seed_markdown,
    seed_paragraphs,
)

from reader.core.documents.article import LoadError
from reader.core.documents.formats import Extracted, extract
from reader.core.documents.formats.epub import extract_epub
from reader.core.documents.formats.html import extract_html
from reader.core.documents.formats.markdown_doc import extract_markdown
from reader.core.documents.formats.pdf import extract_pdf
from reader.core.documents.formats.word import extract_docx
from reader.core.documents.loading import article_from_bytes

FUZZ = settings(
    max_examples=50,
    deadline=2000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)


def _markdown(data: bytes, source: str) -> Extracted:
    return extract_markdown(data.decode("utf-8", "replace"), "utf-8")


READERS: dict[str, Callable[[bytes, str], Extracted]] = {
    "pdf": extract_pdf,
    "docx": extract_docx,
    "epub": extract_epub,
    "html": extract_html,
    "md": _markdown,
}
SUFFIXES = ["txt", "md", "html", "pdf", "docx", "epub", "bin", ""]


def _valid(kind: str) -> bytes:
    paragraphs = seed_paragraphs()[:3]
    return {
        "pdf": lambda: make_pdf(paragraphs, TITLE),
        "docx": lambda: make_docx(TITLE, paragraphs),
        "epub": seed_epub,
        "html": lambda: (
            b"<html><body><h1>T</h1><p>" + paragraphs[1].encode() + b"</p></body></html>"
        ),
        "md": lambda: seed_markdown().encode(),
    }[kind]()


VALID = {kind: _valid(kind) for kind in READERS}


def _check(call: Callable[[], object]) -> None:
    started = time.monotonic()
    message = "-"
    try:
        call()
    except LoadError as error:
        message = str(error)
    assert message  # a LoadError always tells the reader something
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("kind", list(READERS))
@FUZZ
@given(data=st.binary(max_size=4096))
def test_any_bytes_to_each_reader(kind: str, data: bytes) -> None:
    _check(lambda: READERS[kind](data, f"fuzz.{kind}"))


@pytest.mark.parametrize("kind", list(READERS))
@FUZZ
@given(st.data())
def test_mangled_real_documents(kind: str, data: st.DataObject) -> None:
    """Flip, cut and splice bytes of a real document: closer to real damage."""
    original = bytearray(VALID[kind])
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(original) - 1))
        original[position] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(1, len(original)))
    mangled = bytes(original[:cut])
    _check(lambda: READERS[kind](mangled, f"mangled.{kind}"))
    _check(lambda: extract(mangled, f"mangled.{kind}"))


@pytest.mark.parametrize("suffix", SUFFIXES)
@FUZZ
@given(data=st.binary(max_size=2048) | st.text(max_size=1024).map(str.encode))
def test_any_bytes_to_extract_and_article(suffix: str, data: bytes) -> None:
    _check(lambda: extract(data, f"fuzz.{suffix}"))
    _check(lambda: article_from_bytes(data, f"fuzz.{suffix}"))
