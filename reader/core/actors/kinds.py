"""An actor's kind from what the whole document says of its name, before grouping.

The model labels "the Rostóvs" an organisation in most sentences; a reader knows a
family: a one-word name in the plural ("Rostóvs", "Joneses") of a person's surname the
text uses ("Count Rostóv", "Natásha Rostóv") that the text puts "the" before at least
half the time is people (PERSON). It stays its own actor: a family is not one of its
members. A surname the model calls a nationality ("Kurágin") is a person's when it ends
two different people's full names ("Anatole Kurágin", "Vasíli Kurágin").

A word the text puts "a" or "one" before at least twice and a quarter of the time, and
also uses in the plural ("a Cossack", "the Cossacks"), names one of a people, not a
body or a work: both forms are a group (NORP), as is the plural of a nationality the
model calls a place ("Frenchmen" beside "a Frenchman") and a plural "body" the text counts
("the three Brahmins"). Products keep their kind ("a Ford", "two Fords").

A one-word plural the model calls a people that the text goes along, across or climbs
("along the Carpathians", "the summits of the Pyrenees") and never lets act is a range or a
river (LOC). A one-word plural it calls a location that acts or is followed by "who"
("the Slovaks, who were", "found the Huns settled") and is never "in" or "along" is a group
of people (PERSON).

A name the model calls a body, a work or a product that the text puts after "the battle
of", "the field of", "the village of" at least twice and a quarter of the time is a
place ("the battle of Borodinó"): battles are fought at places.

A byline, a line that is "By" and one name ("By Leo Tolstoy/Tolstoi"), names a person:
the author, whose first name alone in the story is a character's ("Arthur").

A one-word name the model calls a person that the text writes after "the" every time and,
once at least, after a preposition of the map ("down the Thames", "beyond the Pakhrá",
"along the Volga"; not "on the", said of a ship too), that never speaks or is followed by
"who", is a river or a region (LOC).

A name the model calls an organisation that the text puts after "in", "at", "from", "to"
two times in three (three times at least), "in" at least once ("at Google", "from Google"
is a company), after "the" at most one time in five, and never saying anything ("Google
said") is a town: "stayed in Mozháysk", "from Mozháysk".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.core.actors.demonyms import country_candidates
from reader.core.language.place_phrases import WATER_PARTS
from reader.core.language.places import is_country_name
from reader.core.language.word_tables import CLOSED_CLASS
from reader.core.text.mentions import ALL_LABELS, Mention, relabelled
from reader.core.text.scanning import findall_sliced

_PEOPLE = frozenset({"PERSON", "NORP"})
_ALL = frozenset(ALL_LABELS)
_ARTICLE = re.compile(r"\b(?:a|an|one)\s+\Z", re.IGNORECASE)
_KEPT = frozenset({"PERSON", "PRODUCT"})  # a plural of these is no people: "the Fords"
_MIN_ARTICLES = 2
_ONE_OF_MANY = re.compile(r"\b(?:[Aa]n?|[Ee]very|[Ee]ach|[Aa]nother) ([A-Z][a-z]+)\b")
_COUNTED = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|several|many)\s+\Z", re.I
)
_PLACE_OF = re.compile(
    r"\b(?:battles?|fields?|village|town|plains?|outskirts|siege|heights)\s+(?:of|at|near)\s+\Z",
    re.IGNORECASE,
)
_THINGS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
_IN_PLACE = re.compile(
    r"(?<!according )(?<!due )(?<!thanks )\b"
    r"(?:in|at|from|near|into|to|through|across|towards?|beyond|via)\s+\Z",
    re.IGNORECASE,
)
_IN_BEFORE = re.compile(r"\b(?:in|into)\s+\Z", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
_SPEAKS = re.compile(
    r"(?:’s|'s)?,? (?:said|says|announced|announces|told|tells|reported|reports|stated"
    r"|added|replied|asked|wrote|argued|claimed|denied|confirmed)\b"
)
_MIN_TOWN_USES = 3
# "along the Carpathians", "the summits of the Pyrenees", "the banks of the Enns": where only
# land and water go. "in the Guards", "to the Russians", "over the Turks" a people shares.
_ALONG_THE = re.compile(
    r"\b(?:along|across|beyond|cross|crossed|crossing|(?:summits?|peaks?|foot|slopes?|heights"
    rf"|precipices|cliffs|ridges?|passes|valleys?|{WATER_PARTS}|source)\s+of)"
    r"\s+the\s+(?:[a-z]+\s+)?\Z",
    re.IGNORECASE,
)
_THE_OR_ADJECTIVE = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?\Z")
# "the Magyars conquered", "the Russians’ camp", "the Dacians, who": what a people does.
_PEOPLE_AFTER = re.compile(r"(?:’|')|,? (?:who|whom)\b| ([a-z]+)\b")
# "in the Balkans", "along the Highlands": a place's word before a plural keeps it a place.
_AT_THE = re.compile(
    r"\b(?:in|at|from|near|into|to|through|across|towards?|beyond|via|along|over|on|under)"
    r"\s+the\s+(?:[a-z]+\s+)?\Z",
    re.IGNORECASE,
)
_WHO_AFTER = re.compile(r",? who\b")
_WORD_AFTER = re.compile(r" ([a-z]+)\b")
_BYLINE_BEFORE = re.compile(r"(?:\A|\n)[ \t]*[Bb][Yy][ \t]+\Z")
_BYLINE_AFTER = re.compile(r"[ \t]*(?:\n|\Z)")


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
    return relabelled(named, families, _ALL - _PEOPLE, "PERSON")


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


def surnames_of_people(named: Sequence[Mention]) -> list[Mention]:
    """``named`` with a nationality that ends two people's full names labelled PERSON."""
    ends: dict[str, set[str]] = {}
    for mention in named:
        words = _folded_words(mention.text)
        if mention.label == "PERSON" and len(words) > 1 and not mention.inferred:
            ends.setdefault(words[-1], set()).add(" ".join(words))
    surnames = {word for word, names in ends.items() if len(names) > 1}
    return relabelled(named, surnames, {"NORP"}, "PERSON")


def peoples(text: str, named: Sequence[Mention]) -> list[Mention]:
    """``named`` with words for one of a people and their plurals labelled NORP."""
    labels: dict[str, str] = {}
    uses: Counter[str] = Counter()
    with_article: Counter[str] = Counter()
    for mention in named:
        spelling = mention.text.casefold()
        if " " in spelling or mention.inferred:
            continue
        labels[spelling] = mention.label
        uses[spelling] += 1
        with_article[spelling] += bool(
            _ARTICLE.search(text[max(0, mention.start - 6) : mention.start])
        )
    groups = set()
    for spelling, label in labels.items():
        plural = _plural(spelling)
        if plural not in labels or labels[plural] in _KEPT or is_country_name(plural):
            continue  # "Philippines" is a land, not the plural of "Philippine"
        if label == "NORP":
            groups.add(plural)  # "Frenchmen" beside "Frenchman"
        elif (
            label not in _KEPT
            and with_article[spelling] >= _MIN_ARTICLES
            and 4 * with_article[spelling] >= uses[spelling]
        ):
            groups |= {spelling, plural}
    groups |= _plurals_of_one_of_many(text, labels)
    groups |= _counted_bodies(text, named)
    return relabelled(named, groups, _ALL - {"NORP"}, "NORP")


def _counted_bodies(text: str, named: Sequence[Mention]) -> set[str]:
    """One-word plurals the model calls a body that the text counts: "the three Brahmins".

    A body is not counted in the plural; several people of one kind are.
    """
    return {
        mention.text.casefold()
        for mention in named
        if mention.label == "ORG"
        and not mention.inferred
        and _plural_word(mention.text.casefold())
        and mention.text[:1].isupper()
        and _COUNTED.search(text, max(0, mention.start - 12), mention.start)
    }


def _plurals_of_one_of_many(text: str, labels: dict[str, str]) -> set[str]:
    """Plural names whose singular the text never names but makes one of many.

    "the Masons" beside "a Mason", "every Mason": the model tags the plural only, as a
    person or a body; the singular after "a" or "every" (twice at least) makes it a group.
    """
    # A slice at a time: one findall over a book holds the interpreter lock for 90 ms.
    singulars = Counter(word.casefold() for word in findall_sliced(_ONE_OF_MANY, text))
    return {
        spelling
        for spelling, label in labels.items()
        if label != "NORP"
        and spelling.endswith("s")
        and spelling[:-1] not in labels
        and singulars[spelling[:-1]] >= _MIN_ARTICLES
    }


def _plural(spelling: str) -> str:
    return spelling[:-3] + "men" if spelling.endswith("man") else spelling + "s"


def plural_places(text: str, named: Sequence[Mention]) -> list[Mention]:
    """``named`` with the plural "peoples" the text goes along or climbs labelled LOC.

    The model reads "the Carpathians" and "the Pyrenees" as peoples. A one-word plural
    the model calls a people that is "the X" every time, comes at least once where only
    land or water goes ("along the Carpathians", "the summits of the Pyrenees") and never
    acts, owns or is followed by "who" ("the Magyars conquered", "the Russians’ camp") is
    a range or a river, not a people. A nationality of a place the text names ("the
    Austrians" beside "Austria") stays a people.
    """
    uses: Counter[str] = Counter()
    cues: Counter[str] = Counter()
    people: set[str] = set()
    for mention in named:
        spelling = mention.text.casefold()
        if mention.label != "NORP" or mention.inferred or not _plural_word(spelling):
            continue
        before = text[max(0, mention.start - 40) : mention.start]
        uses[spelling] += 1
        cues[spelling] += bool(_ALONG_THE.search(before))
        after = _PEOPLE_AFTER.match(text, mention.end, mention.end + 24)
        if not _THE_OR_ADJECTIVE.search(before) or (
            after and (not after.group(1) or after.group(1) not in CLOSED_CLASS)
        ):
            people.add(spelling)
    places_named = {m.text.casefold() for m in named if m.label in ("GPE", "LOC")}
    ranges = {
        s
        for s in uses
        if cues[s] and s not in people and not set(country_candidates(s)) & places_named
    }
    return relabelled(named, ranges, {"NORP"}, "LOC")


def acting_plurals(text: str, named: Sequence[Mention]) -> list[Mention]:
    """``named`` with the plural "locations" that act like people labelled PERSON.

    The model reads "the Huns" and "the Slovaks" as lands. A one-word plural it calls a
    location that is followed by "who" ("the Slovaks, who were") or acts ("found the Huns
    settled") and that the text never puts "in", "at", "to" or "along" ("in the Balkans")
    is a group of people: a people or a family, which no rule can tell apart, so a person
    (PERSON) as a family's plural is. A country ("the Netherlands won") keeps its kind.
    """
    who: set[str] = set()
    acts: set[str] = set()
    placed: set[str] = set()
    for mention in named:
        spelling = mention.text.casefold()
        if mention.label != "LOC" or mention.inferred or not _plural_word(spelling):
            continue
        before = text[max(0, mention.start - 30) : mention.start]
        if _AT_THE.search(before):
            placed.add(spelling)
        if _WHO_AFTER.match(text, mention.end):
            who.add(spelling)
        word = _WORD_AFTER.match(text, mention.end)
        if word and word.group(1) not in CLOSED_CLASS and _THE_BEFORE.search(before):
            acts.add(spelling)
    groups = (who | acts) - placed
    return relabelled(named, groups, {"LOC"}, "PERSON")


# Where a river or a region goes: "along the Carpathians" (:data:`_ALONG_THE`), and "down" or
# "up" it ("down the Thames"); not "on the" or "into the", said of a ship too ("sailed on the
# Fuwalda").
_ON_THE_MAP = re.compile(
    rf"\b(?:down|up)\s+the\s+(?:[a-z]+\s+)?\Z|{_ALONG_THE.pattern}", re.IGNORECASE
)


def the_places(text: str, named: Sequence[Mention]) -> list[Mention]:
    """``named`` with the "people" the text only writes as "the X" and goes on labelled LOC."""
    uses: Counter[str] = Counter()
    with_the: Counter[str] = Counter()
    mapped: set[str] = set()
    people: set[str] = set()
    for mention in named:
        spelling = mention.text.casefold()
        if mention.label != "PERSON" or mention.inferred or not spelling.isalpha():
            continue
        before = text[max(0, mention.start - 24) : mention.start]
        uses[spelling] += 1
        with_the[spelling] += bool(_THE_BEFORE.search(before))
        if _ON_THE_MAP.search(before):
            mapped.add(spelling)
        if _WHO_AFTER.match(text, mention.end) or _SPEAKS.match(
            text, mention.end, mention.end + 24
        ):
            people.add(spelling)
    # "the Ashburnhams" beside "Edward Ashburnham" is a family; "the Thames" is no plural.
    words = {w for m in named if m.label == "PERSON" for w in _folded_words(m.text)}
    places = {
        s
        for s in mapped - people
        if uses[s] >= _MIN_ARTICLES and with_the[s] == uses[s] and not _stems(s) & words
    }
    return relabelled(named, places, {"PERSON"}, "LOC")


def _plural_word(spelling: str) -> bool:
    return spelling.isalpha() and len(spelling) > 3 and spelling.endswith("s")


def battlefields(text: str, named: Sequence[Mention]) -> list[Mention]:
    """``named`` with the names battles are fought at labelled GPE (a place)."""
    uses: Counter[str] = Counter()
    cues: Counter[str] = Counter()
    for mention in named:
        if mention.label in _THINGS and not mention.inferred:
            spelling = mention.text.casefold()
            uses[spelling] += 1
            cues[spelling] += bool(
                _PLACE_OF.search(text[max(0, mention.start - 20) : mention.start])
            )
    places = {s for s, n in cues.items() if n >= _MIN_ARTICLES and 4 * n >= uses[s]}
    return relabelled(named, places, _THINGS, "GPE")


def bylines(text: str, named: Sequence[Mention]) -> list[Mention]:
    """``named`` with the name on a byline ("By Leo Tolstoy") labelled PERSON."""
    return [
        Mention(m.start, m.end, m.text, "PERSON", m.inferred)
        if m.label != "PERSON" and on_byline(text, m)
        else m
        for m in named
    ]


def on_byline(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is the name on a byline: the author, not a character."""
    return bool(
        _BYLINE_BEFORE.search(text[max(0, mention.start - 8) : mention.start])
        and _BYLINE_AFTER.match(text, mention.end)
    )


def towns(text: str, named: Sequence[Mention]) -> list[Mention]:
    """``named`` with organisations the text only goes in, at or from labelled GPE."""
    uses: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    with_the: Counter[str] = Counter()
    bodies: set[str] = set()
    entered: set[str] = set()
    for mention in named:
        if mention.label != "ORG" or mention.inferred:
            continue
        spelling = mention.text.casefold()
        before = text[max(0, mention.start - 12) : mention.start]
        uses[spelling] += 1
        inside[spelling] += bool(_IN_PLACE.search(before))
        with_the[spelling] += bool(_THE_BEFORE.search(before))
        if _IN_BEFORE.search(before):
            entered.add(spelling)  # one is "in" a town, "at" or "from" a company
        if _SPEAKS.match(text, mention.end, mention.end + 24):
            bodies.add(spelling)  # "Google said": a body
    places = {
        s
        for s, n in uses.items()
        if n >= _MIN_TOWN_USES
        and 3 * inside[s] >= 2 * n
        and 5 * with_the[s] <= n  # "the Senate"; "the Mozháysk road" now and then
        and s not in bodies
        and s in entered
    }
    return relabelled(named, places, {"ORG"}, "GPE")
