"""Person cues from an office: a title before a full name, a body after it ("X of the WHO")."""

from __future__ import annotations

import re

from reader.core.language.head_words import PLACE_NAME_HEADS
from reader.core.language.titles import BODY_HEADS, TITLE_HEADS, is_singular_title, is_title_word
from reader.core.language.word_tables import CLOSED_CLASS
from reader.core.text.mentions import Mention

# "Ashwin Vasavada of the Jet Propulsion Laboratory", "Kate O'Brien of the WHO": where a
# person works, named after "of" as a body (a head word or a short form in capitals).
_BODY_WORD = r"(?:[A-Z][\w’'&-]*|of|for|and)"
_OF_BODY = re.compile(rf" of (?:the )?({_BODY_WORD}(?: {_BODY_WORD}){{0,6}})")
_WORKPLACES = BODY_HEADS | {"laboratory", "lab", "observatory", "centre", "center", "museum"}


def affiliated(text: str, mention: Mention) -> bool:
    """Whether a full name is followed by the body its bearer works for, after "of".

    The name must be two capitalised words or more with no body's or place's head of its
    own ("the Bank of England of the ..." is no person).
    """
    words = mention.text.split()
    found = _OF_BODY.match(text, mention.end)
    if found is None or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if text[max(0, mention.start - 4) : mention.start].casefold() == "the ":
        return False  # "the Los Angeles Rams of the National Football League": a club
    if any(w.casefold() in _WORKPLACES or w.casefold() in PLACE_NAME_HEADS for w in words):
        return False
    body = found.group(1).split()
    return any(w.casefold() in _WORKPLACES for w in body) or (
        len(body) == 1 and body[0].isupper() and len(body[0]) >= 2
    )


# "Former presidents Ollanta Humala and Pedro Pablo Kuczynski": the second name of a list
# a plural title opens.
_PLURAL_TITLED_LIST = re.compile(r"\b([A-Za-z]+s) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)+ and \Z")


def titled_full_name(text: str, mention: Mention, title_end: int, title: str) -> bool:
    """Whether a title stands one space before a full name, or before the list it is in.

    The name must be two capitalised words or more, none a body's head ("President Joko
    Widodo", "former presidents Ollanta Humala and Pedro Pablo Kuczynski", not "Prime
    Minister Office"); in lower case or the plural only a title that is no other word.
    """
    words = mention.text.split()
    if (
        title_end + 1 != mention.start
        or len(words) < 2
        or not all(w[:1].isupper() for w in words)
        or any(w.casefold() in BODY_HEADS for w in words)
    ):
        return False
    if title == "and":
        listed = _PLURAL_TITLED_LIST.search(text, max(0, mention.start - 80), mention.start)
        return listed is not None and is_title_word(listed.group(1))
    if title[:1].isupper():
        return is_singular_title(title)
    # "his", "her", "your" are title words only in "His Majesty": "his Schön Grabern affair"
    return is_title_word(title) and title.casefold() not in CLOSED_CLASS


def office_before_name(person: bool, words: list[str], text: str, end: int) -> bool:
    """A body's or place's span ends in an office ("Governor") before a capitalised name.

    Not "General", which ends a compound office ("Adjutant General Wolzogen").
    """
    last = words[-1].casefold()
    office = last in TITLE_HEADS - {"general"} and is_singular_title(last) and len(words) > 1
    return office and not person and re.match(r" [A-Z][a-z]", text[end : end + 3]) is not None
