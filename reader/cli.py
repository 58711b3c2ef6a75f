"""``reader --json``: print or write the analysis without opening a window (no Qt import)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reader.core.document import Article, LoadError, load_article
from reader.core.headless import analysis_to_dict, analyze_articles
from reader.core.pipeline import PipelineUnavailable, load_pipeline, resolve_pipeline


def run_json(files: list[str], out_dir: str | None, model: str | None) -> int:
    """Analyse ``files`` and print one JSON object, or write ``out_dir/<stem>.json`` each.

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
