"""A minister's portfolio: it goes on after "and", and ends before its holder's name.

"Minister of Information and National Orientation" is one office; "Minister of Economy
Luis Caputo" is an office and a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reader.core.language.given_names import is_given_name
from reader.core.language.lexicon import english_lexicon
from reader.core.language.titles import PORTFOLIOS, is_title_word
from reader.core.text.mentions import Mention

_PORTFOLIO_OPENER = re.compile(
    r"(?:Ministry|Minister|Department|Secretary|Office|Commission|Committee|Secretariat)"
    r" (?:of|for) "
)
# "Minister of ", "Minister of Foreign ": a capitalised office, "of" or "for", and the
# portfolio's first capitalised words.
_OFFICE_OF = re.compile(r"[A-Z][\w-]* (?:of|for)(?: the)?(?: [A-Z][\w’'-]*)* \Z")
# A capitalised title straight before the span: "Chief Executive Akio Toyoda".
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+) \Z")
# One to four capitalised words after "and", with nothing capitalised after them.
_AND_MORE = re.compile(r" and ((?:[A-Z][a-z’'-]+)(?: [A-Z][a-z’'-]+){0,3})(?![\w’'-]| [A-Z])")


def portfolio_ends(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a portfolio the model cut at "and" grown to its end.

    "the Minister of Information and National Orientation" gave the model "Minister of
    Information", and the rest was taken for a name of its own. The words after "and" must
    all be ordinary English words capitalised ("Social Care", "Creative Economy"): a name
    there is somebody else ("the Ministry of Defence and NATO", "the Minister of Finance
    and Mr Smith").
    """
    starts = {m.start for m in mentions}
    lexicon = english_lexicon()
    out: list[Mention] = []
    for mention in mentions:
        found = _AND_MORE.match(text, mention.end)
        if (
            found is None
            or not _PORTFOLIO_OPENER.match(mention.text)
            or any(s in starts for s in range(found.start(1), found.end(1)))
            or not all(
                lexicon.readings(w.casefold()) and not is_title_word(w)
                for w in found.group(1).split()
            )
        ):
            out.append(mention)
            continue
        end = found.end(1)
        out.append(Mention(mention.start, end, text[mention.start : end], mention.label))
    return out


def portfolio_heads(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a person's name cut after the portfolio of the office before it.

    "Minister of Economy Luis Caputo", "Inspector General of Police Joseph Boinnet": the
    model (or a name grown leftwards) took the portfolio's last words into the holder's
    name. After a capitalised office and "of" or "for", the person's name loses the
    ordinary English words it opens with, down to two words and never a given name
    ("Joseph" stays); an unknown word is a given name ("the trial of Gökmen Tanis").
    """
    lexicon = english_lexicon()
    people = {m.text for m in mentions if m.label == "PERSON"}
    out: list[Mention] = []
    for mention in mentions:
        words = mention.text.split(" ")
        office = _after_office(text, mention.start)
        if len(words) < 3 or office is None:
            out.append(mention)
            continue
        cut = 0
        # After a bare title only the closed class of portfolios goes ("Justice Muslim
        # Sule Hassan" keeps "Muslim"); after "of" any ordinary English word does.
        while len(words) - cut > 2 and _portfolio_word(words[cut], lexicon.readings):
            if not office and words[cut].casefold() not in PORTFOLIOS:
                break
            cut += 1
        start = mention.start + sum(len(w) + 1 for w in words[:cut])
        label = mention.label
        if label != "PERSON":  # "of the Environment Marina Silva": a body only if not a name
            if not cut or text[start : mention.end] not in people:
                out.append(mention)
                continue
            label = "PERSON"
        out.append(Mention(start, mention.end, text[start : mention.end], label))
    return out


def _after_office(text: str, start: int) -> bool | None:
    """True after an office and "of" ("Minister of the "), False after a title ("Chief ")."""
    if _OFFICE_OF.search(text, max(0, start - 40), start):
        return True
    title = _TITLE_BEFORE.search(text, max(0, start - 20), start)
    return False if title is not None and is_title_word(title.group(1)) else None


def _portfolio_word(word: str, readings: Callable[[str], set[str]]) -> bool:
    folded = word.casefold()
    return word[:1].isupper() and bool(readings(folded)) and not is_given_name(folded)
