"""The order of the searchable actor list: what a reader typing a few letters expects."""

from __future__ import annotations

from reader.core.actors.picking import rank_actors
from reader.core.text.mentions import Actor, Mention


def actor(name: str, label: str, count: int, start: int, texts: tuple[str, ...] = ()) -> Actor:
    words = texts or (name,)
    mentions = tuple(
        Mention(
            start + i * 100,
            start + i * 100 + len(words[i % len(words)]),
            words[i % len(words)],
            label,
        )
        for i in range(count)
    )
    return Actor(id=f"a{start}", key=f"{label}:{name}", name=name, label=label, mentions=mentions)


ACTORS = [
    actor("Prince Andrew", "PERSON", 900, 10, ("Prince Andrew", "Andrew")),
    actor("Andrew's regiment", "ORG", 2, 20),
    actor("Natasha", "PERSON", 1000, 30),
    actor("Moscow", "GPE", 400, 40),
    actor("Drew", "PERSON", 1, 50),
    actor("Andrews", "PERSON", 3, 60),
    *(actor(f"Officer {n}", "PERSON", 1, 1000 + n) for n in range(2000)),
]


def names(query: str) -> list[str]:
    return [a.name for a in rank_actors(ACTORS, query)]


def test_an_empty_query_lists_every_actor_most_mentioned_first() -> None:
    listed = names("")
    assert len(listed) == len(ACTORS)
    assert listed[:3] == ["Natasha", "Prince Andrew", "Moscow"]


def test_words_starting_with_the_query_come_before_names_containing_it() -> None:
    # Whole words first (the most mentioned first), then names starting with it.
    assert names("andrew") == ["Prince Andrew", "Andrew's regiment", "Andrews"]
    assert names("drew") == ["Drew", "Prince Andrew", "Andrews", "Andrew's regiment"]
    # A word starting with it counts as much as the name starting with it.
    assert names("andr") == ["Prince Andrew", "Andrews", "Andrew's regiment"]


def test_case_and_spaces_do_not_matter_and_no_match_is_empty() -> None:
    assert names("  MOSCOW ") == ["Moscow"]
    assert names("officer 1999") == ["Officer 1999"]
    assert names("zzz") == []
