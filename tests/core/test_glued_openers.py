"""A command, a weekday or a shouted word glued before a person's name is cut off."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from reader.core.language.capitalised import capitalised_names
from tests.core.ruler_actors import actors_of, table


def test_a_command_opening_a_sentence_is_cut_though_a_licence_shouts_it() -> None:
    # "To SEND DONATIONS" capitalises the verb in the middle of a sentence, but only in
    # capitals: a shout, not a name's standing.
    text = (
        "The count called. “Send Dmítri to me!” Dmítri came at once. They send him "
        "letters. Dmítri bowed.\n\nTo SEND DONATIONS write to us."
    )
    got = table(actors_of(text, ("PERSON", "Send Dmítri"), ("PERSON", "Dmítri")))
    assert got == {("Dmítri", "PERSON", ("Dmítri",) * 3)}


def test_a_command_glued_to_a_persons_name_the_model_calls_a_work_is_cut() -> None:
    text = (
        "Murat, the King of Naples, rode up. The King of Naples smiled. “Tell the King of "
        "Naples,” said he sternly, “that it is not noon.” I will tell you more."
    )
    got = table(
        actors_of(
            text,
            ("WORK_OF_ART", "Tell the King of Naples"),
            ("PERSON", "King of Naples"),
            ("PERSON", "Murat"),
        )
    )
    assert ("King of Naples", "PERSON", ("King of Naples",) * 3) in got
    assert not any(name.startswith("Tell") for name, _, _ in got)


def test_a_weekday_in_the_plural_opens_no_run_of_capitals() -> None:
    text = "On Thursdays Princess Mary remembered with a smile that she was alone."
    found = capitalised_names(text, [])
    assert [(m.text, text[m.start : m.end]) for m in found] == [("Princess Mary", "Princess Mary")]


def test_an_article_left_after_a_glued_opener_is_cut_too() -> None:
    from reader.core.language.detection import finalize_mentions

    # The model's span "I. The Rucastles" runs over a sentence end (a wrapped line, unwrapped).
    text = "“Don’t trouble,” said I. The Rucastles will be gone by then, and Mr. Rucastle too."
    start = text.index("I. The")
    found = finalize_mentions(text, [(start, start + len("I. The Rucastles"), "ORG")])
    assert [m.text for m in found] == ["Rucastles"]


def test_a_dowager_title_alone_is_no_actor() -> None:
    text = "The Dowager Empress smiled at Pierre. The Dowager Empress left."
    got = table(actors_of(text, ("PRODUCT", "Dowager Empress"), ("PERSON", "Pierre")))
    assert got == {("Pierre", "PERSON", ("Pierre",))}


def test_a_foreign_word_glued_to_a_persons_name_the_model_calls_a_body_is_cut() -> None:
    text = "Marie came in. She said: “Voilà Marie!” Marie blushed. Marie sat down."
    got = table(actors_of(text, ("ORG", "Voilà Marie"), ("PERSON", "Marie")))
    assert got == {("Marie", "PERSON", ("Marie",) * 4)}
