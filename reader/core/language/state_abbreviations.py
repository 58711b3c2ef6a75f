"""US states as news datelines abbreviate them ("TALLAHASSEE, Fla."): each joins its state.

The abbreviations are the Associated Press style's, which American news uses after a
city's name; the two-letter postal codes are left out ("CA", "LA" and "GA" are words or
other things too). "Miss." is left out: it is a title far more often than Mississippi.
They count only for mentions labelled places, so "Ind." or "Wash." in a person's name
never becomes a state.
"""

from __future__ import annotations

STATE_ABBREVIATIONS: dict[str, str] = {
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california",
    "colo": "colorado", "conn": "connecticut", "del": "delaware", "fla": "florida",
    "ga": "georgia", "ill": "illinois", "ind": "indiana", "kan": "kansas", "ky": "kentucky",
    "la": "louisiana", "md": "maryland", "mass": "massachusetts", "mich": "michigan",
    "minn": "minnesota", "mo": "missouri", "mont": "montana", "neb": "nebraska",
    "nev": "nevada", "nh": "new hampshire", "nj": "new jersey", "nm": "new mexico",
    "ny": "new york", "nc": "north carolina", "nd": "north dakota", "okla": "oklahoma",
    "ore": "oregon", "pa": "pennsylvania", "ri": "rhode island", "sc": "south carolina",
    "sd": "south dakota", "tenn": "tennessee", "tex": "texas", "vt": "vermont",
    "va": "virginia", "wash": "washington", "wva": "west virginia", "wis": "wisconsin",
    "wyo": "wyoming",
}  # fmt: skip
