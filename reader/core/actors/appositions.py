"""Grouping rule 2b: a second name set after a name by a comma can be the same one's.

Novels and news name a peer by both: "John Clayton, Lord Greystoke, was commissioned",
"James, fifth Earl of Burlesdon", "Charles, Prince of Wales". The name and the title share
no word, so no other rule joins them, and the book's "Lord Greystoke" is a second person.
A person's name followed by a comma, an ordinal or "the" at most, and a person's mention
that opens with a title of the peerage ("Lord", "Earl", "Duchess", "Prince", ...) are one
person, unless:

* the title is one a whole family bears ("Prince", "Countess", "Lady") without "of" a
  territory: "Natásha, Princess Mary, and Sónya" lists three women, but "Charles, Prince
  of Wales" is one man;
* the name itself opens with a title ("Lord Tennington, Lord Greystoke" lists two peers);
* the apposition does not close after the title with a stop or a comma before lower-case
  words: "Lord Greystoke's steward", "Lord X and Lady Y", "Lord X, Lady Y" are others;
* their titles or sexes clash ("Alice, Lord Greystoke").

A name set off by ", or" is another name of the same one when the text says so
(:func:`join_aliases`): "Miss Trotwood, or Miss Betsey, as my mother always called her",
"Tenochtitlan, or Mexico, as the Spaniards named it". Without "as ... called" it is a
choice: "whether Arakchéev, or Volkónski, ..." names two men, and so does a quotation
that opens with the first name ("“Jane, or Mary, as they call you...").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

from reader.core.actors.families import keys_clash
from reader.core.actors.union import Groups
from reader.core.language.titles import is_title_word
from reader.core.text.mentions import Mention

# Titles a peer is known by instead of a name: "Lord Greystoke", "the Earl of Burlesdon".
_PEERAGE = frozenset({
    "lord", "earl", "duke", "duchess", "baron", "baroness", "marquis", "marquess",
    "marchioness", "viscount", "viscountess",
})  # fmt: skip
# Titles every member of a family bears ("Princess Mary", "Count Rostóv", "Lady Alice"),
# in apposition only with a territory: "Charles, Prince of Wales".
_COURTESY = frozenset({"prince", "princess", "count", "countess", "lady"})
# ", " and at most "the" or an ordinal ("fifth", "twenty-second") between name and title.
_BETWEEN = re.compile(r",[ \n]+(?:(?:the|[a-z]+-?[a-z]*(?:st|nd|rd|th))[ \n]+)?")
# An apposition closes: "John Clayton, Lord Greystoke, was"; not "Lord Greystoke's steward",
# "Lord X and Lady Y", "Lord X, Lady Y" (a list), nor "said Natásha, Princess Mary looked".
_CLOSED = re.compile(r"[.;:)!?]|,(?![ \n]+(?:and[ \n]+|or[ \n]+|&[ \n]+)?[A-Z])")


_OR = re.compile(r",[ \n]+or[ \n]+")
# "..., or Miss Betsey, as my mother always called her": the text says it is a name.
_ALIAS_CUE = re.compile(r",[ \n]+as[ \n][^.;!?”]{0,40}?\b(?:call|name|know|style|term|dub)\w*")
_COARSE = {"PERSON": "person", "GPE": "place", "LOC": "place", "ORG": "body", "FAC": "place"}
_QUOTES = frozenset("“‘\"'")


def join_aliases(
    text: str,
    named: Sequence[Mention],
    key_of: Mapping[Mention, str],
    groups: Groups,
    classes: Mapping[str, set[str]],
) -> None:
    """Union each name with the other name set off after it by ", or" (see the notes)."""
    actors = sorted(m for m in named if m.label in _COARSE and not m.inferred)
    for name, alias in itertools.pairwise(actors):
        if _COARSE[name.label] != _COARSE[alias.label]:
            continue
        if not _OR.fullmatch(text, name.end, alias.start):
            continue
        if not _ALIAS_CUE.match(text, alias.end) or text[name.start - 1 : name.start] in _QUOTES:
            continue
        _union_unless_clash(name, alias, key_of, groups, classes)


def _union_unless_clash(
    first: Mention,
    second: Mention,
    key_of: Mapping[Mention, str],
    groups: Groups,
    classes: Mapping[str, set[str]],
) -> None:
    keys = key_of.get(first), key_of.get(second)
    if keys[0] is None or keys[1] is None or groups.find(keys[0]) == groups.find(keys[1]):
        return
    if not keys_clash(classes, [keys[0]], [keys[1]]):
        groups.union(keys[1], keys[0])


def join_appositions(
    text: str,
    named: Sequence[Mention],
    key_of: Mapping[Mention, str],
    groups: Groups,
    classes: Mapping[str, set[str]],
) -> None:
    """Union each person's name with the peer's title set after it (see the module notes)."""
    people = sorted(m for m in named if m.label == "PERSON" and not m.inferred)
    for name, title in itertools.pairwise(people):
        between = _BETWEEN.fullmatch(text, name.end, title.start)
        if between is None or is_title_word(name.text.split()[0]):
            continue
        first = title.text.split()[0].casefold()
        if first not in _PEERAGE and not (first in _COURTESY and " of " in title.text):
            continue
        if _CLOSED.match(text, title.end):
            _union_unless_clash(name, title, key_of, groups, classes)
