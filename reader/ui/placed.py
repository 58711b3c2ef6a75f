"""PlacedMention: a mention as the window shows it, with its actor and its place in it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from reader.core.mentions import Actor, Mention


class PlacedMention(NamedTuple):
    """A highlighted span: which actor it belongs to and which of its mentions it is.

    Value mentions (dates, numbers) have no actor: ``actor`` is ``None``. A named tuple
    rather than a dataclass: a book has 40,000 of them and they are built on the UI thread.
    """

    mention: Mention
    actor: Actor | None
    ordinal: int  # 1-based among the actor’s mentions
    total: int  # how many mentions the actor has


def place_mentions(mentions: Sequence[Mention], actors: Sequence[Actor]) -> list[PlacedMention]:
    """Every highlight in text order: actors' mentions plus the value mentions."""
    placed: list[PlacedMention] = []
    owned: set[tuple[int, int]] = set()
    for actor in actors:
        count = len(actor.mentions)
        for ordinal, mention in enumerate(actor.mentions, start=1):
            placed.append(PlacedMention(mention, actor, ordinal, count))
            owned.add((mention.start, mention.end))
    for mention in mentions:
        if (mention.start, mention.end) not in owned:
            placed.append(PlacedMention(mention, None, 1, 1))
    placed.sort(key=lambda p: (p.mention.start, p.mention.end))
    return _without_overlaps(placed)


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
