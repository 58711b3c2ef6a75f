"""Courtesy titles that clash name different people of one family."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_mr_mrs_and_miss_of_one_name_are_three_people_and_the_bare_name_is_the_mans() -> None:
    text = (
        "Mr. Bennet came in. Mrs. Bennet smiled at Mr. Bennet. Miss Bennet sat down. "
        "Bennet laughed. Elizabeth Bennet left."
    )
    got = table(actors_of(text, ("PERSON", "Bennet"), ("PERSON", "Elizabeth Bennet")))
    assert got == {
        ("Mr. Bennet", "PERSON", ("Bennet", "Bennet", "Bennet")),
        ("Mrs. Bennet", "PERSON", ("Bennet",)),
        ("Miss Bennet", "PERSON", ("Bennet",)),
        ("Elizabeth Bennet", "PERSON", ("Elizabeth Bennet",)),
    }


def test_a_lady_never_joins_a_sirs_full_name() -> None:
    text = "Lady Belmont wrote to Sir John Belmont. He never answered Lady Belmont."
    got = table(actors_of(text, ("PERSON", "Belmont"), ("PERSON", "John Belmont")))
    assert got == {
        ("Belmont", "PERSON", ("Belmont", "Belmont")),
        ("John Belmont", "PERSON", ("John Belmont",)),
    }


def test_titles_that_agree_still_join_the_full_name() -> None:
    text = "Margaret Thatcher spoke. Mrs. Thatcher said the Prime Minister, Mrs Thatcher, agreed."
    got = table(actors_of(text, ("PERSON", "Thatcher"), ("PERSON", "Margaret Thatcher")))
    assert got == {("Margaret Thatcher", "PERSON", ("Margaret Thatcher", "Thatcher", "Thatcher"))}


def test_a_courtesy_title_outside_the_news_titles_is_not_part_of_the_name() -> None:
    # "Master" and "Monsieur" say who someone is, as "Mr." does: "Master Marner" is the
    # "Marner" of "Silas Marner", "Monsieur Pontellier" is "Léonce Pontellier".
    text = (
        "Silas Marner came home. Marner sat down. The boys called him Master Marner. "
        "Léonce Pontellier read the paper. Monsieur Pontellier smiled."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Silas Marner"),
            ("PERSON", "Marner"),
            ("PERSON", "Master Marner"),
            ("PERSON", "Léonce Pontellier"),
            ("PERSON", "Monsieur Pontellier"),
        )
    )
    assert got == {
        ("Silas Marner", "PERSON", ("Silas Marner", "Marner", "Master Marner")),
        ("Léonce Pontellier", "PERSON", ("Léonce Pontellier", "Monsieur Pontellier")),
    }


def test_a_titled_name_the_model_calls_a_place_takes_no_other_family_member() -> None:
    # "Monsieur Duval" tagged as a building is still a man: his wife's "Madame Duval"
    # is not a short form of it.
    text = "Madame Duval wrote. Madame Duval was married to Monsieur Duval in Paris."
    got = table(actors_of(text, ("PERSON", "Madame Duval"), ("FAC", "Monsieur Duval")))
    assert got == {
        ("Madame Duval", "PERSON", ("Madame Duval", "Madame Duval")),
        ("Monsieur Duval", "PERSON", ("Monsieur Duval",)),
    }


def test_a_military_rank_and_mrs_or_miss_of_one_name_are_two_people() -> None:
    text = (
        "Captain Eldridge came in. Miss Eldridge sang. Captain Eldridge listened. "
        "General Shaw had died. Mrs. Shaw wept for General Shaw. Aunt Shaw slept."
    )
    got = table(actors_of(text, ("PERSON", "Eldridge"), ("PERSON", "Shaw")))
    assert got == {
        ("Captain Eldridge", "PERSON", ("Eldridge", "Eldridge")),
        ("Miss Eldridge", "PERSON", ("Eldridge",)),
        ("General Shaw", "PERSON", ("Shaw", "Shaw")),
        ("Mrs. Shaw", "PERSON", ("Shaw", "Shaw")),
    }


def test_mrs_joins_the_full_name_the_text_calls_she_and_not_the_one_it_calls_he() -> None:
    text = (
        "Winnie Verloc sat down; she was tired. Mr Verloc came in and he took off his hat. "
        "Winnie Verloc smiled as she rose. Mrs Verloc said nothing. Mr Verloc left.\n"
        "Robert Lebrun came in; he was late. Madame Lebrun scolded. Robert Lebrun said he "
        "was sorry."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Winnie Verloc"),
            ("PERSON", "Verloc"),
            ("PERSON", "Robert Lebrun"),
            ("PERSON", "Lebrun"),
        )
    )
    assert got == {
        ("Winnie Verloc", "PERSON", ("Winnie Verloc", "Winnie Verloc", "Verloc")),
        ("Mr Verloc", "PERSON", ("Verloc", "Verloc")),
        ("Robert Lebrun", "PERSON", ("Robert Lebrun", "Robert Lebrun")),
        ("Lebrun", "PERSON", ("Lebrun",)),
    }


def test_an_object_pronoun_or_one_right_after_the_name_says_nothing_of_its_sex() -> None:
    text = (
        "Winnie Verloc had her charms. For Winnie he took the trouble. Winnie obtained "
        "from him a confession. Winnie announced her engagement. Mr Verloc nodded. "
        "Mrs Verloc smiled."
    )
    got = table(
        actors_of(text, ("PERSON", "Winnie Verloc"), ("PERSON", "Winnie"), ("PERSON", "Verloc"))
    )
    assert got == {
        ("Winnie Verloc", "PERSON", ("Winnie Verloc", "Winnie", "Winnie", "Winnie", "Verloc")),
        ("Mr Verloc", "PERSON", ("Verloc",)),
    }


def test_a_kin_word_in_lower_case_or_a_sentence_end_before_a_name_is_no_title() -> None:
    text = (
        "“Countess Natasha,” he answered. He had a note from his father Natasha’s age. "
        "Natasha laughed. She met the old countess. Nicholas felt it. Count Nicholas came."
    )
    got = table(actors_of(text, ("PERSON", "Natasha"), ("PERSON", "Nicholas")))
    assert got == {
        ("Natasha", "PERSON", ("Natasha",) * 3),
        ("Nicholas", "PERSON", ("Nicholas",) * 2),
    }


def test_a_family_members_name_takes_only_a_title_not_the_word_before_it() -> None:
    text = (
        "Mrs. Verloc wept. Mr. Verloc came. Yesterday Verloc said no. Yesterday Verloc "
        "left. Yesterday Verloc sat."
    )
    got = table(actors_of(text, ("PERSON", "Verloc")))
    assert got == {
        ("Mr. Verloc", "PERSON", ("Verloc",) * 4),
        ("Mrs. Verloc", "PERSON", ("Verloc",)),
    }


def test_saint_before_a_surname_stays_in_the_name_shown() -> None:
    text = (
        "Lord St. Simon wrote. Lady St. Simon smiled. Lord St. Simon came, and Lord St. "
        "Simon left. Lord Simon sat."
    )
    got = table(actors_of(text, ("PERSON", "St. Simon"), ("PERSON", "Simon")))
    assert got == {
        ("Lord St. Simon", "PERSON", ("St. Simon",) * 3 + ("Simon",)),
        ("Lady St. Simon", "PERSON", ("St. Simon",)),
    }


def test_mrs_before_a_mans_full_name_is_his_wife() -> None:
    # "Mrs. John Dashwood" is John Dashwood's wife: the text calls John "he".
    text = (
        "John Dashwood had not the feelings of the family, but he was affected. "
        "Mrs. John Dashwood was a caricature of him. She was narrow-minded. "
        "John Dashwood, when he heard it, agreed. Mrs. John Dashwood smiled."
    )
    got = table(actors_of(text, ("PERSON", "John Dashwood")))
    assert got == {
        ("John Dashwood", "PERSON", ("John Dashwood", "John Dashwood")),
        ("Mrs. John Dashwood", "PERSON", ("John Dashwood", "John Dashwood")),
    }


def test_mrs_before_a_womans_full_name_is_that_woman() -> None:
    text = (
        "Winnie Verloc sat down, and she was tired. Mrs. Winnie Verloc rose. "
        "Winnie Verloc, when she spoke, was calm."
    )
    got = table(actors_of(text, ("PERSON", "Winnie Verloc")))
    assert got == {
        ("Winnie Verloc", "PERSON", ("Winnie Verloc", "Winnie Verloc", "Winnie Verloc")),
    }


def test_the_doctor_of_a_family_is_not_its_miss() -> None:
    # One "Miss Roylott" (Holmes's slip for Miss Stoner) must not keep the twelve
    # "Dr. Roylott" from the one full name, Dr. Grimesby Roylott.
    text = (
        "I am Dr. Grimesby Roylott. When Roylott was in India he married my mother. "
        "Dr. Roylott then came home. Roylott, when he was angry, was violent. "
        "Miss Roylott, you have not told all. Dr. Grimesby Roylott drove past."
    )
    got = table(actors_of(text, ("PERSON", "Grimesby Roylott"), ("PERSON", "Roylott")))
    assert got == {
        (
            "Grimesby Roylott",
            "PERSON",
            ("Grimesby Roylott", "Roylott", "Roylott", "Roylott", "Grimesby Roylott"),
        ),
        ("Miss Roylott", "PERSON", ("Roylott",)),
    }


def test_a_title_at_the_end_of_a_wrapped_line_is_the_names() -> None:
    text = (
        "Toller, for that is his name, is a rough man, and he drinks. His wife is Mrs.\n"
        "Toller, a tall woman. Toller lets the dog loose, and he laughs. That is Mrs.\n"
        "Toller in the cellar."
    )
    got = table(actors_of(text, ("PERSON", "Toller")))
    assert got == {
        ("Toller", "PERSON", ("Toller", "Toller")),
        ("Mrs. Toller", "PERSON", ("Toller", "Toller")),
    }


def test_mr_and_the_surname_join_a_mans_full_name_beside_his_wifes() -> None:
    text = (
        "The goose came from Mr. Henry Baker. 'For Mrs.\nHenry Baker' was on the card. "
        "Henry Baker is innocent, and he lost his hat. Take this chair, Mr. Baker. "
        "Mr. Henry Baker, I believe. He rose, and Baker bowed."
    )
    got = table(actors_of(text, ("PERSON", "Henry Baker"), ("PERSON", "Baker")))
    assert got == {
        (
            "Mr. Henry Baker",
            "PERSON",
            ("Henry Baker", "Henry Baker", "Baker", "Henry Baker", "Baker"),
        ),
        ("Mrs. Henry Baker", "PERSON", ("Henry Baker",)),
    }


def test_mrs_and_the_surname_stay_apart_from_mrs_before_a_mans_full_name() -> None:
    # His mother is "Mrs. Archer"; "the future Mrs. Newland Archer" is the girl he will wed.
    text = (
        "Newland Archer went out, and he smoked. He did not wish the future Mrs. Newland "
        "Archer to be a simpleton. Newland Archer, when he came home, kissed Mrs. Archer."
    )
    got = table(actors_of(text, ("PERSON", "Newland Archer"), ("PERSON", "Archer")))
    assert got == {
        ("Newland Archer", "PERSON", ("Newland Archer", "Newland Archer")),
        ("Mrs. Newland Archer", "PERSON", ("Newland Archer",)),
        ("Archer", "PERSON", ("Archer",)),
    }


def test_mrs_before_a_full_name_also_written_plainly_is_the_wife() -> None:
    # Charles is never called "he" here, yet "Mrs Charles Musgrove" is his wife, and his
    # mother "Mrs Musgrove" is neither.
    text = (
        "Charles Musgrove agreed to go. Mrs Charles Musgrove stayed with the children. "
        "Mr and Mrs Musgrove came later. Charles Musgrove rode home. Mrs Musgrove wept."
    )
    got = table(actors_of(text, ("PERSON", "Charles Musgrove"), ("PERSON", "Musgrove")))
    assert got == {
        ("Charles Musgrove", "PERSON", ("Charles Musgrove", "Charles Musgrove")),
        ("Mrs Charles Musgrove", "PERSON", ("Charles Musgrove",)),
        ("Mrs Musgrove", "PERSON", ("Musgrove", "Musgrove")),
    }


def test_a_mrs_or_miss_never_joins_a_full_name_with_a_mans_given_name() -> None:
    # Bennett's The Card: the hero's widowed mother; Oliphant: Lucilla, not her cousin Tom.
    text = (
        "Edward Henry Machin first saw the smoke in May. Mrs Machin, however, could "
        "wash lace. Miss Marjoribanks had lunch alone. Tom Marjoribanks wrote."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Edward Henry Machin"),
            ("PERSON", "Machin"),
            ("PERSON", "Marjoribanks"),
            ("PERSON", "Tom Marjoribanks"),
        )
    )
    assert got == {
        ("Edward Henry Machin", "PERSON", ("Edward Henry Machin",)),
        ("Machin", "PERSON", ("Machin",)),
        ("Marjoribanks", "PERSON", ("Marjoribanks",)),
        ("Tom Marjoribanks", "PERSON", ("Tom Marjoribanks",)),
    }


def test_a_womans_given_name_on_the_list_is_she_when_the_text_says_so() -> None:
    # The list gives way to the text: a "Charlie" the text calls "she" is Miss Hale.
    text = (
        "Charlie Hale came in and she sat down. Charlie Hale smiled and she laughed. "
        "Miss Hale went out."
    )
    got = table(actors_of(text, ("PERSON", "Charlie Hale"), ("PERSON", "Hale")))
    assert got == {("Charlie Hale", "PERSON", ("Charlie Hale", "Charlie Hale", "Hale"))}


def test_a_titled_surname_that_meets_the_first_name_in_a_sentence_is_a_relative() -> None:
    # Tarkington's Penrod: his father passes his door; Stratton: Elnora's mother.
    text = (
        "Penrod Schofield sulked. The sound was heard by Mr. Schofield, who was passing "
        "Penrod's door. Penrod had not hoped much. Mr. Schofield went down."
    )
    got = table(
        actors_of(
            text, ("PERSON", "Penrod Schofield"), ("PERSON", "Schofield"), ("PERSON", "Penrod")
        )
    )
    assert got == {
        ("Penrod Schofield", "PERSON", ("Penrod Schofield", "Penrod", "Penrod")),
        ("Mr. Schofield", "PERSON", ("Schofield", "Schofield")),
    }


def test_a_titled_surname_alone_in_its_sentences_still_joins_the_full_name() -> None:
    text = "Emma Woodhouse sat down. Emma smiled. Miss Woodhouse was tired."
    got = table(
        actors_of(text, ("PERSON", "Emma Woodhouse"), ("PERSON", "Woodhouse"), ("PERSON", "Emma"))
    )
    assert got == {("Emma Woodhouse", "PERSON", ("Emma Woodhouse", "Emma", "Woodhouse"))}


def test_a_titled_initial_joins_the_one_surname_of_that_title_and_letter() -> None:
    # Benson's The Osbornes: the couple call each other "Mr. O." and "Mrs. O.".
    text = (
        "Mr. Osborne sipped his tea. Mrs. Osborne smiled. Lord, Mrs. O., you will ruin me, "
        "said Mr. O. to her. Miss Oakes came in."
    )
    got = table(actors_of(text, ("PERSON", "Osborne"), ("PERSON", "O."), ("PERSON", "Oakes")))
    assert got == {
        ("Mr. Osborne", "PERSON", ("Osborne", "O.")),
        ("Mrs. Osborne", "PERSON", ("Osborne", "O.")),
        ("Oakes", "PERSON", ("Oakes",)),
    }


def test_a_titled_surname_set_off_by_dashes_beside_the_first_name_is_the_same_one() -> None:
    # "A Case of Identity": the client corrects herself.
    text = "Hosmer Angel wrote. Hosmer--Mr. Angel--was a cashier. Mr. Angel never came."
    got = table(
        actors_of(text, ("PERSON", "Hosmer Angel"), ("PERSON", "Hosmer"), ("PERSON", "Angel"))
    )
    assert got == {("Hosmer Angel", "PERSON", ("Hosmer Angel", "Hosmer", "Angel", "Angel"))}


def test_a_mr_never_joins_a_full_name_with_a_womans_given_name() -> None:
    # Rowson's Charlotte Temple: chapter II turns to her father.
    text = (
        "He recollected the features of Charlotte Temple. MR. Temple was the youngest son. "
        "Mr. Temple possessed a small estate."
    )
    got = table(actors_of(text, ("PERSON", "Charlotte Temple"), ("PERSON", "Temple")))
    assert got == {
        ("Charlotte Temple", "PERSON", ("Charlotte Temple",)),
        ("Temple", "PERSON", ("Temple", "Temple")),
    }


def test_a_rank_alone_is_the_one_person_the_text_gives_that_rank() -> None:
    # Vaizey's Pixie O'Shaughnessy: "The Major was too easy-going".
    text = (
        "Major O'Shaughnessy and his daughter reached London. Pixie had howled. "
        "The Major was too easy-going to feel any distress."
    )
    patterns = (("PERSON", "O'Shaughnessy"), ("PERSON", "Major"), ("PERSON", "Pixie"))
    assert table(actors_of(text, *patterns)) == {
        ("O'Shaughnessy", "PERSON", ("Major O'Shaughnessy", "Major")),
        ("Pixie", "PERSON", ("Pixie",)),
    }


def test_a_rank_two_people_bear_stays_alone() -> None:
    text = "Major Hay and Major Bell came in. The Major smiled."
    patterns = (("PERSON", "Hay"), ("PERSON", "Bell"), ("PERSON", "Major"))
    assert table(actors_of(text, *patterns)) == {
        ("Hay", "PERSON", ("Major Hay",)),
        ("Bell", "PERSON", ("Major Bell",)),
        ("Major", "PERSON", ("Major",)),
    }
