"""A local web server on 127.0.0.1 that answers one byte at a time, for a bounded time."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

#: Seconds between two bytes: well inside any per-read timeout, so only an overall
#: deadline can stop the download.
INTERVAL = 0.2
#: Bytes dripped at most: the server gives up after INTERVAL * BYTES = 30 s.
BYTES = 150


class _Drip(BaseHTTPRequestHandler):
    started: threading.Event

    def do_GET(self) -> None:
        type(self).started.set()
        if self.path == "/drip-head":
            lines = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n"
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(BYTES))
            self.end_headers()
            self.wfile.flush()
            lines = b"<p>" + b"x" * (BYTES - 3)
        for index in range(BYTES):
            try:
                self.wfile.write(lines[index : index + 1] or b"x")
                self.wfile.flush()
            except OSError:
                return  # the reader hung up
            time.sleep(INTERVAL)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def dripping_server() -> Iterator[tuple[str, threading.Event]]:
    """``(base URL, event set when a request arrived)``; paths /drip and /drip-head."""
    started = threading.Event()
    handler = type("Drip", (_Drip,), {"started": started})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", started
    finally:
        server.shutdown()
        server.server_close()
