"""An abbreviated given name opens the name after it: "Jno. Wm Foster", "Chas. Dickens".

Old letters, signatures and records shorten given names ("Jno." for John, "Wm" for
William, "Chas.", "Thos.", "Geo."), and the model stops at the dot: "Jno" a person and
"Foster" another, "Geo" a product and "Washington" a town. A mention that is such an
abbreviation, followed (after its dot, other such abbreviations and initials) by the
next mention, is joined to it as one person's name. One look at the gap between two
neighbouring mentions: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.text.mentions import Mention

# The customary English contractions of given names (the first letters and the last).
_GIVEN = (
    "Jno|Wm|Chas|Thos|Geo|Jas|Robt|Benj|Saml|Edw|Richd|Jos|Danl|Nathl|Alexr|Fredk|Hy|Eliz|Margt"
)
_ABBREVIATION = re.compile(rf"(?:{_GIVEN})")
# After the first abbreviation: its dot, then more abbreviations or initials, then a space.
_GAP = re.compile(rf"\.?(?:\s+(?:(?:{_GIVEN})\.?|[A-Z]\.))*\s+")


def join_name_abbreviations(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each abbreviated given name joined to the name it opens."""
    ordered = sorted(mentions)
    out: list[Mention] = []
    index = 0
    while index < len(ordered):
        mention = ordered[index]
        nxt = ordered[index + 1] if index + 1 < len(ordered) else None
        if nxt is not None and _ABBREVIATION.fullmatch(mention.text):
            gap = _GAP.match(text, mention.end)
            if gap is not None and gap.end() == nxt.start and nxt.text[:1].isupper():
                end = nxt.end
                out.append(Mention(mention.start, end, text[mention.start : end], "PERSON"))
                index += 2
                continue
        out.append(mention)
        index += 1
    return out
