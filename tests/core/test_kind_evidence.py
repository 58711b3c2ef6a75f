"""A name's kind comes from the whole document: people smile, speak and carry titles."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_name_that_smiles_and_speaks_is_a_person_whatever_the_model_said() -> None:
    text = (
        "Natásha smiled. “Yes,” said Natásha, and Natásha nodded to Princess Mary. "
        "Princess Mary blushed."
    )
    got = table(actors_of(text, ("GPE", "Natásha"), ("PRODUCT", "Princess Mary")))
    assert got == {
        ("Natásha", "PERSON", ("Natásha", "Natásha", "Natásha")),
        ("Mary", "PERSON", ("Princess Mary", "Princess Mary")),
    }


def test_countries_and_companies_that_speak_keep_their_kind() -> None:
    text = (
        "Russia said no. Russia replied that talks would go on. In Moscow, Microsoft said "
        "it agreed, and Microsoft announced a deal. Microsoft replied later."
    )
    got = table(actors_of(text, ("GPE", "Russia"), ("GPE", "Moscow"), ("ORG", "Microsoft")))
    assert ("Russia", "GPE", ("Russia", "Russia")) in got
    assert ("Microsoft", "ORG", ("Microsoft", "Microsoft", "Microsoft")) in got


def test_a_place_people_go_to_stays_a_place() -> None:
    text = "He lived in Bald Hills. In Bald Hills it rained. Bald Hills smiled at nobody."
    got = table(actors_of(text, ("GPE", "Bald Hills")))
    assert got == {("Bald Hills", "GPE", ("Bald Hills", "Bald Hills", "Bald Hills"))}


def test_two_families_glued_in_one_span_stay_apart() -> None:
    text = " ".join(["The Rostóvs came."] * 6 + ["The Bolkónskis left."] * 12)
    text += " The Rostóvs of Bolkónskis were there. " + " ".join(["The Rostóvs sang."] * 6)
    got = actors_of(
        text,
        ("ORG", "Rostóvs"),
        ("ORG", "Bolkónskis"),
        ("ORG", "Rostóvs of Bolkónskis"),
    )
    assert sorted((a.name, len(a.mentions)) for a in got) == [
        ("Bolkónskis", 12),
        ("Rostóvs", 12),
        ("Rostóvs of Bolkónskis", 1),
    ]


def test_a_full_name_whose_first_name_is_a_person_is_a_person() -> None:
    text = (
        "Curtis came. Curtis left. Curtis Waring was rich, and Curtis knew it. "
        "Curtis Waring smiled."
    )
    got = table(actors_of(text, ("PERSON", "Curtis"), ("ORG", "Curtis Waring")))
    assert got == {
        (
            "Curtis Waring",
            "PERSON",
            ("Curtis", "Curtis", "Curtis Waring", "Curtis", "Curtis Waring"),
        )
    }


def test_a_courtesy_title_and_one_name_are_a_person_and_join_the_full_name() -> None:
    text = "Hester Prynne stood there. Mistress Prynne, they said, was proud. Hester Prynne wept."
    got = table(actors_of(text, ("PERSON", "Hester Prynne"), ("LOC", "Mistress Prynne")))
    assert got == {
        ("Hester Prynne", "PERSON", ("Hester Prynne", "Mistress Prynne", "Hester Prynne")),
    }


def test_a_rank_and_a_name_no_dictionary_knows_are_a_person() -> None:
    # "Major Prendergast", "Dr. Grimesby": the model's place; "Major League" and "General
    # Motors" are words of English after the rank, and stay what the model said.
    text = (
        "I heard from Major Prendergast how you saved him. Dr. Grimesby came later. "
        "He follows Major League games and works at General Motors."
    )
    got = table(
        actors_of(
            text,
            ("LOC", "Major Prendergast"),
            ("GPE", "Dr. Grimesby"),
            ("ORG", "Major League"),
            ("ORG", "General Motors"),
        )
    )
    assert got == {
        ("Prendergast", "PERSON", ("Major Prendergast",)),
        ("Grimesby", "PERSON", ("Dr. Grimesby",)),
        ("Major League", "ORG", ("Major League",)),
        ("General Motors", "ORG", ("General Motors",)),
    }


def test_a_part_of_a_persons_name_is_that_persons_unless_the_text_goes_there() -> None:
    # "Quatermain" alone, tagged a place, is the man of "Allan Quatermain"; "Washington"
    # that people live in stays a place even beside "George Washington".
    text = (
        "Allan Quatermain sat down. Quatermain lit his pipe. George Washington spoke. "
        "They lived in Washington."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Allan Quatermain"),
            ("GPE", "Quatermain"),
            ("PERSON", "George Washington"),
            ("GPE", "Washington"),
        )
    )
    assert got == {
        ("Allan Quatermain", "PERSON", ("Allan Quatermain", "Quatermain")),
        ("George Washington", "PERSON", ("George Washington",)),
        ("Washington", "GPE", ("Washington",)),
    }


def test_a_part_of_a_persons_name_the_text_calls_the_something_keeps_its_kind() -> None:
    text = "The shore of the Hudson was green before Master Hendrick Hudson came."
    got = table(actors_of(text, ("LOC", "Hudson"), ("PERSON", "Master Hendrick Hudson")))
    assert got == {
        ("Hudson", "LOC", ("Hudson",)),
        ("Master Hendrick Hudson", "PERSON", ("Master Hendrick Hudson",)),
    }


def test_a_name_people_look_at_is_a_person_not_a_place() -> None:
    text = (
        "The Emperor looked at Balashov. Balashov bowed low. Arakcheev glanced at "
        "Balashov, and Balashov replied at once. The Emperor smiled at Balashov."
    )
    got = table(actors_of(text, ("PRODUCT", "Balashov")))
    assert got == {("Balashov", "PERSON", ("Balashov",) * 5)}


def test_a_street_named_after_a_person_stays_a_place() -> None:
    text = (
        "Henry Baker came. Baker sat down, and Baker smiled. Baker left for Baker Street. "
        "We went back to Baker Street."
    )
    got = table(actors_of(text, ("PERSON", "Henry Baker"), ("FAC", "Baker Street")))
    assert got == {
        ("Henry Baker", "PERSON", ("Henry Baker", "Baker", "Baker", "Baker")),
        ("Baker Street", "FAC", ("Baker Street", "Baker Street")),
    }


def test_a_nationality_word_used_as_a_nickname_is_a_person_but_a_people_is_not() -> None:
    text = (
        "Irish laughed at the joke. “Sure, he will,” said Irish. The French said nothing; "
        "the Americans smiled. French smiled too."
    )
    got = table(actors_of(text, ("NORP", "Irish"), ("NORP", "French"), ("NORP", "Americans")))
    assert ("Irish", "PERSON", ("Irish", "Irish")) in got
    assert all(label != "PERSON" for name, label, _ in got if name != "Irish")


def test_a_name_with_a_rank_eyes_or_beside_people_in_a_list_is_a_person() -> None:
    text = (
        "Napoleon summoned Caulaincourt and Berthier. Berthier’s eyes turned to the hill. "
        "Ney and Berthier stood near. Tell General Barclay to hold; General Barclay did. "
        "Google and Microsoft spoke. Microsoft and Google agreed. Russia’s heart was cold."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Napoleon"),
            ("PERSON", "Caulaincourt"),
            ("ORG", "Berthier"),
            ("PERSON", "Ney"),
            ("ORG", "Barclay"),
            ("ORG", "Google"),
            ("ORG", "Microsoft"),
            ("GPE", "Russia"),
        )
    )
    assert {(name, label) for name, label, _ in got} == {
        ("Napoleon", "PERSON"),
        ("Caulaincourt", "PERSON"),
        ("Berthier", "PERSON"),
        ("Ney", "PERSON"),
        ("Barclay", "PERSON"),
        ("Google", "ORG"),
        ("Microsoft", "ORG"),
        ("Russia", "GPE"),
    }


def test_a_persons_name_ending_in_a_building_that_people_go_to_is_a_place() -> None:
    text = (
        "I soon found Briony Lodge. We walked near Briony Lodge, and the cab drove up to "
        "Briony Lodge. “Yes,” said Lois Lane at Lois Lane’s desk; Lois Lane smiled."
    )
    got = table(actors_of(text, ("PERSON", "Briony Lodge"), ("PERSON", "Lois Lane")))
    assert {(name, label) for name, label, _ in got} == {
        ("Briony Lodge", "FAC"),
        ("Lois Lane", "PERSON"),
    }


def test_a_full_name_with_a_particle_whose_first_name_is_a_person_is_that_person() -> None:
    text = "Barclay smiled. Barclay nodded. Barclay sighed. Later Barclay de Tolly rode out."
    got = table(actors_of(text, ("PERSON", "Barclay"), ("ORG", "Barclay de Tolly")))
    assert got == {
        ("Barclay de Tolly", "PERSON", ("Barclay", "Barclay", "Barclay", "Barclay de Tolly")),
    }


def test_a_given_name_before_a_persons_name_makes_one_person_a_place_before_it_does_not() -> None:
    text = (
        "Alpátych nodded. Alpátych sighed. Alpátych smiled. Then Yákov Alpátych came, and "
        "Yákov Alpátych left. Yákov Alpátych wrote. Yákov Alpátych read. "
        "Pierre smiled. Pierre sighed. Pierre nodded. He rode to Moscow. In Moscow Pierre slept."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Alpátych"),
            ("ORG", "Yákov Alpátych"),
            ("PERSON", "Pierre"),
            ("GPE", "Moscow"),
            ("ORG", "Moscow Pierre"),
        )
    )
    assert ("Yákov Alpátych", "PERSON", ("Alpátych",) * 3 + ("Yákov Alpátych",) * 4) in got
    assert ("Moscow Pierre", "PERSON", ("Moscow Pierre",)) not in got


def test_a_first_name_and_a_fathers_name_before_a_persons_surname_make_one_person() -> None:
    # "Vasíli Dmítrich Denísov", which the model calls a body, is the Denísov of the story.
    text = (
        "Denísov laughed. Denísov nodded. Denísov sighed. “Looking for Vasíli Dmítrich "
        "Denísov? My neighbor,” he added. The retired General Vasíli Dmítrich Denísov came."
    )
    got = table(actors_of(text, ("PERSON", "Denísov"), ("ORG", "Vasíli Dmítrich Denísov")))
    assert got == {
        ("Vasíli Dmítrich Denísov", "PERSON", ("Denísov",) * 3 + ("Vasíli Dmítrich Denísov",) * 2),
    }


def test_a_name_addressed_in_dialogue_is_a_person_but_places_listed_in_a_quote_are_not() -> None:
    text = (
        "“Nikólenka, what is the matter?” asked Sónya. “You have not understood me, "
        "Nikólenka. It is your happiness I wish.” A letter came from Nikólenka. "
        "“We gave up Vílna, Smolénsk, Moscow.” “Moscow, Smolénsk and Vílna are lost,” he said."
    )
    got = table(
        actors_of(
            text, ("GPE", "Nikólenka"), ("GPE", "Moscow"), ("GPE", "Smolénsk"), ("GPE", "Vílna")
        )
    )
    assert got == {
        ("Nikólenka", "PERSON", ("Nikólenka",) * 3),
        ("Moscow", "GPE", ("Moscow",) * 2),
        ("Smolénsk", "GPE", ("Smolénsk",) * 2),
        ("Vílna", "GPE", ("Vílna",) * 2),
    }


def test_a_name_the_text_only_goes_to_and_is_at_is_a_place_a_name_that_laughs_is_not() -> None:
    text = (
        "“By train from Waterloo.” We came in by the first train to Waterloo. We shall "
        "drive to Waterloo. At Waterloo we caught a train. Holmes looked at Watson. I went "
        "to Watson, and Watson laughed. A note from Watson came. "
        "Tragedy Near Waterloo Bridge."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Waterloo"),
            ("PERSON", "Watson"),
            ("PERSON", "Holmes"),
            ("PERSON", "Tragedy Near Waterloo Bridge"),
        )
    )
    headline = ("Tragedy Near Waterloo Bridge", "PERSON", ("Tragedy Near Waterloo Bridge",))
    assert got - {headline} == {
        ("Waterloo", "GPE", ("Waterloo",) * 4),
        ("Watson", "PERSON", ("Watson",) * 4),
        ("Holmes", "PERSON", ("Holmes",)),
    }


def test_a_crowd_or_a_square_called_out_to_keeps_its_kind() -> None:
    text = (
        "A Cossack rode up, and a Cossack shouted. “Cossacks, forward!” he cried. "
        "“Now then, Cossacks, on!” "
        "“Well, it was done at St. George’s, Hanover Square, quietly.” “At St. "
        "George’s, Hanover Square.”"
    )
    got = table(
        actors_of(text, ("ORG", "Cossack"), ("WORK_OF_ART", "Cossacks"), ("FAC", "Hanover Square"))
    )
    assert {(name, label) for name, label, _ in got} == {
        ("Cossack", "NORP"),
        ("Cossacks", "NORP"),
        ("Hanover Square", "FAC"),
    }


def test_a_name_owning_what_one_is_in_is_no_place_cue() -> None:
    text = (
        "“If I had been in Nikólenka’s place!” “Nikólenka, what is it?” “You have not "
        "understood me, Nikólenka.” A letter came from Nikólenka."
    )
    got = table(actors_of(text, ("GPE", "Nikólenka")))
    assert got == {("Nikólenka", "PERSON", ("Nikólenka",) * 4)}


def test_a_name_the_text_camps_at_and_calls_the_name_camp_is_a_place() -> None:
    text = (
        "The army was encamped at Drissa. The Drissa camp was Pfuel’s plan. They withdrew "
        "to Drissa, and the Drissa camp was abandoned. Pfuel smiled. Pfuel sighed."
    )
    got = table(actors_of(text, ("PERSON", "Drissa"), ("PERSON", "Pfuel")))
    assert got == {
        ("Drissa", "GPE", ("Drissa",) * 4),
        ("Pfuel", "PERSON", ("Pfuel",) * 3),
    }


def test_a_plural_whose_singular_is_one_of_many_is_a_people() -> None:
    # "a Mason", "every Mason": the model never tags the singular, but the text makes a
    # Mason one of many, so "the Masons" are a group, not a person.
    text = (
        "Pierre became a Mason. Every Mason is a brother to a Mason. The Masons met. "
        "The Masons sang, and Pierre listened."
    )
    got = table(actors_of(text, ("PERSON", "Masons"), ("PERSON", "Pierre")))
    assert got == {
        ("Masons", "NORP", ("Masons", "Masons")),
        ("Pierre", "PERSON", ("Pierre", "Pierre")),
    }


def test_a_plural_body_counted_by_a_number_is_a_people() -> None:
    # "the three Druids": bodies are not counted in the plural; people of one kind are.
    text = (
        "The god appeared to the three Druids in a dream. The Druids knelt. The successors "
        "of the three Druids kept watch. The two Smiths laughed. Acme said it would hire."
    )
    got = table(actors_of(text, ("ORG", "Druids"), ("PERSON", "Smiths"), ("ORG", "Acme")))
    assert got == {
        ("Druids", "NORP", ("Druids",) * 3),
        ("Smiths", "PERSON", ("Smiths",)),
        ("Acme", "ORG", ("Acme",)),
    }


def test_who_after_in_a_name_is_said_of_the_people_before_it_not_of_the_name() -> None:
    # "farmers in Oakhurst who could talk": the farmers could talk, Oakhurst is a village.
    text = (
        "The weaver lived near the village of Oakhurst, by the old pits. The children had a "
        "fearful wonder for the Oakhurst boys, who often came there. And Oakhurst was a "
        "village where nobody hurried. There were several farmers in Oakhurst who could "
        "talk. He had first come to Oakhurst when young. It was soon clear to the Oakhurst "
        "lasses that he would never marry. The Lascar who ran the inn was there."
    )
    got = table(actors_of(text, ("PERSON", "Oakhurst"), ("PERSON", "Lascar")))
    assert got == {
        ("Oakhurst", "GPE", ("Oakhurst",) * 6),
        ("Lascar", "PERSON", ("Lascar",)),
    }


def test_a_town_the_text_is_at_twice_is_a_place() -> None:
    text = (
        "They agreed to meet at Dunmore rather than at the port. He thought Waring might be "
        "already at Dunmore. Waring smiled."
    )
    got = table(actors_of(text, ("PERSON", "Dunmore"), ("PERSON", "Waring")))
    assert got == {
        ("Dunmore", "GPE", ("Dunmore", "Dunmore")),
        ("Waring", "PERSON", ("Waring", "Waring")),
    }


def test_a_street_the_text_goes_through_keeps_its_head_words_kind() -> None:
    from reader.core.actors.grouping import group_mentions
    from reader.core.language.detection import finalize_mentions

    text = "We walked through Carver Street to the square, and then into Carver Street again."
    first = text.index("Carver Street")
    second = text.index("Carver Street", first + 1)
    raw = [(first, first + 13, "PERSON"), (second, second + 13, "FAC")]
    got = table(group_mentions(text, finalize_mentions(text, raw)))
    assert got == {("Carver Street", "FAC", ("Carver Street", "Carver Street"))}
