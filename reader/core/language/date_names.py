"""A name the model calls a date in one sentence and a name in another is that name.

The small model reads a country house it has never seen as a date now and then ("as far as
Enscombe was concerned", "She saw that Enscombe could not satisfy") and the other uses of
the word as a person or a place. A date has a digit, or is a month, a weekday or a feast
("May", "Tuesday", "Michaelmas"); a single capitalised word that is none of these, and
that the document names elsewhere as an actor, takes the label most of those mentions
carry, so every use is weighed by the kind rules and shown with the actor.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reader.core.text.mentions import ACTOR_LABELS, Mention

_TIME_LABELS = frozenset({"DATE", "TIME"})
_CALENDAR = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "christmas", "easter", "michaelmas", "whitsun",
     "whitsuntide", "lent", "candlemas", "lammas", "midsummer", "yule", "sabbath",
     "halloween", "hogmanay", "advent", "pentecost", "ramadan", "today", "tonight",
     "yesterday", "tomorrow", "noon", "midnight"}
)  # fmt: skip


def _named(mention: Mention) -> bool:
    word = mention.text
    return (
        not mention.inferred
        and word[:1].isupper()
        and word.isalpha()
        and word.casefold() not in _CALENDAR
    )


def dates_named_elsewhere(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with one-word "dates" the document names as an actor elsewhere relabelled."""
    actors = set(ACTOR_LABELS)
    votes: dict[str, Counter[str]] = {}
    for mention in mentions:
        if mention.label in actors and not mention.inferred:
            votes.setdefault(mention.text, Counter())[mention.label] += 1
    if not votes:
        return list(mentions)
    return [
        Mention(m.start, m.end, m.text, votes[m.text].most_common(1)[0][0], m.inferred)
        if m.label in _TIME_LABELS and m.text in votes and _named(m)
        else m
        for m in mentions
    ]
