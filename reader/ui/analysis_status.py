"""AnalysisStatus: how the analysis is going, told in the status bar and the panel.

Progress while a document is analysed, the highlights found so far, a failure, the
pipeline's name (or its absence), and the panel's Cancel. The finished analysis itself
is the window's to show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from reader.core.text.mentions import Mention
    from reader.ui.window_parts import ReaderWindow


class AnalysisStatus(QObject):
    """Listens to the (shared, long-lived) analysis service for one window."""

    def __init__(self, window: ReaderWindow) -> None:
        super().__init__(window)
        self._window = window
        service = window.service
        self._connections: list[tuple[SignalInstance, Callable[..., None]]] = [
            (service.analysis_failed, self._on_service_analysis_failed),
            (service.analysis_progress, self._on_service_progress),
            (service.analysis_partial, self._on_service_partial),
            (service.pipeline_ready, self._on_service_pipeline_ready),
            (service.pipeline_unavailable, self._on_service_pipeline_unavailable),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        window.panel.cancel_requested.connect(self._on_panel_cancel_requested)
        if service.pipeline_label:
            self._on_service_pipeline_ready(service.pipeline_label)

    def detach(self) -> None:
        """Stop listening to the service (the window is closing; the service goes on)."""
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []

    def _stop(self) -> None:
        self._window.status_bar.stop_progress()
        self._window.panel.stop_progress()

    @Slot(str)
    def _on_service_analysis_failed(self, message: str) -> None:
        window = self._window
        self._stop()
        window.status_bar.show_status("The text is shown without highlights.")
        window.panel.set_status("No actors: the text could not be analysed.")
        window.show_message("The article could not be analysed", message)

    @Slot(object)
    def _on_service_partial(self, mentions: tuple[Mention, ...]) -> None:
        if self._window.article is not None and self._window.analysis is None:
            self._window.view.add_interim(mentions)

    @Slot(int, int)
    def _on_service_progress(self, done: int, total: int) -> None:
        self._window.status_bar.set_progress(done, total)
        self._window.panel.set_progress(done, total)

    @Slot()
    def _on_panel_cancel_requested(self) -> None:
        """Stop the analysis; the text and the highlights found so far stay."""
        window = self._window
        if window.article is None or window.analysis is not None:
            return
        window.service.cancel()
        self._stop()
        window.panel.set_status("Analysis stopped: the highlights found so far are shown.")
        window.status_bar.show_status("Analysis stopped")

    @Slot(str)
    def _on_service_pipeline_ready(self, label: str) -> None:
        self._window.status_bar.set_pipeline(f"spaCy {label}")

    @Slot(str)
    def _on_service_pipeline_unavailable(self, message: str) -> None:
        self._window.status_bar.set_pipeline("No language pipeline")
        self._window.show_message("No language pipeline", message)
