"""FindBar: find in the text (Ctrl+F), with a match count, steps, case and whole-word options.

Matches are found in Python over the document's text (a regular expression over War and
Peace takes a few milliseconds), and only the matches on screen are drawn as extra
selections, refreshed as the text scrolls: a book can hold 30,000 matches of "the", and
Qt checks every extra selection for every line it paints.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from reader.core.display.themes import find_look
from reader.core.text.offsets import Utf16Offsets
from reader.ui.article_view import ArticleView

#: Texts longer than this are searched after a short pause in typing, not on every key.
INSTANT_LIMIT = 200_000
TYPING_PAUSE_MS = 150


def find_spans(text: str, query: str, match_case: bool, whole_word: bool) -> list[tuple[int, int]]:
    """Every ``(start, end)`` of ``query`` in ``text``, in code points, not overlapping."""
    if not query:
        return []
    pattern = re.escape(query)
    if whole_word:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    flags = 0 if match_case else re.IGNORECASE
    return [m.span() for m in re.finditer(pattern, text, flags)]


def _button(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    return button


class FindBar(QWidget):
    """A bar under the text: query, "3 of 12", previous/next, match case, whole word, close.

    Enter goes to the next match, Shift+Enter to the previous one, Esc closes the bar.

    Signals:
        closed(): the bar was closed; the text has the focus again.
    """

    closed = Signal()

    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._view = view
        self._text = ""
        self._offsets = Utf16Offsets("")
        self._starts: list[int] = []
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self.edit = QLineEdit(placeholderText="Find in the text")
        self.edit.setAccessibleName("Find in the text")
        self.edit.setClearButtonEnabled(True)
        self.count_label = QLabel("")
        self.count_label.setMinimumWidth(90)
        self.previous_button = _button("▲", "Previous match (Shift+Enter)")
        self.next_button = _button("▼", "Next match (Enter)")
        self.case_check = QCheckBox("Match case")
        self.word_check = QCheckBox("Whole word")
        self.close_button = _button("✕", "Close (Esc)")
        self.close_button.setAccessibleName("Close find bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.case_check)
        layout.addWidget(self.word_check)
        layout.addWidget(self.close_button)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.search)
        self._marks_timer = QTimer(self, singleShot=True, interval=0)
        self._marks_timer.timeout.connect(self._mark_visible)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.installEventFilter(self)
        self.case_check.toggled.connect(self.search)
        self.word_check.toggled.connect(self.search)
        self.previous_button.clicked.connect(self.previous_match)
        self.next_button.clicked.connect(self.next_match)
        self.close_button.clicked.connect(self.close_bar)
        view.verticalScrollBar().valueChanged.connect(self._on_view_scrolled)
        self.hide()

    # -- commands --
    def set_text(self, text: str) -> None:
        """The document's text (code points); matches are searched again in it."""
        self._text = text
        self._offsets = self._view.offsets()  # the view's own: one scan of a book, not two
        self.search()

    def open_bar(self) -> None:
        """Show the bar with the query selected; a short selection in the text becomes it."""
        selected = self._view.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) <= 100:
            self.edit.setText(selected)
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self._view.set_layer("find", [])
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def search(self) -> None:
        """Find every match of the query; the first one at or after the view's top is current."""
        self._typing.stop()
        query = self.edit.text()
        self.matches = find_spans(
            self._text, query, self.case_check.isChecked(), self.word_check.isChecked()
        )
        self._starts = [start for start, _end in self.matches]
        self.current = -1
        if self.matches:
            top = self._offsets.from_qt(self._view.cursorForPosition(QPoint(0, 0)).position())
            self.current = bisect_left(self._starts, top) % len(self.matches)
            self._show_current()
        else:
            self._mark_visible()
        self._update_count()

    def next_match(self) -> None:
        self._step(+1)

    def previous_match(self) -> None:
        self._step(-1)

    # -- internals --
    def _step(self, delta: int) -> None:
        if self._typing.isActive():
            self.search()
            if delta > 0:
                return  # the search already went to the first match
        if not self.matches:
            return
        self.current = (self.current + delta) % len(self.matches)
        self._show_current()
        self._update_count()

    def _show_current(self) -> None:
        start, end = self.matches[self.current]
        cursor = self._view.textCursor()
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self._view.setTextCursor(cursor)
        self._view.centerCursor()
        self._mark_visible()

    def _update_count(self) -> None:
        if not self.edit.text():
            self.count_label.setText("")
        elif not self.matches:
            self.count_label.setText("No matches")
        else:
            self.count_label.setText(f"{self.current + 1} of {len(self.matches)}")
        self.previous_button.setEnabled(bool(self.matches))
        self.next_button.setEnabled(bool(self.matches))

    def visible_range(self) -> tuple[int, int]:
        """The code-point span of the text on screen."""
        viewport = self._view.viewport()
        first = self._view.cursorForPosition(QPoint(0, 0)).position()
        last = self._view.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        return self._offsets.from_qt(first), self._offsets.from_qt(last)

    def _mark_visible(self) -> None:
        if not self.isVisible() or not self.matches:
            self._view.set_layer("find", [])
            return
        first, last = self.visible_range()
        low = max(0, bisect_right(self._starts, first) - 1)
        high = bisect_right(self._starts, last)
        theme = self._view.theme()
        marks = []
        for index in range(low, high):
            start, end = self.matches[index]
            look = find_look(theme, index == self.current)
            mark = QTextEdit.ExtraSelection()
            mark.cursor = QTextCursor(self._view.document())
            mark.cursor.setPosition(self._offsets.to_qt(start))
            mark.cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(look.background))
            fmt.setForeground(QColor(look.text))
            mark.format = fmt
            marks.append(mark)
        self._view.set_layer("find", marks)

    def _on_view_scrolled(self, _value: int) -> None:
        self._marks_timer.start()  # once per event-loop turn, however many steps came

    def _on_edit_text_changed(self, _text: str) -> None:
        if len(self._text) <= INSTANT_LIMIT:
            self.search()
        else:
            self._typing.start()

    # -- Qt overrides --
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent):
            key = event.key()
            if event.type() == QEvent.Type.ShortcutOverride and key == Qt.Key.Key_Escape:
                event.accept()  # Esc closes the bar instead of the window's "show all alike"
                return True
            if event.type() == QEvent.Type.KeyPress and key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.type() == QEvent.Type.KeyPress and key in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self._step(-1 if shift else +1)
                return True
        return super().eventFilter(watched, event)
