"""A named storm is an event: "Typhoon Koppu", "Hurricane Maria", and "Koppu" alone after it.

The model calls a storm a body, a town or a person by turns ("Typhoon Koppu" an event,
"Koppu" a town). A name a storm's word opens ("Typhoon", "Hurricane", "Cyclone", "Storm",
"Tropical Storm") is the storm (EVENT), and so is its name written alone in the same
text, so the two are one actor. A storm's name is a given name or no English word:
"Tropical Storm Risk" is a forecaster, not a storm named "Risk".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.language.given_names import pet_forms
from reader.core.language.lexicon import english_lexicon
from reader.core.text.mentions import Mention, relabelled

_STORM = re.compile(r"(?:Super )?(?:Typhoon|Hurricane|Cyclone|Tropical Storm|Storm) ([A-Z]\S+)\Z")


def storm_events(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each named storm and its name alone labelled EVENT."""
    storms: set[str] = set()
    for mention in mentions:
        found = _STORM.match(mention.text) if not mention.inferred else None
        name = found.group(1).casefold() if found is not None else ""
        if name and (name in pet_forms() or not english_lexicon().readings(name)):
            storms |= {mention.text.casefold(), name}
    if not storms:
        return list(mentions)
    return relabelled(
        mentions,
        storms,
        frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP", "WORK_OF_ART"}),
        "EVENT",
    )
