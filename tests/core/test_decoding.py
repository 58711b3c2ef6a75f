"""Telling text from binary and decoding damaged or unmarked text (issue 8, items 11-12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.documents.article import LoadError
from reader.core.documents.formats import sniff
from reader.core.documents.loading import load_article

BODY = (
    "Angela Merkel met José Manuel Barroso in Brüssel.\n\n"
    "The “talks” went on — über alles — until Zoë left for Zürich.\n"
) * 20


def test_mostly_utf8_with_a_few_bad_bytes_stays_utf8(tmp_path: Path) -> None:
    raw = BODY.encode("utf-8")
    # Three stray bytes, as a bad copy-and-paste leaves them.
    data = raw[:100] + b"\xff" + raw[100:500] + b"\xe9\xe9" + raw[500:]
    path = tmp_path / "damaged.txt"
    path.write_bytes(data)
    article = load_article(path)
    assert "José Manuel Barroso" in article.text
    assert "Zürich" in article.text
    assert article.text.count("\ufffd") == 3
    assert article.encoding == "utf-8 (3 invalid bytes replaced)"


def test_legacy_code_page_is_still_recognised(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    plain = BODY.replace("“", '"').replace("”", '"').replace("—", "-")
    path.write_bytes(plain.encode("cp1252"))
    article = load_article(path)
    assert "José Manuel Barroso" in article.text
    assert "replaced" not in article.encoding


def test_one_nul_does_not_make_a_text_binary(tmp_path: Path) -> None:
    raw = BODY.encode("utf-8")
    path = tmp_path / "nul.txt"
    path.write_bytes(raw[:50] + b"\x00" + raw[50:])
    assert sniff(path.read_bytes(), str(path)) == "text"
    assert "José Manuel Barroso" in load_article(path).text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "unmarked.txt"
    path.write_bytes(BODY.encode(encoding))
    assert sniff(path.read_bytes(), str(path)) == "text"
    article = load_article(path)
    assert article.text == BODY
    assert article.encoding == encoding


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16,
        b"\x7fELF\x02\x01\x01" + bytes(64) + b"some strings inside" * 10 + bytes(400),
        bytes(range(32)) * 100,
    ],
)
def test_binary_is_still_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "thing.txt"
    path.write_bytes(data)
    with pytest.raises(LoadError, match="not a document"):
        load_article(path)
