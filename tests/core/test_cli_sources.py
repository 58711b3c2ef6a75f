"""reader --json reads what the window reads, as the window reads it: time limit, web addresses."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from test_cli import run_reader
from test_formats_make import TITLE, make_epub, xhtml

from reader.cli import run_json
from reader.core.documents import opening
from tests.local_http import local_server

NO_PIPELINE = ("--model", "no_such_pipeline_xyz")
PAGE = (Path(__file__).resolve().parents[1] / "fixtures" / "news_page.html").read_bytes()


def slow_epub(size: int = 16_000_000) -> bytes:
    """A small EPUB whose one chapter inflates to ``size`` bytes of short paragraphs.

    Its expansion ratio (about 185x) stays under the zip-bomb limit, so only a time
    limit stops it: parsing it takes several seconds.
    """
    rng = random.Random(7)
    words = ["Moscow", "Washington", "minister", "ambassador", "said", "the", "talks", "of", "and"]
    lines = ("<p>" + " ".join(rng.choice(words) for _ in range(12)) + ".</p>\n" for _ in range(20))
    block = "".join(lines)
    return make_epub("Long", [xhtml("Long", block * (size // len(block)))])


def test_json_stops_a_parse_at_the_windows_time_limit(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "long.epub"
    book.write_bytes(slow_epub())
    # The one limit both paths read; lowered so that the test does not wait 30 s.
    monkeypatch.setattr(opening, "READ_SECONDS", 1.0)
    assert run_json([str(book)], None, NO_PIPELINE[1]) == 2
    err = capsys.readouterr().err
    assert "took longer than 1 s and was stopped" in err
    assert "no_such_pipeline_xyz" not in err  # nothing left to analyse


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, body = (200, PAGE) if self.path.startswith("/news/") else (404, b"no")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A web server on 127.0.0.1 only: the tests never reach the internet."""
    with local_server(_Pages) as address:
        yield address


def test_a_web_address_is_fetched_not_taken_for_a_path(server: str) -> None:
    result = run_reader("--json", f"{server}/missing", *NO_PIPELINE)
    assert result.returncode == 2
    assert f"{server}/missing could not be opened: the server answered 404" in result.stderr


@pytest.mark.model
def test_json_reads_a_web_page_and_names_its_output_after_it(server: str, tmp_path: Path) -> None:
    url = f"{server}/news/moscow-talks.html?id=7"
    single = run_reader("--json", url)
    assert single.returncode == 0, single.stderr
    data = json.loads(single.stdout)
    assert data["source"] == url
    assert data["title"] == TITLE
    assert "Sergei Shoigu" in data["text"]

    out = tmp_path / "out"
    batch = run_reader("--json", url, f"{server}/news/", "--out", str(out))
    assert batch.returncode == 0, batch.stderr
    assert sorted(p.name for p in out.iterdir()) == ["moscow-talks.json", "news.json"]
