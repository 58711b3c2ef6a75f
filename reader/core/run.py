"""The one path of the analysis: text -> mentions -> actors -> corrections -> highlight plan.

:func:`run_document` takes a document and the spans the model found in it (found here by
:func:`analyze_articles`, or in the window's analysis processes) to the result the
reader sees; :func:`shown` does the last two steps for a saved or edited result.
``reader --json``, the library's batch and the window's collector all go through them.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core.actors.coreference import infer_mentions
from reader.core.actors.grouping import group_mentions
from reader.core.documents.article import Article
from reader.core.edits.corrections import Correction, apply_corrections
from reader.core.language.detection import (
    RawSpan,
    finalize_mentions,
    find_block_spans,
    text_blocks,
)
from reader.core.language.pipeline import pipeline_label
from reader.core.result import (
    ArticleAnalysis,
    corrected_analysis,
    place_mentions,
    with_plan,
    without_plan,
)
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
    """Group the mentions into actors (and link pronouns): the step of :func:`run_document`.

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


def linked(raw: ArticleAnalysis) -> ArticleAnalysis:
    """``raw``, analysed without pronoun and description links, with them added."""
    return replace(raw, actors=infer_mentions(raw.article.text, raw.actors))


def run_document(
    article: Article,
    spans: Iterable[RawSpan],
    pipeline: str,
    seconds: float,
    *,
    infer: bool = False,
    corrections: Sequence[Correction] = (),
    note: str = "",
) -> ArticleAnalysis:
    """A document's result from the model's raw spans: the whole analysis after the model.

    Args:
        article: The document.
        spans: The raw model spans of its blocks, in document offsets.
        pipeline: The pipeline label.
        seconds: Model time for the document.
        infer: Link pronouns and descriptions too (:func:`build_analysis`).
        corrections: The reader's active corrections for this document, oldest first.
        note: Why a saved result was not used, for the status bar (``""``: none).
    """
    mentions = finalize_mentions(article.text, spans)
    raw = build_analysis(article, mentions, pipeline, seconds, infer=infer)
    return shown(replace(raw, note=note) if note else raw, corrections)


def shown(raw: ArticleAnalysis, corrections: Sequence[Correction] = ()) -> ArticleAnalysis:
    """``raw`` as the reader sees it: ``corrections`` replayed on it, its highlights planned.

    ``raw`` is an uncorrected analysis (fresh, or reopened from the saved results);
    an edited document's result comes from its :attr:`ArticleAnalysis.raw` and all its
    active corrections again, never from the previous corrected result. Without
    corrections the actors are ``raw``'s own; with some, even if all are orphaned, they
    are numbered again.
    """
    raw = raw.raw
    if not corrections:
        return with_plan(raw, place_mentions(raw.mentions, raw.actors))
    applied = apply_corrections(raw.article.text, raw.actors, corrections)
    result = corrected_analysis(raw, applied.actors)
    return with_plan(
        replace(
            result,
            orphaned=applied.orphaned,
            uncorrected=without_plan(raw),
        ),
        place_mentions(result.mentions, result.actors),
    )


def analyze_articles(
    articles: Sequence[Article],
    nlp: Language,
    *,
    infer: bool = False,
    corrections: Sequence[Sequence[Correction]] | None = None,
) -> list[ArticleAnalysis]:
    """Analyse several articles with one pipeline, every paragraph through one ``nlp.pipe``.

    Each article then goes through :func:`run_document` with ``infer`` and its own
    active corrections (``corrections[i]`` for ``articles[i]``; none when ``None``).
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
    edits = corrections if corrections is not None else [()] * len(articles)
    return [
        run_document(article, spans, label, seconds, infer=infer, corrections=active)
        for article, spans, active in zip(articles, raw, edits, strict=True)
    ]
