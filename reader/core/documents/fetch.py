"""Open a web page by its address: http(s) only, with a time limit and a size cap.

Two limits on time: each read waits at most ``timeout`` seconds, and the whole download
(connection, headers, redirects, body) ends at ``deadline`` seconds, so a server that
drips one byte every few seconds cannot keep a page "opening" for ever.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import urllib.error
import urllib.request
from http.client import HTTPException
from typing import Any
from urllib.parse import urlsplit

from reader.core.documents.article import Article, LoadError
from reader.core.documents.loading import article_from_bytes

#: Pages above this size are refused (a news article is rarely above 5 MB of HTML).
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
#: Seconds a whole download may take: a large page on a slow line takes a few seconds.
DEFAULT_DEADLINE = 30.0
_CHUNK = 64 * 1024
_USER_AGENT = "EntityReader/0.1 (+https://example.invalid/entity-reader)"


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s): never to ftp, file or anything else."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: object,
        code: int,
        msg: str,
        headers: object,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in {"http", "https"}:
            raise urllib.error.URLError(f"redirected to a non-web address ({newurl})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]


class _Deadline:
    """Cuts every connection of one download when its overall time is up.

    A blocked read cannot be interrupted from its own thread; shutting the socket down
    from a timer thread makes it return at once, wherever it waits.
    """

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._lock = threading.Lock()
        # Sockets, not connections: urllib drops the connection's reference to its
        # socket once the headers are in, while the response still reads from it.
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _cut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _cut(sock)


def _cut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed
        sock.shutdown(socket.SHUT_RDWR)


def _watched(base: type[http.client.HTTPConnection], deadline: _Deadline) -> Any:
    """A connection class whose sockets ``deadline`` can cut once connected."""

    class Watched(base):  # type: ignore[valid-type,misc]
        def connect(self) -> None:
            super().connect()
            deadline.watch(self.sock)

    return Watched


class _HttpHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._connection = _watched(http.client.HTTPConnection, deadline)

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self._connection, req)


class _HttpsHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._connection = _watched(http.client.HTTPSConnection, deadline)

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        context = self._context  # type: ignore[attr-defined]
        return self.do_open(self._connection, req, context=context)


def _kind(content_type: str) -> str:
    media = content_type.split(";", 1)[0].strip().lower()
    if media in {"text/html", "application/xhtml+xml"}:
        return "html"
    if media in {"text/markdown", "text/x-markdown"}:
        return "markdown"
    return ""


def fetch_url(
    url: str,
    timeout: float = 10.0,
    max_bytes: int = DEFAULT_MAX_BYTES,
    deadline: float = DEFAULT_DEADLINE,
) -> Article:
    """Download ``url`` and open it as an article; the source is the URL.

    The format comes from the bytes (a PDF link opens as a PDF), then from the
    server's content type. Each read waits at most ``timeout`` seconds and the whole
    download at most ``deadline`` seconds; at most ``max_bytes`` are read.

    Raises:
        LoadError: not an http(s) address, unreachable, too slow, too large, or not
            a document.
    """
    scheme = urlsplit(url).scheme.lower()
    if scheme not in {"http", "https"}:
        raise LoadError(f"{url} is not a web address (only http:// and https:// can be opened).")
    request = urllib.request.Request(
        url, headers={"User-Agent": _USER_AGENT, "Accept": "text/html,*/*;q=0.8"}
    )
    with _Deadline(deadline) as watch:
        try:
            data, hint = _download(request, watch, min(timeout, deadline), max_bytes)
        except LoadError:
            raise
        except Exception as exc:  # noqa: BLE001 - sorted into messages below
            if watch.expired:
                raise LoadError(
                    f"{url} did not finish downloading within {deadline:g} s."
                ) from None
            raise _load_error(url, exc, timeout) from None
    return article_from_bytes(data, url, hint)


def _download(
    request: urllib.request.Request, watch: _Deadline, timeout: float, max_bytes: int
) -> tuple[bytes, str]:
    url = request.full_url
    opener = urllib.request.build_opener(
        _HttpOnlyRedirects(), _HttpHandler(watch), _HttpsHandler(watch)
    )
    with opener.open(request, timeout=timeout) as response:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise LoadError(
                f"{url} is {int(declared) / 1e6:.1f} MB, above the "
                f"{max_bytes / 1e6:.1f} MB limit for one page."
            )
        chunks: list[bytes] = []
        size = 0
        # read1 returns what has arrived instead of waiting for a full chunk.
        while chunk := response.read1(_CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise LoadError(
                    f"{url} is larger than the {max_bytes / 1e6:.1f} MB limit for one page."
                )
            chunks.append(chunk)
        if watch.expired:
            raise TimeoutError  # the cut socket reads as the end of the page
        return b"".join(chunks), _kind(response.headers.get("Content-Type", ""))


def _load_error(url: str, exc: Exception, timeout: float) -> LoadError:
    if isinstance(exc, urllib.error.HTTPError):
        return LoadError(f"{url} could not be opened: the server answered {exc.code} {exc.reason}.")
    if isinstance(exc, urllib.error.URLError):
        return LoadError(f"{url} could not be opened: {exc.reason}.")
    if isinstance(exc, TimeoutError):
        return LoadError(f"{url} did not answer within {timeout:g} s.")
    if isinstance(exc, OSError | HTTPException | ValueError):
        return LoadError(f"{url} could not be downloaded ({type(exc).__name__}: {exc}).")
    return LoadError(f"{url} could not be opened ({type(exc).__name__}: {exc}).")
