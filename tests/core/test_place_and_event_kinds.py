"""Kinds no single sentence gives: events by their head word, places a people's label hides.

Each text marks the model's spans as ``[Name]{LABEL}`` (see ``test_whole_text_kinds``).
"""

from __future__ import annotations

from tests.core.test_whole_text_kinds import kinds


def test_a_revolution_a_war_and_a_battle_are_events_whatever_the_model_said() -> None:
    # "the Minister of War" keeps its body: "War" there is not the head of the name.
    text = (
        "He spoke of the [French Revolution]{FAC}. The [Revolution]{FAC} was over; the "
        "[Revolution]{ORG} had failed. [Star Wars]{PRODUCT} toys were sold. "
        "After the [Seven Years War]{ORG} and the [Battle of Austerlitz]{FAC}, the "
        "[Minister of War]{ORG} resigned, and the [Minister of War]{ORG} left for [Paris]{GPE}."
    )
    assert kinds(text) == {
        "French Revolution": "EVENT",
        "Minister of War": "ORG",
        "Seven Years War": "EVENT",
        "Battle of Austerlitz": "EVENT",
        "Paris": "GPE",
        "Star Wars": "PRODUCT",
    }
