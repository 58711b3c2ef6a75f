"""Titles, honorifics and the words that head a body's name: shared by cleaning and grouping.

A title ("President", "Mr.", "Ambassador") says who someone is without being part of
their name; a body head ("Ministry", "Council") ends an organisation's name. Both are
small closed classes of English, not lists fitted to particular articles.
"""

from __future__ import annotations

#: Words that may precede a person's name without being part of it (case-folded, no dot).
TITLES: frozenset[str] = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        # The plurals of "Mr." and "Mrs." before a list of names: "Messrs Ainger, Barnworth".
        "messrs",
        "mmes",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "vice",
        "prime",
        "minister",
        "senator",
        "sen",
        "rep",
        "representative",
        "gov",
        "governor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "general",
        "gen",
        "col",
        "colonel",
        "lt",
        "lieutenant",
        "capt",
        "captain",
        "sgt",
        "sergeant",
        "ambassador",
        "secretary",
        "chancellor",
        "judge",
        "justice",
        "rev",
        "reverend",
        "father",
        "chairman",
        "chairwoman",
        "mayor",
        # A state's or province's head of government: "Premier Annastacia Palaszczuk".
        "premier",
        "sheikh",
        "saint",
        "st",
        "defense",
        "defence",
        "foreign",
        "interior",
        "finance",
        "chief",
        "commander",
        "admiral",
        "officer",
        "agent",
        "detective",
        "inspector",
        "coach",
        "former",
        "late",
        "emeritus",
        "shadow",
        "deputy",
        "acting",
        "spokesman",
        "spokeswoman",
        "ceo",
        # A chief officer's other initials: "his COO title", "the CFO said".
        "coo",
        "cfo",
        "cto",
        "cio",
        # Offices news writes before a name: "Sheriff Bill Hollenbeck", "Speaker Nancy
        # Pelosi", "Labour MP Christian Wakeford", "MLA Ravi Rana", "Councillor Ann Lee".
        "sheriff",
        "speaker",
        "mp",
        "mla",
        "councillor",
        "councilman",
        "councilwoman",
    }
)

#: Nouns that end a title phrase ("Defense Minister", "Shadow Home Secretary",
#: "Emeritus Professor"): a span the model tags as a body right before one of them is
#: usually the title's modifier, not a body.
TITLE_HEADS: frozenset[str] = frozenset(
    {
        "minister",
        "secretary",
        "professor",
        "president",
        "ambassador",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chairman",
        "chairwoman",
        "chancellor",
        "governor",
        "senator",
        "director",
        "commissioner",
        "envoy",
        "attorney",
        "general",
        "official",
        "officials",
        "chief",
        "correspondent",
        "editor",
        "adviser",
        "advisor",
        "counsel",
        "mayor",
        "premier",
        "lecturer",
        "researcher",
        "campaigner",
        "barrister",
        "lawyer",
    }
)

#: Nouns that end the name of a body ("Defense Ministry", "Refugee Council"): a span
#: ending in one is a body even when a title word follows ("Home Office Minister").
BODY_HEADS: frozenset[str] = frozenset(
    {
        "ministry",
        "department",
        "office",
        "council",
        "committee",
        "commission",
        "agency",
        "party",
        "bank",
        "court",
        "service",
        "services",
        "board",
        "authority",
        "union",
        "association",
        "institute",
        "university",
        "college",
        "school",
        "church",
        "army",
        "navy",
        "police",
        "force",
        "forces",
        "corps",
        "parliament",
        "assembly",
        "senate",
        "congress",
        "government",
        "administration",
        "company",
        "corporation",
        "group",
        "foundation",
        "fund",
        "organization",
        "organisation",
        "society",
        "league",
        "club",
        "team",
        "federation",
        "news",
        "times",
        "post",
        "press",
        "network",
        "house",
    }
)

#: Ministerial portfolios and other words that only modify a title ("Home Secretary",
#: "Health Minister"): with :data:`TITLES`, the closed class a title phrase is made of.
PORTFOLIOS: frozenset[str] = frozenset(
    {
        "home",
        "health",
        "education",
        "justice",
        "trade",
        "energy",
        "environment",
        "transport",
        "treasury",
        "culture",
        "labor",
        "economy",
        "economic",
        "agriculture",
        "immigration",
        "security",
        "intelligence",
        "science",
        "industry",
        "development",
        "housing",
        "communications",
        "information",
        "state",
        "executive",
        "senior",
        "junior",
        "assistant",
        "associate",
        "principal",
        "managing",
        "special",
        "regional",
        "national",
        # "International Development Secretary", "Consumer Affairs Minister", "Home
        # Affairs Minister", "Tourism Minister", "Sports Minister".
        "international",
        "affairs",
        "consumer",
        "tourism",
        "sport",
        "sports",
        "youth",
    }
)


def is_title_phrase(words: list[str]) -> bool:
    """True when every word is a title or a portfolio ("Shadow Home", "Defense")."""
    return bool(words) and all(w.casefold().rstrip(".") in TITLES | PORTFOLIOS for w in words)


#: Courtesy titles that say whether someone is a man, a married or an unmarried woman, or a
#: woman: "Mr. Bennet" and "Mrs. Bennet" are two people; "Mrs." and "Miss" are too.
_TITLE_CLASSES: dict[str, str] = {
    **dict.fromkeys(
        (
            "mr", "mister", "sir", "lord", "monsieur", "herr", "signor", "señor", "master",
            "king", "prince", "duke", "count", "baron", "emperor", "tsar", "father",
            "brother", "uncle", "archduke", "marquis", "marquess", "viscount", "cardinal",
            "archbishop", "archdeacon", "messrs",
        ),
        "m",
    ),
    # "Mdlle." and "Mdme." are the older English abbreviations ("Mdlle. Jeannette").
    **dict.fromkeys(
        ("mrs", "madame", "mme", "mdme", "frau", "signora", "señora", "mistress", "mmes"),
        "mrs",
    ),
    **dict.fromkeys(("miss", "mlle", "mdlle", "mademoiselle", "fräulein", "signorina"), "miss"),
    **dict.fromkeys(
        (
            "ms", "lady", "dame", "queen", "princess", "duchess", "countess", "baroness",
            "empress", "tsarina", "mother", "sister", "aunt", "madam", "archduchess",
            "viscountess",
        ),
        "f",
    ),
}  # fmt: skip


#: Military ranks: before a name they make it a person's ("General Barclay"); "Major" is
#: left out, as it opens other names too ("Major League").
MILITARY_RANKS = frozenset({
    "general", "gen", "colonel", "col", "captain", "capt", "lieutenant", "lt",
    "sergeant", "sgt", "corporal", "admiral", "commander", "marshal", "ensign", "cornet",
})  # fmt: skip


#: Ranks that open other names too ("Major League", "Major Tom"): a rank before a name
#: the text gives a person alone ("Major Denísov" beside "Denísov"), and then a title.
NAME_RANKS = frozenset({"major"})


def title_class(word: str) -> str:
    """``"m"``, ``"mrs"``, ``"miss"`` or ``"f"`` for a courtesy title, ``""`` otherwise."""
    return _TITLE_CLASSES.get(word.casefold().rstrip("."), "")


def titles_clash(first: str, second: str) -> bool:
    """Whether two title classes name different people: a man and a woman, Mrs. and Miss."""
    if not first or not second or first == second:
        return False
    return "m" in (first, second) or {first, second} == {"mrs", "miss"}


def is_title_word(word: str) -> bool:
    """Whether ``word`` is a title or courtesy title ("Prince", "Mrs.", "Emperor").

    Also in the plural ("the two Emperors") and after a French elided article
    ("Vive l’Empereur").
    """
    folded = word.casefold().rstrip(".").replace("’", "'")
    folded = folded[2:] if folded.startswith("l'") and len(folded) > 2 else folded
    return _is_title(folded) or (folded.endswith("s") and _is_title(folded[:-1]))


#: Titles that are also surnames, after a given name: "Imran Khan", "Amit Shah", "Mohammad
#: Akram Sheikh" (but "Sheikh Hasina", "the Shah"). Inside or at the end of a name they
#: are the name's.
SURNAME_TITLES = frozenset({"khan", "shah", "sheikh", "mirza", "sultan"})


def is_surname_title(word: str) -> bool:
    """Whether ``word`` is a title that also ends names as a surname ("Khan", "Shah")."""
    return word.casefold().rstrip(".") in SURNAME_TITLES


def is_singular_title(word: str) -> bool:
    """Whether ``word`` is a title as written ("Princess"), not only a plural ("Ministers")."""
    return _is_title(word.casefold().rstrip(".").replace("’", "'"))


def _is_title(folded: str) -> bool:
    return folded in TITLES or folded in _TITLE_CLASSES or folded in _HIGH_TITLES


# Titles of rank a name follows ("Emperor Napoleon", "Count Rostóv") beyond those above,
# and the forms of address that stand for a person ("Your Ladyship", "His Majesty").
_HIGH_TITLES = frozenset(
    {
        "emperor", "empress", "count", "countess", "duke", "duchess", "tsar", "czar", "khan",
        "sultan", "shah", "sovereign", "tsarevich", "tsarévich", "cesarevich", "dauphin",
        "rajah", "maharajah", "emir", "pasha", "nawab", "mikado", "ladyship", "lordship",
        "majesty", "highness", "excellency", "grace", "worship", "honour", "honor", "your",
        "his", "her",
        # The epithets of a title: "Your Serene Highness", "His Imperial Majesty", "the Grand
        # Duke", "the Dowager Empress".
        "serene", "imperial", "grand", "dowager",
        # Ranks of the church a name follows ("the Rector's wife"; "Archdeacon Cowley" and
        # the peers are above); not "earl" or "bishop", which are also names ("Earl
        # Warren", "Elizabeth Bishop").
        "rector", "vicar", "curate", "chaplain",
        # Ranks in the French and German a novel quotes: "Vive l'Empereur", "der Kaiser".
        "empereur", "impératrice", "roi", "reine", "comte", "comtesse", "princesse", "kaiser",
    }
)  # fmt: skip
