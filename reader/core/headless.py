"""The analysis a window would show, without a window: used by ``reader --json``."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from reader.core.actors import group_mentions, number_actors
from reader.core.analysis import (
    RawSpan,
    finalize_mentions,
    find_block_spans,
    text_blocks,
)
from reader.core.coreference import infer_mentions
from reader.core.document import Article
from reader.core.export import analysis_to_dict as export_dict
from reader.core.mentions import Actor, Mention
from reader.core.pipeline import pipeline_label

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """An article with everything found in it.

    ``cached`` is True when it was reopened from the saved results
    (:mod:`reader.core.result_cache`); ``note`` says why a saved result was not used
    ("the analysis rules changed"), else ``""``.
    """

    article: Article
    mentions: tuple[Mention, ...]
    actors: tuple[Actor, ...]
    pipeline: str
    seconds: float
    cached: bool = False
    note: str = ""


def build_analysis(
    article: Article, mentions: tuple[Mention, ...], pipeline: str, seconds: float, *, infer: bool = False
) -> ArticleAnalysis:
    """Group the mentions into actors: the one step the window and the CLI share.

    Args:
        article: The article the mentions were found in.
        mentions: Its cleaned named mentions (:func:`reader.core.analysis.finalize_mentions`).
        pipeline: The pipeline label for the status bar and the JSON.
        seconds: Model time per article.
        infer: Also link pronouns and descriptions ("he", "the ministry") to actors, as
            mentions with ``inferred=True`` (:mod:`reader.core.coreference`). Off by
            default: inferred links are guesses a reader opts into.
    """
    actors = group_mentions(article.text, mentions)
    if infer:
        actors = infer_mentions(article.text, actors)
    return ArticleAnalysis(article, mentions, actors, pipeline, seconds)


def analyze_articles(articles: Sequence[Article], nlp: Language, *, infer: bool = False) -> list[ArticleAnalysis]:
    """Analyse several articles with one pipeline, every paragraph through one ``nlp.pipe``.

    ``infer`` is passed to :func:`build_analysis`.
    """
    blocks: list[tuple[int, str]] = []
    owners: list[int] = []
    for index, article in enumerate(articles):
        article_blocks = text_blocks(article.text)
        blocks.extend(article_blocks)
        owners.extend([index] * len(article_blocks))
    started = time.perf_counter()
    raw: list[list[RawSpan]] = [[] for _ in articles]
    for owner, spans in zip(owners, find_block_spans(blocks, nlp), strict=True):
        raw[owner].extend(spans)
    label = pipeline_label(nlp)
    seconds = (time.perf_counter() - started) / max(len(articles), 1)
    return [
        build_analysis(article, finalize_mentions(article.text, spans), label, seconds, infer=infer)
        for article, spans in zip(articles, raw, strict=True)
    ]


def named_only(result: ArticleAnalysis) -> ArticleAnalysis:
    """``result`` without inferred mentions, as the window shows it with them switched off.

    Actors left with no mention go; the rest are numbered again.
    """
    named = (replace(a, mentions=a.named_mentions) for a in result.actors if a.named_mentions)
    return replace(result, actors=number_actors(named))


#: The ``reader --json`` keys, in the order the CLI has always printed them.
JSON_KEYS = ("source", "title", "format", "encoding", "pipeline", "text", "actors")


def analysis_to_dict(result: ArticleAnalysis) -> dict[str, Any]:
    """The ``reader --json`` form: offsets are Python string indices into ``text``.

    One form for the CLI and File ▸ Export: :func:`reader.core.export.analysis_to_dict`
    makes it; only the key order is the CLI's.
    """
    data = export_dict(result.article, result.actors, result.pipeline)
    data["source"] = readable_name(data["source"])
    return {key: data[key] for key in JSON_KEYS}


def readable_name(source: str) -> str:
    r"""``source`` as valid Unicode: bytes of a file name that are not UTF-8 become U+FFFD.

    Python keeps such bytes as lone surrogates (``caf\udce9.txt``), which no UTF-8
    JSON can hold; the name is shown as ``caf\ufffd.txt`` instead.
    """
    try:
        source.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(source).decode("utf-8", "replace")
    return source


def json_bytes(result: ArticleAnalysis) -> bytes:
    """The ``reader --json`` document of ``result``, as the UTF-8 bytes to write."""
    text = json.dumps(analysis_to_dict(result), ensure_ascii=False, indent=1) + "\n"
    # A lone surrogate elsewhere (none is expected) must not abort a finished analysis.
    return text.encode("utf-8", "replace")
