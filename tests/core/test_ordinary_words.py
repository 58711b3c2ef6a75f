"""A word capitalised only because it opens a sentence is no name, even in a short text."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from reader.core.language.lexicon import english_lexicon
from tests.core.ruler_actors import actors_of, table


def test_the_lexicon_tells_verbs_and_adjectives_from_nouns() -> None:
    lexicon = english_lexicon()
    assert lexicon.readings("behold") == {"verb"}
    assert lexicon.readings("gigantic") == {"adj"}
    assert lexicon.readings("window") == {"noun"}
    assert lexicon.inflected_verb("said")
    assert lexicon.inflected_verb("throws")
    assert not lexicon.inflected_verb("window")


def test_a_sentence_opening_verb_or_adjective_is_no_name_unless_it_acts_or_owns() -> None:
    text = (
        "The garden was wild. Gigantic pansies grew by the wall. Behold, the house stood "
        "empty. Hush now, children. Slim stated that the roof leaked. Mrs. Long came in. "
        "Labour's plan failed. Brown spoke, and Gordon Brown left."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Gigantic"),
            ("PERSON", "Behold"),
            ("PERSON", "Hush"),
            ("PERSON", "Slim"),
            ("PERSON", "Mrs. Long"),
            ("ORG", "Labour"),
            ("PERSON", "Gordon Brown"),
        )
    )
    assert got == {
        ("Slim", "PERSON", ("Slim",)),
        ("Long", "PERSON", ("Mrs. Long",)),
        ("Labour", "ORG", ("Labour",)),
        ("Gordon Brown", "PERSON", ("Brown", "Gordon Brown")),
    }


def test_an_adjective_after_the_is_a_word_written_with_emphasis_not_a_name() -> None:
    text = (
        "He fought for the South. Saxons lived in the West, and the sense of the Invisible "
        "was strong. The French came from Ceylon. They reached the Kremlin."
    )
    got = table(
        actors_of(
            text,
            ("LOC", "South"),
            ("LOC", "West"),
            ("ORG", "Invisible"),
            ("NORP", "French"),
            ("GPE", "Ceylon"),
            ("FAC", "Kremlin"),
        )
    )
    assert got == {
        ("French", "NORP", ("French",)),
        ("Ceylon", "GPE", ("Ceylon",)),
        ("Kremlin", "FAC", ("Kremlin",)),
    }
