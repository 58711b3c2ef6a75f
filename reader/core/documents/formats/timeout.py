"""Run a format reader in a child process, killed if it takes too long.

A parser can loop or crawl on hostile input (deeply nested HTML, a PDF with cyclic
page trees, pathological Markdown). Threads cannot be stopped, so the extraction runs
in a spawned process that is killed when the time is up; the reader sees a message
instead of a frozen window.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from reader.core.documents.article import LoadError
from reader.core.documents.formats import extract
from reader.core.documents.formats.types import Extracted

Reader = Callable[[bytes, str], Extracted]


def _child(reader: Reader, data: bytes, source: str, conn: Connection) -> None:
    """Child-process entry: send ``("ok", fields)`` or ``("error", message)``."""
    try:
        result = reader(data, source)
        # Plain tuples pickle everywhere; frozen slotted dataclasses need care.
        conn.send(
            (
                "ok",
                (
                    result.text,
                    result.format,
                    result.encoding,
                    result.title,
                    result.headings,
                ),
            )
        )
    except LoadError as exc:
        conn.send(("error", str(exc)))
    except BaseException as exc:  # noqa: BLE001 - everything must reach the parent as a message
        conn.send(("error", f"{source} could not be read ({type(exc).__name__}: {exc})."))
    finally:
        conn.close()


def extract_with_timeout(
    data: bytes, source: str, seconds: float = 30.0, reader: Reader = extract
) -> Extracted:
    """:func:`reader.core.documents.formats.extract` in a child process with a time limit.

    Args:
        data: The document's bytes.
        source: Its path or URL, for messages.
        seconds: How long the extraction may take before it is abandoned.
        reader: The function to run (a module-level function, so it can be pickled).

    Raises:
        LoadError: the reader failed, the child died, or it overran ``seconds``.
    """
    # "spawn" everywhere: forking a process that has Qt or spaCy threads is unsafe.
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(reader, data, source, send), daemon=True)
    process.start()
    send.close()  # so that recv() sees EOF if the child dies without answering
    try:
        if not receive.poll(seconds):
            raise LoadError(f"Reading {source} took longer than {seconds:g} s and was stopped.")
        message: tuple[str, Any] = receive.recv()
    except EOFError:
        raise LoadError(f"{source} could not be read: the reader stopped unexpectedly.") from None
    finally:
        receive.close()
        if process.is_alive():
            process.kill()
        process.join(5)
    status, payload = message
    if status != "ok":
        raise LoadError(str(payload))
    text, kind, encoding, title, headings = payload
    return Extracted(
        text=text, format=kind, encoding=encoding, title=title, headings=tuple(headings)
    )
