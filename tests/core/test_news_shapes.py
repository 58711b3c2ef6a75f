"""Unseen-news shapes: sentence openers, glued callings, names across a sentence end."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_first_name_ending_like_a_verb_opens_its_name_at_a_sentence_start() -> None:
    # "Mohammed" ends in -ed but is no verb: it stays; "Receiving" is one and goes.
    text = (
        "Mohammed Idris, the information minister, told reporters. Mr Idris said more. "
        "Receiving Huntsman was a relief."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Mohammed Idris"),
            ("PERSON", "Idris"),
            ("PERSON", "Receiving Huntsman"),
        )
    )
    assert got == {
        ("Mohammed Idris", "PERSON", ("Mohammed Idris", "Idris")),
        ("Huntsman", "PERSON", ("Huntsman",)),
    }


def test_a_name_ends_at_a_full_stop_that_ends_its_sentence() -> None:
    # The model glued the firm to the next sentence's subject; "Capt. Jones" keeps its title
    # and "Lord St. Simon" his name.
    text = (
        "Kevin Sterling, an analyst at Seaport Global. UPS said volume rose. "
        "UPS hires. Capt. Jones came, and Lord St. Simon too."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Kevin Sterling"),
            ("ORG", "Seaport Global. UPS"),
            ("ORG", "UPS"),
            ("PERSON", "Capt. Jones"),
            ("PERSON", "Lord St. Simon"),
        )
    )
    assert got == {
        ("Kevin Sterling", "PERSON", ("Kevin Sterling",)),
        ("Seaport Global", "ORG", ("Seaport Global",)),
        ("UPS", "ORG", ("UPS", "UPS")),
        ("Jones", "PERSON", ("Capt. Jones",)),
        ("St. Simon", "PERSON", ("Lord St. Simon",)),
    }


def test_a_calling_or_a_body_kind_opening_a_sentence_is_no_part_of_the_name() -> None:
    text = (
        "Goalkeeper Manuel Neuer made saves. Later Neuer lifted the cup. "
        "Broadcaster CCTV reported damage. Captain Smith smiled."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Goalkeeper Manuel Neuer"),
            ("PERSON", "Broadcaster CCTV"),
            ("PERSON", "Captain Smith"),
        )
    )
    assert got == {
        ("Manuel Neuer", "PERSON", ("Manuel Neuer", "Neuer")),
        ("CCTV", "ORG", ("CCTV",)),
        ("Smith", "PERSON", ("Captain Smith",)),
    }


def test_who_after_a_region_set_off_after_its_town_is_said_of_the_person_before() -> None:
    # "Richmond, California, who was sentenced": the officer was sentenced, not the state.
    text = (
        "The court struck down California's law. John Cunningham, an officer from "
        "Richmond, California, who was sentenced to 16 years, appealed. The ball lies in "
        "California's court. California officials said little."
    )
    got = table(
        actors_of(
            text,
            ("GPE", "California"),
            ("GPE", "Richmond"),
            ("PERSON", "John Cunningham"),
        )
    )
    assert ("California", "GPE", ("California",) * 4) in got


def test_a_full_name_right_after_a_title_is_a_person_whatever_the_model_said() -> None:
    text = (
        "Indonesian President Joko Widodo said the violence must stop. "
        "Officials of the Prime Minister Office agreed."
    )
    got = table(actors_of(text, ("ORG", "Joko Widodo"), ("ORG", "Prime Minister Office")))
    assert got == {
        ("Joko Widodo", "PERSON", ("Joko Widodo",)),
        ("Prime Minister Office", "ORG", ("Prime Minister Office",)),
    }


def test_once_used_names_a_town_lists_after_in_or_at_are_towns() -> None:
    text = (
        "He wants projects at Doma, Tenaru and Suava to go ahead. The Met Office warned of "
        "floods in Cornwall and Devon. Fires burned in France and the EU sent planes. "
        "He lived in Paris and Smith said so. Trials in Ghana, Kenya and Malawi have ended."
    )
    got = table(
        actors_of(
            text,
            ("GPE", "Doma"),
            ("ORG", "Tenaru"),
            ("PERSON", "Suava"),
            ("ORG", "Met Office"),
            ("GPE", "Cornwall"),
            ("PERSON", "Devon"),
            ("GPE", "France"),
            ("ORG", "EU"),
            ("GPE", "Paris"),
            ("PERSON", "Smith"),
            ("GPE", "Ghana"),
            ("GPE", "Kenya"),
            ("PERSON", "Malawi"),
        )
    )
    assert got == {
        ("Doma", "GPE", ("Doma",)),
        ("Tenaru", "GPE", ("Tenaru",)),
        ("Suava", "GPE", ("Suava",)),
        ("Met Office", "ORG", ("Met Office",)),
        ("Cornwall", "GPE", ("Cornwall",)),
        ("Devon", "GPE", ("Devon",)),
        ("France", "GPE", ("France",)),
        ("EU", "ORG", ("EU",)),
        ("Paris", "GPE", ("Paris",)),
        ("Smith", "PERSON", ("Smith",)),
        ("Ghana", "GPE", ("Ghana",)),
        ("Kenya", "GPE", ("Kenya",)),
        ("Malawi", "GPE", ("Malawi",)),
    }


def test_a_firms_first_word_alone_joins_the_one_full_name_with_a_legal_ending() -> None:
    text = (
        "Cisco Systems Inc. apologised. Cisco shares rose, and Cisco said more. "
        "Tata bought a Ford Motor Co. plant, and Ford India Private Ltd signed. Ford agreed. "
        "India cheered. Australian viewers watched the Australian Broadcasting Corporation."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Cisco Systems Inc."),
            ("GPE", "Cisco"),
            ("ORG", "Ford Motor Co."),
            ("ORG", "Ford India Private Ltd"),
            ("ORG", "Ford"),
            ("GPE", "India"),
            ("ORG", "Tata"),
            ("NORP", "Australian"),
            ("ORG", "Australian Broadcasting Corporation"),
        )
    )
    assert ("Cisco Systems Inc.", "ORG", ("Cisco Systems Inc.", "Cisco", "Cisco")) in got
    assert ("Ford Motor Co.", "ORG", ("Ford Motor Co.", "Ford")) in got
    assert ("Ford India Private Ltd", "ORG", ("Ford India Private Ltd",)) in got
    assert ("Australian", "NORP", ("Australian",)) in got


def test_a_score_after_a_teams_name_is_no_part_of_it() -> None:
    text = "Bayern Munich won, beating Paris Saint-Germain 1-0 in Lisbon. PSG fans wept."
    got = table(
        actors_of(
            text,
            ("ORG", "Bayern Munich"),
            ("ORG", "Paris Saint-Germain 1-0"),
            ("ORG", "PSG"),
            ("GPE", "Lisbon"),
        )
    )
    assert ("Paris Saint-Germain", "ORG", ("Paris Saint-Germain", "PSG")) in got


def test_a_short_form_spelling_the_name_before_and_joins_the_two_names() -> None:
    text = (
        "The England and Wales Cricket Board (ECB) met. England won. The ECB said no. "
        "The National Coordinator for Security and Counterterrorism (NCTV) spoke. "
        "Trade between France and Germany Inc (GI) grew."
    )
    got = table(
        actors_of(
            text,
            ("GPE", "England"),
            ("ORG", "Wales Cricket Board"),
            ("ORG", "ECB"),
            ("ORG", "National Coordinator for Security"),
            ("PERSON", "Counterterrorism"),
            ("ORG", "NCTV"),
            ("GPE", "France"),
            ("ORG", "Germany Inc"),
        )
    )
    assert got >= {
        (
            "England and Wales Cricket Board",
            "ORG",
            ("England and Wales Cricket Board", "ECB", "ECB"),
        ),
        ("England", "GPE", ("England",)),
        (
            "National Coordinator for Security and Counterterrorism",
            "ORG",
            ("National Coordinator for Security and Counterterrorism", "NCTV"),
        ),
        ("France", "GPE", ("France",)),
    }


def test_an_age_set_off_after_a_name_is_a_persons_cue() -> None:
    text = (
        "Lula was sworn in. Lula, 77, of the Workers' Party, won. Lula spoke. "
        "He flew to Paris, 12 hours away."
    )
    got = table(actors_of(text, ("PRODUCT", "Lula"), ("GPE", "Paris")))
    assert got == {("Lula", "PERSON", ("Lula",) * 3), ("Paris", "GPE", ("Paris",))}


def test_a_hyphened_title_is_no_part_of_the_name_after_it() -> None:
    text = (
        "NATO Secretary-General Jens Stoltenberg welcomed the vote. WHO Director-General "
        "Tedros Adhanom Ghebreyesus agreed, as did Pieter-Jaap Aalbersberg."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Jens Stoltenberg"),
            ("PERSON", "Tedros Adhanom Ghebreyesus"),
            ("PERSON", "Aalbersberg"),
        )
    )
    assert got == {
        ("Jens Stoltenberg", "PERSON", ("Jens Stoltenberg",)),
        ("Tedros Adhanom Ghebreyesus", "PERSON", ("Tedros Adhanom Ghebreyesus",)),
        ("Pieter-Jaap Aalbersberg", "PERSON", ("Pieter-Jaap Aalbersberg",)),
    }


def test_a_one_word_firm_its_capitals_define_is_one_body_with_them() -> None:
    text = (
        "It was made by the drug maker GlaxoSmithKline (GSK). GSK said more. "
        "GlaxoSmithKline is British. DiCaprio (DC) smiled."
    )
    got = table(
        actors_of(text, ("PERSON", "GlaxoSmithKline"), ("ORG", "GSK"), ("PERSON", "DiCaprio"))
    )
    assert got == {
        ("GlaxoSmithKline", "ORG", ("GlaxoSmithKline", "GSK", "GSK", "GlaxoSmithKline")),
        ("DiCaprio", "PERSON", ("DiCaprio",)),
    }


def test_a_firms_first_word_alone_is_the_firm_wherever_it_recurs() -> None:
    # "Imperial Oil Ltd." then "Imperial's profit", "Imperial is benefiting": the model
    # passes over the English adjective, but the firm is named by its first word. Not
    # inside another name ("Imperial College").
    text = (
        "Imperial Oil Ltd. reported a profit. Analysts said Imperial's chemical business "
        "grew, and like all oil companies, Imperial is benefiting. Imperial College "
        "agreed."
    )
    got = table(actors_of(text, ("ORG", "Imperial Oil Ltd."), ("ORG", "Imperial College")))
    firm = next(mentions for name, _, mentions in got if name.startswith("Imperial Oil"))
    assert sorted(firm) == ["Imperial", "Imperial", "Imperial Oil Ltd."]


def test_a_name_grows_over_the_words_its_short_form_spells_before_it() -> None:
    # "the UK Independence Party (UKIP)": the model left "UK" out; the short form's letters
    # spell it, so it is the name's. "EU" of "European Union (EU)" asks nothing more.
    text = (
        "Claims the UK Independence Party (UKIP) had overtaken them were heard in the "
        "European Union (EU) too."
    )
    got = table(actors_of(text, ("ORG", "Independence Party"), ("ORG", "European Union")))
    names = {name for name, _, _ in got}
    assert "UK Independence Party" in names
    assert "European Union" in names


def test_two_places_the_text_only_ever_names_together_are_one_place() -> None:
    # "Tiverton and Honiton" is one constituency: the text never names either town alone.
    # "Wakefield and Tiverton" (each named alone too) stay two, and so do two people.
    text = (
        "Conservatives lose Tiverton and Honiton. The by-elections in Wakefield and "
        "Tiverton and Honiton were held. Wakefield fell. Voters in Tiverton and Honiton "
        "backed Foord and Pole; Foord and Pole spoke."
    )
    got = table(
        actors_of(
            text,
            ("GPE", "Tiverton"),
            ("PERSON", "Honiton"),
            ("GPE", "Wakefield"),
            ("PERSON", "Foord"),
            ("PERSON", "Pole"),
        )
    )
    names = {name: mentions for name, _, mentions in got}
    assert names["Tiverton and Honiton"] == ("Tiverton and Honiton",) * 3
    assert names["Wakefield"] == ("Wakefield", "Wakefield")
    assert "Foord" in names
    assert "Pole" in names


def test_an_office_of_a_body_with_a_short_form_is_cut_to_the_body() -> None:
    # "Head of Information Data Center and Public Relations of the National Disaster
    # Management Agency (BNPB)": the bracket names the agency the office ends in, so the
    # name is the agency's, not the office's.
    text = (
        "Head of Information Data Center and Public Relations of the National Disaster "
        "Management Agency (BNPB) Sutopo Purwo Nugroho said it. BNPB agreed."
    )
    got = table(
        actors_of(
            text,
            (
                "WORK_OF_ART",
                "Head of Information Data Center and Public Relations of the National "
                "Disaster Management Agency",
            ),
            ("ORG", "BNPB"),
            ("PERSON", "Sutopo Purwo Nugroho"),
        )
    )
    names = {name for name, _, _ in got}
    assert "National Disaster Management Agency" in names
    assert not any(name.startswith("Head of") for name in names)


def test_a_pair_with_no_place_in_it_stays_two_names() -> None:
    # "Frola and Lavra", two saints a prayer invokes together: the model calls one a body
    # and the other a person, and neither is a place, so they stay two.
    text = "Holy Saint Nicholas, Frola and Lavra! Holy Saint Nicholas, Frola and Lavra!"
    got = table(actors_of(text, ("PERSON", "Nicholas"), ("ORG", "Frola"), ("PERSON", "Lavra")))
    assert {name for name, _, _ in got} >= {"Frola", "Lavra"}
