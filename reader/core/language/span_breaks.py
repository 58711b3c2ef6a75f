"""Breaks inside a model span: a cry, a full stop, a quotation, a bracket, a score."""

from __future__ import annotations

import re

from reader.core.language.titles import is_title_word

# A cry or a question mark after a word and before a space, or an opening quote after a space.
_INNER_BREAK = re.compile(r"\w([!?])\s|\s([‘“])")
_CLOSING = {"‘": "’", "“": "”"}
# A word of four letters or more, a full stop and a capital: a sentence ends inside the span
# ("an analyst at Seaport Global. UPS said"). Shorter words are initials or abbreviations
# ("St.", "Co.", "Mt."), and so are the titles and the few longer ones below.
_FULL_STOP = re.compile(r"(?<![\w.])([^\W\d_]{4,})\.\s+(?=[^\W\d_])")
# A score after a team's name ("beating Paris Saint-Germain 1-0", "lost 2–3"): no part of it.
_SCORE = re.compile(r"\s+\d{1,3}\s?[-–]\s?\d{1,3}\Z")
_LONG_ABBREVIATIONS = frozenset({"corp", "dept", "bros", "univ", "assn", "blvd", "inst", "intl"})


def inner_break(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the name before a break inside ``text[start:end]`` ends and the rest starts.

    "Now press, Pétya! Press, Vasílich", "at Seaport Global. UPS said" and "Those are
    Mary’s ‘God’s folk’": a sentence ends, or a quotation opens, inside the span. A quote
    closed inside the span is a nickname ("Thomas “Stonewall” Jackson") and breaks nothing;
    "Yahoo!" at the end of a span is no break either. ``None`` when there is no break.
    """
    found = _INNER_BREAK.search(text, start, end)
    stop = _sentence_end(text, start, end)
    if stop is not None and (found is None or stop[0] < found.start()):
        return stop
    if found is None:
        return None
    quote = found.group(2)
    if quote is None:
        return found.start() + 1, found.end()
    if _CLOSING[quote] in text[found.end() : end]:
        return None
    return found.start(), found.end() - 1


def _sentence_end(text: str, start: int, end: int) -> tuple[int, int] | None:
    for found in _FULL_STOP.finditer(text, start, end):
        if ends_sentence(found.group(1) + "."):
            return found.end(1), found.end()
    return None


def ends_sentence(word: str) -> bool:
    """Whether ``word``'s full stop ends a sentence: "Global.", not "St.", "Capt." or "Corp."."""
    stem = word[:-1] if word.endswith(".") else ""
    return (
        len(stem) >= 4
        and stem.isalpha()
        and stem.casefold() not in _LONG_ABBREVIATIONS
        and not is_title_word(stem)
    )


def before_score(text: str, start: int, end: int) -> int:
    """Where a span that ends in a match's score should end: "Paris Saint-Germain 1-0"."""
    found = _SCORE.search(text, start, end)
    return found.start() if found is not None and found.start() > start else end


def before_open_bracket(text: str, start: int, end: int) -> int:
    """Where a span that opens a bracket it does not close should end.

    The model writes "Organisation of Islamic Cooperation (OIC" as one name and leaves the
    ")" outside; cut at the bracket, the short form is found as a mention of its own.
    """
    bracket = text.rfind("(", start, end)
    if bracket <= start or text.find(")", bracket, end) >= 0:
        return end
    return len(text[start:bracket].rstrip()) + start
