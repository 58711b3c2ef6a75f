"""A name whose head word is a building, a way or a piece of land names a place; a war, an event.

The model calls "Tottenham Court Road" an organisation, "the Church of St. Monica" a body
and "the Shevárdino Redoubt" a product. A reader goes by the head word: a name that ends in
a word for a building or a way ("Inn", "Road", "Redoubt", "Monastery") is a facility (FAC),
one that ends in a word for land or water ("River", "Hills") a location (LOC), and so is a
name that such a word opens before "of" ("the Monastery of St. Sergius", "the Isle of
Wight"; a church or a chapel only when a saint follows: "the Church of England" is a body),
or that "Mount", "Lake", "Cape" or "Fort" opens. A word that also heads a body's name
("Court", "Church", "Hall") changes no organisation ("the Supreme Court"), and a person's
name is left to the rules that weigh what the text does with it
(:mod:`reader.core.language.buildings`): "Lois Lane" speaks. Only a head no English surname
shares ("Road", "Inn", "Redoubt", "River", not "Lane", "Hall" or "Hill") makes a "person" a
place outright. A revolution, a war or a battle names an event ("the French Revolution",
which the model calls a building). These are small closed classes of English head words,
fitted to no text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.language.places import is_country_name
from reader.core.language.titles import BODY_HEADS, title_class
from reader.core.text.mentions import Mention

# Words that end the names of buildings, estates and ways.
BUILDING_HEADS = frozenset(
    {"lodge", "cottage", "villa", "manor", "castle", "abbey", "priory", "hall", "house",
     "farm", "grange", "inn", "hotel", "tavern", "church", "chapel", "cathedral", "tower",
     "towers", "palace", "court", "place", "street", "road", "lane", "square", "avenue",
     "terrace", "gardens", "park", "bridge", "gate", "station", "mill", "mills",
     "monastery", "convent", "redoubt", "fort", "fortress", "barracks", "mews", "wharf",
     "quay", "crescent", "boulevard", "row"}
)  # fmt: skip
# Words that end the names of land and water.
LAND_HEADS = frozenset(
    {"river", "lake", "sea", "ocean", "bay", "gulf", "island", "islands", "isle", "hill",
     "hills", "mountain", "mountains", "valley", "forest", "woods", "moor", "heath",
     "canal", "creek", "desert", "plain", "plains", "marsh", "strait", "straits", "point",
     "grove", "hollow", "cove", "peak", "glen", "mount"}
)  # fmt: skip
#: Words that end a place's name and no person's: "Queen Street" and "King's Cross" are no
#: people, whatever title opens them.
PLACE_NAME_HEADS = BUILDING_HEADS | LAND_HEADS | {"cross", "town", "city", "county", "land"}
# Heads that open a name before "of": "the Monastery of St. Sergius", "the Isle of Wight".
_OPENING_HEADS = frozenset(
    {"monastery", "convent", "abbey", "priory", "redoubt", "fort", "fortress", "castle",
     "palace", "cathedral", "church", "chapel", "river", "lake", "isle", "island", "gulf",
     "bay", "straits", "strait", "sea"}
)  # fmt: skip
# Heads no English surname shares: "Lois Lane" and "John Hall" are people, "Tottenham
# Court Road" and "the Shevárdino Redoubt" never are, whatever the model says.
_NEVER_SURNAMES = frozenset(
    {"street", "road", "avenue", "square", "terrace", "crescent", "boulevard", "inn",
     "hotel", "tavern", "cottage", "villa", "manor", "abbey", "priory", "monastery", "convent",
     "redoubt", "cathedral", "chapel", "palace", "station", "gardens", "barracks", "mews",
     "wharf", "quay", "fortress", "river", "sea", "ocean", "island", "islands", "isle",
     "valley", "mountains", "canal", "creek", "desert", "plains", "strait", "straits", "gulf",
     "row", "point", "hollow", "cove"}
)  # fmt: skip
# Words that end a region's name and no surname: "Kwara State", "Orange County".
REGION_HEADS = frozenset(
    {"state", "province", "county", "district", "region", "territory", "prefecture",
     "kingdom", "emirate", "governorate", "municipality", "oblast"}
)  # fmt: skip
# Words that end a body's name and no surname: "Rosales Hospital", "Kano University".
_INSTITUTION_HEADS = frozenset(
    {"hospital", "university", "college", "academy", "institute", "ministry", "department",
     "council", "committee", "commission", "agency", "foundation", "corporation",
     "association", "federation", "museum"}
)  # fmt: skip
# Words that open a place's name: "Mount Kenia", "Lake Geneva", "Cape Cod", "Fort Pitt".
_PLACE_PREFIXES = frozenset({"mount", "mt", "lake", "cape", "fort"})
# Buildings that may name a body when no saint follows: "the Church of England".
_SAINTED = frozenset({"cathedral", "church", "chapel"})
_SAINTS = frozenset({"st", "saint", "our"})
_SHIRE = "shire"
_THINGS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "NORP"})
# Words that end the names of events: "the French Revolution", "the Seven Years War".
EVENT_HEADS = frozenset(
    {"revolution", "war", "wars", "rebellion", "uprising", "insurrection", "mutiny",
     "crusade", "massacre"}
)  # fmt: skip
# Words that open an event's name before "of": "the Battle of Austerlitz".
_EVENT_OPENERS = frozenset({"battle", "siege"})
# Labels the model gives an event's name ("the French Revolution" a building); a work keeps
# its own ("War and Peace"), and so do a product ("Star Wars"), a person and a people.
_NOT_EVENTS = frozenset({"FAC", "ORG", "GPE", "LOC", "LAW"})


def place_head_label(name: str) -> str:
    """``"FAC"`` or ``"LOC"`` for a name headed by a building's or a land's word, else ``""``."""
    words = [w.strip(".,’'").casefold() for w in name.split()]
    if len(words) < 2:
        return ""
    if title_class(words[0]):
        # "Mrs. Lodge" is a woman; "King Edward Street", "Queen Victoria Road" are ways.
        street = len(words) > 2 and words[-1] in _NEVER_SURNAMES
        return "FAC" if street and words[-1] in BUILDING_HEADS else ""
    if len(words) > 2 and words[1] == "of" and words[0] in _OPENING_HEADS:
        if words[0] in _SAINTED and words[2] not in _SAINTS:
            return ""
        return "LOC" if words[0] in LAND_HEADS else "FAC"
    if words[0] in _PLACE_PREFIXES and name.split()[1][:1].isupper():
        return "FAC" if words[0] == "fort" else "LOC"  # "Mount Kenia", "Lake Geneva"
    head = words[-1]
    return "FAC" if head in BUILDING_HEADS else "LOC" if head in LAND_HEADS else ""


def event_head(name: str) -> bool:
    """Whether ``name`` is headed by an event's word ("the French Revolution").

    The head is the last word of a name with no "of" ("the Minister of War" is a body's
    name, "War" no head there), or "Battle" or "Siege" before "of". The head alone is the
    event too ("fled from the Revolution"): the model calls it a building as often.
    """
    words = [w.strip(".,’'").casefold() for w in name.split()]
    if not words or title_class(words[0]):
        return False
    if "of" in words:
        return words[0] in _EVENT_OPENERS and words[1] == "of" and len(words) > 2
    return words[-1] in EVENT_HEADS


# "No. 31 Lyon Place", "at 7 Ryder Street": a house number makes the name after it an address.
_HOUSE_NUMBER = re.compile(r"\b(?:No\.? ?)?\d{1,3}[A-Za-z]?,? \Z")  # no year: "in 1812 John Hall"
# "all over Allenham House", "in Barton Hall": one is inside a building, not inside a man
# named House or Hall ("smiled at Tom Hall", "said to Tom Hall": he).
_INSIDE_BEFORE = re.compile(r"\b(?:in|into|inside|all over|round|around|through) \Z")


def headed_places(mentions: Sequence[Mention], text: str = "") -> list[Mention]:
    """``mentions`` with the bodies, works and products a place's head word ends relabelled.

    A name an event's word heads ("the French Revolution", "the Battle of Austerlitz") is
    an event (EVENT), whatever place, body or product the model took it for.

    A one-word name in "-shire" ("Hampshire", "Berkshire") is an English county (GPE),
    even when the model took it for a person, as is a country's name of two words or more
    ("Papua New Guinea", which the model reads as a person before a title), and a "person"
    whose name ends in a region's word ("Kwara State"); one that ends in a body's word no
    surname shares ("Rosales Hospital") is a body (ORG). A person's name after a house
    number ("No. 31 Lyon Place") or after "in", "into" or "all over" ("all over Allenham
    House") takes the kind its head gives, even a head some surname shares, and so does one
    of three words or more whose tail the text puts after "the" ("Tunstall Moat House"
    beside "the Moat House").
    """
    out = []
    for mention in mentions:
        label = ""
        if _county(mention) or _country(mention):
            label = "GPE"
        elif not mention.inferred and mention.label in _NOT_EVENTS and event_head(mention.text):
            label = "EVENT"  # "the French Revolution" is no building
        elif not mention.inferred and mention.label in _THINGS:
            label = place_head_label(mention.text)
        elif (
            not mention.inferred
            and mention.label == "PERSON"
            and (
                _no_surname(mention.text)
                or _HOUSE_NUMBER.search(text, max(0, mention.start - 10), mention.start)
                or (
                    " " in mention.text
                    and _INSIDE_BEFORE.search(text, max(0, mention.start - 10), mention.start)
                )
                or _tail_after_the(text, mention.text)
            )
        ):
            label = place_head_label(mention.text)  # "the Shevárdino Redoubt" is nobody
        elif not mention.inferred and mention.label == "PERSON":
            label = _region_or_body(mention.text)  # "Kwara State", "Rosales Hospital"
        body = mention.label == "ORG" and mention.text.split()[-1].casefold() in BODY_HEADS
        if label and not body:
            mention = Mention(mention.start, mention.end, mention.text, label)
        out.append(mention)
    return out


def _tail_after_the(text: str, name: str) -> bool:
    """Whether the text writes ``name`` without its first word after "the".

    "Tunstall Moat House" beside "the Moat House" is that house; no man is "the Hall" of
    "Tom Hall".
    """
    words = name.split()
    return len(words) > 2 and bool(text) and f"the {' '.join(words[1:])}" in text


def _region_or_body(name: str) -> str:
    words = name.split()
    if len(words) < 2 or title_class(words[0]):
        return ""
    head = words[-1].casefold()
    return "GPE" if head in REGION_HEADS else "ORG" if head in _INSTITUTION_HEADS else ""


def _no_surname(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and words[-1].casefold() in _NEVER_SURNAMES


def _country(mention: Mention) -> bool:
    """A country's name of two words or more ("Papua New Guinea"), whatever its label.

    One word may be a person's too ("Jordan", "Chad", "Georgia"): the model decides those.
    """
    return (
        not mention.inferred
        and mention.label in _THINGS | {"PERSON"}
        and " " in mention.text.strip()
        and is_country_name(mention.text)
    )


def _county(mention: Mention) -> bool:
    word = mention.text
    return (
        not mention.inferred
        and mention.label in _THINGS | {"PERSON"}
        and word.isalpha()
        and word[:1].isupper()
        and len(word) > len(_SHIRE) + 2
        and word.casefold().endswith(_SHIRE)
    )
