"""The reading page: the legend over the text, beside the actor panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QSplitter, QVBoxLayout, QWidget


def reading_splitter(legend: QWidget, view: QWidget, panel: QWidget) -> QSplitter:
    """The legend over the text on the left, the panel on the right (3:2, never collapsed)."""
    reading = QWidget()
    layout = QVBoxLayout(reading)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(legend)
    layout.addWidget(view, 1)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(reading)
    splitter.addWidget(panel)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setChildrenCollapsible(False)
    return splitter


def put_below_text(view: QWidget, widget: QWidget) -> None:
    """Add ``widget`` (the find bar) under the text, in the text's column."""
    reading = view.parentWidget()
    layout = reading.layout() if reading is not None else None
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.indexOf(view) + 1, widget)


def put_below_panel(splitter: QSplitter, panel: QWidget, below: QWidget) -> QSplitter:
    """Put ``below`` under the actor panel, the two in a column of their own (3:2).

    Returns the column, whose sizes the caller keeps.
    """
    column = QSplitter(Qt.Orientation.Vertical)
    column.setObjectName("actorColumn")
    column.setChildrenCollapsible(False)
    splitter.replaceWidget(splitter.indexOf(panel), column)
    column.addWidget(panel)
    column.addWidget(below)
    panel.show()  # replaceWidget hid it
    column.setStretchFactor(0, 3)
    column.setStretchFactor(1, 2)
    return column
