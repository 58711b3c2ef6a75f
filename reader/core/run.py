"""Run documents through the analysis: text -> mentions -> actors, without a window."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.core.actors.coreference import infer_mentions
from reader.core.actors.grouping import group_mentions
from reader.core.documents.article import Article
from reader.core.language.detection import (
    RawSpan,
    finalize_mentions,
    find_block_spans,
    text_blocks,
)
from reader.core.language.pipeline import pipeline_label
from reader.core.result import ArticleAnalysis
from reader.core.text.mentions import Mention

if TYPE_CHECKING:
    from spacy.language import Language


def build_analysis(
    article: Article,
    mentions: tuple[Mention, ...],
    pipeline: str,
    seconds: float,
    *,
    infer: bool = False,
) -> ArticleAnalysis:
    """Group the mentions into actors: the one step the window and the CLI share.

    Args:
        article: The article the mentions were found in.
        mentions: Its cleaned named mentions
            (:func:`reader.core.language.detection.finalize_mentions`).
        pipeline: The pipeline label for the status bar and the JSON.
        seconds: Model time per article.
        infer: Also link pronouns and descriptions ("he", "the ministry") to actors, as
            mentions with ``inferred=True`` (:mod:`reader.core.actors.coreference`). Off by
            default: inferred links are guesses a reader opts into.
    """
    actors = group_mentions(article.text, mentions)
    if infer:
        actors = infer_mentions(article.text, actors)
    return ArticleAnalysis(article, mentions, actors, pipeline, seconds)


def analyze_articles(
    articles: Sequence[Article], nlp: Language, *, infer: bool = False
) -> list[ArticleAnalysis]:
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
