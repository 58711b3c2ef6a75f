"""Anchors: a span of a document's text with its context, found again when the text moves.

An anchor is how an edit remembers a place (see :mod:`reader.core.edits.corrections`). When the
text no longer reads the same at the anchor's offsets, :meth:`Anchor.relocated` looks for
the anchor's text elsewhere and takes the one occurrence whose context agrees best with
the stored context, if at least half of that context still agrees and no other occurrence
agrees as well: an edit follows a paragraph added above it, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any

from reader.core.text.mentions import Actor, Mention

#: Characters of context kept either side of an anchored span.
CONTEXT_CHARS = 30


@dataclass(frozen=True, slots=True)
class Anchor:
    """A span of the text as it was when the edit was made."""

    start: int
    end: int
    text: str
    before: str = ""
    after: str = ""

    @classmethod
    def at(cls, text: str, start: int, end: int) -> Anchor:
        """Anchor ``text[start:end]`` with its context."""
        if not 0 <= start < end <= len(text):
            raise ValueError(f"span [{start}, {end}) is outside the text")
        return cls(
            start=start,
            end=end,
            text=text[start:end],
            before=text[max(0, start - CONTEXT_CHARS) : start],
            after=text[end : end + CONTEXT_CHARS],
        )

    @classmethod
    def of(cls, text: str, mention: Mention) -> Anchor:
        """Anchor one mention."""
        return cls.at(text, mention.start, mention.end)

    def matches(self, text: str) -> bool:
        """Whether ``text`` still reads the same at and around this span."""
        return (
            text[self.start : self.end] == self.text
            and text[max(0, self.start - len(self.before)) : self.start] == self.before
            and text[self.end : self.end + len(self.after)] == self.after
        )

    def relocated(self, text: str) -> Anchor | None:
        """This anchor where ``text`` now has it (itself if unmoved), or None if lost.

        Every occurrence of the anchored text is scored by how many characters of the
        stored context still surround it; the best wins if it has at least half of that
        context and no other occurrence scores the same.
        """
        if self.matches(text):
            return self
        best, best_score, tied = -1, -1, False
        for found in re.finditer(re.escape(self.text), text):
            start, end = found.span()
            score = _common_suffix(self.before, text[max(0, start - len(self.before)) : start])
            score += _common_prefix(self.after, text[end : end + len(self.after)])
            if score > best_score:
                best, best_score, tied = start, score, False
            elif score == best_score:
                tied = True
        if best < 0 or tied or 2 * best_score < len(self.before) + len(self.after):
            return None
        return Anchor.at(text, best, best + len(self.text))


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as the edit saw it: one of its mentions, and its grouping key."""

    anchor: Anchor
    key: str = ""

    @classmethod
    def of(cls, text: str, actor: Actor) -> ActorRef:
        """Refer to ``actor`` by its first mention."""
        if not actor.mentions:
            raise ValueError(f"actor {actor.id} has no mention to anchor it")
        return cls(Anchor.of(text, actor.mentions[0]), actor.key)


def word_occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Spans of ``needle`` in ``text`` not inside a longer word ("Ann" not in "Annual")."""
    pattern = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


_LOST = object()


def relocated_fields(text: str, edit: Any) -> dict[str, Any] | None:
    """The fields of the dataclass ``edit`` whose anchors moved in ``text``, relocated.

    Returns ``{}`` when every anchor is where it was, None when any is lost (the edit
    applies wholly or not at all).
    """
    changes: dict[str, Any] = {}
    for each in fields(edit):
        value = getattr(edit, each.name)
        moved = _relocated(text, value)
        if moved is _LOST:
            return None
        if moved is not value:
            changes[each.name] = moved
    return changes


def _relocated(text: str, value: object) -> object:
    if isinstance(value, Anchor):
        return value.relocated(text) or _LOST
    if isinstance(value, ActorRef):
        anchor = value.anchor.relocated(text)
        if anchor is None:
            return _LOST
        return value if anchor is value.anchor else ActorRef(anchor, value.key)
    if isinstance(value, tuple):
        items = [_relocated(text, item) for item in value]
        if any(item is _LOST for item in items):
            return _LOST
        return value if all(a is b for a, b in zip(items, value, strict=True)) else tuple(items)
    return value


def _common_prefix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
