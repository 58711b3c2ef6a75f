"""Which people a text makes a man or a woman, from titles, kin words and narrated pronouns.

The evidence, strongest first:

* a courtesy title in or just before a name ("Mrs. Bennet", "Sir" James): near certain,
  so it outweighs the pronouns of a few sentences;
* a kin or person noun the name stands beside ("his mother, Shep", "her sister Celia",
  "Millie, her maid");
* a pronoun of the narration after the name in the sentence that names that person only,
  or in the next one when it names no one ("Robert rolled a cigarette. He smoked"). A
  pronoun inside a quotation is someone speaking about a third person ("And I, too,
  Florence. He rises before me"), so it is no evidence about a name in the narration.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from reader.core.language.titles import title_class
from reader.core.text.mentions import Mention

PRONOUN = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
GENDER_OF = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip
# Common nouns for people and their gender ("" when it has none).
NOUN_GENDER = {
    **dict.fromkeys(
        ("man", "boy", "gentleman", "husband", "father", "son", "brother", "uncle", "king",
         "lord", "fellow", "lad", "prince", "nephew", "grandfather", "master", "monk", "dad",
         "daddy", "papa"),
        "m",
    ),
    **dict.fromkeys(
        ("woman", "girl", "lady", "wife", "mother", "daughter", "sister", "aunt", "queen",
         "maid", "mistress", "widow", "princess", "niece", "grandmother", "nurse", "lass",
         "mum", "mom", "mummy", "mommy", "mama", "mamma"),
        "f",
    ),
    **dict.fromkeys(
        ("doctor", "visitor", "stranger", "child", "person", "servant", "clerk", "lawyer",
         "officer", "soldier", "friend", "cousin", "companion", "guest", "old", "young",
         "driver", "owner", "landlord", "priest", "judge", "neighbour", "neighbor"),
        "",
    ),
}  # fmt: skip
_GENDERED_NOUNS = "|".join(n for n, g in NOUN_GENDER.items() if g)
# "his mother, Shep", "her sister Celia", "the widow Douglas": the noun just before a name.
_KIN_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]he|[Mm]y|[Oo]ur|[Tt]heir|[Yy]our|[Aa]n?) (?:[a-z]+ )?"
    r"(" + _GENDERED_NOUNS + r")s?,? \Z"
)
# "Millie, her lymphatic maid", "Celia, his wife": the noun in an apposition after it.
_KIN_AFTER = re.compile(
    r"\A,? (?:[Hh]is|[Hh]er|[Tt]he|[Mm]y|[Oo]ur|[Tt]heir|[Yy]our|[Aa]n?) (?:[a-z-]+ )?"
    r"(" + _GENDERED_NOUNS + r")\b"
)
# A title outweighs the pronouns of a few sentences, but not of a whole text: a "Mrs."
# once before a man's name ("the future Mrs. Newland Archer") must not make him a woman.
_TITLE_WEIGHT = 5  # one title outweighs the pronouns of a page
_KIN_WEIGHT = _TITLE_WEIGHT  # "his mother, Shep" is as plain as a title


def person_genders(
    text: str,
    named: list[tuple[Mention, str]],
    people: set[str],
    starts: list[int],
    quoted: bytearray,
) -> dict[str, str]:
    """``"m"`` or ``"f"`` for each person the text gives a gender, by weighed evidence.

    Args:
        text: The text the mentions point into.
        named: Every named mention with its actor id, in text order.
        people: The actor ids that are people.
        starts: Sentence start offsets.
        quoted: One byte per character, set inside quotation marks.
    """
    votes: dict[str, Counter[str]] = {}
    people_in: dict[int, set[str]] = {}
    first_at: dict[int, int] = {}  # sentence -> end of the first person named in it
    for mention, actor_id in named:
        if actor_id not in people:
            continue
        counter = votes.setdefault(actor_id, Counter())
        sentence = max(bisect.bisect_right(starts, mention.start) - 1, 0)
        if not quoted[mention.start]:
            people_in.setdefault(sentence, set()).add(actor_id)
            first_at.setdefault(sentence, mention.end)
        before = re.findall(r"[A-Za-z]+", text[max(0, mention.start - 12) : mention.start])[-1:]
        own = mention.text.split()
        # The title in the name ("Madame St. Aubert") or just before it ("Mr." Bennet).
        title = own[0] if len(own) > 1 and title_class(own[0]) else (before or [""])[0]
        if title_class(title):
            counter["m" if title_class(title) == "m" else "f"] += _TITLE_WEIGHT
        kin = _KIN_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
        kin = kin or _KIN_AFTER.match(text[mention.end : mention.end + 40])
        if kin:
            counter[NOUN_GENDER[kin.group(1)]] += _KIN_WEIGHT
    bounds = [*starts, len(text)]
    for sentence, named_here in people_in.items():
        if len(named_here) != 1:
            continue
        (actor_id,) = named_here
        following = (
            sentence + 1
            if sentence + 1 < len(starts) and sentence + 1 not in people_in
            else sentence
        )
        # From the name on: "that he felt any love for Irene Adler" says nothing of her.
        for pronoun in PRONOUN.finditer(text, first_at[sentence], bounds[following + 1]):
            if not quoted[pronoun.start()]:
                votes[actor_id][GENDER_OF[pronoun.group(1).lower()]] += 1
    genders: dict[str, str] = {}
    for actor_id, counter in votes.items():
        (best, count), (_, second) = [*counter.most_common(2), ("", 0), ("", 0)][:2]
        if count > second:
            genders[actor_id] = best
    return genders
