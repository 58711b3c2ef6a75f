"""A capitalised word after "a", "an", "another" or a number: a kind of thing, not an actor.

"Hooper was a Quaker", "his wife was an Elphberg", "two Colt revolvers", "another Giotto",
"a Native Son", "several Mortimers", "a scarlet Navajo": an indefinite article, "any" or a
count before a name, or before one word and a name ("a certain Dolokhov" is one man),
says it stands for a class (a faith, a family, a make, a kind of person); it points at no
one actor. A name that modifies the word after it stays, since the thing named is still
meant ("a Kremlin ceremony"), and so do a name opening with an acronym or a title ("a NASA
engineer", "a U.S. Army officer", "a Mr. Smith") and a place ("a London practice", "a
new Jerusalem"), unless its one word is an English noun ("an august Benevolence").
A word the text also writes in the other number ("a Cossack" beside "the Cossacks", "a
Frenchman" beside "Frenchmen") is left to :mod:`reader.core.actors.kinds`, which makes
both forms a people (NORP).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.core.language.lexicon import english_lexicon
from reader.core.language.titles import is_title_word
from reader.core.language.word_tables import CLOSED_CLASS
from reader.core.text.mentions import Mention, relabelled
from reader.core.text.scanning import findall_sliced

# "a Quaker", "two Colts", "a scarlet Navajo", "any kind Familiar": one word between may
# describe the kind; "a certain Dolokhov" is one man.
_COUNT_BEFORE = re.compile(
    r"(?<![\w’'-])(?:(?:a|an|another|any) (?:(?!certain )((?-i:[a-z]+)) )?"
    r"|(?:several|two|three|four|five|six|seven|eight|nine|ten) )$",
    re.IGNORECASE,
)
_LOOK_BACK = 24
# "for a second Denísov hesitated", "in an instant Pierre": a time, not a kind.
_TIME_WORDS = frozenset({"second", "minute", "instant", "moment", "while", "time"})
_ONE_BEFORE = re.compile(r"(?<![\w’'-])(?:a|an|one|another) \Z", re.IGNORECASE)
_MIN_ARTICLES = 2
_DETERMINER = re.compile(
    r"(?<![\w’'-])(?:the|a|an|this|that|every|each|his|her|my|our|your|their|no|any"
    r"|another|one) \Z",
    re.IGNORECASE,
)
_MIN_NOUN_USES = 3
# "a Mason", "every Mason": one of many; "the Fuwalda" alone may be a ship's name.
_INDEFINITE = frozenset({"a", "an", "every", "each", "any", "another", "one", "no"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_ABSTRACT_ENDINGS = ("ence", "ance", "ity", "ness", "ism", "ment", "tion", "hood", "tude")
_NEXT_WORD = re.compile(r"[ \t\n]+([a-z]+)")
# Words that may follow a name that heads its phrase ("a Dowell of Philadelphia").
_HEAD_FOLLOWERS = frozenset({"of", "and", "or", "who", "whom", "whose", "that", "which"})
_CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][a-z]+(?![\w’'-])")


def drop_class_nouns(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the names that follow an indefinite article or a count."""
    words = set(findall_sliced(_CAPITALISED, text, cut=" "))
    return [m for m in mentions if m.inferred or not _class_noun(text, m, words)]


def _other_numbers(word: str) -> set[str]:
    """The plural and singular forms ``word`` may have ("Cossack" -> "Cossacks")."""
    forms = {word + "s", word + "es", word.removesuffix("s"), word.removesuffix("es")}
    if word.endswith(("man", "men")):
        forms |= {word[:-3] + "man", word[:-3] + "men"}
    return forms - {word}


def _class_noun(text: str, mention: Mention, words: set[str]) -> bool:
    if mention.label in _PLACE_LABELS and not _common_noun(mention.text):
        return False  # "a London practice", "a new Jerusalem": the city is still meant
    first = mention.text.split(" ", 1)[0]
    if "." in first or first.isupper() or not first[:1].isupper() or is_title_word(first):
        return False
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    count = _COUNT_BEFORE.search(before)
    between = count.group(1) if count else None
    if count is None or (between is not None and not _describes(between)):
        return False  # "another of Biddy's", "for a moment Denísov": no kind's word between
    after = _NEXT_WORD.match(text, mention.end, mention.end + 20)
    if after and after.group(1) not in _HEAD_FOLLOWERS:
        return False  # "a Kremlin ceremony", "a NASA engineer": the body is still meant
    return " " in mention.text or not _other_numbers(mention.text) & words


def _common_noun(name: str) -> bool:
    """An English noun for an idea: "an august Benevolence", "a Vastness", no place.

    The lexicon holds some places' names too ("paris"), so only the endings of abstract
    nouns count.
    """
    folded = name.casefold()
    return (
        " " not in name
        and folded.endswith(_ABSTRACT_ENDINGS)
        and "noun" in english_lexicon().readings(folded)
    )


def _describes(word: str) -> bool:
    """Whether ``word`` between "a" and a name describes a kind ("scarlet", "good")."""
    lexicon = english_lexicon()
    return (
        word not in CLOSED_CLASS
        and word not in _TIME_WORDS
        and "adj" in lexicon.readings(word)
        and not lexicon.inflected_verb(word)
    )


def class_words(text: str, mentions: Sequence[Mention]) -> set[str]:
    """One-word spellings the text uses as a kind of person, with their other numbers.

    A word put after "a", "an", "one" or "another" at least twice and a quarter of its uses
    ("a Cossack", "a Mason", "a Frenchman") stands for one of a group, not for one person,
    however often that one smiles or shouts; so does its plural ("the Cossacks").
    """
    uses: Counter[str] = Counter()
    with_article: Counter[str] = Counter()
    for mention in mentions:
        spelling = mention.text.casefold()
        if mention.inferred or " " in spelling:
            continue
        uses[spelling] += 1
        with_article[spelling] += bool(
            _ONE_BEFORE.search(text, max(0, mention.start - 10), mention.start)
        )
    found = {
        spelling
        for spelling, n in with_article.items()
        if n >= _MIN_ARTICLES and 4 * n >= uses[spelling]
    }
    return found | {form for spelling in found for form in _other_numbers(spelling)}


def person_nouns(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a "person" the text nearly always puts "the" or "a" before as NORP.

    "the Mason", "a Mason", "every Mason": a person's name seldom follows a determiner, a
    word for one of a group always does. A one-word "person" used three times or more,
    three times in four after "the", "a", "this", "his" and the like and at least once
    after "a", "every" or "any", names one of a group (NORP). Titles ("the Emperor", "the
    Count") stay persons, and so does a name only ever "the" one ("the Fuwalda", a ship;
    "the Lascar", one man).
    """
    uses: Counter[str] = Counter()
    determined: Counter[str] = Counter()
    indefinite: set[str] = set()
    for mention in mentions:
        word = mention.text
        if mention.inferred or mention.label != "PERSON" or " " in word:
            continue
        if not word.isalpha() or not word[:1].isupper() or is_title_word(word):
            continue
        if word.endswith("s"):
            continue  # "the Wolfes": a family, left to its own rule
        spelling = word.casefold()
        uses[spelling] += 1
        found = _DETERMINER.search(text, max(0, mention.start - 10), mention.start)
        determined[spelling] += bool(found)
        if found and found.group().strip().casefold() in _INDEFINITE:
            indefinite.add(spelling)
    nouns = {
        s
        for s, n in uses.items()
        if n >= _MIN_NOUN_USES and 4 * determined[s] >= 3 * n and s in indefinite
    }
    return relabelled(mentions, nouns, {"PERSON"}, "NORP")
