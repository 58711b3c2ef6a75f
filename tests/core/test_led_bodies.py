"""A person's name before "administration" or "presidency" names the leader: kept.

"officials from the Biden administration" speaks of the president's government, and the
annotator marks Biden in it; a make before its noun ("a Brown coupe") is still a kind.
"""

from __future__ import annotations

from tests.core.ruler_actors import actors_of


def test_name_before_administration_is_kept() -> None:
    text = "In Washington he met with officials from the Biden administration."
    actors = actors_of(text, ("GPE", "Washington"), ("PERSON", "Biden"))
    assert "Biden" in {a.name for a in actors}


def test_a_make_before_its_noun_is_still_dropped() -> None:
    text = "He drove a Brown coupe to the station."
    actors = actors_of(text, ("PERSON", "Brown"))
    assert "Brown" not in {a.name for a in actors}
