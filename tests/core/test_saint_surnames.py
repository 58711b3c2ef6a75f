"""A man called "Mr. Neville St. Clair" and "Neville St. Clair" is one person, not a body."""

from __future__ import annotations

import pytest

from reader.core.actors.grouping import group_mentions
from reader.core.language.detection import finalize_mentions, find_spans, text_blocks

pytest.importorskip("spacy")

from tests.core.ruler_actors import ruler, table

TEXT = (
    "I fear that Neville St. Clair has gone. Last Monday Mr. Neville St. Clair went to town. "
    "Mrs. St. Clair came after him. The clothes of Mr. Neville St. Clair were found. "
    "It was Neville St. Clair's coat. Boone had thrust Neville St. Clair out. "
    "Mrs. St. Clair wept. Mr. St. Clair was never seen again."
)


def test_st_inside_a_name_is_part_of_the_surname_and_a_courtesy_title_makes_a_person() -> None:
    nlp = ruler(("ORG", "Neville St. Clair"), ("ORG", "St. Clair"))
    # The model calls the man a body when no title stands before his name.
    raw = [
        (s, e, "PERSON" if TEXT[s - 4 : s] == "Mr. " else label)
        for s, e, label in find_spans(text_blocks(TEXT), nlp)
    ]
    got = table(group_mentions(TEXT, finalize_mentions(TEXT, raw)))
    assert got == {
        ("Neville St. Clair", "PERSON", ("Neville St. Clair",) * 5 + ("St. Clair",)),
        ("Mrs. St. Clair", "PERSON", ("St. Clair", "St. Clair")),
    }
