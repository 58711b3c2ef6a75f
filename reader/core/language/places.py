"""Country names: every form a text may use for one country gives one grouping key.

"Russian Federation", "Russia" and "RUS"; "Viet Nam" and "Vietnam"; "Czechia" and
"Czech Republic". The forms come from pycountry (ISO 3166, LGPL-2.1, data only); when
it is not installed only the everyday short forms below are known.

Two-letter ISO codes are not used: in news they are mostly US states ("CA", "LA",
"GA") or words, so only three-letter codes written in capitals count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reader.core.language.lexicon import english_lexicon
from reader.core.language.place_phrases import SETTLEMENTS
from reader.core.language.state_abbreviations import STATE_ABBREVIATIONS
from reader.core.text.mentions import Mention, relabelled
from reader.core.text.normal import without_accents

#: Short forms in everyday news use whose long form may never appear in the text.
ALIASES: dict[str, str] = {
    "us": "united states",
    "usa": "united states",
    "united states of america": "united states",
    "america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "eu": "european union",
    "un": "united nations",
    "uae": "united arab emirates",
    "ussr": "soviet union",
    "prc": "china",
    "people's republic of china": "china",
    "russian federation": "russia",
}


def place_key(key: str, written: str, label: str) -> str:
    """The grouping key of a place name: ``key`` (case-folded words) or its country's.

    Args:
        key: The mention's case-folded name words joined by spaces.
        written: The mention as the text writes it (codes count only in capitals).
        label: The mention's label (codes count only for places).
    """
    if key in ALIASES:
        return ALIASES[key]
    names, codes = _country_forms()
    if key in names:
        return names[key]
    if label in ("GPE", "LOC") and written.isupper() and key in codes:
        return codes[key]
    if label in ("GPE", "LOC") and key in STATE_ABBREVIATIONS and not _postal(key, written):
        return STATE_ABBREVIATIONS[key]  # "Fla." is Florida
    return key


def _postal(key: str, written: str) -> bool:
    # Two capitals without a dot are a postal code or something else: "LA" is Los Angeles.
    return len(key) <= 2 and written.isupper() and "." not in written


def is_country_name(name: str) -> bool:
    """Whether ``name`` (any case) is a country's name, official name or short form."""
    folded = name.casefold()
    names = _country_forms()[0]
    return folded in ALIASES or folded in names or folded in names.values()


def lands_named_as_peoples(mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a country's or a state's name the model calls a people as a place.

    "Maharashtra" and "Philippines" are lands wherever they stand: a people has its own
    word ("Filipinos"). Not an adjective that names a province somewhere ("the Southern
    states": Zambia's Southern Province).
    """
    lands = {
        m.text.casefold()
        for m in mentions
        if m.label == "NORP"
        and (
            is_country_name(m.text)
            or (
                is_subdivision_name(m.text)
                and "adj" not in english_lexicon().readings(m.text.casefold())  # "Southern"
            )
        )
    }
    return relabelled(mentions, lands, {"NORP"}, "GPE") if lands else list(mentions)


# A lower-case settlement noun right after a name: "Matalam town", "Cotabato province".
_SETTLEMENT_AFTER = re.compile(rf" (?:{SETTLEMENTS})\b")


def towns_named_as_peoples(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a name the model calls a people or a person before "town" as a place.

    "the gym of Matalam town": only a word English does not know counts, so "a Chinese
    town" keeps its people and "the Southern city" its adjective.
    """
    lexicon = english_lexicon()
    towns = {
        m.text.casefold()
        for m in mentions
        if m.label in ("NORP", "PERSON")
        and not m.inferred
        and " " not in m.text
        and m.text[:1].isupper()
        and _SETTLEMENT_AFTER.match(text, m.end)
        and not lexicon.readings(m.text.casefold())
    }
    return relabelled(mentions, towns, {"NORP", "PERSON"}, "GPE") if towns else list(mentions)


def is_subdivision_name(name: str) -> bool:
    """Whether ``name`` (any case) is a state's or province's ("Georgia", "Alberta")."""
    return name.casefold() in _subdivisions()


@cache
def _subdivisions() -> frozenset[str]:
    """The folded names of the world's states and provinces (pycountry, when installed).

    Each also without its accents, as English writes it ("Mahārāshtra" -> "Maharashtra").
    """
    try:
        import pycountry
    except ImportError:
        return frozenset()
    names = {sub.name.casefold() for sub in pycountry.subdivisions}
    return frozenset(names | {without_accents(name) for name in names})


def _canonical(name: str) -> str:
    folded = name.casefold()
    return ALIASES.get(folded, folded)


@cache
def _country_forms() -> tuple[dict[str, str], dict[str, str]]:
    try:
        import pycountry
    except ImportError:
        return {}, {}
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    for country in pycountry.countries:
        name: str = country.name
        common: str | None = getattr(country, "common_name", None)
        official: str | None = getattr(country, "official_name", None)
        if common is None and ", " in name:
            continue  # "Congo, The Democratic Republic of the": no short form to share
        canonical = _canonical(common or name)
        forms = {name, common, official}
        if official and official.casefold().startswith("the "):
            forms.add(official[4:])
        for form in forms:
            if form and ", " not in form:
                names.setdefault(_canonical(form), canonical)
                names.setdefault(form.casefold(), canonical)
        codes.setdefault(country.alpha_3.casefold(), canonical)
    return names, codes
