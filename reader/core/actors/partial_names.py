"""Grouping rule 3: a first or last name alone joins the one full name it fits.

A book's line breaks and run-on sentences glue a place or a thing to a name ("in
Petersburg Borís danced", "the bank of the Dnieper Alpátych"): the span "Petersburg
Borís" looks like a full name that "Borís" fits, so "Borís" would have two full names to
choose from ("Borís Drubetskóy" too) and join neither. A full name whose first word the
text names on its own as a place, or as a thing it puts "the" before ("the Dnieper"),
and which the text uses at most a third as often as each of its two parts alone, is such
a glue: no name joins it. "Virginia Woolf", named as often as "Woolf" alone, is not.
Nor does the place after "of" join a name ("Stoke Moran" of "the Roylotts of Stoke
Moran", "Aragon" of "Catherine of Aragon").
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence

from reader.core.actors.families import mans_full_name
from reader.core.actors.union import Groups
from reader.core.language.place_evidence import after_place_word
from reader.core.language.titles import title_class, titles_clash
from reader.core.language.word_tables import NAME_PARTICLES
from reader.core.text.mentions import Mention

_NAME_LABELS = frozenset({"PERSON"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_THING_LABELS = _PLACE_LABELS | {"FAC"}
# A glued span is used at most this fraction as often as each of its parts alone.
_GLUE_RATIO = 3
_LEAST_TOWN = 3
# A title "usual" for a name: on three in four of its mentions, three at least.
_TITLED_SHARE = 0.75
_LEAST_TITLED = 3
_WORD_BEFORE = re.compile(r"([A-Z][A-Za-z]*\.?)\s\Z")


def thing_keys(
    text: str, members: Mapping[str, Sequence[Mention]], labels: Mapping[str, str]
) -> set[str]:
    """One-word keys named as places, or put after "the" at least half the time."""
    named_as_things = {key for key in members if " " not in key and labels[key] in _THING_LABELS}
    return named_as_things | after_the_keys(text, members)


def after_the_keys(text: str, members: Mapping[str, Sequence[Mention]]) -> set[str]:
    """One-word keys the text puts "the" before at least half the time ("the Council")."""
    return {
        key
        for key, mentions in members.items()
        if " " not in key
        and 2 * sum(text[max(0, m.start - 4) : m.start].casefold() == "the " for m in mentions)
        >= len(mentions)
    }


def town_keys(text: str, members: Mapping[str, Sequence[Mention]]) -> set[str]:
    """One-word keys put after "in", "to", "from", "of", "the" two times in three (thrice+).

    "Kiev", which the model calls a person, is a town people go to and whose grenadiers
    march ("to Kiev", "the Kiev grenadiers"); a person's first name is spoken to and of
    too, but not that often ("Charlotte", "Silas").
    """
    towns = set()
    for key, mentions in members.items():
        if " " in key or len(mentions) < _LEAST_TOWN:
            continue
        placed = sum(after_place_word(text, m.start) for m in mentions)
        if 3 * placed >= 2 * len(mentions):
            towns.add(key)
    return towns


def glued_names(labels: Mapping[str, str], counts: Mapping[str, int], things: set[str]) -> set[str]:
    """Person keys that glue a place or thing to a name ("petersburg borís")."""
    glued = set()
    for key, label in labels.items():
        words = key.split()
        if label not in _NAME_LABELS or len(words) < 2 or words[0] not in things:
            continue
        rest = counts.get(" ".join(words[1:]), 0)
        if counts[key] * _GLUE_RATIO <= min(counts[words[0]], rest):
            glued.add(key)
    return glued


def join_partial_names(
    labels: Mapping[str, str],
    groups: Groups,
    classes: Mapping[str, set[str]],
    family: set[str],
    glued: set[str],
    towns: frozenset[str] | set[str] = frozenset(),
    titles: Mapping[str, Counter[str]] | None = None,
    counts: Mapping[str, int] | None = None,
    met: Mapping[str, set[str]] | None = None,
    women: Collection[str] = frozenset(),
) -> dict[str, list[str]]:
    """Rule 3, with the sexes the text gives and without glued spans.

    A family member's key ("mrs verloc") joins only a full name of the same sex
    ("Winnie Verloc", called "she"). A place or thing is no one's first name: "Kiev"
    does not join "Kiev Grenadiers". A name that fits several full names joins the one
    written with the title it mostly carries (``titles``, from :func:`written_titles`).
    A titled surname never joins a full name whose first name stands in one of its
    sentences (``met``, from :func:`reader.core.actors.families.kin_met`): "Mr.
    Schofield, passing Penrod's door" is Penrod Schofield's father. A man's key never
    joins a full name with a common woman's given name (``women``): "Mr. Temple" is not
    "Charlotte Temple" (only a block: "Mrs. Bennet" must not join "Elizabeth Bennet").

    Returns:
        Each key left alone because two or more full names fit it, with those names
        (for :mod:`reader.core.actors.shared_names`).
    """
    shared: dict[str, list[str]] = {}
    full = [
        key
        for key, label in labels.items()
        if label in _NAME_LABELS and " " in key and key not in glued
    ]
    # Index full names by their first and last word: a book has thousands of names and
    # comparing every pair takes seconds.
    by_edge: dict[str, list[str]] = {}
    for other in full:
        other_words = other.split()
        by_edge.setdefault(other_words[-1], []).append(other)
        if other_words[0] != other_words[-1]:
            by_edge.setdefault(other_words[0], []).append(other)
        for part in (*_hyphen_parts(other_words[-1]), *_before_particle(other_words)):
            by_edge.setdefault(part, []).append(other)
    for key, label in labels.items():
        words = key.split()
        # The model often tags a surname alone as an organisation or a product
        # ("Trump intervention", "Atwood, a Booker Prize-winner"); a place name alone
        # is left alone, since "Washington" is rarely "George Washington".
        if label not in _NAME_LABELS and (len(words) > 1 or label in _PLACE_LABELS):
            continue
        if key in family:
            words = words[1:]  # "mrs verloc" is a "verloc"
        if len(words) > 1 and _join_longer(key, words, by_edge, labels, groups, counts or {}):
            continue
        candidates = by_edge.get(words[-1], []) if len(words) > 1 else by_edge.get(words[0], [])
        fits = [
            other
            for other in candidates
            if other != key
            and (other not in family or mans_full_name(other))
            and len(other.split()) > len(words)
            and _is_part_of(words, other.split())
            and not (key in towns and other.split()[0] == words[0])
            and not any(titles_clash(a, b) for a in classes[key] for b in classes[other])
            and (key not in family or _same_sex(classes[key], classes[other]))
            and other.split()[0] not in (met or {}).get(key, ())
            and not ("m" in classes[key] and other in women)
        ]
        if len({groups.find(f) for f in fits}) == 1:
            groups.union(key, fits[0])
        elif fits:
            shared[key] = fits
            titled = _titled_fit(key, fits, titles or {}, groups)
            if titled:
                groups.union(key, titled)  # its mentions near another's name still go there
    return shared


def written_titles(text: str, members: Mapping[str, Sequence[Mention]]) -> dict[str, Counter[str]]:
    """For each person's key, the courtesy titles its mentions are written with ("" for none).

    The title opens the mention ("Prince Vasíli Kurágin") or stands just before it.
    """
    found: dict[str, Counter[str]] = {}
    for key, mentions in members.items():
        counter = found.setdefault(key, Counter())
        for mention in mentions:
            words = mention.text.split()
            before = _WORD_BEFORE.search(text, max(0, mention.start - 16), mention.start)
            opening = len(words) > 1 and title_class(words[0])
            word = words[0] if opening else (before.group(1) if before else "")
            counter[word.casefold().rstrip(".") if title_class(word) else ""] += 1
    return found


def _titled_fit(
    key: str, fits: Sequence[str], titles: Mapping[str, Counter[str]], groups: Groups
) -> str:
    """The one full name written with the title ``key`` usually carries (three in four).

    "Prince Vasíli" fits "Vasíli Kurágin" and "Vasíli Dmítrich"; only the first is ever
    written "Prince Vasíli Kurágin", so the prince is the one. Where several are, the one
    written so more often than all the others together. ``""`` if none.
    """
    counter = titles.get(key, Counter())
    title, uses = max(counter.items(), key=lambda item: item[1], default=("", 0))
    if not title or uses < _LEAST_TITLED or uses < _TITLED_SHARE * sum(counter.values()):
        return ""
    per_group: Counter[str] = Counter()
    for fit in fits:
        per_group[groups.find(fit)] += titles.get(fit, Counter())[title]
    best, most = max(per_group.items(), key=lambda item: item[1])
    return best if most and 2 * most > sum(per_group.values()) else ""


def _join_longer(
    key: str,
    words: list[str],
    by_edge: Mapping[str, list[str]],
    labels: Mapping[str, str],
    groups: Groups,
    counts: Mapping[str, int],
) -> bool:
    """Join a full name to the one full name that adds a word after it, if only one does.

    "Anna Pávlovna" (a first name and a patronymic) is the "Anna Pávlovna Schérer" the text
    names in full now and then; with a second such name ("Anna Pávlovna Orlóva") it is
    left alone. The added word must not name something else on its own, nor be used alone
    as often as the longer name: a family's name ("Bezúkhov") is the father's and the
    son's, and "Count Cyril Vladímirovich Bezúkhov" may be grouped with "Pierre Bezúkhov".
    """
    longer = [
        other
        for other in by_edge.get(words[0], [])
        if len(other.split()) == len(words) + 1
        and other.startswith(key + " ")
        and labels.get(other.split()[-1], "PERSON") == "PERSON"
    ]
    if len(longer) != 1:
        return False
    if counts.get(longer[0].split()[-1], 0) >= counts.get(longer[0], 0):
        return False  # "Bezúkhov" alone, 65 times: a family's name, the father's or the son's
    groups.union(key, longer[0])
    return True


def _same_sex(first: set[str], second: set[str]) -> bool:
    sexes = [{"m" if c == "m" else "f" for c in classes} for classes in (first, second)]
    return len(sexes[0]) == 1 and sexes[0] == sexes[1]


def _is_part_of(words: list[str], full: list[str]) -> bool:
    if "of" in full[1:-1] and all(w in full[full.index("of") + 1 :] for w in words):
        return False  # "Stoke Moran" is the place of "the Roylotts of Stoke Moran"
    if len(words) == 1:
        return words[0] in (full[0], full[-1], *_hyphen_parts(full[-1]), *_before_particle(full))
    return words[-1] == full[-1] and all(w in full for w in words)


def _before_particle(words: list[str]) -> tuple[str, ...]:
    """A surname before a particle that a text may use alone: "Lula" of "... Lula da Silva".

    Never the first word, which is a given name ("Rob" of "Rob van Bree").
    """
    return tuple(
        word
        for word, nxt in itertools.pairwise(words[1:])
        if nxt in NAME_PARTICLES and word not in NAME_PARTICLES
    )


def _hyphen_parts(surname: str) -> tuple[str, ...]:
    """The parts of a hyphenated surname a text may use alone ("Khaiyum" of "Sayed-Khaiyum").

    News names a double-barrelled minister by either half now and then; a part shorter
    than three letters is a particle ("al" of "al-Assad"), never a name.
    """
    parts = surname.split("-")
    return tuple(p for p in parts if len(p) >= 3) if len(parts) > 1 else ()
