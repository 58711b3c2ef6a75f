"""Names written with decomposed accents or invisible characters (issue 8, item 13)."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from reader.core.actors.grouping import group_mentions
from reader.core.language.detection import analyze
from reader.core.text.mentions import Mention
from reader.core.text.normal import matching_form, model_copy, original_span

NFC = "José Manuel"
NFD = unicodedata.normalize("NFD", NFC)


def _mention(text: str, name: str, after: int = 0) -> Mention:
    start = text.index(name, after)
    return Mention(start, start + len(name), name, "PERSON")


def test_decomposed_and_composed_spellings_are_one_actor() -> None:
    text = f"{NFC} spoke. Later {NFD} left. Ange\u200bla Merkel and Angela Merkel met."
    mentions = [
        _mention(text, NFC),
        _mention(text, NFD),
        _mention(text, "Ange\u200bla Merkel"),
        _mention(text, "Angela Merkel"),
    ]
    actors = group_mentions(text, mentions)
    assert sorted(len(actor.mentions) for actor in actors) == [2, 2]


def test_matching_form_composes_and_drops_invisible_characters() -> None:
    assert matching_form(NFD) == NFC
    assert matching_form("Mer\u200bkel\u00ad") == "Merkel"


def test_the_model_copy_maps_back_to_the_shown_text() -> None:
    text = f"Mer\u200bkel met {NFD}."
    copy, mapping = model_copy(text)
    assert copy == f"Merkel met {NFC}."
    start, shown = copy.index(NFC), text.index(NFD)
    assert original_span(mapping, start, start + len(NFC)) == (shown, shown + len(NFD))
    assert original_span(mapping, 0, 6) == (0, 7)
    assert model_copy("Plain text") == ("Plain text", None)


@pytest.mark.model
def test_a_zero_width_space_does_not_cut_a_name(nlp: Any) -> None:
    text = "German Chancellor Angela Mer\u200bkel met President Emmanuel Macron in Paris on Monday."
    mentions = analyze(text, nlp)
    assert "Angela Mer\u200bkel" in [m.text for m in mentions]
    assert all(text[m.start : m.end] == m.text for m in mentions)
