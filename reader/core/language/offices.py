"""Offices held "of" or "for" something ("the Minister of State for Foreign Affairs"): no names.

An office names whoever holds it, as "the President" does: a description, not a proper
name, even in capitals. The model reads "the Humanitarian Coordinator for Nigeria" and
"Chair of Cardiovascular Sciences" as bodies; what comes after the office's "of" or "for"
is a name only when it names a country, a state or a body by its head word ("the
Governor of the Bank of Canada" names the bank). A peer's or a prince's "of" is part of
his name ("the Prince of Wales", "the Duke of Wellington"), so only offices count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.language.places import is_country_name, is_subdivision_name
from reader.core.language.titles import BODY_HEADS, PORTFOLIOS, TITLE_HEADS, TITLES
from reader.core.text.mentions import Mention

#: The words an office's name ends in, folded: titles, their heads and the posts news
#: capitalises ("Leader of the Opposition", "Coordinator for Nigeria").
OFFICE_HEADS = frozenset(
    {"leader", "coordinator", "head", "chair", "chairperson", "manager", "adviser"}
    | (TITLE_HEADS | TITLES)
) - {"lord", "lady", "king", "queen", "prince", "princess", "saint", "st", "father"}
#: The words of an office: its heads and its portfolios ("Special Adviser").
OFFICE_WORDS = OFFICE_HEADS | PORTFOLIOS | {"affairs"}
_JOINTS = ("of", "for")
# "the National Coordinator for Security and Counterterrorism (NCTV)": a body with a short
# form of its own.
_SHORT_FORM_AFTER = re.compile(r" \([A-Z]{2,}\)")


def drop_offices(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with offices dropped, or cut to the place or body they serve.

    An office the text gives a short form in brackets is a body's name ("the National
    Coordinator for Security and Counterterrorism (NCTV)"), unless it ends in a body's
    name, which the bracket names ("Head of ... of the National Disaster Management Agency
    (BNPB)").
    """
    out: list[Mention] = []
    for mention in mentions:
        served: str | None = ""
        if mention.label != "PERSON" and not mention.inferred:
            served = _served(mention)
            if _SHORT_FORM_AFTER.match(text, mention.end) and not _a_body(served):
                served = ""  # "(NCTV)": the office is the body
        if served is None:
            continue
        if served:
            start = mention.end - len(served)
            label = "GPE" if _a_land(served) else "ORG" if _a_body(served) else mention.label
            out.append(Mention(start, mention.end, served, label))
        else:
            out.append(mention)
    return out


def _served(mention: Mention) -> str | None:
    """What an office serves ("Bank of Canada", "Nigeria"), ``None`` for nothing, or ""."""
    words = mention.text.split()
    joint = next((i for i, word in enumerate(words) if word in _JOINTS), 0)
    office = words[:joint]
    if not office or office[-1].casefold() not in OFFICE_HEADS:
        return ""
    if office[0] in ("the", "The"):
        office = office[1:]
    if not office or not all(word[:1].isupper() for word in office):
        return ""
    rest = words[joint + 1 :]
    if rest[:1] == ["the"]:
        rest = rest[1:]
    served = " ".join(rest)
    last = max((i for i, word in enumerate(rest) if word in _JOINTS), default=-1)
    if last >= 0 and _a_body(served) and _a_body(" ".join(rest[last + 1 :])):
        # "Head of Information Data Center and Public Relations of the National Disaster
        # Management Agency": the office serves the last body, which ends the span.
        served = " ".join(
            rest[last + 2 :] if rest[last + 1 : last + 2] == ["the"] else rest[last + 1 :]
        )
    if rest and (_a_land(served) or any(w.casefold() in BODY_HEADS for w in rest)):
        return served if mention.text.endswith(served) else ""
    return None


def _a_body(name: str | None) -> bool:
    # A name that ends in a body's head word: "National Disaster Management Agency".
    return name is not None and name != "" and name.split()[-1].casefold() in BODY_HEADS


def _a_land(name: str) -> bool:
    return is_country_name(name) or is_subdivision_name(name)
