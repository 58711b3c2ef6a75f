"""AnalysisProgress: how far the analysis is, above the actor list, with a way to stop it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget


class AnalysisProgress(QWidget):
    """A progress bar and a Cancel button, shown while a document is being analysed.

    A book takes about a minute: the panel says how far it is rather than only
    "Finding the actors…", and the reader may stop it (the text and the highlights found
    so far stay).

    Signals:
        cancel_requested(): the reader pressed Cancel.
    """

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setAccessibleName("Analysis progress")
        self.bar.setFormat("%p %")  # the line above says what is being done
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the analysis; the text and the highlights so far stay")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.hide()

    def start(self) -> None:
        self.bar.setRange(0, 0)  # busy until the first chunk reports
        self.show()

    def set_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def stop(self) -> None:
        self.hide()
