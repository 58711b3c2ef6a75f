"""A doctor's or a clergyman's title and "Mrs." of one surname name husband and wife.

"Dr Proudie" and "Mrs Proudie" are the bishop and his wife, as "Captain Eldridge" and
"Miss Eldridge" are two people: in a story "Dr", "Bishop" or "Reverend" before a surname
is the man of the family, and a "Mrs." of that name is another person.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_dr_and_mrs_of_one_surname_are_two_people() -> None:
    text = (
        "Dr Proudie took his seat. Mrs Proudie was pleased. The bishop bowed to Mrs Proudie. "
        "Mrs Proudie might be said to bloom."
    )
    got = table(actors_of(text, ("PERSON", "Proudie")))
    assert got == {
        ("Dr Proudie", "PERSON", ("Proudie",)),
        ("Mrs Proudie", "PERSON", ("Proudie", "Proudie", "Proudie")),
    }


def test_a_bishop_and_a_miss_of_one_surname_are_two_people() -> None:
    text = "Bishop Colenso spoke first. Then Miss Colenso sang. Bishop Colenso smiled."
    got = {name for name, _, _ in table(actors_of(text, ("PERSON", "Colenso")))}
    assert len(got) == 2
