"""A web server that drips its page must neither hold up other documents nor the window's close."""

from __future__ import annotations

import threading
from pathlib import Path

from drip_server import dripping_server
from pytestqt.qtbot import QtBot

from reader.core.document import Article
from reader.ui.document_loader import DocumentLoader


def _loader_threads() -> list[threading.Thread]:
    threads = threading.enumerate()
    return [t for t in threads if t.name.startswith("document-loader") and t.is_alive()]


def test_a_second_open_is_not_queued_behind_a_dripping_link(
    qtbot: QtBot, seed_path: Path
) -> None:
    loader = DocumentLoader()
    with dripping_server() as (base, started):
        loader.request(f"{base}/drip")
        assert started.wait(10)
        # The drip lasts 30 s; the file must arrive long before it ends.
        with qtbot.waitSignal(loader.loaded, timeout=10_000) as blocker:
            loader.request(str(seed_path))
        article = blocker.args[0]
        assert isinstance(article, Article)
        assert article.source == str(seed_path)
        loader.shutdown()


def test_shutting_down_does_not_wait_for_a_dripping_link() -> None:
    loader = DocumentLoader()
    with dripping_server() as (base, started):
        loader.request(f"{base}/drip")
        assert started.wait(10)
        loader.shutdown()
        # shutdown returned while the download still runs: nobody waited for it, and
        # its thread cannot keep the process alive once the window is gone.
        running = _loader_threads()
        assert running
        assert all(thread.daemon for thread in running)
