"""Grouping rule 3d: a pet name joins the one person whose given name it shortens.

Novels call their people by pet names ("Lizzy", "Meg", "Jo", "Tommy", "Biddy") and now
and then by the given name ("Elizabeth", "Margaret", "Josephine", "Thomas Beresford");
news quotes a "Bill" beside a "William". No spelling rule links the two, so the English
table of given names and their pet forms in the ``nicknames`` package (hand-curated,
Apache-2.0) does. A one-word person's name joins the actor whose (first) given name it
is a pet form of when:

* that given name is longer than it: the table also pairs full names with each other
  ("Mary" and "Marie", "John" and "Jack"), which are as often two people;
* exactly one actor in the document has such a given name ("Lizzy" stays alone beside
  both an "Elizabeth Bennet" and an "Elizabeth Lucas");
* the pet name has no full name of its own ("Tom Sawyer" is already somebody);
* neither carries a title or a sex that clashes with the other's ("Mr." and "Miss");
* one of the two is used three times at least: a pet name and a given name met once
  each may be two people (a collection's "uncle Ned" and another story's "little
  Edward").

A full name with a pet form joins the full name with the given name and the same
surname ("Larry Lefferts" and "Lawrence Lefferts") however often each is used: the
shared surname is the evidence.

Russian pet names ("Natásha", "Pétya", "Sónya") come from a table of their own
(:mod:`reader.core.language.russian_pet_names`), compared without accents: "Natásha"
joins the one "Natalie Rostóva" or "Natálya" of the text under the same conditions.

A name that fitted two full names ("Gunn" beside "Ben Gunn" and "Benjamin Gunn") joins
them once they turn out to be one person (:func:`join_settled_names`).
"""

from __future__ import annotations

from collections.abc import Mapping

from reader.core.actors.families import keys_clash
from reader.core.actors.union import Groups
from reader.core.language.given_names import pet_forms
from reader.core.language.russian_pet_names import russian_given_names
from reader.core.text.normal import without_accents

_NAME_LABELS = frozenset({"PERSON"})
# One of the pet name and the given name is used at least this often.
_LEAST_USES = 3


def join_pet_names(
    labels: Mapping[str, str],
    groups: Groups,
    classes: Mapping[str, set[str]],
    counts: Mapping[str, int],
) -> None:
    """Union each pet name's group with the one group of its given name.

    Args:
        labels: Each rule-1 key's label.
        groups: The groups so far, merged in place.
        classes: Each key's title classes and sex ("m", "f", "mrs", "miss").
        counts: Each key's number of mentions.
    """
    members: dict[str, list[str]] = {}
    for key in labels:
        members.setdefault(groups.find(key), []).append(key)
    given: dict[str, set[str]] = {}  # "elizabeth" -> "elizabeth", "elizabeth bennet"
    full: dict[str, set[str]] = {}  # "elizabeth bennet" -> "elizabeth bennet"
    for key, label in labels.items():
        if label in _NAME_LABELS:
            # Indexed as written and without accents: "natálya" is met as "natalya".
            for form in {key, without_accents(key)}:
                given.setdefault(form.split()[0], set()).add(key)
                full.setdefault(form, set()).add(key)
    for key, label in labels.items():
        if label not in _NAME_LABELS:
            continue
        first, _, rest = key.partition(" ")
        longer = [name for name in _given_names_of(first) if len(name) > len(first)]
        longer += russian_given_names(first)
        root = groups.find(key)
        if rest:  # "larry lefferts" -> "lawrence lefferts"
            rests = {rest, without_accents(rest)}
            keys = {
                other for name in longer for r in rests for other in full.get(f"{name} {r}", ())
            }
        elif any(" " in other for other in members.get(root, ())):
            continue  # "Tom" joined "Tom Sawyer": he has his own full name
        else:
            keys = {other for name in longer for other in given.get(name, ())}
        fits = {groups.find(other) for other in keys} - {root}
        if len(fits) != 1:
            continue
        target = fits.pop()
        ours, theirs = members.get(root, [key]), members.get(target, [target])
        used = max(sum(counts.get(k, 0) for k in ours), sum(counts.get(k, 0) for k in theirs))
        if (used < _LEAST_USES and not rest) or keys_clash(classes, ours, theirs):
            continue
        groups.union(root, target)
        members[target] = [*theirs, *ours]


def join_settled_names(groups: Groups, shared: Mapping[str, list[str]]) -> None:
    """Union each name left among several full names with them when they are now one group.

    Rule 3 leaves "Gunn" alone beside "Ben Gunn" and "Benjamin Gunn", two people then;
    the pet name makes them one, so nobody else is left for "Gunn" to be.
    """
    for key, fits in shared.items():
        roots = {groups.find(fit) for fit in fits}
        if len(roots) == 1:
            groups.union(key, roots.pop())


def _given_names_of(pet_name: str) -> frozenset[str]:
    """The given names ``pet_name`` is a pet form of ("lizzy" -> "elizabeth")."""
    return pet_forms().get(pet_name, frozenset())
