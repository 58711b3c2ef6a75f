"""One small article per grouping rule, with the exact actors a careful reader expects.

Most tests use a deterministic pipeline (``spacy.blank("en")`` and an entity ruler) so
that they test the rules, not the model; those marked ``model`` use the trained one.
"""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest

from reader.core.actors.grouping import group_mentions
from reader.core.language.detection import analyze, finalize_mentions
from reader.core.language.recurrence import propagate_names
from reader.core.text.mentions import Mention
from tests.core.ruler_actors import actors_of, check_offsets, table

spacy = pytest.importorskip("spacy")


def test_titles_are_not_part_of_the_name() -> None:
    text = "President Vladimir Putin spoke. Mr. Putin said more. Later Putin left."
    actors = actors_of(text, ("PERSON", "Vladimir Putin"), ("PERSON", "Putin"))
    assert table(actors) == {("Vladimir Putin", "PERSON", ("Vladimir Putin", "Putin", "Putin"))}
    check_offsets(text, actors)


def test_a_name_found_once_is_found_where_it_recurs_in_the_same_spelling_or_capitals() -> None:
    text = "RUSSIA -- Officials met.\n\nThe envoy went to Russia. Russia said no."
    actors = actors_of(text, ("GPE", "Russia"))
    assert table(actors) == {("Russia", "GPE", ("RUSSIA", "Russia", "Russia"))}


def test_a_surname_recurs_alone_and_joins_its_person() -> None:
    text = "Student leader Sehar Memon spoke first. Memon also said she was glad."
    actors = actors_of(text, ("PERSON", "Sehar Memon"))
    assert table(actors) == {("Sehar Memon", "PERSON", ("Sehar Memon", "Memon"))}


def test_a_first_or_last_name_stays_alone_when_two_full_names_fit() -> None:
    text = "Bill Clinton and Hillary Clinton arrived. Clinton spoke first."
    actors = actors_of(
        text, ("PERSON", "Bill Clinton"), ("PERSON", "Hillary Clinton"), ("PERSON", "Clinton")
    )
    assert {a.name for a in actors} == {"Bill Clinton", "Hillary Clinton", "Clinton"}


def test_a_surname_the_model_calls_an_organisation_joins_the_person() -> None:
    text = "President Donald Trump spoke. The team came because of Trump intervention."
    actors = actors_of(text, ("PERSON", "Donald Trump"), ("ORG", "Trump"))
    assert table(actors) == {("Donald Trump", "PERSON", ("Donald Trump", "Trump"))}


def test_a_bracketed_short_form_joins_its_name_and_is_found_again() -> None:
    text = (
        "The Joint Council for the Welfare of Immigrants (JCWI) objected. Later JCWI wrote again."
    )
    actors = actors_of(text, ("ORG", "Joint Council for the Welfare of Immigrants"))
    assert table(actors) == {
        (
            "Joint Council for the Welfare of Immigrants",
            "ORG",
            ("Joint Council for the Welfare of Immigrants", "JCWI", "JCWI"),
        )
    }


def test_a_model_span_that_swallows_the_open_bracket_of_a_short_form_is_cut_there() -> None:
    # The trained model writes "Organisation of Islamic Cooperation (OIC" as one name and
    # leaves the ")" outside: the name and its short form are two mentions of one actor.
    text = (
        "Members of the Organisation of Islamic Cooperation (OIC) met in Jeddah. "
        "Money goes through the Board of Investment (BOI). The OIC agreed."
    )
    actors = actors_of(
        text,
        ("ORG", "Organisation of Islamic Cooperation (OIC"),
        ("ORG", "Board of Investment (BOI"),
        ("ORG", "OIC"),
    )
    assert table(actors) == {
        (
            "Organisation of Islamic Cooperation",
            "ORG",
            ("Organisation of Islamic Cooperation", "OIC", "OIC"),
        ),
        ("Board of Investment", "ORG", ("Board of Investment", "BOI")),
    }
    check_offsets(text, actors)


def test_a_defined_short_form_joins_even_when_the_initials_differ() -> None:
    text = "Fighters of the Islamic State (ISIL) retreated. ISIL denied it."
    actors = actors_of(text, ("ORG", "Islamic State"), ("ORG", "ISIL"))
    assert table(actors) == {("Islamic State", "ORG", ("Islamic State", "ISIL", "ISIL"))}


def test_country_names_official_names_and_codes_are_one_actor() -> None:
    text = (
        "The Russian Federation objected. Russia said no. "
        "A RUS team came. The U.S. and the United States agreed."
    )
    patterns = [
        ("GPE", "Russian Federation"),
        ("GPE", "Russia"),
        ("GPE", "RUS"),
        ("GPE", "U.S."),
        ("GPE", "United States"),
    ]
    actors = actors_of(text, *patterns)
    names = {a.name: tuple(m.text for m in a.mentions) for a in actors}
    assert names == {
        "Russian Federation": ("Russian Federation", "Russia", "RUS"),
        "United States": ("U.S.", "United States"),
    }


@pytest.mark.skipif(importlib.util.find_spec("pycountry") is None, reason="pycountry not installed")
def test_pycountry_forms_share_a_key() -> None:
    text = "Viet Nam and Vietnam are one. So are Czechia and the Czech Republic."
    actors = actors_of(
        text, ("GPE", "Viet Nam"), ("GPE", "Vietnam"), ("GPE", "Czechia"), ("GPE", "Czech Republic")
    )
    assert len(actors) == 2


def test_a_demonym_stays_its_own_actor_related_to_its_country() -> None:
    text = "Russian troops moved. Russia denied it. Ukrainian officials were angry."
    actors = actors_of(text, ("NORP", "Russian"), ("GPE", "Russia"), ("NORP", "Ukrainian"))
    related = {a.name: a.related for a in actors}
    assert related == {"Russian": ("Russia",), "Russia": (), "Ukrainian": ()}


def test_a_clubs_last_word_after_the_joins_it_though_it_names_a_city() -> None:
    # "the Phoenix" is the club Wellington Phoenix; "York" alone is the city, not "York
    # City" the club.
    text = (
        "Wellington Phoenix confirmed the news. It was the biggest signing in the Phoenix's "
        "history, and the Phoenix said so. York City lost at home in York. The Knights of "
        "the East met; the East was quiet."
    )
    actors = actors_of(
        text,
        ("ORG", "Wellington Phoenix"),
        ("GPE", "Phoenix"),
        ("ORG", "York City"),
        ("GPE", "York"),
        ("ORG", "Knights of the East"),
        ("LOC", "East"),
    )
    assert table(actors) == {
        ("Wellington Phoenix", "ORG", ("Wellington Phoenix", "Phoenix", "Phoenix")),
        ("York City", "ORG", ("York City",)),
        ("York", "GPE", ("York",)),
        ("Knights of the East", "ORG", ("Knights of the East",)),
        ("East", "LOC", ("East",)),
    }


def test_a_countrys_demonym_the_model_calls_a_person_is_a_people_when_it_modifies() -> None:
    # The model reads "Sri Lankan developers" as a person's name; the text names Sri Lanka.
    text = (
        "Investors came to Sri Lanka. They work with Sri Lankan developers and "
        "Sri Lankan companies. Julian Assange spoke; Julian was tired."
    )
    actors = actors_of(
        text,
        ("GPE", "Sri Lanka"),
        ("PERSON", "Sri Lankan"),
        ("PERSON", "Julian Assange"),
        ("PERSON", "Julian"),
    )
    assert {(a.name, a.label, a.related) for a in actors} == {
        ("Sri Lanka", "GPE", ()),
        ("Sri Lankan", "NORP", ("Sri Lanka",)),
        ("Julian Assange", "PERSON", ()),
    }


def test_page_furniture_dates_and_lowercase_words_are_not_actors() -> None:
    text = "Accessibility links\n\nBreaking News\n\nShare\n\nOn Monday the ministry met in Paris."
    actors = actors_of(
        text,
        ("ORG", "Breaking News"),
        ("ORG", "Accessibility links"),
        ("ORG", "Share"),
        ("DATE", "Monday"),
        ("ORG", "ministry"),
        ("GPE", "Paris"),
    )
    assert {a.name for a in actors} == {"Paris"}


def test_a_title_modifier_tagged_as_a_body_is_dropped() -> None:
    text = (
        "Russian Defense Minister Sergei Shoigu met the press. "
        "Emeritus Professor John Burrows agreed."
    )
    actors = actors_of(
        text,
        ("ORG", "Defense"),
        ("PERSON", "Sergei Shoigu"),
        ("ORG", "Emeritus"),
        ("PERSON", "John Burrows"),
    )
    assert {a.name for a in actors} == {"Sergei Shoigu", "John Burrows"}


def test_a_caption_credit_is_trimmed_from_a_name() -> None:
    text = "Obama wrote to student Ahmed Mohamed Image: Twitter.\nMohamed smiled."
    actors = actors_of(text, ("PERSON", "Ahmed Mohamed Image"), ("PERSON", "Mohamed"))
    assert table(actors) == {("Ahmed Mohamed", "PERSON", ("Ahmed Mohamed", "Mohamed"))}


def test_a_name_is_not_found_inside_a_longer_capitalised_name() -> None:
    text = "The Explorer team came. The new Internet Explorer browser is slow. Explorer won."
    found = propagate_names(text, [Mention(4, 12, "Explorer", "ORG")], ["ORG"])
    assert [(m.start, m.text) for m in found] == [
        (4, "Explorer"),
        (text.rindex("Explorer"), "Explorer"),
    ]


def test_a_mention_grows_to_a_longer_name_found_elsewhere() -> None:
    text = "The team arrived in Washington D.C. last week. The contest in Washington D.C. ended."
    actors = actors_of(text, ("GPE", "Washington"), ("GPE", "Washington D.C."))
    assert table(actors) == {("Washington D.C.", "GPE", ("Washington D.C.", "Washington D.C."))}


def test_adjacent_spans_of_one_kind_are_one_name() -> None:
    text = "Yesterday, Valeska Paris, an Australian woman, spoke."
    actors = actors_of(text, ("PERSON", "Valeska"), ("PERSON", "Paris"))
    assert table(actors) == {("Valeska Paris", "PERSON", ("Valeska Paris",))}


def test_a_name_glued_to_a_place_by_in_is_split() -> None:
    text = "She worked on the cruise ship Freewinds in Bonaire for years."
    actors = actors_of(text, ("WORK_OF_ART", "Freewinds in Bonaire"))
    assert table(actors) == {
        ("Freewinds", "WORK_OF_ART", ("Freewinds",)),
        ("Bonaire", "GPE", ("Bonaire",)),
    }


def test_a_name_grows_over_a_touching_capitalised_word() -> None:
    text = "After the leak, the head of the Refugee Council Enver Solomon told reporters."
    actors = actors_of(text, ("ORG", "Refugee Council"), ("PERSON", "Solomon"))
    assert table(actors) == {
        ("Refugee Council", "ORG", ("Refugee Council",)),
        ("Enver Solomon", "PERSON", ("Enver Solomon",)),
    }


def test_capitalised_words_mid_sentence_are_a_name_even_when_the_model_misses_them() -> None:
    text = "The story spread online and the Deseret News observed that it grew."
    actors = actors_of(text)
    assert table(actors) == {("Deseret News", "ORG", ("Deseret News",))}


def test_a_title_after_of_or_for_in_a_capitalised_run_opens_a_persons_name() -> None:
    # "the Governor for Princess Mary": a title after "for" opens a person's name, and the
    # title before is nobody; "the Minister for Foreign Affairs" is an office, no name
    # (a job title alone is found nowhere).
    text = (
        "Princess Mary wept and Princess Mary prayed. Dessalles wrote this letter to the "
        "Governor for Princess Mary, she signed it. They met the Minister for Foreign Affairs."
    )
    actors = actors_of(text, ("PERSON", "Princess Mary wept"), ("PERSON", "Princess Mary prayed"))
    assert ("Mary", "PERSON", ("Princess Mary",) * 3) in {
        (a.name, a.label, tuple(m.text for m in a.mentions)) for a in actors
    }
    assert not [a for a in actors if "Governor" in a.name]
    assert not [a for a in actors if "Minister" in a.name or "Affairs" in a.name]


def test_a_headline_in_title_case_gives_no_invented_names() -> None:
    text = "Pop Culture Celebrated At Big Annual Event\n\nThe event was held."
    assert actors_of(text) == ()


def test_short_forms_of_a_body_join_the_one_longer_name() -> None:
    text = (
        "The Church of Scientology denied it. The Church said so. "
        "Users prefer Google Chrome; Chrome is fast."
    )
    actors = actors_of(
        text,
        ("ORG", "Church of Scientology"),
        ("ORG", "Church"),
        ("PRODUCT", "Google Chrome"),
        ("PERSON", "Chrome"),
    )
    assert {a.name: len(a.mentions) for a in actors} == {
        "Church of Scientology": 2,
        "Google Chrome": 2,
    }


def test_the_generic_word_ending_one_body_name_joins_it_only_after_the() -> None:
    # "The Council said" after "the National Shoora Council" is that council; a heading's
    # "House of my Mother" is no short form of "the Senate House".
    text = (
        "The National Shoora Council met on Monday. The Council said it would meet again. "
        "Soldiers ran out of the Senate House.\n\n“House of my Mother,” she sang."
    )
    actors = actors_of(
        text,
        ("ORG", "National Shoora Council"),
        ("ORG", "Council"),
        ("ORG", "Senate House"),
        ("ORG", "House"),
    )
    assert table(actors) == {
        ("National Shoora Council", "ORG", ("National Shoora Council", "Council")),
        ("Senate House", "ORG", ("Senate House",)),
        ("House", "ORG", ("House",)),
    }


def test_finalize_mentions_keeps_offsets_for_raw_spans() -> None:
    text = "Receiving Huntsman’s credentials, Putin spoke."
    mentions = finalize_mentions(text, [(0, 20, "PERSON"), (34, 39, "PERSON")])
    assert [(m.text, m.label) for m in mentions] == [("Huntsman", "PERSON"), ("Putin", "PERSON")]
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_a_possessive_before_a_generic_place_word_is_one_place_name() -> None:
    # "Lincoln's Inn Hall" and "Leichardt's Town" are places; "Trump's White House" stays
    # two names, since "White House" is a name of its own.
    text = (
        "The Lord Chancellor sat in Lincoln's Inn Hall. She lived in Leichardt's Town. "
        "It was Trump's White House."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "Lincoln"),
            ("PERSON", "Inn Hall"),
            ("ORG", "Leichardt"),
            ("PRODUCT", "Town"),
            ("PERSON", "Trump"),
            ("FAC", "White House"),
        )
    )
    assert got == {
        ("Lincoln's Inn Hall", "FAC", ("Lincoln's Inn Hall",)),
        ("Leichardt's Town", "GPE", ("Leichardt's Town",)),
        ("Trump", "PERSON", ("Trump",)),
        ("White House", "FAC", ("White House",)),
    }


# --- with the trained model ----------------------------------------------------------


@pytest.mark.model
def test_model_titles_and_surnames_group(nlp: Any) -> None:
    text = (
        "Russian President Vladimir Putin met U.S. Ambassador Jon Huntsman in Moscow on Monday. "
        "Putin said relations were poor. Huntsman said the United States wants better ties."
    )
    actors = group_mentions(text, analyze(text, nlp))
    by_name = {a.name: sorted(m.text for m in a.mentions) for a in actors}
    assert by_name["Vladimir Putin"] == ["Putin", "Vladimir Putin"]
    assert by_name["Jon Huntsman"] == ["Huntsman", "Jon Huntsman"]
    assert by_name["United States"] == ["U.S.", "United States"]
    assert not any(a.name in ("Monday", "President", "Ambassador") for a in actors)
    check_offsets(text, actors)


@pytest.mark.model
def test_model_defense_minister_gives_no_defense_actor(nlp: Any) -> None:
    text = "Russian Defense Minister Sergei Shoigu met the ambassador. Shoigu spoke briefly."
    actors = group_mentions(text, analyze(text, nlp))
    assert "Defense" not in {a.name for a in actors}
    assert any(a.name == "Sergei Shoigu" and len(a.mentions) == 2 for a in actors)
