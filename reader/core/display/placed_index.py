"""PlacedIndex: a document's highlights in text order, found by position."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from reader.core.result import PlacedMention
from reader.core.text.mentions import Mention


class PlacedIndex:
    """``placed`` (sorted by start) with their starts, for lookups by offset (code points).

    ``starts`` may come made with the plan, off the UI thread; they are listed here when
    absent or not matching (a book's 40,000 take 5-10 ms).
    """

    def __init__(
        self, placed: Sequence[PlacedMention] = (), starts: Sequence[int] | None = None
    ) -> None:
        self.placed: list[PlacedMention] = list(placed)
        if starts is None or len(starts) != len(self.placed):
            starts = [p.mention.start for p in self.placed]
        self._starts = starts

    def __len__(self) -> int:
        return len(self.placed)

    def last_starting_at_or_before(self, position: int) -> PlacedMention | None:
        """The highlight that starts last at or before ``position``, if any."""
        index = bisect_right(self._starts, position) - 1
        return self.placed[index] if index >= 0 else None

    def from_position(self, position: int) -> list[PlacedMention]:
        """Every highlight, those starting after ``position`` first, then the ones before."""
        middle = bisect_right(self._starts, position)
        return self.placed[middle:] + self.placed[:middle]

    def holds(self, mention: Mention) -> bool:
        """Whether a highlight has ``mention``'s span."""
        index = bisect_left(self._starts, mention.start)
        while index < len(self._starts) and self._starts[index] == mention.start:
            if self.placed[index].mention.end == mention.end:
                return True
            index += 1
        return False
