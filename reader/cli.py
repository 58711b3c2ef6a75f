"""``reader --json``: print or write the analysis without opening a window (no Qt import)."""

from __future__ import annotations

import json
import sqlite3
import sys
from dataclasses import replace
from pathlib import Path

from reader.core.corrections import apply_corrections
from reader.core.document import Article, LoadError, load_article
from reader.core.headless import ArticleAnalysis, analysis_to_dict, analyze_articles
from reader.core.pipeline import PipelineUnavailable, load_pipeline, resolve_pipeline
from reader.core.store import DB_NAME, Store, default_data_dir


def with_corrections(results: list[ArticleAnalysis]) -> list[ArticleAnalysis]:
    """``results`` with the corrections the reader saved for each document (by its hash).

    The output is never refused for the store's sake: a store that cannot be read is
    reported on stderr and the raw analysis printed.
    """
    if not (default_data_dir() / DB_NAME).exists():
        return results  # nothing was ever corrected; do not create a store for a CLI run
    try:
        with Store() as store:
            histories = [store.history(store.key_for(r.article)) for r in results]
            problems = store.messages()
    except (OSError, sqlite3.Error) as exc:
        print(f"reader: saved corrections not applied: {exc}", file=sys.stderr)
        return results
    for problem in problems:
        print(f"reader: {problem}", file=sys.stderr)
    corrected: list[ArticleAnalysis] = []
    for result, history in zip(results, histories, strict=True):
        if not history.active:
            corrected.append(result)
            continue
        applied = apply_corrections(result.article.text, result.actors, history.active)
        if applied.orphaned:
            print(
                f"reader: {result.article.source}: {len(applied.orphaned)} saved "
                "correction(s) no longer match the text and were not applied",
                file=sys.stderr,
            )
        corrected.append(replace(result, actors=applied.actors))
    return corrected


def run_json(files: list[str], out_dir: str | None, model: str | None, corrections: bool = True) -> int:
    """Analyse ``files`` and print one JSON object, or write ``out_dir/<stem>.json`` each.

    With ``corrections`` (the default) the reader's saved corrections of each document
    are applied, as the window shows them; without, the raw analysis is written.

    Returns:
        0 on success, 2 when any file could not be read or no pipeline is available
        (the others are still written in batch mode).
    """
    if not files:
        print("reader: --json needs at least one FILE", file=sys.stderr)
        return 2
    if len(files) > 1 and not out_dir:
        print("reader: several files need --out DIR", file=sys.stderr)
        return 2
    articles: list[Article] = []
    status = 0
    for name in files:
        try:
            articles.append(load_article(name))
        except LoadError as exc:
            print(f"reader: {exc}", file=sys.stderr)
            status = 2
    if not articles:
        return status
    try:
        nlp = load_pipeline(resolve_pipeline(model))
    except PipelineUnavailable as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return 2
    results = analyze_articles(articles, nlp)
    if corrections:
        results = with_corrections(results)
    if out_dir is None:
        json.dump(analysis_to_dict(results[0]), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return status
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    for result in results:
        destination = target / f"{Path(result.article.source).stem}.json"
        if destination.resolve() == Path(result.article.source).resolve():
            print(f"reader: refusing to write over {destination}", file=sys.stderr)
            status = 2
            continue
        destination.write_text(
            json.dumps(analysis_to_dict(result), ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return status
