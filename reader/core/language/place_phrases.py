"""The phrases that put a name inside a place, and whether one use of a name is a place.

"the parish of Donwell", "the banks of the Danube": parts of a place, not of a person
(:mod:`reader.core.language.place_evidence` counts them over a whole text). A name the text
uses once is a place when the text is right inside it or around it: "ended in Kent", "the
hills around Aldershot", a ship "off Ushant", "a train to Hereford", "drove to
Paddington", and "at" after a noun or a name ("his brothers at Trincomalee", "Jean M'Dill
at Dumbeg"), never after a verb or an adjective ("looked at Watson", "angry at Tom").
"""

from __future__ import annotations

import re

from reader.core.language.lexicon import english_lexicon
from reader.core.language.titles import BODY_HEADS
from reader.core.text.mentions import Mention

#: Words for a settlement that name the place beside them: "the town of Deal", "Matalam
#: town", "the township of Ainslie".
SETTLEMENTS = r"town|city|village|hamlet|township|borough|municipality|parish|county|province|port"
#: The parts of a river or a sea a text names before "of the": "the left bank of the Danube".
WATER_PARTS = r"banks?|shores?|waters|mouths?"

PREVIOUS_WORD = re.compile(r"([A-Za-z]+) [“\"‘']?\Z")
POSSESSIVE = re.compile(r"(?:’s|'s)\b")
# "the outskirts of Lee", "the western border of Surrey", "the plains of Languedoc": parts of
# a place, not of a person; a name listed first ("the plains of Guienne and Languedoc")
# shares the part with the one after it.
PART_OF = re.compile(
    r"\b(?:outskirts|borders?|county|parish|province|district|suburbs|environs|vicinity"
    r"|neighbourhood|neighborhood|angle|corner|north|south|east|west|streets|town|village"
    r"|city|plains?|landscapes?|hills|mountains|valleys?|coasts?|interior"
    rf"|{WATER_PARTS}|bend|confluence|battles?|siege)\s+of\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w’'-]+(?:,| and| or) )?\Z",
    re.IGNORECASE,
)
#: How far back (in characters) a part of a place is looked for before a name.
PART_REACH = 60
# A name used once is a place when the text is right inside it or around it ("ended in
# Kent", "the hills around Aldershot", a ship "off Ushant"); not "to" or "from" (a letter
# goes to and comes from a man). A body is "in Parliament": only near or around.
_ONCE_INSIDE = frozenset({"in", "into", "near", "around", "off"})
# "at" after a noun or a name ("his brothers at Trincomalee", "Jean M'Dill at Dumbeg"): one
# looks, laughs, aims or is angry at a man, so not after a verb or an adjective, nor a
# word the lexicon reads so.
_AT = "at"
_ONCE_BODY_INSIDE = frozenset({"near", "around"})
# "a train to Hereford", "the road to Kalúga", "a ticket for Leatherhead": a route or a
# carriage goes to a place, never to a man (a letter does).
ROUTE_TO = re.compile(
    r"\b(?:trains?|coach|steamer|boat|road|ticket|fare)\s+(?:to|for)\s+\Z",
    re.IGNORECASE,
)
# "near the Reuss", "into the Thames"; not "in the": one reads "in the Times".
_NEAR_THE = re.compile(r"\b(?:near|around|into)\s+the\s+\Z", re.IGNORECASE)
# "returning from Fareham", "drove to Paddington": one travels to and from places; one
# walks or goes to a man, so only journeys count.
_TRAVELLED = re.compile(
    r"\b(?:(?:return(?:ed|ing)|arriv(?:ed|ing)) from|(?:travell?(?:ed|ing)|journey(?:ed|ing)"
    r"|sail(?:ed|ing)|dr(?:ove|iving)|emigrat(?:ed|ing)) (?:back )?(?:to|from))\s+\Z",
    re.IGNORECASE,
)  # "returned to Jane" may be a woman: returning counts only from
_ONCE_LABELS = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "ORG"})
_NOUN_READINGS = frozenset({"noun"})


def once_inside(text: str, mention: Mention) -> bool:
    """Whether the word before a once-used name puts the text inside it ("in Kent")."""
    if mention.label not in _ONCE_LABELS or POSSESSIVE.match(text, mention.end):
        return False
    if " " in mention.text and mention.text.split()[0].casefold() in BODY_HEADS:
        return False  # "near the Church of the Miraculous Icon": a building, not a town
    window = text[max(0, mention.start - 30) : mention.start]
    if (
        ROUTE_TO.search(window)
        or PART_OF.search(text, max(0, mention.start - PART_REACH), mention.start)
        or _NEAR_THE.search(window)
        or (mention.label != "ORG" and _TRAVELLED.search(window))  # "sailed to Harvard"
    ):
        return True  # "a train to Hereford", "the parish of Donwell", "drove to Paddington"
    before = PREVIOUS_WORD.search(text, max(0, mention.start - 30), mention.start)
    word = before.group(1).casefold() if before else ""
    if word == _AT and mention.label != "ORG":  # one works "at Barings"
        return _placed_at(text, before.start(1) if before else 0)
    return word in (_ONCE_BODY_INSIDE if mention.label == "ORG" else _ONCE_INSIDE)


def _placed_at(text: str, at: int) -> bool:
    """Whether the "at" at ``at`` follows a noun or a name, not a verb or an adjective."""
    found = PREVIOUS_WORD.search(text, max(0, at - 30), at)
    if found is None:
        return False
    word = found.group(1)
    if word[:1].isupper():
        return True  # "Jean M'Dill at Dumbeg"
    readings = english_lexicon().readings(word.casefold())
    return bool(readings) and readings <= _NOUN_READINGS
