"""The seed article (seeds/000_...txt): the actors a careful reader lists for it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reader.core.actors.grouping import group_mentions
from reader.core.documents.loading import load_article
from reader.core.language.detection import analyze
from reader.core.text.mentions import Actor

SEED = Path(__file__).parents[2] / "seeds" / "000_d86ce49f0eb981eb.txt"

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not SEED.is_file(), reason="seed article missing"),
]


@pytest.fixture(scope="module")
def seed() -> tuple[str, tuple[Actor, ...]]:
    from reader.core.language.pipeline import (
        PipelineUnavailable,
        load_pipeline,
        resolve_pipeline,
    )

    try:
        nlp: Any = load_pipeline(resolve_pipeline(None))
    except PipelineUnavailable as exc:
        pytest.skip(str(exc))
    text = load_article(SEED).text
    return text, group_mentions(text, analyze(text, nlp))


def _actor(actors: tuple[Actor, ...], name: str) -> Actor:
    return next(a for a in actors if a.name == name)


def test_jon_huntsman_holds_all_five_huntsman_mentions(seed: tuple[str, tuple[Actor, ...]]) -> None:
    text, actors = seed
    huntsman = _actor(actors, "Jon Huntsman")
    assert huntsman.label == "PERSON"
    assert len(huntsman.mentions) == 5 == text.count("Huntsman")
    assert not [a.name for a in actors if "huntsman" in a.name.lower() and a is not huntsman]


def test_united_states_holds_every_us_and_united_states(
    seed: tuple[str, tuple[Actor, ...]],
) -> None:
    text, actors = seed
    usa = _actor(actors, "United States")
    texts = [m.text for m in usa.mentions]
    assert texts.count("United States") == text.count("United States")
    # "U.S. Congress" is a body of its own; every other "U.S." names the country.
    assert texts.count("U.S.") == text.count("U.S.") - text.count("U.S. Congress")


def test_russia_includes_the_dateline_in_capitals(seed: tuple[str, tuple[Actor, ...]]) -> None:
    _, actors = seed
    assert "RUSSIA" in {m.text for m in _actor(actors, "Russia").mentions}


def test_no_furniture_or_glued_words_become_actors(seed: tuple[str, tuple[Actor, ...]]) -> None:
    _, actors = seed
    names = {a.name for a in actors}
    assert not names & {"Breaking News", "Receiving Huntsman", "Accessibility links", "Defense"}


def test_the_demonym_is_related_to_its_country(seed: tuple[str, tuple[Actor, ...]]) -> None:
    _, actors = seed
    assert _actor(actors, "Russian").related == ("Russia",)


def test_every_offset_holds(seed: tuple[str, tuple[Actor, ...]]) -> None:
    text, actors = seed
    for actor in actors:
        for mention in actor.mentions:
            assert text[mention.start : mention.end] == mention.text
