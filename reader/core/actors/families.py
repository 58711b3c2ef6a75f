"""Courtesy titles and ranks that tell the members of one family apart.

"Mr. Bennet", "Mrs. Bennet" and "Miss Bennet" are three people; "Captain Eldridge" is
not "Miss Eldridge"; "Aunt Shaw" is the one "Mrs. Shaw". :func:`split_families` gives
each a key of its own before the grouping rules join names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence

from reader.core.actors.sole_bearers import SENTENCE_END
from reader.core.actors.union import Groups
from reader.core.language.titles import title_class, titles_clash
from reader.core.text.mentions import Mention

# A title is capitalised, or is "aunt" or "uncle", which prose writes in lower case before
# a name ("her aunt Shaw"): "his father Natásha's note" (a comma the translation left
# out) and "the old countess. Nicholas" give the names no title. A saint's "St." between
# title and name is the surname's ("Lord St. Simon", "Mrs. St. Clair" when the span is "Simon").
# A line may wrap between title and name ("Mrs.\nToller").
_TITLE_BEFORE = re.compile(r"(?:\b(aunt|uncle)|([A-Z][A-Za-z]*)\.?)(?:\sSt\.|\sSaint)?[ \n]$")
# The key word a family member's key starts with, per title class ("mrs bennet").
_CLASS_KEYS = {"m": "mr", "mrs": "mrs", "miss": "miss", "f": "lady"}
# How many names on either side of a titled surname are looked at for one in its sentence.
_NEIGHBOURS = 4
# The English courtesy titles, as written; a word in lower case between two names.
_COURTESY = re.compile(r"(?:Mr|Mrs|Miss|Ms|Mister)\.?")
_WORD = re.compile(r"\b[a-z]{2,}\b")


# Military ranks name a different person from a "Mrs." or "Miss" of the same name
# ("Captain Eldridge" and "Miss Eldridge"): for grouping they count as a man's title.
# So do a doctor's and a clergyman's in a story ("Dr Proudie" and "Mrs Proudie", the
# bishop and his wife; "Bishop Colenso" and "Miss Colenso").
_RANKS = frozenset(
    {"captain", "capt", "colonel", "col", "general", "gen", "major", "lieutenant", "lt",
     "admiral", "sergeant", "sgt", "commander", "commodore", "corporal",
     "dr", "doctor", "bishop", "rev", "reverend", "vicar", "rector", "parson"}
)  # fmt: skip


def _family_class(word: str) -> str:
    folded = word.casefold().rstrip(".")
    return "m" if folded in _RANKS else title_class(folded)


def title_class_of(text: str, mention: Mention) -> str:
    """The class of the courtesy title or rank in or just before a person's mention, or ``""``."""
    words = mention.text.split()
    if len(words) > 1 and _family_class(words[0]):
        return _family_class(words[0])
    before = _TITLE_BEFORE.search(text, max(0, mention.start - 16), mention.start)
    return _family_class(before.group(1) or before.group(2)) if before else ""


def split_families(
    text: str,
    members: dict[str, list[Mention]],
    classes: dict[Mention, str],
    genders: dict[str, str],
) -> tuple[dict[str, list[Mention]], dict[str, str], set[str]]:
    """Split a person's key whose mentions carry clashing titles into one key per title.

    A name the text calls "he" is a man's, so "Mrs." before it is his wife's ("Mrs. John
    Dashwood" beside "John Dashwood ... he"), as prose named married women, and "Miss"
    before his surname another woman ("Miss Roylott" beside "Dr. Roylott ... he"). A
    surname written twice or more plainly beside "Mrs." is the man's too ("said Harris"
    beside "Mrs. Harris"): prose names a wife "Mrs." and her husband plainly. A full
    name the text also writes plainly is taken for the man's when "Mrs." comes before it
    and the text does not call that first name "she" ("Mrs Charles Musgrove" beside
    "Charles Musgrove"): a woman goes by her husband's name, not he by hers.

    Returns:
        The new members, for each family member's key the title it is named with (its
        most frequent written form, "Mrs."), and the keys a man the text never writes
        "Mr." keeps (so that his mother, "Mrs Musgrove", does not join him).
    """
    out: dict[str, list[Mention]] = {}
    men: set[str] = set()
    titles: dict[str, Counter[str]] = {}
    for key, ms in members.items():
        found = {classes.get(m, "") for m in ms} - {""}
        untitled = not all(classes.get(m) for m in ms)
        # Bare uses of a surname a "Mrs." also bears, not the family's ("the Lebrun cottages").
        bare = sum(not classes.get(m) and not _after_the(text, m) for m in ms)
        if untitled and (
            genders.get(key.split()[0]) == "m"
            or (" " in key and "mrs" in found and genders.get(key.split()[0]) != "f")
            or (" " not in key and "mrs" in found and bare >= 2 and genders.get(key) != "f")
        ):
            found.add("m")  # untitled mentions of a man's name
        if not any(titles_clash(a, b) for a in found for b in found):
            out.setdefault(key, []).extend(ms)
            continue
        # A surname alone in a family's story is the man's: prose names women "Mrs."
        # and men plainly ("Verloc" beside "Mr Verloc" and "Mrs Verloc").
        plain = "m" if "m" in found else ""
        # A man the text never writes "Mr." keeps the bare key: "Dr. Roylott", called
        # "he", is still the one "Grimesby Roylott" once "Miss Roylott" is set apart.
        written_man = any(classes.get(m) == "m" for m in ms)
        # "Aunt Shaw" is the one married or unmarried woman of the name when only one is.
        women = found & {"mrs", "miss"}
        woman = next(iter(women)) if len(women) == 1 else "f"
        for mention in ms:
            title_of = classes.get(mention, "") or plain
            title_of = woman if title_of == "f" else title_of
            keyed = title_of and (title_of != "m" or written_man)
            sub = f"{_CLASS_KEYS[title_of]} {key}" if keyed else key
            if title_of == "m" and not keyed:
                men.add(key)
            out.setdefault(sub, []).append(mention)
            written = written_title(text, mention) if title_of else ""
            if written:  # "Mr." counts; "Yesterday" before a plain "Verloc" does not
                titles.setdefault(sub, Counter())[written] += 1
    return out, {key: counter.most_common(1)[0][0] for key, counter in titles.items()}, men


def _after_the(text: str, mention: Mention) -> bool:
    return text[max(0, mention.start - 4) : mention.start].casefold() == "the "


def mans_full_name(family_key: str) -> bool:
    """Whether a family member's key is a man's full name ("mr henry baker").

    "Mr. Baker" is the one Mr. Henry Baker; "Mrs. Archer" is not surely "Mrs. Newland
    Archer": she may be his mother, and the other his wife.
    """
    words = family_key.split()
    return len(words) > 2 and words[0] == _CLASS_KEYS["m"]


def written_title(text: str, mention: Mention) -> str:
    first = mention.text.split()[0]
    if _family_class(first) and " " in mention.text:
        return first
    before = _TITLE_BEFORE.search(text, max(0, mention.start - 16), mention.start)
    if not before or not _family_class(before.group(1) or before.group(2)):
        return ""
    return text[before.start() : before.end()].strip()


def keys_clash(classes: Mapping[str, set[str]], ours: Iterable[str], theirs: Iterable[str]) -> bool:
    """Whether any title class of ``ours`` keys clashes with one of ``theirs`` ("m", "miss")."""
    mine = {c for key in ours for c in classes.get(key, ())}
    other = {c for key in theirs for c in classes.get(key, ())}
    return any(titles_clash(a, b) for a in mine for b in other)


def kin_met(
    text: str, members: Mapping[str, Sequence[Mention]], classes: Mapping[Mention, str]
) -> dict[str, set[str]]:
    """For each surname always written "Mr.", "Mrs." or "Miss", first names in its sentences.

    "The sound was heard by Mr. Schofield, who was passing Penrod's door": a titled
    surname and a first name in one sentence, with words between them, are two people,
    so "Mr. Schofield" is not "Penrod Schofield" but his father. A name set off by a dash
    or a comma is the same one ("Hosmer--Mr. Angel--was a cashier"). Only the English
    courtesy titles count, and only on a surname never written plainly: "Count Rostóv"
    beside "Nicholas" is his father, but "Rostóv" alone is mostly Nicholas. Each titled
    mention looks at a few names on either side: linear.
    """
    courteous = {
        key
        for key, ms in members.items()
        if " " not in key
        and all(_COURTESY.fullmatch(written_title(text, m)) for m in ms if not _after_the(text, m))
    }
    spans = sorted(
        (m.start, m.end, key)
        for key, ms in members.items()
        if " " not in key
        for m in ms
        if m.label == "PERSON" and (key in courteous or not classes.get(m))
    )
    met: dict[str, set[str]] = {}
    for index, (start, end, key) in enumerate(spans):
        if key not in courteous:
            continue
        before = reversed(spans[max(0, index - _NEIGHBOURS) : index])
        for other in before:
            if not _apart(text, other[1], start):
                break
            if other[2] not in courteous:
                met.setdefault(key, set()).add(other[2])
        for other in spans[index + 1 : index + 1 + _NEIGHBOURS]:
            if not _apart(text, end, other[0]):
                break
            if other[2] not in courteous:
                met.setdefault(key, set()).add(other[2])
    return met


def _apart(text: str, end: int, start: int) -> bool:
    """Whether two names in one sentence have a word between them (not a dash, a comma)."""
    if SENTENCE_END.search(text, end, start):
        return False
    return _WORD.search(text, end, start) is not None


def join_initials(
    keys: Iterable[str], classes: Mapping[str, set[str]], family: Collection[str], groups: Groups
) -> None:
    """A titled initial joins the one surname of its title that starts with that letter.

    A couple in a novel call each other "Mr. O." and "Mrs. O." beside "Mr. Osborne" and
    "Mrs. Osborne"; with two Mr. O-somebodies the initial stays alone.
    """
    by_title: dict[tuple[str, str], list[str]] = {}
    initials: list[tuple[str, str, str]] = []
    for key in keys:
        words = key.split()
        if key in family and len(words) == 2:
            title, name = words[0], words[1]
        elif len(words) == 1 and len(classes.get(key, ())) == 1:
            title, name = _CLASS_KEYS.get(next(iter(classes[key])), ""), key
        else:
            continue
        if not title or not name.isalpha():
            continue
        if len(name) == 1:
            initials.append((key, title, name))
        else:
            by_title.setdefault((title, name[0]), []).append(key)
    for key, title, letter in initials:
        fits = by_title.get((title, letter), [])
        if len(fits) == 1:
            groups.union(key, fits[0])


def join_lone_ranks(
    text: str,
    members: Mapping[str, Sequence[Mention]],
    labels: Mapping[str, str],
    groups: Groups,
) -> None:
    """A rank or title alone is the one person the text writes with it.

    "Major O'Shaughnessy and his daughter ... The Major was too easy-going": a novel
    calls a man by his rank once it has named him. With two captains, "the Captain"
    stays alone.
    """
    holders: dict[str, set[str]] = {}
    for key, ms in members.items():
        for mention in ms:
            title = written_title(text, mention).casefold().rstrip(".")
            if title and title != key:
                holders.setdefault(title, set()).add(key)
    for key, label in labels.items():
        if label != "PERSON" or " " in key or key not in holders:
            continue
        roots = {groups.find(other) for other in holders[key]} - {groups.find(key)}
        if len(roots) == 1:
            groups.union(key, roots.pop())
