"""Sports clubs: "FC" belongs to the name, and a club's last word makes it a body.

Each text marks the model's spans as ``[Name]{LABEL}`` (see ``test_whole_text_kinds``).
"""

from __future__ import annotations

from tests.core.test_whole_text_kinds import kinds


def test_fc_before_or_after_a_name_is_part_of_it_and_makes_it_a_club() -> None:
    # The model cuts "FC" off ("Bengaluru"), calls "Odisha FC" a person and misses the
    # name after "FC" altogether when it read the place alone.
    text = (
        "[Bengaluru]{NORP} FC beat [Kerala Blasters]{ORG}. [Odisha FC]{PERSON} and "
        "[Bengaluru]{GPE} FC are also interested. He lives in [Edinburgh]{GPE}, and "
        "FC [Edinburgh]{PERSON} face a trip. He was born in [Goa]{GPE}, and FC "
        "Goa put up a brave show. [Bengaluru]{GPE} is a city."
    )
    assert kinds(text) == {
        "Bengaluru FC": "ORG",
        "Kerala Blasters": "ORG",
        "Odisha FC": "ORG",
        "Edinburgh": "GPE",
        "FC Edinburgh": "ORG",
        "Goa": "GPE",
        "FC Goa": "ORG",
        "Bengaluru": "GPE",
    }


def test_a_name_ending_in_a_clubs_word_is_a_body_whatever_the_model_said() -> None:
    # "United", "Athletic", "Rovers", "Wanderers", "Thistle" and "Rangers" end clubs'
    # names; "United" opening a name ("United States") or alone changes nothing, and
    # "Mexico City" is a city: "City" ends towns' names as often as clubs'.
    text = (
        "He joined [Manchester United]{PERSON} from [Newcastle United]{GPE}. [Ayr "
        "United]{GPE} lost to [Dryburgh Athletic]{ORG} and [Blackburn Rovers]{PERSON}. "
        "Inverness Caledonian Thistle gained a 4-2 win. The [United States]{GPE} and "
        "[Mexico City]{GPE} agreed. United we stand."
    )
    assert kinds(text) == {
        "Manchester United": "ORG",
        "Newcastle United": "ORG",
        "Ayr United": "ORG",
        "Dryburgh Athletic": "ORG",
        "Blackburn Rovers": "ORG",
        "Inverness Caledonian Thistle": "ORG",
        "United States": "GPE",
        "Mexico City": "GPE",
    }
