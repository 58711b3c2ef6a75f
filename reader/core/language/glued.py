"""A thing's name glued before a person's ("At Tarútino Kutúzov received") is two names.

A book's run-on sentences put a place, a body or a doctrine right before a person's name
("Of the three precepts of Freemasonry Pierre realized", "As at Tilsit Rostóv"), and the
model reads the two as one person (or body). The span is cut in two when the text
settles it: its first word is named on its own as something other than a person (most
of its lone mentions are a place, a body or a thing, at least twice as many as the
glued span, and one in three of them come after "in", "at", "to", "of", "the" and the
like: "to Tilsit"), and the rest is named on its own as a person, or is a full name
whose first name is ("above the Limberlost Margaret Sinton was busy" beside "Margaret").
A word the model calls a person alone counts as a place when the text puts it after such
a word two times in three ("to Tarútino", "the battle of Tarútino"). "Nicholas Rostóv" stays whole:
"Nicholas" is a person; so does "Florence Linden" where the model calls "Florence" alone
a body, since the text says "and Florence", "but Florence", seldom "to Florence"; so do
"Prince Andrew" and "St. Clair", whose first word is a title. A place glued after a
person's name ("given the Emperor Alexander Moldavia and Wallachia") is cut off the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.core.language.place_evidence import after_place_word
from reader.core.language.titles import is_title_word
from reader.core.text.mentions import ACTOR_LABELS, Mention

_WORD = re.compile(r"\S+")
# The glued span is used at most half as often as its first word alone.
_GLUE_RATIO = 2
_PLACES = frozenset({"GPE", "LOC"})
# A first name is used alone at least this many times as often as a span glued before it.
_FIRST_NAME_RATIO = 5


def split_glued_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each thing-then-person span split into its two names."""
    alone: dict[str, Counter[str]] = {}
    placed: Counter[str] = Counter()
    spans: Counter[str] = Counter()
    persons: set[str] = set()
    opening: dict[str, set[str]] = {}  # the untitled full names of people a word opens
    for mention in mentions:
        if mention.label not in ACTOR_LABELS or mention.inferred:
            continue
        name = " ".join(mention.text.split())
        if " " not in name:
            alone.setdefault(name, Counter())[mention.label] += 1
            placed[name] += after_place_word(text, mention.start)
        else:
            spans[name] += 1
        if mention.label == "PERSON":
            persons.add(name)
            words = name.split()
            # "Mohamed El-Hassan Mohamed" says nothing of which name "Mohamed" is
            if len(words) > 1 and not is_title_word(words[0]) and words[0] != words[-1]:
                opening.setdefault(words[0], set()).add(name)
    out: list[Mention] = []
    for mention in mentions:
        cut = _before_first_name(mention, alone, spans, opening)
        out.extend(cut if cut is not None else _split(mention, alone, placed, spans, persons))
    return out


def _before_first_name(
    mention: Mention,
    alone: dict[str, Counter[str]],
    spans: Counter[str],
    opening: dict[str, set[str]],
) -> list[Mention] | None:
    """Cut "Ponds Pierre", "Malvíntseva Nicholas", "Meeting Hélène" before the first name.

    The last word must be a person's name the text uses alone at least five times as
    often as the glued span, and a first name: it opens a full name the text uses
    ("Pierre Bezúkhov"; not "Mohamed El-Hassan Mohamed", which ends with it too). The
    first word must open no other full name: in "Nicholas
    Rostóv" it is the first name. What comes before the first name stays a name only
    where the text names it alone ("Malvíntseva"). Spans with a title are left to the
    title rules ("Prince Andrew", "Uncle Pierre").
    """
    words = mention.text.split()
    if mention.label not in ACTOR_LABELS or mention.inferred or len(words) < 2:
        return None
    if any(is_title_word(word) for word in words):
        return None  # "Prince Andrew", "Count Pierre": the title rules' business
    first_name, before = words[-1], " ".join(words[:-1])
    labels = alone.get(first_name, Counter())
    glued = spans[" ".join(words)]
    if (
        labels["PERSON"] < _FIRST_NAME_RATIO * glued
        or labels.most_common(1)[0][0] != "PERSON"
        or not opening.get(first_name)
        or opening.get(words[0], set()) - {" ".join(words)}
    ):
        return None
    start = mention.end - len(first_name)
    parts = [Mention(start, mention.end, first_name, "PERSON")]
    if before in alone and mention.text.startswith(before):
        label = alone[before].most_common(1)[0][0]
        parts.insert(0, Mention(mention.start, mention.start + len(before), before, label))
    return parts


def _split(
    mention: Mention,
    alone: dict[str, Counter[str]],
    placed: Counter[str],
    spans: Counter[str],
    persons: set[str],
) -> list[Mention]:
    if mention.label not in ACTOR_LABELS or mention.inferred or mention.text.isalpha():
        return [mention]
    words = list(_WORD.finditer(mention.text))
    if len(words) < 2:
        return [mention]
    after = _place_after(mention, words, alone, placed, spans, persons)
    if after is not None or is_title_word(words[0].group()):
        return after or [mention]
    first = words[0].group()
    labels = alone.get(first)
    rest = " ".join(w.group() for w in words[1:])
    if labels is None or not (rest in persons or _opens_with_person(words, alone)):
        return [mention]
    label = labels.most_common(1)[0][0]
    glued = spans[" ".join(mention.text.split())]
    lone = sum(labels.values())
    # A full name the text never writes apart is rarer glued than a name it does: as
    # many lone uses as glued ones will do ("the Limberlost" once more).
    if lone < (_GLUE_RATIO if rest in persons else 1) * glued:
        return [mention]
    if label == "PERSON":
        # A town the model calls a person: the text puts it after "to", "at", "of the"
        # two times in three, as it never does a person's first name.
        if 3 * placed[first] < 2 * lone:
            return [mention]
        label = next((other for other, _ in labels.most_common() if other != "PERSON"), "GPE")
    elif 3 * placed[first] < lone:
        return [mention]
    thing_end = mention.start + words[0].end()
    person_start = mention.start + words[1].start()
    return [
        Mention(mention.start, thing_end, first, label),
        Mention(person_start, mention.end, mention.text[words[1].start() :], "PERSON"),
    ]


def _opens_with_person(words: list[re.Match[str]], alone: dict[str, Counter[str]]) -> bool:
    """Whether the rest is a full name whose first word the text names alone as a person.

    "above the Limberlost Margaret Sinton was busy": "Margaret Sinton" is written only
    there, but "Margaret" alone is a person's.
    """
    if len(words) < 3:
        return False
    labels = alone.get(words[1].group())
    return labels is not None and labels.most_common(1)[0][0] == "PERSON"


def _place_after(
    mention: Mention,
    words: list[re.Match[str]],
    alone: dict[str, Counter[str]],
    placed: Counter[str],
    spans: Counter[str],
    persons: set[str],
) -> list[Mention] | None:
    """Split "the Emperor Alexander Moldavia and Wallachia" into a person and a place.

    The last word must be named alone mostly as a place, at least twice as often as the
    glued span, one time in three after "in", "to", "of" and the like; and the rest must
    be a name the model gives a person elsewhere.
    """
    last = words[-1].group()
    labels = alone.get(last)
    rest = mention.text[: words[-2].end()]
    if mention.label != "PERSON" or labels is None or rest not in persons:
        return None
    label = labels.most_common(1)[0][0]
    lone = sum(labels.values())
    glued = spans[" ".join(mention.text.split())]
    if label not in _PLACES or lone < _GLUE_RATIO * glued or 3 * placed[last] < lone:
        return None
    place_start = mention.start + words[-1].start()
    return [
        Mention(mention.start, mention.start + words[-2].end(), rest, "PERSON"),
        Mention(place_start, mention.end, last, label),
    ]
