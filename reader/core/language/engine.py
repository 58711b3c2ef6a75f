"""The analysis process: loads the pipeline once and answers block requests from a queue.

Runs in a child process (see :mod:`reader.ui.analysis_service`) so that spaCy's CPU work
never competes with the window for the interpreter lock. Messages on ``results`` are
``(kind, request_id, payload)`` tuples:

- ``("ready", 0, pipeline_label)`` once the pipeline is loaded,
- ``("unavailable", 0, message)`` when it cannot be,
- ``("spans", request_id, (chunk_index, spans_per_block))`` for each chunk,
- ``("skipped", request_id, chunk_index)`` for chunks of a request already replaced,
- ``("error", request_id, message)`` when the model failed on a chunk.
"""

from __future__ import annotations

import multiprocessing
import queue
from collections.abc import Iterator, Sequence
from multiprocessing.queues import Queue
from multiprocessing.sharedctypes import Synchronized
from typing import Any

from reader.core.language.detection import find_block_spans, iter_text_blocks
from reader.core.language.pipeline import PipelineFactory, PipelineUnavailable, pipeline_label

#: Characters of text per request chunk: small enough for steady progress on a book,
#: large enough that the per-message overhead is negligible.
CHUNK_CHARS = 40_000
#: The first chunk is smaller: it is what the reader sees first, and its highlights come
#: back in about a tenth of a second where a whole chunk takes about one.
FIRST_CHUNK_CHARS = 5_000
_PARENT_CHECK_SECONDS = 1.0


def iter_chunk_blocks(
    text: str, chunk_chars: int = CHUNK_CHARS, first_chars: int = FIRST_CHUNK_CHARS
) -> Iterator[list[tuple[int, str]]]:
    """The text's paragraphs in chunks of about ``chunk_chars`` characters, one at a time.

    The first chunk holds about ``first_chars`` (at most ``chunk_chars``) and is ready
    before the rest of the text is cut.
    """
    chunk: list[tuple[int, str]] = []
    size = 0
    limit = min(first_chars, chunk_chars)
    for block in iter_text_blocks(text):
        if size >= limit:
            yield chunk
            chunk, size, limit = [], 0, chunk_chars
        chunk.append(block)
        size += len(block[1])
    if chunk:
        yield chunk


def serve(
    pipeline: PipelineFactory,
    requests: Queue[Any],
    results: Queue[Any],
    latest: Synchronized[int],
) -> None:
    """Child-process main loop: builds the pipeline, then returns when ``None`` arrives."""
    nlp = None
    unavailable = ""
    try:
        nlp = pipeline()
        results.put(("ready", 0, pipeline_label(nlp)))
    except PipelineUnavailable as exc:
        unavailable = str(exc)
    except Exception as exc:  # noqa: BLE001 - a broken factory is said, not a dead process
        unavailable = f"The spaCy pipeline could not be built ({type(exc).__name__}: {exc})."
    if unavailable:
        results.put(("unavailable", 0, unavailable))
    parent = multiprocessing.parent_process()
    while True:
        try:
            item = requests.get(timeout=_PARENT_CHECK_SECONDS)
        except queue.Empty:
            # A window killed without closing (SIGKILL, a crash) leaves nobody to send
            # the final None: do not linger as an orphan holding the model's memory.
            if parent is not None and not parent.is_alive():
                return
            continue
        if item is None:
            return
        request_id, index, blocks = item
        if request_id != latest.value:
            results.put(("skipped", request_id, index))
        elif nlp is None:
            results.put(("error", request_id, unavailable))
        else:
            results.put(_analyze_chunk(nlp, request_id, index, blocks))


def _analyze_chunk(
    nlp: Any, request_id: int, index: int, blocks: Sequence[tuple[int, str]]
) -> tuple[str, int, Any]:
    try:
        return ("spans", request_id, (index, find_block_spans(blocks, nlp)))
    except Exception as exc:  # noqa: BLE001 - report any model failure; keep serving
        return ("error", request_id, f"{type(exc).__name__}: {exc}")
