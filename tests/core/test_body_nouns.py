"""A body's kind in lower case before a name ("news website Axios") makes the name a body.

Each text marks the model's spans as ``[Name]{LABEL}`` (see ``test_whole_text_kinds``).
"""

from __future__ import annotations

from tests.core.test_whole_text_kinds import kinds


def test_a_name_after_a_bodys_kind_is_a_body_unless_it_acts_as_a_person() -> None:
    # The model reads "Axios" and "Qantas" as people. "Jane", after "magazine", is the
    # magazine's editor only when the text makes her a person: "said Jane" twice here.
    text = (
        "News website [Axios]{PERSON} reported on Friday. The airline [Qantas]{PERSON} "
        "flew. The fashion magazine [Jane]{PERSON} closed. “No,” said [Jane]{PERSON}. "
        "“Yes,” said [Jane]{PERSON}, and [Jane]{PERSON} smiled."
    )
    assert kinds(text) == {"Axios": "ORG", "Qantas": "ORG", "Jane": "PERSON"}
