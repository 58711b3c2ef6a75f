"""EditMenus: the Edit menu and the panel's and text's context menus, on the current selection.

The window owns the document; this object turns the panel's selection and a right-click
on the panel or the text into an :class:`~reader.ui.edit_actions.EditTarget` and offers
the edits that fit it (:class:`~reader.ui.edit_actions.EditActions`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Slot

from reader.ui.context_menus import popup_menu, view_target
from reader.ui.edit_actions import EditTarget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from reader.core.result import PlacedMention
    from reader.core.text.mentions import Actor
    from reader.ui.window_parts import ReaderWindow


class EditMenus(QObject):
    """Keeps the Edit menu on the panel's selection and pops up the context menus."""

    def __init__(self, window: ReaderWindow) -> None:
        super().__init__(window)
        self._window = window
        window.view.context_menu_requested.connect(self._on_view_context_menu_requested)
        window.panel.context_menu_requested.connect(self._on_panel_context_menu_requested)
        window.panel.selection_changed.connect(self.update)
        window.panel.actors_dropped.connect(self._on_panel_actors_dropped)

    def panel_target(self) -> EditTarget:
        """What the panel's selection is: actors, and the mentions chosen in them."""
        panel = self._window.panel
        pairs = panel.selected_mentions()
        actors = panel.selected_actors()
        if not actors and pairs:
            actors = tuple(dict.fromkeys(actor for actor, _mention in pairs))
        return EditTarget(actors, tuple(mention for _actor, mention in pairs))

    @Slot()
    def update(self) -> None:
        """Fill the Edit menu for the current selection (nothing to edit without a document)."""
        window = self._window
        target = self.panel_target() if window.analysis is not None else EditTarget()
        window.edit_actions.fill_edit_menu(window.edit_menu, target)

    def _popup(self, target: EditTarget, position: QPoint, extra: QMenu | None = None) -> None:
        window = self._window
        actions = window.edit_actions if window.analysis is not None else None
        menu = popup_menu(window, actions, target, position, extra)
        if menu is not None:
            window.last_context_menu = menu

    @Slot(QPoint)
    def _on_panel_context_menu_requested(self, position: QPoint) -> None:
        self._popup(self.panel_target(), position)

    @Slot(QPoint, object, object)
    def _on_view_context_menu_requested(
        self, position: QPoint, placed: PlacedMention | None, span: tuple[int, int] | None
    ) -> None:
        window = self._window
        standard = window.view.createStandardContextMenu()
        standard.setParent(window, standard.windowFlags())
        standard.hide()
        self._popup(view_target(placed, span), position, standard)

    @Slot(object, object)
    def _on_panel_actors_dropped(self, sources: tuple[Actor, ...], target: Actor) -> None:
        self._window.edit_actions.merge(sources, target)
