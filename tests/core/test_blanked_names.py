"""A name blanked after its first letters is whole with its dash: "Mr G—n", "Lady B——"."""

from __future__ import annotations

from tests.core.ruler_actors import actors_of, table


def test_a_name_the_model_cut_at_the_blank_grows_over_it() -> None:
    text = "Weel, Mr G\u2014n wus a son o' the minister. Whun Mr G\u2014n heard it, he wus gled."
    actors = actors_of(text, ("PERSON", "Mr G"))
    mentions = {m for _, _, ms in table(actors) for m in ms}
    assert mentions == {"Mr G\u2014n"}


def test_a_blanked_name_the_model_missed_is_a_person() -> None:
    text = (
        "His brither W\u2014m, the Poet, wus minister there. It wus Colonel G\u2014n's "
        "faither yt put G\u2014e's brither in the jeyl. I\u2014I cannot say. Yes\u2014and no."
    )
    actors = actors_of(text)
    mentions = {m for _, _, ms in table(actors) for m in ms}
    assert mentions == {"W\u2014m", "Colonel G\u2014n", "G\u2014e"}
    assert {label for _, label, _ in table(actors)} == {"PERSON"}


def test_blanked_first_name_and_surname_are_one_name() -> None:
    text = "\u201cYou know N\u2014 N\u2014 received a snuffbox with the portrait,\u201d he said."
    actors = actors_of(text)
    assert table(actors) == {("N\u2014 N\u2014", "PERSON", ("N\u2014 N\u2014",))}
