"""CorrectionsController: the window's edits to the current document, kept in the Store.

The controller holds no analysis. It owns the document's history of edits: it records
each edit, undo and redo in the store and says which corrections are active now
(:attr:`CorrectionsController.active`). The window asks the analysis service to replay
them on the document's uncorrected analysis (:func:`reader.core.run.shown`), off the UI
thread, exactly as a reopened document or ``reader --json`` does, so what the reader
sees now is what they will see next time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from reader.core.documents.article import Article
from reader.core.edits.corrections import Correction, describe
from reader.core.edits.edit_history import EditHistory
from reader.core.edits.store import Store

#: Undo/Redo menu texts longer than this are cut with an ellipsis.
_MENU_TEXT_CHARS = 60


def _short(text: str) -> str:
    return text if len(text) <= _MENU_TEXT_CHARS else text[: _MENU_TEXT_CHARS - 1] + "…"


class CorrectionsController(QObject):
    """Records edits of the current document and says which corrections are active.

    Signals:
        corrections_changed(object): the active corrections (tuple of Correction) changed,
            after an edit, an undo, a redo or another reader's edit.
        history_changed(): what Undo and Redo would do changed.
        warning_changed(str): why edits are only kept in memory, or ``""`` when saved.
    """

    corrections_changed = Signal(object)
    history_changed = Signal()
    warning_changed = Signal(str)

    def __init__(self, store: Store | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Opened once per window: the store's own messages are shown once, not per file.
        self.store = store if store is not None else Store()
        # Taken once: a repair by another window or `reader --json` is told here, once.
        self._notices = "\n\n".join(self.store.take_notices())
        self.sha = ""  # the key the current document's corrections are kept under
        self._history = EditHistory()
        self._editable = False
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
    def active(self) -> tuple[Correction, ...]:
        """The current document's corrections in force, oldest first."""
        return self._history.active

    @property
    def history(self) -> EditHistory:
        return self._history.copy()

    @property
    def can_undo(self) -> bool:
        return self._editable and self._history.can_undo

    @property
    def can_redo(self) -> bool:
        return self._editable and self._history.can_redo

    @property
    def undo_text(self) -> str:
        """Undo’s menu text, e.g. “Undo Rename “Huntsman” to …”, or plain “Undo”."""
        edit = self._history.next_undo if self._editable else None
        return f"Undo {_short(describe(edit))}" if edit is not None else "Undo"

    @property
    def redo_text(self) -> str:
        edit = self._history.next_redo if self._editable else None
        return f"Redo {_short(describe(edit))}" if edit is not None else "Redo"

    # -- commands --
    def open(self, article: Article) -> tuple[Correction, ...]:
        """Make ``article`` the current document; returns its active corrections.

        Nothing can be edited or undone until :meth:`set_editable` says its result is
        shown.
        """
        self.sha = self.store.key_for(article)
        self._history = self.store.history(self.sha)
        self._editable = False
        self.history_changed.emit()
        return self._history.active

    def set_editable(self, editable: bool) -> None:
        """Whether the current document's result is shown, so edits have something to act on."""
        if editable != self._editable:
            self._editable = editable and bool(self.sha)
            self.history_changed.emit()

    def clear(self) -> None:
        """No document: nothing to edit, undo or redo."""
        self.sha = ""
        self._history = EditHistory()
        self._editable = False
        self.history_changed.emit()

    def apply(self, edit: Correction) -> None:
        """Record ``edit`` as the newest correction and show its effect."""
        if not self._editable:
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
        if not self._editable:
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
    def _changed(self) -> None:
        self.corrections_changed.emit(self._history.active)
        self.history_changed.emit()
        if self.store.warning != self._warning:
            self._warning = self.store.warning
            self.warning_changed.emit(self._warning)
