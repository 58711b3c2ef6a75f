"""The actor list's rows: which actors a filter keeps, their order, a mention's snippet.

Plain functions over :class:`~reader.core.text.mentions.Actor` tuples, cheap even for a
book's thousands of actors; the Qt model in :mod:`reader.ui.actor_model` only shows them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reader.core.display.options import DisplayOptions
from reader.core.text.kinds import kind_for
from reader.core.text.mentions import Actor, Mention
from reader.core.text.sentences import sentence_bounds

#: The orders the list can take: key -> title for the sort menu.
SORT_ORDERS: dict[str, str] = {
    "mentions": "Most mentioned",
    "first": "First appearance",
    "name": "Name (A–Z)",
    "kind": "Kind",
}
_SENTENCE_WINDOW = 600
_SNIPPET_CONTEXT = 90


def matches(actor: Actor, query: str, edited_only: bool = False) -> bool:
    """True when ``actor`` is listed for the filter text ``query``.

    The query (trimmed, any case) is looked for in the actor's name, its kind's name and
    its named mentions; with ``edited_only`` only actors the reader's corrections changed
    are listed.
    """
    if edited_only and not actor.edited:
        return False
    query = query.strip().casefold()
    if not query:
        return True
    if query in actor.name.casefold() or query in kind_for(actor.label).name.casefold():
        return True
    return any(query in m.text.casefold() for m in actor.mentions if not m.inferred)


def sort_key(actor: Actor, shown: int, order: str) -> tuple[Any, ...]:
    """The key that puts ``actor`` (``shown`` mentions listed) in its place for ``order``."""
    count = -shown
    if order == "first":
        return (actor.first_start,)
    if order == "name":
        return (actor.name.casefold(), actor.first_start)
    if order == "kind":
        return (kind_for(actor.label).name, count, actor.first_start)
    return (count, actor.first_start)


def listed_rows(
    actors: Sequence[Actor],
    options: DisplayOptions,
    query: str = "",
    order: str = "mentions",
    edited_only: bool = False,
) -> list[tuple[Actor, tuple[Mention, ...]]]:
    """The listed actors, each with its listed mentions, in ``order``.

    Actors of hidden kinds and those the filter does not keep are left out; an unknown
    order is "mentions".
    """
    listed = [
        (actor, options.listed_mentions(actor))
        for actor in actors
        if actor.label not in options.hidden_kinds and matches(actor, query, edited_only)
    ]
    listed.sort(key=lambda pair: sort_key(pair[0], len(pair[1]), order))
    return listed


def local_sentence(text: str, offset: int) -> tuple[int, int]:
    """The sentence around ``offset``, found in a window of text around it.

    Only visible rows ask for their sentence, so splitting a whole book into sentences
    up front (0.3 s on the UI thread for War and Peace) is never needed.
    """
    base = max(0, offset - _SENTENCE_WINDOW)
    window = text[base : offset + _SENTENCE_WINDOW]
    for start, end in sentence_bounds(window):
        if start <= offset - base < end:
            return base + start, base + end
    return offset, offset


def snippet(text: str, mention: Mention) -> tuple[str, str, str]:
    """The mention's sentence, cut to a readable length, split around the mention.

    Returns ``(before, mention text, after)``; a cut side is marked with "…" and line
    breaks are spaces.
    """
    sentence_start, sentence_end = local_sentence(text, mention.start)
    sentence_start = min(sentence_start, mention.start)
    sentence_end = max(sentence_end, mention.end)
    start = max(sentence_start, mention.start - _SNIPPET_CONTEXT)
    end = min(sentence_end, mention.end + _SNIPPET_CONTEXT)
    before = text[start : mention.start].replace("\n", " ")
    after = text[mention.end : end].replace("\n", " ")
    # Marked only where the sentence itself was cut, not where a whole one starts or ends.
    if start > sentence_start and before:
        before = "…" + before.lstrip()
    if end < sentence_end and after:
        after = after.rstrip() + "…"
    return before, mention.text, after


def whole_sentence(text: str, mention: Mention) -> str:
    """The whole sentence of ``mention`` on one line (a row's tooltip)."""
    start, end = local_sentence(text, mention.start)
    return " ".join(text[min(start, mention.start) : max(end, mention.end)].split())


def strip(text_length: int, mentions: Sequence[Mention]) -> tuple[float, ...]:
    """Where ``mentions`` start, as fractions (0..1) of a text ``text_length`` long."""
    size = max(1, text_length)
    return tuple(m.start / size for m in mentions)
