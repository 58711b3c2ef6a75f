"""Add a folder with several analysis processes: one pipeline per core, one library file.

The files are dealt round-robin to ``jobs`` child processes, each running
:func:`reader.core.library.adding.add_files` on its share and writing its batches to the
same library (SQLite serialises the writers; a batch is one short transaction). Progress
from all of them arrives on one queue and is reported in the order it comes. A folder
smaller than two batches per process is added in this process: a second pipeline load
would cost more than it saves.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
from pathlib import Path
from typing import Any

from reader.core.language.pipeline import resolve_pipeline
from reader.core.library.adding import (
    ANALYSED,
    BATCH,
    UNCHANGED,
    AddReport,
    Progress,
    add_files,
    add_folder,
    document_files,
)
from reader.core.library.database import library_path

_POLL_SECONDS = 1.0


def default_jobs() -> int:
    """One process per core, at most two (each holds a pipeline: ~250 MB)."""
    return max(1, min(2, os.cpu_count() or 1))


def add_folder_jobs(
    folder: str | os.PathLike[str],
    *,
    jobs: int,
    data_dir: str | os.PathLike[str] | None = None,
    model: str | None = None,
    progress: Progress | None = None,
) -> AddReport:
    """:func:`~reader.core.library.adding.add_folder` spread over ``jobs`` processes.

    Ctrl+C (KeyboardInterrupt) asks every process to stop after its current file; their
    finished batches stay in the library, and the interrupt is raised again.

    Raises:
        LibraryError, PipelineUnavailable: as ``add_folder``; a child's failure of that
            kind is reported as its message on the returned report's ``failed`` list.
    """
    files = document_files(Path(folder))
    if jobs <= 1 or len(files) < 2 * BATCH * jobs:
        return add_folder(folder, data_dir=data_dir, model=model, progress=progress)
    model_name = resolve_pipeline(model)  # fails here, once, when none is installed
    where = str(library_path(data_dir).parent)
    context = multiprocessing.get_context("spawn")
    messages: Any = context.Queue()
    stop: Any = context.Event()
    children = [
        context.Process(
            target=_child,
            args=([str(f) for f in files[index::jobs]], where, model_name, messages, stop),
            name=f"entity-reader-library-add-{index + 1}",
        )
        for index in range(jobs)
    ]
    for child in children:
        child.start()
    report = AddReport()
    try:
        _collect(messages, children, len(files), report, progress)
    except KeyboardInterrupt:
        stop.set()
        for child in children:
            child.join()
        raise
    for child in children:
        child.join()
    return report


def _collect(
    messages: Any, children: list[Any], total: int, report: AddReport, progress: Progress | None
) -> None:
    done, running = 0, len(children)
    while running:
        try:
            kind, payload = messages.get(timeout=_POLL_SECONDS)
        except queue.Empty:
            if not any(child.is_alive() for child in children):
                report.failed.append(("", "An analysis process stopped unexpectedly."))
                return
            continue
        if kind == "progress":
            done += 1
            source, status = payload
            if status == ANALYSED:
                report.analysed += 1
            elif status == UNCHANGED:
                report.unchanged += 1
            else:
                report.failed.append((source, status))
            if progress is not None:
                progress(done, total, source, status)
        else:  # "done" or "error": one child has finished
            running -= 1
            if kind == "error":
                report.failed.append(("", str(payload)))
            elif payload:
                report.cancelled = True


def _child(files: list[str], data_dir: str, model: str, messages: Any, stop: Any) -> None:
    """One process's share of the files; reports on ``messages`` (see ``_collect``)."""
    try:
        report = add_files(
            [Path(f) for f in files],
            data_dir=data_dir,
            model=model,
            progress=lambda _done, _total, source, status: messages.put(
                ("progress", (source, status))
            ),
            cancelled=stop.is_set,
        )
    except KeyboardInterrupt:
        messages.put(("done", True))  # the parent has asked the others to stop too
        return
    except Exception as exc:  # noqa: BLE001 - every failure becomes a message
        messages.put(("error", str(exc) or type(exc).__name__))
        return
    messages.put(("done", report.cancelled))
