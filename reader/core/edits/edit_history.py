"""EditHistory: the corrections to one document, and what one reader can undo and redo.

The history never changes actors itself: its :attr:`EditHistory.active` corrections are
replayed on the raw analysis by :func:`reader.core.edits.corrections.apply_corrections`, so an
undo is simply one correction fewer in that list.

Several readers (windows, processes) may edit one document. Each edit has an id and an
*owner*, the reader that made it. Undo takes back the newest active edit of the history's
own owner and redo applies again the edit it undid last; another reader's edits are never
touched. A new edit forgets the undone edits of its own owner only (like every editor),
so one reader's edit never costs another its redo. Active corrections apply in the order
they were first made, so a redone edit goes back to its place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reader.core.edits.corrections import Correction

#: The owner of a history's own edits.
OWN = ""


class EditHistory:
    """Corrections with who made them, which are active, and each owner's undo and redo.

    ``EditHistory(entries, position)`` is a history of one owner in which
    ``entries[:position]`` are active and the rest were undone (the next redo first).
    """

    __slots__ = ("_entries", "_made", "_owner_of", "_redo", "_undo", "_undone")

    def __init__(self, entries: Iterable[Correction] = (), position: int | None = None) -> None:
        self._entries: dict[str, Correction] = {}  # by id, oldest first
        self._undone: set[str] = set()
        # Per owner, ids in the order undo (redo) takes them last-first; dicts as
        # ordered sets, so taking an edit off any stack costs nothing.
        self._undo: dict[str, dict[str, None]] = {}
        self._redo: dict[str, dict[str, None]] = {}
        self._owner_of: dict[str, str] = {}  # id -> the owner whose stack holds it
        self._made = 0
        items = list(entries)
        if position is None:
            position = len(items)
        if not 0 <= position <= len(items):
            raise ValueError(f"position {position} outside 0..{len(items)}")
        for correction in items:
            self.push(correction)
        for _ in range(len(items) - position):
            self.undo()

    # --- what the reader sees -------------------------------------------------------

    @property
    def entries(self) -> tuple[Correction, ...]:
        """Every correction, active or undone (and not forgotten), oldest first."""
        return tuple(self._entries.values())

    @property
    def active(self) -> tuple[Correction, ...]:
        """The corrections to apply, oldest first."""
        return tuple(c for i, c in self._entries.items() if i not in self._undone)

    @property
    def can_undo(self) -> bool:
        return self.undo_id is not None

    @property
    def can_redo(self) -> bool:
        return self.redo_id is not None

    @property
    def undo_id(self) -> str | None:
        """The id of the edit :meth:`undo` would take back."""
        return next(reversed(self._undo.get(OWN, {})), None)

    @property
    def redo_id(self) -> str | None:
        """The id of the edit :meth:`redo` would apply again."""
        return next(reversed(self._redo.get(OWN, {})), None)

    @property
    def next_undo(self) -> Correction | None:
        """The correction :meth:`undo` would take back (for "Undo ..." menu text)."""
        edit = self.undo_id
        return None if edit is None else self._entries[edit]

    @property
    def next_redo(self) -> Correction | None:
        """The correction :meth:`redo` would apply again."""
        edit = self.redo_id
        return None if edit is None else self._entries[edit]

    # --- the history's own owner ----------------------------------------------------

    def push(self, correction: Correction, edit_id: str = "") -> None:
        """Make ``correction`` the newest active one; its owner's undone ones are forgotten."""
        if not edit_id:
            self._made += 1
            edit_id = f"~{self._made}"
        self.record_edit(edit_id, correction, OWN)

    def undo(self) -> Correction | None:
        """Deactivate the owner's newest active correction and return it (None if none)."""
        edit = self.undo_id
        return self._entries[edit] if edit and self.record_undo(edit, OWN) else None

    def redo(self) -> Correction | None:
        """Reactivate the correction the owner undid last and return it (None if none)."""
        edit = self.redo_id
        return self._entries[edit] if edit and self.record_redo(edit, OWN) else None

    # --- replaying a log of several owners ------------------------------------------

    def record_edit(self, edit_id: str, correction: Correction, owner: str) -> None:
        """``owner`` made ``correction``; the edits ``owner`` had undone are forgotten."""
        for forgotten in self._redo.pop(owner, {}):
            del self._entries[forgotten]
            self._undone.discard(forgotten)
            del self._owner_of[forgotten]
        self._entries[edit_id] = correction
        self._stack(self._undo, owner)[edit_id] = None
        self._owner_of[edit_id] = owner

    def record_undo(self, edit_id: str, owner: str) -> bool:
        """``owner`` undid the edit ``edit_id`` (``""``: its newest active one)."""
        edit_id = edit_id or next(reversed(self._undo.get(owner, {})), "")
        if edit_id not in self._entries or edit_id in self._undone:
            return False
        del self._undo[self._owner_of[edit_id]][edit_id]
        self._undone.add(edit_id)
        self._stack(self._redo, owner)[edit_id] = None
        self._owner_of[edit_id] = owner
        return True

    def record_redo(self, edit_id: str, owner: str) -> bool:
        """``owner`` redid the edit ``edit_id`` (``""``: the one it undid last)."""
        edit_id = edit_id or next(reversed(self._redo.get(owner, {})), "")
        if edit_id not in self._undone:
            return False
        del self._redo[self._owner_of[edit_id]][edit_id]
        self._undone.discard(edit_id)
        self._stack(self._undo, owner)[edit_id] = None
        self._owner_of[edit_id] = owner
        return True

    @staticmethod
    def _stack(stacks: dict[str, dict[str, None]], owner: str) -> dict[str, None]:
        return stacks.setdefault(owner, {})

    # --- values -----------------------------------------------------------------------

    def copy(self) -> EditHistory:
        """An independent history with the same corrections, owners and stacks."""
        twin = EditHistory()
        twin._entries = dict(self._entries)
        twin._undone = set(self._undone)
        twin._undo = {owner: dict(ids) for owner, ids in self._undo.items()}
        twin._redo = {owner: dict(ids) for owner, ids in self._redo.items()}
        twin._owner_of = dict(self._owner_of)
        twin._made = self._made
        return twin

    def _key(self) -> object:
        return (
            list(self._entries.items()),
            self._undone,
            list(self._undo.get(OWN, {})),
            list(self._redo.get(OWN, {})),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EditHistory):
            return NotImplemented
        return self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]  # mutable: equal now, not forever

    def __repr__(self) -> str:
        return f"EditHistory({len(self._entries)} entries, {len(self._undone)} undone)"


#: One row of the store's log: (row id, action, payload, session, edit id, target).
LogRow = tuple[int, str, str, str, str, str]


def replay(
    rows: Iterable[LogRow],
    open_sessions: set[str],
    decode: Callable[[str], Correction],
) -> EditHistory:
    """The history a log describes, as seen by a session (``open_sessions``: the others).

    Edits of sessions still open belong to them; the rest (this session's, and those of
    sessions that have ended) are the history's own to undo and redo.
    """
    history = EditHistory()
    for row_id, action, payload, origin, edit_id, target in rows:
        owner = origin if origin in open_sessions else OWN
        if action == "edit":
            try:
                edit = decode(payload)
            except ValueError:
                continue  # an edit kind from a newer version: kept on disk, not shown
            # Rows from before version 2 have no edit id: their row id is one.
            history.record_edit(edit_id or f"#{row_id}", edit, owner)
        elif action == "undo":
            history.record_undo(target, owner)
        elif action == "redo":
            history.record_redo(target, owner)
    return history
