"""Which actors a pronoun may mean: people, and not the places the model took for people.

Helpers of :mod:`reader.core.actors.coreference`.
"""

from __future__ import annotations

import re

from reader.core.language.places import is_country_name
from reader.core.text.mentions import Actor, Mention

# "Paris claims that she", "Jafari said he": a name reported as speaking of itself as
# he or she is a person, whatever label the model gave it.
_SPEAKS_OF_SELF = re.compile(
    r"\A(?:’s|'s)? (?:also |later |then )?"
    r"(?:said|says|claims|claimed|told|tells|believes|believed|added|wrote|writes|explained"
    r"|insisted|insists)"
    r"(?: that)? (he|she)\b"
)


def people_of(text: str, named: list[tuple[Mention, str]], by_id: dict[str, Actor]) -> set[str]:
    people = {i for i, a in by_id.items() if a.label == "PERSON"}
    for mention, actor_id in named:
        if actor_id in people or is_country_name(by_id[actor_id].name):
            continue  # "Russia said that he": he is someone speaking for it, never Russia
        if _SPEAKS_OF_SELF.match(text[mention.end : mention.end + 60]):
            people.add(actor_id)
    return people


def says_of_self(text: str, end: int, position: int) -> bool:
    """Whether the name ending at ``end`` says of itself the pronoun at ``position``.

    "His father Mohamed El-Hassan Mohamed said he was": the "he" is the one who says.
    """
    match = _SPEAKS_OF_SELF.match(text[end : end + 60])
    return match is not None and end + match.start(1) == position


_LOCATIVE = re.compile(r"\b(?:in|at|into|near|towards?|through|across)\s+\Z", re.IGNORECASE)
# "the Rostóvs", "the Elphbergs": a family, one plural word the text always puts "the"
# before, is no "he" or "she" ("the Prince Prospero" may be, a ship "the Fuwalda" too).
_THE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)


def placelike(text: str, named: list[tuple[Mention, str]]) -> set[str]:
    """Actors every mention of which follows "in", "at", "towards", or is "the Xs".

    Places and families ("the Rostóvs") are no "he" or "she".
    """
    seen: dict[str, bool] = {}
    for mention, actor_id in named:
        before = text[max(0, mention.start - 12) : mention.start]
        plural = " " not in mention.text and mention.text.endswith("s")
        the_thing = plural and bool(_THE.search(before))
        after = bool(_LOCATIVE.search(before)) or the_thing
        seen[actor_id] = seen.get(actor_id, True) and after
    return {i for i, every in seen.items() if every}
