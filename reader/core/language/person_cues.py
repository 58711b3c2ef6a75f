"""What a sentence says only of a person: kin, pity, orders and a life ("poor Giotto").

The cues :mod:`reader.core.language.kind_evidence` weighs beside speech, smiles and titles.
Each is said of people and not of towns or companies: one is "the daughter of" somebody or
"my boy, Harvey", says "poor Florence" of somebody ("dear" is said of towns too: "Thy dear
Jerusalem"), tells somebody to do a thing ("tell Newton to bring her shawls"), and somebody
"and her daughters" arrive, "was born", "lives" or "died", does a thing to "himself" or
"herself" a few words on, or is the name "his name was" or "a man named" gives; what
somebody's "father" or "parents" did is a person's too. A verb of the mind or the voice
counts after one adverb ("Nippers once observed", "the Lascar stoutly swore"), and so does
a restrictive "who" ("the Lascar who runs it"), unless the name is "in" or "at" somewhere
("farmers in Raveloe who").
A full name that ends in the name of somebody a courtesy title names ("Neville St. Clair"
beside "Mr. St. Clair") is that person (a ruler's number and a title are
:mod:`reader.core.language.titled_names`'). A calling in lower case right
before a name ("goalkeeper Lara", "rescue worker Manuel Guzman", "the teacher Fatima
Navarro") is a person's as surely as "Mrs.": no town or company keeps goal or teaches. The
callings are those only people follow; words firms share ("manager", "producer",
"analyst", "owner", "partner") are left out: "asset manager Vanguard" is a company.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.core.language.head_words import BUILDING_HEADS, LAND_HEADS
from reader.core.language.titles import (
    BODY_HEADS,
    MILITARY_RANKS,
    NAME_RANKS,
    is_title_word,
    title_class,
)
from reader.core.text.mentions import Mention

# "the two daughters of Agnes": kin and household are somebody's, and so are a murder and a
# funeral ("the murder of Philip Wise"); not a "death", which a product dies too ("the death
# of Internet Explorer 6"), nor "the fall of Rome".
_KIN_OF = re.compile(
    r"\b(?:daughters?|sons?|wife|husband|widow|mother|father|brothers?|sisters?|children"
    r"|nephew|niece|cousin|uncle|aunt|servants?|maid|friends?"
    r"|murder|killing|funeral|assassination)\s+of\s+\Z"
)
# "the loss of my boy, Harvey": a kin word set off before a name.
_KIN_NAMED = re.compile(
    r"\b(?:my|his|her|our|your|their) (?:boy|girl|son|daughter|wife|husband|brother|sister"
    r"|father|mother|uncle|aunt|cousin|friend|servant|maid|master|mistress), \Z"
)
# "poor Florence", "poor Giotto": pity is for people.
_PITIED = re.compile(r"(?<![\w’'])poor\s+\Z")
# "This man, whose name was Beaufort", "a fellow named Toller": a name a person bears.
_NAME_BORNE = re.compile(
    r"\b(?:(?:his|her|whose) name (?:was|is)|(?:man|woman|boy|girl|fellow|gentleman|lady"
    r"|merchant|servant) (?:named|called))\s+\Z",
    re.IGNORECASE,
)
# "Beaufort had taken effectual measures to conceal himself": only somebody does a thing
# to himself or herself (a town "finds itself"), within a few words of one clause.
_TO_HIMSELF = re.compile(r"(?: [a-z]+){1,6} (?:himself|herself)\b")
# "tell Newton to bring": orders are given to people.
_TOLD = re.compile(r"\b(?:tell|told|bid|bade)\s+\Z")
_TO_DO = re.compile(r" to [a-z]")
# "Agnes and her daughters", "Harvey still lives", "Paris was born in Switzerland".
_AND_HERS = re.compile(r" and (?:her|his) ")
_LIFE = re.compile(
    r"(?:’s|'s)? (?:(?:still|once|then|had|has) )?(?:lives|lived|died|dies|was born|is dead)\b"
)
# "Lula, 77, of the Workers' Party", "Tanis, 37, was held": an age set off after a name.
_AGED = re.compile(r", (?:aged )?\d{1,2}, (?=[a-z])")
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
# "several farmers in Raveloe who could farm": a "who" after "in X" is said of the farmers.
_INSIDE_BEFORE = re.compile(r"\b(?:in|at|near|into|from|throughout)\s+\Z", re.IGNORECASE)
_BEFORE = 24
# Callings only people follow: "goalkeeper Lara", "rescue worker Manuel Guzman".
_CALLINGS = (
    r"(?:goalkeeper|keeper|goalie|defender|midfielder|striker|winger"
    r"|footballer|cricketer|batsman|bowler|athlete|sprinter|boxer|wrestler|golfer|cyclist"
    r"|swimmer|referee|umpire|teammate|teacher|student|pupil|worker|nurse|doctor|surgeon|physician"
    r"|lawyer|attorney|barrister|solicitor|prosecutor|actor|actress|singer|songwriter"
    r"|rapper|musician|guitarist|comedian|writer|novelist|poet|author|journalist|reporter"
    r"|photographer|artist|painter|sculptor|businessman|businesswoman|billionaire"
    r"|millionaire|entrepreneur|economist|scientist|historian|philosopher|activist"
    r"|campaigner|politician|lawmaker|legislator|diplomat|soldier|policeman|policewoman"
    r"|constable|detective|firefighter|pilot|astronaut|priest|pastor|imam|rabbi|monk|nun"
    r"|cleric|spokesman|spokeswoman|spokesperson|survivor|eyewitness|witness|resident"
    r"|farmer|fisherman|shopkeeper|housewife|widow|widower|teenager|schoolboy|schoolgirl"
    r"|administrator|officer|inspector|superintendent|commissioner|editor|editor-in-chief"
    r"|co-author|professor|lecturer|postdoc|researcher|physicist|chemist|biologist"
    r"|astronomer|mathematician|psychologist|geologist|seismologist|archaeologist"
    r"|engineer|architect|inventor|designer|chef|reformer|founder|co-founder|coach|captain"
    r"|vice-captain|skipper|paceman|batter|spinner|all-rounder|wicketkeeper|quarterback"
    r"|pitcher|jockey|trainer|forward|boss|advocate"
    # A household's and a village's trades, which novels name people by: "Leah the housemaid".
    r"|housemaid|maid|cook|butler|footman|coachman|groom|gardener|porter|governess"
    r"|housekeeper|steward|valet|servant|shepherd|miller|blacksmith|carpenter|innkeeper"
    r"|landlord|landlady|boatman|sailor|merchant|clerk|scrivener|clergyman|curate|vicar"
    r"|rector|parson|schoolmaster|schoolmistress|hunter|trapper|peasant|beggar|pedlar|peddler)"
)
_CALLING = re.compile(rf"(?<![\w’'])(?<!\w-){_CALLINGS}\s+\Z")
_A_CALLING = re.compile(_CALLINGS)
# "Daisy de Beltran, an administrator at", "Egloff, a 19th-century school reformer": a calling
# set off after the name, or a person's noun ("a 23-year-old woman", "a native of").
_OBJECT_OF = re.compile(
    r"\b(?:the|of|in|at|to|from|over|near|on|by|into|across|with|under)\s+\Z", re.IGNORECASE
)
# Not a new clause's subject: "to Paris, the doctor said" says nothing of Paris.
_CALLED_AFTER = re.compile(
    # "Ilya Sutskever, OpenAI's chief scientist": a body's possessive stands for the article
    rf",\s+(?:a|an|the|[A-Z][\w’'.&-]*(?:’s|'s))\s+(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?:{_CALLINGS}|man|woman|boy|girl|native)\b"
    r"(?!\s+(?:said|says|told|asked|replied|answered|cried|added|went|came|was|were|is|had"
    r"|has|would|will|could|did|[a-z]+ed)\b)"
)
_COURTESY_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.? \Z|\bMiss \Z")
# First words of places named after people: "Fort Washington", "Lake Champlain".
_NOT_GIVEN = (
    BUILDING_HEADS
    | LAND_HEADS
    | BODY_HEADS
    | {"fort", "port", "mount", "mt", "lake", "cape", "new", "north", "south", "east", "west",
       "upper", "lower", "great", "little", "old", "st", "saint", "san", "santa", "the"}
)  # fmt: skip
_AFTER = 40
_SAINTS = frozenset({"st", "saint", "ste"})


def kin_and_life_cues(text: str, mention: Mention) -> int:
    """How many of this module's person cues one mention has (0 to 3)."""
    before = text[max(0, mention.start - _BEFORE) : mention.start]
    end = mention.end
    cues = int(
        bool(
            _KIN_OF.search(before)
            or _PITIED.search(before)
            or _KIN_NAMED.search(before)
            or _NAME_BORNE.search(before)
        )
    )
    cues += bool(_TOLD.search(before) and _TO_DO.match(text, end, end + _AFTER))
    cues += bool(
        _AND_HERS.match(text, end, end + _AFTER)
        or _LIFE.match(text, end, end + _AFTER)
        or _KIN_OWNED.match(text, end, end + _AFTER)
        or _AGED.match(text, end, end + _AFTER)
        or _ADVERB_VERB.match(text, end, end + _AFTER)
        or _TO_HIMSELF.match(text, end, end + 2 * _AFTER)
        or (_WHO.match(text, end, end + _AFTER) and not _INSIDE_BEFORE.search(before))
    )
    return cues


def is_calling(word: str) -> bool:
    """Whether lower-case ``word`` is a calling only people follow ("goalkeeper", "nurse")."""
    return _A_CALLING.fullmatch(word) is not None


def called_by_calling(text: str, mention: Mention) -> bool:
    """Whether a person's calling in lower case stands right before the mention or after it.

    After it only when the mention is no object of "the" or a preposition: in "the waters
    of the Enns, an officer, in a cloak" and "Bradstreet, of Scotland Yard, a plain-clothes
    man" the calling is the next item of a list.
    """
    before = text[max(0, mention.start - _BEFORE) : mention.start]
    return bool(
        _CALLING.search(before)
        or (
            not _OBJECT_OF.search(before)
            and _CALLED_AFTER.match(text, mention.end, mention.end + 60)
        )
    )


def surnames_of_the_titled(text: str, mentions: Sequence[Mention]) -> set[str]:
    """Spellings of full names that end in the name of somebody a title names.

    "Neville St. Clair" beside "Mr. St. Clair" is that man, whatever the model called
    the full name; "Fort Washington" beside "Mr. Washington" is no one (its first word
    is a place's), nor is a name whose first word is lower case or a title.
    """
    titled: set[str] = set()
    for mention in mentions:
        if mention.inferred or mention.label != "PERSON":
            continue
        words = mention.text.split()
        if len(words) > 1 and title_class(words[0]):
            titled.add(" ".join(words[1:]).casefold())
        elif _COURTESY_BEFORE.search(text, max(0, mention.start - 6), mention.start):
            titled.add(" ".join(words).casefold())
    if not titled:
        return set()
    found: set[str] = set()
    for mention in mentions:
        words = mention.text.split()
        if mention.inferred or mention.label == "PERSON" or len(words) < 2:
            continue
        first = words[0].casefold().rstrip(".")
        if (
            all(word[:1].isupper() for word in words)  # "Cross of St. George": no man
            and first not in _NOT_GIVEN
            and not title_class(first)
            and any(" ".join(words[i:]).casefold() in titled for i in range(1, len(words)))
        ):
            found.add(mention.text.casefold())
    return found


def ranked_people(mentions: Sequence[Mention], people: set[str]) -> set[str]:
    """Spellings made of a rank or title and a person's name: "Major Denísov" beside "Denísov".

    The rest must be a spelling the text gives a person on its own (``people``, or the
    model's label on most of its mentions; "Major League" is no one), and its last word
    must head no body or place.
    """
    kinds: dict[str, Counter[bool]] = {}
    for mention in mentions:
        kinds.setdefault(mention.text.casefold(), Counter())[mention.label == "PERSON"] += 1
    persons = people | {name for name, kind in kinds.items() if kind[True] > kind[False]}
    found: set[str] = set()
    for mention in mentions:
        words = mention.text.split()
        first = words[0].casefold().rstrip(".")
        if (
            len(words) > 1
            and not mention.inferred
            and (first in NAME_RANKS or first in MILITARY_RANKS or is_title_word(words[0]))
            and first not in _SAINTS  # "St. George" is a church as often as a man
            and words[1][:1].isupper()  # "Monsieur de Beausset" is keyed with its "de"
            and " ".join(words[1:]).casefold() in persons
            and words[-1].casefold() not in _NOT_GIVEN
        ):
            found.add(mention.text.casefold())
    return found


# "Leah the housemaid", "Sophie the French nurse": one of the callings after the name (no
# "man" or "boy": "we reached Moscow, the man said"). No comma: "moved the prince to
# Boguchárovo, the doctor accompanying him" is no apposition.
_THE_ROLE = re.compile(rf" the (?:[A-Za-z-]+ )?{_CALLINGS}\b")
# Unlike the "who" test above, "to" counts here: "to Makárin who gazed" is a person, but
# "moved the prince to Boguchárovo, the doctor" says nothing of the town.
_TO_OR_IN = re.compile(r"\b(?:to|in|at|from|near|into)\s+\Z", re.IGNORECASE)


def named_by_role(text: str, mentions: Sequence[Mention]) -> set[str]:
    """Spellings the text once follows with "the" and a person's role ("Leah the housemaid").

    The model reads a servant's one name as a body or a place; "the housemaid" after it
    says a person (an apposition, one adjective allowed: "Sophie the French nurse").
    """
    return {
        m.text.casefold()
        for m in mentions
        if not m.inferred
        and " " not in m.text
        and _THE_ROLE.match(text, m.end, m.end + 40)
        and not _TO_OR_IN.search(text, max(0, m.start - 8), m.start)
    }
