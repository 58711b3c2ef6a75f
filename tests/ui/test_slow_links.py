"""A web server that drips its page must neither hold up other documents nor the window's close."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from drip_server import dripping_server
from pytestqt.qtbot import QtBot

from reader.core.documents.article import Article
from reader.ui.document_loader import DocumentLoader


def _loader_threads() -> list[threading.Thread]:
    threads = threading.enumerate()
    return [t for t in threads if t.name.startswith("document-loader") and t.is_alive()]


def test_a_second_open_is_not_queued_behind_a_dripping_link(qtbot: QtBot, seed_path: Path) -> None:
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


_CHILD = """
import sys
from PySide6.QtCore import QCoreApplication
from reader.ui.document_loader import DocumentLoader
app = QCoreApplication([])
loader = DocumentLoader()
loader.request(sys.argv[1])
sys.stdin.readline()  # the parent says when the download is under way
loader.shutdown()
"""


def test_the_process_exits_while_a_link_still_drips() -> None:
    with dripping_server() as (base, started):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, f"{base}/drip"], stdin=subprocess.PIPE, text=True
        )
        try:
            assert started.wait(30)
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()
            # The drip goes on for 30 s; a process that waited for it would still run.
            assert child.wait(timeout=20) == 0
        finally:
            child.kill()
            child.wait()
