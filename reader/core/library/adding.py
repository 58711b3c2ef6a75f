"""Add a folder to the library: analyse every readable document in it, skip what is known.

Decisions:

- Every file under the folder (sub-folders too) whose name ends in a document suffix
  (:data:`DOCUMENT_SUFFIXES`) is read as the window reads it; hidden files and folders
  are left out.
- A file whose size and modification time are those of the last add, and whose saved
  result was made by the same pipeline under the same rules, is skipped unread. A file
  whose bytes were analysed before (a copy, a touched file) is not analysed again.
- A file that cannot be read or analysed gets its message in the library list and on
  the progress report; the others go on.
- The actors a document adds to the library's actors are those the reader sees: with
  the corrections saved for it applied (the saved result stays the raw analysis).
- Documents are analysed in batches through one ``nlp.pipe`` (the pipeline is loaded
  only when something needs analysing) and each batch is saved in one transaction, so a
  cancelled or killed run keeps every batch it finished.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.documents.article import Article, LoadError
from reader.core.documents.digest import text_digest
from reader.core.documents.opening import open_document
from reader.core.edits.corrections import Correction
from reader.core.edits.store import DB_NAME, Store
from reader.core.language.pipeline import load_pipeline, resolve_pipeline
from reader.core.library.catalog import library_source, register, stored_source
from reader.core.library.database import connect, library_path
from reader.core.library.identity import pipeline_identity, rules_version
from reader.core.library.result_cache import document_key, save_result
from reader.core.run import analyze_articles

if TYPE_CHECKING:
    from spacy.language import Language

DOCUMENT_SUFFIXES = frozenset(
    {
        ".txt",
        ".text",
        ".md",
        ".markdown",
        ".html",
        ".htm",
        ".xhtml",
        ".pdf",
        ".docx",
        ".epub",
    }
)
#: Documents per ``nlp.pipe`` batch and per saved transaction.
BATCH = 16
ANALYSED, UNCHANGED = "analysed", "unchanged"

#: ``progress(done, total, source, status)``: status is ANALYSED, UNCHANGED or a message.
Progress = Callable[[int, int, str, str], None]


class LibraryError(Exception):
    """The folder cannot be added at all; ``str(error)`` says why."""


@dataclass(slots=True)
class AddReport:
    """What one ``add_folder`` did."""

    analysed: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False


def document_files(folder: Path) -> list[Path]:
    """The documents under ``folder``, sorted; hidden files and folders left out.

    Raises:
        LibraryError: ``folder`` is not a folder that can be read.
    """
    if not folder.is_dir():
        raise LibraryError(f"{folder} is not a folder.")
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            Path(root, name)
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in DOCUMENT_SUFFIXES
        )
    return sorted(found)


class _Run:
    """One add: the connection, the pipeline when needed, the pending batch."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        model: str,
        progress: Progress,
        total: int,
        load: Callable[[str], Language],
        data_dir: Path,
    ) -> None:
        self.conn = conn
        self.model = model
        self.identity = pipeline_identity(model) or model
        self.rules = rules_version()
        self.progress = progress
        self.total = total
        self.done = 0
        self.load = load
        self.nlp: Language | None = None
        self.pending: list[tuple[Article, int, int]] = []
        self.report = AddReport()
        self.data_dir = data_dir
        self.store: Store | None = None

    def saved_corrections(self, article: Article) -> tuple[Correction, ...]:
        """The reader's active corrections of ``article``; none if the store cannot tell."""
        if self.store is None:
            if not (self.data_dir / DB_NAME).exists():
                return ()  # nothing was ever corrected
            try:
                self.store = Store(self.data_dir)
            except (OSError, sqlite3.Error):
                return ()
        try:
            return self.store.history(self.store.key_for(article)).active
        except (OSError, sqlite3.Error):
            return ()

    def fits(self, key: str, text_sha: str | None = None) -> bool:
        row = self.conn.execute(
            "SELECT text_sha, pipeline, rules FROM results WHERE bytes = ?", (key,)
        ).fetchone()
        if row is None or (row[1], row[2]) != (self.identity, self.rules):
            return False
        return text_sha is None or row[0] == text_sha

    def add(self, path: Path) -> None:
        source = library_source(str(path))
        try:
            info = path.stat()
            size, mtime = info.st_size, info.st_mtime_ns
        except OSError as exc:
            self.fail(source, f"{path} cannot be read: {exc.strerror or exc}.")
            return
        row = self.conn.execute(
            "SELECT bytes, size, mtime, error FROM documents WHERE source = ?",
            (stored_source(source),),
        ).fetchone()
        if row is not None and tuple(row[1:]) == (size, mtime, "") and self.fits(row[0]):
            self.tell(source, UNCHANGED)
            return
        try:
            article = open_document(str(path))
        except LoadError as exc:
            self.fail(source, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - one bad file never stops the rest
            self.fail(source, f"{path} could not be read: {type(exc).__name__}: {exc}")
            return
        key = document_key(article)
        if self.fits(key, text_digest(article.text)):
            with self.conn:
                register(self.conn, source, key, size=size, mtime=mtime)
            self.tell(source, UNCHANGED)
            return
        self.pending.append((article, size, mtime))
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        """Analyse the pending documents in one ``nlp.pipe`` and save them together."""
        batch, self.pending = self.pending, []
        if not batch:
            return
        if self.nlp is None:
            self.nlp = self.load(self.model)
        articles = [article for article, _, _ in batch]
        edits = {id(article): self.saved_corrections(article) for article in articles}
        try:
            results = analyze_articles(
                articles, self.nlp, corrections=[edits[id(a)] for a in articles]
            )
        except Exception:  # noqa: BLE001 - find which document the model failed on
            results = []
            for article in articles:
                try:
                    results.extend(
                        analyze_articles([article], self.nlp, corrections=[edits[id(article)]])
                    )
                except Exception as exc:  # noqa: BLE001 - its message, then the rest
                    self.fail(article.source, f"{article.source} could not be analysed: {exc}")
            done = {id(r.article) for r in results}
            batch = [entry for entry in batch if id(entry[0]) in done]
        with self.conn:
            for result, (article, size, mtime) in zip(results, batch, strict=True):
                # The uncorrected result is saved; the library counts the corrected actors.
                actors = result.actors if result.uncorrected is not None else None
                save_result(self.conn, result.raw, self.identity, inferred=False, actors=actors)
                register(
                    self.conn,
                    article.source,
                    document_key(article),
                    size=size,
                    mtime=mtime,
                )
        for _, (article, _, _) in zip(results, batch, strict=True):
            self.tell(library_source(article.source), ANALYSED)

    def fail(self, source: str, message: str) -> None:
        with self.conn:
            register(self.conn, source, "", error=message)
        self.report.failed.append((source, message))
        self.tell(source, message)

    def tell(self, source: str, status: str) -> None:
        self.done += 1
        if status == ANALYSED:
            self.report.analysed += 1
        elif status == UNCHANGED:
            self.report.unchanged += 1
        self.progress(self.done, self.total, source, status)


def add_folder(
    folder: str | os.PathLike[str],
    *,
    data_dir: str | os.PathLike[str] | None = None,
    model: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    load: Callable[[str], Any] = load_pipeline,
) -> AddReport:
    """Add every document under ``folder`` to the library (see the module docstring).

    Args:
        folder: The folder to add.
        data_dir: The data folder holding the library (default: the per-user one).
        model: The spaCy pipeline, as ``--model`` names it (default: the best installed).
        progress: Told of every file as it is done.
        cancelled: Asked before each file; True stops the run (finished batches stay).
        load: Loads the pipeline (tests pass one in).

    Raises:
        LibraryError: the folder cannot be read or the library cannot be written.
        PipelineUnavailable: something needs analysing and no pipeline can be loaded.
    """
    files = document_files(Path(folder))
    return add_files(
        files, data_dir=data_dir, model=model, progress=progress, cancelled=cancelled, load=load
    )


def add_files(
    files: list[Path],
    *,
    data_dir: str | os.PathLike[str] | None = None,
    model: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    load: Callable[[str], Any] = load_pipeline,
) -> AddReport:
    """Add ``files`` to the library, as :func:`add_folder` adds a folder's."""
    where = library_path(data_dir)
    model_name = resolve_pipeline(model)
    try:
        conn = connect(where)
    except (OSError, sqlite3.Error) as exc:
        raise LibraryError(f"The library cannot be opened: {exc}") from None
    assert conn is not None
    run = _Run(conn, model_name, progress or _quiet, len(files), load, where.parent)
    try:
        for path in files:
            if cancelled is not None and cancelled():
                run.report.cancelled = True
                break
            run.add(path)
        if not run.report.cancelled:
            run.flush()
    finally:
        conn.close()
        if run.store is not None:
            run.store.close()
    return run.report


def _quiet(done: int, total: int, source: str, status: str) -> None:
    """The default progress: say nothing."""


def add_folder_in_child(
    folder: str, data_dir: str, model: str | None, messages: Any, stop: Any
) -> None:
    """:func:`add_folder` in a child process, for the window (which must not wait).

    Reports on ``messages`` (a multiprocessing queue): ``("progress", (done, total,
    source, status))`` per file, then ``("done", (analysed, unchanged, failed,
    cancelled))`` or ``("error", message)``. Stops before the next file once ``stop`` (a
    multiprocessing event) is set.
    """
    try:
        report = add_folder(
            folder,
            data_dir=data_dir,
            model=model,
            progress=lambda *told: messages.put(("progress", told)),
            cancelled=stop.is_set,
        )
    except Exception as exc:  # noqa: BLE001 - every failure becomes a message
        messages.put(("error", str(exc) or type(exc).__name__))
        return
    summary = (report.analysed, report.unchanged, len(report.failed), report.cancelled)
    messages.put(("done", summary))
