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

#: Lower-case words that start or join a name's words ("de Gaulle", "van Gogh", "bin Laden").
NAME_PARTICLES = frozenset({
    "de", "da", "di", "del", "della", "der", "den", "du", "la", "le", "van", "von", "ter",
    "ten", "al", "el", "bin", "ibn", "ben", "dos", "das", "y", "des", "les",
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

#: English function words (articles, pronouns, prepositions, conjunctions, auxiliaries,
#: common adverbs of place and time): a word after a name that is one of these is no noun
#: the name modifies, whatever a dictionary also lists it as ("in" as an inch).
CLOSED_CLASS = FUNCTION_WORDS | AUXILIARIES | frozenset({
    "about", "above", "across", "after", "against", "along", "also", "although", "am",
    "among", "any", "anything", "around", "away", "be", "because", "been", "before",
    "behind", "being", "below", "beneath", "beside", "besides", "between", "beyond", "both",
    "cannot", "could", "dear", "down", "during", "each", "either", "else", "ever", "every",
    "except", "far", "few", "he", "her", "here", "hers", "herself", "him", "himself", "his",
    "how", "however", "i", "into", "it", "its", "itself", "just", "less", "like", "many",
    "may", "me", "might", "mine", "more", "most", "much", "my", "myself", "near", "neither",
    "never", "no", "nobody", "none", "nor", "not", "nothing", "now", "off", "often", "once",
    "one", "only", "other", "ought", "our", "ours", "out", "over", "own", "past", "perhaps",
    "quite", "rather", "round", "same", "she", "since", "some", "somebody", "something",
    "soon", "still", "such", "than", "that", "their", "theirs", "them", "themselves",
    "then", "there", "these", "they", "thee", "thou", "thy", "this", "those", "though",
    "through", "thus", "till", "too", "toward", "towards", "under", "until", "up", "upon",
    "us", "very", "we", "well", "what", "whatever", "when", "where", "whether", "which",
    "while", "who", "whom", "whose", "why", "will", "within", "without", "yet", "you",
    "your", "yours", "yourself", "ye", "shall", "should", "half", "all", "another", "again",
    "already", "always", "even", "enough", "ago", "indeed", "together", "today", "tonight",
    "tomorrow", "yesterday", "instead", "alone",
})  # fmt: skip
