"""Grouping rule 3c: full names sharing a surname the text nearly always uses alone are one.

A book calls its man "Denísov" hundreds of times and now and then "Váska Denísov" or
"Vasíli Denísov" (a pet name and the name itself, which no rule can tell apart). Rule 3
sees two full names that "Denísov" fits and leaves it alone; rule 3b then hands each
"Denísov" to whichever full name came last, splitting one man three ways. When the
surname alone is used at least :data:`DOMINANT` times as often as all its full names
together, with every name already joined to them ("Pétya" joined to "Pétya Rostóv"
counts for him), and no two of those full names ever stand in one sentence, they are
the one person the surname names. Real namesakes are named apart: brothers and sisters
are named side by side ("Elinor Dashwood ... Marianne Dashwood" in one sentence), by
their titles ("Mr. Bennet", "Mrs. Bennet", which rule 1 keeps apart), or by their first
names, which makes their full names' groups too large beside the bare surname; and a
text that speaks of the family in the plural ("the McCarthys": father and son) knows
more than one bearer. A first name shared by several full names ("Vasíli Kurágin",
"Vasíli Denísov") is no surname.
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
SENTENCE_END = re.compile(
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
    sizes: dict[str, int] | None = None
    for short, fits in shared.items():
        surname = " " not in short and all(f.rsplit(" ", 1)[-1] == short for f in fits)
        bare = len(members.get(short, ()))
        if surname and bare >= _LEAST and sizes is None:
            sizes = _group_sizes(members, groups)
        roots = {groups.find(f) for f in fits}
        full = sum(sizes.get(root, 0) for root in roots) if sizes else 0
        if (
            not surname
            or bare < _LEAST
            or bare < DOMINANT * full
            or any(
                titles_clash(a, b)
                for f in fits
                for g in fits
                for a in classes[f]
                for b in classes[g]
            )
            or _family_named(text, members[short])
            or _named_together(text, members, fits, groups)
        ):
            left[short] = list(fits)
            continue
        for fit in fits:
            groups.union(short, fit)
    return left


def _family_named(text: str, mentions: Sequence[Mention]) -> bool:
    """Whether the text speaks of the family in the plural ("the McCarthys", "Rostóvs")."""
    name = mentions[0].text.split()[-1]
    name = re.sub(r"[’']s?$", "", name)
    for plural in (f"{name}s", f"{name}es"):
        position = text.find(plural)
        while position >= 0:
            after = text[position + len(plural) : position + len(plural) + 1]
            before = text[position - 1 : position] if position else ""
            if not after.isalpha() and not before.isalpha():
                return True
            position = text.find(plural, position + 1)
    return False


def _group_sizes(members: Mapping[str, Sequence[Mention]], groups: Groups) -> dict[str, int]:
    """Mentions per group so far: a full name's group holds its first name used alone too."""
    sizes: dict[str, int] = {}
    for key, mentions in members.items():
        root = groups.find(key)
        sizes[root] = sizes.get(root, 0) + len(mentions)
    return sizes


def _named_together(
    text: str, members: Mapping[str, Sequence[Mention]], fits: Sequence[str], groups: Groups
) -> bool:
    """Whether mentions of two different full names stand in one sentence."""
    spans = sorted((m.start, m.end, groups.find(fit)) for fit in fits for m in members.get(fit, ()))
    for (_, end, root), (start, _, other) in itertools.pairwise(spans):
        if root != other and not SENTENCE_END.search(text, end, start):
            return True
    return False
