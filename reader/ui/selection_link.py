"""SelectionLink: the actor panel and the text follow each other (select, click, Esc)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot

from reader.core.result import PlacedMention
from reader.core.text.mentions import Actor, Mention
from reader.ui.actor_panel import ActorPanel
from reader.ui.article_view import ArticleView


class SelectionLink(QObject):
    """The panel's actor or mention is shown in the text; a clicked highlight is selected.

    A click in the text never scrolls it: the spot under the pointer stays where it is
    while the panel follows.
    """

    def __init__(self, panel: ActorPanel, view: ArticleView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panel = panel
        self._view = view
        self._clicked_in_text = False
        panel.actor_selected.connect(self._on_panel_actor_selected)
        panel.mention_selected.connect(self._on_panel_mention_selected)
        panel.actor_activated.connect(self._on_panel_actor_activated)
        view.mention_clicked.connect(self._on_view_mention_clicked)

    def clear_focus(self) -> None:
        """Esc: no actor selected, every highlight alike, no mention marked current."""
        self._panel.clear_selection()
        self._view.focus_actor(None)

    @staticmethod
    def _placed_for(actor: Actor, mention: Mention) -> PlacedMention | None:
        mentions = actor.mentions
        for ordinal, candidate in enumerate(mentions, start=1):
            if candidate == mention:
                return PlacedMention(mention, actor, ordinal, len(mentions))
        return None

    @Slot(object)
    def _on_panel_actor_selected(self, actor: Actor | None) -> None:
        self._view.focus_actor(actor.id if actor else None)
        mentions = self._panel.current_mentions()
        if actor is not None and mentions and not self._clicked_in_text:
            placed = self._placed_for(actor, mentions[0])
            if placed is not None:
                self._view.show_mention(placed)

    @Slot(object, object)
    def _on_panel_mention_selected(self, actor: Actor, mention: Mention) -> None:
        self._view.focus_actor(actor.id)
        placed = self._placed_for(actor, mention)
        if placed is not None:
            self._view.show_mention(placed, scroll=not self._clicked_in_text)

    @Slot(object)
    def _on_panel_actor_activated(self, actor: Actor) -> None:
        self._on_panel_actor_selected(actor)
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(object)
    def _on_view_mention_clicked(self, placed: PlacedMention) -> None:
        if placed.actor is not None:
            self._clicked_in_text = True
            try:
                self._panel.select_mention(placed.actor.id, placed.mention)
            finally:
                self._clicked_in_text = False
