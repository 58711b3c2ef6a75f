"""A name blanked after its first letter is whole with its dash: "Mr G—n", "Lady B——".

Novels of 1750-1900 hide a real-seeming name behind a dash ("Mr. D——", "Colonel G—n",
"W—m, the Poet"); the model reads the letter alone, or nothing. A capital letter followed by
an em dash (or "--") and at most four lower-case letters is one name: a mention that ends
on the letter grows over the dash, and one the model missed is a person's, with the title
right before it ("Colonel G—n"). "I", "A" and "O" with a dash are a stammer or a cry ("I—I
cannot"), and a word ("Yes—and") is no letter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.language.titles import is_title_word
from reader.core.text.mentions import ACTOR_LABELS, Mention

_BLANK = re.compile(r"(?:—|--)+[a-z]{0,4}(?![\w—-])")
_LETTER_END = re.compile(r"(?<![\w’'.-])[A-Z]\Z")
# One blanked name or more in a row: "W—m", "N— N—" (a first name and a surname).
_BLANKED = re.compile(
    r"(?<![\w’'—-])[B-HJ-NP-Z](?:—|--)+[a-z]{0,4}(?: [A-Z](?:—|--)+[a-z]{0,4})*(?![\w—-])"
)
_TITLE_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)\.? \Z")


def blanked_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` grown over a blank after their last letter, and the blanked names missed."""
    out: list[Mention] = []
    for mention in mentions:
        blank = (
            _BLANK.match(text, mention.end)
            if mention.label in ACTOR_LABELS and _LETTER_END.search(mention.text)
            else None
        )
        if blank is None:
            out.append(mention)
            continue
        end = blank.end()
        out.append(Mention(mention.start, end, text[mention.start : end], "PERSON"))
    covered = bytearray(len(text) + 1)
    for mention in out:
        covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    for found in _BLANKED.finditer(text):
        start, end = found.span()
        if any(covered[start:end]):
            continue
        title = _TITLE_BEFORE.search(text, max(0, start - 20), start)
        if title is not None and is_title_word(title.group(1)) and not covered[title.start(1)]:
            start = title.start(1)
        out.append(Mention(start, end, text[start:end], "PERSON"))
    return out
