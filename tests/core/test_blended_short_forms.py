"""A short form made of the name's first syllables is defined like initials.

"The Philippine Institute of Volcanology and Seismology (Phivolcs) said": news in the
Philippines, Britain and Australia write such blends ("Ofsted", "Phivolcs") with a single
capital. Its letters come in order from the name, from more than one of its words, and it
is no word of English; "(Photo)" after a name is none.
"""

from __future__ import annotations

from tests.core.ruler_actors import actors_of


def test_blend_in_brackets_is_the_bodys_short_form() -> None:
    text = (
        "The Philippine Institute of Volcanology and Seismology (Phivolcs) said the quake "
        "was shallow. Phivolcs expects aftershocks."
    )
    actors = actors_of(text, ("ORG", "Philippine Institute of Volcanology and Seismology"))
    found = {a.name: {m.text for m in a.mentions} for a in actors}
    assert "Phivolcs" in found.get("Philippine Institute of Volcanology and Seismology", set())


def test_an_english_word_in_brackets_is_no_short_form() -> None:
    text = "The Philippine Red Cross (Photo) sent tents."
    actors = actors_of(text, ("ORG", "Philippine Red Cross"))
    assert "Photo" not in {m.text for a in actors for m in a.mentions}
