"""Names a text lists after a word for places are places: "counties, including Baker and Clay".

The model reads each item of a list on its own: in "inland counties, including Baker,
Bradford, Clay, Putnam and Union" it finds a person, a town, a body and one body "Putnam
and Union". A reader knows every item is a county. After a plural word for places
("counties", "cities", "towns", "states", "countries", ...) and "including", "such as",
"like" or "namely" (after where they lie, if said: "counties on the East Coast,
including"), "of" or a colon, each name of the list that follows (names joined by
commas, "and" or "or") is a place (GPE), and one span that glues two items across "and"
is two names. A list after other words ("friends, including Anne") is left alone.

A list a place opens after "in", "at", "near" or "from" is a list of places too: in
"projects at Doma, Tenaru and Suava" or "flooding in Cornwall and Devon" the names the
model calls a person or a body beside the town it knows are towns. Only names the text
uses once are relabelled, never a body named with "the" ("in France and the EU") or in
capitals, and not when a verb may follow two names ("in Paris and Smith said"; three are a
list: "in Ghana, Kenya and Malawi have reached") or a comma
stands before each "and" ("born in Goa, and FC Goa put up a show" joins two clauses).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.language.lexicon import english_lexicon
from reader.core.text.mentions import Mention
from reader.core.text.scanning import finditer_sliced

_INTRO = re.compile(
    r"\b(?:counties|cities|towns|villages|states|provinces|countries|nations|districts"
    r"|regions|municipalities|islands|suburbs|neighbou?rhoods|capitals|parishes|boroughs)"
    # "counties on the East Coast, including": where they lie may come before the list
    r"(?:(?:\s+(?:in|on|across|along|near)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)"
    r"{0,2})?,?\s+(?:including|such\s+as|like|namely|notably)|\s+of|:)\s+",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")
_GLUED = re.compile(r"(?P<first>[A-Z][^,]*?) (?:and|&) (?P<second>[A-Z].*)")
_KEPT = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|from)\s+\Z")
_WINDOW = 12
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_RELABELLED = frozenset({"PERSON", "ORG"})


def listed_places(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the items of a list of places labelled GPE (see the module notes)."""
    intros = [match.end() for match in finditer_sliced(_INTRO, text)]
    if not intros:
        return list(mentions)
    by_start = {m.start: m for m in mentions if not m.inferred}
    listed: set[Mention] = set()
    for position in intros:
        while (mention := by_start.get(position)) is not None:
            listed.add(mention)
            separator = _SEPARATOR.match(text, mention.end)
            if separator is None:
                break
            position = separator.end()
    if not listed:
        return list(mentions)
    out: list[Mention] = []
    for mention in mentions:
        if mention not in listed or mention.label in _KEPT:
            out.append(mention)
            continue
        glued = _GLUED.fullmatch(mention.text)
        if glued is None:
            out.append(Mention(mention.start, mention.end, mention.text, "GPE"))
            continue
        for part in ("first", "second"):  # "Putnam and Union": two counties
            start, end = mention.start + glued.start(part), mention.start + glued.end(part)
            out.append(Mention(start, end, text[start:end], "GPE"))
    return out


def places_listed_with_places(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the once-used names a list after "in" + a place holds labelled GPE."""
    named = [m for m in mentions if not m.inferred]
    by_start = {m.start: m for m in named}
    uses: dict[str, int] = {}
    for mention in named:
        uses[mention.text] = uses.get(mention.text, 0) + 1
    relabelled: set[Mention] = set()
    for first in named:
        if first.label != "GPE" or not _PLACE_PREPOSITION.search(
            text, max(0, first.start - _WINDOW), first.start
        ):
            continue
        items = [first]
        commas = 0
        while (separator := _SEPARATOR.match(text, items[-1].end)) is not None:
            if separator.group().rstrip().endswith("the") or separator.end() not in by_start:
                break
            commas += "," in separator.group()
            items.append(by_start[separator.end()])
        # "born in Goa, and FC Goa put up a show": a comma before the one "and" joins clauses
        if (
            len(items) < 2
            or commas >= len(items) - 1
            or (len(items) == 2 and _verb_after(text, items[-1].end))
        ):
            continue
        relabelled.update(
            m
            for m in items[1:]
            if m.label in _RELABELLED and uses[m.text] == 1 and not m.text.isupper()
        )
    if not relabelled:
        return list(mentions)
    return [Mention(m.start, m.end, m.text, "GPE") if m in relabelled else m for m in mentions]


def _verb_after(text: str, end: int) -> bool:
    found = _NEXT_WORD.match(text, end, end + 20)
    return found is not None and "verb" in english_lexicon().readings(found.group(1))
