"""Grouping rule 4: a shorter form of a body's name joins the one longer name it fits."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from reader.core.actors.union import Groups
from reader.core.language.titles import BODY_HEADS, title_class
from reader.core.text.mentions import Mention

_NAME_LABELS = frozenset({"PERSON"})
_BODY_LABELS = frozenset({"ORG", "FAC"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Buildings a text names without their head word once it has given it: "the Alpha" is the
# Alpha Inn, "the Blue Boar" the Blue Boar Tavern. Ways are not ("the Strand" is no street
# of a longer name), and only after "the": "Hatherley" is the man, "Hatherley Farm" his farm.
# Not "Hall" or "House": "the Senate" sits in the Senate House and is not it.
_DROPPED_HEADS = frozenset(
    {"inn", "hotel", "tavern", "lodge", "manor", "castle", "abbey", "grange", "farm",
     "cottage", "villa", "priory", "towers", "arms"}
)  # fmt: skip


def join_org_tails(
    labels: dict[str, str], groups: Groups, counts: dict[str, int], after_the: set[str]
) -> dict[str, str]:
    """Shorter forms of a body, product or event name join the one longer name they fit.

    A tail ("Defense Ministry" of "Russian Defense Ministry", "Chrome" of "Google
    Chrome") or the part before "of" ("Church" of "Church of Scientology"). One generic
    word ("Council") is a tail only when the text puts "the" before it at least half the
    time ("The Council said" after "the National Shoora Council"): alone it is too vague
    ("House of my Mother" is no "Senate House"). Places stay apart ("York" is not "York
    City"), unless the text puts "the" before them as before a club ("the Phoenix" is
    Wellington Phoenix). A building's name without its head word, after "the", is that
    building ("the Alpha" of "the Alpha Inn"). A name used ten times or more does not join
    a longer span used less than a tenth as often: that span glued two names together.

    Returns the label each joined place takes from its body ("phoenix" -> "ORG").
    """
    relabelled: dict[str, str] = {}
    named = [key for key, label in labels.items() if label not in _NAME_LABELS | _PLACE_LABELS]
    for key, label in labels.items():
        words = key.split()
        if (label in _PLACE_LABELS and key not in after_the) or (
            len(words) == 1 and words[0] in BODY_HEADS and label not in _BODY_LABELS
        ):
            continue
        longer = [
            other
            for other in named
            if len(other.split()) > len(words)
            and _is_short_form_of(words, other.split(), key in after_the)
            and not _rare_beside(counts[other], counts[key])
            and not title_class(other.split()[0])  # "Monsieur Duval" tagged as a building
            and not (_a_person(key, label, labels) and _after_of(words, other.split()))
            and not (label in _PLACE_LABELS and _after_of_the(words, other.split()))
        ]
        # A person's surname already joined to a full name stays there.
        if len({groups.find(o) for o in longer}) == 1 and groups.find(key) == key:
            groups.union(key, longer[0])
            if label in _PLACE_LABELS:
                relabelled[key] = labels[longer[0]]
    return relabelled


# The words clubs end their names with, which a sports story uses alone for the club:
# "City" of "Manchester City", "United", "Villa", "Rovers".
_CLUB_TAILS = frozenset(
    {"city", "united", "county", "athletic", "rovers", "wanderers", "albion", "villa", "rangers"}
)


def join_club_tails(labels: Mapping[str, str], groups: Groups, after_the: set[str]) -> None:
    """A club's last word alone joins the one name in the text that it ends.

    "City dominated" after "Manchester City" is the club, whatever the model called either
    (it reads both as towns). Not when the text names two such ("Manchester City" and
    "Leicester City"), nor when it puts "the" before the word ("the City" of London).
    """
    for key in labels:
        if key not in _CLUB_TAILS or key in after_the or groups.find(key) != key:
            continue
        longer = [o for o in labels if " " in o and o.split()[-1] == key]
        if len({groups.find(o) for o in longer}) == 1:
            groups.union(key, longer[0])


# A firm's legal ending, which the keys leave out: "Cisco Systems Inc.", "Ford Motor Co.".
_COMPANY_END = re.compile(
    r"\s(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|AG|SA|S\.A|NV|N\.V|GmbH|Corporation|Company|Limited)\.?$"
)


def join_company_names(
    members: Mapping[str, Sequence[Mention]], labels: dict[str, str], groups: Groups
) -> dict[str, str]:
    """A firm's first word alone joins the one firm's full name it opens, as a body.

    "Cisco shares closed up" after "Cisco Systems Inc." and "Ford" after "Ford Motor Co."
    are the firms, whatever the model called them. The full name must carry a legal ending
    and hold no place the text names ("Ford India Private Ltd" is a subsidiary); a person's
    name never joins ("Ford" may be Harrison Ford), nor a people's word ("Australian" is no
    Australian Broadcasting Corporation). Returns the labels the joined names take.
    """
    places = {key for key, label in labels.items() if label in _PLACE_LABELS}
    firms: dict[str, list[str]] = {}
    for key, ms in members.items():
        words = key.split()
        if (
            len(words) > 1
            and labels[key] == "ORG"
            and not places & set(words[1:])
            and any(_COMPANY_END.search(m.text) for m in ms)
        ):
            firms.setdefault(words[0], []).append(key)
    relabelled: dict[str, str] = {}
    for key, label in labels.items():
        full = firms.get(key, [])
        if label in _NAME_LABELS | {"NORP"} or len(full) != 1 or groups.find(key) != key:
            continue
        groups.union(key, full[0])
        if label != "ORG":
            relabelled[key] = "ORG"
    return relabelled


def _a_person(key: str, label: str, labels: dict[str, str]) -> bool:
    # "Great Oz", which the model calls a body, ends in the person "Oz".
    return label in _NAME_LABELS or labels.get(key.split()[-1]) in _NAME_LABELS


def _after_of(words: list[str], longer: list[str]) -> bool:
    # A person's name after "of" is where a family lives or whom a church or a room is
    # named for ("the Roylotts of Stoke Moran", "the Throne Room of the Great Oz"): the
    # person is not that family, that church or that room.
    if len(longer) <= len(words) or "of" not in longer[: -len(words)]:
        return False
    return longer[-len(words) - 1] in {"of", "the"}


def _after_of_the(words: list[str], longer: list[str]) -> bool:
    # A place after "of the" is what a body is named for, not its short form: "the East"
    # is not "the Knights of the East".
    return longer[-len(words) - 1] in {"of", "the"}


def _rare_beside(longer: int, short: int) -> bool:
    # A name used a hundred times is not a short form of a span seen once or twice
    # ("Rostóvs" of "Rostóvs of Bolkónski", two families glued in one sentence).
    return short >= 10 and longer * 10 < short


def _is_short_form_of(words: list[str], longer: list[str], after_the: bool) -> bool:
    if longer[len(words)] == "of" and longer[: len(words)] == words:
        return True  # "Church" of "Church of Scientology", "Comic Corps" of "... of Canada"
    if after_the and longer[:-1] == words and longer[-1] in _DROPPED_HEADS:
        return True  # "the Alpha" of "the Alpha Inn"
    if longer[-len(words) :] != words:
        return False
    return len(words) > 1 or words[0] not in BODY_HEADS or after_the
