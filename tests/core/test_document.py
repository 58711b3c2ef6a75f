"""Loading text documents: encodings, canonical text, titles and refusals."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core.documents.article import LoadError, canonicalize_text, find_title
from reader.core.documents.loading import article_from_text, load_article

SENTENCE = "Café owners in Zürich met Žižek and Œdipe; “naïve” façades, 10 €."


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("cp1252", b""),
    ],
)
def test_common_encodings_decode_to_the_same_text(
    tmp_path: Path, encoding: str, prefix: bytes
) -> None:
    path = tmp_path / "article.txt"
    body = f"A headline about Zürich cafés\n\n{SENTENCE}\n"
    path.write_bytes(prefix + body.encode(encoding))
    article = load_article(path)
    assert article.text == body
    assert not article.text.startswith("\ufeff")


def test_latin1_without_euro_sign(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Le ministre français a rencontré l'ambassadeur à Genève.".encode("latin-1"))
    assert "français" in load_article(path).text


def test_line_breaks_are_canonical_before_analysis() -> None:
    raw = "One\r\nTwo\rThree\u2028Four\u2029Five\x0cSix\x00Seven\ufeff"
    text = canonicalize_text(raw)
    assert text == "One\nTwo\nThree\nFour\nFive\nSix Seven"


def test_seed_title_skips_page_furniture(seed_path: Path) -> None:
    article = load_article(seed_path)
    assert article.title == "Russian Defense Minister Meets U.S. Ambassador To Moscow"
    start, end = article.headings[0]
    assert article.text[start:end] == article.title
    assert len(article.sha256) == 64


def test_markdown_title_is_the_first_heading() -> None:
    assert find_title("Share\n\n# Storm hits the coast\n\nText.") == "Storm hits the coast"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="does not exist"):
        load_article(tmp_path / "nope.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="folder"):
        load_article(tmp_path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(LoadError, match="empty"):
        load_article(path)


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n\n\t \n")
    with pytest.raises(LoadError, match="no text"):
        load_article(path)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(LoadError, match="not a document"):
        load_article(path)


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(LoadError, match="not a regular file"):
        load_article(fifo)


def test_size_limit_is_named(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 1000)
    with pytest.raises(LoadError, match="limit"):
        load_article(path, size_limit=1000)


def test_loading_never_writes_the_file(tmp_path: Path, seed_path: Path) -> None:
    path = tmp_path / "seed.txt"
    path.write_bytes(seed_path.read_bytes())
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    load_article(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_page_furniture_above_the_title_is_marked(seed_path: Path) -> None:
    article = load_article(seed_path)
    assert [article.text[s:e] for s, e in article.furniture] == [
        "Accessibility links",
        "Breaking News",
    ]


def test_prose_with_no_headline_gives_no_title_line() -> None:
    # A novel's passage opens on a paragraph: its second, short paragraph is no headline.
    first = "“She is dead! she is dead!” screamed Mary, catching hold of her husband. " * 4
    text = f"{first.strip()}\n\n“Is there no one to help me?” were the first words he said.\n"
    assert find_title(text) == ""
    assert find_title("Anne went out, and the rain came down on the fields all day.\n") == ""


def test_a_short_label_line_or_a_headline_with_a_stop_is_still_a_title() -> None:
    assert find_title("CHAPTER I.\nA BOARDING SCHOOL.\nShe came in.") == "A BOARDING SCHOOL."
    news = "Breaking News\n\nStorm hits the coast\n\nIt rained."
    assert find_title(news) == "Storm hits the coast"


def test_a_passage_of_prose_has_no_line_styled_as_its_heading() -> None:
    first = "Captain Benwick obeyed, and Charles at the same moment came to help her. " * 4
    text = f"{first.strip()}\n\n“Is there no one to help me?” were the first words he said.\n"
    article = article_from_text(text, source="persuasion.txt")
    assert article.title == ""
    assert article.headings == ()
