"""EditHistory: the reader's corrections to one document, with undo and redo.

The history never changes actors itself: its :attr:`EditHistory.active` corrections are
replayed on the raw analysis by :func:`reader.core.corrections.apply_corrections`, so an
undo is simply one correction fewer in that list.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.corrections import Correction


class EditHistory:
    """A list of corrections with an undo pointer.

    ``entries[:position]`` are active; ``entries[position:]`` were undone and can be
    redone until a new correction is pushed, which forgets them (like every editor).
    """

    __slots__ = ("_entries", "_position")

    def __init__(
        self, entries: Iterable[Correction] = (), position: int | None = None
    ) -> None:
        self._entries: list[Correction] = list(entries)
        if position is None:
            position = len(self._entries)
        if not 0 <= position <= len(self._entries):
            raise ValueError(f"position {position} outside 0..{len(self._entries)}")
        self._position = position

    @property
    def entries(self) -> tuple[Correction, ...]:
        """Every correction, active or undone, oldest first."""
        return tuple(self._entries)

    @property
    def position(self) -> int:
        """How many of :attr:`entries` are active."""
        return self._position

    @property
    def active(self) -> tuple[Correction, ...]:
        """The corrections to apply, oldest first."""
        return tuple(self._entries[: self._position])

    @property
    def can_undo(self) -> bool:
        return self._position > 0

    @property
    def can_redo(self) -> bool:
        return self._position < len(self._entries)

    @property
    def next_undo(self) -> Correction | None:
        """The correction :meth:`undo` would take back (for "Undo ..." menu text)."""
        return self._entries[self._position - 1] if self.can_undo else None

    @property
    def next_redo(self) -> Correction | None:
        """The correction :meth:`redo` would apply again."""
        return self._entries[self._position] if self.can_redo else None

    def push(self, correction: Correction) -> None:
        """Make ``correction`` the newest active one; undone corrections are forgotten."""
        del self._entries[self._position :]
        self._entries.append(correction)
        self._position += 1

    def undo(self) -> Correction | None:
        """Deactivate the newest active correction and return it (None if none)."""
        if not self.can_undo:
            return None
        self._position -= 1
        return self._entries[self._position]

    def redo(self) -> Correction | None:
        """Reactivate the oldest undone correction and return it (None if none)."""
        if not self.can_redo:
            return None
        self._position += 1
        return self._entries[self._position - 1]

    def copy(self) -> EditHistory:
        """An independent history with the same entries and position."""
        return EditHistory(self._entries, self._position)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EditHistory):
            return NotImplemented
        return self._entries == other._entries and self._position == other._position

    __hash__ = None  # type: ignore[assignment]  # mutable: equal now, not forever

    def __repr__(self) -> str:
        return f"EditHistory({len(self._entries)} entries, position={self._position})"
