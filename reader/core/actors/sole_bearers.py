"""Grouping rule 3c: full names sharing a surname the text nearly always uses alone are one.

A book calls its man "Denísov" hundreds of times and now and then "Váska Denísov" or
"Vasíli Denísov" (a pet name and the name itself, which no rule can tell apart). Rule 3
sees two full names that "Denísov" fits and leaves it alone; rule 3b then hands each
"Denísov" to whichever full name came last, splitting one man three ways. When the
surname alone is used at least :data:`DOMINANT` times as often as all its full names
together, and no two of those full names ever stand in one sentence, they are the one
person the surname names. Real namesakes are named apart: brothers and sisters are
named side by side ("Elinor and Marianne Dashwood" aside, "Elinor Dashwood ... Marianne
Dashwood" in one sentence), or by their titles ("Mr. Bennet", "Mrs. Bennet", which rule 1
keeps apart), or by first names far more often than by the bare surname.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

from reader.core.actors.union import Groups
from reader.core.language.titles import titles_clash
from reader.core.text.mentions import Mention

#: How many times the surname alone must outnumber all its full names together.
DOMINANT = 5
#: The fewest bare mentions for the rule to speak: a short text gives too little to tell.
_LEAST = 20
# A sentence ends at ".", "!" or "?" and a space, not after "Mr." or an initial "A.".
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])[.!?][\"”’)]*\s|\n[ \t]*\n"
)


def join_sole_bearers(
    text: str,
    members: Mapping[str, Sequence[Mention]],
    groups: Groups,
    shared: Mapping[str, Sequence[str]],
    classes: Mapping[str, set[str]],
) -> dict[str, list[str]]:
    """Join each dominant surname and its full names; the shared names left to rule 3b."""
    left: dict[str, list[str]] = {}
    for short, fits in shared.items():
        bare = len(members.get(short, ()))
        full = sum(len(members.get(f, ())) for f in fits)
        if (
            " " in short
            or bare < _LEAST
            or bare < DOMINANT * full
            or any(
                titles_clash(a, b)
                for f in fits
                for g in fits
                for a in classes[f]
                for b in classes[g]
            )
            or _named_together(text, members, fits, groups)
        ):
            left[short] = list(fits)
            continue
        for fit in fits:
            groups.union(short, fit)
    return left


def _named_together(
    text: str, members: Mapping[str, Sequence[Mention]], fits: Sequence[str], groups: Groups
) -> bool:
    """Whether mentions of two different full names stand in one sentence."""
    spans = sorted((m.start, m.end, groups.find(fit)) for fit in fits for m in members.get(fit, ()))
    for (_, end, root), (start, _, other) in itertools.pairwise(spans):
        if root != other and not _SENTENCE_END.search(text, end, start):
            return True
    return False
