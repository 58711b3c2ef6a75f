"""File ▸ Export ▸ PDF as a reader holds it: A4 pages, body text at about 11 pt, all there.

The PDF is read back with pypdf (already a dependency for reading PDFs): every piece of
text with its size and where it is drawn on its page. QtPdf is not in PySide6-Essentials
and pdftoppm is not on every machine, so the pages are checked as pypdf sees them.
"""

from __future__ import annotations

import re
import shutil
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from reader.ui.main_window import MainWindow

Opener = Callable[[Path], MainWindow]
A4_POINTS = (595, 842)
#: The page margin, 20 mm, in points, less a point for rounding.
MARGIN = 56


@dataclass(frozen=True)
class Piece:
    text: str
    size: float
    x: float
    y: float


def pieces_of(page: Any) -> list[Piece]:
    found: list[Piece] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if not text.strip():
            return
        scale = (tm[2] ** 2 + tm[3] ** 2) ** 0.5 * (cm[2] ** 2 + cm[3] ** 2) ** 0.5
        # The text origin in page points: the text matrix's offset through the CTM.
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        found.append(Piece(text.strip(), size * scale, x, y))

    page.extract_text(visitor_text=visit)
    return found


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def letters(text: str) -> str:
    """Only the word characters: a PDF splits words where it kerns ("W" "ashington")
    and sets ligatures ("ﬁ")."""
    return re.sub(r"\W", "", unicodedata.normalize("NFKC", text))


@pytest.fixture(autouse=True)
def own_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENTITY_READER_DATA_DIR", str(tmp_path / "data"))


def export_pdf(window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(window.export_actions, "choose_path", lambda *_args: str(path))
    export_menu = window.export_actions.menu
    pdf = next(a for a in export_menu.actions() if a.text() == "&PDF…")
    assert pdf.isEnabled()
    pdf.trigger()


def test_the_pdf_has_readable_pages_with_nothing_cut(
    monkeypatch: pytest.MonkeyPatch, open_document: Opener, seed_path: Path, tmp_path: Path
) -> None:
    document = tmp_path / "seed.txt"
    shutil.copyfile(seed_path, document)
    window = open_document(document)
    target = tmp_path / "seed.pdf"
    export_pdf(window, monkeypatch, target)

    reader = PdfReader(target)
    # The seed article (about 3,000 characters and 21 actors) fills one or two A4 pages.
    assert 1 <= len(reader.pages) <= 3
    visible: list[Piece] = []
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == A4_POINTS
        on_page = pieces_of(page)
        # Qt draws each page's neighbourhood clipped to its printable area (20 mm = 57 pt
        # margins): what lies outside it is not seen on paper.
        inside = [
            p
            for p in on_page
            if MARGIN <= p.x <= width - MARGIN and MARGIN <= p.y <= height - MARGIN
        ]
        assert inside, "an empty page"
        visible.extend(inside)

    # The body is set at about 11 pt, as a reader expects of a printed page.
    by_size = Counter[float]()
    for piece in visible:
        by_size[round(piece.size)] += len(piece.text)
    body_size, _count = by_size.most_common(1)[0]
    assert 10 <= body_size <= 12, by_size
    assert max(by_size) <= 24, "a heading larger than a title should be"
    assert min(by_size) >= 7, "text too small to read"

    # Nothing is cut: every word of the article is seen on a page, in order, and so is
    # every actor of the list at the end.
    assert window.analysis is not None
    seen = "".join(letters(p.text) for p in visible)
    position = 0
    for word in words(window.analysis.article.text):
        found = seen.find(word, position)
        assert found >= 0, f"{word!r} is not on any page after position {position}"
        position = found + len(word)
    for actor in window.analysis.actors:
        assert letters(actor.name) in seen[position:], actor.name


def test_print_lays_out_the_same_readable_pages(
    monkeypatch: pytest.MonkeyPatch, open_document: Opener, seed_path: Path, tmp_path: Path
) -> None:
    """File ▸ Export ▸ Print, printed to a PDF file from the print dialog."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from reader.ui import export_actions

    target = tmp_path / "printed.pdf"

    class PrintToFile:
        """The print dialog as a reader uses it to print to a file: OK."""

        DialogCode = QPrintDialog.DialogCode

        def __init__(self, printer: QPrinter, _parent: object) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))

        def exec(self) -> QPrintDialog.DialogCode:
            return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(export_actions, "QPrintDialog", PrintToFile)
    window = open_document(seed_path)
    print_action = next(a for a in window.export_actions.menu.actions() if a.text() == "P&rint…")
    print_action.trigger()
    reader = PdfReader(target)
    assert 1 <= len(reader.pages) <= 3
    by_size = Counter[float]()
    for page in reader.pages:
        for piece in pieces_of(page):
            by_size[round(piece.size)] += len(piece.text)
    assert 10 <= by_size.most_common(1)[0][0] <= 12, by_size
