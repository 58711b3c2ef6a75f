"""Grouping rule 3e: a surname spelt with one vowel more or less is the same person's.

Translations and old texts spell one name two ways: War and Peace's Russians say
"Buonaparte" where the narrator writes "Napoleon Bonaparte". No rule before this one
links the two, so the one-word name stays an actor of its own. A one-word person's name
joins the one person whose surname it is, but for one vowel inside the word, when:

* the longer spelling has eight letters at least: short names one vowel apart
  ("Ann" and "Anne", "Jon" and "Joan") are as often two people;
* the vowel is inside the word, never its last letter: a final vowel makes a Russian
  surname a woman's ("Rostóva" beside "Rostóv") or a Latin one a different name;
* exactly one full name has such a surname ("Buonaparte" beside Joseph and Louis
  Bonaparte stays alone), and the one-word name has no full name of its own;
* their titles do not clash (a man and a woman, "Mrs." and "Miss").

A name said without its "h" ("Lady Arriett" for "Lady Harriett") joins the name with it
(:func:`join_dropped_aitches`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from reader.core.actors.families import keys_clash
from reader.core.actors.union import Groups
from reader.core.language.given_names import is_given_name
from reader.core.language.lexicon import english_lexicon
from reader.core.text.normal import without_accents

_VOWELS = frozenset("aeiouy")
_LEAST_LETTERS = 8


def join_spelling_variants(
    labels: Mapping[str, str], groups: Groups, classes: Mapping[str, set[str]]
) -> None:
    """Union each one-word person's name with the one full name it spells differently."""
    members: dict[str, list[str]] = {}
    for key in labels:
        members.setdefault(groups.find(key), []).append(key)
    surnames: dict[str, set[str]] = {}  # "bonaparte" -> roots of "napoleon bonaparte"
    shortened: dict[str, set[str]] = {}  # "bonparte", "bonaprte", ... -> the same roots
    for key, label in labels.items():
        words = key.split()
        if label == "PERSON" and len(words) > 1 and words[-1].isalpha():
            root = groups.find(key)
            surnames.setdefault(words[-1], set()).add(root)
            for form in _one_vowel_less(words[-1]):
                shortened.setdefault(form, set()).add(root)
    for key, label in labels.items():
        root = groups.find(key)
        if label != "PERSON" or " " in key or not key.isalpha():
            continue
        if any(" " in other for other in members.get(root, ())):
            continue  # "Bonaparte" already joined "Napoleon Bonaparte"
        fits = set(shortened.get(key, ()))
        for form in _one_vowel_less(key):
            fits |= surnames.get(form, set())
        fits = {groups.find(fit) for fit in fits} - {root}
        if len(fits) != 1:
            continue
        target = fits.pop()
        ours, theirs = members.get(root, [key]), members.get(target, [target])
        if not keys_clash(classes, ours, theirs):
            groups.union(root, target)
            members[target] = [*theirs, *ours]


def join_dropped_aitches(
    labels: Mapping[str, str], groups: Groups, classes: Mapping[str, set[str]]
) -> None:
    """Union a one-word person's name with the one name that is it with an "h" before it.

    A speaker who drops his aitches says "Lady Arriett" for "Lady Harriett", "Enry" for
    "Henry". The h-less form must be no given name or pet name of its own ("Anna" is not
    "Hanna", "Ester" not "Hester") nor an English word, have four letters at least, and
    the titles of the two must not clash.
    """
    for key, label in labels.items():
        aitched = "h" + key
        if (
            label != "PERSON"
            or labels.get(aitched) != "PERSON"
            or len(key) < 4
            or not key.isalpha()
            or is_given_name(key)
            or english_lexicon().readings(key)
        ):
            continue
        root, target = groups.find(key), groups.find(aitched)
        if root != target and not keys_clash(classes, [key], [aitched]):
            groups.union(root, target)


def _one_vowel_less(word: str) -> Iterator[str]:
    """``word`` less one vowel inside it ("buonaparte" -> "bonaparte", "buonparte", ...)."""
    if len(word) < _LEAST_LETTERS:
        return
    plain = without_accents(word)
    for i in range(1, len(word) - 1):
        if plain[i] in _VOWELS:
            yield word[:i] + word[i + 1 :]
