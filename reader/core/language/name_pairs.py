"""Spans that hold two names: a place before a person, or a pair ("Curtis and Good")."""

from __future__ import annotations

import re
from collections.abc import Container

from reader.core.language.titles import is_title_word
from reader.core.text.mentions import ACTOR_LABELS, Mention

_WORD_BEFORE = re.compile(r"(\w+) $")
_PLACE_WORDS = frozenset({"from", "in", "at", "near", "into"})
_PAIR = re.compile(r"(\S+) (and|&) (\S+)")
# An English county by its form: "Hampshire", "Derbyshire".
_COUNTY = re.compile(r"[A-Z][a-z]{3,}shire")


def place_before_person(text: str, mention: Mention, known: Container[str]) -> list[Mention]:
    """Split "from Freetown John Clayton" into a place and a person named alone elsewhere."""
    words = mention.text.split()
    before = _WORD_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    if (
        mention.label != "PERSON"
        or len(words) < 3
        or before is None
        or before.group(1).casefold() not in _PLACE_WORDS
        or is_title_word(words[0])
    ):
        return [mention]
    rest = mention.start + len(words[0]) + 1
    if text[rest : mention.end] not in known or text[mention.start + len(words[0])] != " ":
        return [mention]
    place = Mention(mention.start, mention.start + len(words[0]), words[0], "GPE")
    return [place, Mention(rest, mention.end, text[rest : mention.end], "PERSON")]


def split_pairs(mentions: list[Mention]) -> list[Mention]:
    """Split "Curtis and Good" in two when the text names "Curtis" and "Good" alone too.

    A person's surname counts as named alone ("Sir Henry Curtis"), and so does a county,
    whose form names it ("Nottinghamshire and Derbyshire"); a pair named only together
    ("Procter and Gamble") stays one name.
    """
    alone: dict[str, str] = {}
    for mention in mentions:
        if mention.label not in ACTOR_LABELS or mention.inferred:
            continue
        if " " not in mention.text:
            alone.setdefault(mention.text, mention.label)
        elif mention.label == "PERSON":  # a surname is named alone too ("Sir Henry Curtis")
            alone.setdefault(mention.text.rsplit(" ", 1)[1], mention.label)
    out: list[Mention] = []
    for mention in mentions:
        pair = _PAIR.fullmatch(mention.text)
        if pair is not None:
            for county in (pair[1], pair[3]):
                if _COUNTY.fullmatch(county):
                    alone.setdefault(county, "GPE")
        if pair is None or mention.inferred or not {pair[1], pair[3]} <= alone.keys():
            out.append(mention)
            continue
        second = mention.start + pair.start(3)
        out.append(Mention(mention.start, mention.start + len(pair[1]), pair[1], alone[pair[1]]))
        out.append(Mention(second, mention.end, pair[3], alone[pair[3]]))
    return out
