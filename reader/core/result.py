"""ArticleAnalysis: a document with everything found in it, and the highlights planned for it.

The values every view and export reads. They are immutable: an edit makes a new result.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from reader.core.actors.grouping import number_actors
from reader.core.documents.article import Article
from reader.core.edits.corrections import Correction
from reader.core.text.mentions import Actor, Mention


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """An article with everything found in it, as the reader sees it.

    Made by :func:`reader.core.run.run_document` (or :func:`reader.core.run.shown` for a
    saved or edited one) and never changed after: an edit makes a new result.

    Attributes:
        article: The document.
        mentions: Every highlighted span, actors' and values' (dates, numbers).
        actors: The actors, with the reader's corrections applied.
        pipeline: The pipeline label for the status bar and the JSON.
        seconds: Model time for this document.
        cached: True when it was reopened from the saved results
            (:mod:`reader.core.library.result_cache`).
        note: Why a saved result was not used ("the analysis rules changed"), or ``""``.
        orphaned: The corrections that no longer fit the text and were not applied.
        plan: The highlights in text order (:func:`place_mentions`); empty until planned.
        uncorrected: The same analysis before the corrections, which edits are replayed
            on; ``None`` when no correction was applied (the result is its own).
        kind_counts: How many highlights of each label the plan has, inferred links
            not counted (the legend's numbers); made with the plan.
        plan_starts: Where each of the plan's highlights starts, in plan order; made with
            the plan, off the UI thread (a book's 40,000 would take 5-10 ms there).
    """

    article: Article
    mentions: tuple[Mention, ...]
    actors: tuple[Actor, ...]
    pipeline: str
    seconds: float
    cached: bool = False
    note: str = ""
    orphaned: tuple[Correction, ...] = ()
    plan: tuple[PlacedMention, ...] = field(default=(), compare=False, repr=False)
    uncorrected: ArticleAnalysis | None = field(default=None, compare=False, repr=False)
    kind_counts: Mapping[str, int] = field(default_factory=dict, compare=False, repr=False)
    plan_starts: tuple[int, ...] = field(default=(), compare=False, repr=False)

    @property
    def raw(self) -> ArticleAnalysis:
        """The analysis before the reader's corrections (itself when none was applied)."""
        return self.uncorrected if self.uncorrected is not None else self


def named_only(result: ArticleAnalysis) -> ArticleAnalysis:
    """``result`` without inferred mentions, as the window shows it with them switched off.

    Actors left with no mention go; the rest are numbered again.
    Its highlight plan is left out: this form is for export, which draws its own.
    """
    named = (replace(a, mentions=a.named_mentions) for a in result.actors if a.named_mentions)
    return without_plan(replace(result, actors=number_actors(named)))


def without_plan(result: ArticleAnalysis) -> ArticleAnalysis:
    """``result`` with no highlight plan, nor what is made from it."""
    return replace(result, plan=(), kind_counts={}, plan_starts=())


def with_plan(result: ArticleAnalysis, plan: tuple[PlacedMention, ...]) -> ArticleAnalysis:
    """``result`` with its highlight ``plan`` and what is made from it (counts, starts)."""
    return replace(
        result,
        plan=plan,
        kind_counts=kind_counts(plan),
        plan_starts=tuple(p.mention.start for p in plan),
    )


def corrected_analysis(raw: ArticleAnalysis, actors: tuple[Actor, ...]) -> ArticleAnalysis:
    """``raw`` with ``actors``; its mentions follow them.

    The value mentions (dates, numbers) no actor owned stay; a removed name must not
    come back as an actor-less highlight, and an added one must be drawn.
    """
    owned = {(m.start, m.end) for a in raw.actors for m in a.mentions}
    values = [m for m in raw.mentions if (m.start, m.end) not in owned]
    named = [m for a in actors for m in a.mentions if not m.inferred]
    return replace(raw, actors=actors, mentions=tuple(sorted(values + named)))


class PlacedMention(NamedTuple):
    """A highlighted span: which actor it belongs to and which of its mentions it is.

    Value mentions (dates, numbers) have no actor: ``actor`` is ``None``. A named tuple
    rather than a dataclass: a book has 40,000 of them and they are built on the UI thread.
    """

    mention: Mention
    actor: Actor | None
    ordinal: int  # 1-based among the actor’s mentions
    total: int  # how many mentions the actor has


def kind_counts(plan: Sequence[PlacedMention]) -> dict[str, int]:
    """How many highlights of each label ``plan`` has, not counting inferred links."""
    return dict(Counter(p.mention.label for p in plan if not p.mention.inferred))


def place_mentions(
    mentions: Sequence[Mention], actors: Sequence[Actor]
) -> tuple[PlacedMention, ...]:
    """Every highlight in text order: actors' mentions plus the value mentions."""
    streams: list[list[PlacedMention]] = []
    owned: set[tuple[int, int]] = set()
    for actor in actors:
        count = len(actor.mentions)
        streams.append(
            [PlacedMention(m, actor, ordinal, count) for ordinal, m in enumerate(actor.mentions, 1)]
        )
        owned.update((m.start, m.end) for m in actor.mentions)
    streams.append(
        [PlacedMention(m, None, 1, 1) for m in mentions if (m.start, m.end) not in owned]
    )
    # Each stream sorted on its own, then merged in Python: one sort of a book's 50k
    # highlights runs in C and holds the interpreter lock (the window's too) for 30-50 ms.
    # Ties keep the streams' order, as a stable sort of them all would.
    streams = [sorted(stream, key=_text_order) for stream in streams]
    placed = list(heapq.merge(*streams, key=_text_order))
    return tuple(_without_overlaps(placed))


def _text_order(placed: PlacedMention) -> tuple[int, int]:
    return placed.mention.start, placed.mention.end


def _without_overlaps(placed: list[PlacedMention]) -> list[PlacedMention]:
    # Actor mentions win over value mentions they overlap; the text shows one span.
    kept: list[PlacedMention] = []
    for item in placed:
        if kept and item.mention.start < kept[-1].mention.end:
            if kept[-1].actor is None and item.actor is not None:
                kept[-1] = item
            continue
        kept.append(item)
    return kept
