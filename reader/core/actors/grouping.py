"""Group mentions into actors: every way one document names the same someone or something.

Rules, in order (each is a merge of groups built by the one before):

1. Same name, whatever the case, the dots or a possessive ("RUSSIA" = "Russia",
   "U.S." = "US"); titles are not part of a person's name ("President Putin" = "Putin",
   "Master Marner" = "Marner"); well-known short forms name their country or body
   ("U.S." = "United States").
2. A short form the text defines in brackets joins its name ("Internet Explorer 9
   (IE9)"); other acronyms join the one actor whose initials they spell ("EU" ->
   "European Union"). Country names, official names and ISO codes share one key. A
   peer's title set after a name joins it ("John Clayton, Lord Greystoke":
   :mod:`reader.core.actors.appositions`).
3. A person's first or last name alone, or a shorter form of the name, joins the one
   full name in the document it fits ("Huntsman" -> "Jon Huntsman"); when several fit
   it stays on its own, because guessing would merge two people, unless the surname
   alone far outnumbers them and they never meet in a sentence ("Denísov", "Váska
   Denísov", "Vasíli Denísov": :mod:`reader.core.actors.sole_bearers`); each of its
   mentions then joins the one of them the text named just before, if only one
   (:mod:`reader.core.actors.shared_names`). A pet name joins the one person whose
   given name it shortens ("Lizzy" -> "Elizabeth Bennet": :mod:`reader.core.actors.pet_names`),
   and a surname spelt with one vowel more or less its one full name ("Buonaparte" ->
   "Napoleon Bonaparte": :mod:`reader.core.actors.spelling_variants`).
4. An organisation's name that ends a longer one joins it when only one fits
   ("Defense Ministry" -> "Russian Defense Ministry"; "the Council" -> "National Shoora
   Council": :mod:`reader.core.actors.org_tails`).

Courtesy titles that clash name different people (:mod:`reader.core.actors.families`):
"Mr. Bennet", "Mrs. Bennet" and "Miss Bennet" are three actors (each named with its
title), a bare "Bennet" is Mr. Bennet (prose names women with their title and men
plainly), and "Lady Belmont" never joins "Sir John Belmont" (rule 3 checks the titles
too). A military rank counts as a man's title here ("Captain Eldridge" is not "Miss
Eldridge"), and "Aunt Shaw" is the one "Mrs. Shaw".
The pronouns that follow a first name give it a sex (:mod:`reader.core.language.first_names`):
"Mrs Verloc" joins "Winnie Verloc", called "she", and "Madame Lebrun" never joins
"Robert Lebrun", called "he"; a common man's given name makes a full name a man's when
the text says nothing ("Mrs Machin" is not "Edward Henry Machin"), and a common woman's
keeps a man off a full name ("Mr. Temple" is not "Charlotte Temple"). A surname always
written "Mr.", "Mrs." or "Miss" that meets a first name in a sentence is that one's
relative ("Mr. Schofield, who was passing Penrod's door"), and a titled initial is the one
surname of its title and letter ("Mrs. O." and "Mrs. Osborne"), a rank alone the one
person written with it ("The Major" of "Major O'Shaughnessy").

An actor's label is the majority label of its mentions, or PERSON when its name is a
person's full name; its name is its most complete form among those the text uses often
(at least once in twenty of the commonest form).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from reader.core.actors.appositions import join_aliases, join_appositions
from reader.core.actors.demonyms import demonym_modifiers, relate_demonyms
from reader.core.actors.families import (
    join_initials,
    join_lone_ranks,
    kin_met,
    split_families,
    title_class_of,
    written_title,
)
from reader.core.actors.kinds import (
    acting_plurals,
    battlefields,
    bylines,
    family_plurals,
    on_byline,
    peoples,
    plural_places,
    surnames_of_people,
    the_places,
    towns,
)
from reader.core.actors.org_tails import join_club_tails, join_company_names, join_org_tails
from reader.core.actors.partial_names import (
    after_the_keys,
    glued_names,
    join_partial_names,
    thing_keys,
    town_keys,
    written_titles,
)
from reader.core.actors.pet_names import join_pet_names, join_settled_names
from reader.core.actors.proper_adjectives import proper_adjectives
from reader.core.actors.shared_names import split_shared_names
from reader.core.actors.sole_bearers import join_sole_bearers
from reader.core.actors.spelling_variants import join_dropped_aitches, join_spelling_variants
from reader.core.actors.union import Groups
from reader.core.language.acronyms import defined_pairs
from reader.core.language.first_names import (
    MENS_GIVEN_NAMES,
    WOMENS_GIVEN_NAMES,
    first_name_genders,
)
from reader.core.language.parties import PARTY_KEYS
from reader.core.language.places import place_key
from reader.core.language.titles import (
    NAME_RANKS,
    TITLES,
    title_class,
)
from reader.core.language.word_tables import NAME_PARTICLES
from reader.core.text.mentions import ACTOR_LABELS, Actor, Mention
from reader.core.text.normal import matching_form

_ORG_SUFFIXES = frozenset(
    {"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag", "gmbh", "sa"}
)
_SMALL = frozenset({"of", "the", "and", "for", "to", "in", "on", "at", "de", "&"})
_NAME_LABELS = frozenset({"PERSON"})
_BODY_LABELS = frozenset({"ORG", "FAC"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def name_tokens(text: str, label: str) -> tuple[str, ...]:
    """The words that identify a name: case-folded, without dots, possessives or titles.

    Compared in one Unicode form (:func:`reader.core.text.normal.matching_form`): "José"
    with a combining accent, or a zero-width space inside a name, change no key.
    """
    text = matching_form(text).replace("’", "'")
    if text.endswith(("'s", "'S")):
        text = text[:-2]
    words = [w for w in re.split(r"[\s\u00a0]+", text.casefold()) if w]
    words = [w.replace(".", "") if _is_dotted(w) else w.strip(".,") for w in words]
    words = [w for w in words if w]
    if label == "PERSON":
        # "King of Bohemia" keeps its title: without it, "of bohemia" is also the Queen's.
        while len(words) > 1 and _is_person_title(words[0]) and words[1] not in _SMALL:
            words.pop(0)
        # "Monsieur de Berault", "M. de Berault": a title before a name particle and a name
        # is the "de Berault" of "Gil de Berault" ("M." is Monsieur only so).
        if (
            len(words) > 2
            and words[1] in NAME_PARTICLES
            and (words[0] == "m" or _is_person_title(words[0]))
        ):
            words.pop(0)
    if label in _BODY_LABELS and len(words) > 1 and words[-1] in _ORG_SUFFIXES:
        words.pop()
    return tuple(words)


def _is_person_title(word: str) -> bool:
    # News titles ("President") and courtesy titles ("Master", "Monsieur", "Madame"):
    # "Master Marner" is the "Marner" of "Silas Marner". Possessive forms of address
    # ("His", "Your") stay: "His Majesty" is not "Majesty".
    folded = word.rstrip(".")
    return folded in TITLES or folded in NAME_RANKS or bool(title_class(folded))


def _is_dotted(word: str) -> bool:
    return bool(re.fullmatch(r"(?:\w\.)+\w?\.?", word))


def actor_key(text: str, label: str) -> str:
    """The rule-1 key of a mention: spellings with the same key are one actor."""
    key = " ".join(name_tokens(text, label))
    return place_key(PARTY_KEYS.get(key, key), text, label)


def group_mentions(text: str, mentions: Sequence[Mention]) -> tuple[Actor, ...]:
    """Actors for the actor-labelled ``mentions``, sorted by mentions, then first seen.

    Args:
        text: The canonical text the mentions point into.
        mentions: Cleaned mentions; value labels (dates, numbers) are ignored.

    Returns:
        Actors with ids ``a1``, ``a2``, ... in that order.
    """
    named = [m for m in mentions if m.label in ACTOR_LABELS]
    named = peoples(text, surnames_of_people(family_plurals(text, named)))
    named = the_places(text, acting_plurals(text, plural_places(text, named)))
    named = towns(text, bylines(text, battlefields(text, named)))
    named = proper_adjectives(text, demonym_modifiers(text, named))
    members: dict[str, list[Mention]] = {}
    for mention in named:
        members.setdefault(actor_key(mention.text, mention.label), []).append(mention)
    members.pop("", None)
    classes = {m: title_class_of(text, m) for m in named if m.label == "PERSON"}
    genders = first_name_genders(text, named)
    members, family_titles, men = split_families(text, members, classes, genders)
    labels = {key: _majority_label(ms) for key, ms in members.items()}
    key_classes = {key: {classes.get(m, "") for m in ms} - {""} for key, ms in members.items()}
    for key in men:
        key_classes[key].add("m")
    groups = Groups(list(members))
    _join_defined_short_forms(text, named, groups)
    _join_acronyms(members, labels, groups)
    for key in members:
        if key not in family_titles and genders.get(key.split()[0]):
            # "Winnie Verloc" is a she; a surname alone called "he" twice is a man, never
            # the daughter's full name ("Beaufort" and "Caroline Beaufort").
            key_classes[key].add(genders[key.split()[0]])
        elif key not in family_titles and " " in key and key.split()[0] in MENS_GIVEN_NAMES:
            key_classes[key].add("m")  # "Edward Henry Machin" is not "Mrs Machin"
    key_of = {mention: key for key, ms in members.items() for mention in ms}
    join_appositions(text, named, key_of, groups, key_classes)  # "John, Lord Greystoke"
    join_aliases(text, named, key_of, groups, key_classes)  # "Myanmar, or Burma,"
    counts = {key: len(ms) for key, ms in members.items()}
    glued = glued_names(labels, counts, thing_keys(text, members, labels))
    glued |= {actor_key(m.text, m.label) for m in named if on_byline(text, m)}  # the author
    town_names = town_keys(text, members)
    titles = written_titles(text, members)
    shared = join_partial_names(
        labels,
        groups,
        key_classes,
        set(family_titles),
        glued,
        town_names,
        titles,
        counts,
        kin_met(text, members, classes),
        {key for key in members if " " in key and key.split()[0] in WOMENS_GIVEN_NAMES},
    )
    shared = join_sole_bearers(text, members, groups, shared, key_classes)
    decided = split_shared_names(text, members, labels, groups, shared)
    join_pet_names(labels, groups, key_classes, counts)
    join_initials(labels, key_classes, set(family_titles), groups)  # "Mrs. O.", "Mrs. Osborne"
    join_lone_ranks(text, members, labels, groups)  # "The Major" of "Major O'Shaughnessy"
    join_settled_names(groups, shared)  # "Gunn" of "Ben Gunn" and "Benjamin Gunn"
    join_spelling_variants(labels, groups, key_classes)  # "Buonaparte", "Bonaparte"
    join_dropped_aitches(labels, groups, key_classes)  # "Lady Arriett", "Lady Harriett"
    after_the = after_the_keys(text, members)
    relabelled = join_org_tails(labels, groups, counts, after_the)
    join_club_tails(labels, groups, after_the)  # "City" of "Manchester City"
    relabelled |= join_company_names(members, labels, groups)
    merged: dict[str, list[Mention]] = {}
    for key, ms in members.items():
        if key in relabelled:
            ms = [replace(m, label=relabelled[key]) for m in ms]
        for mention in ms:
            root = groups.find(decided.get(mention, key))
            merged.setdefault(root, []).append(mention)
    actors = number_actors(
        _make_actor(key, ms, family_titles.get(key, "") or _usual_title(text, ms))
        for key, ms in merged.items()
    )
    return relate_demonyms(actors, actor_key)


# Shown with a person's name when the text nearly always writes it so: "Mrs. Goddard".
_SHOWN_COURTESY = frozenset({"mr", "mrs", "miss", "ms"})
_USUAL_SHARE = 0.75


def _usual_title(text: str, mentions: Sequence[Mention]) -> str:
    """The courtesy title written before three in four of a surname's mentions, or ``""``.

    Emma's "Mrs. Goddard" is never "Goddard" alone: the title is part of how the book
    names her, as "Mrs. St. Clair" of The Man with the Twisted Lip. Only for a name of
    one word that the title stands before (never "Mr. Knightley" for "John Knightley").
    """
    shown = [m for m in mentions if not m.inferred]
    if len(shown) < 2 or any(" " in _display_name(m).replace("St. ", "St.") for m in shown):
        return ""
    written = Counter(written_title(text, m) for m in shown)
    title, count = max(written.items(), key=lambda item: item[1], default=("", 0))
    if title.split(" ")[0].casefold().rstrip(".") not in _SHOWN_COURTESY:
        return ""
    return title if count >= 2 and count >= _USUAL_SHARE * len(shown) else ""


def number_actors(actors: Iterable[Actor]) -> tuple[Actor, ...]:
    """Sort actors by mention count, then first appearance, and number them a1, a2, ..."""
    ordered = sorted(actors, key=lambda a: (-len(a.mentions), a.first_start))
    return tuple(
        Actor(f"a{i}", a.key, a.name, a.label, a.mentions, a.related, a.edited)
        for i, a in enumerate(ordered, start=1)
    )


def _majority_label(mentions: Sequence[Mention]) -> str:
    counts = Counter(m.label for m in mentions)
    best = max(counts.values())
    return next(m.label for m in mentions if counts[m.label] == best)


def _initials(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in _SMALL)


def _join_acronyms(
    members: dict[str, list[Mention]], labels: dict[str, str], groups: Groups
) -> None:
    by_initials: dict[str, list[str]] = {}
    for key in members:
        # "PSG" is Paris Saint-Germain: a hyphen's parts give initials too.
        for initials in {_initials(key), _initials(key.replace("-", " "))} if " " in key else ():
            by_initials.setdefault(initials, []).append(key)
    for key, ms in members.items():
        written_as_acronym = any(m.text.replace(".", "").isupper() for m in ms)
        if " " in key or not 2 <= len(key) <= 6 or not written_as_acronym:
            continue
        expansions = by_initials.get(key, [])
        if len(expansions) == 1 and labels[expansions[0]] != "PERSON":
            groups.union(key, expansions[0])


def _join_defined_short_forms(text: str, named: Sequence[Mention], groups: Groups) -> None:
    for name, short in defined_pairs(text, named):
        keys = [actor_key(name.text, name.label), actor_key(short.text, short.label)]
        if all(key in groups.parent for key in keys) and "PERSON" not in (name.label, short.label):
            groups.union(keys[1], keys[0])


# "St." groups "St. Simon" with "Simon" but is shown: it is part of a surname ("Lord St.
# Simon", "Mr. St. Clair") as much as a saint's title.
_SHOWN_TITLES = frozenset({"st", "saint", "ste"})


def _display_name(mention: Mention) -> str:
    words = mention.text.split()
    if mention.label == "PERSON":
        while (
            len(words) > 1
            and _hidden_title(words[0])
            and words[0].casefold().rstrip(".") in TITLES | NAME_RANKS
            and not words[1].islower()  # "King of Bohemia" is never "of Bohemia"
        ):
            words.pop(0)
    return " ".join(words)


def _name_words(name: str) -> int:
    """How many words of ``name`` are the name itself: "Master Marner" has one."""
    words = name.split()
    while (
        len(words) > 1
        and _is_person_title(words[0].casefold())
        and _hidden_title(words[0])
        and not words[1].islower()
    ):
        words.pop(0)
    return len(words)


def _hidden_title(word: str) -> bool:
    return word.casefold().rstrip(".") not in _SHOWN_TITLES


def _make_actor(key: str, mentions: list[Mention], family_title: str = "") -> Actor:
    mentions.sort()
    label = _majority_label([m for m in mentions if not m.inferred] or mentions)
    names = Counter(_display_name(m) for m in mentions if not m.inferred)
    first_seen = {
        name: i for i, name in reversed(list(enumerate(_display_name(m) for m in mentions)))
    }
    # The most complete of the forms the text really uses: a form seen less than once
    # in twenty of the commonest one's mentions is an accident of one sentence
    # ("Ponds Pierre" once beside "Pierre" 1,924 times), not the actor's name.
    common = max(names.values())
    usual = [n for n in names if names[n] * 20 >= common]
    # A rarer form made of two usual ones is the name too: called "Nicholas" and "Rostóv"
    # hundreds of times each, the text's "Nicholas Rostóv" names him.
    words = {n for n in usual if " " not in n}
    usual += [n for n in names if n not in usual and len(words.intersection(n.split())) >= 2]
    name = max(
        usual,
        key=lambda n: (_name_words(n), not n.isupper(), names[n], len(n), -first_seen[n]),
    )
    if any(m.label == "PERSON" and _display_name(m) == name for m in mentions):
        # Named by a person's full name ("John Openshaw"), it is that person, however
        # often the model called the surname alone a company.
        label = "PERSON" if _name_words(name) > 1 else label
    if family_title and not name.startswith(family_title):
        name = f"{family_title} {name}"  # "Mrs. Bennet", not a second "Bennet"
    return Actor(id="", key=f"{label}:{key}", name=name, label=label, mentions=tuple(mentions))
