"""Party names the model cuts or takes for a people or a person: "Liberal Democrats"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.text.mentions import Mention

# The adjectives parties put before "Democrat(s)" (Britain's Liberal Democrats, the
# Social, Christian and Free Democrats of Germany, Sweden or Denmark), and the British
# short form "Lib Dem(s)". "Democrats" alone also names a party's members, and "Social
# Democratic Party" is read whole by the model: neither is matched.
_PARTY = re.compile(
    r"(?<![\w’'-])(?:(?:Liberal|Social|Christian|Free) Democrats?|Lib ?Dems?)(?!\w)"
)
#: Grouping keys of a party's singular and short forms: "Lib Dem" and "Liberal Democrat"
#: are the "Liberal Democrats".
PARTY_KEYS: dict[str, str] = {
    "lib dem": "liberal democrats",
    "lib dems": "liberal democrats",
    "libdem": "liberal democrats",
    "libdems": "liberal democrats",
    "liberal democrat": "liberal democrats",
    "social democrat": "social democrats",
    "christian democrat": "christian democrats",
    "free democrat": "free democrats",
}
# A party's or its member's word that news writes before a candidate's name ("Conservative
# Helen Hurford", "Republican John McCain"); the party itself ("Labour", "Green") is a body.
_MEMBER_WORDS = r"Conservative|Tory|Republican|Democrat|Liberal|Socialist|Communist"
_MEMBER_BEFORE = re.compile(rf"(?:{_MEMBER_WORDS}|Labour|Green|Independent) (?=[A-Z][a-z])")
_MEMBER = re.compile(rf"(?:{_MEMBER_WORDS})\Z")
# What may follow the party inside a glued span: "Lib Dem Richard Foord", "Lib Dem-Labour".
_GLUE = re.compile(r"[ -]+(?=[A-Z])")


def party_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with each party named as above one body (ORG), whatever its parts were.

    The small model reads "the Liberal Democrats" as the people "Democrats" (NORP),
    splits "the Liberal Democrat leader" into a body "Liberal" and a people "Democrat",
    and takes "Lib Dems" for a person. The party is one body. A name glued after it keeps
    its own mention ("Lib Dem Richard Foord won" is Richard Foord); a longer body's name
    that holds the party stays whole ("Young Liberal Democrats").
    """
    parties = [(m.start(), m.end()) for m in _PARTY.finditer(text)]
    if not parties:
        return list(mentions)
    out: list[Mention] = []
    held: set[tuple[int, int]] = set()
    for mention in mentions:
        party = next((p for p in parties if p[0] < mention.end and mention.start < p[1]), None)
        if party is None:
            out.append(mention)
        elif mention.label == "ORG" and mention.start < party[0] and party[1] <= mention.end:
            out.append(mention)
            held.add(party)
        elif mention.start == party[0] and mention.end > party[1]:
            glue = _GLUE.match(text, party[1], mention.end)
            if glue is not None:
                out.append(
                    Mention(glue.end(), mention.end, text[glue.end() : mention.end], mention.label)
                )
    out += [Mention(s, e, text[s:e], "ORG") for s, e in parties if (s, e) not in held]
    return sorted(out)


def party_members(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a party's word cut off the person's name it opens.

    "Lib Dem Richard Foord won against Conservative Helen Hurford": the model reads the
    party's adjective as the candidate's first name. A full name of two words or more
    follows it, so it is cut off; the member's word alone ("Conservative MP Neil Parish")
    is a people's word (NORP), no person.
    """
    out: list[Mention] = []
    for mention in mentions:
        party = _MEMBER_BEFORE.match(mention.text)
        if mention.label != "PERSON" or mention.inferred:
            out.append(mention)
        elif party is not None and len(mention.text[party.end() :].split()) >= 2:
            start = mention.start + party.end()
            out.append(Mention(start, mention.end, mention.text[party.end() :], "PERSON"))
        elif _MEMBER.match(mention.text):
            out.append(Mention(mention.start, mention.end, mention.text, "NORP"))
        else:
            out.append(mention)
    return out
