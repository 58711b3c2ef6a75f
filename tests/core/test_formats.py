"""Format readers: each format of the seed article round-trips; structure survives."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_formats_make import (
    TITLE,
    make_docx,
    make_epub,
    make_pdf,
    make_pdf_lines,
    seed_epub,
    seed_markdown,
    seed_paragraphs,
    seed_sentences,
    squash,
    xhtml,
)

from reader.core.documents.article import Article
from reader.core.documents.formats import extract, sniff
from reader.core.documents.loading import load_article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _seed_file(tmp_path: Path, kind: str) -> Path:
    paragraphs = seed_paragraphs()
    data = {
        "pdf": lambda: make_pdf(paragraphs, TITLE),
        "pdf2": lambda: make_pdf(paragraphs, TITLE, columns=2),
        "docx": lambda: make_docx(TITLE, paragraphs),
        "epub": seed_epub,
        "md": lambda: seed_markdown().encode("utf-8"),
        "html": lambda: (FIXTURES / "news_page.html").read_bytes(),
    }[kind]()
    path = tmp_path / f"seed.{kind.rstrip('2')}"
    path.write_bytes(data)
    return path


def _headings(article: Article) -> list[str]:
    return [article.text[start:end] for start, end in article.headings]


@pytest.mark.parametrize("kind", ["pdf", "pdf2", "docx", "epub", "md", "html"])
def test_seed_round_trip_keeps_every_sentence_and_the_title(tmp_path: Path, kind: str) -> None:
    article = load_article(_seed_file(tmp_path, kind))
    text = squash(article.text)
    sentences = seed_sentences()
    if kind == "html":
        sentences = sentences[1:]  # the photo caption is page furniture there
    missing = [s for s in sentences if squash(s) not in text]
    assert not missing
    assert article.title == TITLE
    assert _headings(article)[0] == TITLE
    assert article.text.startswith(TITLE + "\n\n")
    # Paragraphs come apart as blocks; no block is a lone line fragment.
    blocks = article.text.split("\n\n")
    assert len(blocks) >= len(seed_paragraphs()) - 1


@pytest.mark.parametrize("kind", ["pdf", "docx", "epub", "md", "html"])
def test_heading_spans_cover_whole_lines(tmp_path: Path, kind: str) -> None:
    article = load_article(_seed_file(tmp_path, kind))
    for start, end in article.headings:
        assert start == 0 or article.text[start - 1] == "\n"
        assert end == len(article.text) or article.text[end] == "\n"
        assert article.text[start:end].strip()


def test_news_page_drops_furniture() -> None:
    article = load_article(FIXTURES / "news_page.html")
    lowered = article.text.lower()
    for junk in (
        "accessibility links",
        "cookies",
        "skip to",
        "breaking news",
        "superphone",
        "kremlin says talks",
        "great article",
        "copyright",
        "privacy",
        "datalayer",
        "font-family",
    ):
        assert junk not in lowered, junk
    assert article.format == "html"
    assert _headings(article) == [TITLE, "Sanctions and diplomatic staff"]
    assert "\n\nAnalysts in Washington said" in article.text


def test_html_fallback_when_trafilatura_finds_nothing() -> None:
    page = (
        b"<html><head><title>Short note - Site</title></head><body><nav>Home | News</nav>"
        b"<h1>Short note</h1><p>One line of text.</p>"
        b"<div class='cookie-banner'>We use cookies.</div>"
        b"</body></html>"
    )
    extracted = extract(page, "note.html")
    assert "One line of text." in extracted.text
    assert "cookies" not in extracted.text
    assert "Home" not in extracted.text
    assert extracted.title == "Short note"


def test_html_in_legacy_encoding_uses_the_meta_charset() -> None:
    body = "<p>Le ministre français a rencontré l'ambassadeur à Genève hier soir.</p>" * 3
    page = f"<html><head><meta charset='windows-1252'></head><body>{body}</body></html>"
    extracted = extract(page.encode("cp1252"), "page.htm")
    assert "français" in extracted.text
    assert "Genève" in extracted.text


def test_docx_table_rows_are_lines_in_document_order() -> None:
    table = [
        ["Name", "Role"],
        ["Sergei Shoigu", "Defense Minister"],
        ["Jon Huntsman", "Ambassador"],
    ]
    extracted = extract(
        make_docx(TITLE, ["First paragraph.", "Second paragraph."], table), "t.docx"
    )
    assert extracted.format == "docx"
    assert (
        "Name | Role\nSergei Shoigu | Defense Minister\nJon Huntsman | Ambassador" in extracted.text
    )
    assert extracted.text.index("Second paragraph.") < extracted.text.index("Name | Role")
    assert extracted.text.index("Name | Role") < extracted.text.index("After the table.")
    assert [extracted.text[a:b] for a, b in extracted.headings] == [TITLE, "Background"]


def test_epub_follows_the_spine_not_the_manifest() -> None:
    chapters = [
        xhtml("A", "<h1>Chapter A</h1><p>Alpha text.</p>"),
        xhtml("B", "<h1>Chapter B</h1><p>Beta text.</p>"),
    ]
    extracted = extract(make_epub("Two Chapters", chapters, spine_order=[1, 0]), "b.epub")
    assert extracted.text.index("Beta text.") < extracted.text.index("Alpha text.")
    assert extracted.title == "Two Chapters"
    assert [extracted.text[a:b] for a, b in extracted.headings] == ["Chapter B", "Chapter A"]


def test_epub_with_sloppy_xhtml_still_opens() -> None:
    chapter = (
        "<html><body><h1>Sloppy</h1>"
        "<p>Uses&nbsp;entities<br> and unclosed <p>paragraphs.</body></html>"
    )
    extracted = extract(make_epub("Sloppy", [chapter]), "s.epub")
    assert "entities" in extracted.text
    assert "paragraphs." in extracted.text


def test_markdown_renders_without_markup() -> None:
    extracted = extract(seed_markdown().encode(), "seed.md")
    assert "#" not in extracted.text
    assert "**" not in extracted.text
    assert "https://example.com" not in extracted.text
    assert "See the ministry for more." in extracted.text
    assert [extracted.text[a:b] for a, b in extracted.headings] == [TITLE, "Background"]
    assert extracted.title == TITLE


def test_pdf_repairs_hyphenation_and_drops_running_heads_and_page_numbers() -> None:
    pages = [
        [
            "The Example Review",
            "The inter-",
            "national order was dis-",
            "cussed at length by the",
            "ministers.",
            "1",
        ],
        ["The Example Review", "A well-known fact is", "re-stated here.", "2"],
        ["The Example Review", "Page three closes the", "article.", "Page 3 of 3"],
    ]
    extracted = extract(make_pdf_lines(pages), "h.pdf")
    assert "The international order was discussed at length by the ministers." in extracted.text
    assert "Example Review" not in extracted.text
    assert not any(line.strip().isdigit() for line in extracted.text.split("\n"))
    assert "Page 3" not in extracted.text
    assert "A well-known fact is re-stated here." in extracted.text


def test_pdf_two_columns_read_column_by_column() -> None:
    left = ["Alpha " * 40 + "ends the left."]
    right = ["Omega " * 40 + "ends the right."]
    extracted = extract(
        make_pdf(left + right, "Columns", columns=2, pagesize=(595.0, 842.0)), "c.pdf"
    )
    text = squash(extracted.text)
    assert text.index("ends the left.") < text.index("Omega")


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (b"%PDF-1.4\n...", "renamed.txt", "pdf"),
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "page.txt", "html"),
        (b"<html><body>x</body></html>", "no-suffix", "html"),
        (b"# Heading\n\ntext", "notes.md", "markdown"),
        (b"Plain words <b> here", "notes.txt", "text"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "photo.html", "binary"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "old.docx", "ole2"),
    ],
)
def test_sniff_trusts_bytes_before_names(data: bytes, name: str, kind: str) -> None:
    assert sniff(data, name) == kind


def test_pdf_renamed_txt_opens_as_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(make_pdf(seed_paragraphs(), TITLE))
    article = load_article(path)
    assert article.format == "pdf"
    assert article.title == TITLE


def test_docx_and_epub_sniffed_from_zip_contents() -> None:
    assert sniff(make_docx("T", ["x"]), "file.bin") == "docx"
    assert sniff(seed_epub(), "book.zip") == "epub"
