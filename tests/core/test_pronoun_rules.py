"""Pronouns go to people named in the narration, never to countries, and --pronouns shows them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("spacy")

from reader.core.actors.coreference import infer_mentions
from reader.core.actors.grouping import group_mentions
from reader.core.language.detection import analyze
from tests.core.ruler_actors import ruler
from tests.core.test_cli import run_reader


def links(text: str, *patterns: tuple[str, str]) -> dict[str, list[str]]:
    actors = infer_mentions(text, group_mentions(text, analyze(text, ruler(*patterns))))
    return {
        a.name: [m.text for m in a.mentions if m.inferred]
        for a in actors
        if any(m.inferred for m in a.mentions)
    }


def test_he_after_a_country_that_speaks_is_never_the_country() -> None:
    text = "Jon Huntsman met the minister. The ambassador to Russia said that he wants talks."
    got = links(text, ("PERSON", "Jon Huntsman"), ("GPE", "Russia"))
    assert got == {"Jon Huntsman": ["he"]}


def test_a_name_inside_a_quotation_is_not_what_the_narration_means() -> None:
    text = (
        "Edna smiled at Robert.\n“I see Leonce isn't coming back,” she said. Robert said he knew."
    )
    got = links(text, ("PERSON", "Edna"), ("PERSON", "Robert"), ("PERSON", "Leonce"))
    assert "Leonce" not in got
    assert got["Edna"] == ["I", "she"]  # she says the quotation: its "I" is hers


def test_a_madame_is_never_his() -> None:
    text = "Madame Quesnel sat with Monsieur Quesnel. He loved his children."
    got = links(text, ("PERSON", "Quesnel"))
    assert got == {"Monsieur Quesnel": ["He", "his"]}


@pytest.mark.model
def test_json_pronouns_marks_the_links_inferred(seed_path: Path) -> None:
    result = run_reader("--json", "--pronouns", str(seed_path))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    text = data["text"]
    inferred = {
        (a["name"], m["start"]) for a in data["actors"] for m in a["mentions"] if m.get("inferred")
    }
    wants = text.index("said that he wants") + len("said that ")
    assert ("Jon Huntsman", wants) in inferred
    assert not any(name == "Russia" for name, _ in inferred)


def test_a_pronoun_chain_goes_on_past_the_window() -> None:
    # A name reaches the next sentence; the chain carries it on from there.
    text = "John came in and the room was dark. He sat down. He looked at the fire. He left."
    assert links(text, ("PERSON", "John")) == {"John": ["He", "He", "He"]}


def test_no_chain_through_someone_unnamed() -> None:
    text = "John came in and the room was dark. He sat down. The old man coughed. He left."
    assert links(text, ("PERSON", "John")) == {"John": ["He"]}
