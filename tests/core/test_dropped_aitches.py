"""A speaker who drops his aitches names the same person: "Lady Arriett" is Lady Harriett.

Dialect in novels leaves the "h" off a name ("'Arriett", "Enry"): the h-less form, no
given name of its own, joins the one person whose name it is with the "h". "Anna" never
joins "Hanna": both are names.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_name_without_its_aitch_joins_the_one_name_with_it() -> None:
    text = (
        'Lady Harriett came in. "We must conform, Lady Arriett," said the old man. '
        'Lady Harriett smiled. "It\'s a duty, Lady Arriett." Anna met Hanna. Hanna left.'
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Harriett"),
            ("PERSON", "Arriett"),
            ("PERSON", "Anna"),
            ("PERSON", "Hanna"),
        )
    )
    names = {(name, len(mentions)) for name, _, mentions in got}
    assert names == {("Harriett", 4), ("Anna", 1), ("Hanna", 2)}
