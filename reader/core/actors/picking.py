"""Ranking actors for a typed query: the order of a searchable "pick an actor" list."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.text.kinds import kind_for
from reader.core.text.mentions import Actor


def _rank(actor: Actor, query: str) -> int | None:
    """How well ``actor`` matches ``query`` (casefolded): lower is better, None is no match."""
    name = actor.name.casefold()
    if name == query:
        return 0
    words = re.findall(r"\w+", name)
    if f" {query} " in f" {' '.join(words)} ":
        return 1  # "andrew" is a word of "Prince Andrew"
    if name.startswith(query) or any(word.startswith(query) for word in words):
        return 2  # "andr" finds "It's Andrew" (1,125 mentions) before "Andrúsha" (6)
    if query in name:
        return 3
    if any(query in m.text.casefold() for m in actor.named_mentions):
        return 4  # a name the text also uses ("Bolkonski" for "Prince Andrew")
    if query in kind_for(actor.label).name.casefold():
        return 5
    return None


def rank_actors(actors: Sequence[Actor], query: str) -> list[Actor]:
    """The actors matching ``query``, most relevant first.

    A name that is the query comes first, then names with the query as whole words,
    names with a word starting with it, names containing it, actors with a mention
    containing it, and actors of a kind named like it; within each, the most mentioned
    first, then the one appearing first. An empty query lists every actor by mentions.
    """
    wanted = " ".join(query.split()).casefold()
    ranked: list[tuple[int, int, int, Actor]] = []
    for actor in actors:
        rank = _rank(actor, wanted) if wanted else 0
        if rank is not None:
            ranked.append((rank, -len(actor.named_mentions), actor.first_start, actor))
    ranked.sort(key=lambda entry: entry[:3])
    return [entry[3] for entry in ranked]
