"""TextFeed: the rest of a long text, handed to the text view a slice at a time."""

from __future__ import annotations

#: Characters of text handed to Qt per event-loop turn: ~5 ms each (insertText).
TEXT_SLICE = 50_000
#: The first turn's share: a few screens (~1.5 ms), as that turn also paints them.
FIRST_TEXT_SLICE = 20_000
#: Characters that can be on the first screen: their headings are styled before it shows.
FIRST_SCREEN = 4_000


class TextFeed:
    """What is left of ``text`` after ``start``, cut into slices of ``size`` as asked.

    Slices are cut when taken, not all up front: cutting a book's 3 MB into slices at
    once took 6 ms of the turn that first shows its text.
    """

    def __init__(self, text: str = "", start: int = 0, size: int = 1) -> None:
        self._text = text
        self._at = min(start, len(text))
        self._size = max(1, size)

    def __bool__(self) -> bool:
        return self._at < len(self._text)

    def pop(self) -> str:
        """The next slice (empty once all is taken)."""
        piece = self._text[self._at : self._at + self._size]
        self._at += len(piece)
        return piece
