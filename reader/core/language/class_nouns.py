"""A capitalised word after "a", "an", "another" or a number: a kind of thing, not an actor.

"Hooper was a Quaker", "his wife was an Elphberg", "two Colt revolvers", "another Giotto":
an indefinite article or a count before a one-word name says the word stands for a
class (a faith, a family, a make, a kind of person), or is an adjective ("a Gothic
window"); it points at no one actor. Acronyms stay ("a NASA engineer" is about NASA),
and so do longer names ("a Mr. Smith", "an Elizabeth Bennet").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.text.mentions import Mention

_COUNT_BEFORE = re.compile(
    r"(?<![\w’'-])(?:a|an|another|two|three|four|five|six|seven|eight|nine|ten) $",
    re.IGNORECASE,
)
_LOOK_BACK = 12


def drop_class_nouns(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the one-word names that follow an indefinite article or a count."""
    return [m for m in mentions if m.inferred or not _class_noun(text, m)]


def _class_noun(text: str, mention: Mention) -> bool:
    word = mention.text
    if " " in word or word.isupper() or not word[:1].isupper():
        return False
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    return _COUNT_BEFORE.search(before) is not None
