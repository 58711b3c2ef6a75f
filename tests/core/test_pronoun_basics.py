"""Pronouns and descriptions link to the one actor the text makes plain, and only on request."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from reader.core.actors.coreference import infer_mentions
from reader.core.documents.loading import article_from_text
from reader.core.language.detection import analyze
from reader.core.run import build_analysis
from reader.core.text.mentions import Actor, Mention
from tests.core.ruler_actors import actors_of, check_offsets, ruler


def inferred(actors: tuple[Actor, ...]) -> dict[str, list[str]]:
    return {
        a.name: [m.text for m in a.mentions if m.inferred]
        for a in actors
        if any(m.inferred for m in a.mentions)
    }


def test_he_goes_to_the_one_man_named_before() -> None:
    text = "Jon Huntsman arrived in Moscow. He said his post was hard."
    actors = infer_mentions(text, actors_of(text, ("PERSON", "Jon Huntsman"), ("GPE", "Moscow")))
    assert inferred(actors) == {"Jon Huntsman": ["He", "his"]}
    assert all(m.inferred for m in actors[0].mentions if m.text in ("He", "his"))
    check_offsets(text, actors)


def test_gender_from_titles_picks_between_two_people() -> None:
    text = "Mrs. Ann Smith met Mr. Bob Jones. Later she left and he stayed."
    actors = infer_mentions(text, actors_of(text, ("PERSON", "Ann Smith"), ("PERSON", "Bob Jones")))
    assert inferred(actors) == {"Ann Smith": ["she"], "Bob Jones": ["he"]}


def test_a_name_speaking_of_itself_as_she_is_a_person_for_pronouns() -> None:
    text = "Valeska Paris left the ship. Paris claims that she was kept there. Her mother agreed."
    actors = infer_mentions(text, actors_of(text, ("GPE", "Valeska Paris"), ("GPE", "Paris")))
    assert sum(len(v) for v in inferred(actors).values()) == 2


def test_pronouns_inside_quotes_and_it_are_left_alone() -> None:
    text = 'Jon Huntsman spoke. "He is wrong," a man said. It was cold.'
    actors = infer_mentions(text, actors_of(text, ("PERSON", "Jon Huntsman")))
    assert inferred(actors) == {}


def test_descriptions_go_to_the_actor_they_name_or_title() -> None:
    text = (
        "Afghan Ambassador Hamdullah Mohib spoke. The Church of Scientology denied it. "
        "The ambassador said the church had lied."
    )
    patterns = [("PERSON", "Hamdullah Mohib"), ("ORG", "Church of Scientology"), ("NORP", "Afghan")]
    actors = infer_mentions(text, actors_of(text, *patterns))
    assert inferred(actors) == {
        "Hamdullah Mohib": ["The ambassador"],
        "Church of Scientology": ["the church"],
    }


def test_the_country_needs_exactly_one_country_nearby() -> None:
    one = "Officials in Kenya spoke. The country is calm."
    two = "Officials in Kenya and Uganda spoke. The country is calm."
    assert inferred(infer_mentions(one, actors_of(one, ("GPE", "Kenya")))) == {
        "Kenya": ["The country"]
    }
    assert inferred(infer_mentions(two, actors_of(two, ("GPE", "Kenya"), ("GPE", "Uganda")))) == {}


def test_build_analysis_adds_inferred_mentions_only_on_request() -> None:
    text = "Jon Huntsman arrived in Moscow. He said his post was hard."
    article = article_from_text(text)
    mentions = analyze(text, ruler(("PERSON", "Jon Huntsman"), ("GPE", "Moscow")))
    plain = build_analysis(article, mentions, "test", 0.0)
    assert not any(m.inferred for a in plain.actors for m in a.mentions)
    with_links = build_analysis(article, mentions, "test", 0.0, infer=True)
    assert [m.text for a in with_links.actors for m in a.mentions if m.inferred] == ["He", "his"]
    assert all(isinstance(m, Mention) for a in with_links.actors for m in a.mentions)
