"""Sports clubs: "FC" belongs to a club's name, and a club's last word makes the name a body.

The small model reads "Bengaluru FC" as the city and drops "FC", calls "Odisha FC" and
"Manchester United" persons and "Ayr United" a town, and passes over "Inverness
Caledonian Thistle" altogether. A reader of sports news goes by the shape of the name: a
run of capitalised words that "FC" (or "AFC", "F.C.") opens or ends, or that one of the
words clubs end their names with ends ("United", "Athletic", "Rovers", "Wanderers",
"Thistle", "Rangers"), is one name, a club (ORG), whatever the model said of its parts.
"United" opening a name ("United States") or standing alone changes nothing, and "City"
and "County" are left out: they end towns' names ("Mexico City", "Orange County") as often
as clubs'. These are closed English naming conventions, fitted to no text.

A side named beside a match's score is a club too: "a 5-0 win over Maharlika Manila",
"Bengaluru FC beat Kerala Blasters 4-2" (not the town of "a 3-0 win at Hutchison Vale", nor
a country: "France beat Germany 2-1"). A player of a single sport is beaten "10-4" as
well, so a name the model calls a person wherever it stands stays one unless a word of it
is a place the text names ("Manila" of "Maharlika Manila"). A score is no part of a name:
"Djokovic defeated Nadal 6-4 6-1 1-6 6-3" names Nadal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.language.lexicon import Lexicon, english_lexicon
from reader.core.language.places import is_country_name
from reader.core.language.word_tables import CLOSED_CLASS, MONTHS, WEEKDAYS
from reader.core.text.mentions import Mention
from reader.core.text.scanning import finditer_sliced

#: Words that open or end a football club's name: "FC Goa", "Bengaluru FC".
_MARKS = frozenset({"fc", "f.c.", "afc", "a.f.c."})
#: Words that end a club's name and no town's: "Manchester United", "Blackburn Rovers".
_TAILS = frozenset({"united", "athletic", "rovers", "wanderers", "thistle", "rangers"})
# A run of capitalised words on one line ("Inverness Caledonian Thistle", "F.C. Porto").
_RUN = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*")
_POSSESSIVE = re.compile(r"['’]s?\Z")
_NOT_OPENERS = CLOSED_CLASS | WEEKDAYS | MONTHS
_SCORE = r"\d{1,3}[-–]\d{1,3}"
# "a 5-0 win over X", "their 2-1 defeat to X": X played the match.
_RESULT_BEFORE = re.compile(
    rf"\b{_SCORE}\s+(?:(?:home|away)\s+)?(?:win|victory|defeat|loss|draw|triumph|thrashing"
    r"|demolition|rout|drubbing)\s+(?:over|against|to|with|by)\s+(?:the\s+)?\Z"
)
_BEATEN = (
    r"(?:beat|beats|defeated|defeats|edged|edges|thrashed|thrashes|routed|hammered|crushed"
    r"|downed|stunned|overcame|drew\s+with|lost\s+to|fell\s+to)"
)
# "X beat Y 4-2": both played; the score must follow the second side.
_BEAT_BEFORE = re.compile(rf"\b{_BEATEN}\s+(?:the\s+)?\Z")
_SCORE_AFTER = re.compile(rf"\s+{_SCORE}\b")
_BEAT_AFTER = re.compile(rf"\s+{_BEATEN}\s+(?:the\s+)?[A-Z][^.\n]{{0,40}}?\s+{_SCORE}\b")
_PLACES = frozenset({"GPE", "LOC"})


_SCORE_IN_NAME = re.compile(rf" {_SCORE}")


def score_cuts(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` cut before a score the model took into a name ("Nadal 6-4 6-1")."""
    out: list[Mention] = []
    for mention in mentions:
        score = _SCORE_IN_NAME.search(mention.text)
        if score is None or mention.inferred:
            out.append(mention)
        elif score.start() > 0:
            end = mention.start + score.start()
            out.append(Mention(mention.start, end, text[mention.start : end], mention.label))
    return out


def club_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each club's name whole and a body (ORG).

    A model span inside the club's name ("Bengaluru" of "Bengaluru FC") gives way to the
    whole name; a run the model missed is added. A span that runs past the name
    ("Gary Hooper Manchester United") is left to the other rules, and so is the run.
    """
    clubs = [span for span in _club_spans(text) if not _straddled(span, mentions)]
    if not clubs:
        return list(mentions)
    kept = [m for m in mentions if m.inferred or not any(_inside(m, span) for span in clubs)]
    kept += [Mention(start, end, text[start:end], "ORG") for start, end in clubs]
    return sorted(kept)


def club_kinds(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with every named club's name, and every side of a score, labelled ORG.

    The kind rules that follow weigh what a name does, and a club "said" and "beat" like a
    person; its name's shape says more.
    """
    sides = _sides_of_scores(text, mentions)
    return [
        Mention(m.start, m.end, m.text, "ORG", m.inferred)
        if not m.inferred
        and m.label != "ORG"
        and (_is_club_name(m.text.split()) or m.text.casefold() in sides)
        else m
        for m in mentions
    ]


def _sides_of_scores(text: str, mentions: Sequence[Mention]) -> set[str]:
    """Spellings the text names as a side of a match, less those only ever a person's."""
    sides: set[str] = set()
    for m in mentions:
        if m.inferred or is_country_name(m.text):
            continue  # "France beat Germany 2-1": a country stays one
        before = text[max(0, m.start - 40) : m.start]
        if (
            _RESULT_BEFORE.search(before)
            or (_BEAT_BEFORE.search(before) and _SCORE_AFTER.match(text, m.end))
            or _BEAT_AFTER.match(text, m.end, m.end + 80)
        ):
            sides.add(m.text.casefold())
    if not sides:
        return sides
    places = {m.text.casefold() for m in mentions if m.label in _PLACES and not m.inferred}
    people = {m.text.casefold() for m in mentions if m.label == "PERSON"} - {
        m.text.casefold() for m in mentions if m.label != "PERSON"
    }
    return {
        side for side in sides if side not in people or any(word in places for word in side.split())
    }


def _club_spans(text: str) -> list[tuple[int, int]]:
    lexicon = english_lexicon()
    spans = []
    for run in finditer_sliced(_RUN, text):
        words = list(re.finditer(r"\S+", run.group()))
        ends = [i for i, w in enumerate(words[:-1]) if _ends_sentence(w.group())]
        words = words[ends[-1] + 1 :] if ends else words  # "Kerala Blasters. Odisha FC"
        while words and _not_opener(words[0].group(), lexicon):
            words.pop(0)  # "The Rangers", "On Sunday Ayr United", "Meanwhile Doncaster Rovers"
        if len(words) < 2:
            continue
        last = words[-1].group()
        bare = last if last.casefold() in _MARKS else _POSSESSIVE.sub("", last.rstrip("."))
        if not _is_club_name([w.group() for w in words[:-1]] + [bare]):
            continue
        start = run.start() + words[0].start()
        end = run.start() + words[-1].start() + len(bare)
        spans.append((start, end))
    return spans


def _not_opener(word: str, lexicon: Lexicon) -> bool:
    """A small word, a day or an adverb no adjective shares ("Meanwhile"; "West" stays)."""
    folded = word.casefold()
    readings = lexicon.readings(folded)
    return folded in _NOT_OPENERS or ("adv" in readings and "adj" not in readings)


def _ends_sentence(word: str) -> bool:
    """A word with a full stop after it that is no abbreviation ("Blasters." not "F.C.")."""
    return word.endswith((".", ":")) and len(word) > 2 and "." not in word[:-1]


def _is_club_name(words: list[str]) -> bool:
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    first, last = words[0].casefold(), words[-1].casefold()
    return first in _MARKS or last in _MARKS or last in _TAILS


def _inside(mention: Mention, span: tuple[int, int]) -> bool:
    return span[0] <= mention.start and mention.end <= span[1]


def _straddled(span: tuple[int, int], mentions: Sequence[Mention]) -> bool:
    """Whether a named mention overlaps ``span`` and runs past it."""
    return any(
        not m.inferred and m.start < span[1] and span[0] < m.end and not _inside(m, span)
        for m in mentions
    )
