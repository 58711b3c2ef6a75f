"""Capitalised English words that are no names: the lexicon's word on short texts.

A long book shows that "behold" or "south" are ordinary words by writing them in lower
case somewhere; a 2,000-word excerpt may not. The lexicon the spaCy pipeline ships
(:mod:`reader.core.language.lexicon`) knows them anyway:

* a one-word name opening a sentence that English uses as a verb, adjective or adverb
  ("Behold", "Gigantic", "Literary") and that neither acts nor owns ("Slim stated",
  "Labour's plan") is no name;
* a one-word name after "the" that English uses as an adjective or adverb ("the South",
  "the Invisible", "the Hollow") is a word capitalised for emphasis, not a name.

A word the text capitalises mid-sentence or inside a longer name ("said Will", "Gordon
Brown", "the West Indies"), a people's word (NORP) and a word in capitals stay.
"""

from __future__ import annotations

import re

from reader.core.language.lexicon import english_lexicon
from reader.core.language.spans import at_sentence_start
from reader.core.language.titles import is_title_word
from reader.core.text.mentions import Mention

_WORD_BEFORE_DOT = re.compile(r"(\w+)\.[ \t]*$")
# What follows a name: its possessive, or a lower-case word after a space.
_NEXT_WORD = re.compile(r"(?:([’']s)\b| ([a-z]+)\b)")


def plain_word_opening(
    text: str, mention: Mention, capitalised: set[str], in_names: set[str]
) -> bool:
    """A one-word name opening a sentence that English uses as a verb, adjective or adverb.

    A short text may never write "behold" or "gigantic" in lower case: the lexicon knows
    them. A name the text capitalises mid-sentence or inside a longer name ("said Will",
    "Gordon Brown"), after a title ("Mrs. Long"), names that are only nouns ("Truth",
    "Moscow") and a word that acts as a subject or an owner ("Slim stated", "Labour's
    plan", "Labour has") stay.
    """
    word = mention.text
    if " " in word or not word.isalpha() or word.isupper() or word in in_names:
        return False
    if mention.label == "NORP":
        return False  # "Ukrainian officials": a people's adjective names the people
    folded = word.casefold()
    if folded in capitalised or not at_sentence_start(text, mention.start):
        return False
    before = _WORD_BEFORE_DOT.search(text, max(0, mention.start - 12), mention.start)
    if before is not None and len(before.group(1)) <= 4 and is_title_word(before.group(1)):
        return False  # "Mrs. Long": the stop ends an abbreviated title, not a sentence
    lexicon = english_lexicon()
    if not lexicon.readings(folded) - {"noun"}:
        return False
    after = _NEXT_WORD.match(text, mention.end, mention.end + 30)
    if after is None or folded.endswith("ing"):
        return True  # "Riding was an indulgence": a gerund
    if after.group(1):
        return False  # "Labour's plan"
    return not lexicon.inflected_verb(after.group(2))


def adjective_after_the(text: str, mention: Mention, in_names: set[str]) -> bool:
    """A one-word name after "the" that English uses as an adjective or adverb."""
    word = mention.text
    if " " in word or not word.isalpha() or word.isupper() or word in in_names:
        return False
    if mention.label == "NORP" or text[max(0, mention.start - 4) : mention.start] != "the ":
        return False  # "the French": a people; "The South" opening a sentence is a title
    return bool(english_lexicon().readings(word.casefold()) & {"adj", "adv"})
