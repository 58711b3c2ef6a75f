"""EditActions: the Edit menu and the edit context menus, turned into corrections.

Every edit a reader can make is listed once here, in :meth:`EditActions.populate`, for
an :class:`EditTarget` (the actors, mentions or text span the edit is about). The Edit
menu shows it for the panel's selection; the panel's and the text's context menus show
it for what was right-clicked. Each chosen action becomes one
:class:`~reader.core.edits.corrections.Correction` handed to the controller, so each is one
step of Undo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QWidget

from reader.core.edits.corrections import (
    ActorRef,
    AddMention,
    Anchor,
    ChangeKind,
    Correction,
    MergeActors,
    MoveMentions,
    RemoveMention,
    RemoveText,
    RenameActor,
)
from reader.core.result import ArticleAnalysis
from reader.core.text.kinds import kind_name
from reader.core.text.mentions import ACTOR_LABELS, Actor, Mention
from reader.ui.actor_picker import ActorPicker
from reader.ui.corrections_controller import CorrectionsController

_QUOTE_CHARS = 32


@dataclass(frozen=True, slots=True)
class EditTarget:
    """What an edit would be about.

    Attributes:
        actors: Selected actors, the current one first.
        mentions: Selected mentions (each belongs to one of the corrected actors).
        span: A selected piece of text that is not a mention, ``(start, end)`` in code
            points.
    """

    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    span: tuple[int, int] | None = None


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _QUOTE_CHARS:
        text = text[: _QUOTE_CHARS - 1] + "…"
    return f"\u201c{text.replace('&', '&&')}\u201d"  # && shows one & in a menu


class EditActions(QObject):
    """Builds edit menus and records the chosen edit through the controller.

    ``shown`` gives the result the reader sees (the window's), whose actors the edits
    name; the actions keep no copy of it.
    """

    def __init__(
        self,
        controller: CorrectionsController,
        shown: Callable[[], ArticleAnalysis | None],
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self.controller = controller
        self._shown = shown
        self._dialog_parent = dialog_parent
        self.undo_action = QAction(
            "Undo", self, shortcut=QKeySequence(QKeySequence.StandardKey.Undo)
        )
        self.undo_action.triggered.connect(controller.undo)
        self.redo_action = QAction(
            "Redo", self, shortcut=QKeySequence(QKeySequence.StandardKey.Redo)
        )
        self.redo_action.triggered.connect(controller.redo)
        controller.history_changed.connect(self._on_controller_history_changed)
        self._on_controller_history_changed()
        self.last_picker: ActorPicker | None = None

    # -- menus --
    def fill_edit_menu(self, menu: QMenu, target: EditTarget) -> None:
        """Rebuild the Edit menu: Undo, Redo, then the edits of ``target``."""
        for child in menu.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
            child.deleteLater()  # the submenus of the last fill
        menu.clear()  # Undo and Redo belong to this object, so they survive
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        if not self.populate(menu, target):
            hint = menu.addAction("Select an actor or a mention to edit it")
            hint.setEnabled(False)

    def populate(self, menu: QMenu, target: EditTarget) -> bool:
        """Add the edits that fit ``target`` to ``menu``; False when none does."""
        added = False
        if target.span is not None:
            self._add_mark_menus(menu, target.span)
            added = True
        if target.mentions:
            self._add_mention_actions(menu, target.mentions)
            added = True
        if target.actors:
            if added:
                menu.addSeparator()
            self._add_actor_actions(menu, target.actors)
            added = True
        return added

    # -- the edits --
    def _text(self) -> str:
        result = self._shown()
        return result.article.text if result is not None else ""

    def _actors(self) -> tuple[Actor, ...]:
        result = self._shown()
        return result.actors if result is not None else ()

    def _ref(self, actor: Actor) -> ActorRef:
        return ActorRef.of(self._text(), actor)

    def _record(self, edit: Correction) -> None:
        self.controller.apply(edit)

    def _action(self, menu: QMenu, text: str, run: Callable[[], None]) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: run())
        return action

    def _others(self, exclude: Sequence[Actor]) -> list[Actor]:
        keys = {a.key for a in exclude}
        return [a for a in self._actors() if a.key not in keys]

    def pick(self, title: str, exclude: Sequence[Actor], then: Callable[[Actor], None]) -> None:
        """Open the searchable actor list; ``then`` runs with the actor the reader picks."""
        picker = ActorPicker(title, self._others(exclude), self._dialog_parent)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.picked.connect(then)
        self.last_picker = picker
        picker.open()

    def _add_actor_actions(self, menu: QMenu, actors: tuple[Actor, ...]) -> None:
        first = actors[0]
        if len(actors) == 1:
            self._action(menu, f"&Rename {_quoted(first.name)}…", lambda: self.rename(first))
            kinds = menu.addMenu(f"Change &Kind of {_quoted(first.name)}")
            for label in ACTOR_LABELS:
                action = self._action(
                    kinds,
                    kind_name(label),
                    lambda lab=label: self._record(ChangeKind(self._ref(first), lab)),  # type: ignore[misc]
                )
                action.setCheckable(True)
                action.setChecked(label == first.label)
                action.setEnabled(label != first.label)
            into = self._action(
                menu,
                f"&Merge {_quoted(first.name)} Into…",
                lambda: self.pick(
                    f"Merge \u201c{first.name}\u201d into",
                    actors,
                    lambda o: self.merge((first,), o),
                ),
            )
            into.setEnabled(bool(self._others(actors)))
        else:
            self._action(
                menu,
                f"&Merge {len(actors)} Actors Into {_quoted(first.name)}",
                lambda: self.merge(actors[1:], first),
            )

    def _add_mention_actions(self, menu: QMenu, mentions: tuple[Mention, ...]) -> None:
        what = _quoted(mentions[0].text) if len(mentions) == 1 else f"{len(mentions)} Mentions"
        self._action(menu, f"Move {what} to a &New Actor…", lambda: self.move_to_new(mentions))
        owners = [a for a in self._actors() if set(a.mentions) & set(mentions)]
        exclude = owners if len(owners) == 1 else []
        into = self._action(
            menu,
            f"Move {what} &To…",
            lambda: self.pick(
                f"Move {what.replace('&&', '&')} to",
                exclude,
                lambda o: self._record(MoveMentions(self._anchors(mentions), self._ref(o))),
            ),
        )
        into.setEnabled(bool(self._others(exclude)))
        if len(mentions) == 1:
            mention = mentions[0]
            self._action(
                menu,
                f"{_quoted(mention.text)} &Here Is Not an Entity",
                lambda: self._record(RemoveMention(self._anchor(mention.start, mention.end))),
            )
            self._action(
                menu,
                f"{_quoted(mention.text)} Is &Never an Entity",
                lambda: self._record(RemoveText(self._anchor(mention.start, mention.end))),
            )

    def _add_mark_menus(self, menu: QMenu, span: tuple[int, int]) -> None:
        text = self._text()[span[0] : span[1]]
        for every, title in (
            (False, f"M&ark {_quoted(text)} As"),
            (True, f"Mark &Every {_quoted(text)} As"),
        ):
            sub = menu.addMenu(title)
            for label in ACTOR_LABELS:
                self._action(
                    sub,
                    f"New {kind_name(label)}",
                    lambda lab=label, e=every: self._record(  # type: ignore[misc]
                        AddMention(self._anchor(*span), None, text, lab, e)
                    ),
                )
            sub.addSeparator()
            existing = self._action(
                sub,
                "An &Existing Actor…",
                lambda e=every: self.pick(  # type: ignore[misc]
                    f"Mark \u201c{text}\u201d as",
                    (),
                    lambda o: self._record(
                        AddMention(self._anchor(*span), self._ref(o), "", o.label, e)
                    ),
                ),
            )
            existing.setEnabled(bool(self._others(())))

    def _anchor(self, start: int, end: int) -> Anchor:
        return Anchor.at(self._text(), start, end)

    def _anchors(self, mentions: Sequence[Mention]) -> tuple[Anchor, ...]:
        return tuple(self._anchor(m.start, m.end) for m in sorted(mentions))

    # -- edits that ask first --
    def ask_text(self, title: str, label: str, default: str) -> str | None:
        """One line of text from the reader, or None when cancelled (tests patch this)."""
        text, ok = QInputDialog.getText(
            self._dialog_parent, title, label, QLineEdit.EchoMode.Normal, default
        )
        text = text.strip()
        return text if ok and text else None

    def rename(self, actor: Actor) -> None:
        name = self.ask_text("Rename actor", f"New name for \u201c{actor.name}\u201d:", actor.name)
        if name is not None and name != actor.name:
            self._record(RenameActor(self._ref(actor), name))

    def move_to_new(self, mentions: tuple[Mention, ...]) -> None:
        first = min(mentions)
        name = self.ask_text("Move to a new actor", "Name of the new actor:", first.text)
        if name is not None:
            self._record(MoveMentions(self._anchors(mentions), None, name))

    def merge(self, sources: Sequence[Actor], target: Actor) -> None:
        sources = [s for s in sources if s.key != target.key and s.mentions]
        if sources and target.mentions:
            self._record(MergeActors(tuple(self._ref(s) for s in sources), self._ref(target)))

    # -- slots --
    @Slot()
    def _on_controller_history_changed(self) -> None:
        controller = self.controller
        self.undo_action.setText(controller.undo_text.replace("&", "&&"))
        self.undo_action.setEnabled(controller.can_undo)
        self.redo_action.setText(controller.redo_text.replace("&", "&&"))
        self.redo_action.setEnabled(controller.can_redo)
