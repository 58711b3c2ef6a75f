"""A name found once is found wherever it recurs: the model tags "Huntsman" once, then misses."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from reader.core.language.given_names import is_given_name
from reader.core.language.lexicon import english_lexicon
from reader.core.language.span_breaks import ends_sentence
from reader.core.language.spans import POSSESSIVES, at_sentence_start, lowercase_words
from reader.core.language.titles import TITLES, is_title_word
from reader.core.language.word_tables import NAME_PARTICLES
from reader.core.text.local import line_words
from reader.core.text.mentions import Mention


def _words_before_boundary_ok(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_-@") and not (after.isalnum() or after in "_@")


_SAINT_BEFORE = re.compile(r"\b(?:St|Ste|Saint|San|Santa)\.?\s+\Z")


def _first_name_alone(word: str, lower_words: frozenset[str]) -> bool:
    """Whether a full name's first word can stand alone as the same person's first name."""
    folded = word.casefold()
    lexicon = english_lexicon()
    unknown = bool(lexicon.bases) and not lexicon.readings(folded)  # no lexicon: no evidence
    return (
        len(word) > 2
        and word[:1].isupper()
        and word[1:].islower()
        and word.isalpha()
        and folded not in lower_words
        and folded not in TITLES
        and folded not in NAME_PARTICLES
        and not is_title_word(word)
        and (is_given_name(folded) or unknown)
    )


def propagate_names(text: str, mentions: Sequence[Mention], labels: Iterable[str]) -> list[Mention]:
    """Add a mention wherever a name already found recurs with the same spelling.

    A model may tag "Huntsman" in one sentence and miss it in the next; a reader
    expects both. Matches are whole words, in the same capitalisation or in capitals
    ("RUSSIA" for "Russia"). A person's surname recurs on its own too ("Sehar Memon" ...
    "Memon said"), and so does a first name ("Lafe Johnson" ... "Lafe started"), when it is
    a given name or no English word (not "Young Harding"), no title and never written in
    lower case. A one-word name that is also an everyday word in this text ("Will",
    "May") is not added where it opens a sentence, and a name is not added inside a
    longer run of capitalised words ("Explorer" in "Internet Explorer"): that is another
    name. A mention that is the start of a longer name found elsewhere grows to it
    ("Washington" -> "Washington D.C.").
    """
    wanted = set(labels)
    label_of: dict[str, str] = {}
    for mention in mentions:
        if mention.label in wanted and not mention.inferred and len(mention.text) > 1:
            label_of.setdefault(mention.text, mention.label)
    if not label_of:
        return list(mentions)
    lower_words = lowercase_words(text)
    first_names: set[str] = set()  # first names found alone only by this rule
    for name, label in list(label_of.items()):
        surname = name.split()[-1] if label == "PERSON" and " " in name else ""
        if len(surname) > 2 and surname[0].isupper() and surname.lower() not in lower_words:
            label_of.setdefault(surname, label)
        first = name.split()[0] if label == "PERSON" and " " in name else ""
        if _first_name_alone(first, lower_words) and first not in label_of:
            label_of[first] = label
            first_names.add(first)
    by_first: dict[str, list[str]] = {}
    for name in sorted(label_of, key=len, reverse=True):
        first = name.split(" ", 1)[0]
        by_first.setdefault(first, []).append(name)
        by_first.setdefault(first.upper(), []).append(name)
    kept = _grow_to_known_names(text, mentions, by_first)
    covered = bytearray(len(text) + 1)
    for mention in kept:
        covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    added: list[Mention] = []
    for match in re.finditer(r"[^\W\d_][\w.'’&-]*", text):
        candidates = by_first.get(_first_word(match.group()))
        if not candidates or covered[match.start()]:
            continue
        for name in candidates:
            end = match.start() + len(name)
            found = text[match.start() : end]
            if found != name and (found != name.upper() or name == name.upper()):
                continue
            if covered[end - 1] or not _words_before_boundary_ok(text, match.start(), end):
                continue
            if (
                " " not in name
                and name.lower() in lower_words
                and at_sentence_start(text, match.start())
            ):
                continue
            if _inside_longer_name(text, match.start(), end):
                continue
            if name in first_names and _SAINT_BEFORE.search(
                text, max(0, match.start() - 8), match.start()
            ):
                continue  # "St. George’s Cross" beside "George Dandin": the saint's
            added.append(Mention(match.start(), end, found, label_of[name]))
            covered[match.start() : end] = b"\x01" * len(name)
            break
    return [*kept, *added]


def _grow_to_known_names(
    text: str, mentions: Sequence[Mention], by_first: dict[str, list[str]]
) -> list[Mention]:
    starts = sorted(m.start for m in mentions)
    grown: list[Mention] = []
    for mention in mentions:
        index = bisect.bisect_right(starts, mention.start)
        following = starts[index] if index < len(starts) else len(text)
        longer = [
            name
            for name in by_first.get(mention.text.split(" ", 1)[0], [])
            if len(name) > len(mention.text)
            and text.startswith(name, mention.start)
            and mention.start + len(name) <= following
            and _words_before_boundary_ok(text, mention.start, mention.start + len(name))
        ]
        if mention.inferred or not longer:
            grown.append(mention)
        else:
            name = longer[0]  # by_first lists the longest first
            grown.append(Mention(mention.start, mention.start + len(name), name, mention.label))
    return grown


_CAPITALISED_WORD = re.compile(r"[A-Z][\w’'.-]*")


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    # A capitalised neighbour joined by one space makes the match part of another name
    # ("Internet Explorer"), unless the neighbour is a title ("Ambassador Huntsman"), an owner
    # ("Musk's SpaceX"), a sentence's first word ("Later JCWI") or the line is in Title Case.
    words = line_words(text, start)
    if len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words):
        return False
    before = re.search(r"(\S+) $", text[max(0, start - 40) : start])
    if before and _CAPITALISED_WORD.fullmatch(before.group(1)):
        word = before.group(1).casefold().rstrip(".")
        owner = word.endswith(("'s", "’s"))
        opener = owner or at_sentence_start(text, before.start(1) + max(0, start - 40))
        if word not in TITLES and not opener and not ends_sentence(before.group(1)):
            return True
    after = re.match(r" ([A-Z][\w’'-]*)", text[end : end + 40])
    return after is not None


def _first_word(token: str) -> str:
    for suffix in POSSESSIVES:
        if token.endswith(suffix) and len(token) > len(suffix):
            return token[: -len(suffix)].rstrip(".")
    return token if token.endswith(".") and "." in token[:-1] else token.rstrip(".")
