"""ExportActions: File ▸ Export — the analysis as the reader sees it, corrections applied.

JSON is byte for byte what ``reader --json`` prints; CSV, the annotated HTML page and
the PDF come from :mod:`reader.core.export`. Every file is written with
:func:`~reader.core.export.writing.write_atomically`, which refuses the document's own path.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QObject,
    QSizeF,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from reader.core.export.csv_table import to_csv
from reader.core.export.html_page import to_html
from reader.core.export.json_form import json_bytes
from reader.core.export.writing import OverwriteSourceError, write_atomically
from reader.core.result import ArticleAnalysis

#: (action text, file dialog filter, suffix) per format written to a file.
FORMATS: dict[str, tuple[str, str, str]] = {
    "json": ("&JSON…", "JSON (*.json)", ".json"),
    "csv": ("&CSV (one row per mention)…", "CSV (*.csv)", ".csv"),
    "html": ("Annotated &HTML Page…", "Web page (*.html *.htm)", ".html"),
    "pdf": ("&PDF…", "PDF (*.pdf)", ".pdf"),
}


def paged_document(analysis: ArticleAnalysis, layout: QPageLayout) -> QTextDocument:
    """The annotated page laid out in pages of ``layout``, sized in points (body 11 pt).

    The document is paginated to the page's printable area in the screen's units, so
    ``print_`` scales it to the device: what is 11 pt here is 11 pt on paper at any
    printer resolution, and nothing is wider than the page.
    """
    document = QTextDocument()
    document.setHtml(to_html(analysis.article, analysis.actors, analysis.pipeline, for_print=True))
    document.setDocumentMargin(0)  # the page layout's margins are the margins
    area = layout.paintRect(QPageLayout.Unit.Inch)
    dpi = _layout_dpi()
    document.setPageSize(QSizeF(area.width() * dpi, area.height() * dpi))
    return document


def _layout_dpi() -> float:
    # QTextDocument lays out at the screen's logical dpi and print_ scales from it.
    return QGuiApplication.primaryScreen().logicalDotsPerInch()


def pdf_bytes(analysis: ArticleAnalysis) -> bytes:
    """The annotated page as an A4 PDF, body text at 11 pt."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(analysis.article.title)
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(20, 20, 20, 20),
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    paged_document(analysis, layout).print_(writer)
    del writer  # the PDF is finished when the writer goes
    data: QByteArray = buffer.data()
    return bytes(data.data())


def file_bytes(kind: str, analysis: ArticleAnalysis) -> bytes:
    if kind == "json":
        return json_bytes(analysis)
    if kind == "csv":
        # With a byte-order mark, Excel reads the names in UTF-8.
        return to_csv(analysis.article.text, analysis.actors).encode("utf-8-sig")
    if kind == "html":
        return to_html(analysis.article, analysis.actors, analysis.pipeline).encode("utf-8")
    return pdf_bytes(analysis)


class ExportActions(QObject):
    """The File ▸ Export submenu.

    Signals:
        exported(str): a file was written at this path.
        failed(str, str): an export failed; a title and a sentence for the reader.
    """

    exported = Signal(str)
    failed = Signal(str, str)

    def __init__(
        self,
        current: Callable[[], ArticleAnalysis | None],
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self._current = current
        self._dialog_parent = dialog_parent
        self.menu = QMenu("&Export", dialog_parent)
        self.actions: dict[str, QAction] = {}
        for kind, (text, _filter, _suffix) in FORMATS.items():
            action = self.menu.addAction(text)
            action.triggered.connect(lambda _checked=False, k=kind: self.export(k))
            self.actions[kind] = action
        self.menu.addSeparator()
        self.print_action = self.menu.addAction("P&rint…")
        self.print_action.triggered.connect(self.print_analysis)
        self.set_enabled(False)

    def set_enabled(self, enabled: bool) -> None:
        """Exports need an analysed document."""
        for action in (*self.actions.values(), self.print_action):
            action.setEnabled(enabled)

    def choose_path(self, caption: str, suggested: str, file_filter: str) -> str:
        """Where to save, or ``""`` when cancelled; the one file dialog (tests patch it)."""
        path, _ = QFileDialog.getSaveFileName(self._dialog_parent, caption, suggested, file_filter)
        return path

    def export(self, kind: str) -> None:
        analysis = self._current()
        if analysis is None:
            return
        _text, file_filter, suffix = FORMATS[kind]
        source = analysis.article.source
        local = not source.startswith(("http://", "https://", "clipboard"))
        folder = Path(source).parent if local else Path.home()
        stem = Path(source).stem if local else "article"
        path = self.choose_path("Export", str(folder / f"{stem}{suffix}"), file_filter)
        if not path:
            return
        try:
            data = file_bytes(kind, analysis)
            write_atomically(path, data, source_path=source if local else None)
        except OverwriteSourceError:
            self.failed.emit(
                "Not exported",
                f"{Path(path).name} is the document you are reading; the reader never "
                "writes over it. Choose another file name.",
            )
            return
        except OSError as exc:
            self.failed.emit("Not exported", f"{path} could not be written: {exc.strerror or exc}.")
            return
        self.exported.emit(path)

    def print_analysis(self) -> None:
        """Print the annotated page (or print it to a PDF file from the print dialog)."""
        analysis = self._current()
        if analysis is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._dialog_parent)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            paged_document(analysis, printer.pageLayout()).print_(printer)
