"""Actors from a blank English pipeline that tags exactly the given phrases.

Rule tests use it so that they test the rules, not the model.
"""

from __future__ import annotations

from typing import Any

import spacy

from reader.core.actors.grouping import group_mentions
from reader.core.language.detection import analyze
from reader.core.text.mentions import Actor


def ruler(*patterns: tuple[str, str]) -> Any:
    """A blank English pipeline that tags exactly ``(label, phrase)`` patterns."""
    nlp = spacy.blank("en")
    entity_ruler = nlp.add_pipe("entity_ruler")
    # A pattern that never matches keeps spaCy quiet about an empty ruler.
    entity_ruler.add_patterns([{"label": "ORG", "pattern": "\u2063never\u2063"}])
    entity_ruler.add_patterns([{"label": label, "pattern": phrase} for label, phrase in patterns])
    return nlp


def actors_of(text: str, *patterns: tuple[str, str]) -> tuple[Actor, ...]:
    return group_mentions(text, analyze(text, ruler(*patterns)))


def table(actors: tuple[Actor, ...]) -> set[tuple[str, str, tuple[str, ...]]]:
    """Each actor as (name, label, its mention texts), order-free."""
    return {(a.name, a.label, tuple(m.text for m in a.mentions)) for a in actors}


def check_offsets(text: str, actors: tuple[Actor, ...]) -> None:
    for actor in actors:
        for mention in actor.mentions:
            assert text[mention.start : mention.end] == mention.text
