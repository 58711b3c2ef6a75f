"""File ▸ Export from the window: corrections included, the --json form, never the source."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from reader.core.text.mentions import Actor
from reader.ui import main_window
from reader.ui.main_window import MainWindow
from tests.ui.settling import reader_waits, settled

__all__ = ["reader_waits"]  # an autouse fixture: imported to be active here

Opener = Callable[[Path], MainWindow]


@pytest.fixture(autouse=True)
def own_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("ENTITY_READER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def document(tmp_path: Path, seed_path: Path) -> Path:
    """A copy of the seed, so a refused export could never touch the repository."""
    copy = tmp_path / "article.txt"
    shutil.copyfile(seed_path, copy)
    return copy


def actor_named(window: MainWindow, name: str) -> Actor:
    assert window.analysis is not None
    return next(a for a in window.analysis.actors if a.name == name)


def rename_huntsman(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.panel.select_actor(actor_named(window, "Jon Huntsman").id)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Ambassador Huntsman", True))
    )
    rename = next(a for a in window.edit_menu.actions() if a.text().startswith("&Rename"))
    rename.trigger()
    settled(window)


def export_to(window: MainWindow, monkeypatch: pytest.MonkeyPatch, kind: str, path: Path) -> None:
    asked: list[str] = []

    def choose(caption: str, suggested: str, file_filter: str) -> str:
        asked.append(suggested)
        return str(path)

    monkeypatch.setattr(window.export_actions, "choose_path", choose)
    window.export_actions.actions[kind].trigger()
    assert asked, "the file dialog was not asked"


def test_exports_are_disabled_until_an_analysis_is_shown(window: MainWindow) -> None:
    assert not window.export_actions.actions["json"].isEnabled()


def test_json_export_is_what_reader_json_prints_with_the_edit(
    monkeypatch: pytest.MonkeyPatch, open_document: Opener, document: Path, tmp_path: Path
) -> None:
    window = open_document(document)
    rename_huntsman(window, monkeypatch)
    target = tmp_path / "out.json"
    export_to(window, monkeypatch, "json", target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert list(data) == ["source", "title", "format", "encoding", "pipeline", "text", "actors"]
    renamed = next(a for a in data["actors"] if a["name"] == "Ambassador Huntsman")
    assert renamed["edited"] is True
    assert window.statusBar().currentMessage() == "Exported out.json"
    # Pronoun links are off in the window, as in the CLI: the two agree exactly.
    cli = subprocess.run(
        [sys.executable, "-m", "reader", "--json", str(document)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert cli.returncode == 0, cli.stderr
    printed = json.loads(cli.stdout)
    assert data["actors"] == printed["actors"]


def test_csv_html_and_pdf_exports(
    monkeypatch: pytest.MonkeyPatch, open_document: Opener, document: Path, tmp_path: Path
) -> None:
    window = open_document(document)
    rename_huntsman(window, monkeypatch)
    export_to(window, monkeypatch, "csv", tmp_path / "out.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8-sig"))))
    assert any(r["actor"] == "Ambassador Huntsman" and r["kind"] == "Person" for r in rows)
    export_to(window, monkeypatch, "html", tmp_path / "out.html")
    page = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert "<mark" in page
    assert "Ambassador Huntsman" in page
    assert "(edited)" in page
    export_to(window, monkeypatch, "pdf", tmp_path / "out.pdf")
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".*.part"))


def test_the_export_message_passes_and_the_counts_come_back(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    open_document: Opener,
    document: Path,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(main_window, "PASSING_MESSAGE_MS", 300)
    window = open_document(document)
    counts = window.status_bar.status()
    assert "actors" in counts
    bar = window.statusBar()
    export_to(window, monkeypatch, "pdf", tmp_path / "seed.pdf")
    assert bar.currentMessage() == "Exported seed.pdf"
    assert not window.status_bar.status_label.isVisible()
    with qtbot.waitSignal(bar.messageChanged, timeout=5_000):
        pass
    assert bar.currentMessage() == ""
    assert window.status_bar.status_label.isVisible()
    assert window.status_bar.status() == counts


def test_export_over_the_document_is_refused(
    monkeypatch: pytest.MonkeyPatch, open_document: Opener, document: Path
) -> None:
    window = open_document(document)
    before = document.read_bytes()
    export_to(window, monkeypatch, "json", document)
    assert document.read_bytes() == before
    assert window.last_message is not None
    assert window.last_message.windowTitle() == "Not exported"
    assert "never writes over it" in window.last_message.text()


def test_json_export_includes_pronoun_links_only_when_shown(
    monkeypatch: pytest.MonkeyPatch, open_document: Opener, document: Path, tmp_path: Path
) -> None:
    window = open_document(document)
    export_to(window, monkeypatch, "json", tmp_path / "hidden.json")
    window.panel.inferred_check.setChecked(True)
    export_to(window, monkeypatch, "json", tmp_path / "shown.json")

    def inferred(name: str) -> int:
        data = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        return sum(bool(m.get("inferred")) for a in data["actors"] for m in a["mentions"])

    assert inferred("hidden.json") == 0
    assert inferred("shown.json") > 0
