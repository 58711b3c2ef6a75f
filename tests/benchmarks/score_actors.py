"""Score the actor rules on the dev sets in ../shared/eval, as the issue's goals are stated.

    python -m tests.benchmarks.score_actors [--out DIR] [--per-doc] [--only SET]

Runs the same analysis as ``reader --json`` (no saved corrections) on news-dev and
fiction-dev with one pipeline load, and prints per set: the scorer's SUMMARY line
(``--drop-labels NORP``; fiction also ``--strip-titles``) and how many inferred links
("he", "the ministry") point to the right gold actor. ``--out`` keeps the JSON files so
``score.py`` can be run on them by hand.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from reader.core.documents.loading import article_from_text
from reader.core.export.json_form import analysis_to_dict
from reader.core.language.pipeline import load_pipeline, resolve_pipeline
from reader.core.run import analyze_articles
from tests.core.test_eval_scores import _links as inferred_links

EVAL = Path(__file__).resolve().parents[2].parent / "shared/eval"
SETS = {"news-dev": False, "fiction-dev": True}  # name -> strip titles


def _scorer(strip_titles: bool) -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_score", EVAL / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.STRIP_TITLES = strip_titles  # what --strip-titles sets
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="keep the system JSON files here")
    parser.add_argument("--per-doc", action="store_true")
    parser.add_argument("--only", choices=sorted(SETS))
    args = parser.parse_args()
    nlp = load_pipeline(resolve_pipeline(None))
    out = args.out or Path(tempfile.mkdtemp(prefix="score-actors-"))
    for name, strip in SETS.items():
        if args.only and name != args.only:
            continue
        score = _scorer(strip)
        paths = sorted((EVAL / name).glob("*.json"))
        golds = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
        articles = [
            article_from_text(g["text"], source=p.name) for g, p in zip(golds, paths, strict=True)
        ]
        target = out / name
        target.mkdir(parents=True, exist_ok=True)
        links = right = 0
        for infer in (False, True):
            results = analyze_articles(articles, nlp, infer=infer)
            for path, gold, result in zip(paths, golds, results, strict=True):
                data = analysis_to_dict(result)
                if infer:
                    got = inferred_links(score, gold, data)
                    links, right = links + got[0], right + got[1]
                else:
                    (target / path.name).write_text(json.dumps(data), encoding="utf-8")
        argv = [str(EVAL / name), str(target), "--drop-labels", "NORP"]
        argv += ["--strip-titles"] if strip else []
        argv += ["--per-doc"] if args.per_doc else []
        print(f"== {name}", flush=True)
        sys.argv = ["score.py", *argv]
        score.main()
        print(
            f"INFERRED {name}: {right} of {links} links right ({100 * right / max(links, 1):.1f} %)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
