"""An office after a place's name belongs to the holder named next, not to the place.

"a report by Cotabato Governor Emmylou Talino-Mendoza": the model takes "Cotabato
Governor" for a building; the governor is the woman and the place is Cotabato. Without
a name after it ("the Cotabato Governor said") the span is left as it is.
"""

from __future__ import annotations

from tests.core.ruler_actors import actors_of


def test_trailing_office_before_a_name_is_cut_from_the_place() -> None:
    text = (
        "Four others died, according to a report by Cotabato Governor Emmylou "
        "Talino-Mendoza. Rescuers reached Cotabato later."
    )
    actors = actors_of(
        text,
        ("FAC", "Cotabato Governor"),
        ("PERSON", "Emmylou Talino-Mendoza"),
        ("GPE", "Cotabato"),
    )
    mentions = {m.text for a in actors for m in a.mentions}
    assert "Cotabato Governor" not in mentions


def test_an_office_with_no_name_after_it_stays() -> None:
    text = "The Cotabato Governor said the roads were closed."
    actors = actors_of(text, ("ORG", "Cotabato Governor"))
    assert "Cotabato Governor" in {m.text for a in actors for m in a.mentions}


def test_a_compound_office_keeps_its_general() -> None:
    text = "He dispatched Adjutant General Wintzingerode to the front."
    actors = actors_of(text, ("ORG", "Adjutant General"), ("PERSON", "Wintzingerode"))
    assert "Adjutant" not in {m.text for a in actors for m in a.mentions}
