from __future__ import annotations

import pytest

from reader.core.text.kinds import KINDS, kind_for, kind_name
from reader.core.text.mentions import ALL_LABELS
from reader.core.text.sentences import sentence_at, sentence_bounds


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_bounds(text)]


def test_splits_at_terminal_punctuation() -> None:
    assert _sentences("One thing. Another thing! A third? Yes.") == [
        "One thing.",
        "Another thing!",
        "A third?",
        "Yes.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith went to Washington.",
        "Dr. Jones met Mrs. Brown at St. Paul's.",
        "The U.S. Army said so.",
        "John F. Kennedy spoke.",
        "It rained, e.g. in Paris.",
        "At 3 p.m. on Monday it ended.",
    ],
)
def test_does_not_split_after_abbreviations(text: str) -> None:
    assert _sentences(text) == [text]


def test_splits_at_newlines_and_skips_blank_lines() -> None:
    text = "A headline\n\nFirst sentence. Second one\nLast"
    assert _sentences(text) == ["A headline", "First sentence.", "Second one", "Last"]


def test_closing_quotes_stay_with_their_sentence() -> None:
    assert _sentences('"Why?" he asked. "Because."  Then') == [
        '"Why?" he asked.',
        '"Because."',
        "Then",
    ]


def test_sentence_at() -> None:
    text = "Mr. Smith left. Jones stayed."
    start, end = sentence_at(text, text.index("Jones"))
    assert text[start:end] == "Jones stayed."
    assert text[slice(*sentence_at(text, 0))] == "Mr. Smith left."
    # Between sentences: the one before.
    assert sentence_at(text, text.index(" Jones")) == sentence_at(text, 0)
    assert sentence_at("", 0) == (0, 0)
    bounds = sentence_bounds(text)
    assert sentence_at(text, 20, bounds) == sentence_at(text, 20)


def test_spans_index_the_original_text() -> None:
    text = "  Leading space. Tab\tinside.\r"
    for start, end in sentence_bounds(text):
        assert text[start:end] == text[start:end].strip()


def test_every_label_has_a_kind() -> None:
    assert set(KINDS) == set(ALL_LABELS)
    for label, kind in KINDS.items():
        assert kind.label == label
        assert kind.color.startswith("#")
        assert len(kind.color) == 7
        assert kind.underline in {"solid", "dash", "dot", "wave", "dashdot", "none"}
    assert kind_name("ORG") == "Organisation"
    assert kind_name("GPE") == "Country/city"


def test_kinds_sharing_a_colour_differ_in_underline() -> None:
    seen: dict[tuple[str, str], str] = {}
    for kind in KINDS.values():
        key = (kind.color, kind.underline)
        assert key not in seen, f"{kind.label} looks like {seen.get(key)}"
        seen[key] = kind.label


def test_unknown_label_gets_a_neutral_kind() -> None:
    kind = kind_for("MY_LABEL")
    assert kind.label == "MY_LABEL"
    assert kind.name == "My label"
