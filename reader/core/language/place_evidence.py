"""A "person" the whole text only goes to, comes from and is at is a place ("to Waterloo").

The model reads "By train from Waterloo" and "At Waterloo we caught a train" as a man,
sentence by sentence. A reader sees a station: the text puts the name after "in", "at",
"from", "to", "near" and the like two times in three (three uses at least), is "in", "at"
or "near" it at least once (one writes "to" and hears "from" a person too), and never
lets it speak, smile, be looked at or addressed, nor gives it a title; "the" before it
counts with them ("the Drissa camp", "the bank of the Drissa": no one person is "the
X"). Such a spelling is a place (GPE). A word of a person's longer name ("Washington" beside "George
Washington") and a name followed by a possessive ("went to Iogel’s", the man's house)
are left to the person.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.core.language.address import addressed
from reader.core.language.kind_evidence import has_person_cue
from reader.core.language.spans import lowercase_words
from reader.core.language.titles import title_class
from reader.core.text.mentions import Mention, relabel_persons

_GONE_TO = frozenset(
    {"in", "at", "from", "near", "into", "to", "through", "across", "towards", "toward",
     "beyond", "via", "reaching", "reached", "the"}
)  # fmt: skip
_INSIDE = frozenset({"in", "at", "near", "into", "reached", "reaching"})
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+) [“\"‘']?\Z")
_POSSESSIVE = re.compile(r"(?:’s|'s)\b")
_MIN_USES = 3


def relabel_places(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the "people" the text only goes to and is at labelled GPE."""
    candidates = [m for m in mentions if m.label == "PERSON" and not m.inferred]
    if not candidates:
        return list(mentions)
    called = addressed(text, mentions)
    lower = lowercase_words(text)
    uses: Counter[str] = Counter()
    gone: Counter[str] = Counter()
    inside: set[str] = set()
    persons: set[str] = set()
    for mention in candidates:
        spelling = mention.text.casefold()
        uses[spelling] += 1
        if (
            mention in called
            or title_class(mention.text.split()[0])
            or has_person_cue(text, mention, lower)
        ):
            persons.add(spelling)
        before = _PREVIOUS_WORD.search(text, max(0, mention.start - 16), mention.start)
        word = before.group(1).casefold() if before else ""
        if word in _GONE_TO and not _POSSESSIVE.match(text, mention.end):
            gone[spelling] += 1
            if word in _INSIDE:
                inside.add(spelling)
    places = {
        spelling
        for spelling, n in uses.items()
        if n >= _MIN_USES
        and 3 * gone[spelling] >= 2 * n
        and spelling in inside
        and spelling not in persons
    } - _words_of_longer_names(candidates)
    return relabel_persons(mentions, places, "GPE")


def _words_of_longer_names(people: Sequence[Mention]) -> set[str]:
    """First and last words of longer names ("George Washington").

    A middle word, as in a glued headline ("Tragedy Near Waterloo Bridge"), is no person's.
    """
    words: set[str] = set()
    for mention in people:
        parts = mention.text.casefold().split()
        if len(parts) > 1:
            words.update((parts[0], parts[-1]))
    return words
