"""One small article per grouping rule, with the exact actors a careful reader expects.

Most tests use a deterministic pipeline (``spacy.blank("en")`` and an entity ruler) so
that they test the rules, not the model; those marked ``model`` use the trained one.
"""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest

from reader.core.actors.coreference import infer_mentions
from reader.core.actors.grouping import group_mentions
from reader.core.documents.loading import article_from_text
from reader.core.language.detection import analyze, finalize_mentions
from reader.core.language.spans import propagate_names
from reader.core.run import build_analysis
from reader.core.text.mentions import Actor, Mention

spacy = pytest.importorskip("spacy")


def ruler(*patterns: tuple[str, str]) -> Any:
    """A blank English pipeline that tags exactly ``(label, phrase)`` patterns."""
    nlp = spacy.blank("en")
    entity_ruler = nlp.add_pipe("entity_ruler")
    # A pattern that never matches keeps spaCy quiet about an empty ruler.
    entity_ruler.add_patterns([{"label": "ORG", "pattern": "\u2063never\u2063"}])
    entity_ruler.add_patterns([{"label": label, "pattern": phrase} for label, phrase in patterns])
    return nlp


def actors_of(text: str, *patterns: tuple[str, str]) -> tuple[Actor, ...]:
    return group_mentions(text, analyze(text, ruler(*patterns)))


def table(actors: tuple[Actor, ...]) -> set[tuple[str, str, tuple[str, ...]]]:
    """Each actor as (name, label, its mention texts), order-free."""
    return {(a.name, a.label, tuple(m.text for m in a.mentions)) for a in actors}


def check_offsets(text: str, actors: tuple[Actor, ...]) -> None:
    for actor in actors:
        for mention in actor.mentions:
            assert text[mention.start : mention.end] == mention.text


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
    # title before is nobody; "the Minister for Foreign Affairs" is one name.
    text = (
        "Princess Mary wept and Princess Mary prayed. Dessalles wrote this letter to the "
        "Governor for Princess Mary, she signed it. They met the Minister for Foreign Affairs."
    )
    actors = actors_of(text, ("PERSON", "Princess Mary wept"), ("PERSON", "Princess Mary prayed"))
    assert ("Mary", "PERSON", ("Princess Mary",) * 3) in {
        (a.name, a.label, tuple(m.text for m in a.mentions)) for a in actors
    }
    assert not [a for a in actors if "Governor" in a.name]
    assert [a.name for a in actors if "Minister" in a.name] == ["Minister for Foreign Affairs"]


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


# --- pronouns and descriptions -------------------------------------------------------


def inferred(actors: tuple[Actor, ...]) -> dict[str, list[str]]:
    return {
        a.name: [m.text for m in a.mentions if m.inferred]
        for a in actors
        if any(m.inferred for m in a.mentions)
    }


def test_he_goes_to_the_one_man_named_before() -> None:
    text = "Jon Huntsman arrived in Moscow. He said his post was hard."
    actors = infer_mentions(text, actors_of(text, ("PERSON", "Jon Huntsman"), ("GPE", "Moscow")))
    assert inferred(actors) == {"Jon Huntsman": ["He", "his"]}
    assert all(m.inferred for m in actors[0].mentions if m.text in ("He", "his"))
    check_offsets(text, actors)


def test_gender_from_titles_picks_between_two_people() -> None:
    text = "Mrs. Ann Smith met Mr. Bob Jones. Later she left and he stayed."
    actors = infer_mentions(text, actors_of(text, ("PERSON", "Ann Smith"), ("PERSON", "Bob Jones")))
    assert inferred(actors) == {"Ann Smith": ["she"], "Bob Jones": ["he"]}


def test_a_name_speaking_of_itself_as_she_is_a_person_for_pronouns() -> None:
    text = "Valeska Paris left the ship. Paris claims that she was kept there. Her mother agreed."
    actors = infer_mentions(text, actors_of(text, ("GPE", "Valeska Paris"), ("GPE", "Paris")))
    assert sum(len(v) for v in inferred(actors).values()) == 2


def test_pronouns_inside_quotes_and_it_are_left_alone() -> None:
    text = 'Jon Huntsman spoke. "He is wrong," a man said. It was cold.'
    actors = infer_mentions(text, actors_of(text, ("PERSON", "Jon Huntsman")))
    assert inferred(actors) == {}


def test_descriptions_go_to_the_actor_they_name_or_title() -> None:
    text = (
        "Afghan Ambassador Hamdullah Mohib spoke. The Church of Scientology denied it. "
        "The ambassador said the church had lied."
    )
    patterns = [("PERSON", "Hamdullah Mohib"), ("ORG", "Church of Scientology"), ("NORP", "Afghan")]
    actors = infer_mentions(text, actors_of(text, *patterns))
    assert inferred(actors) == {
        "Hamdullah Mohib": ["The ambassador"],
        "Church of Scientology": ["the church"],
    }


def test_the_country_needs_exactly_one_country_nearby() -> None:
    one = "Officials in Kenya spoke. The country is calm."
    two = "Officials in Kenya and Uganda spoke. The country is calm."
    assert inferred(infer_mentions(one, actors_of(one, ("GPE", "Kenya")))) == {
        "Kenya": ["The country"]
    }
    assert inferred(infer_mentions(two, actors_of(two, ("GPE", "Kenya"), ("GPE", "Uganda")))) == {}


def test_build_analysis_adds_inferred_mentions_only_on_request() -> None:
    text = "Jon Huntsman arrived in Moscow. He said his post was hard."
    article = article_from_text(text)
    mentions = analyze(text, ruler(("PERSON", "Jon Huntsman"), ("GPE", "Moscow")))
    plain = build_analysis(article, mentions, "test", 0.0)
    assert not any(m.inferred for a in plain.actors for m in a.mentions)
    with_links = build_analysis(article, mentions, "test", 0.0, infer=True)
    assert [m.text for a in with_links.actors for m in a.mentions if m.inferred] == ["He", "his"]
    assert all(isinstance(m, Mention) for a in with_links.actors for m in a.mentions)


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


FILLER = "The rain fell on the fields all day. " * 100  # 3,700 characters, no name


def test_a_first_name_two_full_names_share_joins_the_one_named_just_before() -> None:
    text = (
        "John Smith came home. Smith sat down. John smiled.\n\n"
        + FILLER
        + "\n\nJohn Baker rode out. Baker was tired. John sighed."
    )
    actors = actors_of(text, ("PERSON", "John Smith"), ("PERSON", "John Baker"), ("PERSON", "John"))
    assert table(actors) == {
        ("John Smith", "PERSON", ("John Smith", "Smith", "John")),
        ("John Baker", "PERSON", ("John Baker", "Baker", "John")),
    }
    check_offsets(text, actors)


def test_a_shared_first_name_used_overwhelmingly_for_one_person_is_that_persons() -> None:
    smith = "Smith sat down. John smiled. "
    text = (
        "John Baker rode out.\n\n"
        + FILLER
        + "\n\nJohn Smith came home. "
        + smith * 5
        + "\n\n"
        + FILLER
        + "\n\nJohn laughed."
    )
    actors = actors_of(text, ("PERSON", "John Smith"), ("PERSON", "John Baker"), ("PERSON", "John"))
    assert table(actors) == {
        ("John Smith", "PERSON", ("John Smith",) + ("Smith", "John") * 5 + ("John",)),
        ("John Baker", "PERSON", ("John Baker",)),
    }


@pytest.mark.parametrize(
    "town", ["They stayed in Leeds. They lived in Leeds.", "The road to Leeds was long."]
)
def test_a_full_name_glued_to_a_town_takes_no_shared_first_name(town: str) -> None:
    text = (
        "John Smith came home. John smiled. John Baker stayed.\n\n"
        + FILLER
        + f"\n\n{town} The mayor of Leeds slept. At last Leeds John came back. John was glad."
    )
    actors = actors_of(
        text,
        ("PERSON", "John Smith"),
        ("PERSON", "John Baker"),
        ("PERSON", "Leeds John"),
        ("PERSON", "Leeds"),
        ("PERSON", "John"),
    )
    # The glued span is cut in two (reader.core.language.glued): the town, and a "John"
    # that fits two full names and joins neither. The text is "in", goes "to", and has a
    # "mayor of" Leeds: a place (reader.core.language.place_evidence).
    assert table(actors) == {
        ("John Smith", "PERSON", ("John Smith", "John")),
        ("John Baker", "PERSON", ("John Baker",)),
        ("Leeds", "GPE", ("Leeds",) * text.count("Leeds")),
        ("John", "PERSON", ("John", "John")),
    }


def test_a_person_called_by_first_name_and_surname_alike_is_shown_by_both() -> None:
    # "Rostóv" 672 times, "Nicholas" 531 and "Nicholas Rostóv" 20: the panel said "Rostóv".
    text = "Nicholas Rostov came home. " + "Nicholas laughed. Rostov sat down. " * 25
    actors = actors_of(
        text, ("PERSON", "Nicholas Rostov"), ("PERSON", "Nicholas"), ("PERSON", "Rostov")
    )
    assert [(a.name, a.label, len(a.mentions)) for a in actors] == [
        ("Nicholas Rostov", "PERSON", 51)
    ]
    once = "Ponds Pierre said so. " + "Pierre laughed. " * 25  # an accident of one sentence
    assert [a.name for a in actors_of(once, ("PERSON", "Ponds Pierre"), ("PERSON", "Pierre"))][
        :1
    ] == ["Pierre"]


def test_a_shared_surname_is_evidence_only_for_the_person_it_was_given_to() -> None:
    # "Baker" alone names Andrew Baker here, so it says nothing for John Baker, and
    # the "John" after it is the John the text usually means.
    smith = "Smith sat down. John smiled. "
    text = (
        "John Smith came home. "
        + smith * 5
        + "\n\n"
        + FILLER
        + "\n\nJohn Baker rode out. John sighed.\n\n"
        + FILLER
        + "\n\nAndrew Baker wrote. Baker was tired. John laughed."
    )
    actors = actors_of(
        text,
        ("PERSON", "John Smith"),
        ("PERSON", "John Baker"),
        ("PERSON", "Andrew Baker"),
        ("PERSON", "John"),
    )
    assert table(actors) == {
        ("John Smith", "PERSON", ("John Smith",) + ("Smith", "John") * 5 + ("John",)),
        ("John Baker", "PERSON", ("John Baker", "John")),
        ("Andrew Baker", "PERSON", ("Andrew Baker", "Baker")),
    }


def test_the_usual_bearer_of_a_shared_name_keeps_it_where_both_are_named() -> None:
    # Far from any full name, "John" is the usual John Smith; a "John" after both that
    # "John" and "John Baker" could be either, so it stays with the usual one.
    smith = "Smith sat down. John smiled. "
    text = (
        "John Smith came home. "
        + smith * 5
        + "\n\n"
        + FILLER
        + "\n\nJohn waved. John Baker came in. John spoke."
    )
    actors = actors_of(text, ("PERSON", "John Smith"), ("PERSON", "John Baker"), ("PERSON", "John"))
    assert table(actors) == {
        ("John Smith", "PERSON", ("John Smith",) + ("Smith", "John") * 5 + ("John", "John")),
        ("John Baker", "PERSON", ("John Baker",)),
    }
