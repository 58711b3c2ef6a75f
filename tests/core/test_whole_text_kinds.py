"""An actor's kind from all its mentions: the model's label on one sentence is not the last word.

Each text marks the model's spans as ``[Name]{LABEL}``, so one spelling can carry several
labels, as the model gives them sentence by sentence.
"""

from __future__ import annotations

import re

from reader.core.actors.grouping import group_mentions
from reader.core.language.detection import finalize_mentions

_MARK = re.compile(r"\[([^\]]+)\]\{([A-Z_]+)\}")


def kinds(marked: str) -> dict[str, str]:
    """Each actor's name and label, for a text whose model spans are marked."""
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    length = last = 0
    for found in _MARK.finditer(marked):
        parts.append(marked[last : found.start()])
        length += found.start() - last
        spans.append((length, length + len(found.group(1)), found.group(2)))
        parts.append(found.group(1))
        length += len(found.group(1))
        last = found.end()
    parts.append(marked[last:])
    text = "".join(parts)
    actors = group_mentions(text, finalize_mentions(text, spans))
    return {a.name: a.label for a in actors}


def test_a_title_on_some_mentions_makes_every_mention_of_the_name_a_person() -> None:
    # The model calls the plain "Toller" a body and only the "Mrs." ones persons.
    text = (
        "[Toller]{ORG}, for that is his name, is a rough man. Both [Toller]{ORG} and his "
        "wife work there. Is [Toller]{ORG} still drunk? There only remains Mrs. "
        "[Toller]{PERSON}, who might give the alarm. “Mrs. [Toller]{PERSON}!” cried Alice."
        " Now for Mr. [Breckinridge]{ORG}, the salesman. [Breckinridge]{ORG} is his name."
    )
    got = kinds(text)
    assert got["Toller"] == "PERSON"
    assert got["Breckinridge"] == "PERSON"


def test_a_name_ending_in_a_building_or_a_way_is_a_place_whatever_the_model_said() -> None:
    # "Alpha" alone is the inn too; "the Supreme Court" stays a body, "Lois Lane" a person.
    text = (
        "We went to the [Alpha]{PERSON}. The landlord of the [Alpha]{PERSON} came. "
        "Geese went to the [Alpha]{PERSON}. We were at the [Alpha Inn]{FAC}, a public-house. "
        "We walked down [Tottenham Court Road]{ORG} to the [Church of St. Monica]{ORG}. "
        "The [Shevárdino Redoubt]{PERSON} fell. Ney held the [Shevárdino Redoubt]{PERSON}. "
        "The [Supreme Court]{ORG} ruled. "
        "[Lois Lane]{PERSON} said no, and [Lois Lane]{PERSON} smiled."
    )
    got = kinds(text)
    assert got["Alpha Inn"] == "FAC"
    assert got.get("Alpha", "FAC") == "FAC"
    assert got["Tottenham Court Road"] == "FAC"
    assert got["Church of St. Monica"] == "FAC"
    assert got["Shevárdino Redoubt"] == "FAC"
    assert got["Supreme Court"] == "ORG"
    assert got["Lois Lane"] == "PERSON"


def test_a_product_or_a_person_the_text_only_goes_to_and_lives_in_is_a_place() -> None:
    text = (
        "The house stands near [Winchester]{PRODUCT}. I will meet you at "
        "[Winchester]{PRODUCT}. She went to [Winchester]{PRODUCT}. We drove over an angle "
        "of [Surrey]{PERSON} and through the streets of the [Surrey]{PERSON} side, on the "
        "border of [Surrey]{PERSON}. I am Dr. [Roylott]{PERSON}, of [Stoke Moran]{PERSON}. "
        "We came to [Stoke Moran]{PERSON}. She lived at [Stoke Moran]{PERSON}. "
        "I wrote to [Natásha]{PERSON}. I went to [Natásha]{PERSON}, and "
        "[Natásha]{PERSON} smiled at me."
    )
    got = kinds(text)
    assert got["Winchester"] == "GPE"
    assert got["Surrey"] == "GPE"
    assert got["Stoke Moran"] == "GPE"
    assert got["Natásha"] == "PERSON"


def test_a_county_in_shire_and_a_kin_word_used_as_a_name_keep_their_kinds() -> None:
    text = (
        "He lives in [Hampshire]{PERSON}. After we passed the [Hampshire]{PERSON} border he "
        "slept. [Pa]{GPE} was working a claim. The richer [Pa]{GPE} grew, the poorer was "
        "Frank. I went back to [Pa]{GPE}."
    )
    got = kinds(text)
    assert got["Hampshire"] == "GPE"
    assert got["Pa"] == "PERSON"


def test_kin_pity_orders_and_a_life_are_said_only_of_people() -> None:
    text = (
        "Isabella was the oldest daughter of [Agnes]{LOC}. [Agnes]{LOC} and her daughters "
        "were sold. Ask Edith to tell [Newton]{GPE} to bring her shawls. They would not "
        "write to poor [Giotto]{GPE}. [Paris]{GPE} was born in Switzerland, and "
        "[Paris]{GPE}'s father died. We lived in [London]{GPE}, and [London]{GPE} was "
        "born again after the fire."
    )
    got = kinds(text)
    assert got["Agnes"] == "PERSON"
    assert got["Paris"] == "PERSON"
    assert got["London"] == "GPE"


def test_a_river_the_text_is_on_the_banks_of_and_a_town_named_as_a_modifier_are_places() -> None:
    text = (
        "We crossed to the left bank of the [Danube]{PERSON}. The sun shone upon the "
        "[Danube]{PERSON}. They retreated along the [Danube]{PERSON}. The lines of the "
        "[Kiev]{ORG} grenadiers held, and the [Kiev]{ORG} regiment stood. When he reached "
        "[Kiev]{PERSON} he wrote. “To [Kiev]{PERSON}?” he asked. I was in [Kiev]{GPE}. "
        "Letters came to [Kiev Pierre]{PERSON} from home."
    )
    got = kinds(text)
    assert got["Danube"] == "LOC"  # a place, and a river: a location, not a town
    assert got["Kiev"] == "GPE"


def test_one_cue_is_enough_for_a_name_never_put_in_at_or_to() -> None:
    text = (
        "They went to [Iogel]{GPE}’s balls. Come to [Iogel]{ORG}’s! “Oh no!” said [Iogel]{GPE}. "
        "Nicholas could not refuse [Iogel]{GPE}, and [Iogel]{GPE} flew across the hall. "
        "Rudolf went back to [Ruritania]{GPE}, married a wife. I would visit "
        "[Ruritania]{GPE}. What is there between [Ruritania]{GPE} and England?"
    )
    got = kinds(text)
    assert got["Iogel"] == "PERSON"
    assert got["Ruritania"] == "GPE"


def test_a_body_the_text_is_in_and_takes_the_road_to_is_a_place_a_company_is_not() -> None:
    text = (
        "They made a dash for the [Kalúga]{ORG} road. He moved to the [Kalúga]{ORG} road. "
        "The army rested in [Kalúga]{ORG}. It stood near [Kalúga]{ORG}. She works at "
        "[Google]{ORG}. A letter came from [Google]{ORG}. He went to [Google]{ORG}, and "
        "[Google]{ORG} said no. This is Mr. [Lestrade]{PERSON}, of [Scotland Yard]{ORG}. "
        "He was at [Scotland Yard]{ORG}. We drove to [Scotland Yard]{ORG}."
    )
    got = kinds(text)
    assert got["Kalúga"] == "GPE"
    assert got["Google"] == "ORG"
    assert got["Scotland Yard"] == "ORG"


def test_a_full_name_ending_in_a_titled_persons_name_is_that_person() -> None:
    text = (
        "I fear that [Neville St. Clair]{ORG} has entered it. Suppose Boone had thrust "
        "[Neville St. Clair]{ORG} through the window. That is Mr. [St. Clair]{PERSON}’s "
        "house. Mr. [St. Clair]{PERSON} went to town. Mr. [Washington]{PERSON} came; the "
        "troops held [Fort Washington]{ORG} and lost [Fort Washington]{ORG}."
    )
    got = kinds(text)
    assert got["Neville St. Clair"] == "PERSON"
    cross = (
        "Mr. [George]{PERSON} came. The [Cross of St. George]{ORG}, the [Cross of St. George]{ORG}."
    )
    assert kinds(cross)["Cross of St. George"] == "ORG"
    assert got["Fort Washington"] == "FAC"  # a fort, no man


def test_a_word_for_one_of_a_group_is_no_persons_name_however_it_shouts() -> None:
    text = (
        "A [Cossack]{ORG} rode up. The [Cossack]{PERSON} shouted. The [Cossack]{ORG} smiled. "
        "A [Cossack]{ORG} laughed. The [Cossacks]{WORK_OF_ART} sighed. Pierre met the "
        "[Mason]{PERSON}. The [Mason]{PERSON} smiled. Every [Mason]{PERSON} knows it. He "
        "was a [Mason]{PERSON}. The [Masons]{PERSON} met. We sailed on the "
        "[Fuwalda]{PERSON}. The [Fuwalda]{PERSON} sank. Aboard the [Fuwalda]{PERSON} all slept."
    )
    got = kinds(text)
    assert got["Cossack"] == "NORP"
    assert got["Cossacks"] == "NORP"
    assert got["Mason"] == "NORP"
    assert got["Fuwalda"] == "PERSON"


def test_what_the_text_calls_a_name_and_leaving_for_it_make_a_place_my_boy_a_person() -> None:
    text = (
        "It was dark when we got to [Bistritz]{ORG}, which is old. I found that "
        "[Bistritz]{ORG}, the post town, was near. The road left [Bistritz]{ORG}. They "
        "stopped at [Chichester]{PERSON}. He set off for [Chichester]{PERSON}. They took "
        "leave of [Chichester]{PERSON}. The worst was the loss of my boy, "
        "[Harvey]{GPE}. I think [Harvey]{GPE} still lives. It all goes to [Harvey]{GPE}."
    )
    got = kinds(text)
    assert got["Bistritz"] == "GPE"
    assert got["Chichester"] == "GPE"
    assert got["Harvey"] == "PERSON"


def test_mount_lake_and_point_name_land_whatever_the_model_said() -> None:
    text = (
        "We saw [Mt Kenia]{ORG} at dawn. The snows of [Mt Kenia]{ORG} shone. They lived in "
        "[Hell Row]{ORG}, and [Hell Row]{ORG} was dark. We sailed past [Emu Point]{ORG}."
    )
    got = kinds(text)
    assert got["Mt Kenia"] == "LOC"
    assert got["Hell Row"] == "FAC"
    assert got["Emu Point"] == "LOC"


def test_a_title_a_name_and_a_rulers_number_name_a_person() -> None:
    # "the official representative of Queen Elizabeth II": the model read a body.
    text = (
        "He visits the governor-general, the representative of [Queen Elizabeth II]{ORG}. "
        "[Pope John Paul II]{ORG} came. [World War II]{EVENT} ended."
    )
    assert kinds(text) == {
        "Elizabeth II": "PERSON",
        "John Paul II": "PERSON",
        "World War II": "EVENT",
    }


def test_a_name_whose_division_or_corps_the_text_sends_is_its_commander() -> None:
    # A division is a general's: "Morand’s division", "the divisions of Morand and Gérard".
    # A body's division keeps the body ("the Ministry’s press division" has a noun between).
    text = (
        "The sharpshooters of [Morand]{GPE}’s division came up, as far as [Morand]{GPE}’s "
        "and [Gérard]{PERSON}’s divisions. The divisions of [Morand]{GPE} and [Gérard]{PERSON} "
        "halted. Send [Claparède]{PRODUCT}’s division! He rode to [Claparède]{PRODUCT}’s "
        "division. "
        "The [Ministry]{ORG}’s press division said so; the [Ministry]{ORG} agreed."
    )
    assert kinds(text) == {
        "Morand": "PERSON",
        "Gérard": "PERSON",
        "Claparède": "PERSON",
        "Ministry": "ORG",
    }


def test_a_compound_rank_before_a_name_makes_a_person_who_keeps_his_surname() -> None:
    # "Field Marshal", "Lieutenant General": two words of rank, which the model reads as a
    # body's name when a title follows ("Field Marshal Prince Saltykóv").
    text = (
        "He wrote a rescript to [Field Marshal Prince Saltykóv]{ORG}, in which he "
        "insisted. A committee of [Field Marshal Saltykóv]{ORG}, [Arakchéev]{PERSON} and "
        "[Kochubéy]{PERSON} met. He put it in the rescript to [Saltykóv]{ORG} and left. "
        "[Lieutenant General Uvárov]{ORG} came."
    )
    found = kinds(text)
    assert [label for name, label in found.items() if "Saltykóv" in name] == ["PERSON"]
    assert {name: label for name, label in found.items() if "Saltykóv" not in name} == {
        "Arakchéev": "PERSON",
        "Kochubéy": "PERSON",
        "Uvárov": "PERSON",
    }
