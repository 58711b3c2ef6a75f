"""Party names the model cuts or takes for a people or a person: "Liberal Democrats"."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_party_named_with_democrats_is_one_body_not_a_cut_people() -> None:
    # The small model reads "the Liberal Democrats" as the people "Democrats", splits "the
    # Liberal Democrat leader" into "Liberal" and "Democrat", and takes "Lib Dems" for a
    # person; each is the party, a body. A person's name glued after the short form keeps
    # its own mention. The singular and the short form are the same party.
    text = (
        "Lib Dems gain seat. Labour and the Liberal Democrats stood. Ed Davey, the "
        "Liberal Democrat leader, spoke. Lib Dem Richard Foord won. The Lib Dems cheered."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Lib Dems"),
            ("ORG", "Labour"),
            ("NORP", "Democrats"),
            ("PERSON", "Ed Davey"),
            ("ORG", "Liberal"),
            ("NORP", "Democrat"),
            ("PERSON", "Lib Dem Richard Foord"),
        )
    )
    names = {(name, label) for name, label, _ in got}
    assert {label for _, label, mentions in got if "Liberal Democrats" in mentions} == {"ORG"}
    assert ("Richard Foord", "PERSON") in names
    assert ("Liberal", "ORG") not in names
    assert ("Democrat", "NORP") not in names
    party = next(mentions for _, _, mentions in got if "Liberal Democrats" in mentions)
    assert sorted(party) == sorted(
        ["Lib Dems", "Liberal Democrats", "Liberal Democrat", "Lib Dem", "Lib Dems"]
    )


def test_a_party_word_glued_before_a_persons_name_is_no_part_of_it() -> None:
    # "Lib Dem Richard Foord won against Conservative Helen Hurford": the candidate is
    # Helen Hurford; "Conservative" is her party's adjective, no name of hers, and the
    # party's adjective alone elsewhere ("Conservative MP Neil Parish") is not her.
    text = (
        "Richard Foord won against Conservative Helen Hurford. The seat of Conservative "
        "MP Neil Parish fell. Republican John McCain spoke."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Richard Foord"),
            ("PERSON", "Conservative Helen Hurford"),
            ("PERSON", "Conservative"),
            ("PERSON", "Neil Parish"),
            ("PERSON", "Republican John McCain"),
        )
    )
    names = {name for name, _, _ in got}
    assert {"Helen Hurford", "John McCain", "Neil Parish"} <= names
    assert not {"Conservative Helen Hurford", "Republican John McCain"} & names
    assert ("Conservative", "PERSON") not in {(name, label) for name, label, _ in got}
