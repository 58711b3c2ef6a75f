"""fetch_url against a local HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import ClassVar

import pytest
from drip_server import dripping_server
from test_formats_make import TITLE, make_pdf, seed_paragraphs

from reader.core.documents.article import LoadError
from reader.core.documents.fetch import fetch_url
from tests.local_http import local_server

PAGE = (Path(__file__).resolve().parents[1] / "fixtures" / "news_page.html").read_bytes()
PDF = make_pdf(seed_paragraphs(), TITLE)


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, str, bytes]]] = {
        "/article": (200, "text/html; charset=utf-8", PAGE),
        "/fragment": (200, "text/html", b"Just a <b>bold</b> claim about Moscow and Washington."),
        "/report": (200, "application/octet-stream", PDF),
        "/big": (200, "text/html", b"<p>" + b"word " * 50_000 + b"</p>"),
        "/missing": (404, "text/html", b"not here"),
        "/binary": (200, "application/octet-stream", bytes(range(256)) * 8),
    }

    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(3)
        if self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
            return
        if self.path == "/redirect":
            self.send_response(301)
            self.send_header("Location", "/article")
            self.end_headers()
            return
        if self.path == "/chunked-big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the cap must hold while reading
            for _ in range(100):
                self.wfile.write(b"<p>" + b"x" * 10_000 + b"</p>")
            return
        status, kind, body = self.routes.get(self.path, (404, "text/plain", b"no"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with local_server(_Handler) as address:
        yield address


def test_fetches_a_news_page_as_html(server: str) -> None:
    article = fetch_url(f"{server}/article")
    assert article.source == f"{server}/article"
    assert article.format == "html"
    assert article.title == TITLE
    assert "Sergei Shoigu" in article.text
    assert "cookies" not in article.text.lower()


def test_content_type_makes_a_fragment_html(server: str) -> None:
    article = fetch_url(f"{server}/fragment")
    assert article.format == "html"
    assert "<b>" not in article.text
    assert "bold claim" in article.text


def test_bytes_win_over_content_type(server: str) -> None:
    article = fetch_url(f"{server}/report")
    assert article.format == "pdf"
    assert article.title == TITLE


def test_redirect_within_the_web_is_followed(server: str) -> None:
    assert fetch_url(f"{server}/redirect").title == TITLE


def test_redirect_to_a_local_file_is_refused(server: str) -> None:
    with pytest.raises(LoadError, match=r"not allowed|non-web address"):
        fetch_url(f"{server}/to-file")


def test_size_cap_by_header_and_while_reading(server: str) -> None:
    with pytest.raises(LoadError, match="limit"):
        fetch_url(f"{server}/big", max_bytes=100_000)
    with pytest.raises(LoadError, match="limit"):
        fetch_url(f"{server}/chunked-big", max_bytes=100_000)


def test_timeout(server: str) -> None:
    with pytest.raises(LoadError, match=r"within 0.5 s|timed out"):
        fetch_url(f"{server}/slow", timeout=0.5)


def test_http_error_and_binary(server: str) -> None:
    with pytest.raises(LoadError, match="404"):
        fetch_url(f"{server}/missing")
    with pytest.raises(LoadError, match="not a document"):
        fetch_url(f"{server}/binary")


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)", "/etc/passwd", "127.0.0.1"],
)
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(LoadError, match="not a web address"):
        fetch_url(url)


def test_unreachable_host() -> None:
    with pytest.raises(LoadError, match="could not be opened"):
        fetch_url("http://127.0.0.1:9/nothing", timeout=2)


@pytest.mark.parametrize("path", ["/drip", "/drip-head"])
def test_a_dripping_server_is_given_up_at_the_overall_deadline(path: str) -> None:
    # One byte every 0.2 s never trips a per-read timeout; only the deadline stops it.
    with dripping_server() as (base, _started), pytest.raises(LoadError, match="within 1 s"):
        fetch_url(f"{base}{path}", deadline=1.0)
