"""Measure the library at scale; prints figures (no assertions).

    .venv/bin/python tests/benchmarks/library_scale.py [--articles 1000] [--rows 100000]

1. ``--articles`` news articles are written to a folder: the news-dev texts and the seed,
   each copy opened by a dateline naming a distinct invented correspondent and city, so
   every file has its own bytes and actors. ``reader library add --jobs N`` runs on them
   as a subprocess (wall time, peak memory of its largest process); beside it, raw
   ``nlp.pipe`` over the same texts with the same pipeline in one process, for the
   throughput ratio. Then a re-add (all unchanged) and search times on that library.
2. A synthetic library of ``--rows`` documents (rows, not analyses: ~2 KB of text and 25
   actors each, drawn from the same texts) is written straight into a library file, and
   the time to list the documents, list the top actors across documents and search is
   measured, with the file's size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NEWS = ROOT.parent / "shared" / "eval" / "news-dev"
SEED = ROOT / "seeds" / "000_d86ce49f0eb981eb.txt"
FIRST = [
    "Anna",
    "Boris",
    "Chloe",
    "Dmitri",
    "Elena",
    "Farid",
    "Greta",
    "Hiro",
    "Ines",
    "Jonas",
]
LAST = [
    "Abbott",
    "Brennan",
    "Castillo",
    "Dorsey",
    "Eklund",
    "Fontaine",
    "Grieve",
    "Halloran",
]
CITIES = [
    "Lisbon",
    "Oslo",
    "Nairobi",
    "Lima",
    "Hanoi",
    "Perth",
    "Quito",
    "Riga",
    "Accra",
]
QUERIES = ["minister", "afghan*", "United States", "election campaign", "zzznotfound"]


def base_texts() -> list[str]:
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(NEWS.glob("*.json"))]
    return [*texts, SEED.read_text(encoding="utf-8")]


def write_articles(folder: Path, count: int) -> list[str]:
    texts = base_texts()
    written = []
    for index in range(count):
        name = f"{FIRST[index % 10]} {LAST[index // 10 % 8]}-{index // 80}"
        city = CITIES[index % len(CITIES)]
        text = f"{city}, report {index}. Filed by {name}.\n\n{texts[index % len(texts)]}"
        (folder / f"article-{index:05d}.txt").write_text(text, encoding="utf-8")
        written.append(text)
    return written


def raw_pipe(texts: list[str]) -> float:
    from reader.core.language.pipeline import load_pipeline, resolve_pipeline

    nlp = load_pipeline(resolve_pipeline())
    started = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    return time.perf_counter() - started


def timed(fn: object, *args: object, runs: int = 5) -> float:
    """Median milliseconds of ``fn(*args)``."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn(*args)  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def query_figures(data_dir: Path) -> dict[str, float]:
    from reader.core.library.catalog import library_actors, list_documents, search
    from reader.core.library.database import connect, library_path

    conn = connect(library_path(data_dir))
    assert conn is not None
    figures = {
        "list_ms": timed(list_documents, conn, runs=3),
        "actors_top50_ms": timed(lambda: library_actors(conn, limit=50), runs=3),
        "search_ms_max": max(timed(search, conn, q) for q in QUERIES),
    }
    conn.close()
    figures["file_mb"] = (data_dir / "library.sqlite3").stat().st_size / 1e6
    return figures


def add_articles(count: int, jobs: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="library-articles-"))
    data = Path(tempfile.mkdtemp(prefix="library-data-"))
    texts = write_articles(folder, count)
    env = dict(os.environ, ENTITY_READER_DATA_DIR=str(data))
    command = [sys.executable, "-m", "reader", "library", "add", str(folder), f"--jobs={jobs}"]
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stderr=subprocess.DEVNULL)
    add_seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stderr=subprocess.DEVNULL)
    readd = time.perf_counter() - started
    pipe = raw_pipe(texts)
    chars = sum(len(t) for t in texts)
    print(f"{count} articles, {chars / 1e6:.2f} M characters, {jobs} analysis process(es)")
    print(
        f"  library add: {add_seconds:.1f} s ({count / add_seconds:.1f} docs/s), peak {peak:.0f} MB"
    )
    print(f"  raw nlp.pipe: {pipe:.1f} s ({count / pipe:.1f} docs/s, pipeline already loaded)")
    print(f"  add throughput / raw: {pipe / add_seconds:.0%}")
    print(f"  re-add (all unchanged): {readd:.1f} s")
    print(f"  queries: {query_figures(data)}")


def synthetic(rows: int) -> None:
    from reader.core.library.database import connect, library_path

    data = Path(tempfile.mkdtemp(prefix="library-synthetic-"))
    conn = connect(library_path(data))
    assert conn is not None
    words = " ".join(base_texts()).split()
    names = [f"{first} {last}" for first in FIRST for last in LAST] + CITIES
    rng = random.Random(7)
    payload = zlib.compress(b'{"version":1,"pipeline":"p","mentions":[],"actors":[]}')
    started = time.perf_counter()
    with conn:
        for doc in range(rows):
            start = rng.randrange(len(words) - 400)
            body = " ".join(words[start : start + 330])
            key = f"{doc:064x}"
            cur = conn.execute(
                "INSERT INTO results (bytes, text_sha, pipeline, rules, inferred, title, format, "
                "actors, mentions, seconds, created, payload) "
                "VALUES (?, ?, 'p', 'r', 0, ?, 'text', 25, 80, 0.1, 0, ?)",
                (key, key, f"Report {doc}: {body[:40]}", payload),
            )
            actors = rng.sample(range(len(names) * 50), 25)
            conn.executemany(
                "INSERT INTO result_actors VALUES (?, ?, ?, 'PERSON', ?)",
                [
                    (
                        cur.lastrowid,
                        f"PERSON:{a}",
                        f"{names[a % len(names)]} {a // len(names)}",
                        rng.randint(1, 9),
                    )
                    for a in actors
                ],
            )
            conn.execute(
                "INSERT INTO result_text (rowid, title, body) VALUES (?, ?, ?)",
                (cur.lastrowid, f"Report {doc}", body),
            )
            conn.execute(
                "INSERT INTO documents (source, bytes, added, updated) VALUES (?, ?, ?, ?)",
                (f"/library/report-{doc}.txt", key, doc, doc),
            )
        conn.execute(
            "INSERT INTO actor_totals SELECT key, COUNT(*), SUM(count) FROM result_actors "
            "GROUP BY key"
        )
    conn.close()
    print(
        f"synthetic library of {rows} documents, written in {time.perf_counter() - started:.0f} s"
    )
    print(f"  queries: {query_figures(data)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=2, help="reader library add --jobs")
    args = parser.parse_args()
    if args.articles:
        add_articles(args.articles, args.jobs)
    if args.rows:
        synthetic(args.rows)


if __name__ == "__main__":
    main()
