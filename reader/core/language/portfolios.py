"""A body's or a minister's portfolio goes on after "and": "Minister of Information and ..."."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.language.lexicon import english_lexicon
from reader.core.language.titles import is_title_word
from reader.core.text.mentions import Mention

_PORTFOLIO_OPENER = re.compile(
    r"(?:Ministry|Minister|Department|Secretary|Office|Commission|Committee|Secretariat)"
    r" (?:of|for) "
)
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
