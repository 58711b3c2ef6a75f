"""Unicode forms for matching: composed accents, no invisible characters; shown text unchanged.

"José" typed with a combining accent (NFD) and "José" with a precomposed "é" (NFC) are
one name, and a zero-width space or a soft hyphen inside a name must not cut it.
Grouping keys use :func:`matching_form` (and :func:`without_accents` where a text writes a
name both ways); the model reads :func:`model_copy` and its
spans are mapped back onto the text the reader sees with :func:`original_span`.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from typing import TypeAlias

#: Zero-width space, non-joiner, joiner, word joiner, soft hyphen, BOM.
_INVISIBLE = "\u200b\u200c\u200d\u2060\u00ad\ufeff"
_INVISIBLE_CHAR = re.compile(f"[{_INVISIBLE}]")
# An invisible character, or a letter followed by combining marks.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
_SPECIAL = re.compile(f"[{_INVISIBLE}]|.[{_MARKS}]+", re.S)

#: For each character of a model copy, where it starts and ends in the original.
Mapping: TypeAlias = "tuple[array[int], array[int]]"


def matching_form(text: str) -> str:
    """``text`` in NFC without invisible characters: the form names are compared in."""
    return unicodedata.normalize("NFC", _INVISIBLE_CHAR.sub("", text))


def without_accents(text: str) -> str:
    """``text`` with its stress marks and diaereses taken off: "Natásha" -> "Natasha".

    For names written with and without them ("Mahārāshtra", "Maharashtra"); shown text
    keeps them.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def model_copy(text: str) -> tuple[str, Mapping | None]:
    """The text the model reads, and how to map its offsets back (``None``: unchanged).

    Invisible characters are left out and a letter with combining accents becomes its
    composed form; everything else is kept as it is.
    """
    if not _SPECIAL.search(text):
        return text, None
    parts: list[str] = []
    starts: array[int] = array("l")
    ends: array[int] = array("l")
    position = 0
    for match in _SPECIAL.finditer(text):
        parts.append(text[position : match.start()])
        starts.extend(range(position, match.start()))
        ends.extend(range(position + 1, match.start() + 1))
        position = match.end()
        cluster = match.group()
        if cluster in _INVISIBLE:
            continue
        composed = unicodedata.normalize("NFC", cluster)
        if len(composed) > len(cluster):
            composed = cluster
        parts.append(composed)
        # Each composed character stands for its original characters; the last one
        # takes in whatever marks did not compose.
        for index in range(len(composed)):
            starts.append(match.start() + index)
            ends.append(match.start() + index + 1 if index < len(composed) - 1 else match.end())
    parts.append(text[position:])
    starts.extend(range(position, len(text)))
    ends.extend(range(position + 1, len(text) + 1))
    return "".join(parts), (starts, ends)


def original_span(mapping: Mapping | None, start: int, end: int) -> tuple[int, int]:
    """The span ``[start, end)`` of a model copy as a span of the original text."""
    if mapping is None:
        return start, end
    starts, ends = mapping
    return starts[start], ends[end - 1]
