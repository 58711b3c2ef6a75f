"""A minister's portfolio: it goes on after "and", and ends before its holder's name.

"Minister of Information and National Orientation" is one office; "Minister of Economy
Luis Caputo" is an office and a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reader.core.language.given_names import is_given_name
from reader.core.language.lexicon import english_lexicon
from reader.core.language.titles import is_title_word
from reader.core.text.mentions import Mention

_PORTFOLIO_OPENER = re.compile(
    r"(?:Ministry|Minister|Department|Secretary|Office|Commission|Committee|Secretariat)"
    r" (?:of|for) "
)
# "Minister of ", "Minister of Foreign ": a capitalised office, "of" or "for", and the
# portfolio's first capitalised words.
_OFFICE_OF = re.compile(r"[A-Z][\w-]* (?:of|for)(?: [A-Z][\w’'-]*)* \Z")
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
    out: list[Mention] = []
    for mention in mentions:
        words = mention.text.split(" ")
        if (
            mention.label != "PERSON"
            or len(words) < 3
            or not _OFFICE_OF.search(text, max(0, mention.start - 40), mention.start)
        ):
            out.append(mention)
            continue
        cut = 0
        while len(words) - cut > 2 and _portfolio_word(words[cut], lexicon.readings):
            cut += 1
        start = mention.start + sum(len(w) + 1 for w in words[:cut])
        out.append(Mention(start, mention.end, text[start : mention.end], mention.label))
    return out


def _portfolio_word(word: str, readings: Callable[[str], set[str]]) -> bool:
    folded = word.casefold()
    return word[:1].isupper() and bool(readings(folded)) and not is_given_name(folded)
