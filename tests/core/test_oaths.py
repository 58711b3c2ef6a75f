"""An oath is no actor: "By Jove!" swears by nobody in the story.

"By" opening an utterance or a sentence, one name and "!" is an oath ("By Jove!", "By
George!"); so is it with a comma after a classic oath's name ("By Jove, sir"). "By
Napoleon's order" and "by Kutuzov, who" stay names.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.core.ruler_actors import actors_of, table


def test_a_name_sworn_by_is_no_actor() -> None:
    text = (
        '"By Jove!" said the mid, "you will catch it." Jones laughed. '
        '"By George, sir, he is right," said Jones. The order was signed by Kutuzov, '
        "who smiled. By Napoleon's order the army moved."
    )
    got = table(
        actors_of(
            text,
            ("PERSON", "Jove"),
            ("PERSON", "George"),
            ("PERSON", "Jones"),
            ("PERSON", "Kutuzov"),
            ("PERSON", "Napoleon"),
        )
    )
    assert {name for name, _, _ in got} == {"Jones", "Kutuzov", "Napoleon"}
