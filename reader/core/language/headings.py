"""A chapter's title after its label ("CHAPTER I. A BOARDING SCHOOL") names no actor of its own.

A book prints a chapter's title in capitals after the label, on the label's line
("CHAPTER I. THE YOUNG ADVENTURERS, LTD.", "CHAPTER 1. I AM BORN"). The model reads such a
title as a name. The title is structure, like the label: a name in it counts only when the
text names it elsewhere too ("CHAPTER I. JONATHAN HARKER'S JOURNAL" keeps "JONATHAN
HARKER"), cut to the part the text names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from reader.core.language.titles import is_title_word
from reader.core.language.word_tables import FUNCTION_WORDS
from reader.core.text.mentions import Mention
from reader.core.text.scanning import finditer_sliced
from reader.core.text.structure import capital_lines, heading_label_spans

_SPACE = re.compile(r"[ \t\n]")
_MAX_TITLE_WORDS = 8
_POSSESSIVE = re.compile(r"[’']S$", re.IGNORECASE)
_EDGE = ".,;:!?()[]\"'“”‘’-—"


def title_spans(text: str) -> list[tuple[int, int]]:
    """Each chapter label's title (sorted, disjoint).

    The words in capitals after the label on its line ("CHAPTER I. A BOARDING SCHOOL"),
    else those opening the next line, or the whole next line when it is a short line in
    Title Case ("The Missing Heir."). Past blank lines, only a line that is a paragraph of
    its own is a title: a chapter's first paragraph is not. A label's line in Title Case
    ("I. A Scandal in Bohemia") is a title too, and so is a lone line in capitals
    (:func:`reader.core.text.structure.capital_lines`).
    """
    spans: list[tuple[int, int]] = []
    labels = heading_label_spans(text)
    for _, end in labels:
        line_end = _line_end(text, end)
        stop = _capitals_run(text, end, line_end)
        rest = text[end:line_end]
        if stop == end and rest.strip(" \t.:") and _title_case_line(rest):
            stop = end + len(rest.rstrip())
        elif stop == end and not rest.strip(" \t.:"):
            start = _next_line(text, line_end)
            if start < 0:
                continue
            line_end = _line_end(text, start)
            stop = _capitals_run(text, start, line_end)
            if stop == start and _title_case_line(text[start:line_end]):
                stop = start + len(text[start:line_end].rstrip())
            end = start
        if stop > end and any(c.isupper() for c in text[end:stop]):
            spans.append((end, stop))
    return _disjoint([*spans, *capital_lines(text, labels)])


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _next_line(text: str, line_end: int) -> int:
    """Where the line after ``line_end`` starts; past blank lines only to a one-line paragraph."""
    if line_end >= len(text):
        return -1
    start = line_end + 1
    blank = False
    while start < len(text) and not text[start : _line_end(text, start)].strip():
        blank = True
        start = _line_end(text, start) + 1
    if start >= len(text):
        return -1
    after = _line_end(text, start)
    if blank and after < len(text) and text[after + 1 : _line_end(text, after + 1)].strip():
        return -1  # "CHAPTER I⏎⏎“Well, Prince, so Genoa…⏎…": the chapter's first paragraph
    return start


def _capitals_run(text: str, position: int, line_end: int) -> int:
    """The end of the words with no lower-case letter from ``position`` on its line."""
    stop = position
    while position < line_end:
        while position < line_end and text[position] in " \t":
            position += 1
        space = _SPACE.search(text, position, line_end)
        word_end = space.start() if space else line_end
        word = text[position:word_end]
        if not word or any(c.islower() for c in word):
            break
        stop = position = word_end
    return stop


def _title_case_line(line: str) -> bool:
    """A short line of capitalised words and small function words ("The Missing Heir.")."""
    words = line.split()
    return 0 < len(words) <= _MAX_TITLE_WORDS and all(
        not word[:1].islower() or word in FUNCTION_WORDS for word in words
    )


def drop_heading_titles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` less those in a chapter title that the text does not name elsewhere."""
    titles = title_spans(text)
    if not titles:
        return list(mentions)
    starts = [start for start, _ in titles]

    def title_end(mention: Mention) -> int:
        index = bisect.bisect_right(starts, mention.start) - 1
        return titles[index][1] if index >= 0 and mention.start < titles[index][1] else -1

    out: list[Mention] = []
    in_titles: list[tuple[Mention, int]] = []
    for mention in mentions:
        end = title_end(mention)
        if end < 0:
            out.append(mention)
            continue
        in_titles.append((mention, end))
        after = _after_title(text, mention, end)
        if after is not None:
            out.append(after)
    known = {key for m in out for key in _keys(m.text)}
    for mention, end in in_titles:
        named = _part_named_elsewhere(text, mention, min(end, mention.end), known)
        if named is not None:
            out.append(named)
    return sorted(out)


def _after_title(text: str, mention: Mention, end: int) -> Mention | None:
    """What of a span glued over a title's end lies after it ("DIARY Peter Kemble")."""
    start = end
    while start < mention.end and (text[start].isspace() or text[start] in _EDGE):
        start += 1
    if start >= mention.end or not text[start].isupper():
        return None
    rest = text[start : mention.end]
    lower_word = re.compile(rf"\b{re.escape(rest.lower())}\b")
    if " " not in rest and next(finditer_sliced(lower_word, text, cut=" "), None):
        return None  # "I AM BORN Whether I shall": a word the text writes in lower case
    return Mention(start, mention.end, rest, mention.label)


def _keys(name: str) -> set[str]:
    """How a name elsewhere may appear in a title: whole, untitled, or by its last word."""
    words = name.split()
    keys = {_key(name), _key(words[-1])}
    if len(words) > 1 and is_title_word(words[0]) and words[1][:1].isupper():
        keys.add(_key(" ".join(words[1:])))
    return keys


def _key(name: str) -> str:
    return _POSSESSIVE.sub("", name.strip(_EDGE)).casefold()


def _part_named_elsewhere(
    text: str, mention: Mention, stop: int, known: set[str]
) -> Mention | None:
    """The longest run of the mention's words before ``stop`` that the text names elsewhere."""
    inside = text[mention.start : stop]
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", inside)]
    for size in range(len(words), 0, -1):
        for first in range(len(words) - size + 1):
            start = words[first][0]
            end = words[first + size - 1][1]
            part = inside[start:end]
            if _key(part) in known:
                begin = mention.start + start
                finish = mention.start + end
                while begin < finish and text[begin] in _EDGE:
                    begin += 1
                finish = begin + len(_POSSESSIVE.sub("", text[begin:finish].rstrip(_EDGE)))
                finish = begin + len(text[begin:finish].rstrip(_EDGE))
                return Mention(begin, finish, text[begin:finish], mention.label)
    return None
