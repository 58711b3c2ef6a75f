"""A name the model cut at a hyphen grows over the capitalised part after it: "Météo-France"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.language.lexicon import english_lexicon
from reader.core.language.word_tables import FUNCTION_WORDS
from reader.core.text.mentions import ACTOR_LABELS, Mention

# "-France", "-Württemberg", "-La Mancha" is left to the model; one capitalised part or more.
_CONTINUATION = re.compile(r"(?:-[A-Z][^\W\d_]*)+(?![\w-])")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def hyphen_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a name stopped before "-" and a capital grown over that part.

    "according to Météo-France" gave the model "Météo". Two names joined by a hyphen
    before a noun are a modifier, not a name ("the US-China trade war", "a Trump-Kim
    summit"), and stay as the model left them: the name grows only when what follows is no
    lower-case word, or is a verb form ("Météo-France said") or a function word.
    """
    starts = {m.start for m in mentions}
    out: list[Mention] = []
    for mention in mentions:
        found = _CONTINUATION.match(text, mention.end) if mention.label in ACTOR_LABELS else None
        if found is None or any(start in starts for start in range(found.start(), found.end())):
            out.append(mention)
            continue
        nxt = _NEXT_WORD.match(text, found.end())
        word = nxt.group(1) if nxt else ""
        if word and word not in FUNCTION_WORDS and not english_lexicon().inflected_verb(word):
            out.append(mention)
            continue
        end = found.end()
        out.append(Mention(mention.start, end, text[mention.start : end], mention.label))
    return out
