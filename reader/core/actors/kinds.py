"""An actor's kind from what the whole document says of its name, before grouping.

The model labels "the Rostóvs" an organisation in most sentences; a reader knows a
family: a one-word name in the plural ("Rostóvs", "Joneses") of a person's surname the
text uses ("Count Rostóv", "Natásha Rostóv") that the text puts "the" before at least
half the time is people (PERSON). It stays its own actor: a family is not one of its
members.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reader.core.text.mentions import Mention

_PEOPLE = frozenset({"PERSON", "NORP"})


def family_plurals(text: str, named: Sequence[Mention]) -> list[Mention]:
    """``named`` with the mentions of a family's plural name labelled PERSON."""
    surnames = {
        _folded_words(m.text)[-1]
        for m in named
        if m.label == "PERSON" and not m.inferred and _folded_words(m.text)
    }
    uses: Counter[str] = Counter()
    after_the: Counter[str] = Counter()
    for mention in named:
        spelling = mention.text.casefold()
        if mention.label in _PEOPLE or " " in spelling or not _stems(spelling) & surnames:
            continue
        uses[spelling] += 1
        after_the[spelling] += text[max(0, mention.start - 4) : mention.start].casefold() == "the "
    families = {spelling for spelling, n in uses.items() if 2 * after_the[spelling] >= n}
    return [
        Mention(m.start, m.end, m.text, "PERSON", m.inferred)
        if m.label not in _PEOPLE and m.text.casefold() in families
        else m
        for m in named
    ]


def _folded_words(text: str) -> list[str]:
    return [w.strip(".,’'") for w in text.casefold().replace("’s", "").split()]


def _stems(spelling: str) -> set[str]:
    """The singulars a plural name may have: "rostóvs" -> "rostóv", "joneses" -> "jones"."""
    stems = set()
    if spelling.endswith("s") and len(spelling) > 3:
        stems.add(spelling[:-1])
        if spelling.endswith("es"):
            stems.add(spelling[:-2])
    return stems
