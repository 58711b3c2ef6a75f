"""What one mention of a name shows of a person: it speaks, smiles, is looked at, is titled.

The single-mention cues :mod:`reader.core.language.kind_evidence` adds up over a whole text
and the place, building and body rules check before they make a name a thing.
"""

from __future__ import annotations

import re

from reader.core.language.office_cues import affiliated, titled_full_name
from reader.core.language.person_cues import called_by_calling, kin_and_life_cues
from reader.core.language.titles import (
    MILITARY_RANKS,
    title_class,
)
from reader.core.text.mentions import Mention

# Verbs of a body or a voice: what people do and bodies or places do not.
_HUMAN_VERBS = frozenset(
    {
        "smiled", "smiles", "laughed", "laughs", "nodded", "nods", "sighed", "sighs",
        "frowned", "blushed", "wept", "weeps", "whispered", "whispers", "shouted", "cried",
        "exclaimed", "muttered", "murmured", "kissed", "glanced", "grinned", "shrugged",
        "gazed", "stared", "hesitated", "winked", "sobbed", "screamed", "gasped",
        "thought", "felt", "replied", "answered", "asked", "interrupted", "remarked",
        "smiling", "sat", "stood", "knelt", "married", "loved",
    }
)  # fmt: skip
# Speech verbs that, before a name, report that person speaking ("said Natásha").
_INVERTED_SPEECH = frozenset(
    {"said", "asked", "cried", "replied", "answered", "exclaimed", "whispered", "continued",
     "added", "shouted", "muttered", "thought", "remarked", "observed", "began", "inquired"}
)  # fmt: skip
_SPEECH = _INVERTED_SPEECH | {"answered", "replied", "asked", "interrupted", "remarked"}
# "looked at Balashëv": one looks, smiles or shouts at somebody, not at a place.
_AT_SOMEBODY = re.compile(
    r"\b(?:looked|looking|glanced|glancing|smiled|smiling|stared|staring|gazed|gazing"
    r"|laughed|shouted|frowned|winked|peered|peeped|nodded|bowed|scowled|waved)\s+at\s+\Z",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"(?:’s|'s)?,? ([a-z]+)")
# "Chancellor-designate Olaf Scholz", "President-elect Javier Milei": the title is the
# word before the suffix.
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)(-(?:designate|elect))?[,.]? [“\"‘']?$")
# "Berthier’s eyes": parts of a body that only people (and animals) have, and the people
# only a person has ("his fiancée").
_BODY_PARTS = frozenset(
    {"eyes", "eye", "face", "lips", "brow", "forehead", "cheeks", "cheek", "hair", "hand",
     "hands", "fingers", "shoulders", "shoulder", "arm", "arms", "mouth", "nose", "beard",
     "voice", "legs", "knees", "smile", "glance", "gaze", "wife", "husband", "son", "daughter",
     "fiancee", "fiancée", "fiance", "fiancé"}
)  # fmt: skip
# "Berthier’s eyes"; a name ending in "s" owns with the apostrophe alone: "Pluffles' fiancée".
_POSSESSED = re.compile(r"(?:’s|'s|(?<=s)[’']) ([a-zà-ÿ]+)")
# "Morand’s division", "Morand’s and Gérard’s divisions", "Beauharnais’ corps", "the divisions
# of Morand": a general's units; a body's division has a noun between ("the BBC's news
# division").
_UNITS = r"(?:divisions?|corps|brigades?|detachments?|squadrons?|battalions?)"
_COMMANDS = re.compile(rf"(?:’s?|'s?)(?: and [A-Z][\w’'-]*(?:’s?|'s?))? {_UNITS}\b")
_COMMANDED_BY = re.compile(rf"\bthe {_UNITS} of \Z")
_WHO = re.compile(r"(?:’s|'s)?, (?:who|whom|whose)\b")
# "an officer from Richmond, California, who was sentenced": a region set off after its town
# is no one the "who" is said of; "the Cossack, Likhachëv, who" sets a name off after a noun.
_AFTER_TOWN = re.compile(r"(?<![Tt]he )(?<![Aa] )(?<![Aa]n )\b[A-Z][\w’'.-]*, \Z")
# "how Charlotte and I did stuff", "“Anne and I are kindred spirits”": a name the speaker
# pairs with "I" as the subject of a clause is somebody's; "went to Paris and I stayed" is
# not such a subject, so the name must open its clause (after a stop, a quotation mark or
# a word that opens a clause).
_WITH_ME = re.compile(r" and I (?:[a-z]+|[A-Z]\w*[’']\w+)\b")
_OPENS_CLAUSE = re.compile(
    r"(?:(?:^|[.!?;:“\"‘(]|\b(?i:how|when|where|while|whilst|that|because|if|though"
    r"|although|and|but|so|why|then))\s*|[A-Z]\w*!\s+)\Z"
)
# "Field Marshal Saltykóv", "Lieutenant General Uvárov": a rank of two words before a name,
# which only a person holds (the model reads "Field Marshal Prince X" as a body).
_COMPOUND_RANK = re.compile(
    r"(?:Field|Lieutenant|Major|Brigadier|Rear|Vice|Air)[ -]"
    r"(?:Marshal|General|Admiral|Colonel|Commander) [A-Z]"
)
#: Cues that make a name a person's on their own ("Mrs." before it counts two).
MIN_CUES = 2
# Courtesy titles written with a stop ("Mr.", "Mrs."), which head nothing but a person's name.
_COURTESY = frozenset({"mr", "mrs", "ms", "mx", "dr"})


def _ranked(words: list[str], lower: frozenset[str]) -> bool:
    return words[0].casefold().rstrip(".") in MILITARY_RANKS and words[1].casefold() not in lower


def has_person_cue(text: str, mention: Mention, lower: frozenset[str]) -> bool:
    """Whether one mention alone shows a person: it speaks, smiles, is "looked at", ..."""
    return bool(
        person_cue_count(text, mention, lower)
        or _AT_SOMEBODY.search(text[max(0, mention.start - 16) : mention.start])
    )


def speaks_or_acts(text: str, mention: Mention, lower: frozenset[str]) -> bool:
    """Whether one mention shows somebody: a person's cue, or speaking ("said X")."""
    return has_person_cue(text, mention, lower) or bool(spoken(text, mention))


def _acting(after: re.Match[str]) -> bool:
    """Whether the verb after a name is the name's own: not after a comma, unless a participle.

    "Natásha, smiling, went on" acts; "in the province of Gascony, stood the chateau" is a
    sentence turned round, where the chateau stands.
    """
    return "," not in after.group() or after.group(1).endswith("ing")


def spoken(text: str, mention: Mention) -> int:
    """1 when the mention speaks ("X replied", "said X"), which a body does too."""
    after = _NEXT_WORD.match(text, mention.end, mention.end + 30)
    before = _PREVIOUS_WORD.search(text, max(0, mention.start - 24), mention.start)
    return int(
        bool(after and after.group(1) in _SPEECH)
        or bool(before and before.group(1).casefold() in _INVERTED_SPEECH)
    )


def person_cue_count(text: str, mention: Mention, lower: frozenset[str]) -> int:
    """How many cues one mention gives that it names a person (:data:`MIN_CUES` is sure)."""
    cues = kin_and_life_cues(text, mention)
    words = mention.text.split()
    if len(words) > 1 and title_class(words[0]):
        cues += 1  # "Princess Mary", "Mademoiselle Bourienne"
    elif len(words) == 2 and _ranked(words, lower):
        cues += 1  # "General Barclay", not "General Staff"
    elif _COMPOUND_RANK.match(mention.text):
        cues += MIN_CUES  # "Field Marshal Saltykóv"
    if _WHO.match(text, mention.end, mention.end + 8) and not _AFTER_TOWN.search(
        text, max(0, mention.start - 30), mention.start
    ):
        cues += 1  # "Barclay, who had gone away": "who" is said of people
    after = _NEXT_WORD.match(text, mention.end, mention.end + 30)
    if after and after.group(1) in _HUMAN_VERBS and _acting(after):
        cues += 1
    owned = _POSSESSED.match(text, mention.end, mention.end + 20)
    if owned and owned.group(1) in _BODY_PARTS:
        cues += 1  # "Berthier’s eyes turned"
    if _COMMANDS.match(text, mention.end) or _COMMANDED_BY.search(
        text, max(0, mention.start - 24), mention.start
    ):
        cues += 1  # "Friant’s division", "the divisions of Morand"
    before = _PREVIOUS_WORD.search(text, max(0, mention.start - 24), mention.start)
    if before:
        word = before.group(1)
        folded = word.casefold()
        if (folded in _COURTESY and text[before.end(1) : before.end(1) + 1] == ".") or (
            word == "Miss"
        ):
            cues += MIN_CUES  # "Mrs. Toller": only a person is a "Mrs."
        elif folded in _INVERTED_SPEECH or title_class(word) or folded in MILITARY_RANKS:
            cues += 1  # "said Natásha", "General Barclay"
        elif titled_full_name(
            text, mention, before.end(2) if before.group(2) else before.end(1), word
        ):
            cues += MIN_CUES  # "Indonesian President Joko Widodo said": the model's body
    if called_by_calling(text, mention) or affiliated(text, mention):
        cues += MIN_CUES  # "goalkeeper Lara", "Tanja Bosak of the ... Institute": no town
    if _WITH_ME.match(text, mention.end) and _OPENS_CLAUSE.search(
        text, max(0, mention.start - 12), mention.start
    ):
        cues += MIN_CUES  # "Charlotte and I did": no town does anything with the speaker
    return cues


def looked_at(text: str, start: int) -> bool:
    """Whether the text looks, smiles or shouts at the name at ``start`` ("looked at X")."""
    return bool(_AT_SOMEBODY.search(text[max(0, start - 16) : start]))


def word_before(text: str, start: int) -> re.Match[str] | None:
    """The word right before ``start`` (a comma, stop or opening quote between allowed)."""
    return _PREVIOUS_WORD.search(text, max(0, start - 24), start)
