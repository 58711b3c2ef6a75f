"""A run of capitalised words the model missed, opening with a person's first name, is a person."""

from __future__ import annotations

from tests.core.ruler_actors import actors_of, table
from tests.core.test_whole_text_kinds import kinds


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


def test_a_missed_run_after_a_peoples_word_or_ending_in_a_dock_is_no_person() -> None:
    # "Russian" is a people's word even where the model once calls it a person alone, and
    # "Albert Dock" is a dock, whoever Albert was.
    text = (
        "“[Russian]{PERSON}!” cried the sentry. The [Russian]{NORP} army came. He spoke of "
        "the Russian Note, hostile to [Napoleon]{PERSON}. I went down to the Albert Dock and "
        "found the ship."
    )
    found = kinds(text)
    assert found.get("Russian Note") != "PERSON"
    assert found.get("Albert Dock") != "PERSON"


def test_a_given_name_before_a_word_the_text_writes_in_lower_case_is_no_person() -> None:
    text = "The ship lay at the Albert Dock all week, and the dock was crowded."
    actors = actors_of(text)
    assert {(name, label) for name, label, _ in table(actors)} != {("Albert Dock", "PERSON")}
    assert "PERSON" not in {label for _, label, _ in table(actors)}
