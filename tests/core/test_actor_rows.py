"""The actor list's rows without a window: filter, order, options and snippets."""

from __future__ import annotations

from reader.core.display.actor_rows import SORT_ORDERS, listed_rows, matches, snippet, strip
from reader.core.display.options import (
    HIDDEN_BY_DEFAULT,
    DisplayOptions,
    hidden_kinds_from_text,
    hidden_kinds_text,
)
from reader.core.display.summaries import status_summary
from reader.core.text.mentions import Actor, Mention

TEXT = "Anna met the Kremlin. She spoke to Boris in Moscow. Boris left. Anna stayed."


def mention(text: str, label: str, nth: int = 0, inferred: bool = False) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return Mention(start, start + len(text), text, label, inferred)


ANNA = Actor(
    "a1",
    "PERSON:anna",
    "Anna",
    "PERSON",
    (
        mention("Anna", "PERSON"),
        mention("She", "PERSON", inferred=True),
        mention("Anna", "PERSON", 1),
    ),
)
KREMLIN = Actor("a2", "ORG:kremlin", "Kremlin", "ORG", (mention("Kremlin", "ORG"),), edited=True)
BORIS = Actor(
    "a3",
    "PERSON:boris",
    "Boris",
    "PERSON",
    (mention("Boris", "PERSON"), mention("Boris", "PERSON", 1)),
)
MOSCOW = Actor("a4", "GPE:moscow", "Moscow", "GPE", (mention("Moscow", "GPE"),))
ALL = (ANNA, KREMLIN, BORIS, MOSCOW)
SHOW_ALL = DisplayOptions(show_inferred=False, hidden_kinds=frozenset())


def names(rows: list[tuple[Actor, tuple[Mention, ...]]]) -> list[str]:
    return [actor.name for actor, _ in rows]


def test_the_filter_looks_in_names_kinds_and_named_mentions_in_any_case() -> None:
    assert matches(ANNA, "  aNN ")
    assert matches(MOSCOW, "country")  # the kind's name
    assert matches(ANNA, "")
    assert not matches(ANNA, "she"), "inferred mentions are not searched"
    assert not matches(ANNA, "", edited_only=True)
    assert matches(KREMLIN, "krem", edited_only=True)


def test_each_order_puts_the_actors_in_its_place() -> None:
    orders = {order: names(listed_rows(ALL, SHOW_ALL, order=order)) for order in SORT_ORDERS}
    assert orders == {
        "mentions": ["Anna", "Boris", "Kremlin", "Moscow"],  # ties by first appearance
        "first": ["Anna", "Kremlin", "Boris", "Moscow"],
        "name": ["Anna", "Boris", "Kremlin", "Moscow"],
        "kind": ["Moscow", "Kremlin", "Anna", "Boris"],  # by the kind's name
    }
    assert names(listed_rows(ALL, SHOW_ALL, order="nonsense")) == orders["mentions"]


def test_inferred_mentions_are_listed_and_counted_only_when_shown() -> None:
    named = dict(listed_rows(ALL, SHOW_ALL))[ANNA]
    assert [m.text for m in named] == ["Anna", "Anna"]
    with_inferred = dict(listed_rows(ALL, SHOW_ALL.with_inferred(True)))[ANNA]
    assert [m.text for m in with_inferred] == ["Anna", "She", "Anna"]
    # Shown, the inferred "She" makes Anna the most mentioned ahead of Boris by more.
    assert names(listed_rows(ALL, SHOW_ALL.with_inferred(True)))[0] == "Anna"


def test_hidden_kinds_leave_their_actors_out() -> None:
    options = SHOW_ALL.with_kind("GPE", shown=False).with_kind("ORG", shown=False)
    assert names(listed_rows(ALL, options, order="first")) == ["Anna", "Boris"]
    assert names(listed_rows(ALL, options.with_kind("ORG", shown=True), order="first")) == [
        "Anna",
        "Kremlin",
        "Boris",
    ]


def test_options_say_which_highlights_show() -> None:
    options = DisplayOptions()
    assert options.hidden_kinds == HIDDEN_BY_DEFAULT
    assert not options.show_inferred
    she = mention("She", "PERSON", inferred=True)
    assert options.shows(mention("Anna", "PERSON"))
    assert not options.shows(she)
    assert options.with_inferred(True).shows(she)
    assert not options.with_kind("PERSON", shown=False).with_inferred(True).shows(she)
    date = Mention(0, 4, "1999", "DATE")
    assert not options.shows(date)  # values are hidden until the reader turns them on
    assert options.with_kind("DATE", shown=True).shows(date)


def test_hidden_kinds_are_kept_as_text_and_read_back() -> None:
    hidden = frozenset({"GPE", "DATE"})
    assert hidden_kinds_text(hidden) == "DATE,GPE"
    assert hidden_kinds_from_text("DATE,GPE") == hidden
    assert hidden_kinds_from_text(None) == HIDDEN_BY_DEFAULT
    assert hidden_kinds_from_text("") == frozenset()  # the reader showed every kind
    assert hidden_kinds_from_text("GPE,NOT_A_KIND") == frozenset({"GPE"})


def test_a_snippet_is_the_mentions_sentence_split_around_it() -> None:
    before, text, after = snippet(TEXT, mention("Boris", "PERSON"))
    assert (text, after) == ("Boris", " in Moscow.")
    assert before.endswith("She spoke to ")
    assert "Kremlin" not in before
    long = "word " * 60 + "Zed sat " + "down " * 60 + "."
    zed = Mention(long.index("Zed"), long.index("Zed") + 3, "Zed", "PERSON")
    before, _, after = snippet(long, zed)
    assert before.startswith("…")
    assert after.endswith("…")
    assert len(before) <= 92
    assert len(after) <= 92


def test_a_strip_places_mentions_as_fractions_of_the_text() -> None:
    assert strip(100, (Mention(0, 1, "a", "X"), Mention(50, 51, "b", "X"))) == (0.0, 0.5)
    assert strip(0, ()) == ()


def test_the_status_line_counts_inferred_mentions_only_while_shown() -> None:
    assert status_summary(ALL, False, 1.234, cached=False) == (
        "4 actors · 6 mentions · analysed in 1.23 s"
    )
    assert status_summary(ALL, True, 1.234, cached=False) == (
        "4 actors · 6 mentions + 1 inferred · analysed in 1.23 s"
    )
    assert status_summary(ALL, False, 0.0, cached=True, note="Analysed again") == (
        "4 actors · 6 mentions · reopened from the library · Analysed again"
    )


def test_a_whole_sentence_after_another_gets_no_cut_mark() -> None:
    text = "The Kremlin said so. She spoke to Boris in Moscow. Then she left."
    boris = Mention(text.index("Boris"), text.index("Boris") + 5, "Boris", "PERSON")
    before, _, after = snippet(text, boris)
    assert before == "She spoke to "  # the sentence is whole: nothing was cut
    assert after == " in Moscow."
