"""A capitalised English word is a name where only a name fits: "the town of Deal"."""

from __future__ import annotations

from tests.core.ruler_actors import actors_of, table


def test_a_word_after_the_town_of_or_before_who_is_a_name() -> None:
    text = (
        "The sight of that quiet little town of Deal went right to my heart. "
        "Dick worked with his brother, not to mention Starlight (who paid his debts), "
        "at the diggings."
    )
    actors = actors_of(text, ("PERSON", "Dick"))
    assert {(name, label) for name, label, _ in table(actors)} == {
        ("Dick", "PERSON"),
        ("Deal", "GPE"),
        ("Starlight", "PERSON"),
    }


def test_a_capitalised_word_the_text_writes_in_lower_case_too_stays_a_word() -> None:
    text = (
        "He thought a great deal of the town of Deal. Hope, who never failed him, "
        "was all he had; and hope is a fine thing."
    )
    actors = actors_of(text)
    names = {name for name, _, _ in table(actors)}
    assert "Deal" not in names
    assert "Hope" not in names


def test_a_word_after_the_before_who_is_no_persons_name() -> None:
    text = "He was the invisible police officer of the Fates, who has the constant surveillance."
    assert actors_of(text) == ()
