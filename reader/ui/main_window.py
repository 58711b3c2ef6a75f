"""MainWindow: wires the article view, the legend and the actor panel; owns no analysis."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

# Only what the frame needs: each Qt class costs about a millisecond when first imported,
# so the rest are imported where they are used, after the frame is on screen.
from PySide6.QtCore import QSettings, QTimer, Slot
from PySide6.QtWidgets import QWidget

from reader.ui.window_parts import ReaderWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPalette
    from PySide6.QtWidgets import QMenu, QMessageBox

    from reader.core.display.options import DisplayOptions
    from reader.core.documents.article import Article
    from reader.core.edits.corrections import Correction
    from reader.core.result import ArticleAnalysis
    from reader.ui.analysis_service import AnalysisService

#: How long a passing status message ("Exported seed.pdf") stays, in milliseconds.
PASSING_MESSAGE_MS = 5000


class MainWindow(ReaderWindow):
    """The Entity Reader window: start page, or an article beside its actor panel.

    Built in two steps so the window is on screen at once: the constructor makes the
    frame (title, size, theme, an empty page), :meth:`build` adds the rest (the start-up
    calls it once the frame is painted; ``MainWindow(service, settings)`` does both).

    The window owns the current result (:attr:`analysis`): the one immutable
    :class:`~reader.core.result.ArticleAnalysis` the service made, with its highlight
    plan and the corrections applied. Every view is given it; none keeps another. It owns
    the DisplayOptions too; the legend and panel only ask for changes. Signals: ReaderWindow's.
    """

    def __init__(
        self, service: AnalysisService | None, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Entity Reader")
        self.settings = settings
        self.article: Article | None = None
        self.analysis: ArticleAnalysis | None = None
        self.last_message: QMessageBox | None = None
        self.last_context_menu: QMenu | None = None
        self.built = False
        self._reapplying = False
        self.setCentralWidget(QWidget())  # the start page takes its place in build()
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
        self._platform_palette: QPalette | None = None
        if settings.value("view/theme", "system") != "system":  # theme.SETTING, not imported
            self._paint_chosen_theme()
        if service is not None:
            self.build(service)

    def _paint_chosen_theme(self) -> None:
        """Paint the frame in the theme the reader chose, not swap it in after build()."""
        from reader.ui.theme import paint_chosen_theme

        self._platform_palette = paint_chosen_theme(self.settings)

    def build(self, service: AnalysisService) -> None:
        """Add the pages, the panel, the menus' actions and the reading aids to the frame."""
        # Imported here, not at the top: they are most of the start-up time, and the
        # frame is shown before they are needed (even Qt's namespace costs some 20 ms).
        from PySide6.QtWidgets import QApplication, QStackedWidget

        from reader.ui.actor_panel import ActorPanel
        from reader.ui.article_view import ArticleView
        from reader.ui.corrections_controller import CorrectionsController
        from reader.ui.document_loader import DocumentLoader
        from reader.ui.edit_actions import EditActions
        from reader.ui.edit_menus import EditMenus
        from reader.ui.export_actions import ExportActions
        from reader.ui.kind_legend import KindLegend
        from reader.ui.open_actions import OpenActions
        from reader.ui.reader_status_bar import ReaderStatusBar
        from reader.ui.reading_aids import ReadingAids
        from reader.ui.reading_page import reading_splitter
        from reader.ui.recent_files import RecentFiles
        from reader.ui.selection_link import SelectionLink
        from reader.ui.start_page import StartPage
        from reader.ui.view_settings import load_display_options

        # The menu bar is not in the frame: laying out its text loads the fonts, some
        # 8 ms of a first paint that is meant to match a bare window's.
        menu = self.menuBar()
        self.file_menu = menu.addMenu("&File")
        self.edit_menu = menu.addMenu("&Edit")
        self.view_menu = menu.addMenu("&View")
        settings = self.settings
        self.setAcceptDrops(True)
        self.service = service
        self.display_options = load_display_options(settings)
        self.recent = RecentFiles(settings, self)
        self.loader = DocumentLoader(parent=self)
        self.corrections = CorrectionsController(parent=self)
        self.edit_actions = EditActions(self.corrections, lambda: self.analysis, self)
        self.export_actions = ExportActions(self._current_analysis, self)
        self.open_actions = OpenActions(self.recent, settings, self)

        self.start_page = StartPage()
        self.view = ArticleView()
        self.legend = KindLegend()
        self.panel = ActorPanel()
        self.link = SelectionLink(self.panel, self.view, self)
        self.edit_menus = EditMenus(self)
        self.splitter = reading_splitter(self.legend, self.view, self.panel)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)

        self.status_bar = ReaderStatusBar(self.statusBar())

        # Tab goes text -> filter -> actor list; the legend's toggles come last.
        self.setTabOrder(self.view, self.panel)
        self._build_actions()
        self._connect()
        self.start_page.set_recent(self.recent.paths())
        self._restore_layout()
        if self.corrections.status_message:
            message = self.corrections.status_message
            QTimer.singleShot(0, lambda: self.show_message("Saved corrections", message))
        self._on_corrections_warning_changed(self.corrections.warning)
        if self._platform_palette is not None:
            # The theme control takes the palette it finds for the platform's own.
            QApplication.setPalette(self._platform_palette)
        self.aids = ReadingAids(self)  # find, zoom, theme, help, strips, ruler
        self.built = True

    # -- set-up --
    def _build_actions(self) -> None:
        from reader.ui.library_view import LibraryDock
        from reader.ui.window_menus import add_file_and_view_actions

        actions = add_file_and_view_actions(
            self,
            self.file_menu,
            self.open_actions,
            self.export_actions,
            self.panel,
            show_start_page=self.show_start_page,
            clear_focus=self.link.clear_focus,
        )
        self.start_action, self.quit_action, self.clear_focus_action = actions
        self.open_action = self.open_actions.open_action
        self.recent_menu = self.open_actions.recent_menu
        self.edit_menus.update()
        self.library = LibraryDock(self)
        self.view_menu.addAction(self.library.toggleViewAction())

    def _connect(self) -> None:
        self.start_page.open_requested.connect(self.open_path)
        self.start_page.open_dialog_requested.connect(self.open_actions.choose_file)
        self.start_page.paste_requested.connect(self.open_actions.paste)
        self.open_actions.open_requested.connect(self.open_path)
        self.open_actions.text_pasted.connect(self.open_text)
        self.open_actions.message_requested.connect(self.show_message)
        self.loader.loaded.connect(self._on_loader_loaded)
        self.loader.failed.connect(self._on_loader_failed)
        self.service.analysis_ready.connect(self._on_service_analysis_ready)
        self._listening = True
        from reader.ui.analysis_status import AnalysisStatus

        self.analysis_status = AnalysisStatus(self)
        self.panel.show_inferred_requested.connect(self._on_panel_show_inferred_requested)
        self.corrections.corrections_changed.connect(self._on_corrections_changed)
        self.corrections.warning_changed.connect(self._on_corrections_warning_changed)
        self.status_bar.orphans_requested.connect(self.show_orphaned)
        self.export_actions.exported.connect(self._on_export_actions_exported)
        self.export_actions.failed.connect(self.show_message)
        self.legend.kind_toggle_requested.connect(self._on_legend_kind_toggle_requested)
        self._hand_down_options()

    def _restore_layout(self) -> None:
        splitter = self.settings.value("window/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([780, 500])

    # -- commands --
    def open_path(self, path: str) -> None:
        """Open a document or a link; the text shows as soon as it is read, highlights follow."""
        from reader.core.documents.opening import is_link

        self.status_bar.show_status(f"Opening {path if is_link(path) else Path(path).name}…")
        self.loader.request(path)

    def open_text(self, text: str) -> None:
        """Open pasted text as an article."""
        from reader.core.documents.loading import article_from_text

        self.status_bar.show_status("Opening the pasted text…")
        self.loader.request("clipboard", lambda: article_from_text(text, "clipboard"))

    def show_start_page(self) -> None:
        self.service.cancel()
        self.article = self.analysis = None
        self._forget_analysis()
        self.status_bar.stop_progress()
        self.panel.stop_progress()
        self.start_page.set_recent(self.recent.paths())
        self.pages.setCurrentWidget(self.start_page)
        self.setWindowTitle("Entity Reader")
        self.status_bar.show_status("")

    def show_orphaned(self) -> None:
        """List the corrections that no longer match the document's text."""
        from reader.ui.context_menus import open_message, orphaned_text

        self.last_message = open_message(
            self,
            "Corrections that no longer match",
            orphaned_text(self.analysis.orphaned if self.analysis is not None else ()),
            warning=False,
        )

    def show_message(self, title: str, text: str) -> None:
        """A non-blocking warning; the window keeps working behind it."""
        from reader.ui.context_menus import open_message

        self.last_message = open_message(self, title, text)

    # -- slots --
    @Slot(object)
    def _on_loader_loaded(self, article: Article) -> None:
        from reader.core.display.summaries import document_name, window_title
        from reader.core.documents.formats.plain import decoding_note

        self.article, self.analysis = article, None
        self._reapplying = False
        self._forget_analysis()
        self.view.show_article(article)
        self.view.set_mentions([])
        self.panel.set_actors(article.text, ())
        self.panel.set_status("Finding the actors…")
        self.legend.set_labels({})
        self.pages.setCurrentWidget(self.splitter)
        self.setWindowTitle(window_title(article.title, article.source))
        self.status_bar.start_progress()
        self.panel.start_progress()
        self.status_bar.show_status(f"Analysing {document_name(article.title, article.source)}…")
        if note := decoding_note(article.encoding):
            self.statusBar().showMessage(note, 15_000)
        # After the text is painted: finding its corrections and saving the recent list
        # (a settings file written) are for the next turn.
        QTimer.singleShot(0, self, lambda: self._request_analysis(article))

    def _request_analysis(self, article: Article) -> None:
        from reader.core.documents.opening import is_link

        self.recent.opened(article.source, is_link(article.source))
        if article is self.article and self.analysis is None:
            self.service.request(article, self.corrections.open(article))

    @Slot(str, str)
    def _on_loader_failed(self, source: str, message: str) -> None:
        self.status_bar.show_status(f"Could not open {Path(source).name}")
        self.show_message("Cannot open this document", message)

    @Slot(object)
    def _on_service_analysis_ready(self, analysis: ArticleAnalysis) -> None:
        if self.article is None or analysis.article is not self.article:
            return
        self._display(analysis)

    def _display(self, analysis: ArticleAnalysis) -> None:
        """Show ``analysis``, the current article's result, in every view."""
        self.analysis = analysis
        self._reapplying = False
        self.view.set_mentions(analysis.plan, analysis.plan_starts)
        self.panel.set_actors(analysis.article.text, analysis.actors)
        current = self.panel.current_actor()
        # Ids are renumbered after an edit: emphasise the panel's actor, not a stale id.
        self.view.focus_actor(current.id if current is not None else None)
        self.legend.set_labels(analysis.kind_counts)
        self.status_bar.stop_progress()
        self.panel.stop_progress()
        self._show_summary()
        self.corrections.set_editable(True)
        self.export_actions.set_enabled(True)
        self._update_orphans()
        self.edit_menus.update()
        self.analysis_shown.emit(analysis)

    def _show_summary(self) -> None:
        """The document's counts in the status bar, with inferred mentions while shown."""
        from reader.core.display.summaries import status_summary

        if (result := self.analysis) is not None:
            shown = self.display_options.show_inferred
            summary = status_summary(
                result.actors, shown, result.seconds, result.cached, result.note
            )
            self.status_bar.show_status(summary)

    # -- corrections --
    def _current_analysis(self) -> ArticleAnalysis | None:
        """The analysis as the reader sees it, for export: inferred mentions only if shown."""
        from reader.core.result import named_only

        if self.analysis is None or self.display_options.show_inferred:
            return self.analysis
        return named_only(self.analysis)

    def _forget_analysis(self) -> None:
        self.corrections.clear()
        self.export_actions.set_enabled(False)
        self._update_orphans()
        self.edit_menus.update()

    @Slot(object)
    def _on_corrections_changed(self, corrections: tuple[Correction, ...]) -> None:
        # Replayed on the uncorrected analysis off the UI thread; the result comes back
        # through the service's analysis_ready like a fresh one.
        if self.analysis is not None:
            self._reapplying = True
            self.service.reapply(self.analysis, corrections)

    @property
    def applying_corrections(self) -> bool:
        """Whether an edit's new result is being made (it shows when it is ready)."""
        return self._reapplying

    @Slot(str)
    def _on_corrections_warning_changed(self, warning: str) -> None:
        self.status_bar.set_store_warning(warning)

    @Slot(str)
    def _on_export_actions_exported(self, path: str) -> None:
        # A passing message: the document's counts come back after it.
        self.statusBar().showMessage(f"Exported {Path(path).name}", PASSING_MESSAGE_MS)

    def _update_orphans(self) -> None:
        self.status_bar.set_orphans(len(self.analysis.orphaned) if self.analysis else 0)

    def set_display_options(self, options: DisplayOptions) -> None:
        """Show the text, the legend and the panel with ``options``; kept for the next run."""
        from reader.ui.view_settings import remember_display_options

        if options != self.display_options:
            self.display_options = options
            remember_display_options(self.settings, options)
        self._hand_down_options()

    def _hand_down_options(self) -> None:
        options = self.display_options
        self.view.set_display_options(options)
        self.legend.set_display_options(options)
        self.panel.set_display_options(options)
        self._show_summary()
        self.display_options_changed.emit(options)

    @Slot(bool)
    def _on_panel_show_inferred_requested(self, shown: bool) -> None:
        self.set_display_options(self.display_options.with_inferred(shown))

    @Slot(str, bool)
    def _on_legend_kind_toggle_requested(self, label: str, shown: bool) -> None:
        self.set_display_options(self.display_options.with_kind(label, shown))

    # -- Qt overrides --
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_path(paths[0])

    def detach_service(self) -> None:
        """Stop listening to the analysis service (it may outlive this window)."""
        if self._listening:
            self._listening = False
            self.service.analysis_ready.disconnect(self._on_service_analysis_ready)
            self.analysis_status.detach()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self.built:  # closed before build(): only the frame to let go
            self.detach_service()
            self.aids.close()
            self.corrections.close()
            self.settings.setValue("window/splitter", self.splitter.saveState())
            QTimer.singleShot(0, self.loader.shutdown)
            QTimer.singleShot(0, self.library.shutdown)
        self.settings.sync()
        super().closeEvent(event)
