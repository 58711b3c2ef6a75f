"""A capitalised cry ("Hurrah!", "‘Cooee!’") is a word called out, not somebody's name.

The model reads a one-word exclamation as a name, most of all when quotation marks set it
apart. A word is a cry when two in three of its mentions (two or more) are called out,
followed by "!" or alone in quotation marks, and the text treats it as a word: writes it
in lower case too ("Hurrah! hurrah! hurrah!") or quotes it as a word, with no "!" ("the
cry of ‘Cooee’ was a signal"). A name is called out too ("‘Fritz! Fritz!’ she cried"),
but never quoted as a word nor written in lower case, so it stays a name; a nickname set
in quotation marks and never called out ("“Granddad” said") is a name too.

A word asked back as a sentence of its own counts as called out ("Absurd? Well, absurd.
... Absurd! Absurd!"), once one use has the "!".

A word called out every time among other one-word cries ("“Spies! Yaha! Tst!”", two
times in three) is a cry too, though never written in lower case: a name is used
otherwise too ("“Fritz! Fritz!” she cried. Fritz came.").

A cry in another tongue ("“Allez vous-en!”", "“M'ama... non m' ama...”") is a word too:
words English does not know follow it up to a "!", or they follow it where it opens a
quotation. Words after a name in narration ("Jim sez nothing") say nothing of the name.

A word the text writes once, as a whole utterance called out ("“Whoof!”"), is a cry: a
name called out alone is used again, or is a given name ("“Tom!”").

An interjection of the closed list below ("Pshaw!", "“Pho,” said he", "Great Scott!") is
never a name, however it is punctuated, nor is a name sworn by: "By" opening a sentence
or an utterance, the name and "!" ("“By Jove!”"), or a comma after a classic oath's name
("By George, sir"); "By Napoleon's order" and "by Kutuzov, who" stay. The list holds
interjections only, none that is also a given name or a word with another sense ("Faith",
"Hope", "Bravo" stay names).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.core.language.given_names import is_given_name
from reader.core.language.lexicon import Lexicon, english_lexicon
from reader.core.language.spans import at_sentence_start, lowercase_words
from reader.core.language.word_tables import CLOSED_CLASS
from reader.core.text.mentions import ACTOR_LABELS, Mention
from reader.core.text.scanning import finditer_sliced

_OPENING = "“‘\"'"
_CLOSING = "”’\"'"
_MIN_CRIES = 2
_CALLED = "called"
_QUOTED = "quoted"
_FOREIGN = "foreign"  # opens a quotation, words English does not know follow
_FOREIGN_CALLED = "foreign, called"  # ... and a "!" ends them: "“Allez vous-en!”"
# Lower-case words after a name, through "..." or a comma: "Allez vous-en!", "M'ama... non".
_WORDS_AFTER = re.compile(r"(?:\.{2,}|…|,)?[ \t]+([a-z]+(?:[ \t'’-]+[a-z]+){0,2})(!)?")
_WORD = re.compile(r"[a-z]+")
_ANY_WORD = re.compile(r"\w+")
_AMONG = "called among cries"  # "Spies! Yaha! Tst!": other one-word cries beside it
_ASKED = "asked"  # a sentence of its own, ended by "?": "Absurd? Well, absurd."
# A one-word cry just before the name ("Spies! Yaha!"), itself opening an utterance or
# following another cry, or one just after it ("Yaha! Tst!").
_CRY_BEFORE = re.compile(r"(?:^|[\s“\"‘'(])([A-Za-z]+)[!,]\s\Z")
_CRY_AFTER = re.compile(r"!\s([A-Za-z]+)[!,]")
# Interjections of older and dialect English, and two-word oaths.
_INTERJECTIONS = frozenset({
    "pshaw", "psha", "pish", "pooh", "bah", "tush", "faugh", "fie", "zounds", "egad",
    "begad", "gadzooks", "begorra", "begorrah", "hallo", "halloa", "hullo", "whew", "humph",
    "ahem", "alack", "lackaday", "lawks", "pho", "phoo", "heyday", "huzza", "huzzah",
    "ochone", "wisha", "arrah", "adieu", "great scott", "good heavens", "great heavens",
    "good gracious", "gracious heavens",
})  # fmt: skip


# "By" opening a sentence or an utterance just before a name: "“By Jove!”", ". By George,".
_BY_BEFORE = re.compile(r"(?:^|[“\"‘'(]|[.!?;]\s+)By\s\Z")
# Names sworn by in the classic oaths, which a comma may follow too ("By Jove, sir").
_OATH_NAMES = frozenset({"jove", "jupiter", "george", "gad", "gum", "golly", "jingo", "gosh"})


def _oath(text: str, mention: Mention) -> bool:
    """Whether the mention is sworn by: "By Jove!", "By George, sir" (not "By Napoleon's")."""
    if mention.inferred or " " in mention.text:
        return False
    if not _BY_BEFORE.search(text, max(0, mention.start - 6), mention.start):
        return False
    after = text[mention.end : mention.end + 1]
    return after == "!" or (after == "," and mention.text.casefold() in _OATH_NAMES)


def drop_cries(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` less those of one-word names that the text only calls out or swears by."""
    mentions = [
        m
        for m in mentions
        if m.inferred or (m.text.casefold() not in _INTERJECTIONS and not _oath(text, m))
    ]
    cries: dict[str, list[str]] = {}
    lexicon = english_lexicon()
    for mention in mentions:
        if mention.label in ACTOR_LABELS and not mention.inferred and " " not in mention.text:
            cries.setdefault(mention.text, []).append(_cry(text, mention, lexicon))
    if not any(any(found) for found in cries.values()):
        return list(mentions)
    lower = lowercase_words(text)
    words = {word for word, found in cries.items() if _cried(word, found, lower)}
    once = [m for m in mentions if cries.get(m.text) == [_CALLED] and m.text not in words]
    if once:
        counts = _word_counts(text)
        words |= {m.text for m in once if _lone_cry(text, m, counts)}
    return [m for m in mentions if m.inferred or m.text not in words]


def _cried(word: str, found: list[str], lower: frozenset[str]) -> bool:
    called = sum(bool(how) and how != _FOREIGN for how in found)
    calls = _CALLED in found or _FOREIGN_CALLED in found or _AMONG in found
    if called < _MIN_CRIES or 3 * called < 2 * len(found) or not calls:
        return False  # “Granddad” said, “Granddad” gave: a nickname in quotation marks
    foreign = _FOREIGN in found or _FOREIGN_CALLED in found
    # "Spies! Yaha! Tst!" every time: a word of the crowd's, never anybody's name
    among = 3 * found.count(_AMONG) >= 2 * len(found)
    return word.casefold() in lower or _QUOTED in found or foreign or among


def _lone_cry(text: str, mention: Mention, counts: Counter[str]) -> bool:
    """A word the text writes once, called out as a whole utterance: "“Whoof!”".

    A name called out alone is named again elsewhere, or is a given name ("“Tom!”").
    """
    word = mention.text.casefold()
    return (
        counts[word] == 1
        and not is_given_name(word)
        and mention.start > 0
        and text[mention.start - 1] in _OPENING
        and text[mention.end : mention.end + 1] == "!"
        and text[mention.end + 1 : mention.end + 2] in tuple(_CLOSING)
    )


def _word_counts(text: str) -> Counter[str]:
    """How often each word is written, whatever its case: one pass over the text."""
    return Counter(match.group().casefold() for match in finditer_sliced(_ANY_WORD, text, " "))


def _cry(text: str, mention: Mention, lexicon: Lexicon) -> str:
    """How the mention is called out: followed by "!", alone in quotation marks, or not."""
    after = text[mention.end : mention.end + 1]
    if after == "!":
        return _AMONG if _among_cries(text, mention) else _CALLED
    if after == "?" and at_sentence_start(text, mention.start):
        return _ASKED  # a called-out word asked back; a name asked so is never in lower case
    before = text[mention.start - 1 : mention.start] if mention.start else ""
    foreign = _foreign_words_after(text, mention.end, lexicon)
    if foreign == _FOREIGN_CALLED or (foreign and before and before in _OPENING):
        return foreign
    beyond = text[mention.end + 1 : mention.end + 2]
    quoted = (
        bool(before)
        and before in _OPENING
        and bool(after)
        and after in _CLOSING
        and not beyond.isalpha()
    )
    return _QUOTED if quoted else ""


def _among_cries(text: str, mention: Mention) -> bool:
    """Whether another one-word cry stands right before or after the called-out name."""
    before = _CRY_BEFORE.search(text, max(0, mention.start - 16), mention.start)
    after = _CRY_AFTER.match(text, mention.end)
    return any(found is not None and found.group(1) != mention.text for found in (before, after))


def _foreign_words_after(text: str, end: int, lexicon: Lexicon) -> str:
    """Whether words English does not know follow ``end``, and whether a "!" ends them."""
    found = _WORDS_AFTER.match(text, end, end + 40)
    if found is None:
        return ""
    words = _WORD.findall(found.group(1))
    if not any(w not in CLOSED_CLASS and len(w) > 1 and not lexicon.readings(w) for w in words):
        return ""
    return _FOREIGN_CALLED if found.group(2) else _FOREIGN
