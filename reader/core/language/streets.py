"""Streets in the old spelling, one hyphened word: "in Newgate-street", "at No. --Wall-street".

Older books write a street's name and "street", "lane", "square" and the like as one
word joined by a hyphen. The model reads the capitalised part alone ("Newgate") or
nothing, so the whole word is a street (FAC): a span the model ends at the hyphen takes in
the street word, and a word no span touches becomes a street of its own. A word that opens
a sentence and that the text also writes in lower case is a common noun ("Side-streets ran
off it" beside "the side-street"), not a street's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.language.spans import at_sentence_start, lowercase_words
from reader.core.text.mentions import Mention
from reader.core.text.scanning import finditer_sliced

_STREET = re.compile(
    r"(?<![\w’'])(?<!\w-)([A-Z][a-z]+(?:-[A-Z][a-z]+)*)-"
    r"(?:[Ss]treet|[Ll]ane|[Ss]quare|[Rr]oad|[Rr]ow|[Aa]lley|[Tt]errace|[Yy]ard)s?(?![\w’'-])"
)


def hyphened_streets(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with every hyphened street whole (see the module notes)."""
    out = list(mentions)
    by_end = {m.end: i for i, m in enumerate(out)}
    starts = {m.start for m in out}
    covered: list[tuple[int, int]] = [(m.start, m.end) for m in out]
    # A slice at a time: one scan of a book for a rare pattern holds the interpreter lock.
    for match in finditer_sliced(_STREET, text):
        start, end = match.span()
        first_word = match.group(1).split("-")[0].lower()
        if at_sentence_start(text, start) and first_word in lowercase_words(text):
            continue
        hyphen = match.end(1)
        index = by_end.get(hyphen)
        if index is not None and out[index].start >= start:
            out[index] = Mention(start, end, text[start:end], "FAC")
        elif start not in starts and not any(s < end and start < e for s, e in covered):
            out.append(Mention(start, end, text[start:end], "FAC"))
    return out
