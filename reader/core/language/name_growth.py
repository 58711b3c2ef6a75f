"""A person's name grows over the given name the model left out before it: "Gökmen Tanis"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.language.lexicon import english_lexicon
from reader.core.language.spans import at_sentence_start, lowercase_words
from reader.core.language.titles import is_title_word
from reader.core.text.mentions import Mention

_WORD_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][^\W\d_]+) \Z")


def grow_over_given_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a person's name grown over an unknown capitalised word before it.

    "Police named the suspect as Gökmen Tanis": the model found "Tanis" only. A word
    inside a sentence, capitalised, that English does not know and the text never writes
    in lower case, right before a person's name, is the given name. A word the text names
    as something else ("Kiev Pierre" where Kiev is a town), a title or a sentence's first
    word ("Voilà Marie") is not.
    """
    lexicon = english_lexicon()
    if not lexicon.bases:
        return list(mentions)
    lower = lowercase_words(text)
    others = {m.text for m in mentions if m.label != "PERSON"}
    ends = {m.end for m in mentions}
    out: list[Mention] = []
    for mention in mentions:
        found = (
            _WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
            if mention.label == "PERSON"
            and not mention.inferred
            and not is_title_word(mention.text.split()[0])  # "Near Hetzelsdorf Prince B."
            else None
        )
        word = found.group(1) if found else ""
        if (
            found is None
            or found.end(1) in ends
            or word in others
            or word.isupper()
            or word.casefold() in lower
            or lexicon.readings(word.casefold())
            or is_title_word(word)
            or at_sentence_start(text, found.start(1))
        ):
            out.append(mention)
            continue
        start = found.start(1)
        out.append(Mention(start, mention.end, text[start : mention.end], mention.label))
    return out
