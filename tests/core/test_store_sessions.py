"""Two readers on one document: undo and redo take back only their own edits, none is lost."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.edits.corrections import ActorRef, Anchor, Correction, RenameActor
from reader.core.edits.store import Store

TEXT = "Angela Merkel visited Paris. Merkel met Macron in Paris on Monday."
SHA = "d" * 64
MACRON = ActorRef(Anchor.at(TEXT, 40, 46), "PERSON:macron")


def rename(number: int) -> Correction:
    return RenameActor(MACRON, f"Macron {number}")


@dataclass
class Reader:
    """What one reader (one window, one process) should be able to undo and redo."""

    store: Store
    undo: list[Correction] = field(default_factory=list)
    redo: list[Correction] = field(default_factory=list)


def test_undo_takes_back_only_the_edits_of_its_own_reader(tmp_path: Path) -> None:
    first, second = Store(tmp_path), Store(tmp_path)
    try:
        first.add_edit(SHA, rename(1))
        second.add_edit(SHA, rename(2))
        # The newest edit is the second reader's; the first's undo passes over it.
        assert first.undo(SHA).active == (rename(2),)
        assert not first.history(SHA).can_undo
        assert second.history(SHA).next_undo == rename(2)
        # The second reader edits before the first redoes: nothing is forgotten.
        second.add_edit(SHA, rename(3))
        assert first.history(SHA).next_redo == rename(1)
        assert first.redo(SHA).active == (rename(1), rename(2), rename(3))
        assert second.undo(SHA).active == (rename(1), rename(2))
        assert first.history(SHA).next_undo == rename(1)
    finally:
        first.close()
        second.close()


def test_600_interleaved_edits_undos_and_redos_of_two_readers_lose_nothing(
    tmp_path: Path,
) -> None:
    readers = [Reader(Store(tmp_path)), Reader(Store(tmp_path))]
    active: list[Correction] = []  # in the order they were first made
    made: list[Correction] = []
    chance = random.Random(8)
    try:
        for step in range(600):
            reader = chance.choice(readers)
            action = chance.choice(["edit", "edit", "undo", "redo"])
            if action == "edit":
                edit = rename(step)
                reader.store.add_edit(SHA, edit)
                made.append(edit)
                active.append(edit)
                reader.undo.append(edit)
                reader.redo.clear()  # like every editor: a new edit forgets its redo
            elif action == "undo":
                reader.store.undo(SHA)
                if reader.undo:
                    edit = reader.undo.pop()
                    reader.redo.append(edit)
                    active.remove(edit)
            else:
                reader.store.redo(SHA)
                if reader.redo:
                    edit = reader.redo.pop()
                    reader.undo.append(edit)
                    active.append(edit)
                    active.sort(key=made.index)
            for each in readers:
                history = each.store.history(SHA)
                assert history.active == tuple(active), f"step {step}"
                assert history.next_undo == (each.undo[-1] if each.undo else None)
                assert history.next_redo == (each.redo[-1] if each.redo else None)
    finally:
        for reader in readers:
            reader.store.close()


def test_a_closed_readers_edits_can_be_undone_by_the_next(tmp_path: Path) -> None:
    with Store(tmp_path) as earlier:
        earlier.add_edit(SHA, rename(1))
    live = Store(tmp_path)
    try:
        with Store(tmp_path) as later:
            later.add_edit(SHA, rename(2))
        # The open reader inherits both closed readers' edits, newest first.
        assert live.history(SHA).next_undo == rename(2)
        assert live.undo(SHA).active == (rename(1),)
        assert live.undo(SHA).active == ()
        assert live.redo(SHA).active == (rename(1),)
    finally:
        live.close()
