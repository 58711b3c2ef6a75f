"""Pronouns and descriptions ("he", "its", "the ministry") linked to the actor they mean.

A careful reader's rules on raw text, with no parser: the reader loads only the entity
recogniser (a tagger and parser would cost 2.5x the time on a book), and these rules need
only sentences, words and the actors already found.

* "he/him/his" and "she/her" go to a person (an actor labelled PERSON, or one the text
  reports as speaking of itself: "Paris claims that she") mentioned by name in the same or the two
  previous sentences whose gender does not clash. Gender comes from titles ("Mrs.",
  "Sir"), kin words ("his mother, Shep") and narrated pronouns
  (:mod:`reader.core.actors.gender`), or from the first pronoun linked to them. When
  several fit, the most salient wins: names and pronouns already linked in the last
  sentences, subjects counting more, names after a preposition or in an "as"/"when" clause
  less (:mod:`reader.core.actors.roles`), older sentences less, and one the text gives that
  gender double. Someone unnamed whom the last sentences call "he" or "she" (pronouns
  linked to nobody) competes too: when they win, no name is guessed. Never a country,
  never a name said inside a quotation, never a name that only ever follows "in", "at",
  "towards" (a place the model took for a person), and no guess when a person noun ("the
  doctor", "Winnie's mother") stands between. In a text that names people often, someone
  named only once takes a pronoun only when named in full, given a gender, and no chain of
  that gender is running. A pronoun with no one named that near goes on the chain of the
  last one of its gender in the same or the previous sentence ("He sat. He looked. He left.").
* "the <noun>" goes to the nearest actor before it whose name ends in that noun ("the
  church" -> "Church of Scientology") or who was given that title ("the ambassador" ->
  "Ambassador Mohib"), if named in the last 20 sentences and unless "of" follows ("the
  palace of the Sultan" says itself which palace); "the country", "the city", "the
  company" go to the one actor of that kind named in the last two sentences, if there is
  only one.
* inside a quotation (:mod:`reader.core.actors.quotes`, which reads one over several
  lines whole) "he" or "she" is someone the speaker talks about: the last person named
  earlier in the same quotation whose gender the text makes known, else no link.
* "I", "me", "my", "myself" inside a quotation go to its speaker when the narration names
  them beside it with a verb of saying, or says it with a linked "he"/"she"
  (:mod:`reader.core.actors.speakers`).
* "you" inside a quotation goes to the one person it calls by name in that sentence.
* "it", "its", "we", "they", and "I" outside an attributed quotation are left alone:
  "it" often means nothing ("it is likely that"), and on news-dev "its" pointed to the
  right actor 3 times in 8 (an apposition, "Mozilla Firefox, its main rival", misleads
  a nearest-antecedent rule).

Every link is a :class:`Mention` with ``inferred=True``; names are never changed.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from reader.core.actors.candidates import people_of, placelike
from reader.core.actors.descriptions import head_noun, of_kind, titles_by_actor
from reader.core.actors.gender import GENDER_OF, NOUN_GENDER, PRONOUN, person_genders
from reader.core.actors.quotes import quotation_spans
from reader.core.actors.roles import in_subordinate_clause, role_factor
from reader.core.actors.speakers import addressee_links, speaker_links
from reader.core.text.mentions import Actor, Mention
from reader.core.text.sentences import sentence_bounds
from reader.core.text.structure import unwrapped

_DESCRIPTION = re.compile(r"\b[Tt]he ([a-z]{3,}|[A-Z][a-z]{2,})\b(?![ -][A-Z])")
_PRONOUN_WINDOW = 2  # sentences back
# A person noun between a name and a pronoun may be what the pronoun means
# ("Kronborg ... As the doctor crossed the room he"), so no name is guessed; so may a
# gendered one a name owns ("Winnie's mother was a stout woman. She wore a wig").
_HUMAN_NOUN = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Mm]y|[Oo]ur|[Tt]heir|[Yy]our) "
    r"(?:[a-z]+ )?(" + "|".join(NOUN_GENDER) + r")\b"
    r"|['’]s (?:[a-z]+ )?(" + "|".join(n for n, g in NOUN_GENDER.items() if g) + r")\b"
)
# Salience (:meth:`_Context._most_salient`): a name counts 1, a linked pronoun half, a
# subject twice, and each sentence back halves it.
# A person the text gives the pronoun's gender counts double one it gives none.
_NAME_WEIGHT, _LINK_WEIGHT, _SUBJECT_FACTOR, _DECAY = 1.0, 0.5, 2.0, 0.5
_KNOWN_FACTOR = 2.0
_SUBJECTS = frozenset({"he", "she"})
_MANY_NAMES = 10  # person mentions that make a text one that names people often
_DESCRIPTION_REACH = 300  # named mentions back
# A description repeats a name said within about a page; further back, "the garden" is
# some other garden than "Covent Garden".
_DESCRIPTION_SENTENCES = 20
# "the country", "the company": only when one actor of that kind is this close.
_KIND_WINDOW = 2


def infer_mentions(text: str, actors: Sequence[Actor]) -> tuple[Actor, ...]:
    """``actors`` with inferred pronoun and description mentions added to them.

    Args:
        text: The canonical text the actors' mentions point into.
        actors: Grouped actors (their named mentions are the antecedents).

    Returns:
        The same actors in the same order, each with its inferred mentions merged in
        text order.
    """
    named = sorted((m, a.id) for a in actors for m in a.named_mentions)
    if not named:
        return tuple(actors)
    by_id = {a.id: a for a in actors}
    sentences = sentence_bounds(unwrapped(text))  # a line wrap does not end a sentence
    starts = [s for s, _ in sentences]
    covered = bytearray(len(text) + 1)
    for mention, _ in named:
        covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
    quoted = bytearray(len(text) + 1)
    quotes = quotation_spans(text)
    for start, end in quotes:
        quoted[start:end] = b"\x01" * (end - start)
    quote_starts = [start for start, _ in quotes]
    # A name said inside a quotation is what someone talks about; "he" or "she" in the
    # narration after it means a speaker or a person the narration named.
    narrated = [(m, i) for m, i in named if not quoted[m.start]]
    context = _Context(text, named, by_id, starts, narrated, quoted)
    found: dict[str, list[Mention]] = {}
    last: dict[str, tuple[int, str]] = {}  # gender -> (sentence, actor) of its last link
    for match in PRONOUN.finditer(text):
        if covered[match.start()]:
            continue
        gender = GENDER_OF[match.group(1).lower()]
        sentence = context.sentence_of(match.start())
        if quoted[match.start()]:
            quote = quotes[bisect.bisect_right(quote_starts, match.start()) - 1]
            actor_id = context.quoted_antecedent(quote[0], match.start(), gender)
            if actor_id:
                label = by_id[actor_id].label
                found.setdefault(actor_id, []).append(
                    Mention(match.start(), match.end(), match.group(), label, True)
                )
            continue
        chain = last[gender][1] if gender in last and sentence - last[gender][0] <= 1 else None
        actor_id = context.pronoun_antecedent(match.start(), gender, chain)
        if actor_id is None and gender in last and sentence - last[gender][0] <= 1:
            actor_id = last[gender][1]  # "He ... He ...": the chain goes on
        if actor_id == "":
            last.pop(gender, None)  # someone unnamed took over
        if not actor_id:
            context.forget(match.start(), sentence, gender, match.group(1).lower() in _SUBJECTS)
        if actor_id:
            # A person the text gave no gender is a "he" once a "he" is theirs: a "she"
            # two sentences on is someone else ("Robin and Alex met. He smiled. She frowned").
            context.genders.setdefault(actor_id, gender)
            context.remember(match.start(), sentence, actor_id, match.group(1).lower() in _SUBJECTS)
            last[gender] = (sentence, actor_id)
            label = by_id[actor_id].label
            found.setdefault(actor_id, []).append(
                Mention(match.start(), match.end(), match.group(), label, True)
            )
    # A speaker is named beside the quotation, or is a "he"/"she" linked above
    # ("'I am late,' he said").
    said_by = sorted(
        [*narrated, *((m, i) for i, ms in found.items() for m in ms if not quoted[m.start])]
    )
    for match, actor_id in speaker_links(text, quotes, said_by, context.people | set(found)):
        if not covered[match.start()]:
            found.setdefault(actor_id, []).append(
                Mention(match.start(), match.end(), match.group(), by_id[actor_id].label, True)
            )
    for match, actor_id in addressee_links(text, quotes, named, context.people):
        found.setdefault(actor_id, []).append(
            Mention(match.start(), match.end(), match.group(), by_id[actor_id].label, True)
        )
    titles = titles_by_actor(text, named, by_id)
    for match in _DESCRIPTION.finditer(text):
        if any(covered[match.start() : match.end()]) or quoted[match.start()]:
            continue  # a name, or said in a quotation: 'the town' there is anyone's town
        if text.startswith(" of ", match.end()):
            continue  # "the palace of the Sultan" says itself which one it is
        actor_id = context.description_antecedent(match.start(), match.group(1).casefold(), titles)
        if actor_id:
            label = by_id[actor_id].label
            found.setdefault(actor_id, []).append(
                Mention(match.start(), match.end(), match.group(), label, True)
            )
    return tuple(
        replace(a, mentions=tuple(sorted([*a.mentions, *found[a.id]]))) if a.id in found else a
        for a in actors
    )


class _Context:
    """The named mentions of one text, with the lookups the rules need."""

    def __init__(
        self,
        text: str,
        named: list[tuple[Mention, str]],
        by_id: dict[str, Actor],
        starts: list[int],
        narrated: list[tuple[Mention, str]],
        quoted: bytearray,
    ) -> None:
        self.text = text
        self.named = named
        self.positions = [m.start for m, _ in named]
        self.narrated = narrated
        self.narrated_positions = [m.start for m, _ in narrated]
        self.by_id = by_id
        self.starts = starts
        self.people = people_of(text, named, by_id)
        self.placelike = placelike(text, named)
        # In a text that names people often, a person named once is as often a
        # passer-by or a misread word ("Hush", "Riding") as a character: one the text
        # gives no gender, or named by a single word, never takes a pronoun; one named
        # once in full does, unless a chain of pronouns of that gender is running.
        counts = Counter(i for _, i in named)
        many = sum(n for i, n in counts.items() if i in self.people) >= _MANY_NAMES
        self.named_once = {i for i, n in counts.items() if n == 1 and many}
        self.one_word_once = {
            i for m, i in named if i in self.named_once and " " not in m.text.strip()
        }
        # Pronouns linked so far in the narration: (position, sentence, actor, subject).
        self.linked: list[tuple[int, int, str, bool]] = []
        self.linked_positions: list[int] = []
        # And those linked to nobody: (position, sentence, gender, subject).
        self.unlinked: list[tuple[int, int, str, bool]] = []
        self.unlinked_positions: list[int] = []
        self.genders = person_genders(text, named, self.people, starts, quoted)
        # Where each actor is named (indexes into ``named``), and which actors a noun
        # can describe: a description looks these up instead of scanning back name by
        # name, which on a book is millions of steps.
        self.indexes_of: dict[str, list[int]] = {}
        for index, (_, actor_id) in enumerate(named):
            self.indexes_of.setdefault(actor_id, []).append(index)
        self._described_by: dict[str, list[str]] = {}

    def sentence_of(self, position: int) -> int:
        return max(bisect.bisect_right(self.starts, position) - 1, 0)

    def before(self, position: int, sentences_back: int) -> list[tuple[Mention, str]]:
        """Named mentions from ``sentences_back`` sentences ago up to ``position``."""
        first = (
            self.starts[max(self.sentence_of(position) - sentences_back, 0)] if self.starts else 0
        )
        low = bisect.bisect_left(self.positions, first)
        high = bisect.bisect_left(self.positions, position)
        return self.named[low:high]

    def pronoun_antecedent(self, position: int, gender: str, chain: str | None) -> str | None:
        """The person a pronoun at ``position`` means.

        Args:
            position: Where the pronoun starts.
            gender: ``"m"`` or ``"f"``.
            chain: The actor the last pronoun of that gender went to, if in this or the
                previous sentence.

        Returns:
            An actor id; ``None`` when nobody named fits; ``""`` when someone unnamed
            stands between (no guess, and no chain through them).
        """
        first = (
            self.starts[max(self.sentence_of(position) - _PRONOUN_WINDOW, 0)] if self.starts else 0
        )
        low = bisect.bisect_left(self.narrated_positions, first)
        high = bisect.bisect_left(self.narrated_positions, position)
        people = [
            (m, i)
            for m, i in self.narrated[low:high]
            if i in self.people
            and self.genders.get(i, gender) == gender
            and i not in self.placelike
            and (i not in self.named_once or self._named_once_fits(i, chain))
        ]
        if people and self._nominal_between(people[-1][0].end, position, gender):
            return ""  # "As the doctor crossed the room he": he is the doctor, unnamed
        if not people:
            return None
        alone = len({i for _, i in people} | ({chain} if chain else set())) == 1
        if alone and not self._unknown(position, gender):
            return people[-1][1]
        return self._most_salient(position, gender, people, chain)

    def _most_salient(
        self, position: int, gender: str, people: list[tuple[Mention, str]], chain: str | None
    ) -> str:
        """Of several who fit, the one the last sentences are most about.

        Each name counts 1 and each pronoun already linked to a person counts half, twice
        that when it opens its sentence (a subject), halved for each sentence back: "Lady
        Belmont" at the end of a sentence does not take over from the Madame Duval the
        three sentences before spoke of as "she ... she ... her".
        """
        here = self.sentence_of(position)
        score: dict[str, float] = {}
        opened: set[int] = set()
        for mention, actor_id in people:
            sentence = self.sentence_of(mention.start)
            floor = self.starts[sentence] if self.starts else 0
            subordinate = in_subordinate_clause(self.text, mention.start, floor)
            weight = _NAME_WEIGHT * (_SUBJECT_FACTOR if sentence not in opened else 1.0)
            weight *= role_factor(self.text, mention.start)
            if not subordinate:
                opened.add(sentence)
            score[actor_id] = score.get(actor_id, 0.0) + weight * _DECAY ** (here - sentence)
        first = self.starts[max(here - _PRONOUN_WINDOW, 0)] if self.starts else 0
        low = bisect.bisect_left(self.linked_positions, first)
        for _, sentence, actor_id, subject in self.linked[low:]:
            if actor_id in score or actor_id == chain:
                weight = _LINK_WEIGHT * (_SUBJECT_FACTOR if subject else 1.0)
                score[actor_id] = score.get(actor_id, 0.0) + weight * _DECAY ** (here - sentence)
        for actor_id in score:
            if self.genders.get(actor_id) == gender:
                score[actor_id] *= _KNOWN_FACTOR  # the text says this one is a "he"/"she"
        unknown = self._unknown(position, gender)
        if unknown:
            # Someone unnamed: the text has called them "he" or "she", so their gender is
            # known. Winning, or tying, they take the pronoun and no name is guessed.
            score[""] = unknown * _KNOWN_FACTOR
        return max(reversed(score), key=score.__getitem__)  # a tie goes to the later named

    def forget(self, position: int, sentence: int, gender: str, subject: bool) -> None:
        """Note a pronoun linked to nobody: someone unnamed the next one may mean too."""
        self.unlinked.append((position, sentence, gender, subject))
        self.unlinked_positions.append(position)

    def _unknown(self, position: int, gender: str) -> float:
        """How salient someone unnamed is, the "he" or "she" pronouns meant before.

        The pronouns of ``gender`` linked to nobody in the last sentences, weighed as
        linked pronouns are (:meth:`_most_salient`).
        """
        here = self.sentence_of(position)
        first = self.starts[max(here - _PRONOUN_WINDOW, 0)] if self.starts else 0
        low = bisect.bisect_left(self.unlinked_positions, first)
        total = 0.0
        for _, sentence, g, subject in self.unlinked[low:]:
            if g == gender:
                weight = _LINK_WEIGHT * (_SUBJECT_FACTOR if subject else 1.0)
                total += weight * _DECAY ** (here - sentence)
        return total

    def remember(self, position: int, sentence: int, actor_id: str, subject: bool) -> None:
        """Note a pronoun linked to ``actor_id``: it makes that person more salient."""
        self.linked.append((position, sentence, actor_id, subject))
        self.linked_positions.append(position)

    def _named_once_fits(self, actor_id: str, chain: str | None) -> bool:
        return (
            actor_id not in self.one_word_once
            and actor_id in self.genders
            and chain in (None, actor_id)
        )

    def quoted_antecedent(self, quote_start: int, position: int, gender: str) -> str | None:
        """The person a pronoun inside a quotation means: one named before it in the quote."""
        low = bisect.bisect_left(self.positions, quote_start)
        high = bisect.bisect_left(self.positions, position)
        people = [
            i for m, i in self.named[low:high] if i in self.people and self.genders.get(i) == gender
        ]
        return people[-1] if people else None

    def _nominal_between(self, start: int, end: int, gender: str) -> bool:
        for match in _HUMAN_NOUN.finditer(self.text, start, end):
            noun_gender = NOUN_GENDER.get((match.group(1) or match.group(2)).casefold(), "")
            if noun_gender in ("", gender):
                return True
        return False

    def description_antecedent(
        self, position: int, noun: str, titles: dict[str, set[str]]
    ) -> str | None:
        # The nearest few hundred names are far enough back, and keep a book linear.
        high = bisect.bisect_left(self.positions, position)
        nearest, nearest_index = None, max(high - _DESCRIPTION_REACH, 0) - 1
        for actor_id in self._actors_described_by(noun, titles):
            indexes = self.indexes_of[actor_id]
            last = bisect.bisect_left(indexes, high) - 1
            if last >= 0 and indexes[last] > nearest_index:
                nearest, nearest_index = actor_id, indexes[last]
        if nearest is not None:
            said = self.sentence_of(self.named[nearest_index][0].start)
            if self.sentence_of(position) - said <= _DESCRIPTION_SENTENCES:
                return nearest
        near = {i for _, i in self.before(position, _KIND_WINDOW) if of_kind(noun, self.by_id[i])}
        return near.pop() if len(near) == 1 else None

    def _actors_described_by(self, noun: str, titles: dict[str, set[str]]) -> list[str]:
        if not self._described_by:
            # Built once: each actor is described by its titles (people) or its head noun.
            for actor_id in self.indexes_of:
                actor = self.by_id[actor_id]
                nouns = (
                    titles.get(actor_id, set())
                    if actor.label == "PERSON"
                    else {head_noun(actor.name)}
                )
                for word in nouns - {""}:
                    self._described_by.setdefault(word, []).append(actor_id)
        return self._described_by.get(noun, [])
