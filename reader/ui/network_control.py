"""NetworkControl: the "Network" tab beside "Appears with", its selection and its exports.

A click on a node selects that actor in the panel (the text follows, as for every other
way of choosing an actor); selecting an actor anywhere rings its node. Exports hold the
whole network at the current filters and are written with
:func:`~reader.core.export.writing.write_atomically`, never over the document.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from reader.core.actors.cooccurrence import Cooccurrence
from reader.core.display.network import build_graph, to_edges_csv, to_gexf, to_graphml
from reader.core.export.writing import OverwriteSourceError, write_atomically
from reader.core.text.mentions import Actor
from reader.ui.network_view import NetworkPanel

if TYPE_CHECKING:
    from reader.ui.companions_control import CompanionsControl
    from reader.ui.window_parts import ReaderWindow

#: (file dialog filter, suffix) per export.
NETWORK_FORMATS: dict[str, tuple[str, str]] = {
    "graphml": ("GraphML (*.graphml)", ".graphml"),
    "gexf": ("GEXF (*.gexf)", ".gexf"),
    "csv": ("CSV (*.csv)", "-edges.csv"),
}


class NetworkControl(QObject):
    """Owns the network tab; follows the co-occurrence index the companions control builds."""

    def __init__(self, window: ReaderWindow, companions: CompanionsControl) -> None:
        super().__init__(window)
        self._window = window
        self._index: Cooccurrence | None = None
        self.panel = NetworkPanel()
        companions.tabs.addTab(self.panel, "Network")
        companions.index_ready.connect(self._on_index_ready)
        companions.index_cleared.connect(self._on_index_cleared)
        self.panel.actor_clicked.connect(self._on_panel_actor_clicked)
        self.panel.export_requested.connect(self.export)
        window.panel.actor_selected.connect(self._on_window_panel_actor_selected)

    def shutdown(self) -> None:
        self.panel.shutdown()

    def network_bytes(self, kind: str) -> bytes:
        """The network at the current filters in ``kind``'s format."""
        if self._index is None:
            raise ValueError("no network yet")
        graph = build_graph(self._index, self.panel.current_filter())
        if kind == "graphml":
            return to_graphml(graph)
        if kind == "gexf":
            return to_gexf(graph)
        return to_edges_csv(graph).encode("utf-8-sig")  # the BOM: Excel reads UTF-8

    def choose_path(self, suggested: str, file_filter: str) -> str:
        """Where to save, or ``""`` when cancelled; the one file dialog (tests patch it)."""
        path, _ = QFileDialog.getSaveFileName(
            self._window, "Export Network", suggested, file_filter
        )
        return path

    def export(self, kind: str) -> None:
        analysis = self._window.analysis
        if analysis is None or self._index is None:
            return
        file_filter, suffix = NETWORK_FORMATS[kind]
        source = analysis.article.source
        local = not source.startswith(("http://", "https://", "clipboard"))
        folder = Path(source).parent if local else Path.home()
        stem = Path(source).stem if local else "article"
        path = self.choose_path(str(folder / f"{stem}-network{suffix}"), file_filter)
        if not path:
            return
        try:
            write_atomically(path, self.network_bytes(kind), source_path=source if local else None)
        except OverwriteSourceError:
            self._window.show_message(
                "Not exported", f"{Path(path).name} is the document you are reading."
            )
            return
        except OSError as exc:
            self._window.show_message(
                "Not exported", f"{path} could not be written: {exc.strerror or exc}."
            )
            return
        self._window.status_bar.show_status(f"Exported {Path(path).name}")

    # -- slots --
    def _on_index_ready(self, index: Cooccurrence) -> None:
        self._index = index
        self.panel.set_index(index)
        current = self._window.panel.current_actor()
        self.panel.set_selected(current.id if current is not None else None)

    def _on_index_cleared(self) -> None:
        self._index = None
        self.panel.set_index(None)

    def _on_panel_actor_clicked(self, actor_id: str) -> None:
        self._window.panel.select_actor(actor_id)

    def _on_window_panel_actor_selected(self, actor: Actor | None) -> None:
        self.panel.set_selected(actor.id if actor is not None else None)
