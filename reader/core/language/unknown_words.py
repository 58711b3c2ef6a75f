"""Names the model missed: one capitalised word English does not know, mid-sentence.

"when he bores you, Edna," or "walked towards Piccadilly" (a two-letter "see Oz" when
written so twice): the model, trained on news, passes over a name it has never seen,
written once. A reader knows it is a name because
it is capitalised where English is not, and is no English word. A word counts when it
does not open a sentence, follows a lower-case word or a comma, is followed by no other
capitalised word (runs of capitals are :mod:`reader.core.language.capitalised`'s), touches
no span the model found, is not a title ("Herr"), and is a word neither the lexicon the
pipeline ships (:mod:`reader.core.language.lexicon`) nor the text itself in lower case
knows ("Time seems to linger" is a word capitalised for emphasis). An English word counts
too where only a name fits and the text never writes it in lower case: after "the town of"
("that quiet little town of Deal") or before "(who" and ", who" ("not to mention
Starlight (who paid his debts)").

A given name English does not know ("Theodore", "Pete", in the ``nicknames`` table of
:mod:`reader.core.language.given_names`) counts where it opens a sentence too, when a
word in lower case follows ("Theodore entreated Adeline to alight") and the text never
writes it in lower case: a sentence's capital says nothing against a name no dictionary
holds, and the model, which reads "Theodore" as a word there, passes over it.

Its kind is a guess the whole-document kind rules may correct: a place after "in", "at",
"towards"; a person otherwise (novels name people far more often than
places, and a name spoken to, "you, Edna", is a person).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence

from reader.core.language.given_names import is_given_name
from reader.core.language.lexicon import english_lexicon
from reader.core.language.place_phrases import SETTLEMENTS
from reader.core.language.spans import at_sentence_start, lowercase_words
from reader.core.language.titles import is_title_word
from reader.core.language.word_tables import (
    AUXILIARIES,
    FUNCTION_WORDS,
    MONTHS,
    NAME_PARTICLES,
    WEEKDAYS,
)
from reader.core.text.mentions import Mention
from reader.core.text.scanning import finditer_sliced

# A capitalised word after a lower-case word or a comma and one space, not followed by
# another capitalised word, a hyphen or an apostrophe's word ("O'Brien", "Mig-u-ell").
_LONE_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{1,}(?![\w’'-]| [A-Z])")
# A capitalised word of three letters or more followed by a word in lower case.
_OPENING_NAME = re.compile(r"(?<![\w’'-])[A-Z][a-z]{2,}(?= [a-z])")
# "St. Bartholomew", "Mr. Theodore": the stop of a short abbreviation ends no sentence.
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]{0,3}\.\s+\Z")
# A two-letter name ("Oz", "Jo") counts when the text writes it so twice at least and it
# is no cry or abbreviation English spells that short ("ah", "lo", "St").
_SHORT = 2
_SHORT_WORDS = frozenset(
    {"ah", "aw", "ay", "eh", "ha", "ho", "lo", "oh", "oo", "ow", "st", "uh", "um", "yo"}
)
# Being in or going somewhere ("in Nottinghamshire", "towards Piccadilly"). Not "of", "to"
# or "the", which people take as often ("the murder of Nightwing", "to Facebook creator").
_PLACE_BEFORE = re.compile(
    r"\b(?:in|into|at|near|towards?|across|through|via|beyond|reached)\s+\Z", re.IGNORECASE
)
# Frames only a name fits, so an English word in them is a name when the text never writes
# it in lower case: "the town of Deal", "Starlight (who paid his debts)".
_SETTLEMENT_OF = re.compile(rf"\b(?:{SETTLEMENTS}) of \Z", re.IGNORECASE)
_WHO_AFTER = re.compile(r"(?:,| \() ?who\b")
_THE_BEFORE = re.compile(r"\b[Tt]he \Z")
# The word before: a name after a capitalised word is part of a longer name ("Madame
# Lebrun", "Barack Obama") that other rules find whole.
_WORD_BEFORE = re.compile(r"(\S+) \Z")
# "Messrs" is the plural of "Mr.", written with no dot in British prose.
_KNOWN = FUNCTION_WORDS | AUXILIARIES | MONTHS | WEEKDAYS | {"messrs", "mmes"}


def unknown_words(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions for the lone capitalised words no dictionary knows, beyond ``mentions``."""
    lexicon = english_lexicon()
    if not lexicon.bases:
        return []  # without the lexicon every word looks unknown: stand aside
    taken = sorted((m.start, m.end) for m in mentions)
    lower = lowercase_words(text)
    found: list[Mention] = []
    matches = list(finditer_sliced(_LONE_CAPITAL, text))
    short = Counter(m.group() for m in matches if len(m.group()) == _SHORT)
    for match in matches:
        word = match.group()
        folded = word.casefold()
        if len(word) == _SHORT and (short[word] < 2 or folded in _SHORT_WORDS):
            continue
        framed = _framed(text, match.start(), match.end())
        if (
            folded in lower
            or folded in _KNOWN
            or is_title_word(word)
            or (lexicon.readings(folded) and not framed)
            or at_sentence_start(text, match.start())
            or _touches(taken, match.start(), match.end())
            or _after_capital(text, match.start())
            or (len(word) <= 4 and text.startswith(".", match.end()))  # "the Hon. Alice"
        ):
            continue
        start = match.start()
        placed = _PLACE_BEFORE.search(text, max(0, start - 9), start) is not None
        label = "GPE" if placed or framed == "GPE" else "PERSON"
        found.append(Mention(match.start(), match.end(), word, label))
    for match in finditer_sliced(_OPENING_NAME, text):
        word = match.group()
        folded = word.casefold()
        if (
            is_given_name(folded)
            and at_sentence_start(text, match.start())
            and folded not in lower
            and not lexicon.readings(folded)
            and not is_title_word(word)
            and not _touches(taken, match.start(), match.end())
            and not _ABBREVIATION_BEFORE.search(text, max(0, match.start() - 8), match.start())
        ):
            found.append(Mention(match.start(), match.end(), word, "PERSON"))
    return found


def _framed(text: str, start: int, end: int) -> str:
    """``"GPE"`` after "the town of", ``"PERSON"`` before "(who" or ", who", else ``""``."""
    if _SETTLEMENT_OF.search(text, max(0, start - 20), start):
        return "GPE"  # "that quiet little town of Deal"
    if _THE_BEFORE.search(text, max(0, start - 4), start):
        return ""  # "the Fates, who": a group or a kind, not one person named
    return "PERSON" if _WHO_AFTER.match(text, end) else ""  # "Starlight (who paid"


def _after_capital(text: str, start: int) -> bool:
    """Whether the word before is capitalised or a name particle ("Madame", "de").

    What follows a particle belongs to a longer name or to a phrase in another language
    ("Barclay de Tolly", "le Roi de Prusse"), not to a new name.
    """
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    # "“Miss Honeychurch", "brief-Madame Duval": the last part of the word, unquoted.
    word = before.group(1).split("-")[-1].lstrip("“\"‘'([")
    return word[:1].isupper() or word in NAME_PARTICLES


def _touches(taken: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(taken, (start, start))
    return any(a < end and start < b for a, b in taken[max(0, i - 1) : i + 1])
