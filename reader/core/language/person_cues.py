"""What a sentence says only of a person: kin, pity, orders and a life ("the daughter of Agnes").

The cues :mod:`reader.core.language.kind_evidence` weighs beside speech, smiles and titles.
Each is said of people and not of towns or companies: one is "the daughter of" somebody,
says "poor Florence" or "dear Giotto" of somebody, tells somebody to do a thing ("tell
Newton to bring her shawls"), and somebody "and her daughters" arrive, "was born", "lives"
or "died"; what somebody's "father" or "parents" did is a person's too. A verb of the
mind or the voice counts after one adverb as well ("Nippers once observed", "the Lascar
stoutly swore"), and so does a restrictive "who" ("the Lascar who runs it").
"""

from __future__ import annotations

import re

from reader.core.text.mentions import Mention

# "the two daughters of Agnes": kin and household are somebody's.
_KIN_OF = re.compile(
    r"\b(?:daughters?|sons?|wife|husband|widow|mother|father|brothers?|sisters?|children"
    r"|nephew|niece|cousin|uncle|aunt|servants?|maid|friends?)\s+of\s+\Z"
)
# "poor Florence", "dear Giotto": pity and fondness are for people.
_PITIED = re.compile(r"(?<![\w’'])(?:poor|dear)\s+\Z")
# "tell Newton to bring": orders are given to people.
_TOLD = re.compile(r"\b(?:tell|told|bid|bade)\s+\Z")
_TO_DO = re.compile(r" to [a-z]")
# "Agnes and her daughters", "Harvey still lives", "Paris was born in Switzerland".
_AND_HERS = re.compile(r" and (?:her|his) ")
_LIFE = re.compile(
    r"(?:’s|'s)? (?:(?:still|once|then|had|has) )?(?:lives|lived|died|dies|was born|is dead)\b"
)
# "Paris's father": kin only a person has.
_KIN_OWNED = re.compile(r"(?:’s|'s) (?:father|mother|parents|brother|sister|children|family)\b")
# "Nippers once observed", "the Lascar stoutly swore": a verb of the mind or the voice
# after one adverb.
_ADVERB_VERB = re.compile(
    r" (?:[a-z]+ly|once|then|now|also|still|never|only|again|often) (?:observed|swore"
    r"|declared|confessed|promised|begged|entreated|wondered|knew|believed|remembered"
    r"|said|replied|answered|smiled|laughed|nodded|cried|whispered|wept)\b"
)
_WHO = re.compile(r" who (?!is |was |are |were )[a-z]+")
_BEFORE = 24
_AFTER = 40


def kin_and_life_cues(text: str, mention: Mention) -> int:
    """How many of this module's person cues one mention has (0 to 3)."""
    before = text[max(0, mention.start - _BEFORE) : mention.start]
    end = mention.end
    cues = int(bool(_KIN_OF.search(before) or _PITIED.search(before)))
    cues += bool(_TOLD.search(before) and _TO_DO.match(text, end, end + _AFTER))
    cues += bool(
        _AND_HERS.match(text, end, end + _AFTER)
        or _LIFE.match(text, end, end + _AFTER)
        or _KIN_OWNED.match(text, end, end + _AFTER)
        or _ADVERB_VERB.match(text, end, end + _AFTER)
        or _WHO.match(text, end, end + _AFTER)
    )
    return cues
