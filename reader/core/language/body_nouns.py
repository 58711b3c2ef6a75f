"""A body's kind in lower case right before a name ("news website Axios") makes it a body.

The model reads a short, person-shaped name as a person's ("Axios", "Qantas"). A reader
goes by the word before it: a website, a newspaper, an airline or a retailer is a body
(ORG) whatever its name looks like. Only words that head no person's description count;
"party", "company", "group", "band" or "charity" also stand before a name in a story ("at
the party Natásha danced", "out of charity Jane gave") and are left out, and a name the
text shows to be a person ("said Jane", "Jane smiled") keeps that kind.

The same kinds, and "company", "firm" or "group", set off after a name say so too, of a
name the model took for a place as well: "OpenAI, the company behind the ChatGPT chatbot".
So does a body's name set off after it ("Gavi, the Vaccine Alliance, helped"), and a name
of two words after "the" that reports ("the Solomon Star reported").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.language.mention_cues import has_person_cue
from reader.core.language.spans import lowercase_words
from reader.core.text.mentions import Mention, relabelled

_BODY_KINDS = (
    r"(?:website|newspaper|tabloid|magazine|journal|broadcaster|airline"
    r"|carmaker|automaker|chipmaker|retailer|publisher|insurer|lender|startup|start-up"
    r"|conglomerate|supermarket|agency)"
)
_BODY_KIND = re.compile(rf"(?<![\w’'-]){_BODY_KINDS}\s+\Z")
_A_BODY_KIND = re.compile(_BODY_KINDS)
# "OpenAI, the company behind", "Odebrecht, a Brazilian construction firm.": up to three
# words between the article and the kind, which ends its phrase ("Smith, the company
# chairman" is a person).
_KIND_AFTER = re.compile(
    rf"(?:’s|'s)?, (?:the|a|an) (?:[\w-]+ ){{0,3}}?(?:{_BODY_KINDS}|company|firm"
    r"|corporation|manufacturer|maker)(?=[,.;:]| (?:behind|that|which|based|in|of|from"
    r"|with|known|owned|founded|run|whose)\b)"
)
_THE_AFTER = re.compile(r", the ")
_CLOSED = re.compile(r"[,.;:)]")
_REPORTED = re.compile(r" (?:reported|reports|quoted|quotes|cited|cites|wrote)\b")
_RELABELLED = frozenset({"PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW"})


def is_body_kind(word: str) -> bool:
    """Whether lower-case ``word`` names a kind of body ("broadcaster", "airline")."""
    return _A_BODY_KIND.fullmatch(word) is not None


def _named_as_body(text: str, mention: Mention, bodies: set[tuple[int, int]]) -> bool:
    # "Gavi, the Vaccine Alliance, helped pay": a body set off after the name is its name.
    the = _THE_AFTER.match(text, mention.end)
    if the is None:
        return False
    return any(start == the.end() and _CLOSED.match(text, end) is not None for start, end in bodies)


def _reporting(text: str, mention: Mention) -> bool:
    # "..., the Solomon Star reported": a name of two words or more after "the" that reports.
    return (
        " " in mention.text
        and text[max(0, mention.start - 4) : mention.start] == "the "
        and _REPORTED.match(text, mention.end) is not None
    )


def body_kinds(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the names a body's kind stands before labelled ORG."""
    named = [m for m in mentions if not m.inferred]
    cued = {
        m.text.casefold()
        for m in named
        if m.label in _RELABELLED and _BODY_KIND.search(text, max(0, m.start - 24), m.start)
    }
    after = {
        m.text.casefold()
        for m in named
        if m.label in _RELABELLED | {"GPE"} and _KIND_AFTER.match(text, m.end, m.end + 60)
    }
    bodies = {(m.start, m.end) for m in named if m.label == "ORG"}
    cued |= {
        m.text.casefold()
        for m in named
        if m.label in _RELABELLED and (_named_as_body(text, m, bodies) or _reporting(text, m))
    }
    if not cued | after:
        return list(mentions)
    lower = lowercase_words(text)
    people = {m.text.casefold() for m in named if has_person_cue(text, m, lower)}
    kept = relabelled(mentions, cued - people, _RELABELLED, "ORG")
    return relabelled(kept, after - people, _RELABELLED | {"GPE"}, "ORG")
