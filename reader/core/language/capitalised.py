"""Names the model missed: runs of capitalised words in the middle of a sentence.

English capitalises names, so "the Deseret News observed" or "near the Shandao
Station" are names to a reader even when the model passes over them. A run counts when
it has two or more capitalised words (joined by "of", "for", "the" at most; a title after
"of" or "for" opens a name of its own: "the Governor for Princess Mary"), does not
open a sentence, lies on a line that is not in Title Case (headlines capitalise every
word), touches no span the model found and is not only titles ("Prime Minister").
A cry's first word in quotation marks is no part of a name ("“Thank God!”" names God).
"God" is a name wherever it is written so ("the word of God", "by God"): the model, trained
on news, passes over it.

A list names things of one kind: in "Zeus, Hera, Poseidon, Aphrodite, and Athena" a
capitalised item no span touches is a name when two items or more are names of one kind,
and it takes their label. The item must not open the sentence, nor be a word the text
writes in lower case, a title or a date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.core.documents.article import FURNITURE
from reader.core.language.given_names import is_given_name
from reader.core.language.lexicon import english_lexicon
from reader.core.language.offices import OFFICE_HEADS, OFFICE_WORDS
from reader.core.language.spans import at_sentence_start, lowercase_words
from reader.core.language.titles import (
    BODY_HEADS,
    MILITARY_RANKS,
    PORTFOLIOS,
    is_title_phrase,
    is_title_word,
    title_class,
)
from reader.core.language.word_tables import AUXILIARIES, FUNCTION_WORDS, MONTHS, WEEKDAYS
from reader.core.text.local import line_words
from reader.core.text.mentions import ACTOR_LABELS, Mention
from reader.core.text.scanning import finditer_sliced

_CAPITAL_WORD = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*|[A-Z]{2,4}|Mc[A-Z][a-z]+)"
# A version number or year ends a product or event name: "Internet Explorer 6".
_RUN = re.compile(
    rf"{_CAPITAL_WORD}(?:(?: (?:of|for|of the|for the|on))? {_CAPITAL_WORD})+"
    rf"(?: [0-9]{{1,4}}(?![0-9,.:-]))?"
)
_ITEM = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}"
# Three items or more: "A, B, C, and D", "A, B or C".
_LIST = re.compile(rf"(?<![\w’'-]){_ITEM}(?:, {_ITEM})+,? (?:and|or) {_ITEM}(?![\w’'-])")
_LIST_ITEM = re.compile(_ITEM)
_OPENING_MARKS = "“‘\"'"
_GOD = re.compile(r"(?<![\w’'-])God(?![\w-])")
_PORTFOLIO_WORDS = PORTFOLIOS | {"foreign", "affairs"}
# "May" counts here: a run of capitals holding it is a date ("May 2016").
_DATE_WORDS = WEEKDAYS | MONTHS
_PLACE_HEADS = frozenset(
    {
        "station",
        "hotel",
        "mosque",
        "hall",
        "bridge",
        "airport",
        "street",
        "square",
        "park",
        "centre",
        "center",
        "stadium",
        "tower",
        "palace",
        "cathedral",
        "temple",
        "hospital",
        "road",
        "avenue",
        "river",
        "lake",
        "mountain",
        "island",
        "islands",
        "valley",
        "dock",
        "docks",
        "wharf",
        "quay",
        "pier",
    }
)


def capitalised_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions for the capitalised runs no model span touches (see the module notes)."""
    covered = bytearray(len(text) + 1)
    for mention in mentions:
        covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    # One-word names the model calls a person, and never a people ("Russian" is one the
    # model takes for a man once in a while).
    peoples = {m.text for m in mentions if m.label == "NORP"}
    people = {m.text for m in mentions if m.label == "PERSON" and " " not in m.text} - peoples
    added: list[Mention] = []
    for match in _RUN.finditer(text):
        start, end = match.span()
        words = match.group().split()
        while words and (
            words[0].casefold() in FUNCTION_WORDS | AUXILIARIES
            or (_dated(words[0]) and len(words) > 1 and is_title_word(words[1]))
        ):
            # "Is" of "Is Disease a Reversion?", "Thursdays" of "On Thursdays Princess Mary"
            # (a date's own name goes whole: "Monday Night Football")
            start += len(words.pop(0)) + 1
        while words and words[-1].casefold() in FUNCTION_WORDS:
            end -= len(words.pop()) + 1  # "On" of "Thomson On the pleasant banks"
        if words and _opens_quoted_cry(text, start, end, words[0]):
            start += len(words.pop(0)) + 1  # "“Thank God!”": a cry's verb, then the name
        titled = _titled_after_joint(words) or _after_office(words)
        if titled:  # "Governor for Princess Mary": the name is "Princess Mary"
            start += len(" ".join(words[:titled])) + 1
            words = words[titled:]
        if len(words) < 2 or any(covered[start:end]) or not _word_bounded(text, start, end):
            continue
        if at_sentence_start(text, start) or _title_case_line(text, start):
            continue
        if (
            is_title_phrase(words)
            or all(is_title_word(w) for w in words)
            or all(w.casefold() in OFFICE_WORDS for w in words)
        ):
            continue  # "Prime Minister", "Your Majesty", "Special Adviser": a title, not a name
        if any(_dated(w) for w in words):
            continue
        if " ".join(words).casefold() in FURNITURE:
            continue  # "Breaking News" of a saved page flattened to one line
        label = _guess_label(words, people, lowercase_words(text))
        added.append(Mention(start, end, text[start:end], label))
    for match in _GOD.finditer(text):
        if not any(covered[match.start() : match.end()]):
            added.append(Mention(match.start(), match.end(), "God", "PERSON"))
    return added + _listed_names(text, mentions, covered)


def _listed_names(text: str, mentions: Sequence[Mention], covered: bytearray) -> list[Mention]:
    """The items of a list of names that no span touches (see the module notes)."""
    spans = {(m.start, m.end): m.label for m in mentions}
    added: list[Mention] = []
    # A slice at a time: one finditer over a book holds the interpreter lock for 0.1 s.
    for listed in finditer_sliced(_LIST, text):
        labels: list[str] = []
        free: list[tuple[int, int]] = []
        for item in _LIST_ITEM.finditer(text, listed.start(), listed.end()):
            label = spans.get(item.span(), "")
            if label in ACTOR_LABELS:
                labels.append(label)
            elif not any(covered[item.start() : item.end()]):
                free.append(item.span())
        if not free or not labels:
            continue
        label, count = Counter(labels).most_common(1)[0]
        if count < 2:
            continue
        lower = lowercase_words(text)  # remembered: read once per text, when a list has a gap
        for start, end in free:
            words = text[start:end].split()
            if (
                at_sentence_start(text, start)
                or any(w.casefold() in lower or w.casefold() in FUNCTION_WORDS for w in words)
                or any(is_title_word(w) or _dated(w) for w in words)
            ):
                continue
            added.append(Mention(start, end, text[start:end], label))
    return added


def _opens_quoted_cry(text: str, start: int, end: int, word: str) -> bool:
    """Whether ``word`` opens a cry in quotation marks ("“Thank God!”", "'Good Heavens!'").

    An utterance starts with a capital as a sentence does, so its first word is an
    ordinary English word when the lexicon knows it.
    """
    return (
        start > 0
        and text[start - 1] in _OPENING_MARKS
        and text.startswith("!", end)
        and bool(english_lexicon().readings(word.casefold()))
    )


def _titled_after_joint(words: list[str]) -> int:
    """Where a title after "of" or "for" opens a person's name in a run, or 0.

    "the Governor for Princess Mary" names Princess Mary, whom the Governor is not; "the
    Minister for Foreign Affairs" and "the Prince of Wales" go on as one name: the title
    must be a courtesy title or a rank ("Princess", "Mr.", "General"), not "Foreign".
    """
    return next(
        (
            i
            for i in range(2, len(words) - 1)
            if words[i - 1] in ("of", "for")
            and (title_class(words[i]) or words[i].casefold() in MILITARY_RANKS)
        ),
        0,
    )


def _after_office(words: list[str]) -> int:
    """Where the name after an office's "of" or "for" starts in a run, or 0.

    "the Governor of the Bank of England" names the bank; "the Leader of the Opposition",
    "the Union Minister for Food" and "the Minister of State for Foreign Affairs" leave one
    word or a portfolio, which the run's other checks pass over. A peer's or a prince's
    "of" is his name ("the Prince of Wales"), so only offices count.
    """
    start = 0
    while True:
        joint = next((i for i in range(start + 1, len(words)) if words[i] in ("of", "for")), 0)
        before = [w.casefold() for w in words[start:joint]]
        office = bool(before) and before[-1] in OFFICE_HEADS
        portfolio = start > 0 and bool(before) and all(w in _PORTFOLIO_WORDS for w in before)
        if not joint or not (office or portfolio):
            return start
        start = joint + 1 + (joint + 2 < len(words) and words[joint + 1] == "the")


def _dated(word: str) -> bool:
    """A weekday or a month, in the plural too ("Thursdays")."""
    folded = word.casefold()
    return folded in _DATE_WORDS or folded.removesuffix("s") in _DATE_WORDS


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_")


def _title_case_line(text: str, position: int) -> bool:
    words = line_words(text, position)
    lowered = [w for w in words if w[:1].islower()]
    return len(lowered) <= max(1, len(words) // 4)


def _plain_given_name(folded: str) -> bool:
    return is_given_name(folded) and not english_lexicon().readings(folded) & {"verb", "adj"}


def _guess_label(words: list[str], people: set[str], lower: frozenset[str]) -> str:
    """A run's kind from its words: a building's or a body's head, a person's first name.

    Two words opening with a given name or with a name the model calls a person alone
    ("Peggy Baker", "Vander Price" beside "Vander") are a person's; a given name that is
    also a verb or an adjective ("Will", "Christian Science") says nothing, nor does one
    before a word the text writes in lower case ("Albert Dock" beside "the dock").
    """
    head = words[-1].casefold()
    if head in _PLACE_HEADS:
        return "FAC"
    if head in BODY_HEADS:
        return "ORG"
    if (
        len(words) == 2
        and (words[0] in people or _plain_given_name(words[0].casefold()))
        and head not in lower  # "Albert Dock" beside "the dock": no man
    ):
        return "PERSON"
    return "ORG" if len(words) > 2 else "PRODUCT"
