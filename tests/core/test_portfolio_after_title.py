"""A portfolio between an office and its holder's name is no part of the name.

"Minister of Economy Luis Caputo" was handled; news also writes "his Minister of the
Environment Marina Silva" (with "the"), "President and Chief Executive Akio Toyoda" and
"Secretary Sports Punjab Muhammad Aamir Jan" (a title straight before the portfolio). The
model then glues the portfolio's last word to the name, and may call the whole a body.
"""

from __future__ import annotations

from tests.core.ruler_actors import actors_of


def test_portfolio_after_of_the_is_cut() -> None:
    text = (
        "The president, accompanied by his Minister of the Environment Marina Silva, "
        "spoke. The government will keep its priorities, Marina Silva told the press."
    )
    actors = actors_of(text, ("ORG", "Environment Marina Silva"), ("PERSON", "Marina Silva"))
    mentions = {m.text for a in actors for m in a.mentions}
    assert "Environment Marina Silva" not in mentions
    assert {a.name: a.label for a in actors}.get("Marina Silva") == "PERSON"


def test_portfolio_straight_after_a_title_is_cut() -> None:
    text = "Kobayashi, tapped by President and Chief Executive Akio Toyoda, spoke to reporters."
    actors = actors_of(text, ("PERSON", "Kobayashi"), ("PERSON", "Executive Akio Toyoda"))
    assert "Akio Toyoda" in {m.text for a in actors for m in a.mentions}


def test_a_body_after_a_title_keeps_its_words() -> None:
    text = "The Secretary General Electric Company said nothing."
    actors = actors_of(text, ("ORG", "General Electric Company"))
    assert "General Electric Company" in {m.text for a in actors for m in a.mentions}
