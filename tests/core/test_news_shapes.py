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


def test_a_word_the_model_cut_off_a_regions_name_is_part_of_it() -> None:
    text = "A Contra Costa County judge ruled. Kenyan Rift Valley Province officials agreed."
    got = table(
        actors_of(
            text,
            ("ORG", "Contra"),
            ("GPE", "Costa County"),
            ("NORP", "Kenyan"),
            ("GPE", "Rift Valley Province"),
        )
    )
    assert got == {
        ("Contra Costa County", "GPE", ("Contra Costa County",)),
        ("Kenyan", "NORP", ("Kenyan",)),
        ("Rift Valley Province", "GPE", ("Rift Valley Province",)),
    }


def test_a_place_grows_over_a_romance_particle_and_the_word_after_it() -> None:
    text = (
        "Floods hit the state of Rio Grande do Sul on Friday. President Lula da Silva flew "
        "over the area, and Santiago del Estero sent help."
    )
    got = table(
        actors_of(
            text,
            ("NORP", "Rio Grande"),
            ("PERSON", "Sul"),
            ("PERSON", "Lula"),
            ("PERSON", "Silva"),
            ("GPE", "Santiago"),
        )
    )
    assert ("Rio Grande do Sul", "GPE", ("Rio Grande do Sul",)) in got
    assert ("Santiago del Estero", "GPE", ("Santiago del Estero",)) in got
    assert not any(name == "Sul" for name, _, _ in got)


def test_a_surname_before_a_particle_joins_the_full_name() -> None:
    text = (
        "Luiz Inácio Lula da Silva was sworn in. Lula thanked voters, and Lula smiled. "
        "Rob van Bree spoke. Rob left."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Luiz Inácio Lula da Silva"),
            ("PERSON", "Lula"),
            ("PERSON", "Rob van Bree"),
            ("PERSON", "Rob"),
        )
    )
    assert (
        "Luiz Inácio Lula da Silva",
        "PERSON",
        ("Luiz Inácio Lula da Silva", "Lula", "Lula"),
    ) in got


def test_a_name_cut_at_a_hyphen_grows_over_the_capitalised_part_after_it() -> None:
    text = (
        "Winds were strong, according to Météo-France. Météo-France said more. "
        "The US-China trade war goes on, and the US said so."
    )
    got = table(actors_of(text, ("ORG", "Météo"), ("GPE", "US"), ("GPE", "China")))
    assert got == {
        ("Météo-France", "ORG", ("Météo-France", "Météo-France")),
        ("US", "GPE", ("US", "US")),
        ("China", "GPE", ("China",)),
    }


def test_a_full_name_followed_by_the_body_its_bearer_works_for_is_a_person() -> None:
    text = (
        "The team, led by Ashwin Vasavada of the Jet Propulsion Laboratory, found clays. "
        "Kate Brien of the WHO agreed. The Bank Hall of the Royal Society opened. He owns "
        "the Los Angeles Rams of the National Football League."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Ashwin Vasavada"),
            ("ORG", "Jet Propulsion Laboratory"),
            ("ORG", "Kate Brien"),
            ("ORG", "WHO"),
            ("ORG", "Bank Hall"),
            ("ORG", "Royal Society"),
            ("ORG", "Los Angeles Rams"),
            ("ORG", "National Football League"),
        )
    )
    assert ("Ashwin Vasavada", "PERSON", ("Ashwin Vasavada",)) in got
    assert ("Kate Brien", "PERSON", ("Kate Brien",)) in got
    assert ("Bank Hall", "FAC", ("Bank Hall",)) in got
    assert ("Los Angeles Rams", "ORG", ("Los Angeles Rams",)) in got


def test_a_ministrys_list_of_portfolios_is_one_name() -> None:
    text = (
        "Tourism will be folded into a renamed Ministry of Arts, Culture, Tourism and "
        "Creative Economy. He met Aurungzebe, Emperor of the Moguls."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Ministry of Arts, Culture, Tourism and Creative Economy"),
            ("PERSON", "Aurungzebe, Emperor of the Moguls"),
        )
    )
    assert (
        "Ministry of Arts, Culture, Tourism and Creative Economy",
        "ORG",
        ("Ministry of Arts, Culture, Tourism and Creative Economy",),
    ) in got
    assert not any(name == "Culture" for name, _, _ in got)


def test_a_portfolio_the_model_cut_at_and_goes_on_to_its_end() -> None:
    text = (
        "Mohammed Idris, the Minister of Information and National Orientation, spoke. "
        "The Ministry of Defence and NATO agreed, as did the Minister of Finance and Mr Smith."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Mohammed Idris"),
            ("ORG", "Minister of Information"),
            ("ORG", "Ministry of Defence"),
            ("ORG", "NATO"),
            ("ORG", "Minister of Finance"),
            ("PERSON", "Mr Smith"),
        )
    )
    names = {name for name, _, _ in got}
    # The portfolio grows to its end, and the whole office then goes: an office names
    # whoever holds it, no proper name (offices.drop_offices).
    assert "Minister of Information and National Orientation" not in names
    assert "Minister of Information" not in names
    assert "National Orientation" not in names
    assert {"Ministry of Defence", "NATO", "Smith"} <= names
    # An office alone is no name: the edge rules drop it, and no capitalised run brings it
    # back.
    assert "Minister of Finance" not in names


def test_a_bodys_kind_set_off_after_a_name_makes_it_a_body() -> None:
    text = (
        "The board of OpenAI, the company behind the ChatGPT chatbot, met. OpenAI said no. "
        "OpenAI hired. He lives in Georgia, the state where it began. Ann Lee, the company "
        "chairman, agreed."
    )
    got = table(actors_of(text, ("GPE", "OpenAI"), ("GPE", "Georgia"), ("PERSON", "Ann Lee")))
    assert got == {
        ("OpenAI", "ORG", ("OpenAI",) * 3),
        ("Georgia", "GPE", ("Georgia",)),
        ("Ann Lee", "PERSON", ("Ann Lee",)),
    }


def test_a_full_name_after_a_title_in_lower_case_or_the_plural_is_a_person() -> None:
    text = (
        "A court sentenced former president Alejandro Toledo. Former presidents Ollanta "
        "Humala and Pedro Pablo Kuczynski are under investigation."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Alejandro Toledo"),
            ("ORG", "Ollanta Humala"),
            ("ORG", "Pedro Pablo Kuczynski"),
        )
    )
    assert got == {
        ("Alejandro Toledo", "PERSON", ("Alejandro Toledo",)),
        ("Ollanta Humala", "PERSON", ("Ollanta Humala",)),
        ("Pedro Pablo Kuczynski", "PERSON", ("Pedro Pablo Kuczynski",)),
    }


def test_a_compound_in_lower_case_opening_a_sentence_is_no_name() -> None:
    text = "Fly-half Handré Pollard kicked four penalties. Co-founder Ann Lee agreed."
    got = table(
        actors_of(
            text,
            ("ORG", "Fly-half"),
            ("PERSON", "Handré Pollard"),
            ("PERSON", "Co-founder Ann Lee"),
        )
    )
    assert got == {
        ("Handré Pollard", "PERSON", ("Handré Pollard",)),
        ("Ann Lee", "PERSON", ("Ann Lee",)),
    }


def test_a_calling_after_a_bodys_possessive_set_off_after_a_name_is_a_persons_cue() -> None:
    text = "Ilya Sutskever, OpenAI's chief scientist and a board member, told staff."
    got = table(actors_of(text, ("GPE", "Ilya Sutskever"), ("ORG", "OpenAI")))
    assert ("Ilya Sutskever", "PERSON", ("Ilya Sutskever",)) in got


def test_a_person_grows_over_the_unknown_given_name_before_it() -> None:
    text = (
        "Police named the suspect as Gökmen Tanis, a man born in Turkey. Later Tanis was "
        "charged. In Kiev Pierre waited, and Kiev was cold."
    )
    got = table(
        actors_of(
            text, ("PERSON", "Tanis"), ("GPE", "Turkey"), ("PERSON", "Pierre"), ("GPE", "Kiev")
        )
    )
    assert ("Gökmen Tanis", "PERSON", ("Gökmen Tanis", "Tanis")) in got
    assert ("Pierre", "PERSON", ("Pierre",)) in got


def test_jr_after_a_name_stays_no_actor_before_a_calling() -> None:
    text = "Erwin Vahlsing, Jr., ICOA's chief financial officer, said the release is false."
    got = table(actors_of(text, ("PERSON", "Erwin Vahlsing"), ("GPE", "Jr."), ("ORG", "ICOA")))
    assert {name for name, _, _ in got} == {"Erwin Vahlsing", "ICOA"}


def test_a_name_a_body_is_set_off_after_or_that_reports_after_the_is_a_body() -> None:
    text = (
        "Derek Sikua criticised it, the Solomon Star reported. Gavi, the Vaccine Alliance, "
        "helped pay. Ann Lee, the Labour Party leader, agreed."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Derek Sikua"),
            ("PERSON", "Solomon Star"),
            ("PERSON", "Gavi"),
            ("ORG", "Vaccine Alliance"),
            ("PERSON", "Ann Lee"),
            ("ORG", "Labour Party"),
        )
    )
    kinds = {name: label for name, label, _ in got}
    assert kinds["Solomon Star"] == "ORG"
    assert kinds["Gavi"] == "ORG"
    assert kinds["Ann Lee"] == "PERSON"
    assert kinds["Derek Sikua"] == "PERSON"
