"""Sports clubs: "FC" belongs to the name, and a club's last word makes it a body.

Each text marks the model's spans as ``[Name]{LABEL}`` (see ``test_whole_text_kinds``).
"""

from __future__ import annotations

from tests.core.ruler_actors import actors_of, table
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
        "Inverness Caledonian Thistle gained a 4-2 win. Meanwhile Doncaster Rovers lost. West "
        "Ham United drew. "
        "The [United States]{GPE} and "
        "[Mexico City]{GPE} agreed. United we stand."
    )
    assert kinds(text) == {
        "Manchester United": "ORG",
        "Newcastle United": "ORG",
        "Ayr United": "ORG",
        "Dryburgh Athletic": "ORG",
        "Blackburn Rovers": "ORG",
        "Inverness Caledonian Thistle": "ORG",
        "Doncaster Rovers": "ORG",
        "West Ham United": "ORG",
        "United States": "GPE",
        "Mexico City": "GPE",
    }


def test_a_side_named_beside_a_score_is_a_club_unless_it_is_only_ever_a_persons_name() -> None:
    # "a 5-0 win over Maharlika Manila", "Bengaluru FC beat Kerala Blasters 4-2": sides of a
    # match. A snooker player beaten "10-4" is called a person by the model and keeps it,
    # and a country stays a country.
    text = (
        "Champions [United City]{GPE} laid down a marker with a 5-0 win over [Maharlika "
        "Manila]{PERSON} in [Manila]{GPE}. [Maharlika Manila]{PERSON} takes on [Stallion "
        "Laguna]{FAC} next. [Edinburgh Caledonia]{PERSON} secured a 4-1 win over [Grampian "
        "Ladies]{WORK_OF_ART}. [Bengaluru FC]{ORG} beat [Kerala Blasters]{GPE} 4-2. "
        "[Ronnie Higgins]{PERSON} beat [John Selby]{PERSON} 10-4 in the final. "
        "[France]{GPE} beat [Germany]{GPE} 2-1."
    )
    assert kinds(text) == {
        "United City": "GPE",
        "Maharlika Manila": "ORG",
        "Manila": "GPE",
        "Stallion Laguna": "FAC",
        "Edinburgh Caledonia": "PERSON",
        "Grampian Ladies": "ORG",
        "Bengaluru FC": "ORG",
        "Kerala Blasters": "ORG",
        "Ronnie Higgins": "PERSON",
        "John Selby": "PERSON",
        "France": "GPE",
        "Germany": "GPE",
    }


def test_a_clubs_last_word_alone_is_the_one_club_it_ends() -> None:
    # "City" is Manchester City when the text names no other "... City"; "the City" (of
    # London) and a second such name ("Leicester City") leave it alone.
    text = (
        "Sterling put Manchester City on course. City dominated, and City won. Dinamo Zagreb lost."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Sterling"),
            ("GPE", "Manchester City"),
            ("GPE", "City"),
            ("ORG", "Dinamo Zagreb"),
        )
    )
    assert ("Manchester City", "GPE", ("Manchester City", "City", "City")) in got
    text = "Manchester City and Leicester City met. City won. Bankers in the City cheered."
    got = table(
        actors_of(text, ("ORG", "Manchester City"), ("ORG", "Leicester City"), ("GPE", "City"))
    )
    assert ("City", "GPE", ("City", "City")) in got


def test_a_score_glued_after_a_name_is_no_part_of_it() -> None:
    # "Djokovic defeated Nadal 6-4 6-1 1-6 6-3": the model took the sets into the name.
    text = "Rafael Nadal lost. Djokovic defeated Nadal 6-4 6-1 1-6 6-3 at Wimbledon."
    got = table(
        actors_of(
            text,
            ("PERSON", "Rafael Nadal"),
            ("PERSON", "Djokovic"),
            ("PRODUCT", "Nadal 6-4 6-1 1-6"),
            ("EVENT", "Wimbledon"),
        )
    )
    assert ("Rafael Nadal", "PERSON", ("Rafael Nadal", "Nadal")) in got
