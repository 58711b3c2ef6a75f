"""ArticleView: the read-only article with every mention highlighted in its kind's look.

A QPlainTextEdit lays out only what is on screen, so a whole book opens at once.
Highlights are character formats applied in slices on the event loop, the visible
part first, so styling 27,000 mentions never stalls the window.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from reader.core.display.options import DisplayOptions
from reader.core.display.placed_index import PlacedIndex
from reader.core.display.themes import Theme
from reader.core.documents.article import Article
from reader.core.result import PlacedMention
from reader.core.text.local import display_text
from reader.core.text.mentions import Mention
from reader.core.text.offsets import Utf16Offsets
from reader.ui.highlight_formats import (
    HighlightLooks,
    cleared_formats,
    current_format,
    structure_formats,
    tooltip_text,
)
from reader.ui.styling_turns import in_budget, merge_span, turn_deadline
from reader.ui.text_feed import FIRST_SCREEN, FIRST_TEXT_SLICE, TEXT_SLICE, TextFeed

#: Milliseconds a new result's highlights wait for the actor list to be laid out and shown.
RESULT_STYLING_DELAY_MS = 30
#: The text column is never wider than this many average characters.
READING_WIDTH_CHARS = 78


class ArticleView(QPlainTextEdit):
    """The article text.

    Signals:
        mention_clicked(object): a highlight was clicked; its PlacedMention.
        context_menu_requested(QPoint, object, object): a context menu was asked for
            at this global position, over this PlacedMention (or ``None``), with this
            selected ``(start, end)`` span in code points, trimmed of spaces (or
            ``None`` when nothing is selected there).
    """

    mention_clicked = Signal(object)
    context_menu_requested = Signal(QPoint, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)  # Tab moves on to the actor panel, as in a reader
        self.setAcceptDrops(False)  # drops go to the window, which opens the file
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setObjectName("articleView")
        font = QFont()
        font.setFamilies(["Charter", "Georgia", "Source Serif Pro", "DejaVu Serif", "serif"])
        font.setPointSizeF(12.5)
        self.setFont(font)
        self.setAccessibleName("Article")
        self._placed = PlacedIndex()
        self._offsets = Utf16Offsets("")
        self._text_length = 0
        # The window's options, as last handed down; until then every kind shows.
        self._options = DisplayOptions(hidden_kinds=frozenset())
        self._focus_actor: str | None = None
        self._pending: list[PlacedMention] = []  # styled from the end
        # Spans found so far while a long text is analysed: shown at once, replaced by
        # the grouped result (they have no actor, so clicks wait for that).
        self._interim: list[PlacedMention] = []
        self._stale: list[PlacedMention] = []  # earlier highlights, cleared unless kept
        # Headings and page furniture still to style: (start, end, format), from the end.
        self._structure: list[tuple[int, int, QTextCharFormat]] = []
        self._style_timer = QTimer(self)
        self._style_timer.setInterval(0)
        self._style_timer.timeout.connect(self._style_next_slice)
        self._late_start = QTimer(self)
        self._late_start.setSingleShot(True)
        self._late_start.setInterval(RESULT_STYLING_DELAY_MS)
        self._late_start.timeout.connect(self._style_timer.start)
        self._text_rest = TextFeed()
        self._headings: tuple[tuple[int, int], ...] = ()
        self._furniture: tuple[tuple[int, int], ...] = ()
        self._text_timer = QTimer(self)
        self._text_timer.setInterval(0)
        self._text_timer.timeout.connect(self._append_next_slice)
        self.current: PlacedMention | None = None
        self._theme: Theme = "light"
        self._looks = HighlightLooks()
        # Extra selections by owner ("current" mention, "find" matches), drawn together.
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}

    # -- commands --
    def show_article(self, article: Article) -> None:
        """Show the article's text at once; highlights follow with :meth:`set_mentions`."""
        self._style_timer.stop()
        self._late_start.stop()
        self._pending = []
        self._interim = []
        self._stale = []
        self._structure = []
        self._placed, self.current = PlacedIndex(), None
        self._focus_actor = None
        self._offsets = Utf16Offsets(article.text)
        self._text_length = len(article.text)
        self._layers.clear()
        self.setExtraSelections([])
        # A book is handed to Qt in slices: one setPlainText of 3 MB stalls for 0.2 s.
        # Very long lines are shown broken at sentence ends (same length, same offsets).
        text = display_text(article.text)
        self._text_rest = TextFeed(text, FIRST_TEXT_SLICE, TEXT_SLICE)
        self._headings = tuple(article.headings)
        self._furniture = tuple(article.furniture)
        self.setPlainText(text[:FIRST_TEXT_SLICE])
        self.moveCursor(QTextCursor.MoveOperation.Start)
        # The headline is styled at once, not when a book's last slice is in: the first
        # thing the reader sees never changes its look. A book's contents can list
        # hundreds of headings; those past the first turn's budget follow in slices.
        self._queue_structure(0, FIRST_SCREEN)
        self._style_next_slice()
        self._queue_structure(FIRST_SCREEN, FIRST_TEXT_SLICE)
        if self._structure:
            self._style_timer.start()
        if self._text_rest:
            self._text_timer.start()

    def _append_next_slice(self) -> None:
        if self._text_rest:
            cursor = QTextCursor(self.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(self._text_rest.pop())
        if not self._text_rest:
            self._text_timer.stop()
            self._queue_structure(FIRST_TEXT_SLICE, self._text_length)
            self.restyle()

    def set_mentions(
        self, placed: Sequence[PlacedMention], starts: Sequence[int] | None = None
    ) -> None:
        """Highlight ``placed`` (sorted by start), replacing any earlier highlights.

        ``starts`` are where they start, if known: a result brings them made off the UI
        thread (a book's 40,000 take 5-10 ms to list here).
        """
        # Earlier highlights are cleared in the same slices, before the new ones are
        # styled, where no new highlight has the same span: a book has 40k of them.
        self._stale = self._placed.placed + self._interim
        self._interim = []
        self._placed = PlacedIndex(placed, starts)
        self.current = None
        self.set_layer("current", [])
        # Styled a few turns later: a new result arrives in a turn that also fills the
        # actor list, whose layout and first paint come first (on a book, styling in the
        # same turns stalled the window); the interim highlights stay on screen meanwhile.
        self.restyle(now=False, later=True)

    def add_interim(self, mentions: Sequence[Mention]) -> None:
        """Highlight spans found so far; :meth:`set_mentions` replaces them with the result."""
        items = [PlacedMention(m, None, 1, 1) for m in mentions]
        self._interim.extend(items)
        if self._text_rest:
            return  # styled with everything else once the text is in
        self._pending[:0] = items[::-1]
        self._style_timer.start()

    def set_display_options(self, options: DisplayOptions) -> None:
        """Highlight what ``options`` show: the kinds not hidden, inferred mentions or not."""
        if options != self._options:
            self._options = options
            self.restyle()

    def focus_actor(self, actor_id: str | None) -> None:
        """Emphasise one actor's mentions and fade the rest (``None``: all alike).

        ``None`` also takes away the current-mention mark and the selection on it:
        after Esc no mention looks current.
        """
        if actor_id is None and self.current is not None:
            self.current = None
            self.set_layer("current", [])
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
        if actor_id != self._focus_actor:
            self._focus_actor = actor_id
            self.restyle()

    def show_mention(self, placed: PlacedMention, scroll: bool = True) -> None:
        """Put the text cursor on a mention, scroll it into view and mark it.

        With ``scroll`` False (the reader clicked it) the text stays exactly where it is.
        """
        self.current = placed
        cursor = self.textCursor()
        cursor.setPosition(self._offsets.to_qt(placed.mention.start))
        cursor.setPosition(self._offsets.to_qt(placed.mention.end), QTextCursor.MoveMode.KeepAnchor)
        bar = self.verticalScrollBar()
        kept = bar.value()
        self.setTextCursor(cursor)
        if scroll:
            self.centerCursor()
        else:
            bar.setValue(kept)
        self._mark_current()

    def set_layer(self, name: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Replace one owner's extra selections (find matches, the current mention)."""
        self._layers[name] = selections
        # The current mention is drawn last, over any find match.
        order = sorted(self._layers, key=lambda layer: layer == "current")
        self.setExtraSelections([s for layer in order for s in self._layers[layer]])

    def set_theme(self, theme: Theme) -> None:
        """Draw highlights in the light or the dark theme's colours."""
        if theme != self._theme:
            self._theme = theme
            self._mark_current()
            self.restyle()

    def theme(self) -> Theme:
        return self._theme

    def set_point_size(self, points: float) -> None:
        """Zoom: the text's size in points; headings and page furniture keep their scale."""
        font = self.font()
        font.setPointSizeF(points)
        self.setFont(font)
        if not self._text_rest:
            self._queue_structure(-1, self._text_length)
            self.restyle()
        self.resizeEvent(QResizeEvent(self.size(), self.size()))  # the column follows the font

    def _mark_current(self) -> None:
        placed = self.current
        if placed is None:
            self.set_layer("current", [])
            return
        mark = QTextEdit.ExtraSelection()
        mark.cursor = QTextCursor(self.document())
        mark.cursor.setPosition(self._offsets.to_qt(placed.mention.start))
        mark.cursor.setPosition(
            self._offsets.to_qt(placed.mention.end), QTextCursor.MoveMode.KeepAnchor
        )
        mark.format = current_format(placed.mention.label, self._theme)
        self.set_layer("current", [mark])

    def mention_at(self, qt_position: int) -> PlacedMention | None:
        """The visible highlight covering Qt position ``qt_position``, if any."""
        position = self._offsets.from_qt(qt_position)
        placed = self._placed.last_starting_at_or_before(position)
        if placed is None:
            return None
        if placed.mention.start <= position < placed.mention.end and self._visible(placed):
            return placed
        return None

    def selected_span(self) -> tuple[int, int] | None:
        """The selected text as code-point offsets without surrounding spaces, if any."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._offsets.from_qt(cursor.selectionStart())
        end = self._offsets.from_qt(cursor.selectionEnd())
        selected = self.toPlainText()[start:end]  # Python's str counts code points
        start += len(selected) - len(selected.lstrip())
        end -= len(selected) - len(selected.rstrip())
        return (start, end) if start < end else None

    def offsets(self) -> Utf16Offsets:
        """Code point <-> Qt position mapping of the text shown (shared, built once)."""
        return self._offsets

    def placed_mentions(self) -> list[PlacedMention]:
        return list(self._placed.placed)

    def is_styling(self) -> bool:
        """True while the text or its highlights are still being applied."""
        return bool(self._pending or self._stale or self._structure or self._text_rest)

    def restyle(self, now: bool = True, later: bool = False) -> None:
        """Re-apply every highlight's look, the part on screen first.

        ``now``: from this turn; ``later``: after :data:`RESULT_STYLING_DELAY_MS`.
        """
        if self._text_rest:
            return  # _append_next_slice restyles once the whole text is in
        first_visible = self._offsets.from_qt(self.cursorForPosition(QPoint(0, 0)).position())
        order = self._placed.from_position(first_visible) + self._interim
        self._pending = order[::-1]  # popped from the end
        if now and self.is_styling():
            self._style_next_slice()
        if self.is_styling() and later:
            self._style_timer.stop()
            self._late_start.start()
        elif self.is_styling():
            self._style_timer.start()

    # -- styling --
    def _visible(self, placed: PlacedMention) -> bool:
        return self._options.shows(placed.mention)

    def _format_for(self, placed: PlacedMention) -> QTextCharFormat:
        visible = self._visible(placed)
        return self._looks.format_for(placed, visible, self._focus_actor, self._theme)

    def _style_next_slice(self) -> None:
        """One turn's worth of styling: headings, then clearing stale highlights, then new."""
        deadline = turn_deadline()
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        done = 0
        while self._structure and in_budget(done, 16, deadline):
            start, end, fmt = self._structure.pop()
            merge_span(cursor, self._offsets, start, end, fmt)
            done += 1
        # Highlights wait for the whole text: their spans may lie past what is in yet.
        size = self.font().pointSizeF()
        while self._stale and not self._text_rest and in_budget(done, 64, deadline):
            old = self._stale.pop().mention
            if not self._placed.holds(old):
                for start, end, fmt in cleared_formats(old.start, old.end, self._furniture, size):
                    merge_span(cursor, self._offsets, start, end, fmt)
            done += 1
        while (
            self._pending
            and not self._stale
            and not self._text_rest
            and in_budget(done, 64, deadline)
        ):
            placed = self._pending.pop()
            mention = placed.mention
            merge_span(cursor, self._offsets, mention.start, mention.end, self._format_for(placed))
            done += 1
        cursor.endEditBlock()
        if not self.is_styling() or (self._text_rest and not self._structure):
            self._style_timer.stop()

    def _queue_structure(self, low: int, high: int) -> None:
        """Queue the headings and page furniture that end in ``(low, high]``, in text order."""
        size = self.font().pointSizeF()
        spans = structure_formats(self._headings, self._furniture, low, high, size)
        self._structure[:0] = spans[::-1]  # after what is queued already

    # -- Qt overrides --
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            placed = self.mention_at(self.cursorForPosition(event.pos()).position())
            if placed is not None:
                QToolTip.showText(
                    event.globalPos(),
                    tooltip_text(self._options.show_inferred, placed),
                    self.viewport(),
                )
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        qt_position = self.cursorForPosition(event.pos()).position()
        span = self.selected_span()
        position = self._offsets.from_qt(qt_position)
        if span is not None and not span[0] <= position <= span[1]:
            span = None  # a right-click outside the selection is about what is under it
        placed = None if span is not None else self.mention_at(qt_position)
        self.context_menu_requested.emit(event.globalPos(), placed, span)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        placed = self.mention_at(self.cursorForPosition(event.position().toPoint()).position())
        if placed is not None and placed.actor is not None:
            self.mention_clicked.emit(placed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        column = self.fontMetrics().averageCharWidth() * READING_WIDTH_CHARS
        side = max(16, (self.width() - column) // 2)
        self.setViewportMargins(side, 12, side, 12)
        super().resizeEvent(event)
