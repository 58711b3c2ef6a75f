"""Grouping rule 3b: a short name that fits two full names is decided mention by mention.

"Nicholas" in a book with "Nicholas Rostóv" and "Nicholas Bolkónski" names either man,
so rule 3 leaves it alone. Each of its mentions joins the one candidate the text named
within the :data:`WINDOW` characters before it, by a name of that candidate's (its full
name or a shorter form in the text) that holds a word only it has: "Rostóv" or "Nicholas
Rostóv" before "Nicholas" names the son, "Bolkónski" the old prince. A mention with two
candidates named nearby, or none, stays with the short name, unless the text that tells
uses the short name overwhelmingly for one of them (three in four of the decided
mentions, at least five of them): then that one takes the rest too. "Clinton" just after
"Bill Clinton and Hillary Clinton" stays "Clinton".

A shared name is itself evidence only where it was decided: a second pass counts a
mention of "Bolkónski" for the old prince only if the first pass gave it to him, not to
his son "Andrew Bolkónski", whom the text mostly means by it.

A full name that starts with a word the text puts after "in", "at", "from", "near",
"to", "of" or "the" at least half the time ("Kiev Pierre", "at Tarútino Kutúzov") is no
candidate, and such a word alone is no evidence: a book's model calls many towns persons.

Two passes over the evidence, sorted once per short name: linear in the mentions. The
second also counts, near a mention, the first pass's mentions of the short name given to
the one it usually names (three in four, at least five): where the text calls one man
"Nicholas" nine times in ten, the "Nicholas" after "little Nicholas Bolkónski" and a
"Nicholas" given to Rostóv could be either, so it goes to Rostóv.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reader.core.actors.union import Groups
from reader.core.language.place_evidence import after_place_word
from reader.core.text.mentions import Mention

# How far back (in characters, about a page) a name counts as the context of a mention.
WINDOW = 3000
# The share of decided mentions (and their least number) that gives one candidate the rest.
_MOST = 0.75
_LEAST = 5


def split_shared_names(
    text: str,
    members: Mapping[str, Sequence[Mention]],
    labels: Mapping[str, str],
    groups: Groups,
    shared: Mapping[str, Sequence[str]],
) -> dict[Mention, str]:
    """The group each mention of a shared short name joins, for the mentions decided.

    Args:
        text: The text the mentions point into.
        members: Mentions per rule-1 key.
        labels: Each key's majority label.
        groups: The groups so far (not changed).
        shared: Each short key that rule 3 left alone, with the full keys it fits.

    Returns:
        For each decided mention, the key of the group it joins.
    """
    by_word: dict[str, list[str]] = {}
    for key, label in labels.items():
        if label == "PERSON":
            for word in set(key.split()):
                by_word.setdefault(word, []).append(key)
    places: dict[str, bool] = {}

    def place_like(key: str) -> bool:
        if key not in places:
            ms = members.get(key, ())
            after = sum(after_place_word(text, m.start) for m in ms)
            places[key] = bool(ms) and 2 * after >= len(ms)
        return places[key]

    def one_pass(first: Mapping[Mention, str] | None) -> dict[Mention, str]:
        out: dict[Mention, str] = {}
        for short, all_fits in shared.items():
            fits = [f for f in all_fits if not place_like(f.split()[0])]
            roots = sorted({groups.find(f) for f in fits})
            if not roots:
                continue
            words = {root: _group_words(fits, root, groups) for root in roots}
            evidence: list[tuple[int, str]] = []
            for root in roots:
                others = set().union(*(words[r] for r in roots if r != root))
                own = words[root] - others - set(short.split())
                keys = {
                    k
                    for w in own
                    for k in by_word.get(w, ())
                    if set(k.split()) <= words[root] and not place_like(k)
                }
                keys |= {f for f in fits if groups.find(f) == root}
                evidence.extend(
                    (m.start, root)
                    for k in keys
                    for m in members.get(k, ())
                    if first is None or k not in shared or _given(first, m, groups) == root
                )
            if first is not None:
                evidence.extend(_usual(first, members[short], roots, groups))
            out.update(_decide(sorted(evidence), sorted(members[short]), roots))
        return out

    # A shared name is evidence only where the first pass gave it to that group.
    return one_pass(one_pass(None))


def _usual(
    first: Mapping[Mention, str], mentions: Sequence[Mention], roots: Sequence[str], groups: Groups
) -> list[tuple[int, str]]:
    """The first pass's mentions of the short name given to the one it usually names.

    Where the text calls one man "Nicholas" nine times in ten, the last "Nicholas" given to
    him is as good a sign as his full name that the next one is him too.
    """
    given = [(m.start, _given(first, m, groups)) for m in mentions if m in first]
    counts = {root: sum(r == root for _, r in given) for root in roots}
    best = max(roots, key=lambda r: counts[r])
    if counts[best] < _LEAST or counts[best] < _MOST * len(given):
        return []
    return [(start, root) for start, root in given if root == best]


def _given(first: Mapping[Mention, str], mention: Mention, groups: Groups) -> str:
    key = first.get(mention)
    return groups.find(key) if key is not None else ""


def _group_words(fits: Sequence[str], root: str, groups: Groups) -> set[str]:
    return {w for f in fits if groups.find(f) == root for w in f.split()}


def _decide(
    evidence: list[tuple[int, str]], mentions: list[Mention], roots: list[str]
) -> dict[Mention, str]:
    last: dict[str, int] = {}
    decided: dict[Mention, str] = {}
    undecided: list[Mention] = []
    i = 0
    for mention in mentions:
        while i < len(evidence) and evidence[i][0] < mention.start:
            last[evidence[i][1]] = evidence[i][0]
            i += 1
        near = [root for root in roots if last.get(root, -WINDOW - 1) >= mention.start - WINDOW]
        if len(near) == 1:
            decided[mention] = near[0]
        else:
            undecided.append(mention)
    counts = {root: sum(r == root for r in decided.values()) for root in roots}
    best = max(roots, key=lambda r: counts[r])
    if counts[best] >= _LEAST and counts[best] >= _MOST * len(decided):
        decided.update((mention, best) for mention in undecided)
    return decided
