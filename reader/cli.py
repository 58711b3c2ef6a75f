"""``reader --json``: print or write the analysis without opening a window (no Qt import)."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.core.documents.article import Article, LoadError
from reader.core.documents.opening import open_document
from reader.core.edits.corrections import Correction
from reader.core.edits.store import DB_NAME, Store, default_data_dir
from reader.core.export.json_form import json_bytes
from reader.core.export.outputs import (
    OutputError,
    check_outputs,
    plan_outputs,
    write_new_file,
)
from reader.core.language.pipeline import (
    PipelineUnavailable,
    load_pipeline,
    resolve_pipeline,
)
from reader.core.library.identity import pipeline_identity
from reader.core.library.result_cache import ResultCache
from reader.core.result import ArticleAnalysis
from reader.core.run import analyze_articles, shown


def saved_corrections(articles: Sequence[Article]) -> list[tuple[Correction, ...]]:
    """The active corrections the reader saved for each document (found by its hash).

    The output is never refused for the store's sake: a store that cannot be read is
    reported on stderr and no correction is applied.
    """
    none: list[tuple[Correction, ...]] = [() for _ in articles]
    if not (default_data_dir() / DB_NAME).exists():
        return none  # nothing was ever corrected; do not create a store for a CLI run
    try:
        with Store() as store:
            histories = [store.history(store.key_for(article)) for article in articles]
            problems = store.messages()
    except (OSError, sqlite3.Error) as exc:
        print(f"reader: saved corrections not applied: {exc}", file=sys.stderr)
        return none
    for problem in problems:
        print(f"reader: {problem}", file=sys.stderr)
    return [history.active for history in histories]


def run_json(
    files: list[str],
    out_dir: str | None,
    model: str | None,
    corrections: bool = True,
    pronouns: bool = False,
    cache: bool = True,
) -> int:
    """Analyse ``files`` and print one JSON object, or write ``out_dir/<name>.json`` each.

    Every FILE is read as the window reads it (:func:`reader.core.documents.opening.open_document`):
    a web address is downloaded, and formats other than plain text are parsed in a child
    process under the window's time limit. With ``corrections`` (the default) the reader's
    saved corrections of each document are applied, as the window shows them; without,
    the raw analysis is written. With ``pronouns``, pronoun and description links are
    added as mentions marked ``"inferred": true``, as the window shows them when
    "Pronouns and descriptions" is on. With ``cache`` (the default) a document analysed
    before by the same pipeline under the same rules is not analysed again
    (:mod:`reader.core.library.result_cache`); without, it is, and the fresh result is saved. The
    ``--out`` folder and every output name are checked
    before any analysis (:mod:`reader.core.export.outputs`).

    Returns:
        0 on success, 2 when any file could not be read or written, no pipeline is
        available or an output would replace a file (the others are still written in
        batch mode when only a read failed).
    """
    if not files:
        print("reader: --json needs at least one FILE", file=sys.stderr)
        return 2
    if len(files) > 1 and not out_dir:
        print("reader: several files need --out DIR", file=sys.stderr)
        return 2
    targets: list[Path | None] = [None]
    if out_dir is not None:
        folder = Path(out_dir)
        targets = list(plan_outputs(files, folder))
        try:
            check_outputs(folder, [t for t in targets if t is not None])
        except OutputError as exc:
            print(f"reader: {exc}", file=sys.stderr)
            return 2
    articles: list[Article] = []
    kept: list[Path | None] = []
    status = 0
    for name, target in zip(files, targets, strict=True):
        try:
            articles.append(open_document(name))
            kept.append(target)
        except LoadError as exc:
            print(f"reader: {exc}", file=sys.stderr)
            status = 2
    if not articles:
        return status
    edits = saved_corrections(articles) if corrections else [() for _ in articles]
    try:
        results = analyze_with_cache(
            articles, model, pronouns=pronouns, cache=cache, corrections=edits
        )
    except PipelineUnavailable as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return 2
    for result, target in zip(results, kept, strict=True):
        if result.orphaned:
            print(
                f"reader: {result.article.source}: {len(result.orphaned)} saved "
                "correction(s) no longer match the text and were not applied",
                file=sys.stderr,
            )
        try:
            if target is None:
                _print_json(json_bytes(result))
            else:
                write_new_file(target, json_bytes(result))
        except OutputError as exc:
            print(f"reader: {exc}", file=sys.stderr)
            return 2  # a full disk or a vanished folder will fail the next file too
    return status


def analyze_with_cache(
    articles: list[Article],
    model: str | None,
    *,
    pronouns: bool,
    cache: bool,
    corrections: Sequence[tuple[Correction, ...]] | None = None,
) -> list[ArticleAnalysis]:
    """Each article's result: saved analyses where they fit, one ``nlp.pipe`` for the rest.

    Both go through :mod:`reader.core.run` with ``corrections[i]`` for ``articles[i]``
    (none when ``None``); the uncorrected analysis is what is saved. The pipeline is
    loaded only when some article needs analysing. Why a saved result was not used
    (another pipeline, new rules) is said on stderr.

    Raises:
        PipelineUnavailable: an article needs analysing and no pipeline can be loaded.
    """
    name = resolve_pipeline(model)
    identity = pipeline_identity(name)
    store = ResultCache()
    edits = list(corrections) if corrections is not None else [() for _ in articles]
    found: list[ArticleAnalysis | None] = []
    for article, active in zip(articles, edits, strict=True):
        lookup = store.get(article, identity, infer=pronouns) if cache else None
        if lookup is not None and lookup.stale:
            print(f"reader: {article.source}: analysed again: {lookup.stale}", file=sys.stderr)
        saved = lookup.analysis if lookup is not None else None
        found.append(shown(saved, active) if saved is not None else None)
    missing = [index for index, result in enumerate(found) if result is None]
    if missing:
        fresh = analyze_articles(
            [articles[index] for index in missing],
            load_pipeline(name),
            infer=pronouns,
            corrections=[edits[index] for index in missing],
        )
        for index, result in zip(missing, fresh, strict=True):
            found[index] = result
            store.put(result.raw, identity, inferred=pronouns)
    return [result for result in found if result is not None]


def _print_json(data: bytes) -> None:
    """Write ``data`` to standard output as bytes: JSON is UTF-8 whatever the locale.

    Raises:
        OutputError: the output could not be written (a full disk, a closed pipe).
    """
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except OSError as exc:
        # Nothing more may reach the broken output, not even Python's flush at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        raise OutputError(
            f"could not write the JSON to standard output: {exc.strerror or exc}."
        ) from None
