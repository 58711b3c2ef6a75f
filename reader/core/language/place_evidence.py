"""A "person" or a thing the whole text only goes to, comes from and is at is a place.

The model reads "By train from Waterloo" and "At Waterloo we caught a train" as a man, and
"meet you at Winchester" as a product, sentence by sentence. A reader sees a town: the text
puts the name after "in", "at", "from", "to", "near" and the like two times in three (two
uses at least: "meet at Chester", "already at Chester"), is "in", "at" or "near" it at least
once (one writes "to" and hears "from" a person too), and never lets it speak, smile, be
looked at or addressed (save once per three goings), nor titles it; "the" before a person's
name counts ("the Drissa camp": no one person is "the X"). So do the parts of a place ("the
outskirts of Lee", "two miles out of Gimmerton"), a person's home ("Dr. Roylott, of Stoke
Moran", "Black Jack of Ballarat"), a word for a part of the land after it ("the Surrey
side", "the Hampshire border"), the banks and waters of a river ("the left bank of the
Danube"), a battle fought there, what the text calls it ("Bistritz, the post town", "Raveloe
was a village"), leaving for it ("set off for Chichester", "be off for Lyme"), and every
mention of the spelling the model itself called a place; a use as a modifier ("the Kiev
grenadiers") counts for neither side. Such a spelling is a place (GPE), whatever label the
model gave its other mentions; for a name the model calls an organisation "at" and "from"
are no inside of a place (one works "at Google") and speaking ("Google said") keeps it a
body. A word of a person's longer name ("Washington" beside "George Washington") and a name
followed by a possessive ("went to Iogel’s", the man's house) are left to the person. A
"people" whose word no people's word ends like (no "-an", "-ese", "-ish": "Zanzibar",
"Essex") is a place with fewer uses, once the text puts it where only a map does ("north of
Zanzibar", "the Essex marshes", "Black Jack of Ballarat") and after a place's word half the
time. A name whose head word gives its kind ("Oxford Street", "Eyford Station") keeps that
kind. Rivers, names the text crosses or gives banks to, are :mod:`reader.core.language.rivers`'.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.core.language.address import addressed
from reader.core.language.head_words import place_head_label
from reader.core.language.mention_cues import has_person_cue
from reader.core.language.place_phrases import (
    PART_OF,
    PART_REACH,
    POSSESSIVE,
    PREVIOUS_WORD,
    ROUTE_TO,
    once_inside,
)
from reader.core.language.spans import lowercase_words
from reader.core.language.titles import title_class
from reader.core.language.word_tables import CLOSED_CLASS
from reader.core.text.mentions import Mention, relabelled

_GONE_TO = frozenset(
    {"in", "at", "from", "near", "into", "to", "through", "across", "towards", "toward",
     "beyond", "via", "reaching", "reached", "the"}
)  # fmt: skip
# "to Tilsit", "the battle of Tarútino", "in Kiev": the small words a place comes after.
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|into|at|from|near|to|of|the)\s+\Z", re.IGNORECASE)
#: How far back (in characters) :func:`after_place_word` looks: the word and its space.
PLACE_WORD_REACH = 8


def after_place_word(text: str, start: int) -> bool:
    """Whether a name at ``start`` comes right after "in", "to", "from", "of", "the"...

    The glued-name, town and shared-name rules each count how often a name does, as a
    sign that the model's "person" is a town ("to Tarútino", "the Kiev grenadiers").
    """
    return _PLACE_WORD_BEFORE.search(text, max(0, start - PLACE_WORD_REACH), start) is not None


_INSIDE = frozenset({"in", "at", "near", "into", "reached", "reaching"})
# "two miles out of Gimmerton", "told it all over Gimmerton": not of a man, nor all over him.
_AROUND = re.compile(r"\b(?:miles?\s+(?:out\s+of|from|beyond)|all\s+over)\s+\Z", re.IGNORECASE)
# Gone to this often per address, a name is a place: "“Uppercross, the necessity of ...”".
_OUTVOTES_ADDRESS = 3
# "Dr. Roylott, of Stoke Moran", "Black Jack of Ballarat": where a person lives or comes from.
_OF_AFTER_NAME = re.compile(r",? of \Z")
# "the Surrey side", "the Hampshire border", "the little Berkshire village": a place's name
# before a word for a part of the land; a person's name comes before "family" or "house".
_PLACE_NOUN_AFTER = re.compile(
    r" (?:side|border|borders|lanes|village|villages|road|roads|coast|countryside|hills|county"
    r"|highway|moors|downs|marshes|fens|parish|district|province|gates?|turnpike)\b"
)
# "the Kiev grenadiers", "your Kiev peasants": a name the model did not call a person that
# modifies a noun says nothing of what it names, so such a use is not counted.
_DETERMINER = re.compile(r"\b(?:the|your|his|her|our|their|my|this|that)\s+\Z", re.IGNORECASE)
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
# The words a text says what kind of place a name is with ("the post town", "a suburb").
_PLACE_KINDS = (
    r"(?:town|village|city|capital|port|seaport|hamlet|county|province|parish|district"
    r"|region|state|country|suburb|island|river)"
)
# "Bistritz, the post town", "Raveloe was a village": the text says what kind of place it is.
_CALLED_PLACE = re.compile(rf"(?:,| (?:is|was)) (?:the|a|an) (?:[a-z-]+ ){{0,2}}{_PLACE_KINDS}\b")
# "set off for Chichester", "bound for Bombay", "be off for Uppercross": one leaves for a
# place, not for a person.
_LEFT_FOR = re.compile(
    r"\b(?:off|set out|started|start|left|leave|bound|sailed|sail|departed|headed)"
    r" for \Z"
)
# Labels a name the text only goes to may come with ("Winchester" a product, "Ballarat" a
# nationality, "Kalúga" a body). One works "at Google" and hears "from Google", so for a
# body only "in", "into", "near" and "reached" show the inside of a place, and a body that
# speaks ("Google said") stays one.
_CANDIDATES = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP", "ORG"})
_BODY_INSIDE = frozenset({"in", "into", "near", "reached", "reaching"})
_SPEAKS = re.compile(
    r"(?:’s|'s)?,? (?:said|says|announced|announces|told|tells|reported|reports|stated"
    r"|added|replied|asked|wrote|argued|claimed|denied|confirmed)\b"
)
_MODEL_PLACES = frozenset({"GPE", "LOC", "FAC"})
# "the province of La Libertad", "Santa Tecla, a middle-class suburb of": the text names the
# kind of place outright, once is enough; the noun must end its phrase ("a village girl").
_NAMED_PLACE_BEFORE = re.compile(rf"\bthe (?:[a-z-]+ ){{0,2}}{_PLACE_KINDS} of \Z", re.IGNORECASE)
_NAMED_PLACE_AFTER = re.compile(
    rf", (?:the|a|an) (?:[a-z-]+ ){{0,2}}{_PLACE_KINDS}(?= of\b| in\b| near\b|[,.;:])"
)
_MIN_USES = 2
# How the words for a people, a faith or a party end ("Russian", "Chinese", "Kentish",
# "Dutch", "Swiss", "Israeli", "Catholic", "Quaker", "Jesuit", "Methodist", "Russians").
_PEOPLE_ENDINGS = (
    "an", "ese", "ish", "sh", "ch", "i", "ic", "ss", "er", "ite", "ist", "ism", "ity", "s",
    "k", "ew", "man", "men",
)  # fmt: skip


def relabel_places(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the "people" and things the text only goes to labelled GPE.

    Rivers among them are :mod:`reader.core.language.rivers`' to tell, after this.
    """
    named = [m for m in mentions if not m.inferred]
    spellings = {m.text.casefold() for m in named if m.label in _CANDIDATES}
    if not spellings:
        return list(mentions)
    called = addressed(text, mentions)
    lower = lowercase_words(text)
    people_ends = {m.end for m in named if m.label in ("PERSON", "NORP")}
    uses: Counter[str] = Counter()
    gone: Counter[str] = Counter()
    inside: set[str] = set()
    mapped: set[str] = set()
    persons: set[str] = set()
    called_only: Counter[str] = Counter()  # spellings whose only person's cue is an address
    named_kind: set[str] = set()
    once: set[str] = set()
    for mention in named:
        spelling = mention.text.casefold()
        if spelling not in spellings or modifies(text, mention):
            continue
        uses[spelling] += 1
        if mention.label in _MODEL_PLACES:
            gone[spelling] += 1  # the model saw a place here: "to Kilburn" is a place's too
            inside.add(spelling)
            continue
        if (
            title_class(mention.text.split()[0])
            or has_person_cue(text, mention, lower)
            or _SPEAKS.match(text, mention.end, mention.end + 24)
        ):
            persons.add(spelling)
        elif mention in called:
            called_only[spelling] += 1
        if _named_a_place(text, mention):
            named_kind.add(spelling)
        cue = _place_cue(text, mention, people_ends)
        if once_inside(text, mention):
            once.add(spelling)
        gone[spelling] += bool(cue)
        if cue == "inside":
            inside.add(spelling)
        if mention.label == "NORP" and _on_the_map(text, mention, people_ends):
            mapped.add(spelling)
    persons |= {
        spelling for spelling, n in called_only.items() if gone[spelling] < _OUTVOTES_ADDRESS * n
    }
    places = (
        {
            spelling
            for spelling, n in uses.items()
            if n >= _MIN_USES
            and 3 * gone[spelling] >= 2 * n
            and spelling in inside
            and spelling not in persons
        }
        | {
            spelling
            for spelling in mapped
            if 2 * gone[spelling] >= uses[spelling]
            and spelling not in persons
            and not spelling.endswith(_PEOPLE_ENDINGS)
        }
        | (named_kind - persons)
        | {
            spelling
            for spelling in once
            if uses[spelling] == 1 and spelling not in persons and spelling != "god"
        }
    )
    places -= _words_of_longer_names([m for m in named if m.label == "PERSON"])
    places = {s for s in places if not place_head_label(s.title())}  # "Oxford Street" a FAC
    return relabelled(mentions, places, _CANDIDATES, "GPE")


def _named_a_place(text: str, mention: Mention) -> bool:
    """Whether the text names the kind of place the mention is ("the province of X")."""
    if POSSESSIVE.match(text, mention.end):
        return False  # "the state of Mary's health"
    return bool(
        _NAMED_PLACE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        or _NAMED_PLACE_AFTER.match(text, mention.end, mention.end + 40)
    )


def modifies(text: str, mention: Mention) -> bool:
    """Whether the mention is a determiner's modifier of a noun ("the Kiev grenadiers")."""
    if mention.label == "PERSON":
        return False  # "the Drissa camp": no one person is "the X", the cue counts
    after = _NEXT_WORD.match(text, mention.end, mention.end + 24)
    return bool(
        after
        and not _PLACE_NOUN_AFTER.match(text, mention.end)  # "the Surrey side" is a cue
        and after.group(1) not in CLOSED_CLASS
        and _DETERMINER.search(text, max(0, mention.start - 8), mention.start)
    )


def _place_cue(text: str, mention: Mention, people_ends: set[int]) -> str:
    """``"inside"`` ("in X", "the outskirts of X"), ``"gone"`` ("to X") or ``""``."""
    if POSSESSIVE.match(text, mention.end):
        return ""  # "went to Iogel’s": the man's house
    window = text[max(0, mention.start - 30) : mention.start]
    of = _OF_AFTER_NAME.search(window)
    home = bool(of and mention.start - len(of.group()) in people_ends)
    if home and mention.label == "ORG":
        return "gone"  # "Lestrade, of Scotland Yard": where he works, a body or a place
    if (
        home
        or PART_OF.search(text, max(0, mention.start - PART_REACH), mention.start)
        or _CALLED_PLACE.match(text, mention.end, mention.end + 40)
        or _AROUND.search(window)
    ):
        return "inside"
    if _LEFT_FOR.search(window):
        return "gone"
    if ROUTE_TO.search(window):
        return "inside"
    before = PREVIOUS_WORD.search(window)
    word = before.group(1).casefold() if before else ""
    if word == "the" and mention.label != "PERSON":
        word = ""  # "the Times", "the French": a work's or a people's article, no place's
    if word in _GONE_TO:
        inside = _BODY_INSIDE if mention.label == "ORG" else _INSIDE
        return "inside" if word in inside else "gone"
    return "gone" if _PLACE_NOUN_AFTER.match(text, mention.end) else ""


def _on_the_map(text: str, mention: Mention, people_ends: set[int]) -> bool:
    """Whether the text puts the name where only a map does ("north of Zanzibar").

    A part of a place before it, a home ("Black Jack of Ballarat"), what the text calls
    it, leaving for it or a part of the land after it ("the Essex marshes"); not "in X",
    which a tongue shares ("in Latin").
    """
    window = text[max(0, mention.start - 30) : mention.start]
    of = _OF_AFTER_NAME.search(window)
    return bool(
        (of and mention.start - len(of.group()) in people_ends)
        or PART_OF.search(text, max(0, mention.start - PART_REACH), mention.start)
        or _CALLED_PLACE.match(text, mention.end, mention.end + 40)
        or _LEFT_FOR.search(window)
        or _PLACE_NOUN_AFTER.match(text, mention.end)
    )


def _words_of_longer_names(people: Sequence[Mention]) -> set[str]:
    """Last words of longer names ("George Washington"), and first words of those used twice.

    A middle word, as in a glued headline ("Tragedy Near Waterloo Bridge"), is no person's,
    nor is the first word of a name the text glues once to a place ("Kiev Pierre").
    """
    words: set[str] = set()
    names = Counter(" ".join(m.text.casefold().split()) for m in people)
    for name, count in names.items():
        parts = name.split()
        if len(parts) > 1:
            words.add(parts[-1])
            if count > 1:
                words.add(parts[0])
    return words
