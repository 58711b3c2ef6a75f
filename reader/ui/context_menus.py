"""Context menus and message boxes the window opens: built here, shown without blocking."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from reader.core.edits.corrections import Correction, describe
from reader.core.result import PlacedMention
from reader.ui.edit_actions import EditActions, EditTarget


def view_target(placed: PlacedMention | None, span: tuple[int, int] | None) -> EditTarget:
    """What a right-click in the text is about: a selection, an actor's mention, or a value."""
    if span is not None:
        return EditTarget(span=span)
    if placed is not None and placed.actor is not None:
        return EditTarget((placed.actor,), (placed.mention,))
    if placed is not None:  # a date or a number: it can become an actor
        return EditTarget(span=(placed.mention.start, placed.mention.end))
    return EditTarget()


def popup_menu(
    parent: QWidget,
    edit_actions: EditActions | None,
    target: EditTarget,
    position: QPoint,
    extra: QMenu | None = None,
) -> QMenu | None:
    """Open the edits for ``target`` (plus ``extra``'s actions) at ``position``; None if empty."""
    menu = QMenu(parent)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if edit_actions is not None:
        edit_actions.populate(menu, target)
    if extra is not None:
        if menu.actions():
            menu.addSeparator()
        for action in extra.actions():
            menu.addAction(action)
    if not menu.actions():
        menu.deleteLater()
        return None
    menu.popup(position)
    return menu


def open_message(parent: QWidget, title: str, text: str, *, warning: bool = True) -> QMessageBox:
    """A window-modal message that does not block: the window keeps working behind it."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def orphaned_text(orphaned: Sequence[Correction]) -> str:
    lines = "\n".join(f"• {describe(c)}" for c in orphaned)
    return (
        f"{len(orphaned)} of your corrections were made on a text that has changed "
        "here, so they are not applied. They are kept, not deleted:\n\n" + lines
    )
