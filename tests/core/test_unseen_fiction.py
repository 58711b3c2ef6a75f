"""Faults found on novels no rule had seen (Great Expectations, Treasure Island, Wuthering
Heights, A Tale of Two Cities, Tom Sawyer), each with the actors a careful reader expects."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_possessive_left_bare_by_a_cut_word_is_cut_too() -> None:
    text = "He wept, and Sydney’s feet took him to the door. Sydney sat down."
    actors = actors_of(text, ("PERSON", "Sydney’s feet"), ("PERSON", "Sydney"))
    assert table(actors) == {("Sydney", "PERSON", ("Sydney", "Sydney"))}


def test_a_surname_joins_the_one_person_its_two_full_names_turn_out_to_be() -> None:
    pytest.importorskip("nicknames")
    text = (
        "“I’m poor Ben Gunn, I am,” he said. “As for you, Benjamin Gunn,” they said. "
        "“Gunn is a good man,” he went on. Ben Gunn ran off. “Ask Ben Gunn.”"
    )
    actors = actors_of(
        text, ("PERSON", "Ben Gunn"), ("PERSON", "Benjamin Gunn"), ("PERSON", "Gunn")
    )
    assert table(actors) == {
        (
            "Ben Gunn",
            "PERSON",
            ("Ben Gunn", "Benjamin Gunn", "Gunn", "Ben Gunn", "Ben Gunn"),
        )
    }


def test_a_list_of_names_opening_a_sentence_is_split_when_the_first_is_named_alone() -> None:
    text = (
        "Captain Benwick obeyed, and Charles ran. "
        "Charles, Henrietta, and Captain Wentworth were the three in consultation. "
        "True, Florence was late."
    )
    actors = actors_of(
        text,
        ("PERSON", "Captain Benwick"),
        ("PERSON", "Charles"),
        ("ORG", "Charles, Henrietta"),
        ("PERSON", "Captain Wentworth"),
        ("PERSON", "True, Florence"),
    )
    assert {(name, mentions) for name, _, mentions in table(actors)} == {
        ("Benwick", ("Captain Benwick",)),
        ("Charles", ("Charles", "Charles")),
        ("Henrietta", ("Henrietta",)),
        ("Wentworth", ("Captain Wentworth",)),
        ("Florence", ("Florence",)),
    }


def test_a_word_opening_a_quoted_cry_is_no_part_of_the_name_after_it() -> None:
    text = (
        'The look with which "Thank God!" was uttered by Captain Wentworth stayed. '
        "Later Wentworth prayed to God."
    )
    actors = actors_of(text, ("PERSON", "Captain Wentworth"), ("PERSON", "Wentworth"))
    assert {(name, mentions) for name, _, mentions in table(actors)} == {
        ("Wentworth", ("Captain Wentworth", "Wentworth")),
        ("God", ("God", "God")),
    }


def test_a_word_only_ever_called_out_among_other_cries_is_a_cry() -> None:
    text = (
        "The crowd kept calling out: “Yah! Spies! Tst! Yaha! Spies!” and more. "
        "“Spies!\nYaha!\nTst, tst!\nSpies!” cried another, one sentence a line. "
        "“Old Bailey spy,” said the man. “Yaha!\nTst!\nYah!” Jerry Cruncher stared. "
        "“Fritz! Fritz!” she cried. Fritz came."
    )
    actors = actors_of(text, ("PERSON", "Yaha"), ("PERSON", "Jerry Cruncher"), ("PERSON", "Fritz"))
    assert {name for name, _, _ in table(actors)} == {"Jerry Cruncher", "Fritz"}


def test_a_capital_letter_after_a_or_an_is_a_letter_not_a_name() -> None:
    text = "Then Tom showed Huck how to make an H and an F, and the oath was complete."
    actors = actors_of(text, ("PERSON", "Tom"), ("PERSON", "Huck"), ("ORG", "H"), ("PRODUCT", "F"))
    assert {name for name, _, _ in table(actors)} == {"Tom", "Huck"}


def test_a_given_name_the_model_calls_a_thing_is_a_person_unless_placed() -> None:
    pytest.importorskip("nicknames")
    text = (
        "I lay wondering whether Miss Havisham intended me for Estella; Estella knew. "
        "'Ah! Nelly has played traitor,' she exclaimed. 'I stood in Nelly's place.' "
        "Then she went to Georgia, and Victoria voted. We stayed in Florence."
    )
    actors = actors_of(
        text,
        ("PERSON", "Miss Havisham"),
        ("ORG", "Estella"),
        ("ORG", "Nelly"),
        ("GPE", "Georgia"),
        ("GPE", "Victoria"),
        ("GPE", "Florence"),
    )
    assert {(name, label) for name, label, _ in table(actors)} == {
        ("Havisham", "PERSON"),
        ("Estella", "PERSON"),
        ("Nelly", "PERSON"),
        ("Georgia", "GPE"),
        ("Victoria", "GPE"),
        ("Florence", "GPE"),
    }


def test_a_given_name_ending_in_ly_opening_a_sentence_is_no_adverb() -> None:
    text = "Up went the signal. Billy Bones was the mate. Suddenly Flint came in a boat."
    actors = actors_of(text, ("PERSON", "Billy Bones"), ("PERSON", "Suddenly Flint"))
    assert {(name, mentions) for name, _, mentions in table(actors)} == {
        ("Billy Bones", ("Billy Bones",)),
        ("Flint", ("Flint",)),
    }


def test_a_two_letter_name_the_model_missed_is_found_when_used_twice() -> None:
    text = (
        "“It has been many years since anyone asked me to see Oz,” he said. "
        "“We were told that Oz is a good man.” Then Oz asked a question, and we said, "
        "ah, it was late. Nobody answered, lo and behold."
    )
    actors = actors_of(text)
    assert table(actors) == {("Oz", "PERSON", ("Oz", "Oz", "Oz"))}


def test_two_titled_names_joined_by_and_are_two_people() -> None:
    text = (
        "“Send me back to Kansas, where my Aunt Em and Uncle Henry are,” she said. "
        "Aunt Em will be worried. We walked down King and Queen Street."
    )
    actors = actors_of(
        text,
        ("GPE", "Kansas"),
        ("WORK_OF_ART", "Aunt Em and Uncle Henry"),
        ("PERSON", "Aunt Em"),
        ("FAC", "King and Queen Street"),
    )
    assert {(name, mentions) for name, _, mentions in table(actors)} == {
        ("Kansas", ("Kansas",)),
        ("Aunt Em", ("Aunt Em", "Aunt Em")),
        ("Uncle Henry", ("Uncle Henry",)),
        ("King and Queen Street", ("King and Queen Street",)),
    }


def test_a_room_named_after_a_person_does_not_take_in_the_person() -> None:
    text = (
        "They came to the Throne Room and waited. They started for the Throne Room of the "
        "Great Oz. We came to see the Great Oz. Oz said no."
    )
    actors = actors_of(
        text,
        ("ORG", "Throne Room"),
        ("ORG", "Throne Room of the Great Oz"),
        ("ORG", "Great Oz"),
        ("PERSON", "Oz"),
    )
    throne = next(m for n, _, m in table(actors) if n.startswith("Throne"))
    assert throne == ("Throne Room", "Throne Room of the Great Oz")


def test_a_command_opening_a_quotation_is_no_part_of_the_name_after_it() -> None:
    text = (
        "“Kill the Wicked Witch of the West,” answered the Head. "
        "“But I cannot kill anything!” exclaimed Dorothy."
    )
    actors = actors_of(
        text, ("WORK_OF_ART", "Kill the Wicked Witch of the West"), ("PERSON", "Dorothy")
    )
    assert {name for name, _, _ in table(actors)} == {"Wicked Witch of the West", "Dorothy"}
