"""CorrectionsController: the window's edits to the current document, kept in the Store.

The controller never changes actors in place. It keeps the document's *raw* analysis
and replays the active corrections of its history on it after every edit, undo and
redo, exactly as a reopened document or ``reader --json`` does, so what the reader sees
now is what they will see next time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from reader.core.edits.corrections import (
    AppliedResult,
    Correction,
    apply_corrections,
    describe,
)
from reader.core.edits.edit_history import EditHistory
from reader.core.edits.store import Store
from reader.core.result import ArticleAnalysis, corrected_analysis
from reader.core.text.mentions import Actor

#: Undo/Redo menu texts longer than this are cut with an ellipsis.
_MENU_TEXT_CHARS = 60


def _short(text: str) -> str:
    return text if len(text) <= _MENU_TEXT_CHARS else text[: _MENU_TEXT_CHARS - 1] + "…"


class CorrectionsController(QObject):
    """Records edits of the current document and recomputes its actors.

    Signals:
        actors_changed(object, object): the corrected actors (tuple of Actor) and the
            corrections that no longer match the text (tuple of Correction) changed,
            after an edit, an undo or a redo.
        history_changed(): what Undo and Redo would do changed.
        warning_changed(str): why edits are only kept in memory, or ``""`` when saved.
    """

    actors_changed = Signal(object, object)
    history_changed = Signal()
    warning_changed = Signal(str)

    def __init__(self, store: Store | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Opened once per window: the store's own messages are shown once, not per file.
        self.store = store if store is not None else Store()
        # Taken once: a repair by another window or `reader --json` is told here, once.
        self._notices = "\n\n".join(self.store.take_notices())
        self.raw: ArticleAnalysis | None = None
        self.sha = ""  # the key the current document's corrections are kept under
        self._history = EditHistory()
        self._result = AppliedResult(())
        self._warning = self.store.warning
        if isinstance(parent, QWidget):
            # Another window or process may have edited the document meanwhile.
            parent.installEventFilter(self)

    # -- queries --
    @property
    def status_message(self) -> str:
        """What the reader was not told yet (a repaired store, a newer version), or ``""``."""
        return self._notices

    @property
    def warning(self) -> str:
        return self._warning

    @property
    def actors(self) -> tuple[Actor, ...]:
        """The current document's actors with the corrections applied."""
        return self._result.actors

    @property
    def orphaned(self) -> tuple[Correction, ...]:
        return self._result.orphaned

    @property
    def history(self) -> EditHistory:
        return self._history.copy()

    def analysis(self) -> ArticleAnalysis | None:
        """The current analysis as the reader sees it, or None before one arrives."""
        if self.raw is None:
            return None
        if self._result.actors is self.raw.actors:
            return self.raw
        return corrected_analysis(self.raw, self._result.actors)

    @property
    def can_undo(self) -> bool:
        return self.raw is not None and self._history.can_undo

    @property
    def can_redo(self) -> bool:
        return self.raw is not None and self._history.can_redo

    @property
    def undo_text(self) -> str:
        """Undo’s menu text, e.g. “Undo Rename “Huntsman” to …”, or plain “Undo”."""
        edit = self._history.next_undo if self.raw is not None else None
        return f"Undo {_short(describe(edit))}" if edit is not None else "Undo"

    @property
    def redo_text(self) -> str:
        edit = self._history.next_redo if self.raw is not None else None
        return f"Redo {_short(describe(edit))}" if edit is not None else "Redo"

    # -- commands --
    def set_analysis(self, raw: ArticleAnalysis) -> ArticleAnalysis:
        """Make ``raw`` the current document; returns it with its saved corrections."""
        self.raw = raw
        self.sha = self.store.key_for(raw.article)
        self._history = self.store.history(self.sha)
        self._recompute()
        self.history_changed.emit()
        analysis = self.analysis()
        assert analysis is not None
        return analysis

    def clear(self) -> None:
        """No document: nothing to edit, undo or redo."""
        self.raw, self.sha = None, ""
        self._history = EditHistory()
        self._result = AppliedResult(())
        self.history_changed.emit()

    def apply(self, edit: Correction) -> None:
        """Record ``edit`` as the newest correction and show its effect."""
        if self.raw is None:
            return
        self._history = self.store.add_edit(self.sha, edit)
        self._changed()

    def undo(self) -> None:
        if self.can_undo:
            self._history = self.store.undo(self.sha)
            self._changed()

    def redo(self) -> None:
        if self.can_redo:
            self._history = self.store.redo(self.sha)
            self._changed()

    def refresh(self) -> None:
        """Show the edits another window or process saved since this one last looked."""
        if self.raw is None:
            return
        history = self.store.history(self.sha)
        if history == self._history:
            return
        self._history = history
        self._changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self.refresh()
        return False

    def close(self) -> None:
        self.store.close()

    # -- internals --
    def _recompute(self) -> None:
        assert self.raw is not None
        if not self._history.active:
            # Nothing to replay: keep the raw actors themselves, so the highlights
            # computed off the UI thread for them can be reused (a book has 40k).
            self._result = AppliedResult(self.raw.actors)
            return
        self._result = apply_corrections(
            self.raw.article.text, self.raw.actors, self._history.active
        )

    def _changed(self) -> None:
        self._recompute()
        self.actors_changed.emit(self._result.actors, self._result.orphaned)
        self.history_changed.emit()
        if self.store.warning != self._warning:
            self._warning = self.store.warning
            self.warning_changed.emit(self._warning)
