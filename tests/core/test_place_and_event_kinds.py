"""Kinds no single sentence gives: events by their head word, places a people's label hides.

Each text marks the model's spans as ``[Name]{LABEL}`` (see ``test_whole_text_kinds``).
"""

from __future__ import annotations

from tests.core.test_whole_text_kinds import kinds


def test_a_revolution_a_war_and_a_battle_are_events_whatever_the_model_said() -> None:
    # "War" of "the Minister of War" makes no event of the office, which is no name at all
    # (offices.drop_offices).
    text = (
        "He spoke of the [French Revolution]{FAC}. The [Revolution]{FAC} was over; the "
        "[Revolution]{ORG} had failed. [Star Wars]{PRODUCT} toys were sold. "
        "After the [Seven Years War]{ORG} and the [Battle of Austerlitz]{FAC}, the "
        "[Minister of War]{ORG} resigned, and the [Minister of War]{ORG} left for [Paris]{GPE}."
    )
    assert kinds(text) == {
        "French Revolution": "EVENT",
        "Seven Years War": "EVENT",
        "Battle of Austerlitz": "EVENT",
        "Paris": "GPE",
        "Star Wars": "PRODUCT",
    }


def test_a_plural_the_text_travels_along_or_climbs_is_a_place_not_a_people() -> None:
    # The model reads "-s" names as peoples. "the Russians" take a people's verbs and
    # "the Guards" are served "in", which a people and a regiment share with a place.
    text = (
        "We drove for days along the [Urals]{NORP}. Snow lay on the summits of the "
        "[Urals]{NORP}, and at last the [Urals]{NORP}. The [Magyars]{NORP} conquered the "
        "plain. After the victory over the [Russians]{NORP}, the [Russians]{NORP} fled "
        "across the [Vistula]{GPE}. He served in the [Guards]{NORP}; the [Guards]{NORP} "
        "marched."
    )
    assert kinds(text) == {
        "Urals": "LOC",
        "Magyars": "NORP",
        "Russians": "NORP",
        "Vistula": "GPE",
        "Guards": "NORP",
    }


def test_a_people_no_people_is_called_is_a_place_the_text_puts_on_the_map() -> None:
    # No "-ian", "-ese" or "-ish" in "Zanzibar", "Essex" or "Ballarat", and each is where
    # a map puts things. "in Latin" is a tongue's "in", no place's.
    text = (
        "It lies three hundred miles north of [Zanzibar]{NORP}. Fog on the [Essex]{NORP} "
        "marshes, fog on the [Kentish]{NORP} heights. [Black Jack]{PERSON} of "
        "[Ballarat]{NORP} was my name. We rode from [Ballarat]{NORP}. The letter was in "
        "[Latin]{NORP}, and [Latin]{NORP} was hard."
    )
    assert kinds(text) == {
        "Zanzibar": "GPE",
        "Essex": "GPE",
        "Kentish": "NORP",
        "Black Jack": "PERSON",
        "Ballarat": "GPE",
        "Latin": "NORP",
    }


def test_a_name_the_text_crosses_or_walks_the_banks_of_is_a_river() -> None:
    # "the Vienna bridge" is crossed, not Vienna; "the Stone Bridge" keeps its building.
    text = (
        "The troops crossed the [Niemen]{GPE} at dawn. On the left bank of the "
        "[Niemen]{GPE} stood [Kovno]{GPE}, and the [Niemen]{GPE} was wide. Beyond the river "
        "[Kolochá]{FAC} lay the road; the [Kolochá]{PERSON} was shallow. They crossed the "
        "[Vienna]{GPE} bridge into [Vienna]{GPE}, and then crossed the "
        "[Stone Bridge]{FAC}."
    )
    assert kinds(text) == {
        "Niemen": "LOC",
        "Kovno": "GPE",
        "Kolochá": "LOC",
        "Vienna": "GPE",
        "Stone Bridge": "FAC",
    }


def test_a_name_whose_crossing_the_text_writes_of_is_a_river() -> None:
    # "the crossing of the Berëzina": a river is crossed whether a verb or a noun says it;
    # "the crossing of the Directory" is no sentence anyone writes of a body.
    text = (
        "The army fell back to the [Berëzina]{ORG}. The crossing of the [Berëzina]{ORG} "
        "was a disaster, and after the [Berëzina]{ORG} the army was gone. The "
        "[Directory]{ORG} said nothing."
    )
    assert kinds(text) == {"Berëzina": "LOC", "Directory": "ORG"}


def test_a_body_listed_beside_countries_stays_a_body() -> None:
    # News lists bodies with countries ("Ukraine and Nato", "Britain and the IMF"): a list
    # is no evidence of a place, so a body one is "in" and writes "to" stays a body.
    text = (
        "Sweden wants a place in [Nato]{ORG}. [Ukraine]{GPE} and [Nato]{ORG} disagree. "
        "Finland sent a letter to [Nato]{ORG}. Members of [Nato]{ORG} met in "
        "[Brussels]{GPE}."
    )
    assert kinds(text) == {"Nato": "ORG", "Ukraine": "GPE", "Brussels": "GPE"}


def test_a_plural_place_that_acts_or_is_followed_by_who_is_people() -> None:
    # "the Alps rose", but one rides along them: a place's cue keeps the place.
    text = (
        "[Attila]{PERSON} and the [Huns]{LOC} came. Later they found the [Huns]{LOC} "
        "settled in it. The strangest were the [Slovaks]{LOC}, who were barbarian. We rode "
        "along the [Alps]{LOC}; the [Alps]{LOC} rose."
    )
    assert kinds(text) == {
        "Attila": "PERSON",
        "Huns": "PERSON",
        "Slovaks": "PERSON",
        "Alps": "LOC",
    }


def test_a_name_the_text_calls_a_town_or_a_province_of_once_is_a_place() -> None:
    # A short news story names a suburb once or twice: "Santa Tecla, a middle-class suburb
    # of San Salvador", "the province of La Libertad". A village girl is no village, and
    # somebody who speaks stays somebody.
    text = (
        "[Santa Tecla]{PERSON}, a middle-class suburb of [San Salvador]{GPE}, and the "
        "Pacific coast province of [La Libertad]{ORG} were badly hit. Survivors in [Santa "
        "Tecla]{PERSON} searched. [Mary]{PERSON}, a village girl, wept. [Hugh]{PERSON}, "
        "the town's mayor, said no."
    )
    assert kinds(text) == {
        "Santa Tecla": "GPE",
        "San Salvador": "GPE",
        "La Libertad": "GPE",
        "Mary": "PERSON",
        "Hugh": "PERSON",
    }


def test_a_person_whose_name_ends_in_a_regions_or_a_bodys_word_is_neither_person() -> None:
    # "Kwara State", "Rumuepirikom Kingdom": regions; "Rosales Hospital": a body. No
    # surname is "State", "Kingdom" or "Hospital"; "Ohio State", a body, keeps its kind.
    text = (
        "He voted in [Kwara State]{PERSON}. The [Rumuepirikom Kingdom]{PERSON} ward voted. "
        "She works at [Rosales Hospital]{PERSON}. [Ohio State]{ORG} won."
    )
    assert kinds(text) == {
        "Kwara State": "GPE",
        "Rumuepirikom Kingdom": "GPE",
        "Rosales Hospital": "ORG",
        "Ohio State": "ORG",
    }


def test_a_countrys_name_of_several_words_is_a_country_whatever_the_model_said() -> None:
    # "Papua New Guinea Prime Minister Peter O'Neill": the model read a person. A country of
    # one word keeps the model's kind: "Jordan", "Chad" and "Georgia" are names too.
    text = (
        "[Papua New Guinea]{PERSON} Prime Minister [Peter O'Neill]{PERSON} resigned. "
        "[Sri Lanka]{ORG} agreed. [Jordan]{PERSON} scored."
    )
    assert kinds(text) == {
        "Papua New Guinea": "GPE",
        "Peter O'Neill": "PERSON",
        "Sri Lanka": "GPE",
        "Jordan": "PERSON",
    }


def test_the_names_a_text_lists_after_counties_or_towns_including_are_places() -> None:
    # "a number of inland counties, including Baker, Bradford, Clay, Putnam and Union": the
    # model read a person, bodies and one glued body "Putnam and Union".
    text = (
        "The order covers coastal counties on the [East Coast]{LOC}, including "
        "[Nassau]{GPE}, [Duval]{GPE} and [Flagler]{ORG}, and inland counties, including "
        "[Baker]{PERSON}, [Bradford]{GPE}, [Clay]{ORG}, [Putnam and Union]{ORG}. Friends, "
        "including [Anne]{PERSON}, came."
    )
    assert kinds(text) == {
        "East Coast": "LOC",
        "Nassau": "GPE",
        "Duval": "GPE",
        "Flagler": "GPE",
        "Baker": "GPE",
        "Bradford": "GPE",
        "Clay": "GPE",
        "Putnam": "GPE",
        "Union": "GPE",
        "Anne": "PERSON",
    }
