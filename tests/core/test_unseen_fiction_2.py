"""Faults found on a second round of novels no rule had seen (Sense and Sensibility, Anne of
Green Gables, Emma, The Jungle Book, Heart of Darkness; Persuasion and Wuthering Heights
again), each with the actors a careful reader expects."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_village_the_text_is_miles_out_of_and_all_over_is_a_place() -> None:
    text = (
        "A girl had been on an early errand to Gimmerton. The horse was shod two miles "
        "out of Gimmerton after midnight. She told it all over Gimmerton this morning."
    )
    actors = actors_of(text, ("ORG", "Gimmerton"))
    assert table(actors) == {("Gimmerton", "GPE", ("Gimmerton",) * 3)}


def test_a_name_opening_a_quotation_once_is_still_the_town_the_text_goes_to() -> None:
    text = (
        "“Uppercross, the necessity of some one’s going to Uppercross; the news to be "
        "conveyed.” Some one must be off for Uppercross. The time required by the Uppercross "
        "horses was long. She had seen him leaving Uppercross. They were in the neighbourhood "
        "of Uppercross at dusk. When the news at Uppercross was over, he left. Her time at "
        "Uppercross was short."
    )
    actors = actors_of(text, ("ORG", "Uppercross"))
    assert {(name, label) for name, label, _ in table(actors)} == {("Uppercross", "GPE")}


def test_a_name_the_speaker_pairs_with_i_is_a_person() -> None:
    text = "Lord! how Charlotte and I did stuff the only time we were there!"
    actors = actors_of(text, ("GPE", "Charlotte"))
    assert table(actors) == {("Charlotte", "PERSON", ("Charlotte",))}


def test_a_typewritten_dash_after_a_cry_or_a_question_does_not_glue_the_names() -> None:
    text = (
        "“How could you think of such a thing?--Mr. Knightley!--Mr. Knightley must not "
        "marry!--Henry must have it.”"
    )
    actors = actors_of(text, ("PERSON", "Mr. Knightley"), ("PERSON", "Henry"))
    assert table(actors) == {
        ("Mr. Knightley", "PERSON", ("Mr. Knightley", "Mr. Knightley")),
        ("Henry", "PERSON", ("Henry",)),
    }


def test_a_word_the_model_calls_a_date_once_is_the_name_it_is_elsewhere() -> None:
    from reader.core.language.date_names import dates_named_elsewhere
    from reader.core.text.mentions import Mention

    text = "As far as Enscombe was concerned, Enscombe could not satisfy. In May, May sang."
    mentions = [
        Mention(10, 18, "Enscombe", "DATE"),
        Mention(34, 42, "Enscombe", "PERSON"),
        Mention(65, 68, "May", "DATE"),
        Mention(70, 73, "May", "PERSON"),
    ]
    assert [text[m.start : m.end] for m in mentions] == ["Enscombe", "Enscombe", "May", "May"]
    assert [m.label for m in dates_named_elsewhere(mentions)] == [
        "PERSON",
        "PERSON",
        "DATE",
        "PERSON",
    ]


def test_an_adverb_opening_the_sentence_is_no_part_of_the_name() -> None:
    text = "Sometimes Bagheera would come lounging through the jungle. Bagheera purred."
    actors = actors_of(text, ("PERSON", "Sometimes Bagheera"), ("PERSON", "Bagheera"))
    assert table(actors) == {("Bagheera", "PERSON", ("Bagheera", "Bagheera"))}


def test_mrs_before_a_mans_full_name_gives_no_vote_that_the_man_is_a_she() -> None:
    text = (
        "Charles at the same moment, disengaging himself from his wife, ran to her. "
        "Charles agreed, but declared his resolution of staying. "
        "It could be broken to Mr and Mrs Musgrove. Mrs Charles Musgrove will wish to get "
        "back to her children. Mr and Mrs Musgrove were alarmed. Captain Wentworth "
        "proposed, and Charles Musgrove agreed."
    )
    actors = actors_of(
        text,
        ("PERSON", "Charles"),
        ("PERSON", "Mrs Musgrove"),
        ("PERSON", "Charles Musgrove"),
        ("PERSON", "Captain Wentworth"),
    )
    assert ("Charles Musgrove", "PERSON", ("Charles", "Charles", "Charles Musgrove")) in table(
        actors
    )


def test_a_word_asked_back_and_called_out_and_written_in_lower_case_is_a_cry() -> None:
    text = (
        "Why do you sigh, somebody? Absurd? Well, absurd. “Absurd!” he cried. “And you say, "
        "Absurd! Absurd be—exploded! Absurd!” “Kurtz?” I asked. Kurtz was dead."
    )
    actors = actors_of(text, ("PERSON", "Absurd"), ("PERSON", "Kurtz"))
    assert table(actors) == {("Kurtz", "PERSON", ("Kurtz", "Kurtz"))}


def test_a_house_the_text_takes_somebody_all_over_is_a_building() -> None:
    text = "After taking her all over Allenham House! Then Tom Hall smiled at Anne Hall."
    actors = actors_of(
        text, ("PERSON", "Allenham House"), ("PERSON", "Tom Hall"), ("PERSON", "Anne Hall")
    )
    assert {(name, label) for name, label, _ in table(actors)} == {
        ("Allenham House", "FAC"),
        ("Tom Hall", "PERSON"),
        ("Anne Hall", "PERSON"),
    }


def test_a_capitalised_noun_after_an_article_is_an_idea_not_a_place() -> None:
    text = "It was a notion of an Immensity ruled by an august Benevolence, a new Jerusalem."
    actors = actors_of(text, ("GPE", "Benevolence"), ("GPE", "Jerusalem"))
    assert table(actors) == {("Jerusalem", "GPE", ("Jerusalem",))}


def test_a_word_called_out_once_as_a_whole_utterance_is_a_cry() -> None:
    pytest.importorskip("nicknames")
    text = "“Whoof!” Baloo’s big paw scooped him up. “Tom!” she cried. “Baloo!” he said."
    actors = actors_of(text, ("WORK_OF_ART", "Whoof"), ("PERSON", "Tom"), ("PERSON", "Baloo"))
    assert table(actors) == {
        ("Tom", "PERSON", ("Tom",)),
        ("Baloo", "PERSON", ("Baloo", "Baloo")),
    }


def test_a_full_name_whose_given_name_the_text_uses_alone_is_a_person() -> None:
    pytest.importorskip("nicknames")
    text = (
        "Mr. Phillips goes up to see Prissy Andrews every evening. She needed help more "
        "than Prissy did. He walked to Victoria Station."
    )
    actors = actors_of(
        text,
        ("ORG", "Prissy Andrews"),
        ("ORG", "Prissy"),
        ("PERSON", "Victoria"),
        ("ORG", "Victoria Station"),
    )
    labels = {name: label for name, label, _ in table(actors)}
    assert labels["Prissy Andrews"] == "PERSON"
    assert labels["Victoria Station"] != "PERSON"
