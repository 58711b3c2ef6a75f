"""reader --json applies the corrections saved for the document; --no-corrections does not."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.documents.article import Article
from reader.core.documents.loading import load_article
from reader.core.edits.corrections import ActorRef, Anchor, RemoveText, RenameActor
from reader.core.edits.store import Store
from reader.core.export.json_form import analysis_to_dict, document_dict
from reader.core.result import ArticleAnalysis
from reader.core.text.mentions import Actor, Mention


def run_reader(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ENTITY_READER_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def save_edits(data_dir: Path, path: Path) -> None:
    article = load_article(str(path))
    start = article.text.index("Jon Huntsman")
    anchor = Anchor.at(article.text, start, start + len("Jon Huntsman"))
    russia = article.text.index("Russia,")
    with Store(data_dir) as store:
        store.add_edit(
            article.sha256,
            RenameActor(ActorRef(anchor, "PERSON:jon huntsman"), "Ambassador Huntsman"),
        )
        store.add_edit(article.sha256, RemoveText(Anchor.at(article.text, russia, russia + 6)))


@pytest.mark.model
def test_json_applies_saved_corrections_and_no_corrections_does_not(
    tmp_path: Path, seed_path: Path
) -> None:
    data_dir = tmp_path / "data"
    copy = tmp_path / "other name.txt"  # corrections follow the bytes, not the name
    shutil.copyfile(seed_path, copy)
    save_edits(data_dir, seed_path)

    edited = run_reader(data_dir, "--json", str(copy))
    assert edited.returncode == 0, edited.stderr
    actors = {a["name"]: a for a in json.loads(edited.stdout)["actors"]}
    assert actors["Ambassador Huntsman"]["edited"] is True
    assert "Jon Huntsman" not in actors
    assert all(m["text"] != "Russia" for a in actors.values() for m in a["mentions"])

    raw = run_reader(data_dir, "--json", "--no-corrections", str(copy))
    assert raw.returncode == 0, raw.stderr
    actors = {a["name"]: a for a in json.loads(raw.stdout)["actors"]}
    assert "Jon Huntsman" in actors
    assert "edited" not in actors["Jon Huntsman"]
    assert any(m["text"] == "Russia" for m in actors["Russia"]["mentions"])


@pytest.mark.model
def test_a_store_that_cannot_be_opened_is_reported_and_the_json_still_printed(
    tmp_path: Path, seed_path: Path
) -> None:
    data_dir = tmp_path / "data"
    (data_dir / "corrections.sqlite3").mkdir(parents=True)  # a folder where the file should be
    result = run_reader(data_dir, "--json", str(seed_path))
    assert result.returncode == 0
    assert json.loads(result.stdout)["actors"]
    assert result.stderr.startswith("reader: ")


@pytest.mark.model
def test_no_store_is_created_by_a_json_run(tmp_path: Path, seed_path: Path) -> None:
    # Only the library is written, so that the next run reads the analysis from it.
    data_dir = tmp_path / "data"
    result = run_reader(data_dir, "--json", str(seed_path))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert not (data_dir / "corrections.sqlite3").exists()
    assert [p.name for p in data_dir.iterdir()] == ["library.sqlite3"]


def test_cli_and_export_make_the_same_dict() -> None:
    doc = Article("a.txt", "Title", "Jon met Ann.", sha256="x")
    jon = Actor("a1", "PERSON:jon", "Jon", "PERSON", (Mention(0, 3, "Jon", "PERSON"),), edited=True)
    result = ArticleAnalysis(doc, jon.mentions, (jon,), "pipe 1.0", 0.1)
    cli = analysis_to_dict(result)
    assert list(cli) == ["source", "title", "format", "encoding", "pipeline", "text", "actors"]
    assert cli == document_dict(doc, (jon,), "pipe 1.0")
    assert json.dumps(cli["actors"]) == json.dumps(document_dict(doc, (jon,), "")["actors"])
