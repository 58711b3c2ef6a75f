"""A French title before a name particle makes a person's name, whatever the model said.

"M. de Rosny" (Monsieur) and "the Vicomte de Turenne" are men, not a body or a building:
"M." before "de" is no initial, and "Vicomte" is a rank as "Count" is. Only before a
particle: War and Peace's "the Vicomte" alone stays the Vicomte's name.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_monsieur_and_vicomte_before_a_particle_are_people() -> None:
    text = (
        "M. de Rosny came out. Then came the Vicomte de Turenne, smiling. "
        "I had hope left had I had Rosny left."
    )
    got = table(
        actors_of(
            text,
            ("ORG", "M. de Rosny"),
            ("ORG", "Rosny"),
            ("FAC", "Vicomte de Turenne"),
        )
    )
    assert got == {
        ("M. de Rosny", "PERSON", ("M. de Rosny", "Rosny")),
        ("Vicomte de Turenne", "PERSON", ("Vicomte de Turenne",)),
    }
