"""The reading page: the legend over the text, beside the actor panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget


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
