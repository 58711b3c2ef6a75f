"""A name the text always writes after "the" and goes along or onto is a place ("the Thames")."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_name_always_after_the_and_once_on_the_map_is_a_place() -> None:
    # The model calls a river a person; "down the Thames", "on the Thames" only go to places.
    text = "They sailed down the Thames. On the Thames the fog was thick. The Thames rose."
    assert table(actors_of(text, ("PERSON", "Thames"))) == {
        ("Thames", "LOC", ("Thames", "Thames", "Thames"))
    }


def test_a_person_the_text_names_with_the_stays_a_person() -> None:
    # "the Rhetor" is a man of the lodge: nobody goes "on" or "along" him.
    text = "The Rhetor came in. He looked at the Rhetor, who smiled. Then the Rhetor left."
    assert table(actors_of(text, ("PERSON", "Rhetor"))) == {
        ("Rhetor", "PERSON", ("Rhetor", "Rhetor", "Rhetor"))
    }


def test_a_family_in_the_plural_stays_people() -> None:
    text = "We had known the Ashburnhams for years. We dined with the Ashburnhams in Nauheim."
    assert table(actors_of(text, ("PERSON", "Ashburnhams"), ("GPE", "Nauheim"))) == {
        ("Ashburnhams", "PERSON", ("Ashburnhams", "Ashburnhams")),
        ("Nauheim", "GPE", ("Nauheim",)),
    }
