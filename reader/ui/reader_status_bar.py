"""ReaderStatusBar: what the window is doing, the pipeline in use, and store warnings."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar


class ReaderStatusBar(QObject):
    """Fills the window's status bar with its parts.

    A message on the left; orphaned corrections, store warning, progress and the
    pipeline on the right. (It fills the window's own status bar rather than replacing
    it: a replaced one kept the offscreen window from shrinking.)

    Signals:
        orphans_requested(): the reader asked to see the corrections that no longer match.
    """

    orphans_requested = Signal()

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.status_label = QLabel("")
        self.pipeline_label = QLabel("Loading the language pipeline…")
        self.progress = QProgressBar()
        self.progress.setFixedWidth(160)
        self.progress.setFixedHeight(bar.fontMetrics().height() + 4)
        self.progress.setAccessibleName("Analysis progress")
        self.progress.setFormat("%p %")
        self.progress.hide()
        self.store_label = QLabel("")
        self.store_label.setStyleSheet("color: #a04000;")
        self.store_label.hide()
        self.orphans_button = QPushButton("")
        self.orphans_button.setFlat(True)
        self.orphans_button.setToolTip(
            "Corrections you made whose text is no longer in the document"
        )
        self.orphans_button.hide()
        self.orphans_button.clicked.connect(self.orphans_requested)
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.orphans_button)
        bar.addPermanentWidget(self.store_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.pipeline_label)

    def show_status(self, text: str) -> None:
        """The message on the left: what the window is doing, or the document's counts."""
        self.status_label.setText(text)

    def status(self) -> str:
        return self.status_label.text()

    def set_pipeline(self, text: str) -> None:
        """The language pipeline in use, at the right end."""
        self.pipeline_label.setText(text)

    def pipeline(self) -> str:
        return self.pipeline_label.text()

    def is_busy(self) -> bool:
        """True while the progress bar is shown."""
        return self.progress.isVisible()

    def start_progress(self) -> None:
        self.progress.setRange(0, 0)  # busy until the first chunk reports
        self.progress.show()

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def stop_progress(self) -> None:
        self.progress.hide()

    def set_store_warning(self, warning: str) -> None:
        # Shown for as long as edits are only in memory, not as a passing message.
        self.store_label.setText("Corrections not saved" if warning else "")
        self.store_label.setToolTip(warning)
        self.store_label.setVisible(bool(warning))

    def set_orphans(self, count: int) -> None:
        self.orphans_button.setVisible(count > 0)
        noun = "correction no longer matches" if count == 1 else "corrections no longer match"
        self.orphans_button.setText(f"{count} {noun} — show")
