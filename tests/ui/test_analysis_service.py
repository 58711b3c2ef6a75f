"""The analysis service: a book is shared between two processes and comes back whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reader.core.documents.loading import article_from_text
from reader.core.language.detection import analyze
from reader.ui.analysis_service import AnalysisService

pytestmark = pytest.mark.model


def test_a_long_document_is_shared_by_two_processes(
    qtbot: QtBot, model_name: str, nlp: Any, seed_path: Path
) -> None:
    paragraphs = seed_path.read_text(encoding="utf-8").split("\n\n")
    article = article_from_text("\n\n".join(paragraphs * 40), "long.txt")
    service = AnalysisService(model_name)
    service.book_chars = 50_000
    assert len(article.text) > service.book_chars
    service.max_processes = 2
    try:
        progress: list[int] = []
        counts: list[int] = []

        def progressed(done: int, _total: int) -> None:
            progress.append(done)
            counts.append(service.process_count)

        service.analysis_progress.connect(progressed)
        with qtbot.waitSignal(service.analysis_ready, timeout=120_000) as ready:
            service.request(article)
        assert max(counts) == 2
        analysis = ready.args[0]
        assert analysis.mentions == analyze(article.text, nlp)
        assert len(progress) > 2
        assert progress == sorted(progress)
        # The book is done: the second process (a second copy of the model) goes.
        qtbot.waitUntil(lambda: service.process_count == 1, timeout=10_000)
        # The next book gets a second one again, and is analysed whole.
        counts.clear()
        with qtbot.waitSignal(service.analysis_ready, timeout=120_000) as ready:
            service.request(article_from_text(article.text + "\n\nThe end.", "long-2.txt"))
        assert max(counts) == 2
        assert len(ready.args[0].mentions) == len(analysis.mentions)
        qtbot.waitUntil(lambda: service.process_count == 1, timeout=10_000)
    finally:
        service.shutdown()


def test_an_article_needs_one_process(qtbot: QtBot, model_name: str, seed_path: Path) -> None:
    service = AnalysisService(model_name)
    try:
        with qtbot.waitSignal(service.analysis_ready, timeout=60_000):
            service.request(article_from_text(seed_path.read_text(encoding="utf-8"), "seed.txt"))
        assert service.process_count == 1
    finally:
        service.shutdown()
