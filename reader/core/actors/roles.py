"""What a name's place in its sentence says of how much the sentence is about that person.

Helpers of the pronoun salience in :mod:`reader.core.actors.coreference`, on raw text
(no parser): a name after a preposition is said in passing, and a name in a clause
opened by "as" or "when" is not the sentence's subject.
"""

from __future__ import annotations

import re

# A name after a preposition ("gave a card to Lucy", "the plains of Languedoc") is less
# what the sentence is about than its subject or object: it counts half.
OBLIQUE_FACTOR = 0.5
_AFTER_PREPOSITION = re.compile(
    r"\b(?:about|at|by|for|from|in|into|of|on|to|upon|with|towards?|opposite|between|like"
    r"|than)\s+\Z",
    re.IGNORECASE,
)
# A word that opens a subordinate clause, with no comma after it before the name.
_SUBORDINATE = re.compile(
    r"\b(?:as|when|whenever|while|if|though|although|because|since|until|before|after"
    r"|where|which|who|whom|that)\b[^,;:]*\Z",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s?\b|['’](?=\s)")  # "Waymarsh's", "James' "
_CLAUSE_BREAK = re.compile(r"[,;:(“\"—–]|--")
_DEEP = 3  # words between a clause's start and an owner's name that make it not its topic
_CLAUSE_REACH = 60  # characters back to look for the word opening a clause


def role_factor(text: str, start: int, end: int, floor: int) -> float:
    """What the name at ``start:end`` weighs: half after a preposition or as an owner, else 1.

    An owner deep in its clause ("that had prompted Strether to desire Waymarsh's
    presence") is as much said in passing as "the presence of Waymarsh"; one that opens
    its clause ("The late Monsieur St. Aubert's liberality", "Strether's first question,
    when he") is what the clause is about. ``floor`` is the sentence start.
    """
    if _AFTER_PREPOSITION.search(text, max(0, start - 14), start):
        return OBLIQUE_FACTOR
    if _POSSESSIVE.match(text, end):
        clause = _CLAUSE_BREAK.split(text[max(floor, start - _CLAUSE_REACH) : start])[-1]
        if len(clause.split()) >= _DEEP:
            return OBLIQUE_FACTOR
    return 1.0


def in_subordinate_clause(text: str, start: int, floor: int) -> bool:
    """Whether the name at ``start`` is in a clause opened by "as", "when", "which".

    "But, as Mrs. Hale suspected, Edith had fallen asleep": Mrs. Hale is not the
    sentence's subject, so the next name may still be. ``floor`` is the sentence start.
    """
    return bool(_SUBORDINATE.search(text, max(floor, start - _CLAUSE_REACH), start))
