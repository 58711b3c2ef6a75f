"""ReaderWindow: the parts of the window its controllers use, without importing the window.

The controllers (analysis status, companions, edit menus, library, mention maps,
network, reading aids) are made by :class:`reader.ui.main_window.MainWindow` and work on
its parts. They take this base class rather than ``MainWindow``, so the window's module
and theirs do not import each other. A base class, not a ``Protocol``: they need the
window as a ``QObject`` parent and its ``QMainWindow`` methods (menus, docks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QSplitter, QStackedWidget

    from reader.core.documents.article import Article
    from reader.core.result import ArticleAnalysis
    from reader.ui.actor_panel import ActorPanel
    from reader.ui.analysis_service import AnalysisService
    from reader.ui.article_view import ArticleView
    from reader.ui.corrections_controller import CorrectionsController
    from reader.ui.document_loader import DocumentLoader
    from reader.ui.edit_actions import EditActions
    from reader.ui.reader_status_bar import ReaderStatusBar


class ReaderWindow(QMainWindow):
    """What :class:`~reader.ui.main_window.MainWindow` has once built, for its controllers.

    Signals:
        display_options_changed(object): the parts now show these DisplayOptions.
        analysis_shown(object): a result (fresh, reopened or after an edit) is shown.
    """

    display_options_changed = Signal(object)
    analysis_shown = Signal(object)

    settings: QSettings
    article: Article | None
    analysis: ArticleAnalysis | None
    last_context_menu: QMenu | None
    service: AnalysisService
    loader: DocumentLoader
    corrections: CorrectionsController
    edit_actions: EditActions
    view: ArticleView
    panel: ActorPanel
    status_bar: ReaderStatusBar
    pages: QStackedWidget
    splitter: QSplitter
    edit_menu: QMenu
    view_menu: QMenu

    def open_path(self, path: str) -> None:
        raise NotImplementedError

    def show_message(self, title: str, text: str) -> None:
        raise NotImplementedError
