"""Which named actor a pronoun or description means: the lookups of the coreference rules.

:class:`Antecedents` holds one text's named mentions, sentences and quotations, and
answers for :func:`reader.core.actors.coreference.infer_mentions` which person a "he" or
"she" means (by window, gender, kind and salience), which one a "he" inside a quotation
means, and which actor "the ministry" repeats. The rules themselves are described there.
"""

from __future__ import annotations

import bisect
from collections import Counter

from reader.core.actors.candidates import people_of, placelike, says_of_self
from reader.core.actors.descriptions import head_noun, of_kind
from reader.core.actors.gender import person_genders
from reader.core.actors.nominals import nominal_between, opens_with_person, owned_noun
from reader.core.actors.roles import in_subordinate_clause, role_factor
from reader.core.text.mentions import Actor, Mention

# Sentences back: a "he" or "she" of the narration means a person named in its own or
# the previous sentence (or the one a chain of pronouns carries on); one named two
# sentences back, with a sentence about something else between, is as often someone
# the text has moved away from (on fiction-dev: 1563 of 1776 links right, 88.0 %, against
# 1502 of 1739 with two sentences back). Pronouns linked to someone weigh for salience
# over the same reach; pronouns linked to nobody (someone unnamed) and a name inside
# a quotation are looked for two sentences back.
_NAME_WINDOW = 1
_PRONOUN_WINDOW = 2
# Salience (:meth:`Antecedents._most_salient`): a name counts 1, a linked pronoun half, a
# subject twice, and each sentence back halves it.
# A person the text gives the pronoun's gender counts double one it gives none.
_NAME_WEIGHT, _LINK_WEIGHT, _SUBJECT_FACTOR, _DECAY = 1.0, 0.5, 2.0, 0.5
_KNOWN_FACTOR = 2.0
_MANY_NAMES = 10  # person mentions that make a text one that names people often
_DESCRIPTION_REACH = 300  # named mentions back
# A description repeats a name said within about a page; further back, "the garden" is
# some other garden than "Covent Garden".
_DESCRIPTION_SENTENCES = 20
# "the country", "the company": only when one actor of that kind is this close.
_KIND_WINDOW = 2


class Antecedents:
    """The named mentions of one text, with the lookups the pronoun rules need."""

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
        # The last "he" and "she" of the narration: gender -> (sentence, end, actor).
        self._subjects: dict[str, tuple[int, int, str]] = {}
        self.quoted = quoted
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

    def _window_start(self, position: int, sentences_back: int = _PRONOUN_WINDOW) -> int:
        """Where the sentence ``sentences_back`` before the one at ``position`` starts."""
        if not self.starts:
            return 0
        return self.starts[max(self.sentence_of(position) - sentences_back, 0)]

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
        first = self._window_start(position, _NAME_WINDOW)
        low = bisect.bisect_left(self.narrated_positions, first)
        high = bisect.bisect_left(self.narrated_positions, position)
        people = [
            (m, i)
            for m, i in self.narrated[low:high]
            if i in self.people
            and self.genders.get(i, gender) == gender
            and i not in self.placelike
            and (
                i not in self.named_once
                or self._named_once_fits(i, chain)
                or says_of_self(self.text, m.end, position)
            )
        ]
        if people and says_of_self(self.text, people[-1][0].end, position):
            return people[-1][1]  # "Paris claims that she": she is Paris
        owned = owned_noun(self.text, position)
        if people and self.nominal_between(people[-1][0].end, position, gender, owned):
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
            weight *= role_factor(self.text, mention.start, mention.end, floor)
            if not subordinate:
                opened.add(sentence)
            score[actor_id] = score.get(actor_id, 0.0) + weight * _DECAY ** (here - sentence)
        first = self.starts[max(here - _NAME_WINDOW, 0)] if self.starts else 0
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

    def note_subject(self, end: int, sentence: int, gender: str, actor_id: str) -> None:
        """Note a "he" or "she" of the narration and what it means ("" for nobody named)."""
        self._subjects[gender] = (sentence, end, actor_id)

    def subject_before(self, position: int, sentence: int, gender: str) -> str | None:
        """What the "he" or "she" before ``position`` in its sentence means, if it binds it.

        In the narration a pronoun after a "he" or "she" of its gender in the same
        sentence means what that one means ("He bowed to the old man and took off his
        hat"; "When she came in, she"): on fiction-dev 19 times in 20, far more often
        than any name the sentences before offer, and the person noun between ("the old
        man") no longer hides it. Not when a person of that gender is named between
        ("He bowed to Tom and took his hat") or a quotation stands between; a name in a
        clause a semicolon has closed does not count ("He winced at the thought that
        Waymarsh might come; he reflected").

        Returns:
            The actor id; ``""`` when that "he" or "she" means nobody named; ``None``
            when no such pronoun binds this one.
        """
        last = self._subjects.get(gender)
        if last is None or last[0] != sentence:
            return None
        _, end, actor_id = last
        # A "he" that means someone unnamed binds only with no one at all named between:
        # letting it bind past names in passing cost 30 right links on fiction-dev.
        if any(self.quoted[end:position]) or self._person_between(
            end, position, gender, passing=actor_id != ""
        ):
            return None
        return actor_id

    def _person_between(self, start: int, end: int, gender: str, passing: bool) -> bool:
        """Whether a person of ``gender`` is named between ``start`` and ``end``.

        With ``passing``, one named in a clause closed before ``end`` does not count.
        """
        low = bisect.bisect_left(self.narrated_positions, start)
        high = bisect.bisect_left(self.narrated_positions, end)
        floor = self.starts[self.sentence_of(start)] if self.starts else 0
        return any(
            i in self.people
            and self.genders.get(i, gender) == gender
            and not (passing and self._in_passing(m, floor, end))
            for m, i in self.narrated[low:high]
        )

    def _in_passing(self, mention: Mention, floor: int, end: int) -> bool:
        """Whether a name is in a subordinate clause that closes before ``end``.

        "at the thought that Waymarsh might come; he": the semicolon closed the clause.
        Without one the pronoun may be in the clause ("felt that Bridget would beg, as
        she had").
        """
        return ";" in self.text[mention.end : end] and in_subordinate_clause(
            self.text, mention.start, floor
        )

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
        """The person a pronoun inside a quotation means: one named before it in the quote.

        Only one named in the last two sentences, as in the narration: a speech that
        runs on (or a mark the text never closes) has moved on to someone unnamed. And no
        one when a person noun stands between ("Tom is kind, but a man would think twice
        before he lent"): the pronoun means that person, or anyone.
        """
        first = self._window_start(position)
        low = bisect.bisect_left(self.positions, max(quote_start, first))
        high = bisect.bisect_left(self.positions, position)
        people = [
            (m, i)
            for m, i in self.named[low:high]
            if i in self.people and self.genders.get(i) == gender
        ]
        if not people or self.nominal_between(people[-1][0].end, position, gender):
            return None
        return people[-1][1]

    def opens_with_person(self, start: int, gender: str) -> bool:
        return opens_with_person(self.text, start, gender)

    def nominal_between(self, start: int, end: int, gender: str, owned: str = "") -> bool:
        return nominal_between(self.text, start, end, gender, owned)

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
