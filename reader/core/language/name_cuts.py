"""Where punctuation cuts a model's span: a dash, a colon, an italic phrase around it.

:mod:`reader.core.language.name_edges` trims a name's words; these say which side of a dash
or a colon holds the name, and which underscored phrases are foreign words or titles.
"""

from __future__ import annotations

import re

from reader.core.text.scanning import finditer_sliced

_ITALIC = re.compile(r"(?<![\w_])_([^_\n]{1,200})_(?![\w_])")
_LOWER_WORD = re.compile(r"(?:^|\s)[a-z]")
# What a dash takes with it on either side: quotes, spaces and the comma, semicolon or colon
# that punctuates a clause before it ("the Amalgamated Sons of Rest,—a society").
_DASH_EDGE = " \t\"'“”‘’-—,;:"
_COLON = re.compile(r":\s")


def phrases_in_italics(text: str) -> list[tuple[int, int]]:
    """Inner spans of the italic runs that hold a lower-case word (sorted, disjoint).

    Plain-text books mark italics with underscores; an italic phrase with lower-case words
    is a foreign phrase ("_Hekinah degul_") or a title ("_Undine and Sintran_"), and the
    capitalised word in it is nobody.
    """
    return [
        (match.start(1), match.end(1))
        for match in finditer_sliced(_ITALIC, text)  # one line at most
        if _LOWER_WORD.search(match.group(1))
    ]


def cut_at_dash(text: str, start: int, end: int) -> tuple[int, int]:
    """The side of a dash that holds a name.

    "Blowers”--a pleasantry" is "Blowers", and "now”—Michael Ivánovich" is "Michael Ivánovich".
    The comma before the dash goes with it: "the Amalgamated Sons of Rest,—a society".
    """
    dash = min(
        (i for i in (text.find("--", start, end), text.find("—", start, end)) if i > start),
        default=end,
    )
    if dash == end:
        return start, end
    left = dash
    while left > start and text[left - 1] in _DASH_EDGE:
        left -= 1
    if any(c.isupper() for c in text[start:left]):
        return start, left
    right = dash
    while right < end and text[right] in _DASH_EDGE:
        right += 1
    return right, end


def cut_at_colon(text: str, start: int, end: int) -> tuple[int, int]:
    """The side of a colon that holds a name: "Coroner: What did you" is "Coroner"."""
    colon = _COLON.search(text, start, end)
    if colon is None:
        return start, end
    if any(c.isupper() for c in text[start : colon.start()]):
        return start, colon.start()
    return colon.end(), end
