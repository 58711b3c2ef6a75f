"""Where a name starts and ends, decided with the whole document's evidence.

The model glues words to names: a sentence's first word ("To Prince Vasíli", "It’s
Andrew"), a weekday ("Thursdays Princess Mary"), a title that belongs to the next name
("Near Hetzelsdorf Prince"). A word is a name's first word only if the document gives it
a name's standing:

* a word capitalised only at sentence starts that the text also uses in lower case
  ("to", "near", "ponds") opens the sentence, not a person's name; one the text
  capitalises mid-sentence too ("Will", "Golding") stays, and so do the first words of
  bodies and places ("Civil Defense Authority", "New York");
* a one-word "name" that opens a sentence, is used in lower case elsewhere (in that form
  or another: "Pillows" beside "pillow", "Hush" beside "hushed"; not inside a compound
  such as "sweet-williams") and is never capitalised mid-sentence ("Calm", "Thither") is an
  ordinary word; so is one English uses as a verb, adjective or adverb that does not act
  or own, and an adjective after "the" ("Behold", "the South"; the lexicon's rules in
  :mod:`reader.core.language.ordinary_words`);
* weekdays, months and feast days are dates, never somebody's name or its start;
* a pronoun or a lower-case word opens no name ("Thou Mars", "You and Florence", "this
  Hester Prynne"; name particles such as "de" and "van" stay where the model's span
  starts), a lower-case word ends none ("Napoleon himself"), a pronoun alone ("He",
  "Thy") is nobody, and a word and a comma opening a sentence open no name ("True,
  Florence"); a name ends at a dash ("Blowers”--a") and before a word shouted in
  capitals ("Mrs. Todd LATER, THERE WAS");
* a span in capitals made of words the text also uses in lower case ("LAWYER", "A
  BOARDING SCHOOL") is a heading or a shout, not a name; acronyms ("US") stay;
* "from Freetown John Clayton" is a place and a person when the text names "John
  Clayton" alone elsewhere;
* a capitalised word inside an italic phrase with lower-case words ("_Hekinah degul_",
  "_Undine and Sintran_") belongs to a foreign phrase or a title, not to an actor;
* a word the text uses in lower case, capitalised after "the" ("the Moon", "the East") is
  a thing written with emphasis, unless a longer name holds it ("the Church" of "the
  Church of Scientology");
* a title ends no name and opens the one after it: a trailing "Prince" goes, a title
  inside a span starts the name ("Hetzelsdorf Prince Bagratión" -> "Prince Bagratión"),
  and a title alone ("Prince", "the Emperor") is no actor of its own, since the text
  does not say whom it means.

Each rule looks at one word against sets built once per document, so a book costs one
pass over its words.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.language.inflections import lowercase_stems, word_stem
from reader.core.language.lexicon import english_lexicon
from reader.core.language.name_cuts import cut_at_colon, cut_at_dash, phrases_in_italics
from reader.core.language.name_pairs import place_before_person, split_pairs
from reader.core.language.office_cues import office_before_name
from reader.core.language.ordinary_words import adjective_after_the, plain_word_opening
from reader.core.language.spans import at_sentence_start, lowercase_words
from reader.core.language.titles import (
    TITLE_HEADS,
    is_singular_title,
    is_surname_title,
    is_title_word,
)
from reader.core.language.word_tables import (
    AUXILIARIES,
    CLOSED_CLASS,
    FEAST_DAYS,
    FUNCTION_WORDS,
    MONTHS,
    NAME_PARTICLES,
    WEEKDAYS,
)
from reader.core.text.mentions import ACTOR_LABELS, Mention
from reader.core.text.scanning import findall_sliced, finditer_sliced

# "May" is left out: it is a woman's name as often as a month.
_WEEKDAYS_MONTHS = WEEKDAYS | (MONTHS - {"may"}) | FEAST_DAYS

# A capitalised word right after a lower-case word (or a comma) and a space is
# capitalised for itself, not for opening a sentence.
_MID_SENTENCE = re.compile(r"(?<=[a-z,;] )[A-Z][^\W\d_]+")
_MAX_TRIMMED = 2
# Personal pronouns open no name ("Thou Mars", "You and Florence"); "His", "Her" and
# "Your" are left to the titles ("His Majesty").
_PRONOUNS = frozenset({"i", "you", "thou", "thee", "ye", "we", "he", "she", "they", "it", "me"})
_LONE_PRONOUNS = _PRONOUNS | {
    "him", "us", "them", "thy", "thine", "my", "mine", "our", "ours", "their", "theirs", "its"
}  # fmt: skip
# Lower-case words that do start names ("de Gaulle", "van Gogh", "bin Laden").
_PARTICLES = NAME_PARTICLES
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_CAPITALISED_RUN = re.compile(
    r"(?<![\w’'])(?:The |A )?[A-Z][\w’'-]*(?: (?:of |of the |for |the )?[A-Z][\w’'-]*)+"
)
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and"})
# Closed-class words that open a sentence open no name of any kind ("Near Lee, in Kent",
# "Upon Kutúzov"); articles are the span cleaner's business, and "May" and "Will" are
# names as often as words.
_OPENING_WORDS = CLOSED_CLASS - {"a", "an", "the", "may", "will"}
# "St." inside a name is part of a surname ("Neville St. Clair"), not a title opening it.
_SAINTS = frozenset({"st", "saint", "ste"})
# How often a person's name is used for a word no name holds to be cut off before it.
_OFTEN_NAMED = 3


@dataclass(frozen=True)
class _Evidence:
    """What the whole document says of its words, built once per document."""

    lower: frozenset[str]  # words used in lower case
    capitalised: set[str]  # words capitalised mid-sentence (folded)
    stems: set[str]  # stems of the words used in lower case
    known: Counter[str]  # the spellings the model calls a person, with their uses
    named_words: set[str]  # the words of those spellings


_POSSESSIVE_ENDS = ("’s", "'s")
# A word and "the" opening a quotation: an order ("“Kill the Wicked Witch”").
_COMMAND = re.compile(r"[A-Z][a-z]+ the [A-Z]")
_QUOTES = frozenset("“‘\"'")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|an?)\s\Z")
# A capital letter alone after "a", "an" or "letter" is the letter ("an H", "the letter A").
_LETTER_BEFORE = re.compile(r"\b(?:[Aa]n?|letter)\s\Z")


def trim_name_edges(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with glued first words and trailing titles cut, lone titles dropped."""
    lower = lowercase_words(text)
    stems = lowercase_stems(text)
    capitalised = _capitalised_mid_sentence(text)
    italics = phrases_in_italics(text)
    in_names = _words_in_capitalised_runs(text)
    known = Counter(m.text for m in mentions if m.label == "PERSON")
    named_words = {word for name in known for word in name.split()}
    evidence = _Evidence(lower, capitalised, stems, known, named_words)
    starts = [start for start, _ in italics]
    out: list[Mention] = []
    for mention in mentions:
        if mention.label not in ACTOR_LABELS or mention.inferred:
            out.append(mention)
            continue
        index = bisect.bisect_right(starts, mention.start) - 1
        if index >= 0 and mention.end <= italics[index][1]:
            continue  # "_Hekinah degul_", "_Undine and Sintran_"
        trimmed = _trim(text, mention, evidence)
        if trimmed is not None and plain_word_opening(text, trimmed, capitalised, in_names):
            continue  # "Behold", "Gigantic", "Literary": capitalised by the sentence alone
        if trimmed is not None and adjective_after_the(text, trimmed, in_names):
            continue  # "the South", "the Invisible": a word capitalised for emphasis
        if trimmed is not None and not _common_noun_after_the(text, trimmed, lower, in_names):
            out.extend(place_before_person(text, trimmed, known))
    return split_pairs(out)


def _capitalised_mid_sentence(text: str) -> set[str]:
    """Words (folded) the text capitalises in the middle of a sentence.

    A word in capitals there is shouted ("To SEND DONATIONS" of a licence), which gives
    it no name's standing.
    """
    found = findall_sliced(_MID_SENTENCE, text, cut=" ")
    return {word.casefold() for word in found if not word.isupper()}


def _common_noun_after_the(
    text: str, mention: Mention, lower: frozenset[str], in_names: set[str]
) -> bool:
    """Whether ``mention`` is a word the text uses in lower case, capitalised after "the".

    "the Moon", "the East", "the Time that flies": a thing capitalised for emphasis. A word
    of a longer name the text uses ("the Church" of "the Church of Scientology") stays, and
    so do nationalities and groups ("the French").
    """
    return (
        mention.label != "NORP"
        and " " not in mention.text
        and not mention.text.isupper()  # "the US"
        and text[max(0, mention.start - 4) : mention.start].casefold() == "the "
        and mention.text.casefold() in lower
        and mention.text not in in_names
    )


def _words_in_capitalised_runs(text: str) -> set[str]:
    """Every word of a run of two or more capitalised words ("Church of Scientology")."""
    words: set[str] = set()
    for run in finditer_sliced(_CAPITALISED_RUN, text):  # no run spans a line
        named = [w for w in run.group().split() if w[:1].isupper() and w not in ("The", "A")]
        if len(named) > 1:  # "The Coroner" opening a sentence is one capitalised word
            words.update(named)
    return words


def _trim(text: str, mention: Mention, evidence: _Evidence) -> Mention | None:
    lower, capitalised, stems = evidence.lower, evidence.capitalised, evidence.stems
    start, end = cut_at_dash(text, mention.start, mention.end)
    start, end = cut_at_colon(text, start, end)
    for _ in range(_MAX_TRIMMED):
        words = text[start:end].split()
        # A particle opens a name only where the model's span starts: "nom de Dieu" is "Dieu".
        particle = start != mention.start and words[0] in _PARTICLES
        if len(words) < 2 or not (
            particle or _glued_first_word(text, (start, end), mention, words[0], evidence)
        ):
            break
        start = _word_start(text, start, words, 1)
    if start != mention.start and text[start:end].startswith(("The ", "the ")):
        start = _word_start(text, start, text[start:end].split(), 1)  # "I. The Rucastles"
    words = text[start:end].split()
    person = mention.label == "PERSON"  # "Civil Defense Authority" keeps its "Defense"
    inner = next(
        (
            i
            for i, w in enumerate(words[1:-1], 1)
            if is_title_word(w)
            and w[:1].isupper()
            and w.casefold().rstrip(".") not in _SAINTS
            and not is_surname_title(w)  # "Jahangir Khan Tareen"
        ),
        0,
    )
    if inner and person:  # "Hetzelsdorf Prince Bagratión": a title opens the name after it
        start = _word_start(text, start, words, inner)
        words = words[inner:]
    if person and len(words) > 1 and _plural_title(words[0]):
        start = _word_start(text, start, words, 1)  # "Prime Ministers Mahendra Chaudhry"
        words = words[1:]
    while len(words) > 1 and (
        _lower_word(words[-1])
        or words[-1].casefold() in FUNCTION_WORDS  # "Thomson On the pleasant banks"
        or (_shouted(words[-1]) and words[-2] != words[-2].upper())
    ):
        # "Napoleon himself”—and": a name ends with a capitalised word;
        # "Mrs. Todd LATER, THERE WAS...": a heading glued to the shouted sentence after it
        end = start + text[start:end].rindex(words[-1])
        end = start + len(text[start:end].rstrip())
        words = words[:-1]
    if end != mention.end and text.endswith(_POSSESSIVE_ENDS, start, end):
        end -= 2  # "Sydney’s feet": cutting "feet" leaves the possessive bare
        words = text[start:end].split()
    if len(words) > 1 and (
        (is_title_word(words[-1]) and _TITLE_AFTER.match(text, end))
        or office_before_name(person, words, text, end)  # "Cotabato Governor Emmylou T."
    ):  # "FijiFirst General Secretary"
        end = start + len(text[start:end].rsplit(None, 1)[0])
        words = words[:-1]
    while (
        person and len(words) > 1 and is_title_word(words[-1]) and not is_surname_title(words[-1])
    ):
        end = text.rindex(words[-1], start, end)
        end = len(text[start:end].rstrip())
        end += start
        words = text[start:end].split()
    if len(words) == 1 and _lone_pronoun(words[0]):
        return None  # "He”—he indicated", "Thy will be done": a pronoun with a capital
    if end - start == 1 and _LETTER_BEFORE.search(text, max(0, start - 12), start):
        return None  # "how to make an H and an F": letters of the alphabet
    if not any(c.isupper() for c in text[start:end]):
        return None  # "l’as voulu" of "Tu l’as voulu": nothing capitalised is left
    if all(is_title_word(word) for word in words):
        return None  # "Prince", "the Emperor": whom it means is the reader's call
    if len(words) > 1 and all(is_title_word(word) or _bare(word) in CLOSED_CLASS for word in words):
        return None  # "MY DEAR MR. SHERLOCK HOLMES": a salutation's small words and title
    if _capitals_of_common_words(words, lower):
        return None  # "A BOARDING SCHOOL", "THE MAGNET ATTRACTING": a heading, not a name
    if len(words) == 1 and _is_date_word(words[0]):
        return None
    if len(words) == 1 and _common_word_opening_a_sentence(
        text, start, words[0], lower, capitalised, stems
    ):
        return None  # "Calm", "Thither", "Riding": capitalised by the sentence alone
    if (start, end) == (mention.start, mention.end):
        return mention
    return Mention(start, end, text[start:end], mention.label)


def _capitals_of_common_words(words: list[str], lower: frozenset[str]) -> bool:
    """Whether every word is written in capitals and used in lower case elsewhere.

    Short words count only when they are articles or prepositions ("A", "OF"): acronyms
    ("US", "WHO") look like words.
    """
    plain = [re.split(r"[’']", w, maxsplit=1)[0].strip(".,;:!?") for w in words]
    return any(len(w) >= 4 for w in plain) and all(
        w.isalpha()
        and w.isupper()
        and (w.casefold() in lower if len(w) >= 4 else w.casefold() in _SMALL_WORDS)
        for w in plain
    )


# "General" of "General Secretary", "Deputy" of "Deputy Leader": a title goes on after it.
_TITLE_AFTER = re.compile(
    rf" (?:{'|'.join(sorted(w.capitalize() for w in TITLE_HEADS | {'leader'}))})\b"
)


def _plural_title(word: str) -> bool:
    """A title in the plural ("Ministers", "Senators"): it names more than one person."""
    folded = word.casefold().rstrip(".")
    return is_title_word(folded) and not is_singular_title(folded)


def _lone_pronoun(word: str) -> bool:
    """A pronoun standing alone ("He", "Thy", "I."); "US" and "IT" in capitals are names."""
    bare = re.split(r"[’']", word, maxsplit=1)[0].rstrip(".")  # "I’m", "It’s"
    return bare.casefold() in _LONE_PRONOUNS and (len(bare) == 1 or not bare.isupper())


def _bare(word: str) -> str:
    """The word folded, without edge punctuation or a clitic ("That’s" -> "that")."""
    return re.split(r"[’']", word.casefold(), maxsplit=1)[0].strip(".,;:!?")


def _lower_word(word: str) -> bool:
    """A word in lower case letters only ("himself", "incarnate")."""
    letters = word.rstrip(".,;:!?")
    return letters.isalpha() and letters.islower()


def _shouted(word: str) -> bool:
    """A word in capitals too long for an acronym ("LATER", "THERE")."""
    letters = word.rstrip(".,;:!?")
    return len(letters) >= 5 and letters.isalpha() and letters.isupper()


def _is_date_word(word: str) -> bool:
    plain = re.split(r"[’']", word.casefold(), maxsplit=1)[0].rstrip(".,")
    return plain in _WEEKDAYS_MONTHS or plain.removesuffix("s") in _WEEKDAYS_MONTHS


def _common_word_opening_a_sentence(
    text: str, start: int, word: str, lower: frozenset[str], capitalised: set[str], stems: set[str]
) -> bool:
    folded = word.casefold()
    used = word_stem(folded) in stems  # "Pillows" where "pillow" is used, "Hush" by "hushed"
    return used and folded not in capitalised and at_sentence_start(text, start)


def _word_start(text: str, start: int, words: list[str], index: int) -> int:
    """Where ``words[index]`` of the span starting at ``start`` begins."""
    position = start
    for word in words[:index]:
        position = text.index(word, position) + len(word)
    return text.index(words[index], position)


def _glued_first_word(
    text: str, span: tuple[int, int], mention: Mention, word: str, evidence: _Evidence
) -> bool:
    """Whether ``word``, opening ``span`` of ``mention``, is glued to the name after it."""
    start, end = span
    label = mention.label
    lower, capitalised, known = evidence.lower, evidence.capitalised, evidence.known
    folded = word.casefold()
    if is_title_word(word):
        return False  # "Prince Andrew": the title is the next rule's business
    plain = re.split(r"[’']", folded, maxsplit=1)[0].rstrip(".,")
    if _is_date_word(word) and _ARTICLE_BEFORE.search(text, max(0, start - 4), start):
        return False  # "The Sunday Times", "a Monday Club member": the day is the name's
    if _is_date_word(word) or plain in _PRONOUNS or plain in AUXILIARIES:
        return True  # "Thou Mars", "You and Florence", "Is Disease a Reversion?"
    if word.isalpha() and word.islower() and folded not in _PARTICLES:
        return True  # "this Hester Prynne", "demesne Buck", the "and" of "You and Florence"
    if (
        word.endswith(",")
        and label not in _PLACE_LABELS
        and at_sentence_start(text, start)
        and plain not in capitalised
    ):
        return True  # "True, Florence": an answer and a vocative
    opening = at_sentence_start(text, start)
    if opening and plain in _OPENING_WORDS and plain in lower:
        # "Near Lee, in Kent": a preposition opening the sentence, capitalised elsewhere
        # only in a headline's Title Case ("Tragedy Near Waterloo Bridge")
        return True
    if not opening or folded in capitalised:
        return False
    if label == "PERSON":  # "Sometimes Bagheera would come": an adverb and no noun or verb
        return plain in lower or english_lexicon().only_adverb(plain)
    if _COMMAND.match(text, start) and plain in lower and text[start - 1 : start] in _QUOTES:
        return True  # "“Kill the Wicked Witch of the West,”": an order opens the utterance
    # "Civil Defense Authority", "New York": bodies and places start so; a body or a work
    # is a person's name after a command only when the rest names a person ("Tell the
    # King of Naples"), or after a word no person's name holds ("Voilà Marie!").
    rest = " ".join(text[start + len(word) : end].split())
    return (
        label not in _PLACE_LABELS
        and rest.removeprefix("the ") in known
        and (plain in lower or _foreign_word(word, rest, evidence))
    )


def _foreign_word(word: str, rest: str, evidence: _Evidence) -> bool:
    """A word no person's name holds, before a person named often ("Voilà Marie!").

    "Mozilla Firefox" stays: the model calls "Firefox" a person once or twice, not often.
    """
    return word not in evidence.named_words and evidence.known[rest] >= _OFTEN_NAMED
