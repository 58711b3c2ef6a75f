"""Where a name starts and ends: old street spellings, epithets, a titled person "of" a place."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_capitalised_word_hyphened_to_a_street_word_is_a_street() -> None:
    text = (
        "My chambers were up stairs at No.\n--Wall-street.\nHe was bound apprentice to a "
        "hosier, in Newgate-street, with whom he stayed. The side-street was dark. "
        "Side-streets ran off it. He walked down Fleet-Street at noon."
    )
    got = table(actors_of(text))
    assert got == {
        ("Wall-street", "FAC", ("Wall-street",)),
        ("Newgate-street", "FAC", ("Newgate-street",)),
        ("Fleet-Street", "FAC", ("Fleet-Street",)),
    }


def test_a_model_span_cut_at_the_hyphen_of_a_street_takes_in_the_street() -> None:
    text = "He lodged in Newgate-street for a year, and Newgate was near."
    got = table(actors_of(text, ("GPE", "Newgate")))
    assert ("Newgate-street", "FAC", ("Newgate-street",)) in got


def test_the_and_a_title_after_a_name_describe_the_person_and_are_not_the_name() -> None:
    text = (
        "That is to say, Mrs. Cadwallader the Rector's wife came. Mrs. Cadwallader smiled. "
        "Peter the Great and Rudolf the Fifth stayed."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Cadwallader the Rector"),
            ("PERSON", "Cadwallader"),
            ("PERSON", "Peter the Great"),
            ("PERSON", "Rudolf"),
        )
    )
    assert got == {
        ("Mrs. Cadwallader", "PERSON", ("Cadwallader", "Cadwallader")),
        ("Peter the Great", "PERSON", ("Peter the Great",)),
        ("Rudolf the Fifth", "PERSON", ("Rudolf the Fifth",)),
    }


def test_a_titled_person_of_a_place_is_a_person_and_a_place() -> None:
    text = (
        "Miss Tuppence was the fifth daughter of Archdeacon Cowley of Little Missendell, "
        "Suffolk. She frightened her aunt Eliza Countess of Gaverick into writing a cheque."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Archdeacon Cowley of Little Missendell"),
            ("GPE", "Suffolk"),
            ("ORG", "Eliza Countess"),
        )
    )
    assert got == {
        ("Archdeacon Cowley", "PERSON", ("Archdeacon Cowley",)),
        ("Little Missendell", "GPE", ("Little Missendell",)),
        ("Suffolk", "GPE", ("Suffolk",)),
        ("Eliza", "PERSON", ("Eliza",)),
        ("Gaverick", "GPE", ("Gaverick",)),
    }


def test_a_title_body_or_event_of_a_place_stays_one_name() -> None:
    text = (
        "The King of Bohemia came in. He banked at the Bank of England and spoke of the "
        "Battle of Trafalgar and of Mahmoud of Ghizni."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "King of Bohemia"),
            ("ORG", "Bank of England"),
            ("EVENT", "Battle of Trafalgar"),
            ("PERSON", "Mahmoud of Ghizni"),
        )
    )
    assert got == {
        ("King of Bohemia", "PERSON", ("King of Bohemia",)),
        ("Bank of England", "ORG", ("Bank of England",)),
        ("Battle of Trafalgar", "EVENT", ("Battle of Trafalgar",)),
        ("Mahmoud of Ghizni", "PERSON", ("Mahmoud of Ghizni",)),
    }


def test_a_kin_word_of_a_name_is_no_rank_held_of_a_place() -> None:
    text = "They prayed to the Iberian Mother of God. Prince Eugène of Württemberg rode by."
    got = table(
        actors_of(text, ("ORG", "Iberian Mother of God"), ("ORG", "Prince Eugène of Württemberg"))
    )
    assert got == {
        ("Iberian Mother of God", "ORG", ("Iberian Mother of God",)),
        ("Eugène", "PERSON", ("Prince Eugène",)),
        ("Württemberg", "GPE", ("Württemberg",)),
    }


def test_a_pair_of_counties_is_two_places() -> None:
    text = "The mines lay on the border of Nottinghamshire and Derbyshire, near the hills."
    got = table(actors_of(text, ("WORK_OF_ART", "Nottinghamshire and Derbyshire")))
    assert got == {
        ("Nottinghamshire", "GPE", ("Nottinghamshire",)),
        ("Derbyshire", "GPE", ("Derbyshire",)),
    }


def test_a_firm_s_name_grown_over_co_keeps_its_dot() -> None:
    text = "The wharves of the company--familiarly, the L.L.S.N. Co.--lay opposite the bank."
    got = table(actors_of(text, ("ORG", "L.L.S.N.")))
    assert got == {("L.L.S.N. Co.", "ORG", ("L.L.S.N. Co.",))}


def test_a_name_in_a_list_of_names_is_a_name_like_its_neighbours() -> None:
    text = (
        "Today, Greeks worship the ancient gods, such as Zeus, Hera, Poseidon, Aphrodite, "
        "and Athena. On Monday, Tuesday and Friday they met."
    )
    got = table(actors_of(text, ("PERSON", "Zeus"), ("PERSON", "Hera"), ("ORG", "Athena")))
    assert got == {
        ("Zeus", "PERSON", ("Zeus",)),
        ("Hera", "PERSON", ("Hera",)),
        ("Poseidon", "PERSON", ("Poseidon",)),
        ("Aphrodite", "PERSON", ("Aphrodite",)),
        ("Athena", "ORG", ("Athena",)),
    }


def test_a_people_s_word_before_a_body_s_name_is_part_of_it() -> None:
    text = (
        "According to the Saudi Interior Ministry over 345 Muslim pilgrims died. "
        "The Afghan team and Afghan officials waited."
    )
    got = table(actors_of(text, ("NORP", "Saudi"), ("NORP", "Muslim"), ("NORP", "Afghan")))
    assert got == {
        ("Saudi Interior Ministry", "ORG", ("Saudi Interior Ministry",)),
        ("Muslim", "NORP", ("Muslim",)),
        ("Afghan", "NORP", ("Afghan", "Afghan")),
    }


def test_a_people_s_word_before_a_body_the_model_found_joins_it() -> None:
    text = "The British Foreign Office said so, and the Foreign Office was right."
    got = table(actors_of(text, ("NORP", "British"), ("ORG", "Foreign Office")))
    assert got == {
        ("British Foreign Office", "ORG", ("British Foreign Office", "Foreign Office")),
    }


def test_a_sentence_end_or_an_opening_quote_inside_a_span_ends_the_name() -> None:
    # "Now press, Pétya! Press, Vasílich": a cry ends the name; "Mary’s ‘God’s folk’": a
    # quotation opens after it. A nickname in quotes closed inside the name stays.
    text = (
        "“Now press, Pétya! Press, Vasílich!” she cried. Pétya pressed. "
        "“Those are Mary’s ‘God’s folk,’” said Andrew. Mary laughed. God is good. "
        "Thomas “Stonewall” Jackson rode."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Pétya! Press"),
            ("PERSON", "Pétya"),
            ("PERSON", "Mary’s ‘God"),
            ("PERSON", "Mary"),
            ("PERSON", "God"),
            ("PERSON", "Andrew"),
            ("PERSON", "Thomas “Stonewall” Jackson"),
        )
    )
    assert got == {
        ("Pétya", "PERSON", ("Pétya", "Pétya")),
        ("Mary", "PERSON", ("Mary", "Mary")),
        ("God", "PERSON", ("God", "God")),
        ("Andrew", "PERSON", ("Andrew",)),
        ("Thomas “Stonewall” Jackson", "PERSON", ("Thomas “Stonewall” Jackson",)),
    }


def test_a_holders_name_glued_after_the_body_of_the_title_is_a_person() -> None:
    # "director of the ... Council on American-Islamic Relations Alia Salem said": the
    # apposition names the body, then the person who holds the title and speaks. A body
    # that speaks itself ("the Council on Foreign Relations Board said") stays whole.
    text = (
        "Executive director of the Dallas chapter of the Council on American - Islamic "
        "Relations Alia Salem said Mohamed wishes to speak. A spokesman for the Council on "
        "Foreign Relations Board said no."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Council on American - Islamic Relations Alia Salem"),
            ("ORG", "Council on Foreign Relations Board"),
            ("PERSON", "Mohamed"),
        )
    )
    assert got == {
        (
            "Council on American - Islamic Relations",
            "ORG",
            ("Council on American - Islamic Relations",),
        ),
        ("Alia Salem", "PERSON", ("Alia Salem",)),
        ("Council on Foreign Relations Board", "ORG", ("Council on Foreign Relations Board",)),
        ("Mohamed", "PERSON", ("Mohamed",)),
    }
