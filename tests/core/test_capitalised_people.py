"""A run of capitalised words the model missed, opening with a person's first name, is a person."""

from __future__ import annotations

from tests.core.ruler_actors import actors_of, table


def test_a_missed_run_opening_with_a_given_name_or_a_persons_name_is_a_person() -> None:
    text = (
        "Vander came down to the creek. \u201cEf hyar ain't Vander Price!\u201d she cried. "
        "Later that day the old woman told Peggy Baker about it, and Vander laughed."
    )
    actors = actors_of(text, ("PERSON", "Vander"))
    labels = {name: label for name, label, _ in table(actors)}
    assert labels.get("Peggy Baker") == "PERSON"
    assert all(label == "PERSON" for label in labels.values())
    assert "Vander Price" in {m for _, _, ms in table(actors) for m in ms}


def test_a_missed_run_after_an_everyday_word_keeps_its_guess() -> None:
    text = "They went down to the Turon Star office, where the editor of Agricultural Hall sat."
    actors = actors_of(text)
    labels = {name: label for name, label, _ in table(actors)}
    assert labels.get("Turon Star") != "PERSON"


def test_a_given_name_before_a_word_the_text_writes_in_lower_case_is_no_person() -> None:
    text = "The ship lay at the Albert Dock all week, and the dock was crowded."
    actors = actors_of(text)
    assert {(name, label) for name, label, _ in table(actors)} != {("Albert Dock", "PERSON")}
    assert "PERSON" not in {label for _, label, _ in table(actors)}
