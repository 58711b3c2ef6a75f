"""News shapes no dev article holds (2): how far a name reaches, and whose it is.

Split from ``test_news_shapes`` (names' parts, portfolios, titles in lower case, bodies set
off after a name).
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


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


def test_a_portfolio_before_an_office_holders_name_is_no_part_of_it() -> None:
    # "Minister of Economy Luis Caputo", "Inspector General of Police Joseph Boinnet":
    # the office's portfolio, ordinary words capitalised, ends before the given name; a
    # given name English does not know stays ("the trial of Gökmen Tanis").
    text = (
        "Minister of Economy Luis Caputo ratified it. Inspector General of Police "
        "Joseph Boinnet says so. The Minister of Foreign Affairs Sergey Lavrov came. "
        "The trial of Gökmen Tanis began."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Economy Luis Caputo"),
            ("PERSON", "Joseph Boinnet"),
            ("PERSON", "Sergey Lavrov"),
            ("PERSON", "Tanis"),
        )
    )
    assert {name for name, _, _ in got} == {
        "Luis Caputo",
        "Joseph Boinnet",
        "Sergey Lavrov",
        "Gökmen Tanis",
    }
