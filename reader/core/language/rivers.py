"""A name the text crosses or walks the banks of is a river (LOC), whatever the model said.

"The troops crossed the Niemen", "the left bank of the Danube", "the crossing of the
Berëzina", "the river Kolochá": the model reads such a name as a town, a body or even a
man, sentence by sentence. A reader sees water (or a range one crosses): a location, not
a town. The whole text decides, after :mod:`reader.core.language.place_evidence` has
told places from people.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.core.language.head_words import place_head_label
from reader.core.language.mention_cues import has_person_cue
from reader.core.language.place_evidence import modifies
from reader.core.language.place_phrases import WATER_PARTS
from reader.core.language.spans import lowercase_words
from reader.core.language.titles import title_class
from reader.core.text.mentions import Mention, relabelled

# "the left bank of the Danube", "crossed the Niemen", "the crossing of the Berëzina", "the
# river Kolochá", "the Enns river".
_WATER_BEFORE = re.compile(
    rf"\b(?:(?:{WATER_PARTS}|margin|crossing)\s+of\s+the|cross(?:ed|es|ing)?\s+the"
    r"|river)\s+\Z",
    re.IGNORECASE,
)
_RIVER_AFTER = re.compile(r" river\b")
_THE_OR_RIVER = re.compile(r"\b(?:the|river)\s+\Z", re.IGNORECASE)
# The model's "person" too ("the river Kolochá" is one in some sentences), unless the text
# gives it a title or a person's cue.
_RIVER_CANDIDATES = frozenset(
    {"GPE", "ORG", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PERSON"}
)


def rivers(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the rivers the model calls towns or bodies labelled LOC.

    A name the text puts after "the" (or "river") two times in three, that is crossed or
    has banks, waters or a mouth at least once and is nobody's name, is a river. A use as
    a modifier ("crossed the Vienna bridge") counts for neither side, and a name with a
    head word of its own ("the Stone Bridge") keeps the kind that word gives. The model's
    "person" that has a title or a person's cue somewhere is nobody's river.
    """
    candidates = [m for m in mentions if not m.inferred and m.label in _RIVER_CANDIDATES]
    # Most names are never crossed: only theirs are weighed (a book has 20,000 names).
    watered = {m.text.casefold() for m in candidates if _watered(text, m)}
    uses: Counter[str] = Counter()
    the: Counter[str] = Counter()
    water: Counter[str] = Counter()
    people: set[str] = set()
    lower = lowercase_words(text) if watered else frozenset()
    for mention in candidates:
        spelling = mention.text.casefold()
        if spelling not in watered:
            continue
        if modifies(text, mention) or place_head_label(mention.text):
            continue
        uses[spelling] += 1
        the[spelling] += bool(_THE_OR_RIVER.search(text, max(0, mention.start - 30), mention.start))
        water[spelling] += _watered(text, mention)
        if mention.label == "PERSON" and (
            title_class(mention.text.split()[0]) or has_person_cue(text, mention, lower)
        ):
            people.add(spelling)
    found = {s for s, n in uses.items() if water[s] and 3 * the[s] >= 2 * n and s not in people}
    return relabelled(mentions, found, _RIVER_CANDIDATES, "LOC")


def _watered(text: str, mention: Mention) -> bool:
    """Whether the text crosses the name or gives it banks ("the bank of the Danube")."""
    return bool(
        _WATER_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        or _RIVER_AFTER.match(text, mention.end)
    )
