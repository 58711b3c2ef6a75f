"""Old abbreviations of courtesy titles ("Mdlle. Jeannette") are titles, not names."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_mdlle_is_a_title_before_the_name() -> None:
    text = (
        "Adele replied to her, ‘Bonsoir, ma chere Mdlle. Jeannette,’ with a kiss. Jeannette smiled."
    )
    got = table(actors_of(text, ("PERSON", "Adele"), ("PERSON", "Mdlle"), ("PERSON", "Jeannette")))
    assert {(name, label) for name, label, _ in got} == {
        ("Adele", "PERSON"),
        ("Jeannette", "PERSON"),
    }
