"""Crude English stems, to see the lower-case word behind a capitalised one ("Pillows", "pillow").

A word that opens a sentence is capitalised by the sentence alone; the text shows it is an
ordinary word when it uses that word in lower case, in this form or another ("Riding" beside
"ride", "Hushed" beside "hush"). Words inside hyphenated compounds ("sweet-williams") are
left out: a plant or a made-up word is no evidence against a name.
"""

from __future__ import annotations

import re

from reader.core.text.scanning import slice_ends

# Longest first: "riding" and "rides" share "rid" with "ride".
_SUFFIXES = ("ings", "ing", "edly", "ed", "ers", "er", "ies", "es", "s", "ly", "e")
_MIN_STEM = 3
_PLAIN_LOWER = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")


def word_stem(word: str) -> str:
    """A crude stem of a lower-case word ("pillows" -> "pillow", "riding" -> "rid")."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    return word


def lowercase_stems(text: str) -> set[str]:
    """The stems of the words ``text`` writes in lower case, outside hyphenated compounds.

    Scanned in slices cut at spaces, so a book never holds the interpreter lock long.
    """
    stems: set[str] = set()
    for start, end in slice_ends(text, " "):
        stems.update(word_stem(w) for w in set(_PLAIN_LOWER.findall(text, start, end)))
    return stems
