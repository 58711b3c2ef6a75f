"""An actor's name is a name: no leading "of", no word glued over a colon or a sentence start."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_title_before_of_stays_in_the_name() -> None:
    text = (
        "The King of Bohemia came in. Holmes bowed to the King of Bohemia. "
        "The King of Scandinavia was to marry."
    )
    got = table(actors_of(text, ("PERSON", "King of Bohemia"), ("PERSON", "King of Scandinavia")))
    assert got == {
        ("King of Bohemia", "PERSON", ("King of Bohemia", "King of Bohemia")),
        ("King of Scandinavia", "PERSON", ("King of Scandinavia",)),
    }


def test_a_span_glued_over_a_colon_or_to_a_sentences_first_word_is_cut() -> None:
    text = (
        "The coroner sat down. Holmes read the report to me.\n\n"
        "“The Coroner: What did you see?\n\n“Witness: Nothing at all.\n\n"
        "“Where is it, then?”\n\n“Near Lee, in Kent. We drove to Lee that night.”\n\n"
        "We went near the house. Holmes smiled. He read “A Tragedy Near Waterloo Bridge.”"
    )
    got = table(
        actors_of(
            text,
            ("WORK_OF_ART", "Coroner: What"),
            ("GPE", "Near Lee"),
            ("GPE", "Lee"),
            ("PERSON", "Holmes"),
        )
    )
    # The headline is another rule's business; its "Near" is no evidence that the word
    # opening "Near Lee" belongs to a name.
    got = {row for row in got if "Waterloo" not in row[0]}
    assert got == {
        ("Lee", "GPE", ("Lee", "Lee")),
        ("Holmes", "PERSON", ("Holmes", "Holmes")),
    }


def test_a_cry_is_no_actor() -> None:
    text = (
        "I heard a cry of “Cooee!” from the wood. The cry of ‘Cooee’ was their signal. "
        "Turner knew the ‘Cooee!’ well.\n\n"
        "All rose and cried “Hurrah!” at once. “Hurrah! hurrah! hurrah!” roared the men, "
        "and the hurrah rolled on. Turner said “Hurrah!” too.\n\n"
        "“‘Fritz! Fritz!’ she cried in English.”\n\n"
        "She saw that “Granddad” smiled, and “Granddad” gave an order."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Cooee"),
            ("PERSON", "Hurrah"),
            ("PERSON", "Turner"),
            ("PERSON", "Fritz"),
            ("PERSON", "Granddad"),
        )
    )
    # A name only ever called out is still a name: the text never quotes it as a word.
    assert got == {
        ("Turner", "PERSON", ("Turner", "Turner")),
        ("Fritz", "PERSON", ("Fritz", "Fritz")),
        ("Granddad", "PERSON", ("Granddad", "Granddad")),
    }


def test_a_cry_in_a_foreign_tongue_is_no_actor() -> None:
    # The words after it are no English: "Andiamo subito!", "Carissima... dolce mia...".
    text = (
        "The boatman kept shouting: “Andiamo subito! Andiamo subito!” Marco laughed.\n\n"
        "She sang “Carissima!” and then “Carissima... dolce mia...” and at last "
        "“Carissima!” once more. Marco said “Carissima!” too.\n\n"
        "“Jim! Jim!” she called. Jim sez nothing."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Andiamo"),
            ("PRODUCT", "Carissima"),
            ("PERSON", "Marco"),
            ("PERSON", "Jim"),
        )
    )
    assert got == {
        ("Marco", "PERSON", ("Marco", "Marco")),
        ("Jim", "PERSON", ("Jim", "Jim", "Jim")),
    }


def test_a_salutation_of_small_words_and_a_title_is_no_name() -> None:
    text = "He read:\n\n“MY DEAR MR. SHERLOCK HOLMES,—You did it well.”\n\nHolmes smiled."
    got = table(actors_of(text, ("WORK_OF_ART", "MY DEAR MR"), ("PERSON", "Holmes")))
    assert got == {("Holmes", "PERSON", ("HOLMES", "Holmes"))}


def test_a_clause_cut_down_to_a_pronoun_is_no_name() -> None:
    text = "“That’s where I’m going,” said Pierre.\n\n“I’m afraid of that,” she said. Pierre left."
    got = table(actors_of(text, ("WORK_OF_ART", "That’s where I’m"), ("PERSON", "Pierre")))
    assert got == {("Pierre", "PERSON", ("Pierre", "Pierre"))}
