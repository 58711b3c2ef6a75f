"""A one-word name that only ever modifies a noun: a kind of thing, not an actor.

"a Brown coupe", "the Gothic window", "his Puritan manners", "Colt revolvers": when every
time the text writes a name it stands right before a common noun, the name says what kind
the noun's thing is (a make, a style, a creed) and never points at someone who acts or
is acted upon. A name the text also uses on its own ("the Farival twins ... Farival
smiled") stays, and so do places ("her London flat": the city is still meant), peoples
(NORP), acronyms ("the U.N. headquarters"), longer names ("the Border Force vessel") and
bodies ("a Kremlin ceremony": the Kremlin is meant) unless the word is shaped as an
adjective ("Gothic", "Eastern", "Mussulman", "Greeklike": a style or a creed), and so does
a name after a courtesy title or a rank ("anyone who knows Mr Kohberger come forward",
"I heard Lord Amersteth tell papa").
A word after the name counts as a noun when the lexicon
(:mod:`reader.core.language.lexicon`) knows it as one, it is no function word and no
inflected verb ("Good beamed", "Cato throws" are a person acting), and the text never
puts it after a personal pronoun ("he lock" would make "lock" a verb).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.language.lexicon import Lexicon, english_lexicon
from reader.core.language.titles import MILITARY_RANKS, title_class
from reader.core.language.word_tables import CLOSED_CLASS
from reader.core.text.mentions import Mention
from reader.core.text.scanning import findall_sliced

_KEPT_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
# Endings of English adjectives of style, creed and origin ("Gothic", "Mussulman").
_ADJECTIVE_ENDINGS = ("ic", "an", "ern", "ish", "ese", "ian", "like", "er")
# The lower-case word right after a name; not the first part of "isn't" or "well-known".
_NEXT = re.compile(r" ([a-z]+)(?![\w’'-])")
# The word before a name, a title if any: "Mr", "Lord", "Captain" ("Lord Amersteth tell
# papa": a man, whatever the noun "tell" after him).
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]*)\.? \Z")
# A leader's government after a person's name: "the Biden administration" (Biden is meant).
_LED = re.compile(r" (?:administration|presidency|premiership|government|cabinet|regime)\b")
_AFTER_PRONOUN = re.compile(r"(?<![\w’'-])(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Yy]ou) ([a-z]+)\b")


def drop_modifier_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the one-word names that only ever modify the noun after them."""
    occurrences: dict[str, list[Mention]] = {}
    kept: set[str] = set()  # names written once as a place or a people ("at Torzhók")
    for mention in mentions:
        led = mention.label == "PERSON" and _LED.match(text, mention.end)
        if _candidate(mention) and not _titled(text, mention.start) and not led:
            occurrences.setdefault(mention.text, []).append(mention)
        elif not mention.inferred:
            kept.add(mention.text)
    if not occurrences.keys() - kept:
        return list(mentions)
    lexicon = english_lexicon()
    verbs = pronoun_verbs(text)
    modifiers = {
        name
        for name, found in occurrences.items()
        if name not in kept
        and (all(m.label != "ORG" for m in found) or _adjective_shaped(name, lexicon))
        and all(modifies_noun(text, m.end, lexicon, verbs) for m in found)
    }
    return [m for m in mentions if m.inferred or m.text not in modifiers]


def _titled(text: str, start: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 14), start)
    if before is None:
        return False
    word = before.group(1)
    return bool(title_class(word)) or word.casefold() in MILITARY_RANKS or word in ("Dr", "Mx")


def _candidate(mention: Mention) -> bool:
    word = mention.text
    return (
        not mention.inferred
        and mention.label not in _KEPT_LABELS
        and word.isalpha()
        and word[:1].isupper()
        and not word.isupper()
    )


def _adjective_shaped(word: str, lexicon: Lexicon) -> bool:
    folded = word.casefold()
    return folded.endswith(_ADJECTIVE_ENDINGS) or "adj" in lexicon.readings(folded)


def pronoun_verbs(text: str) -> set[str]:
    """The lower-case words the text puts after a personal pronoun: verbs ("he lock")."""
    return set(findall_sliced(_AFTER_PRONOUN, text, cut=" "))


def modifies_noun(text: str, end: int, lexicon: Lexicon, verbs: set[str]) -> bool:
    """The word at ``end`` is followed by a common noun it modifies ("Welsh voice")."""
    after = _NEXT.match(text, end, end + 40)
    if after is None:
        return False
    word = after.group(1)
    if word in CLOSED_CLASS or word in verbs or lexicon.inflected_verb(word):
        return False
    return "noun" in lexicon.readings(word)
