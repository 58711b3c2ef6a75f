"""A document's highlights found by position, as clicks, tooltips and restyling ask."""

from __future__ import annotations

from reader.core.display.placed_index import PlacedIndex
from reader.core.result import PlacedMention
from reader.core.text.mentions import Mention

TEXT = "Anna met Pierre in Moscow; Pierre left."


def _placed(word: str, nth: int = 0) -> PlacedMention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return PlacedMention(Mention(start, start + len(word), word, "PERSON"), None, 1, 1)


PLACED = [_placed("Anna"), _placed("Pierre"), _placed("Moscow"), _placed("Pierre", 1)]


def test_the_highlight_starting_last_before_a_position_is_found() -> None:
    index = PlacedIndex(PLACED)
    assert index.last_starting_at_or_before(TEXT.index("ierre")) == PLACED[1]
    assert index.last_starting_at_or_before(TEXT.index("left")) == PLACED[3]
    assert PlacedIndex(PLACED[1:]).last_starting_at_or_before(2) is None


def test_highlights_are_ordered_from_a_position_on_then_the_ones_before() -> None:
    order = PlacedIndex(PLACED).from_position(TEXT.index("in Moscow"))
    assert order == [PLACED[2], PLACED[3], PLACED[0], PLACED[1]]


def test_a_span_is_held_only_with_the_same_start_and_end() -> None:
    index = PlacedIndex(PLACED)
    assert index.holds(PLACED[2].mention)
    assert not index.holds(
        Mention(PLACED[2].mention.start, PLACED[2].mention.end - 1, "Mosco", "GPE")
    )


def test_starts_that_do_not_match_the_highlights_are_listed_again() -> None:
    index = PlacedIndex(PLACED, starts=[0, 1])
    assert index.last_starting_at_or_before(TEXT.index("Moscow") + 2) == PLACED[2]
    assert len(index) == 4
