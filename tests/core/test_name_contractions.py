"""A name with a spoken "'ll" or "'d" glued on is the name: "Pete'll come" is Pete."""

from __future__ import annotations

from tests.core.ruler_actors import actors_of, check_offsets, table


def test_will_glued_to_a_name_is_cut_off_and_the_name_joins_its_actor() -> None:
    text = (
        "Pete came down to the creek. Pete drank. "
        '"If ye hev ter come, Pete\'ll hev ter come too," said she. Pete laughed.'
    )
    actors = actors_of(text, ("PERSON", "Pete"), ("NORP", "Pete'll"))
    check_offsets(text, actors)
    assert table(actors) == {("Pete", "PERSON", ("Pete", "Pete", "Pete", "Pete"))}


def test_would_glued_to_a_name_is_cut_off_too() -> None:
    text = "Tom went out. \u201cTom\u2019d never do that,\u201d she said. Tom came back."
    actors = actors_of(text, ("PERSON", "Tom"), ("PERSON", "Tom\u2019d"))
    assert table(actors) == {("Tom", "PERSON", ("Tom", "Tom", "Tom"))}
