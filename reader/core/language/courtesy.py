"""A courtesy title written without its dot opens no name: "Ms Shenton" is Shenton."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.text.mentions import Mention

# British news drops the dot ("Mr Miliband", "Ms Shenton", "Dr Jones"); the model then takes
# the title into the name, as it never does with the dot ("Mr. Cameron" is "Cameron").
_COURTESY = re.compile(r"(?:Mr|Mrs|Ms|Mx|Dr) (?=[A-Z][a-z])")


def courtesy_cuts(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a leading dotless courtesy title cut off; the rest is a person.

    Titles are no part of a name (a person's key never holds them either), and a "Mr" is
    a person whatever the model called the span ("Mr Miliband" read as a product).
    """
    out: list[Mention] = []
    for mention in mentions:
        title = _COURTESY.match(mention.text)
        if title is None or mention.inferred:
            out.append(mention)
            continue
        start = mention.start + title.end()
        out.append(Mention(start, mention.end, text[start : mention.end], "PERSON"))
    return out
