"""A news dateline names the town a story is filed from: "CHRISTCHURCH, New Zealand (AP) --".

The model reads the town before an agency's bracket as a body ("Colombo" in "March 03,
Colombo (LNW):") or a person ("Margao (Goa):"). A reader of news knows the form: at the
start of a paragraph, after an optional date, one or two names (a town, then its country
or state), then a bracket that opens with a capital (the agency, or the state) and a
colon or a dash, or, with no bracket, names in capitals and a dash ("WASHINGTON --"). The
names there are places (GPE), and so is every other mention of the same spelling. A
speaker's line in a play ("Hamlet (aside):", "Ophelia (Weeping) --", "Oliver:") has no such
bracket (an English word is a stage direction, no agency) nor capitals.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.language.lexicon import Lexicon, english_lexicon
from reader.core.language.places import is_country_name
from reader.core.language.spans import lowercase_words
from reader.core.text.mentions import ALL_LABELS, Mention, relabelled
from reader.core.text.scanning import finditer_sliced

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]+\d{{4}})?)"
_NAME = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
_DASH = r"(?:--|—|–|-)"
# "March 03, Colombo (LNW):", "CHRISTCHURCH, New Zealand (AP) --", "Navi Mumbai, Feb 24 (IANS)"
_BRACKETED = re.compile(
    rf"^[ \t]*(?:{_DATE},?[ \t]+)?(?P<places>{_NAME}(?:,[ \t]+{_NAME})?)(?:,[ \t]+{_DATE})?"
    rf"[ \t]*\((?P<agency>[A-Z][^()\n]{{0,30}})\)[ \t]*(?::|{_DASH})",
    re.MULTILINE,
)
# "WASHINGTON --", "KABUL, Afghanistan —": names in capitals and a dash.
_SHOUTED = re.compile(
    rf"^[ \t]*(?P<places>[A-Z][A-Z.'’ -]{{2,40}}?(?:,[ \t]+{_NAME})?)[ \t]+{_DASH}[ \t]",
    re.MULTILINE,
)
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_FULL_NAME = r"[A-Z][a-z'’-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z'’-]+)){1,2}"
_BYLINE_NAME = re.compile(_FULL_NAME)
# "By Lewis Jackson and Alasdair Pal": a line of its own.
_BYLINE = re.compile(
    rf"^[ \t]*By[ \t]+(?P<names>{_FULL_NAME}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+){_FULL_NAME})*)"
    rf"[ \t]*$",
    re.MULTILINE,
)
# The agency of a dateline in capitals: "TOKYO (AFP) -", "Bengaluru, Aug 7 (IANS) Responding"
# (Indian wires put no dash after the bracket).
_AGENCY = re.compile(
    rf"^[ \t]*(?:{_DATE},?[ \t]+)?{_NAME}(?:,[ \t]+{_NAME})?(?:,[ \t]+{_DATE})?"
    rf"[ \t]*\((?P<agency>[A-Z]{{2,5}})\)(?=[ \t]*(?::|{_DASH}|[A-Z]))",
    re.MULTILINE,
)


def dateline_places(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the names of a dateline, wherever they recur, labelled GPE."""
    spans = dateline_spans(text)
    if not spans:
        return list(mentions)
    places = {
        m.text.casefold()
        for m in mentions
        if not m.inferred and any(s <= m.start and m.end <= e for s, e in spans)
    }
    return relabelled(mentions, places, frozenset(ALL_LABELS) - _PLACE_LABELS, "GPE")


def dateline_cuts(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a name glued over a dateline's dash cut in two at the dash.

    Written with a plain hyphen, "TORONTO - Imperial Oil Ltd.'s chief" reads to the model as
    one name: the dateline's town is a place (GPE), and what follows the dash keeps its own
    mention when it is a name of more than one word or a word the text never writes in lower
    case ("BERLIN - Germany's parties"; not "NAIROBI - Police have" beside "the police").
    """
    shouted = [m for m in finditer_sliced(_SHOUTED, text) if "-" in m.group()]
    if not shouted:
        return list(mentions)
    lower = lowercase_words(text)
    out: list[Mention] = []
    for mention in mentions:
        line = next((m for m in shouted if m.start("places") == mention.start), None)
        if line is None or mention.end <= line.end():
            out.append(mention)
            continue
        start, end = line.span("places")
        out.append(Mention(start, end, text[start:end], "GPE"))
        rest = text[line.end() : mention.end]
        if " " in rest or rest.casefold() not in lower:
            label = "GPE" if is_country_name(rest) else mention.label
            out.append(Mention(line.end(), mention.end, rest, label))
    return out


def byline_people(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The writers of a byline ("By Lewis Jackson and Alasdair Pal") that no mention covers.

    A line of its own that is "By" and full names joined by commas or "and" names people;
    the model, reading a line in Title Case, often passes over the second.
    """
    found: list[Mention] = []
    covered: bytearray | None = None
    for line in finditer_sliced(_BYLINE, text):
        if covered is None:  # built once, and only for a text with a byline
            covered = _covered(text, mentions)
        for name in _BYLINE_NAME.finditer(text, line.start("names"), line.end("names")):
            start, end = name.span()
            if not any(covered[start:end]):
                found.append(Mention(start, end, name.group(), "PERSON"))
    return found


def dateline_agencies(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The agencies in capitals of the datelines ("AFP", "IANS") that no mention covers.

    A wire's short name in the dateline's bracket is a body (ORG); the model reads the
    known ones ("(AP)", "(Reuters)") and passes over the rest.
    """
    found: list[Mention] = []
    covered: bytearray | None = None
    for match in finditer_sliced(_AGENCY, text):
        if covered is None:  # built once, and only for a text with a dateline
            covered = _covered(text, mentions)
        start, end = match.span("agency")
        if not any(covered[start:end]):
            found.append(Mention(start, end, match.group("agency"), "ORG"))
    return found


def _stage_direction(bracket: str, lexicon: Lexicon) -> bool:
    """Whether a verb, an adjective or an adverb opens the bracket ("Weeping", "Aside")."""
    first = bracket.split()[0].strip(".,;:").casefold()
    return bool(lexicon.readings(first) & {"verb", "adj", "adv"})


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Where the names of each dateline are: "CHRISTCHURCH, New Zealand" of "... (AP) --".

    The bracket after them names the agency, no short form of theirs
    (:func:`reader.core.language.acronyms.defined_pairs`).
    """
    lexicon = english_lexicon()
    spans = [
        m.span("places")
        for m in finditer_sliced(_BRACKETED, text)
        if not _stage_direction(m.group("agency"), lexicon)
    ]
    return spans + [m.span("places") for m in finditer_sliced(_SHOUTED, text)]


def _covered(text: str, mentions: Sequence[Mention]) -> bytearray:
    """One byte per character of ``text``: 1 where a mention covers it."""
    covered = bytearray(len(text) + 1)
    for mention in mentions:
        covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    return covered
