"""The UI tests' pipeline: blank English with an entity ruler, no trained model needed.

It tags the names of the texts the UI tests open (the seed article, the news page, the
short texts written by the tests) with the labels the trained model gives them, so the
reader's rules group them into the same actors. It loads in a fraction of a second.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

NAMES: dict[str, tuple[str, ...]] = {
    "PERSON": (
        "Jon Huntsman",
        "Huntsman",
        "Vladimir Putin",
        "Putin",
        "Sergei Shoigu",
        "Sergei Lavrov",
        "Angela Merkel",
        "Emmanuel Macron",
    ),
    "GPE": (
        "Russia",
        "RUSSIA",
        "Moscow",
        "U.S.",
        "the United States",
        "The United States",
        "Ukraine",
        "Crimea",
        "Syria",
        "Canada",
        "Washington",
        "New York",
        "San Francisco",
        "Paris",
        "Berlin",
    ),
    "LOC": ("Europe",),
    "NORP": ("Russian", "Ukrainian", "Western"),
    "ORG": (
        "The Russian Defense Ministry",
        "the Defense Ministry",
        "the European Union",
        "the U.S. Congress",
        "Kremlin",
    ),
    "DATE": (
        "October 3, 2017",
        "October 3",
        "October 7",
        "November 2",
        "September 1",
        "March 2014",
        "April 2014",
        "2016",
        "late July",
        "last month",
        "Monday",
    ),
    "CARDINAL": ("455", "more than 10,000", "about two-thirds"),
    "ORDINAL": ("first",),
}

#: Names this pipeline's results in the result cache: never a trained pipeline's.
RULER_IDENTITY = "tests ruler pipeline " + hashlib.sha256(repr(NAMES).encode()).hexdigest()[:12]


def ruler_pipeline() -> Language:
    """A blank English pipeline whose entity ruler tags :data:`NAMES` (picklable: top level)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.meta["name"] = "ruler_test"
    nlp.meta["version"] = "1.0.0"
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [{"label": label, "pattern": name} for label, names in NAMES.items() for name in names]
    )
    return nlp
