"""A title or a ruler's number makes a name a person's, whatever the model said.

"Colonel Clive" a product, "Lady Bridget" a place, "Catherine the Great" a work of art,
"Queen Elizabeth II" a town: the model reads each sentence alone, and a reader knows that
only a person holds a rank, a courtesy title or a ruler's number. The spellings found here
are weighed by :mod:`reader.core.language.kind_evidence` with the other cues of
:mod:`reader.core.language.person_cues`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.language.head_words import PLACE_NAME_HEADS
from reader.core.language.lexicon import english_lexicon
from reader.core.language.places import is_country_name
from reader.core.language.titled_places import KIN_TITLES
from reader.core.language.titles import (
    BODY_HEADS,
    MILITARY_RANKS,
    NAME_RANKS,
    is_title_word,
    title_class,
)
from reader.core.language.word_tables import NAME_PARTICLES
from reader.core.text.mentions import Mention

# Epithets and numbers that follow a ruler's or a saint's one name: "Peter the Great",
# "Ivan the Terrible", "Rudolf the Fifth", "Louis XIV".
_RULER = re.compile(
    r"[A-Z][\w’'-]+ (?:the (?:Great|Elder|Younger|Terrible|Bold|Wise|Conqueror|Confessor"
    r"|Pious|Fair|Lionheart|Magnificent|Just|Lion|Red|Fat|Bald|Tall|Short"
    r"|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)"
    r"|[IVX]{2,5})"
)


_ROMAN = re.compile(r"X{0,2}(?:IX|IV|V?I{0,3})")


def rulers(mentions: Sequence[Mention]) -> set[str]:
    """Spellings that name a ruler by an epithet or a number.

    The model reads "Frederick the Great" as a building, "Catherine the Great" as a work
    of art and "Queen Elizabeth II" as a place; the epithet or the number says a person:
    one name and the epithet or number ("Louis XIV"; a body's head before it, "the Bank
    the Great", is none), or a title, one or two names and the number.
    """
    found = set()
    for mention in mentions:
        words = mention.text.split()
        if (
            _RULER.fullmatch(mention.text)
            and not is_title_word(words[0])
            and words[0].casefold() not in BODY_HEADS
        ) or _titled_ruler(words):
            found.add(mention.text.casefold())
    return found


def _titled_ruler(words: list[str]) -> bool:
    """A title, one or two names and a ruler's number: "Queen Elizabeth II"."""
    return (
        3 <= len(words) <= 4
        and is_title_word(words[0])
        and all(w[:1].isupper() and w.isalpha() for w in words[1:-1])
        and len(words[-1]) > 1
        and bool(_ROMAN.fullmatch(words[-1]))
    )


# Labels the model gives a titled name that a person's title overrules ("her Aunt
# Katharine" a people, "Colonel Clive" a product).
_NOT_PEOPLE = frozenset(
    {"GPE", "LOC", "ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "NORP"}
)
# Ranks that open a body's name as often as a man's ("General Motors", "Major League").
_BODY_RANKS = frozenset({"general", "gen", "major"})


def titled_names(mentions: Sequence[Mention]) -> set[str]:
    """Spellings made of a courtesy title or a rank and one name ("Sister Greenbank").

    "Colonel Clive" is a man, but not "General Motors": that rank opens bodies' names too.
    "Lady Bridget" is somebody whatever the model thought, and so is a rank "of" a place
    ("the Duchess of Devonshire", "the Duke of Eckmühl"); a title before a body's or a
    place's head word ("King's Cross", "Queen Street") is left alone. A title, a name and
    a number ("Queen Elizabeth II") is a ruler's (:func:`rulers`). So is a title before a
    name particle ("the Count de Chalais", "Madame de Chevreuse").
    """
    found = set()
    for mention in mentions:
        words = mention.text.split()
        if mention.label not in _NOT_PEOPLE:
            continue
        if len(words) > 2 and words[1] == "of":
            rank = words[0].casefold() not in KIN_TITLES  # "the Mother of God" is an icon
            if rank and title_class(words[0]) and words[-1][:1].isupper():
                found.add(mention.text.casefold())
        elif (
            (
                len(words) == 2
                and (title_class(words[0]) or _rank(words[0]))
                and words[1][:1].isupper()
                and not is_title_word(words[1])  # "Lieutenant Governor" is an office
                and words[1].casefold() not in BODY_HEADS
                and words[1].casefold() not in PLACE_NAME_HEADS
            )
            or _ranked_stranger(words)
            or _titled_particle_name(words)
        ):
            found.add(mention.text.casefold())
    return found


# Ranks and callings before a surname: "Major Prendergast", "Dr. Grimesby", "Justice Oshodi".
_NAME_OPENERS = (
    MILITARY_RANKS | NAME_RANKS | {"dr", "doctor", "prof", "professor", "justice", "judge"}
)


def _ranked_stranger(words: list[str]) -> bool:
    """Whether a rank opens one or two names no dictionary knows ("Justice Oshodi").

    Not "Major League", "General Motors", "Justice Department": words of English follow.
    """
    return (
        len(words) in (2, 3)
        and words[0].casefold().rstrip(".") in _NAME_OPENERS
        and all(w[:1].isupper() and w.isalpha() for w in words[1:])
        and not any(english_lexicon().readings(w.casefold()) for w in words[1:])
        and not any(is_country_name(w) for w in words[1:])
    )


# French titles before a name particle: "M." is "Monsieur", no initial ("M. de Rosny",
# "MM. de Guise"), and "Vicomte" a rank as "Count" is ("the Vicomte de Turenne"). Only
# here: alone, "the Vicomte" is still somebody's name.
_FRENCH_TITLES = frozenset({"M.", "MM.", "Vicomte", "Comte", "Vicomtesse", "Comtesse"})


def _titled_particle_name(words: list[str]) -> bool:
    """A courtesy title, a name particle and a name: "Count de Chalais", "Madame de la Fère"."""
    return (
        len(words) >= 3
        and (bool(title_class(words[0])) or words[0] in _FRENCH_TITLES)
        and words[1] in NAME_PARTICLES
        and all(w in NAME_PARTICLES or w[:1].isupper() for w in words[2:])
        and words[-1][:1].isupper()
        and words[-1].casefold() not in BODY_HEADS
        and words[-1].casefold() not in PLACE_NAME_HEADS
    )


def _rank(word: str) -> bool:
    folded = word.casefold().rstrip(".")
    return folded in MILITARY_RANKS and folded not in _BODY_RANKS
