"""The Library dock: lists what was read, searches it, opens a document on a click."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot

from reader.core.actors.grouping import group_mentions
from reader.core.documents.loading import load_article
from reader.core.library.result_cache import ResultCache
from reader.core.result import ArticleAnalysis
from reader.core.text.mentions import Mention
from reader.ui.analysis_service import AnalysisService
from reader.ui.main_window import MainWindow


def add_document(folder: Path, name: str, text: str, person: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    article = load_article(path)
    start = text.index(person)
    mentions = (Mention(start, start + len(person), person, "PERSON"),)
    result = ArticleAnalysis(article, mentions, group_mentions(text, mentions), "p 1", 0.1)
    assert ResultCache().put(result, "p 1", inferred=False)
    return path


def files(window: MainWindow) -> list[str]:
    """The file names in the list's Source column."""
    model = window.library.model
    return [Path(str(model.index(row, 5).data())).name for row in range(model.rowCount())]


def test_library_lists_searches_and_opens(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ENTITY_READER_DATA_DIR", str(tmp_path / "data"))
    add_document(
        tmp_path,
        "gas.txt",
        "Gas Deal Signed\n\nAngela Merkel signed a pipeline deal.\n",
        "Angela Merkel",
    )
    talks = add_document(
        tmp_path,
        "talks.txt",
        "Talks Resume\n\nJon Huntsman met the minister.\n",
        "Jon Huntsman",
    )
    assert not window.library.isVisible()
    with qtbot.waitSignal(window.library.rows_shown, timeout=10_000):
        window.library.toggleViewAction().trigger()
    assert sorted(files(window)) == ["gas.txt", "talks.txt"]
    assert "Gas Deal Signed" in [window.library.model.index(r, 0).data() for r in range(2)]
    with qtbot.waitSignal(window.library.rows_shown, timeout=10_000):
        qtbot.keyClicks(window.library.search_edit, "minister")
    assert files(window) == ["talks.txt"]
    assert "[minister]" in window.library.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    table = window.library.table
    rect = table.visualRect(window.library.model.index(0, 0))
    with qtbot.waitSignal(window.loader.loaded, timeout=10_000):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.article is not None
    assert Path(window.article.source) == talks


def test_a_document_that_failed_is_listed_with_its_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ENTITY_READER_DATA_DIR", str(tmp_path / "data"))
    from reader.core.library.catalog import register
    from reader.core.library.database import connect, library_path

    conn = connect(library_path())
    assert conn is not None
    with conn:
        register(
            conn,
            str(tmp_path / "broken.pdf"),
            "",
            error="broken.pdf is not a document.",
        )
    conn.close()
    with qtbot.waitSignal(window.library.rows_shown, timeout=10_000):
        window.library.show()
    index = window.library.model.index(0, 0)
    assert index.data() == "(could not be added)"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "broken.pdf is not a document."


@pytest.mark.model
def test_add_a_folder_in_the_background(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ENTITY_READER_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Angela Merkel met Vladimir Putin in Moscow.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Emmanuel Macron flew to Berlin.\n", encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    dock = window.library
    dock.show()
    with qtbot.waitSignal(dock.adder.finished, timeout=120_000) as finished:
        dock.add_folder(str(folder))
        assert dock.cancel_button.isVisible()
        assert not dock.add_button.isEnabled()
    assert finished.args == ["Added: 2 analysed, 0 unchanged, 1 failed."]
    assert dock.add_status.text() == finished.args[0]
    assert not dock.cancel_button.isVisible()
    qtbot.waitUntil(lambda: dock.model.rowCount() == 3, timeout=10_000)
    assert [r.failed for r in dock.model.rows].count(True) == 1


@pytest.mark.model
def test_cancel_adding_a_folder(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ENTITY_READER_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(300):
        text = f"Report {index}. Angela Merkel met Vladimir Putin in Moscow.\n"
        (folder / f"{index:03d}.txt").write_text(text, encoding="utf-8")
    dock = window.library
    dock.show()
    with qtbot.waitSignal(dock.adder.progressed, timeout=120_000):
        dock.add_folder(str(folder))
    with qtbot.waitSignal(dock.adder.finished, timeout=60_000) as finished:
        qtbot.mouseClick(dock.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].startswith("Stopped: ")
    analysed = int(finished.args[0].split()[1])
    assert 16 <= analysed < 300  # the finished batches are kept


def test_a_library_actor_opens_its_document_at_that_actor(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ENTITY_READER_DATA_DIR", str(tmp_path / "data"))
    first = add_document(
        tmp_path,
        "one.txt",
        "Talks Resume\n\nJon Huntsman met the minister.\n",
        "Jon Huntsman",
    )
    add_document(
        tmp_path,
        "two.txt",
        "New Envoy\n\nThe envoy Jon Huntsman arrived.\n",
        "Jon Huntsman",
    )
    dock = window.library
    with qtbot.waitSignal(dock.actors_view.actors_shown, timeout=10_000):
        dock.show()
    dock.tabs.setCurrentWidget(dock.actors_view)
    tree = dock.actors_view.tree
    top = tree.topLevelItem(0)
    assert top is not None
    assert top.text(0) == "Jon Huntsman — 2 documents"
    children = [top.child(i) for i in range(top.childCount())]
    child = next(c for c in children if c.toolTip(0) == str(first))
    tree.expandItem(top)
    rect = tree.visualItemRect(child)
    with qtbot.waitSignal(window.service.analysis_ready, timeout=60_000):
        # The title's start: the row is wider than the dock.
        qtbot.mouseClick(
            tree.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(rect.left() + 10, rect.center().y()),
        )
    qtbot.waitUntil(lambda: window.panel.current_actor() is not None, timeout=10_000)
    actor = window.panel.current_actor()
    assert actor is not None
    assert actor.name == "Jon Huntsman"
    assert window.article is not None
    assert Path(window.article.source) == first


def test_a_correction_carries_to_the_library_actor(
    qtbot: QtBot,
    open_document: Callable[[Path], MainWindow],
    analysis_service: AnalysisService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ENTITY_READER_DATA_DIR", str(tmp_path / "data"))
    doc = tmp_path / "envoy.txt"
    doc.write_text(
        "Envoy Talks\n\nJon Huntsman met Sergei Lavrov in Moscow. Huntsman left.\n",
        encoding="utf-8",
    )
    analysis_service.cache = ResultCache()
    try:
        window = open_document(doc)
        dock = window.library
        with qtbot.waitSignal(dock.actors_view.actors_shown, timeout=10_000):
            dock.show()
        qtbot.waitUntil(
            lambda: "Jon Huntsman — 1 document" in tops(dock.actors_view.tree),
            timeout=10_000,
        )
        assert window.analysis is not None
        huntsman = next(a for a in window.analysis.actors if a.name == "Jon Huntsman")
        monkeypatch.setattr(window.edit_actions, "ask_text", lambda *_: "Ambassador Huntsman")
        window.edit_actions.rename(huntsman)
        qtbot.waitUntil(
            lambda: "Ambassador Huntsman — 1 document" in tops(dock.actors_view.tree),
            timeout=10_000,
        )
        assert "Jon Huntsman — 1 document" not in tops(dock.actors_view.tree)
    finally:
        analysis_service.cache = None


def tops(tree: QTreeWidget) -> list[str]:
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [item.text(0) for item in items if item is not None]
