"""A capitalised cry ("Hurrah!", "‘Cooee!’") is a word called out, not somebody's name.

The model reads a one-word exclamation as a name, most of all when quotation marks set it
apart. A word is a cry when two in three of its mentions (two or more) are called out,
followed by "!" or alone in quotation marks, and the text treats it as a word: writes it
in lower case too ("Hurrah! hurrah! hurrah!") or quotes it as a word, with no "!" ("the
cry of ‘Cooee’ was a signal"). A name is called out too ("‘Fritz! Fritz!’ she cried"),
but never quoted as a word nor written in lower case, so it stays a name; a nickname set
in quotation marks and never called out ("“Granddad” said") is a name too.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.language.spans import lowercase_words
from reader.core.text.mentions import ACTOR_LABELS, Mention

_OPENING = "“‘\"'"
_CLOSING = "”’\"'"
_MIN_CRIES = 2
_CALLED = "called"
_QUOTED = "quoted"


def drop_cries(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` less those of one-word names that the text only calls out."""
    cries: dict[str, list[str]] = {}
    for mention in mentions:
        if mention.label in ACTOR_LABELS and not mention.inferred and " " not in mention.text:
            cries.setdefault(mention.text, []).append(_cry(text, mention))
    if not any(any(found) for found in cries.values()):
        return list(mentions)
    lower = lowercase_words(text)
    words = {word for word, found in cries.items() if _cried(word, found, lower)}
    return [m for m in mentions if m.inferred or m.text not in words]


def _cried(word: str, found: list[str], lower: frozenset[str]) -> bool:
    called = sum(bool(how) for how in found)
    if called < _MIN_CRIES or 3 * called < 2 * len(found) or _CALLED not in found:
        return False  # “Granddad” said, “Granddad” gave: a nickname in quotation marks
    return word.casefold() in lower or _QUOTED in found


def _cry(text: str, mention: Mention) -> str:
    """How the mention is called out: followed by "!", alone in quotation marks, or not."""
    after = text[mention.end : mention.end + 1]
    if after == "!":
        return _CALLED
    before = text[mention.start - 1 : mention.start] if mention.start else ""
    beyond = text[mention.end + 1 : mention.end + 2]
    quoted = (
        bool(before)
        and before in _OPENING
        and bool(after)
        and after in _CLOSING
        and not beyond.isalpha()
    )
    return _QUOTED if quoted else ""
