"""Spans holding two names ("Curtis and Good"); two names that are one ("Tiverton and Honiton")."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Container, Sequence

from reader.core.language.head_words import PLACE_NAME_HEADS
from reader.core.language.places import is_country_name
from reader.core.language.titles import BODY_HEADS, is_title_word, title_class
from reader.core.language.word_tables import NAME_PARTICLES
from reader.core.text.mentions import ACTOR_LABELS, Mention

_WORD_BEFORE = re.compile(r"(\w+) $")
_PLACE_WORDS = frozenset({"from", "in", "at", "near", "into"})
_PAIR = re.compile(r"(\S+) (and|&) (\S+)")
_WORD = re.compile(r"\S+")
# Small words that are part of names: "Bank of England", "Peter the Great", "Stratford on
# Avon", "Council on Foreign Relations", "Freewinds in Bonaire" (the boundary rules cut
# that one), "Stoke by Nayland", "Madame de Staël".
_JOINING = NAME_PARTICLES | {"of", "the", "on", "upon", "in", "at", "by", "under"}
_POSSESSIVES = ("’s", "'s", "’", "'")
# An English county by its form: "Hampshire", "Derbyshire".
_COUNTY = re.compile(r"[A-Z][a-z]{3,}shire")


_AND = frozenset({" and ", " & "})
_PAIR_LABELS = frozenset({"GPE", "LOC", "FAC"})


def pairs_named_together(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with two one-word names the text only ever names together made one.

    "Tiverton and Honiton" is one constituency (and "Trinidad and Tobago" one country): a
    text that names the pair twice or more, one part as a place, and never either part
    alone means one place by it (GPE). Two people named together ("Foord and Pole") stay
    two, and so do a saint the model calls a body and one it calls a person ("Frola and
    Lavra", invoked together in a prayer).
    """
    named = [m for m in sorted(mentions) if m.label in ACTOR_LABELS and not m.inferred]
    pairs = [
        (first, second)
        for first, second in itertools.pairwise(named)
        if text[first.end : second.start] in _AND
        and " " not in first.text + second.text
        and {first.label, second.label} & _PAIR_LABELS
    ]
    counts = Counter((first.text, second.text) for first, second in pairs)
    uses = Counter(m.text for m in named)
    joined: dict[Mention, Mention] = {}
    for first, second in pairs:
        together = counts[(first.text, second.text)]
        if together < 2 or uses[first.text] != together or uses[second.text] != together:
            continue
        whole = Mention(first.start, second.end, text[first.start : second.end], "GPE")
        joined[first] = joined[second] = whole
    if not joined:
        return list(mentions)
    return list(dict.fromkeys(joined.get(m, m) for m in mentions))


def place_before_person(text: str, mention: Mention, known: Container[str]) -> list[Mention]:
    """Split "from Freetown John Clayton" into a place and a person named alone elsewhere."""
    words = mention.text.split()
    before = _WORD_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    if (
        mention.label != "PERSON"
        or len(words) < 3
        or before is None
        or before.group(1).casefold() not in _PLACE_WORDS
        or is_title_word(words[0])
    ):
        return [mention]
    rest = mention.start + len(words[0]) + 1
    if text[rest : mention.end] not in known or text[mention.start + len(words[0])] != " ":
        return [mention]
    place = Mention(mention.start, mention.start + len(words[0]), words[0], "GPE")
    return [place, Mention(rest, mention.end, text[rest : mention.end], "PERSON")]


def split_pairs(mentions: list[Mention]) -> list[Mention]:
    """Split a span glued across a small word in two when the text names each side alone.

    "Curtis and Good", "said Dólokhov to Denísov", "into Rostóv’s and Denísov’s dugout",
    "called Natásha a Cossack": a lower-case word that joins no name's words, between
    names the text uses on their own. A person's surname counts as named alone ("Sir
    Henry Curtis"), and so does a county, whose form names it ("Nottinghamshire and
    Derbyshire"); a title alone on one side ("the Governor for Princess Mary") is nobody
    when the other side is a person. A pair named only together ("Procter and Gamble")
    stays one name, and so do names whose small word is theirs ("Bank of England",
    "Stratford on Avon", "Madame de Staël"). A title and a name ("Aunt Em and Uncle
    Henry") is a person's name even when the text never writes it alone.
    """
    votes: dict[str, Counter[str]] = {}
    for mention in mentions:
        if mention.label not in ACTOR_LABELS or mention.inferred:
            continue
        votes.setdefault(mention.text, Counter())[mention.label] += 1
        if " " in mention.text and mention.label == "PERSON":  # "Sir Henry Curtis"
            votes.setdefault(mention.text.rsplit(" ", 1)[1], Counter())["PERSON"] += 1
    # Each spelling with the label most of its uses carry.
    alone = {name: counter.most_common(1)[0][0] for name, counter in votes.items()}
    out: list[Mention] = []
    for mention in mentions:
        pair = _PAIR.fullmatch(mention.text)
        if pair is not None:
            for county in (pair[1], pair[3]):
                if _COUNTY.fullmatch(county):
                    alone.setdefault(county, "GPE")
        parts = None if mention.inferred else _named_parts(mention, alone)
        out.extend(parts or [mention])
    return out


def _named_parts(mention: Mention, alone: dict[str, str]) -> list[Mention] | None:
    """The names ``mention`` holds between its small words, or ``None`` if one is unknown."""
    words = list(_WORD.finditer(mention.text))
    cuts = [i for i, word in enumerate(words[1:-1], 1) if _cuts(word.group())]
    if not cuts:
        return None
    bounds = [-1, *cuts, len(words)]
    parts: list[Mention] = []
    titles = 0
    unknown: list[int] = []  # parts no other span names alone
    for before, after in itertools.pairwise(bounds):
        if after - before < 2:
            return None  # two small words in a row
        first = words[before + 1].start()
        if words[before + 1].group() in ("the", "The") and after - before > 2:
            first = words[before + 2].start()
        piece = _without_possessive(mention.text[first : words[after - 1].end()])
        label = alone.get(piece)
        if label is None and all(is_title_word(word) for word in piece.split()):
            titles += 1  # "Governor" of "the Governor for Princess Mary"
            continue
        if label is None and _titled_name(piece):
            label = "PERSON"  # "Uncle Henry" of "Aunt Em and Uncle Henry"
        if label is None and _one_of_a_pair(mention, words, cuts, piece):
            label = mention.label
            unknown.append(len(parts))
        if label is None:
            return None
        start = mention.start + first
        parts.append(Mention(start, start + len(piece), piece, label))
    if not parts or (titles and all(part.label != "PERSON" for part in parts)):
        return None
    if unknown and (len(unknown) == len(parts) or parts[1 - unknown[0]].label != mention.label):
        return None
    return parts


def _one_of_a_pair(
    mention: Mention, words: list[re.Match[str]], cuts: list[int], piece: str
) -> bool:
    """Whether ``piece`` may be a name of its own in a pair joined by "and" or "or".

    "Kenyatta and Odinga", "Meta or Uber": when the text names the other side alone with
    the pair's label, this side is a name as well. Not in a country's name ("Bosnia and
    Herzegovina"), nor a body's tail ("Health and Human Services") or a portfolio list
    ("Minister of Information and National Orientation"); "&" joins a firm's names.
    """
    return (
        len(cuts) == 1
        and words[cuts[0]].group() in ("and", "or")
        and not is_country_name(mention.text)
        and not any(w.group() in ("of", "for") for w in words[: cuts[0]])
        and all(word[:1].isupper() or word.isdigit() for word in piece.split())
        and piece.split()[-1].casefold() not in BODY_HEADS
        and not all(is_title_word(word) for word in piece.split())
    )


def _titled_name(piece: str) -> bool:
    """Whether ``piece`` is a courtesy or kin title and a name ("Uncle Henry", "Mrs. Reed").

    Such a piece names a person even when the text never writes it alone; one ending in
    a place's word is a street or a building ("Queen Street").
    """
    words = piece.split()
    return (
        len(words) > 1
        and bool(title_class(words[0]))
        and all(word[:1].isupper() for word in words[1:])
        and words[-1].casefold() not in PLACE_NAME_HEADS
    )


def _cuts(word: str) -> bool:
    """Whether ``word`` joins no name's words ("to", "a", "and"; not "of", "on", "de")."""
    return word == "&" or (word.isalpha() and word.islower() and word not in _JOINING)


def _without_possessive(name: str) -> str:
    for suffix in _POSSESSIVES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name
