"""One man called by his surname, now and then by two full names, is one actor."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def _story(surname: str, first: str, second: str, together: bool) -> str:
    opening = (
        f"{first} {surname} came in. "
        + (f"{second} {surname} sat beside {first} {surname} at dinner. " if together else "")
        + f"Later {second} {surname} rode away. "
    )
    bare = " ".join(f"{surname} spoke of day {n}." for n in range(24))
    return opening + bare + f" Everyone knew {first} {surname}. Then {second} {surname} left."


def test_full_names_sharing_a_surname_mostly_used_alone_are_one_person() -> None:
    text = _story("Denísov", "Váska", "Vasíli", together=False)
    patterns = (("PERSON", "Váska Denísov"), ("PERSON", "Vasíli Denísov"), ("PERSON", "Denísov"))
    actors = actors_of(text, *patterns)
    # Named by the longer of its two full names, each used as often as the other.
    assert [(a.name, len(a.mentions)) for a in actors] == [("Vasíli Denísov", 28)]


def test_two_full_names_met_in_one_sentence_stay_two_people() -> None:
    text = _story("Dashwood", "Elinor", "Marianne", together=True)
    patterns = (
        ("PERSON", "Elinor Dashwood"),
        ("PERSON", "Marianne Dashwood"),
        ("PERSON", "Dashwood"),
    )
    names = {name for name, _, _ in table(actors_of(text, *patterns))}
    assert {"Elinor Dashwood", "Marianne Dashwood"} <= names


def test_a_first_name_or_a_family_known_by_first_names_is_not_merged() -> None:
    bare = " ".join(f"Rostóv rode on day {n}. Vasíli smiled on day {n}." for n in range(24))
    family = " ".join("Pétya laughed." for _ in range(30))
    text = (
        "Nicholas Rostóv came in. Later Pétya Rostóv ran out. Vasíli Kurágin bowed. "
        f"Vasíli Denísov shouted. {bare} {family}"
    )
    patterns = (
        ("PERSON", "Nicholas Rostóv"),
        ("PERSON", "Pétya Rostóv"),
        ("PERSON", "Vasíli Kurágin"),
        ("PERSON", "Vasíli Denísov"),
        ("PERSON", "Rostóv"),
        ("PERSON", "Vasíli"),
        ("PERSON", "Pétya"),
    )
    names = {name for name, _, _ in table(actors_of(text, *patterns))}
    # "Pétya" 30 times names him rather than the one "Pétya Rostóv".
    assert {"Nicholas Rostóv", "Pétya", "Vasíli Kurágin", "Vasíli Denísov"} <= names


def test_a_family_named_in_the_plural_keeps_its_members_apart() -> None:
    text = _story("McCarthy", "Charles", "James", together=False) + " The McCarthys were gone."
    patterns = (
        ("PERSON", "Charles McCarthy"),
        ("PERSON", "James McCarthy"),
        ("PERSON", "McCarthy"),
    )
    names = {name for name, _, _ in table(actors_of(text, *patterns))}
    assert {"Charles McCarthy", "James McCarthy"} <= names
