"""A "person" whose name ends in a building's word is that building when the text names it so.

"The bell upon Tunstall Moat House" beside "the Moat House": the text puts "the" before
the name without its first word, as before a house, so the full name is the house's (and
one actor with it), whatever person the model read in it. "Tom Hall" stays a man: no
"the Hall" follows.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_persons_name_whose_tail_the_text_puts_after_the_is_a_building() -> None:
    text = (
        "The bell upon Tunstall Moat House was heard. Dick came to the Moat House. "
        "The Moat House stood near the road. Tom Hall smiled at Dick."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Tunstall Moat House"),
            ("ORG", "Moat House"),
            ("PERSON", "Tom Hall"),
            ("PERSON", "Dick"),
        )
    )
    # The house keeps the label most of its mentions have (the model's "Moat House" ORG).
    assert {(name, mentions) for name, _, mentions in got} == {
        ("Tunstall Moat House", ("Tunstall Moat House", "Moat House", "Moat House")),
        ("Tom Hall", ("Tom Hall",)),
        ("Dick", ("Dick", "Dick")),
    }
    assert ("Tom Hall", "PERSON", ("Tom Hall",)) in got
