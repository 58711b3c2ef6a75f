"""The result cache: reopen an unchanged document without analysing it, and only then."""

from __future__ import annotations

import json
import zlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import reader.cli
import reader.core.library.result_cache as result_cache
from reader.cli import run_json
from reader.core.documents.loading import article_from_text, load_article
from reader.core.library.identity import pipeline_identity, rule_sources, rules_version
from reader.core.library.result_cache import ResultCache, named_only
from reader.core.result import ArticleAnalysis
from reader.core.run import analyze_articles, build_analysis
from reader.core.text.mentions import Actor, Mention


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, nlp: Any) -> list[str]:
    """A private data folder, and every pipeline load the CLI makes (the session's nlp)."""
    monkeypatch.setenv("ENTITY_READER_DATA_DIR", str(tmp_path / "data"))
    calls: list[str] = []

    def load(name: str) -> Any:
        calls.append(name)
        return nlp

    monkeypatch.setattr(reader.cli, "load_pipeline", load)
    return calls


def json_of(capsysbinary: pytest.CaptureFixture[bytes], *args: str, **options: Any) -> bytes:
    assert run_json(list(args), None, None, **options) == 0
    return capsysbinary.readouterr().out


@pytest.mark.model
@pytest.mark.parametrize("pronouns", [False, True])
def test_second_run_is_read_from_the_cache_byte_for_byte(
    loads: list[str],
    capsysbinary: pytest.CaptureFixture[bytes],
    seed_path: Path,
    pronouns: bool,
) -> None:
    first = json_of(capsysbinary, str(seed_path), pronouns=pronouns)
    assert len(loads) == 1
    second = json_of(capsysbinary, str(seed_path), pronouns=pronouns)
    assert len(loads) == 1  # no pipeline loaded the second time
    assert second == first
    assert json.loads(second)["actors"]


@pytest.mark.model
def test_a_result_saved_without_links_gives_them_without_a_pipeline(
    loads: list[str], capsysbinary: pytest.CaptureFixture[bytes], seed_path: Path
) -> None:
    json_of(capsysbinary, str(seed_path))
    cached = json_of(capsysbinary, str(seed_path), pronouns=True)
    assert len(loads) == 1
    assert cached == json_of(capsysbinary, str(seed_path), pronouns=True, cache=False)
    assert b'"inferred": true' in cached


@pytest.mark.model
def test_no_cache_analyses_afresh(
    loads: list[str], capsysbinary: pytest.CaptureFixture[bytes], seed_path: Path
) -> None:
    first = json_of(capsysbinary, str(seed_path))
    assert json_of(capsysbinary, str(seed_path), cache=False) == first
    assert len(loads) == 2


@pytest.mark.model
def test_a_changed_file_is_analysed_again(
    loads: list[str],
    capsysbinary: pytest.CaptureFixture[bytes],
    seed_path: Path,
    tmp_path: Path,
) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_bytes(seed_path.read_bytes())
    json_of(capsysbinary, str(doc))
    doc.write_bytes(seed_path.read_bytes() + b"\nAngela Merkel met Emmanuel Macron in Berlin.\n")
    changed = json.loads(json_of(capsysbinary, str(doc)))
    assert len(loads) == 2
    assert "Angela Merkel" in {a["name"] for a in changed["actors"]}


@pytest.mark.model
def test_new_rules_are_analysed_again_and_said(
    loads: list[str],
    capsysbinary: pytest.CaptureFixture[bytes],
    seed_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = json_of(capsysbinary, str(seed_path))
    monkeypatch.setattr(result_cache, "rules_version", lambda: "2+new-rules spacy 9")
    again = run_json([str(seed_path)], None, None)
    out, err = capsysbinary.readouterr()
    assert again == 0
    assert out == first
    assert len(loads) == 2
    assert b"analysed again: the analysis rules changed" in err
    json_of(capsysbinary, str(seed_path))
    assert len(loads) == 2  # the new result was saved under the new rules


@pytest.mark.model
def test_another_pipeline_is_analysed_again_and_said(
    tmp_path: Path, seed_path: Path, nlp: Any
) -> None:
    cache = ResultCache(tmp_path)
    article = load_article(seed_path)
    [result] = analyze_articles([article], nlp)  # type: ignore[arg-type]
    assert cache.put(result, "en_core_web_sm 3.7.1", inferred=False)
    assert cache.get(article, "en_core_web_sm 3.7.1", infer=False).analysis is not None
    lookup = cache.get(article, "en_core_web_lg 3.8.0", infer=False)
    assert lookup.analysis is None
    assert "another pipeline (en_core_web_sm 3.7.1)" in lookup.stale


@pytest.mark.model
def test_the_cache_holds_what_it_was_given(tmp_path: Path, seed_path: Path, nlp: Any) -> None:
    cache = ResultCache(tmp_path)
    article = load_article(seed_path)
    [result] = analyze_articles([article], nlp, infer=True)  # type: ignore[arg-type]
    cache.put(result, "p 1", inferred=True)
    found = cache.get(article, "p 1", infer=True).analysis
    assert found is not None
    assert found.cached
    assert (found.actors, found.mentions, found.pipeline) == (
        result.actors,
        result.mentions,
        result.pipeline,
    )


@pytest.mark.model
def test_without_links_is_the_linked_result_less_its_inferred_mentions(
    seed_path: Path, nlp: Any
) -> None:
    # The cache keeps one result per document and derives the other form from it.
    article = load_article(seed_path)
    [plain] = analyze_articles([article], nlp)  # type: ignore[arg-type]
    linked = build_analysis(article, plain.mentions, plain.pipeline, 0.0, infer=True)
    assert any(m.inferred for a in linked.actors for m in a.mentions)
    assert named_only(linked.actors) == plain.actors


def test_the_rules_version_covers_the_rule_modules() -> None:
    names = {path.name for path in rule_sources()}
    assert {"detection.py", "grouping.py", "spans.py", "coreference.py", "run.py"} <= names
    assert "result_cache.py" not in names
    assert "store.py" not in names
    assert rules_version().startswith("1+")


def test_pipeline_identity_without_loading_spacy(tmp_path: Path) -> None:
    folder = tmp_path / "pipe"
    folder.mkdir()
    (folder / "meta.json").write_text('{"lang": "en", "name": "custom", "version": "0.1"}')
    identity = pipeline_identity(str(folder))
    assert identity is not None
    assert identity.startswith("en_custom 0.1 @ ")
    assert pipeline_identity(str(tmp_path / "missing")) is None
    assert pipeline_identity("no_such_pipeline_package") is None


def test_an_unreadable_cache_is_a_miss(tmp_path: Path, seed_path: Path) -> None:
    (tmp_path / "library.sqlite3").write_bytes(b"not a database at all" * 100)
    article = load_article(seed_path)
    assert ResultCache(tmp_path).get(article, "p 1", infer=False).analysis is None


def test_a_book_s_saved_result_is_read_back_in_short_pieces() -> None:
    # Read in the window's collector thread: one json.loads of a whole book's result
    # held the interpreter lock, and so the window, for 150 ms.
    words = [f"Name{n % 700}" for n in range(6000)]
    text = " ".join(words)
    spans, start = {}, 0
    for word in words:
        spans.setdefault(word, []).append(Mention(start, start + len(word), word, "PERSON"))
        start += len(word) + 1
    actors = tuple(
        Actor(f"a{i}", f"PERSON:{name}", name, "PERSON", tuple(found))
        for i, (name, found) in enumerate(spans.items(), 1)
    )
    pronoun = Mention(0, 5, text[0:5], "PERSON", inferred=True)
    actors = (replace(actors[0], mentions=(pronoun, *actors[0].mentions)), *actors[1:])
    mentions = tuple(sorted(m for a in actors for m in a.named_mentions))
    article = article_from_text(text, "book.txt")
    result = ArticleAnalysis(article, mentions, actors, "pipeline 1", 2.5)

    payload = result_cache.encode(result)

    lines = zlib.decompress(payload).decode("utf-8").split("\n")
    assert max(len(line) for line in lines) < 60_000  # 6,000 mentions: several lines
    back = result_cache.decode(article, payload, 2.5)
    assert back.mentions == result.mentions
    assert back.actors == result.actors
    assert back.actors[0].mentions[0].inferred
    assert (back.pipeline, back.cached) == ("pipeline 1", True)
