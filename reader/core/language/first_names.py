"""First names the text speaks of as "he" or "she": evidence for grouping titled names.

"Mrs Verloc" is "Winnie Verloc" when the text calls Winnie "she", and "Madame Lebrun" is
not "Robert Lebrun" when it calls Robert "he". A first name gets a gender from the
pronoun that first follows its untitled mentions in the same sentence ("Winnie Verloc sat
down; she was tired"), decided only when it is used so at least twice and three times
in four the same way. "him" (mostly somebody else, the object of a verb), a pronoun
right after the name ("For Winnie he took the trouble") and a name after a title ("Mrs
Charles Musgrove ... her children": his wife) say nothing. One look a short
way after each mention: linear in the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.core.language.titles import is_title_word
from reader.core.text.mentions import Mention

# "him" is left out: the object of a verb is mostly somebody else ("Winnie obtained from
# him a confession").
_PRONOUN = re.compile(r"\b(he|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n“”\"]")
_FEMALE = frozenset({"she", "her", "hers", "herself"})
# A title written just before a mention outside its span ("Mrs Charles Musgrove").
_TITLE_BEFORE = re.compile(r"\b(?:Mrs|Mr|Miss|Ms|Madame|Mme|Lady|Sir|Lord)\.?[ \n]\Z")
# Men's given names common in English prose of 1800-1925 that no woman bears: a full name
# opening with one is a man's unless the text calls it "she", so "Mrs Machin" is not
# "Edward Henry Machin" (his mother) nor "Miss Marjoribanks" "Tom Marjoribanks" (his
# cousin) when the excerpt has too few pronouns to tell.
MENS_GIVEN_NAMES = frozenset(
    {"albert", "alexander", "alfred", "andrew", "anthony", "archibald", "arthur", "augustus",
     "benjamin", "bertie", "bob", "charles", "christopher", "daniel", "david", "dick",
     "edgar", "edmund", "edward", "ernest", "frank", "frederick", "fred", "george",
     "gerald", "geoffrey", "gilbert", "godfrey", "harold", "harry", "henry", "herbert",
     "hugh", "humphrey", "isaac", "jack", "jacob", "james", "jim", "joe", "john",
     "jonathan", "joseph", "lawrence", "lewis", "matthew", "michael", "ned", "nicholas",
     "oliver", "patrick", "paul", "percy", "peter", "philip", "ralph", "reginald",
     "richard", "robert", "roger", "samuel", "stephen", "thomas", "tom", "walter",
     "william", "will", "willie"}
)  # fmt: skip
# The same for women: "Mr. Temple" is not "Charlotte Temple" (her father).
WOMENS_GIVEN_NAMES = frozenset(
    {"agnes", "alice", "amelia", "ann", "anna", "anne", "arabella", "betsy", "bridget",
     "caroline", "catherine", "charlotte", "clara", "dorothea", "dorothy", "edith",
     "eleanor", "eliza", "elizabeth", "ellen", "emily", "emma", "esther", "fanny",
     "florence", "grace", "hannah", "harriet", "helen", "isabella", "jane", "julia",
     "kate", "kitty", "laura", "louisa", "lucy", "lydia", "margaret", "maria", "martha",
     "mary", "matilda", "molly", "nancy", "nelly", "polly", "rachel", "rebecca", "rose",
     "sarah", "sophia", "susan", "susanna"}
)  # fmt: skip
_WINDOW = 100
_MIN_VOTES = 2
_SHARE = 0.75


def first_name_genders(text: str, mentions: Sequence[Mention]) -> dict[str, str]:
    """Case-folded first names mapped to ``"m"`` or ``"f"`` where the text is clear.

    Args:
        text: The canonical text.
        mentions: Cleaned mentions; only untitled PERSON ones count.
    """
    votes: dict[str, Counter[str]] = {}
    for mention in mentions:
        words = mention.text.split()
        if mention.label != "PERSON" or mention.inferred or is_title_word(words[0]):
            continue
        if _TITLE_BEFORE.search(text, max(0, mention.start - 8), mention.start):
            continue  # "Mrs Charles Musgrove ... her children": his wife, not Charles
        window = text[mention.end : mention.end + _WINDOW]
        end = _SENTENCE_END.search(window)
        pronoun = _PRONOUN.search(window, 0, end.start() if end else len(window))
        # A pronoun right after the name is the next clause's subject ("For Winnie he
        # took the trouble"): it says nothing of the name.
        if pronoun is not None and window[: pronoun.start()].strip():
            gender = "f" if pronoun.group(1).casefold() in _FEMALE else "m"
            votes.setdefault(words[0].casefold(), Counter())[gender] += 1
    decided: dict[str, str] = {}
    for name, counter in votes.items():
        gender, count = counter.most_common(1)[0]
        if count >= _MIN_VOTES and count >= _SHARE * sum(counter.values()):
            decided[name] = gender
    return decided
