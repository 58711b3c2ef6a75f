"""A name's kind from everything the document says around it, not from one sentence.

The small model labels a name in each sentence on its own, so a novel's heroine can come
out a country ("Natásha") and its emperor an organisation ("Napoleon"). A reader decides
from the whole text: somebody who smiles, whispers or nods, who is "said" to have spoken
("said Natásha"), who carries a courtesy title or a rank ("Princess Mary", "General
Barclay"), whose eyes or voice the text speaks of ("Berthier’s eyes") or who is listed
beside a person ("Caulaincourt and Berthier", once per name), followed by ", who", of whom
the text says what only a person's life has (:mod:`reader.core.language.person_cues`) or
addressed in dialogue ("“Go, Másha; I’ll come.”", :mod:`reader.core.language.address`) is a
person.

The cues of every mention of a spelling count, whatever the model labelled it: "Toller" is
a body in most sentences and a person only in those that call her "Mrs. Toller", and those
make the plain ones a person too. "Mr.", "Mrs.", "Ms.", "Dr." and "Miss" before a name are
enough alone (two cues): only a person is a "Mrs.".

Only cues no country or company shares count, so "Russia said" or "Microsoft announced"
change nothing; a spelling is made a person when it has at least two such cues and they
outnumber its place cues ("in X", "at X", "near X"; "looked at X" is a person's cue, "in
X’s place" neither).
One cue is enough for a name used three times or more that the text never puts "in", "at",
"to" or "the" before ("“Oh no!” said Iogel" among a dozen quiet uses); a name the model
calls an organisation (half its mentions or more) then needs a cue a body does not share,
since bodies reply and are "said" to speak too.
A two-word name whose first word is used alone as a person's three times or more
("Curtis" ... "Curtis Waring", "Barclay" ... "Barclay de Tolly") is a person's too, and
so is a courtesy title with one name ("Mistress Prynne"), a kin word used as a name ("Pa",
"Mamma") and a surname or first name
alone of a person's full name ("Quatermain" beside "Allan Quatermain") that the text
never puts "in", "at" or "the" before. Known country names are never changed, nor are
nationalities and groups (NORP) the text ever puts in the plural or after "the"; one
used like a name ("Irish laughed", "said Irish") is a nickname.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.core.language.address import addressed
from reader.core.language.class_nouns import class_words
from reader.core.language.given_names import given_full_names, given_name_people
from reader.core.language.head_words import PLACE_NAME_HEADS
from reader.core.language.lexicon import english_lexicon
from reader.core.language.mention_cues import (
    MIN_CUES,
    looked_at,
    person_cue_count,
    spoken,
    word_before,
)
from reader.core.language.person_cues import (
    named_by_role,
    ranked_people,
    surnames_of_the_titled,
)
from reader.core.language.places import is_country_name
from reader.core.language.spans import lowercase_words
from reader.core.language.titled_names import rulers, titled_names
from reader.core.language.titles import BODY_HEADS, MILITARY_RANKS, is_title_word
from reader.core.language.word_tables import CLOSED_CLASS, NAME_PARTICLES
from reader.core.text.mentions import Mention, relabelled

_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "from", "near", "into", "through", "across", "towards", "toward"}
)
_RELABELLED = frozenset({"GPE", "LOC", "ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
_PLACES_ALONE = _RELABELLED - {"ORG"}
_OWNER = re.compile(r"(?:’s|'s)\b")
# "Caulaincourt and Berthier", "Ney, Davout, and Berthier": names joined by "and"/"or"
# (not by a comma alone, which also sets off "James Mortimer, M.R.C.S.").
_LISTED_AFTER = re.compile(r",? (?:and|or) \Z")
_LISTED_BEFORE = re.compile(r",? (?:and|or) ")
# Words for kin a child calls by as a name ("Pa was working a claim"): always a person.
_KIN_NAMES = frozenset(
    {"pa", "ma", "papa", "mama", "mamma", "daddy", "mammy", "mummy", "mommy", "grandpa",
     "grandma", "granny", "grandad", "granddad", "nana", "nanny"}
)  # fmt: skip
_FIRST_NAME_USES = 3
# A given name the model calls a place or a body now and then ("Vasíli" in 18 of 204 uses)
# is still a given name; one it calls so in more than one use in five ("Moscow") is not.
_THING_SHARE = 5
# One cue is enough for a name used this often that the text never puts "in", "at", "to" or
# "the" before: "said Iogel" among a dozen uses none of which is a place's.
_QUIET_USES = 3
_QUIET_BREAKERS = re.compile(r"\b(?:the|to|visit|visited|towards|toward|reached)\s+\Z", re.I)


def relabel_people(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the spellings the document shows to be people labelled PERSON."""
    person: Counter[str] = Counter()
    place: Counter[str] = Counter()
    groups = _groups(text, mentions)
    listed = _listed_with_people(text, mentions)
    called = addressed(text, mentions)
    lower = lowercase_words(text)
    listed_once: set[str] = set()
    uses: Counter[str] = Counter()
    gone: Counter[str] = Counter()
    bodies: Counter[str] = Counter()
    unspoken: Counter[str] = Counter()
    for mention in mentions:
        if mention.inferred:
            continue  # every named mention's cues count, "Mrs. Toller" labelled a person too
        spelling = mention.text.casefold()
        if spelling in groups:
            continue
        cues = person_cue_count(text, mention, lower)
        person[spelling] += cues + (mention in called)
        uses[spelling] += 1
        # "Microsoft replied", "said the Kremlin": bodies speak too, so a quiet name the model
        # calls a body needs a cue of a body or a life ("Nippers, who", "poor Bartleby").
        unspoken[spelling] += max(0, cues - spoken(text, mention)) + (mention in called)
        if mention.label == "ORG":
            bodies[spelling] += 1
        if _QUIET_BREAKERS.search(
            text, max(0, mention.start - 12), mention.start
        ) and not _OWNER.match(text, mention.end):  # "went to Iogel’s": his house, no place
            gone[spelling] += 1  # "the Kalúga road", "went back to Ruritania"
        if mention in listed and spelling not in listed_once:
            person[spelling] += 1  # once: "Jena and Auerstädt" lists two battles
            listed_once.add(spelling)
        before = word_before(text, mention.start)
        if looked_at(text, mention.start):
            person[spelling] += 1
        elif (
            before
            and before.group(1).casefold() in _PLACE_PREPOSITIONS
            and text[before.end(1)] != "."  # "was sworn in. Lula, 77,": no place
            and not _OWNER.match(text, mention.end)  # "in Nikólenka’s place": his place
        ):
            place[spelling] += 1
    people = {
        spelling
        for spelling, cues in person.items()
        if (cues >= MIN_CUES and cues > place[spelling])
        or (
            # a body when the model says so of half its mentions ("Iogel’s" a venue once)
            (unspoken[spelling] if 2 * bodies[spelling] >= uses[spelling] else cues)
            and not place[spelling] + gone[spelling]
            and uses[spelling] >= _QUIET_USES
        )
    } - {spelling for spelling in person if is_country_name(spelling)}
    people |= _full_names_of_people(mentions, people)
    people |= titled_names(mentions)
    people |= rulers(mentions)  # "Catherine the Great"
    people |= named_by_role(text, mentions)  # "Leah the housemaid"
    people |= given_name_people(text, mentions, called)  # "Nelly has played traitor"
    people |= given_full_names(text, mentions)  # "to see Prissy Andrews" beside "Prissy"
    people |= {m.text.casefold() for m in mentions if m.text.casefold() in _KIN_NAMES}
    people |= _parts_of_people(text, mentions, place, people)
    people |= surnames_of_the_titled(text, mentions)
    people |= ranked_people(mentions, people)  # "Major Denísov" beside "Denísov"
    people -= class_words(text, mentions)  # "a Cossack" shouts, and is one of a people
    if not people:
        return list(mentions)
    return relabelled(mentions, people, _RELABELLED | {"NORP"}, "PERSON")


def _groups(text: str, mentions: Sequence[Mention]) -> set[str]:
    """Spellings of nationalities and groups that name a people, not a person.

    A nationality word names one person only as a nickname ("Irish laughed", "said
    Irish"): never in the plural ("Americans"), never after "the" ("the French said").
    """
    found = set()
    for mention in mentions:
        if mention.label != "NORP":
            continue
        spelling = mention.text.casefold()
        if (
            " " in spelling
            or spelling.endswith("s")
            or text[max(0, mention.start - 4) : mention.start].casefold() == "the "
        ):
            found.add(spelling)
    return found


def _full_names_of_people(mentions: Sequence[Mention], people: set[str]) -> set[str]:
    """Two-word spellings ("Curtis Waring") whose first word is a person named alone often.

    A first name used on its own three times or more as a person's ("Curtis") makes the
    full name a person's too, unless the last word heads a body or a place ("Jefferson
    House", "Baker Street"); so does a surname used so, after one or two given names
    English does not have ("Yákov Alpátych", "Vasíli Dmítrich Denísov").
    """
    alone: Counter[str] = Counter()
    for mention in mentions:
        if " " not in mention.text and (
            mention.label == "PERSON" or mention.text.casefold() in people
        ):
            alone[mention.text.casefold()] += 1
    # A first word the text also names alone as a place ("Moscow", "Kiev") may be glued to
    # the person after it, so it makes no full name; nor does an English word. A given name
    # the model mislabels now and then still does ("Vasíli"), and so does one it calls a
    # body: no body is glued before a surname the text uses alone ("Novak Djokovic").
    others = Counter(
        m.text.casefold() for m in mentions if " " not in m.text and m.label in _PLACES_ALONE
    )
    found = set()
    for mention in mentions:
        words = mention.text.casefold().split()
        if len(words) == 3 and words[1] in NAME_PARTICLES:
            words = [words[0], words[2]]  # "Barclay de Tolly" beside "Barclay"
        if (
            mention.label in _RELABELLED
            and len(words) == 2
            and alone[words[0]] >= _FIRST_NAME_USES
            and words[1] not in BODY_HEADS
            and words[1] not in PLACE_NAME_HEADS  # "Baker Street" beside "Baker"
            and mention.text.split()[-1][:1].isupper()
        ):
            found.add(mention.text.casefold())
        elif (
            mention.label in _RELABELLED
            and len(words) in (2, 3)
            and alone[words[-1]] >= _FIRST_NAME_USES
            and others[words[0]] * _THING_SHARE <= alone[words[0]]
            and all(_foreign_given_name(word) for word in mention.text.split()[:-1])
        ):
            # "Yákov Alpátych" beside "Alpátych"; "Vasíli Dmítrich Denísov", a first name
            # and a father's name, beside "Denísov"
            found.add(mention.text.casefold())
    return found


def _foreign_given_name(word: str) -> bool:
    """A capitalised word English does not have ("Yákov"): no glued "Beside" or "Major"."""
    folded = word.casefold()
    return (
        word.isalpha()
        and word[:1].isupper()
        and folded not in CLOSED_CLASS
        and not english_lexicon().readings(folded)
    )


def _parts_of_people(
    text: str, mentions: Sequence[Mention], place: Counter[str], people: set[str]
) -> set[str]:
    """One-word spellings that are the first or last word of a person's full name.

    "Quatermain" beside "Allan Quatermain" is the man, unless the text ever is in it
    ("lived in Washington" beside "George Washington"), calls it "the" ("the shore of the
    Hudson" beside "Hendrick Hudson") or it names a country. A full name is a person's
    when the model says so or the cues above do (``people``): "Chancellor Olaf Scholz",
    which the model calls a body, makes "Scholz's" his too.
    """
    parts: set[str] = set()
    for mention in mentions:
        words = mention.text.casefold().split()
        if "of" in words[1:]:  # "Rudolf the Third of Ruritania": the realm is no part
            words = words[: words.index("of", 1)]
        # A rank the cues call a person ("Field Marshal") has no name to give its parts.
        person = mention.label == "PERSON" or (
            mention.text.casefold() in people
            and not is_title_word(words[-1])
            and words[-1] not in MILITARY_RANKS
        )
        if person and len(words) > 1 and not mention.inferred:
            parts.update((words[0], words[-1]))
    candidates = [
        m
        for m in mentions
        if m.label in _RELABELLED and " " not in m.text and m.text.casefold() in parts
    ]
    things = {
        m.text.casefold()
        for m in candidates
        if place[m.text.casefold()]
        or is_country_name(m.text)
        or text[max(0, m.start - 4) : m.start].casefold() == "the "
    }
    return {m.text.casefold() for m in candidates} - things


def _listed_with_people(text: str, mentions: Sequence[Mention]) -> set[Mention]:
    """Mentions listed right beside a person's name ("Caulaincourt and Berthier")."""
    starts = {m.start: m for m in mentions if m.label == "PERSON" and not m.inferred}
    ends = {m.end: m for m in mentions if m.label == "PERSON" and not m.inferred}
    found: set[Mention] = set()
    for mention in mentions:
        after = _LISTED_BEFORE.match(text, mention.end, mention.end + 8)
        if after and after.end() in starts:
            found.add(mention)
            continue
        before = _LISTED_AFTER.search(text, max(0, mention.start - 8), mention.start)
        if before and before.start() in ends:
            found.add(mention)
    return found
