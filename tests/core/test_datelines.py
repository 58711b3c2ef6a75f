"""A news dateline ("CHRISTCHURCH, New Zealand (AP) --") names the place the story is filed from.

Each text marks the model's spans as ``[Name]{LABEL}`` (see ``test_whole_text_kinds``).
"""

from __future__ import annotations

from tests.core.ruler_actors import actors_of, table
from tests.core.test_whole_text_kinds import kinds


def test_the_town_of_a_dateline_is_a_place_and_its_agency_a_body() -> None:
    # The model reads the town before an agency's bracket as a body; "AP" is the agency.
    text = (
        "Quake toll rises\n\n"
        "[CHRISTCHURCH]{ORG}, [New Zealand]{GPE} ([AP]{ORG}) -- Some screamed. "
        "[Christchurch]{ORG} lay in ruins.\n\n"
        "March 03, [Colombo]{ORG} ([LNW]{ORG}): The [National Shoora Council]{ORG} met.\n\n"
        "[Margao]{PERSON} ([Goa]{GPE}): [Bengaluru FC]{ORG} walked away with three points."
    )
    assert kinds(text) == {
        "Christchurch": "GPE",
        "New Zealand": "GPE",
        "AP": "ORG",
        "Colombo": "GPE",
        "LNW": "ORG",
        "National Shoora Council": "ORG",
        "Margao": "GPE",
        "Goa": "GPE",
        "Bengaluru FC": "ORG",
    }


def test_a_name_and_a_bracket_that_open_no_story_are_no_dateline() -> None:
    # A speaker's aside in a play (a bracket in lower case, or an English word), a name
    # mid-line: no dateline.
    text = (
        "[Hamlet]{PERSON} (aside): To be, or not to be.\n\n"
        "[Ophelia]{PERSON} (Weeping) -- My lord!\n\n"
        "He wrote to [Brown]{ORG} ([London]{GPE}): no answer came."
    )
    assert kinds(text) == {
        "Hamlet": "PERSON",
        "Ophelia": "PERSON",
        "Brown": "ORG",
        "London": "GPE",
    }


def test_a_name_glued_over_a_datelines_plain_dash_is_the_town_and_the_name_after_it() -> None:
    # Written with a plain hyphen, "TORONTO - Imperial Oil Ltd." reads to the model as one
    # name; the dateline's town is a place and the firm after the dash a body of its own.
    text = (
        "TORONTO - Imperial Oil Ltd.'s chief executive lauded the year.\n\n"
        "BERLIN - Germany's parties signed a deal.\n\nToronto was cold."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "TORONTO - Imperial Oil Ltd."),
            ("ORG", "BERLIN - Germany"),
            ("GPE", "Toronto"),
        )
    )
    assert got == {
        ("Toronto", "GPE", ("TORONTO", "Toronto")),
        ("Imperial Oil Ltd.", "ORG", ("Imperial Oil Ltd.",)),
        ("BERLIN", "GPE", ("BERLIN",)),
        ("Germany", "GPE", ("Germany",)),
    }
