"""The word "Premier" is a title, not a name's first word: "Premier Annastacia Palaszczuk".

Australian, Canadian and Chinese news put the head of a state's or a province's
government before the name as it puts "President" or "Governor"; the name is the
person's without it. "Premier League" is a body and keeps its word.
"""

from __future__ import annotations

from tests.core.ruler_actors import actors_of, table


def test_premier_is_no_part_of_the_name() -> None:
    text = (
        "Premier Annastacia Palaszczuk said the fire was contained. "
        "Ms Palaszczuk thanked the crews. The Premier League game went ahead."
    )
    actors = actors_of(
        text,
        ("PERSON", "Premier Annastacia Palaszczuk"),
        ("PERSON", "Palaszczuk"),
        ("ORG", "Premier League"),
    )
    names = {a.name: a.label for a in actors}
    assert names.get("Annastacia Palaszczuk") == "PERSON"
    assert ("Premier League", "ORG", ("Premier League",)) in table(actors)
