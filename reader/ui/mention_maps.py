"""MentionMaps: where each actor appears, at a glance: the panel's strips and the text's ruler.

Both follow the panel's current actor and mention, the one F3 steps through, and a
click on either selects that mention in the panel, which moves the text there: one
path for every way of going to a mention.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from reader.core.documents.article import Article
from reader.core.text.mentions import Actor, Mention
from reader.ui.overview_ruler import OverviewRuler

if TYPE_CHECKING:
    from reader.ui.window_parts import ReaderWindow

#: Width of the "Where" column, in average characters of the panel's font.
STRIP_CHARS = 16


class MentionMaps(QObject):
    """Owns the strip delegate and the overview ruler and keeps them on the current mention."""

    def __init__(self, window: ReaderWindow) -> None:
        super().__init__(window)
        self._window = window
        panel, view = window.panel, window.view
        self.ruler = OverviewRuler()
        view.setVerticalScrollBar(self.ruler)
        self.strips = panel.add_strips(STRIP_CHARS)
        self.strips.mention_clicked.connect(self._go_to)
        self.ruler.mark_clicked.connect(self._go_to)
        panel.actor_selected.connect(self._on_panel_actor_selected)
        panel.mention_selected.connect(self._on_panel_mention_selected)
        window.display_options_changed.connect(self._sync)
        window.loader.loaded.connect(self._on_loader_loaded)
        # Emitted once the window shows a result: the panel has the new actors.
        window.analysis_shown.connect(self._sync)

    def shutdown(self) -> None:
        """The window is closing: nothing to let go (it listens to the window only)."""

    def _go_to(self, actor: Actor, mention: Mention) -> None:
        self._window.panel.select_mention(actor.id, mention)

    def _sync(self, *_args: object) -> None:
        panel = self._window.panel
        actor = panel.current_actor()
        self.ruler.set_marks(actor, panel.current_mentions() if actor is not None else ())
        current = self._window.view.current
        if (
            current is not None
            and actor is not None
            and current.actor is not None
            and current.actor.id == actor.id
        ):
            self.ruler.set_current(current.mention)

    def _on_panel_actor_selected(self, actor: Actor | None) -> None:
        mentions = self._window.panel.current_mentions() if actor is not None else ()
        self.ruler.set_marks(actor, mentions)
        if mentions:
            self.ruler.set_current(mentions[0])  # the text shows an actor's first mention

    def _on_panel_mention_selected(self, _actor: Actor, mention: Mention) -> None:
        self.ruler.set_current(mention)

    def _on_loader_loaded(self, _article: Article) -> None:
        self.ruler.set_document(self._window.view.document(), self._window.view.offsets())
