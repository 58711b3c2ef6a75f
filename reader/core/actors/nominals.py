"""Person nouns ("the doctor", "Winnie's mother") between a name and a pronoun.

Helpers of :mod:`reader.core.actors.antecedents`: a person noun between a name and a
pronoun may be what the pronoun means ("Kronborg ... As the doctor crossed the room he"),
so no name is guessed; so may a gendered one a name owns ("Winnie's mother was a stout
woman. She wore a wig"); not one in a comparison or a predicate ("he was like a man
who", "tired as a man who"), which says what someone already there is like. A pronoun
that owns the same noun again ("Mohamed and his father ... His father", "my mum ... Her
mother") is the owner of that person, not that person.
"""

from __future__ import annotations

import re

from reader.core.actors.gender import NOUN_GENDER

_HUMAN_NOUN = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Mm]y|[Oo]ur|[Tt]heir|[Yy]our) "
    r"(?:[a-z]+ )?(" + "|".join(NOUN_GENDER) + r")\b"
    r"|['’]s (?:[a-z]+ )?(" + "|".join(n for n, g in NOUN_GENDER.items() if g) + r")\b"
)
# "he was like a man who", "she is a widow": a comparison or a predicate says what someone
# already there is like, and brings in no one new.
# Lower case only: "Was the old constable still alive?" asks about someone new. ("as my
# mother called her" is a clause, but on fiction-dev "as" is a comparison 11 times in 12.)
_PREDICATE = re.compile(
    r"\b(?:like|as|than|be|been|being|was|were|is|am|are|become|became|seemed|seems)\s+\Z"
)
# Words for the same kin: "my mum ... Her mother" speaks of one mother.
_SAME_KIN = {
    **dict.fromkeys(("mum", "mom", "mummy", "mommy", "mama", "mamma"), "mother"),
    **dict.fromkeys(("dad", "daddy", "papa"), "father"),
}
# A pronoun that owns a person noun: "his father", "her own mother".
_OWNS = re.compile(r"(?:his|her)\s+(?:[a-z]+\s+)?(" + "|".join(NOUN_GENDER) + r")\b", re.I)


def nominal_between(text: str, start: int, end: int, gender: str, owned: str = "") -> bool:
    """Whether a person noun of ``gender`` or of none ("the doctor") is in the span.

    ``owned`` is the noun the pronoun itself owns ("father" for "His father"): the same
    noun between is that person again, not what the pronoun means.
    """
    for match in _HUMAN_NOUN.finditer(text, start, end):
        noun = (match.group(1) or match.group(2)).casefold()
        noun = _SAME_KIN.get(noun, noun)
        if noun == owned or NOUN_GENDER.get(noun, "") not in ("", gender):
            continue
        if not _PREDICATE.search(text, max(0, match.start() - 10), match.start()):
            return True
    return False


def opens_with_person(text: str, start: int, gender: str) -> bool:
    """Whether the sentence at ``start`` opens with a person noun ("The old man coughed")."""
    match = _HUMAN_NOUN.match(text, start)
    return match is not None and nominal_between(text, start, match.end(), gender)


def owned_noun(text: str, position: int) -> str:
    """The person noun the "his" or "her" at ``position`` owns ("father"), or ""."""
    match = _OWNS.match(text, position)
    noun = match.group(1).casefold() if match else ""
    return _SAME_KIN.get(noun, noun)
