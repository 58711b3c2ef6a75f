"""Union-find over grouping keys: the groups every grouping rule merges."""

from __future__ import annotations

from collections.abc import Sequence


class Groups:
    """Union-find over rule-1 keys."""

    def __init__(self, keys: Sequence[str]) -> None:
        self.parent = {key: key for key in keys}

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, small: str, big: str) -> None:
        self.parent[self.find(small)] = self.find(big)
