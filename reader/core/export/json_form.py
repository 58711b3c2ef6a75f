"""The JSON form of an analysis: what ``reader --json`` prints and File ▸ Export writes.

Offsets are Python string indices into ``text`` (end exclusive), as in
:class:`reader.core.text.mentions.Mention`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import Any

from reader.core.documents.article import Article
from reader.core.result import ArticleAnalysis
from reader.core.text.mentions import Actor, Mention


def document_dict(article: Article, actors: Sequence[Actor], pipeline: str) -> dict[str, Any]:
    """The JSON form of an analysis, in the order File ▸ Export writes it.

    ``inferred``, ``related`` and ``edited`` appear only when true or non-empty, so the
    common case stays short.
    """
    return {
        "source": article.source,
        "title": article.title,
        "pipeline": pipeline,
        "format": article.format,
        "encoding": article.encoding,
        "text": article.text,
        "actors": [_actor_to_dict(actor) for actor in actors],
    }


def _actor_to_dict(actor: Actor) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": actor.id,
        "name": actor.name,
        "label": actor.label,
        "mentions": [_mention_to_dict(m) for m in actor.mentions],
    }
    if actor.related:
        entry["related"] = list(actor.related)
    if actor.edited:
        entry["edited"] = True
    return entry


def _mention_to_dict(mention: Mention) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
    }
    if mention.inferred:
        entry["inferred"] = True
    return entry


#: The ``reader --json`` keys, in the order the CLI has always printed them.
JSON_KEYS = ("source", "title", "format", "encoding", "pipeline", "text", "actors")


def analysis_to_dict(result: ArticleAnalysis) -> dict[str, Any]:
    """The ``reader --json`` form: offsets are Python string indices into ``text``.

    One form for the CLI and File ▸ Export: :func:`document_dict` makes it; only the key
    order is the CLI's.
    """
    data = document_dict(result.article, result.actors, result.pipeline)
    data["source"] = readable_name(data["source"])
    return {key: data[key] for key in JSON_KEYS}


def readable_name(source: str) -> str:
    r"""``source`` as valid Unicode: bytes of a file name that are not UTF-8 become U+FFFD.

    Python keeps such bytes as lone surrogates (``caf\udce9.txt``), which no UTF-8
    JSON can hold; the name is shown as ``caf\ufffd.txt`` instead.
    """
    try:
        source.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(source).decode("utf-8", "replace")
    return source


def json_bytes(result: ArticleAnalysis) -> bytes:
    """The ``reader --json`` document of ``result``, as the UTF-8 bytes to write."""
    text = json.dumps(analysis_to_dict(result), ensure_ascii=False, indent=1) + "\n"
    # A lone surrogate elsewhere (none is expected) must not abort a finished analysis.
    return text.encode("utf-8", "replace")
