"""The library: add a folder, actors across documents, search, cancel (no window)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reader.core.actors.grouping import group_mentions
from reader.core.documents.loading import article_from_text
from reader.core.library.adding import ANALYSED, UNCHANGED, add_folder
from reader.core.library.catalog import library_actors, list_documents, search
from reader.core.library.database import connect, library_path
from reader.core.library.result_cache import save_result
from reader.core.result import ArticleAnalysis
from reader.core.text.mentions import Mention

NEWS = {
    "a.txt": "Angela Merkel met Vladimir Putin in Moscow.\n\n"
    "Germany and Russia signed a gas deal.\n",
    "b.md": "# Talks in Paris\n\nEmmanuel Macron welcomed Angela Merkel to Paris on Monday.\n",
}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "news"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(NEWS["a.txt"], encoding="utf-8")
    (root / "sub" / "b.md").write_text(NEWS["b.md"], encoding="utf-8")
    (root / "broken.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    (root / ".hidden.txt").write_text("Not listed.", encoding="utf-8")
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    return root


def connection(data_dir: Path) -> Any:
    conn = connect(library_path(data_dir))
    assert conn is not None
    return conn


@pytest.mark.model
def test_a_broken_file_gets_its_message_and_the_rest_are_added(
    folder: Path, data_dir: Path, nlp: Any
) -> None:
    loads: list[str] = []
    told: list[tuple[int, int, str, str]] = []

    def load(name: str) -> Any:
        loads.append(name)
        return nlp

    report = add_folder(folder, data_dir=data_dir, load=load, progress=lambda *a: told.append(a))
    assert (report.analysed, report.unchanged, len(report.failed)) == (2, 0, 1)
    assert report.failed[0][0] == str(folder / "broken.pdf")
    assert sorted((t[2], t[3] == ANALYSED) for t in told) == [
        (str(folder / "a.txt"), True),
        (str(folder / "broken.pdf"), False),
        (str(folder / "sub" / "b.md"), True),
    ]
    assert [t[:2] for t in told] == [(1, 3), (2, 3), (3, 3)]
    docs = {Path(d.source).name: d for d in list_documents(connection(data_dir))}
    assert set(docs) == {"a.txt", "b.md", "broken.pdf"}
    assert docs["broken.pdf"].error
    assert not docs["a.txt"].error
    assert docs["b.md"].title == "Talks in Paris"
    assert docs["b.md"].actors >= 2

    again = add_folder(folder, data_dir=data_dir, load=load)
    assert (again.analysed, again.unchanged, len(again.failed)) == (0, 2, 1)
    assert len(loads) == 1  # nothing to analyse: the pipeline is not even loaded

    (folder / "a.txt").write_text(NEWS["a.txt"] + "Olaf Scholz agreed.\n", encoding="utf-8")
    third = add_folder(folder, data_dir=data_dir, load=load)
    assert (third.analysed, third.unchanged) == (1, 1)
    # The changed file's former version left the library: Merkel is in two documents.
    merkel = next(a for a in library_actors(connection(data_dir)) if a.name == "Angela Merkel")
    assert sorted(Path(d.source).name for d in merkel.documents) == ["a.txt", "b.md"]
    assert "Angela Merkel" not in {
        a.name for a in library_actors(connection(data_dir), min_documents=3)
    }
    assert len(search(connection(data_dir), "gas")) == 1


@pytest.mark.model
def test_cancel_stops_before_the_next_file(folder: Path, data_dir: Path) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1

    def load(name: str) -> Any:
        raise AssertionError("nothing is analysed after a cancel")

    report = add_folder(folder, data_dir=data_dir, load=load, cancelled=cancelled)
    assert report.cancelled
    assert report.analysed == 0
    assert len(asked) == 2


def saved(conn: Any, text: str, names: list[tuple[str, str]], source: str) -> None:
    """Save an analysis of ``text`` whose named mentions are ``names`` (text, label)."""
    article = article_from_text(text, source)
    mentions, start = [], 0
    for name, label in names:
        start = text.index(name, start)
        mentions.append(Mention(start, start + len(name), name, label))
        start += len(name)
    actors = group_mentions(text, mentions)
    with conn:
        save_result(
            conn,
            ArticleAnalysis(article, tuple(mentions), actors, "p 1", 0.1),
            "p 1",
            inferred=False,
        )
        conn.execute(
            "INSERT INTO documents (source, bytes, added, updated) VALUES (?, ?, 0, 0)",
            (source, article.sha256),
        )


def test_library_actors_across_three_documents(data_dir: Path) -> None:
    conn = connection(data_dir)
    saved(
        conn,
        "Jon Huntsman said the U.S. would act. Huntsman left.\n",
        [("Jon Huntsman", "PERSON"), ("U.S.", "GPE"), ("Huntsman", "PERSON")],
        "/news/one.txt",
    )
    saved(
        conn,
        "The United States and Jon Huntsman. The US again.\n",
        [("United States", "GPE"), ("Jon Huntsman", "PERSON"), ("US", "GPE")],
        "/news/two.txt",
    )
    saved(
        conn,
        "Huntsman spoke for the United States.\n",
        [("Huntsman", "PERSON"), ("United States", "GPE")],
        "/news/three.txt",
    )
    actors = {a.name: a for a in library_actors(conn)}
    usa = actors["United States"]
    assert usa.label == "GPE"
    assert sorted((Path(d.source).name, d.mentions) for d in usa.documents) == [
        ("one.txt", 1),
        ("three.txt", 1),
        ("two.txt", 2),
    ]
    # "Huntsman" joins "Jon Huntsman" inside a document that names him in full, never
    # across documents: the third document's Huntsman may be somebody else.
    jon = actors["Jon Huntsman"]
    assert sorted((Path(d.source).name, d.mentions) for d in jon.documents) == [
        ("one.txt", 2),
        ("two.txt", 1),
    ]
    assert [Path(d.source).name for d in actors["Huntsman"].documents] == ["three.txt"]
    assert [a.name for a in library_actors(conn, min_documents=3)] == ["United States"]
    assert len(library_actors(conn, limit=1)) == 1


def test_search_titles_and_text(data_dir: Path) -> None:
    conn = connection(data_dir)
    saved(
        conn,
        "Gas Deal Signed\n\nThe ministry of energy announced a pipeline.\n",
        [],
        "/news/gas.txt",
    )
    saved(
        conn,
        "Football Results\n\nThe ministers watched the final.\n",
        [],
        "/news/ball.txt",
    )
    assert [h.title for h in search(conn, "pipeline")] == ["Gas Deal Signed"]
    assert [h.title for h in search(conn, "gas deal")] == ["Gas Deal Signed"]
    assert {h.source for h in search(conn, "minist*")} == {
        "/news/gas.txt",
        "/news/ball.txt",
    }
    assert search(conn, "ministry football") == []  # every word must be there
    hit = search(conn, "announced")[0]
    assert "[announced]" in hit.snippet
    assert "\n" not in hit.snippet
    assert hit.source == "/news/gas.txt"
    for odd in ('"', "NEAR(", "a AND", "-x", "*", "title:gas"):
        search(conn, odd)  # operators in a query are words, never a syntax error
    assert search(conn, "   ") == []


@pytest.mark.model
def test_reader_library_commands(folder: Path, tmp_path: Path) -> None:
    env = {"ENTITY_READER_DATA_DIR": str(tmp_path / "cli-data")}

    def reader(*args: str) -> subprocess.CompletedProcess[str]:
        import os

        return subprocess.run(
            [sys.executable, "-m", "reader", "library", *args],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, **env},
        )

    added = reader("add", str(folder))
    assert added.returncode == 2  # one file failed; the others were added
    assert "[3/3]" in added.stderr
    assert "2 analysed, 0 unchanged, 1 failed" in added.stderr
    assert "broken.pdf" in added.stderr
    listed = json.loads(reader("list", "--json").stdout)
    assert len(listed) == 3
    actors = json.loads(reader("actors", "--json").stdout)
    merkel = next(a for a in actors if a["name"] == "Angela Merkel")
    assert len(merkel["documents"]) == 2
    found = reader("search", "Paris")
    assert found.returncode == 0
    assert "Talks in Paris" in found.stdout
    assert UNCHANGED in reader("add", str(folder)).stderr


def test_pasted_text_reopens_but_is_not_in_the_library(data_dir: Path) -> None:
    from reader.core.library.result_cache import ResultCache

    text = "Angela Merkel spoke in Berlin.\n"
    article = article_from_text(text)
    mentions = (Mention(0, 13, "Angela Merkel", "PERSON"),)
    result = ArticleAnalysis(article, mentions, group_mentions(text, mentions), "p 1", 0.1)
    cache = ResultCache(data_dir)
    assert cache.put(result, "p 1", inferred=False)
    assert cache.get(article_from_text(text), "p 1", infer=False).analysis is not None
    conn = connection(data_dir)
    assert library_actors(conn) == []
    assert search(conn, "Merkel") == []
    assert list_documents(conn) == []


@pytest.mark.model
def test_a_file_name_that_is_not_utf8_is_added_and_listed(tmp_path: Path, nlp: Any) -> None:
    import os
    import sys

    if sys.platform == "win32":
        pytest.skip("Windows file names are always Unicode")
    folder = tmp_path / "names"
    folder.mkdir()
    odd = folder / os.fsdecode(b"caf\xe9.txt")
    odd.write_text("Angela Merkel visited a caf\u00e9 in Paris.\n", encoding="utf-8")
    data_dir = tmp_path / "data"
    report = add_folder(folder, data_dir=data_dir, load=lambda _: nlp)
    assert (report.analysed, report.failed) == (1, [])
    [doc] = list_documents(connection(data_dir))
    assert doc.source == str(odd)  # the same path, openable again
    assert add_folder(folder, data_dir=data_dir, load=lambda _: nlp).unchanged == 1


@pytest.mark.model
def test_saved_corrections_carry_to_library_actors(
    tmp_path: Path, seed_path: Path, nlp: Any
) -> None:
    from reader.core.documents.loading import load_article
    from reader.core.edits.corrections import ActorRef, Anchor, RenameActor
    from reader.core.edits.store import Store

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "seed.txt").write_bytes(seed_path.read_bytes())
    data_dir = tmp_path / "data"
    article = load_article(seed_path)
    start = article.text.index("Jon Huntsman")
    anchor = Anchor.at(article.text, start, start + len("Jon Huntsman"))
    with Store(data_dir) as store:
        edit = RenameActor(ActorRef(anchor, "PERSON:jon huntsman"), "Ambassador Huntsman")
        store.add_edit(article.sha256, edit)
    add_folder(folder, data_dir=data_dir, load=lambda _: nlp)
    names = {a.name for a in library_actors(connection(data_dir))}
    assert "Ambassador Huntsman" in names
    assert "Jon Huntsman" not in names


@pytest.mark.model
def test_two_processes_add_a_folder_into_one_library(tmp_path: Path) -> None:
    from reader.core.library.jobs import add_folder_jobs

    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(70):
        text = f"Report {index}. Angela Merkel met Vladimir Putin in Moscow.\n"
        (folder / f"{index:03d}.txt").write_text(text, encoding="utf-8")
    (folder / "zz-broken.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    data_dir = tmp_path / "data"
    told: list[int] = []
    report = add_folder_jobs(
        folder, jobs=2, data_dir=data_dir, progress=lambda done, *_: told.append(done)
    )
    assert (report.analysed, report.unchanged, len(report.failed)) == (70, 0, 1)
    assert told == list(range(1, 72))
    conn = connection(data_dir)
    assert len(list_documents(conn)) == 71
    merkel = next(a for a in library_actors(conn) if a.name == "Angela Merkel")
    assert len(merkel.documents) == 70


def test_processes_opening_a_new_library_at_once_all_get_it(tmp_path: Path) -> None:
    # Two "Add Folder" processes start together on a library that does not exist yet: the
    # switch to write-ahead logging answers "database is locked" at once to all but one
    # (SQLite gives no busy wait there), and a whole process's share of files was lost.
    import threading

    failures: list[str] = []
    for round_number in range(100):
        path = tmp_path / f"round-{round_number}" / "library.sqlite3"
        start = threading.Barrier(4)

        def open_library(path: Path = path, start: threading.Barrier = start) -> None:
            start.wait()
            try:
                conn = connect(path)
            except Exception as exc:  # noqa: BLE001 - the failure is what is counted
                failures.append(repr(exc))
            else:
                assert conn is not None
                conn.close()

        openers = [threading.Thread(target=open_library) for _ in range(4)]
        for opener in openers:
            opener.start()
        for opener in openers:
            opener.join()
    assert failures == []
