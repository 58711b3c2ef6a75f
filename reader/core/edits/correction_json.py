"""Corrections as JSON: the form the store keeps each edit in (a dict with a ``"type"``)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from reader.core.edits.corrections import (
    ActorRef,
    AddMention,
    Anchor,
    ChangeKind,
    Correction,
    MergeActors,
    MoveMentions,
    RemoveMention,
    RemoveText,
    RenameActor,
)


def correction_to_json(correction: Correction) -> str:
    """The stored form of ``correction``: a JSON object with a ``"type"``."""
    return json.dumps({"type": type(correction).__name__, **asdict(correction)}, ensure_ascii=False)


def correction_from_json(payload: str) -> Correction:
    """Read a correction written by :func:`correction_to_json`.

    Raises:
        ValueError: not a correction this version knows.
    """
    try:
        data = json.loads(payload)
        kind = data["type"]
        if kind == "RenameActor":
            return RenameActor(_ref(data["actor"]), str(data["name"]))
        if kind == "ChangeKind":
            return ChangeKind(_ref(data["actor"]), str(data["label"]))
        if kind == "MergeActors":
            return MergeActors(tuple(_ref(r) for r in data["sources"]), _ref(data["target"]))
        if kind == "MoveMentions":
            return MoveMentions(
                tuple(_anchor(a) for a in data["mentions"]),
                _ref(data["to"]) if data.get("to") else None,
                str(data.get("name", "")),
                str(data.get("label", "")),
            )
        if kind == "RemoveMention":
            return RemoveMention(_anchor(data["mention"]))
        if kind == "RemoveText":
            return RemoveText(_anchor(data["mention"]))
        if kind == "AddMention":
            return AddMention(
                _anchor(data["mention"]),
                _ref(data["to"]) if data.get("to") else None,
                str(data.get("name", "")),
                str(data.get("label", "PERSON")),
                bool(data.get("every", False)),
            )
    except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not a correction: {exc}") from None
    raise ValueError(f"unknown correction type {kind!r}")


def _anchor(data: Any) -> Anchor:
    return Anchor(
        int(data["start"]),
        int(data["end"]),
        str(data["text"]),
        str(data.get("before", "")),
        str(data.get("after", "")),
    )


def _ref(data: Any) -> ActorRef:
    return ActorRef(_anchor(data["anchor"]), str(data.get("key", "")))
