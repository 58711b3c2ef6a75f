"""Word tables the name rules share: small function words, and the names of days and months.

One table each, so that a rule that cuts "Monday" off a name and a rule that never starts
a name with "For" read the same words.
"""

from __future__ import annotations

#: Words capitalised only because they open a clause or a bracket ("(For Inspiration and ...").
FUNCTION_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "for", "of", "in", "on", "at", "by", "to", "with",
    "from", "as", "if", "so",
})  # fmt: skip

#: Verbs that open a question, never a name ("Shall you carry 'em", "Is Disease ...").
AUXILIARIES = frozenset({
    "is", "are", "was", "were", "shall", "should", "do", "does", "did", "has", "have", "had",
    "can", "could", "would", "must",
})  # fmt: skip

#: Days of the week and months of the year, lower case.
WEEKDAYS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})  # fmt: skip
MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
})  # fmt: skip

#: Feasts and seasons named like days ("Christmas", "Michaelmas"): dates, not actors.
FEAST_DAYS = frozenset({
    "advent", "candlemas", "christmas", "diwali", "easter", "epiphany", "halloween", "hanukkah",
    "lammas", "lent", "martinmas", "michaelmas", "passover", "pentecost", "ramadan", "sabbath",
    "shrovetide", "thanksgiving", "whitsun", "whitsuntide",
})  # fmt: skip
