"""ResultCache: each document's analysis kept in the library file, to reopen it at once.

A result is found by the SHA-256 of the document's bytes (of its text when pasted), as
the corrections store finds documents, and used only when it still fits: the same text
(a new version of a format reader may read the same bytes differently), the same
pipeline (:func:`reader.core.library.identity.pipeline_identity`) and the same rules
(:func:`reader.core.library.identity.rules_version`). Otherwise the document is analysed
again and the reason given (:attr:`Lookup.stale`); the new result replaces the old.

Results are kept as the window wants them, with pronoun and description links
(``inferred``); the headless form without them is the same actors with those mentions
left out (linking only ever adds mentions to actors). A result saved without them gets
them added on reopening, which needs no pipeline.

The cache never stops the reader: a file that cannot be read or written (or a value
SQLite cannot hold) is a miss.
"""

from __future__ import annotations

import json
import sqlite3
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from reader.core.documents.article import Article
from reader.core.documents.digest import text_digest
from reader.core.library.catalog import drop_result, index_actors, register
from reader.core.library.database import connect, library_path
from reader.core.library.identity import rules_version
from reader.core.result import ArticleAnalysis
from reader.core.run import linked
from reader.core.text.mentions import Actor, Mention

_PAYLOAD_VERSION = 2
_ROWS_PER_LINE = 2000


@dataclass(frozen=True, slots=True)
class Lookup:
    """What the cache holds for a document: a usable result, or why there is none.

    ``stale`` is ``""`` when nothing was saved, else a sentence saying why the saved
    result cannot be used ("the analysis rules changed since it was saved").
    """

    analysis: ArticleAnalysis | None
    stale: str = ""


def document_key(article: Article) -> str:
    """The key of ``article``'s result: its bytes' hash, or its text's when it has none."""
    return article.sha256 or text_digest(article.text)


class ResultCache:
    """Saved results in ``library.sqlite3`` (see the module docstring).

    Each call opens its own connection, so one cache may be used from any thread.
    """

    def __init__(self, data_dir: str | Path | None = None) -> None:
        self.path = library_path(data_dir)

    def get(self, article: Article, pipeline: str | None, *, infer: bool) -> Lookup:
        """The saved result of ``article`` made by ``pipeline`` under today's rules.

        Args:
            article: The document as just read (its ``source`` is the one reported).
            pipeline: :func:`~reader.core.library.identity.pipeline_identity` of the
                pipeline that would analyse it; None takes nothing from the cache.
            infer: Whether pronoun and description links are wanted.
        """
        if pipeline is None:
            return Lookup(None)
        try:
            conn = connect(self.path, create=False)
            if conn is None:
                return Lookup(None)
            with conn:
                row = conn.execute(
                    "SELECT text_sha, pipeline, rules, inferred, seconds, payload "
                    "FROM results WHERE bytes = ?",
                    (document_key(article),),
                ).fetchone()
            conn.close()
        except (OSError, sqlite3.Error, ValueError):
            return Lookup(None)
        if row is None:
            return Lookup(None)
        text_sha, saved_pipeline, saved_rules, inferred, seconds, payload = row
        if saved_pipeline != pipeline:
            return Lookup(
                None,
                f"the saved analysis was made with another pipeline ({saved_pipeline})",
            )
        if saved_rules != rules_version():
            return Lookup(None, "the analysis rules changed since it was saved")
        if text_sha != text_digest(article.text):
            return Lookup(None, "this version of the reader reads the document differently")
        try:
            analysis = decode(article, payload, float(seconds))
        except (ValueError, KeyError, TypeError, zlib.error):
            return Lookup(None, "the saved analysis could not be read")
        if infer and not inferred:
            analysis = linked(analysis)
        elif not infer and inferred:
            analysis = replace(analysis, actors=named_only(analysis.actors))
        return Lookup(analysis)

    def holds(self, article: Article, pipeline: str | None) -> bool:
        """Whether :meth:`get` would find a usable result (without reading it)."""
        if pipeline is None:
            return False
        try:
            conn = connect(self.path, create=False)
            if conn is None:
                return False
            with conn:
                row = conn.execute(
                    "SELECT text_sha, pipeline, rules FROM results WHERE bytes = ?",
                    (document_key(article),),
                ).fetchone()
            conn.close()
        except (OSError, sqlite3.Error, ValueError):
            return False
        return row is not None and tuple(row) == (
            text_digest(article.text),
            pipeline,
            rules_version(),
        )

    def put(self, result: ArticleAnalysis, pipeline: str | None, *, inferred: bool) -> bool:
        """Save ``result`` (made by ``pipeline``; ``inferred`` if it has the links).

        The document is listed in the library under its source (not a pasted one).
        Returns False when it could not be saved (the reader carries on without).
        """
        if pipeline is None:
            return False
        try:
            conn = connect(self.path)
            assert conn is not None  # created when missing
            try:
                listed = result.article.source != "clipboard"
                with conn:
                    save_result(conn, result, pipeline, inferred=inferred, listed=listed)
                    if listed:
                        key = document_key(result.article)
                        register(conn, result.article.source, key)
            finally:
                conn.close()
        except (OSError, sqlite3.Error, ValueError):
            return False
        return True


def named_only(actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """``actors`` without their inferred mentions: the analysis without links."""
    return tuple(replace(a, mentions=a.named_mentions) for a in actors)


def save_result(
    conn: sqlite3.Connection,
    result: ArticleAnalysis,
    pipeline: str,
    *,
    inferred: bool,
    listed: bool = True,
    actors: Sequence[Actor] | None = None,
) -> int:
    """Write ``result`` in the transaction ``conn`` holds, replacing an older one; its id.

    ``listed`` False (a pasted text) keeps it for reopening only: its actors and text
    are not part of the library's actors and search. ``actors`` are counted as its
    library actors instead of the result's own (the corrected ones).
    """
    article = result.article
    key = document_key(article)
    drop_result(conn, key)
    cursor = conn.execute(
        "INSERT INTO results (bytes, text_sha, pipeline, rules, inferred, title, format, "
        "actors, mentions, seconds, created, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            key,
            text_digest(article.text),
            pipeline,
            rules_version(),
            int(inferred),
            article.title,
            article.format,
            len(result.actors),
            sum(len(a.named_mentions) for a in result.actors),
            result.seconds,
            time.time(),
            encode(result),
        ),
    )
    result_id = int(cursor.lastrowid or 0)
    if not listed:
        return result_id
    index_actors(conn, result_id, result.actors if actors is None else actors)
    conn.execute(
        "INSERT INTO result_text (rowid, title, body) VALUES (?, ?, ?)",
        (result_id, article.title, article.text),
    )
    return result_id


def encode(result: ArticleAnalysis) -> bytes:
    """The mentions, actors and pipeline label of ``result``, as compressed JSON lines.

    One short JSON value a line, mentions 2,000 to a line: decoding runs in the window's
    collector thread, and one ``json.loads`` of a whole book's result held the
    interpreter lock (and so the window) for 150 ms.
    """
    lines = [_json({"version": _PAYLOAD_VERSION, "pipeline": result.pipeline})]
    lines += [_json(["mentions", rows]) for rows in _mention_rows(result.mentions)]
    for a in result.actors:
        lines.append(_json(["actor", a.id, a.key, a.name, a.label, list(a.related)]))
        lines += [_json(["mentions_of_actor", rows]) for rows in _mention_rows(a.mentions)]
    return zlib.compress("\n".join(lines).encode("utf-8"), 6)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _mention_rows(mentions: Sequence[Mention]) -> list[list[list[object]]]:
    rows = [[m.start, m.end, m.label, int(m.inferred)] for m in mentions]
    return [rows[i : i + _ROWS_PER_LINE] for i in range(0, len(rows), _ROWS_PER_LINE)]


def decode(article: Article, payload: bytes, seconds: float) -> ArticleAnalysis:
    """The result :func:`encode` saved, on ``article`` (whose text it was made from).

    Raises:
        ValueError, KeyError, TypeError, zlib.error: the payload is not one of ours.
    """
    lines = zlib.decompress(payload).decode("utf-8").split("\n")
    head: Any = json.loads(lines[0])
    if not isinstance(head, dict) or head.get("version") != _PAYLOAD_VERSION:
        raise ValueError("unknown payload version")
    text = article.text

    def mention(row: list[Any]) -> Mention:
        start, end, label, inferred = row
        return Mention(start, end, text[start:end], label, bool(inferred))

    mentions: list[Mention] = []
    actors: list[tuple[list[Any], list[Mention]]] = []
    for line in lines[1:]:
        kind, *rest = json.loads(line)
        if kind == "mentions":
            mentions.extend(mention(row) for row in rest[0])
        elif kind == "actor":
            actors.append((rest, []))
        elif kind == "mentions_of_actor":
            actors[-1][1].extend(mention(row) for row in rest[0])
        else:
            raise ValueError(f"unknown line {kind!r}")
    return ArticleAnalysis(
        article,
        tuple(mentions),
        tuple(
            Actor(str(id_), str(key), str(name), str(label), tuple(own), tuple(related))
            for (id_, key, name, label, related), own in actors
        ),
        str(head["pipeline"]),
        seconds,
        cached=True,
    )
