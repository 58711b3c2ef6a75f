"""The window reopens a document analysed before from the saved results, at once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import reader.core.library.result_cache as result_cache
from reader.core.documents.loading import load_article
from reader.core.library.result_cache import ResultCache
from reader.core.run import analyze_articles
from reader.ui.analysis_service import AnalysisService
from reader.ui.main_window import MainWindow
from tests.ui.ruler_pipeline import ruler_pipeline


@pytest.fixture
def cache(analysis_service: AnalysisService, tmp_path: Path) -> Iterator[ResultCache]:
    analysis_service.cache = ResultCache(tmp_path)
    yield analysis_service.cache
    analysis_service.cache = None


@pytest.fixture
def chunks_sent(analysis_service: AnalysisService, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every chunk of text handed to the analysis processes."""
    sent: list[Any] = []
    queue = analysis_service._requests
    real = queue.put

    def put(item: Any, *args: Any, **kwargs: Any) -> None:
        sent.append(item)
        real(item, *args, **kwargs)

    monkeypatch.setattr(queue, "put", put)
    return sent


def test_an_unchanged_document_reopens_without_analysis(
    qtbot: QtBot,
    window: MainWindow,
    cache: ResultCache,
    chunks_sent: list[Any],
    seed_path: Path,
) -> None:
    [result] = analyze_articles([load_article(seed_path)], ruler_pipeline(), infer=True)
    # A name the pipeline never gives: seen in the panel only if it came from the cache.
    marked = replace(
        result,
        actors=(replace(result.actors[0], name="Cached Sentinel"), *result.actors[1:]),
    )
    assert cache.put(marked, window.service.identity, inferred=True)
    with qtbot.waitSignal(window.service.analysis_ready, timeout=30_000):
        window.open_path(str(seed_path))
    assert chunks_sent == []
    qtbot.waitUntil(lambda: window.analysis is not None)
    model = window.panel.model
    assert "Cached Sentinel" in [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    assert "reopened from the library" in window.status_bar.status()


def test_new_rules_analyse_again_and_say_so(
    qtbot: QtBot,
    open_document: Callable[[Path], MainWindow],
    cache: ResultCache,
    chunks_sent: list[Any],
    seed_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_document(seed_path)  # analysed and saved
    assert chunks_sent
    assert "analysed in" in window.status_bar.status()
    qtbot.waitUntil(lambda: cache.holds(load_article(seed_path), window.service.identity))
    chunks_sent.clear()
    monkeypatch.setattr(result_cache, "rules_version", lambda: "2+new spacy 9")
    open_document(seed_path)
    assert chunks_sent
    assert "Analysed again: the analysis rules changed" in window.status_bar.status()
