"""A titled person "of" a place is a person and a place: "Archdeacon Cowley of Little Missendell".

"X of Y" is one name when X says what kind of name it is: a body ("Bank of England",
"University of Sheffield"), an event ("Battle of Trafalgar"), a building or a piece of
land ("Palace of Seringapatam", "Island of Lamu"), or a title alone ("King of Bohemia",
"Prince of Wales": the title is the person's name), and a kin word is no rank ("the
Iberian Mother of God" is an icon). A person's name is never followed by
"of Y" inside the name itself: when X holds a title and a personal name ("Archdeacon
Cowley", "Eliza Countess"), Y is where the person is from or the seat of the title, a
place of its own (or a body: "Sir Luke Tallant of the Colonial Office"). The person keeps
the title before the name and loses a title after it ("Eliza Countess of Gaverick" gives
"Eliza" and "Gaverick").

Left alone: a description before "of" ("the Vicinity of Cornhill", "the Headless Horseman of
Sleepy Hollow"). Nothing in the words tells it from an institution ("the Museum of London",
"the Knights of Columbus") without a list of such heads.
"""

from __future__ import annotations

import re

from reader.core.language.head_words import BUILDING_HEADS, LAND_HEADS
from reader.core.language.titles import BODY_HEADS, is_title_word
from reader.core.text.mentions import ACTOR_LABELS, Mention

_OF = re.compile(r" of (?:the )?(?=[A-Z])")
_NAME_WORD = re.compile(r"[A-Z][\w’'.-]*")
_KIND_HEADS = BODY_HEADS | BUILDING_HEADS | LAND_HEADS
# Kin words are titles of address, not ranks held "of" a place: "the Iberian Mother of God"
# and "the Holy Mother of God" name an icon and the Virgin.
#: Kin words: titles of address, never ranks held "of" a place.
KIN_TITLES = frozenset({"mother", "father", "sister", "brother", "aunt", "uncle"})


def split_titled_places(text: str, mention: Mention) -> list[Mention]:
    """``mention`` cut into a person and a place when it is a titled person "of" a place."""
    of = _OF.search(mention.text)
    if of is None or mention.label not in ACTOR_LABELS:
        return [mention]
    head, tail = mention.text[: of.start()].split(), mention.text[of.end() :]
    if not head or not all(_NAME_WORD.fullmatch(w) for w in head + tail.split()):
        return [mention]
    titled = [is_title_word(w) and w.casefold() not in KIN_TITLES for w in head]
    if not any(titled) or all(titled) or head[-1].casefold() in _KIND_HEADS:
        return [mention]
    while titled[-1]:  # "Eliza Countess": the title after the name is not the name
        head.pop()
        titled.pop()
    person = " ".join(head)
    tail_start = mention.start + of.end()
    place = "ORG" if tail.split()[-1].casefold() in BODY_HEADS else "GPE"
    return [
        Mention(mention.start, mention.start + len(person), person, "PERSON"),
        Mention(tail_start, mention.end, text[tail_start : mention.end], place),
    ]
