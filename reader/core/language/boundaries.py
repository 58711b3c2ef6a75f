"""Name boundaries the model gets wrong: glued, split or cut-short spans.

* Two spans of one kind separated by a single space are one name ("Valeska" "Paris").
  A name in capitals takes in the word in capitals before it ("JOHN" "WARWICK"), and
  a possessive before generic place words is one place ("Lincoln" "'s" "Inn Hall").
* A body's name goes on over "for/of (the)" and capitalised words ("Joint Council" +
  "for the Welfare of Immigrants"), and a name takes in a capitalised word touching it
  that no span holds ("Enver" + "Solomon", "L.L.S.N." + "Co." with its dot); titles and
  sentence openers stay out.
* A people's word before a body's name is part of it: "Saudi" + "Interior Ministry" (the
  capitalised words after it end in a body's head word; "Afghan team" stays).
* A ruler's number is part of the name: "Rudolf" + "the Fifth", "Henry" + "VIII", with a
  realm after it ("Rudolf the Third of Ruritania").
* A title holder's name glued after the body of the title is a person's ("director of the
  Council on American - Islamic Relations Alia Salem said").
* A span across a comma is two names ("Aurungzebe, Emperor of the Moguls"), unless it
  names a firm ("Carston, Waite & Co."); one opening a sentence only when its first word
  is named alone elsewhere ("Charles, Henrietta, and ...", not "True, Florence").
* "X in Place" is two names ("Freewinds in Bonaire"), and "X on French" loses the tail,
  unless X is a body that takes "on" in its name ("Council on Foreign Relations").
* "the" and a title after a person's name describe the person ("Mrs. Cadwallader the
  Rector's wife"): the name ends before them. An epithet that is no title stays ("Peter
  the Great", "Vishnu the Preserver"), and so does a ruler's number ("Rudolf the Fifth").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.language.head_words import REGION_HEADS
from reader.core.language.spans import at_sentence_start
from reader.core.language.titled_places import split_titled_places
from reader.core.language.titles import BODY_HEADS, TITLE_HEADS, TITLES, is_title_word
from reader.core.language.word_tables import FUNCTION_WORDS
from reader.core.text.local import line_words
from reader.core.text.mentions import ACTOR_LABELS, Mention

_WORD = r"[A-Z][\w’']*(?:-[A-Z][\w’']*)*"
_NEXT_WORD = re.compile(rf" ((?:(?:of|for|of the|for the) )?{_WORD})")
_PREVIOUS_WORD = re.compile(r"(?<![\w-])([A-Z][a-z][\w’']*(?:-[A-Z][\w’']*)*) $")
# A name written in capitals ("JOHN WARWICK") grows over a word in capitals.
_PREVIOUS_CAPITALS = re.compile(r"(?<![\w-])([A-Z]{2,}) $")
# Places and groups are followed by capitalised words they only modify ("Malaysia
# Tourism board", "Texas Arlington"): only persons, bodies and works grow.
_GROWING = frozenset({"PERSON", "ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
_GLUE = re.compile(r" (in|at|on) ([A-Z][\w’'-]+)$")
# A name does not grow over a function word, nor over a capitalised "I".
_NOT_GROWN_OVER = FUNCTION_WORDS | {"i"}
_MAX_GROWTH = 6
_ORDINALS = (
    "First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|"
    "Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth"
)
# "the Fifth", "VIII" (two letters at least: "Charles I" might be "Charles, I ..."), and
# "of Ruritania" after either; not "the Second" of "the Second World War".
_REGNAL = re.compile(rf" (?:the (?:{_ORDINALS})|[IVX]{{2,5}})\b(?: of [A-Z][\w’'-]+|(?! [A-Z]))")
# "the" and a capitalised word inside a person's span: "Cadwallader the Rector".
_THE_WORD = re.compile(r" the ([A-Z][a-z]+)\b")
# A word the name grew over that is a firm's or a family's abbreviation: "Co.", "Jr.".
_ABBREVIATED = re.compile(r"\b(?:Co|Ltd|Inc|Corp|Bros|Jr|Sr)\.\Z")
# Capitalised words ending in a body's head after a people's word: " Interior Ministry".
_BODY_AFTER = re.compile(r"(?: [A-Z][a-z]+){1,4}\b(?![’'-])")
# "Ministry of Arts, Culture, Tourism and Creative Economy": a list that ends in "and".
_PORTFOLIOS = re.compile(
    r"(?:Ministry|Department|Office|Commission|Committee|Secretariat|Agency)"
    r" (?:of|for) [^,]+(?:, [A-Z][^,]*)+ and [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*\Z"
)
_FIRM = re.compile(r"&|\b(?:Co|Ltd|Inc|Company|Sons|Brothers|Bros)\b")
# Words that name a kind of place ("Lincoln's Inn Hall", "Leichardt's Town").
_SETTLEMENTS = frozenset({"town", "land", "city", "island", "county", "village"})
# A title and the word that ties it to a body: "director of", "spokesman for".
_HOLDER = re.compile(rf"\b(?:{'|'.join(sorted(TITLE_HEADS))}) (?:of|for|at)\b", re.IGNORECASE)
_HOLDER_REACH = 160
_SAID = re.compile(r",? (?:said|says|told)\b")
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_PLACE_WORDS = _SETTLEMENTS | {
    "inn", "hall", "street", "square", "park", "bay", "hill", "lane", "road", "bridge",
    "gate", "cross", "wood", "well", "court", "row", "mill", "farm", "creek", "point",
}  # fmt: skip


def fix_boundaries(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Apply the boundary rules (see the module notes) to cleaned mentions.

    A titled person "of" a place is cut last, once the body names have grown
    (:mod:`reader.core.language.titled_places`).
    """
    described = [_described(m) for m in sorted(mentions)]
    merged = _join_possessive_places(text, _merge_adjacent(text, described))
    named = {m.text for m in merged}
    split = [
        part
        for m in merged
        for piece in _split_at_commas(text, m, named)
        for glued in _split_glued(text, piece)
        for part in _holder_after_body(text, glued)
    ]
    grown = _regnal_numbers(text, _grow(text, _peoples_bodies(text, _place_particles(text, split))))
    return [part for m in grown for part in split_titled_places(text, m)]


def _described(mention: Mention) -> Mention:
    """A person's name ends before "the" and a title ("Cadwallader the Rector")."""
    if mention.label != "PERSON":
        return mention
    described = _THE_WORD.search(mention.text)
    if described is None or not is_title_word(described.group(1)):
        return mention
    end = mention.start + described.start()
    return Mention(mention.start, end, mention.text[: described.start()], mention.label)


def _peoples_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body named after its people is one ORG name: "Saudi" + " Interior Ministry".

    A span the model made of the body's own words ("Interior Ministry") goes into it.
    """
    out: list[Mention] = []
    end = -1
    for mention in sorted(mentions):
        if mention.start < end:
            continue  # taken into the body's name before it
        after = _BODY_AFTER.match(text, mention.end) if mention.label == "NORP" else None
        if after is not None and after.group().split()[-1].casefold() in BODY_HEADS:
            body = after.end()
            if all(m.end <= body for m in mentions if mention.end < m.start < body):
                mention = Mention(mention.start, body, text[mention.start : body], "ORG")
                end = body
        out.append(mention)
    return out


def _regnal_numbers(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's name takes in a ruler's number after it ("Rudolf the Fifth", "Henry VIII").

    A span the model made of the number ("Third of Ruritania") goes into the name.
    """
    out: list[Mention] = []
    end = -1
    for mention in sorted(mentions):
        if mention.start < end:
            continue  # taken into the ruler's name before it
        number = _REGNAL.match(text, mention.end) if mention.label == "PERSON" else None
        if number is None:
            out.append(mention)
            continue
        end = number.end()
        within = [m.end for m in mentions if mention.end < m.start < end]
        end = max([end, *within])
        out.append(Mention(mention.start, end, text[mention.start : end], mention.label))
    return out


def _merge_adjacent(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label == mention.label
            and last.label in ACTOR_LABELS
            and text[last.end : mention.start] == " "
        ):
            out[-1] = Mention(last.start, mention.end, text[last.start : mention.end], last.label)
        elif last is not None and _region_cut(text, last, mention):
            out[-1] = Mention(last.start, mention.end, text[last.start : mention.end], "GPE")
        else:
            out.append(mention)
    return out


def _place_particles(text: str, mentions: list[Mention]) -> list[Mention]:
    """Grow a place over a Romance particle and the word after it: "Rio Grande do Sul".

    The model stops a place at "do", "da", "del" or "de" and may call the rest a person
    ("Sul"); a person's particle ("Lula da Silva") is left alone.
    """
    out: list[Mention] = []
    skip: set[int] = set()
    starts = {m.start: m for m in mentions}
    for mention in sorted(mentions):
        if mention.start in skip:
            continue
        after = _PARTICLE_WORD.match(text, mention.end) if mention.label in _PLACES else None
        if after is None:
            out.append(mention)
            continue
        nxt = starts.get(after.start(1))
        if nxt is not None:
            if nxt.end != after.end():
                out.append(mention)
                continue
            skip.add(nxt.start)
        label = "GPE" if mention.label == "NORP" else mention.label
        out.append(Mention(mention.start, after.end(), text[mention.start : after.end()], label))
    return out


def _region_cut(text: str, last: Mention, mention: Mention) -> bool:
    # "a Contra Costa County judge": the model tags "Contra" apart, as a body or a people's
    # word; one capitalised word right before a region's name is part of it ("Kenyan" and
    # "Chinese", words for a people, are not).
    return (
        text[last.end : mention.start] == " "
        and " " not in last.text
        and last.text[:1].isupper()
        and mention.text.split()[-1].casefold() in REGION_HEADS
        and not (last.label == "NORP" and last.text.endswith(_PEOPLE_ENDINGS))
        and not is_title_word(last.text)
    )


def _join_possessive_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join "Lincoln" + "'s " + "Inn Hall": a place named after its owner is one name.

    Only when every word after the possessive is a generic place word ("Inn Hall",
    "Town"); "Trump's White House" stays two names.
    """
    out: list[Mention] = []
    for mention in mentions:
        last = out[-1] if out else None
        words = mention.text.casefold().split()
        if (
            last is not None
            and last.label in ACTOR_LABELS
            and mention.label in ACTOR_LABELS
            and text[last.end : mention.start] in ("'s ", "’s ")
            and all(word in _PLACE_WORDS for word in words)
        ):
            label = "GPE" if words[-1] in _SETTLEMENTS else "FAC"
            out[-1] = Mention(last.start, mention.end, text[last.start : mention.end], label)
        else:
            out.append(mention)
    return out


def _split_at_commas(text: str, mention: Mention, named: set[str]) -> list[Mention]:
    """A span across a comma is a list or an apposition, so two names.

    "Aurungzebe, Emperor of the Moguls", "Gaverick, Upper Brook Street". A firm's name
    keeps its commas ("Carston, Waite & Co."), and a word and a comma opening a sentence
    ("True, Florence") are the name rules' care, unless the model names that word alone
    elsewhere (``named``): "Charles, Henrietta, and Captain Wentworth were" lists Charles.
    A body's head and "of" open a list of what it deals with ("Ministry of Arts, Culture,
    Tourism and Creative Economy").
    """
    if (
        ", " not in mention.text
        or _FIRM.search(mention.text)
        or (at_sentence_start(text, mention.start) and mention.text.split(", ", 1)[0] not in named)
        or _PORTFOLIOS.match(mention.text)
    ):
        return [mention]
    parts: list[Mention] = []
    position = mention.start
    for piece in mention.text.split(", "):
        if any(c.isupper() for c in piece):
            parts.append(Mention(position, position + len(piece), piece, mention.label))
        position += len(piece) + 2
    return parts


def _split_glued(text: str, mention: Mention) -> list[Mention]:
    glue = _GLUE.search(mention.text)
    if glue is None or mention.label not in ACTOR_LABELS or mention.label == "PERSON":
        return [mention]
    head = mention.text[: glue.start()]
    if glue.group(1) == "on" and head.split()[-1].casefold() in BODY_HEADS:
        return [mention]
    parts = [Mention(mention.start, mention.start + len(head), head, mention.label)]
    if glue.group(1) in ("in", "at"):
        start = mention.start + glue.start(2)
        parts.append(Mention(start, mention.end, glue.group(2), "GPE"))
    return parts


def _holder_after_body(text: str, mention: Mention) -> list[Mention]:
    """Cut a title holder's name off the body of the title: "Relations" + "Alia Salem".

    "Executive director of the Council on American - Islamic Relations Alia Salem said":
    after a title and "of", "for" or "at" in the same sentence, a body's name and the
    holder's two-word name are one span followed by "said". The last two words are the
    person's when neither heads a body ("the Council on Foreign Relations Board said").
    """
    words = mention.text.split(" ")
    if mention.label != "ORG" or len(words) < 4 or not _SAID.match(text, mention.end):
        return [mention]
    holder = words[-2:]
    if not all(_NAME_WORD.fullmatch(w) and w.casefold() not in BODY_HEADS for w in holder):
        return [mention]
    sentence = text[max(0, mention.start - _HOLDER_REACH) : mention.start]
    sentence = re.split(r"[.!?]\s", sentence)[-1]
    if not _HOLDER.search(sentence):
        return [mention]
    person = mention.end - len(" ".join(holder))
    body_end = person - 1
    return [
        Mention(mention.start, body_end, text[mention.start : body_end], mention.label),
        Mention(person, mention.end, text[person : mention.end], "PERSON"),
    ]


def _grow(text: str, mentions: list[Mention]) -> list[Mention]:
    # Leftward first: "Refugee Council Enver Solomon" gives "Enver" to the person after
    # it rather than to the body before it.
    covered = bytearray(len(text) + 1)
    for mention in mentions:
        covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    grown = [_grow_left(text, m, covered) if m.label in _GROWING else m for m in mentions]
    return [_grow_right(text, m, covered) if m.label in _GROWING else m for m in grown]


def _grow_left(text: str, mention: Mention, covered: bytearray) -> Mention:
    start = mention.start
    for _ in range(_MAX_GROWTH):
        pattern = _PREVIOUS_CAPITALS if mention.text.isupper() else _PREVIOUS_WORD
        before = pattern.search(text, max(0, start - 40), start)
        if before is None or covered[before.start()] or not _joinable(text, before.group(1), start):
            break
        if at_sentence_start(text, before.start()):
            # "Later Putin", "Successful Stormtroopers": capitalised only to open the sentence
            break
        covered[before.start() : start] = b"\x01" * (start - before.start())
        start = before.start()
    return (
        mention
        if start == mention.start
        else Mention(start, mention.end, text[start : mention.end], mention.label)
    )


def _grow_right(text: str, mention: Mention, covered: bytearray) -> Mention:
    end = mention.end
    for _ in range(_MAX_GROWTH):
        after = _NEXT_WORD.match(text, end)
        if (
            after is None
            or any(covered[end : after.end()])
            or not _joinable(text, after.group(1), after.end())
        ):
            break
        if " " in after.group(1) and mention.label not in ("ORG", "FAC"):
            break  # "of the ..." continues a body's name, not a person's
        covered[end : after.end()] = b"\x01" * (after.end() - end)
        end = after.end()
    if end > mention.end and _ABBREVIATED.search(text, mention.start, end + 1):
        end += 1  # "L.L.S.N." + " Co.": the abbreviation's dot is the name's
    return (
        mention
        if end == mention.end
        else Mention(mention.start, end, text[mention.start : end], mention.label)
    )


_PLACES = frozenset({"GPE", "LOC", "NORP"})
# "do Sul", "del Estero", "de la Plata": a particle and a capitalised word ending the name.
_PARTICLE_WORD = re.compile(r" (?:do|da|dos|das|del|de|de la|du|di) ([A-Z][\w’'-]+)\b(?! [A-Z])")
# How words for a people end: "Kenyan", "Chinese", "Kurdish", "Arabic", "Iraqi".
_PEOPLE_ENDINGS = ("an", "ese", "ish", "ic", "i")
_TITLE_PARTS = TITLES | TITLE_HEADS | {"vice", "in", "chief"}


def _joinable(text: str, words: str, end: int) -> bool:
    last = words.split()[-1]
    folded = last.casefold().rstrip(".")
    if folded in TITLES or folded in TITLE_HEADS or folded in _NOT_GROWN_OVER:
        return False
    if "-" in folded and all(p in _TITLE_PARTS for p in folded.split("-")):
        return False  # "Secretary-General Jens Stoltenberg", "Vice-President"
    if end < len(text) and text[end] in "-’':":
        return False  # "T-shirt", "Station Image: ...", "Explorer's"
    following = re.match(r" ([A-Z][a-z]+)", text[end : end + 30])
    if following and following.group(1).casefold() in TITLE_HEADS:
        return False  # "High" of "High Commissioner", "Home" of "Home Secretary"
    line = line_words(text, end)
    return sum(w[:1].islower() for w in line) > max(1, len(line) // 4)  # not a Title Case line
