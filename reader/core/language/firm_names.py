"""A firm's first word alone names it wherever it recurs: "Imperial" of "Imperial Oil Ltd."."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.language.spans import at_sentence_start
from reader.core.language.word_tables import CLOSED_CLASS
from reader.core.text.mentions import Mention

# A firm's legal ending: "Imperial Oil Ltd.", "Restaurant Brands International Inc.".
_LEGAL_END = re.compile(r"\s(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|Limited|Corporation)\.?\Z")
_FIRST_WORD = re.compile(r"[A-Z][a-z]{2,}(?= )")
# Another capitalised word right after or before it makes a longer name ("Imperial College",
# "Attorney General"), and a hyphen or a dot a compound.
_NAME_AFTER = re.compile(r"[ -][A-Z]|-\w")
_NAME_BEFORE = re.compile(r"[A-Z][\w.’'-]* \Z|-\Z")


def firm_first_words(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions to add: each firm's first word used alone, as the firm (ORG).

    "Imperial Oil Ltd." is "Imperial" in "Imperial's chemical business" and "Imperial is
    benefiting", an English adjective the model passes over. Only a firm whose name carries
    its legal ending counts, and only a first word that is no small word; a use
    next to another capitalised word is another name ("Imperial College"), and one opening
    a sentence is left to the recurring names' rule.
    """
    firsts = set()
    for mention in mentions:
        first = _FIRST_WORD.match(mention.text)
        if (
            mention.label == "ORG"
            and first
            and _LEGAL_END.search(mention.text)
            and first.group().casefold() not in CLOSED_CLASS
        ):
            firsts.add(first.group())
    if not firsts:
        return []
    covered = bytearray(len(text) + 1)
    for mention in mentions:
        covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    pattern = re.compile(r"(?<![\w’'.-])(?:" + "|".join(map(re.escape, sorted(firsts))) + r")\b")
    found: list[Mention] = []
    for use in pattern.finditer(text):
        start, end = use.span()
        if (
            any(covered[start:end])
            or _NAME_AFTER.match(text, end)
            or _NAME_BEFORE.search(text, max(0, start - 30), start)
            or at_sentence_start(text, start)
        ):
            continue
        found.append(Mention(start, end, use.group(), "ORG"))
    return found
