"""``reader library ...``: add a folder, list the documents, follow actors, search (no Qt)."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from reader.core.language.pipeline import PipelineUnavailable
from reader.core.library.adding import ANALYSED, UNCHANGED, LibraryError
from reader.core.library.catalog import library_actors, list_documents, search
from reader.core.library.database import connect, library_path
from reader.core.library.jobs import add_folder_jobs, default_jobs


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader library",
        description="Documents you have read, their actors across documents, and search.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add = commands.add_parser(
        "add",
        help="analyse every document in FOLDER (unchanged files are skipped)",
        description="Analyse every document in FOLDER and its sub-folders; progress on "
        "stderr. Exit status 2 when any file could not be added (the others are).",
    )
    add.add_argument("folder", metavar="FOLDER")
    add.add_argument("--model", metavar="NAME", help="spaCy pipeline package or folder to use")
    add.add_argument(
        "--jobs",
        type=int,
        default=default_jobs(),
        metavar="N",
        help="analysis processes, one pipeline each (default: %(default)s, one per core)",
    )
    listing = commands.add_parser("list", help="every document: title, format, counts, source")
    listing.add_argument("--json", action="store_true", help="as JSON")
    actors = commands.add_parser("actors", help="actors across documents, with their documents")
    actors.add_argument("--json", action="store_true", help="as JSON (every actor)")
    actors.add_argument(
        "--min-documents",
        type=int,
        default=1,
        metavar="N",
        help="only actors in N documents or more",
    )
    actors.add_argument(
        "--limit",
        type=int,
        default=50,
        metavar="N",
        help="at most N actors without --json (0: all)",
    )
    find = commands.add_parser("search", help="documents whose title or text has every word")
    find.add_argument("query", nargs="+", metavar="WORD")
    find.add_argument("--json", action="store_true", help="as JSON")
    return parser


def main(argv: list[str]) -> int:
    """``reader library COMMAND ...``; returns the exit status."""
    args = build_parser().parse_args(argv)
    if args.command == "add":
        return _add(args.folder, args.model, args.jobs)
    try:
        conn = connect(library_path(), create=False)
    except (OSError, sqlite3.Error) as exc:
        print(f"reader: the library cannot be opened: {exc}", file=sys.stderr)
        return 2
    if conn is None:
        print(
            "reader: the library is empty: add a folder with reader library add FOLDER",
            file=sys.stderr,
        )
        return 0
    with conn:
        if args.command == "list":
            _print(args.json, [asdict(d) for d in list_documents(conn)], _document_lines)
        elif args.command == "actors":
            found = library_actors(
                conn,
                min_documents=args.min_documents,
                limit=0 if args.json else args.limit,
            )
            data = [
                {
                    "key": a.key,
                    "name": a.name,
                    "label": a.label,
                    "mentions": a.mentions,
                    "documents": [asdict(d) for d in a.documents],
                }
                for a in found
            ]
            _print(args.json, data, _actor_lines)
        else:
            hits = search(conn, " ".join(args.query))
            _print(args.json, [asdict(h) for h in hits], _hit_lines)
    conn.close()
    return 0


def _add(folder: str, model: str | None, jobs: int) -> int:
    def progress(done: int, total: int, source: str, status: str) -> None:
        if status in (ANALYSED, UNCHANGED):
            print(f"[{done}/{total}] {status}: {source}", file=sys.stderr)
        else:
            print(f"[{done}/{total}] failed: {status}", file=sys.stderr)

    try:
        report = add_folder_jobs(folder, jobs=jobs, model=model, progress=progress)
    except (LibraryError, PipelineUnavailable) as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("reader: stopped; every finished batch is kept", file=sys.stderr)
        return 130
    print(
        f"reader: {report.analysed} analysed, {report.unchanged} unchanged, "
        f"{len(report.failed)} failed",
        file=sys.stderr,
    )
    return 2 if report.failed else 0


def _print(
    as_json: bool,
    data: list[dict[str, Any]],
    lines: Callable[[dict[str, Any]], list[str]],
) -> None:
    if as_json:
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    else:
        text = "".join(line + "\n" for entry in data for line in lines(entry))
    sys.stdout.buffer.write(text.encode("utf-8", "replace"))
    sys.stdout.buffer.flush()


def _document_lines(doc: dict[str, Any]) -> list[str]:
    if doc["error"]:
        return [f"failed  {doc['source']}\n        {doc['error']}"]
    return [
        f"{doc['format'] or '?':<8}{doc['actors']:>5} actors{doc['mentions']:>7} mentions  "
        f"{doc['title']}\n        {doc['source']}"
    ]


def _actor_lines(actor: dict[str, Any]) -> list[str]:
    docs = actor["documents"]
    head = (
        f"{actor['name']} ({actor['label']}): {len(docs)} document(s), "
        f"{actor['mentions']} mention(s)"
    )
    return [
        head,
        *(f"  {d['mentions']:>5}  {d['title']}  ({d['source']})" for d in docs),
    ]


def _hit_lines(hit: dict[str, Any]) -> list[str]:
    return [f"{hit['title']}\n  {hit['source']}\n  {hit['snippet']}"]
