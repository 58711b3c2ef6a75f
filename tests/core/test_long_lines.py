"""A text on one long line costs what it costs in paragraphs: blocks are small, rules are local."""

from __future__ import annotations

from reader.core.language.boundaries import fix_boundaries
from reader.core.language.capitalised import capitalised_names
from reader.core.language.detection import text_blocks
from reader.core.language.recurrence import propagate_names
from reader.core.text.local import display_text
from reader.core.text.mentions import Mention

SENTENCE = "The talks in the old town went on until late, and nobody there was surprised by it. "
# Far away on the same line: a long run of words in Title Case (a list of names, say).
TITLE_CASE = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta " * 2_000
PROSE = SENTENCE * 20


def test_a_long_line_is_cut_into_small_pieces_at_sentence_ends() -> None:
    text = SENTENCE * 4_000  # 340,000 characters, no line break
    blocks = text_blocks(text)
    assert max(len(block) for _, block in blocks) <= 2_000
    for offset, block in blocks:
        assert text[offset : offset + len(block)] == block
    # Every cut but the last falls after a full stop, never inside a sentence.
    assert all(block.rstrip().endswith(".") for _, block in blocks)


def test_title_case_is_judged_near_the_name_not_over_the_whole_line() -> None:
    text = TITLE_CASE + PROSE + "Later the people near the Shandao Station left for home. " + PROSE
    found = [m.text for m in capitalised_names(text, [])]
    assert "Shandao Station" in found


def test_a_name_grows_in_a_normal_sentence_of_a_long_title_case_line() -> None:
    text = TITLE_CASE + PROSE + "He said the director Enver Solomon agreed to it. " + PROSE
    start = text.index("Enver")
    grown = fix_boundaries(text, [Mention(start, start + 5, "Enver", "PERSON")])
    assert [m.text for m in grown] == ["Enver Solomon"]


def test_a_name_is_not_propagated_into_a_longer_name_of_a_long_title_case_line() -> None:
    later = "He said the new Internet Explorer was slow. "
    text = PROSE + "They used Explorer for years. " + TITLE_CASE + PROSE + later + PROSE
    start = text.index("Explorer")
    found = [Mention(start, start + 8, "Explorer", "PRODUCT")]
    mentions = propagate_names(text, found, ["PRODUCT"])
    assert [m.start for m in mentions] == [start]


def test_a_long_line_is_shown_in_pieces_of_the_same_length() -> None:
    text = "Short headline\n" + SENTENCE * 100 + "\nA last line."
    shown = display_text(text)
    assert len(shown) == len(text)
    assert shown.replace("\n", " ") == text.replace("\n", " ")
    assert max(len(line) for line in shown.split("\n")) <= 2_000
    assert display_text("Short lines\nstay as they are.") == "Short lines\nstay as they are."


def test_page_furniture_inside_a_long_line_is_no_name() -> None:
    # A saved page flattened to one line: "Breaking News" is no longer a line of its own.
    text = "Accessibility links  Breaking News  Russian minister meets the ambassador. " + PROSE
    assert [m.text for m in capitalised_names(text, [])] == []
