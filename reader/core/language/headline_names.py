"""A headline the model read as one name is cut to the names the story uses alone.

A headline writes every word with a capital ("Meta's Victory Opens the Way for Silicon
Valley", "Burnley 0 Manchester United 0"), and the model takes a run of it for one long
name. The story then names the parts on their own ("Meta", "Silicon Valley", "Burnley").
A span on a line in Title Case that the text writes nowhere else is cut to the names
found alone elsewhere that it holds, when what is left is no part of a name: a score's
digits, a small word no name holds ("the", "for", "to", but not "of" or "and": "Bank of
England" stays whole), or a possessive after the name that opens the span ("Meta's
Victory"; not "St. John’s Wood", a place).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.core.text.local import line_words
from reader.core.text.mentions import ACTOR_LABELS, Mention

_WORD = re.compile(r"\S+")
_POSSESSIVES = ("'s", "’s")
# Small words that join a name's words ("Bank of England", "Trinidad and Tobago").
_JOINING = frozenset({"of", "and", "the", "de", "du", "da", "la", "le", "von", "van", "&"})
_MAX_NAME_WORDS = 5


def headline_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each glued headline span cut to the names it holds (above)."""
    spellings = Counter(m.text for m in mentions if not m.inferred)
    out: list[Mention] = []
    for mention in mentions:
        parts = None
        if (
            mention.label in ACTOR_LABELS
            and not mention.inferred
            and mention.text.count(" ") >= 2
            and spellings[mention.text] == 1
            and _title_case_line(text, mention.start)
        ):
            parts = _named_parts(mention, spellings)
        out.extend(parts or [mention])
    return out


def _named_parts(mention: Mention, spellings: Counter[str]) -> list[Mention] | None:
    words = list(_WORD.finditer(mention.text))
    parts: list[Mention] = []
    left: list[str] = []
    owned = False
    index = 0
    while index < len(words):
        found = _longest_name(mention.text, words, index, spellings)
        if found is None:
            left.append(words[index].group())
            index += 1
            continue
        end_index, name = found
        start = mention.start + words[index].start()
        parts.append(Mention(start, start + len(name), name, mention.label))
        # "Meta's Victory Opens": a headline opens with its subject's possessive; "St.
        # John’s Wood" is a place's name ("St." before it, "Wood" a name's word after).
        owned = owned or (index == 0 and words[end_index - 1].group().endswith(_POSSESSIVES))
        index = end_index
    if not parts or not left:
        return None
    glue = owned or any(
        word.isdigit() or (word.islower() and word not in _JOINING) for word in left
    )
    return parts if glue else None


def _longest_name(
    text: str, words: list[re.Match[str]], index: int, spellings: Counter[str]
) -> tuple[int, str] | None:
    """The longest name the text writes alone that opens at ``words[index]``."""
    for end in range(min(len(words), index + _MAX_NAME_WORDS), index, -1):
        if end - index == len(words):
            continue  # the whole span
        name = text[words[index].start() : words[end - 1].end()]
        for suffix in _POSSESSIVES:
            name = name.removesuffix(suffix)
        if name[:1].isupper() and spellings.get(name, 0) > 0:
            return end, name
    return None


def _title_case_line(text: str, position: int) -> bool:
    words = line_words(text, position)
    lowered = [w for w in words if w[:1].islower()]
    return len(words) >= 3 and len(lowered) <= max(1, len(words) // 4)
