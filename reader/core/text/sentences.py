"""Sentence bounds by a small regular-expression splitter.

Only good enough to show a mention in its sentence (CSV export, tooltips): it splits
after ``.``, ``!`` or ``?`` followed by space and a sentence-like start, and at every
line break, but not after titles ("Mr.", "Dr.", "St."), dotted abbreviations ("U.S.",
"e.g.") or a single initial ("John F. Kennedy"). No model is loaded for it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

#: Words that end in a dot without ending the sentence (compared case-folded, no dot).
ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "rev", "hon", "gen", "lt",
        "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov", "sen", "rep", "pres",
        "amb", "fr", "mt", "ft", "no", "nos", "vs", "etc", "al", "approx", "dept",
        "est", "fig", "inc", "corp", "ltd", "co", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vol", "pp", "ed", "eds",
    }
)  # fmt: skip

# A candidate end: terminal punctuation, any closing quotes or brackets, then space
# (not a newline, handled separately) and the next sentence's first character.
_END = re.compile(r"[.!?]+[\"')\]\u2019\u201d]*[ \t\u00a0]+(?=\S)")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_DOTTED = re.compile(r"(?:\w\.)+\w?")


def _is_abbreviation(head: str) -> bool:
    """Whether the text up to and including a final dot ends with an abbreviation."""
    match = _WORD_BEFORE.search(head)
    if match is None:
        return False
    word = match.group(1)
    if word.casefold() in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # An initial: "John F. Kennedy".
    return bool(_DOTTED.fullmatch(word))  # "U.S.", "e.g."


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within one line ``text[start:end]``, trimmed of spaces."""
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _END.finditer(text, start, end):
        punct_end = match.start() + len(match.group().rstrip(" \t\u00a0"))
        nxt = text[match.end()]
        if nxt.islower():
            continue  # "e.g. the ..." or "3 p.m. on Monday": the sentence goes on.
        if text[match.start()] == "." and _is_abbreviation(text[begin : match.start() + 1]):
            continue
        spans.append((begin, punct_end))
        begin = match.end()
    spans.append((begin, end))
    return [_trim(text, a, b) for a, b in spans if text[a:b].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Half-open ``(start, end)`` spans of every sentence, in text order.

    Spans exclude surrounding whitespace; blank lines yield nothing.
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        spans.extend(_split_line(text, offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def sentence_at(
    text: str, offset: int, bounds: Sequence[tuple[int, int]] | None = None
) -> tuple[int, int]:
    """The span of the sentence holding ``offset``.

    An offset between sentences belongs to the sentence before it (or the first one);
    an empty text gives ``(0, 0)``.

    Args:
        text: The document text.
        offset: A code-point index into ``text``.
        bounds: ``sentence_bounds(text)`` when the caller already has it (an export
            asks once per mention).
    """
    spans = sentence_bounds(text) if bounds is None else bounds
    if not spans:
        return (0, 0)
    index = bisect.bisect_right([s for s, _ in spans], offset) - 1
    return spans[max(index, 0)]
