"""A calling that opens a sentence is cut from the name after it ("Goalkeeper Manuel Neuer")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.language.body_nouns import is_body_kind
from reader.core.language.person_cues import is_calling
from reader.core.language.spans import at_sentence_start
from reader.core.language.titles import is_title_word
from reader.core.text.mentions import Mention

_FIRST_WORD = re.compile(r"([A-Z][a-z-]+) +(?=[^\W\d_])")
# A compound whose later parts are in lower case ("Fly-half", "Co-founder") is a common noun
# a sentence capitalised: names capitalise every part ("Saint-Germain", "Sayed-Khaiyum").
_LOWER_COMPOUND = re.compile(r"[A-Z][a-z]*(?:-[a-z]+)+")
# Kinds a body's name can carry that the model sometimes gives to what follows a calling.
_BODY_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


def opening_callings(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a sentence's capitalised calling or body's kind cut off the front.

    News writes "goalkeeper Manuel Neuer" and "broadcaster CCTV" in lower case mid-sentence,
    but a sentence opens with a capital: "Goalkeeper Manuel Neuer made saves", "Broadcaster
    CCTV reported". The calling is no part of the name; after a body's kind the name is a
    body. So is a compound in lower case after its capital ("Fly-half Handré Pollard"),
    alone or before a name. Titles ("Doctor Watson", "Captain Smith") are left to the title
    rules.
    """
    kept: list[Mention] = []
    for mention in mentions:
        if _LOWER_COMPOUND.fullmatch(mention.text) and at_sentence_start(text, mention.start):
            continue  # "Fly-half Handré Pollard kicked": the model's body "Fly-half"
        found = _FIRST_WORD.match(mention.text)
        if found is None or not at_sentence_start(text, mention.start):
            kept.append(mention)
            continue
        word = found.group(1).lower()
        body = is_body_kind(word)
        compound = _LOWER_COMPOUND.fullmatch(found.group(1)) is not None
        if is_title_word(word) or not (body or compound or is_calling(word)):
            kept.append(mention)
            continue
        start = mention.start + found.end()
        label = "ORG" if body and mention.label not in _BODY_LABELS else mention.label
        kept.append(Mention(start, mention.end, text[start : mention.end], label))
    return kept
