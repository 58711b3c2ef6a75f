"""Pronouns and descriptions ("he", "its", "the ministry") linked to the actor they mean.

A careful reader's rules on raw text, with no parser: the reader loads only the entity
recogniser (a tagger and parser would cost 2.5x the time on a book), and these rules need
only sentences, words and the actors already found.

* "he/him/his" and "she/her" go to a person (an actor labelled PERSON, or one the text
  reports as speaking of itself: "Paris claims that she") mentioned by name in the same or
  the previous sentence whose gender does not clash. Gender comes from titles ("Mrs.",
  "Sir"), kin words ("his mother, Shep") and narrated pronouns
  (:mod:`reader.core.actors.gender`), or from the first pronoun linked to them. When
  several fit, the most salient wins: names and pronouns already linked in the last
  sentences, subjects counting more, names after a preposition or in an "as"/"when" clause
  less (:mod:`reader.core.actors.roles`), older sentences less, and one the text gives that
  gender double. Someone unnamed whom the last sentences call "he" or "she" (pronouns
  linked to nobody) competes too: when they win, no name is guessed. Never a country,
  never a name said inside a quotation, never a name that only ever follows "in", "at",
  "towards" (a place the model took for a person), and no guess when a person noun ("the
  doctor", "Winnie's mother", "my mum") stands between, unless the pronoun owns that noun
  again ("Mohamed and his father ... His father"). A name an owner deep in its clause
  ("to desire Waymarsh's presence") weighs as one after a preposition. In a text that
  names people often, someone named only once takes a pronoun only when named in full,
  given a gender, and no chain of that gender is running, or when the name says it of
  itself ("Mohamed El-Hassan Mohamed said he"). A pronoun with no one named that near goes
  on the chain of the last one of its gender in the same or the previous sentence ("He
  sat. He looked. He left."), or the one before when the sentence between has no
  quotation and no "I" is said on the way ("He dozed. The rain beat on the roof. He
  slept."). After a "he" or "she" of its gender in the same sentence, a pronoun means
  what that one means ("He bowed to the old man and took off his hat"), unless a person
  of that gender is named (not in a clause a semicolon closed: "at the thought that
  Waymarsh might come; he") or a quotation stands between.
* "the <noun>" goes to the nearest actor before it whose name ends in that noun ("the
  church" -> "Church of Scientology") or who was given that title ("the ambassador" ->
  "Ambassador Mohib"), if named in the last 20 sentences and unless "of" follows ("the
  palace of the Sultan" says itself which palace); "the country", "the city", "the
  company" go to the one actor of that kind named in the last two sentences, if there is
  only one.
* inside a quotation (:mod:`reader.core.actors.quotes`, which reads one over several
  lines whole) "he" or "she" is someone the speaker talks about: the last person named
  earlier in the same quotation, in the last two sentences, whose gender the text makes
  known, unless a person noun stands between ("a man would think twice before he"); else
  no link.
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
from collections.abc import Sequence
from dataclasses import replace

from reader.core.actors.antecedents import Antecedents
from reader.core.actors.descriptions import titles_by_actor
from reader.core.actors.gender import GENDER_OF, PRONOUN
from reader.core.actors.quotes import quotation_spans
from reader.core.actors.speakers import addressee_links, speaker_links
from reader.core.text.mentions import Actor, Mention
from reader.core.text.sentences import sentence_bounds
from reader.core.text.structure import unwrapped

_DESCRIPTION = re.compile(r"\b[Tt]he ([a-z]{3,}|[A-Z][a-z]{2,})\b(?![ -][A-Z])")
_SUBJECTS = frozenset({"he", "she"})
_CHAIN_GAP = 2  # sentences a chain of pronouns reaches over (:func:`_chain_reaches`)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my)\b")


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
    context = Antecedents(text, named, by_id, starts, narrated, quoted)
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
        # "He bowed to the old man and took off his hat": what the he means, his means.
        actor_id = context.subject_before(match.start(), sentence, gender)
        if actor_id is None:
            actor_id = context.pronoun_antecedent(match.start(), gender, chain)
        if (
            actor_id is None
            and gender in last
            and _chain_reaches(context, last[gender][0], match.start(), gender)
        ):
            actor_id = last[gender][1]  # "He ... He ...": the chain goes on
        if match.group(1).lower() in _SUBJECTS:
            context.note_subject(match.end(), sentence, gender, actor_id or "")
        if actor_id == "":
            last.pop(gender, None)  # someone unnamed took over
        if not actor_id:
            context.forget(match.start(), sentence, gender, match.group(1).lower() in _SUBJECTS)
        if actor_id:
            # A person the text gave no gender is a "he" once a "he" is theirs: a "she"
            # after is someone else ("Robin and Alex met. He smiled, and she frowned").
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


def _chain_reaches(context: Antecedents, linked_in: int, position: int, gender: str) -> bool:
    """Whether a chain of pronouns last linked in sentence ``linked_in`` reaches ``position``.

    It reaches the next sentence, and over one sentence with no pronoun of its gender
    ("He dozed. The rain beat on the roof all night. He slept."), unless that sentence
    holds a quotation or opens with a person noun ("The old man coughed"), or the
    narration says "I", "me" or "my" on the way: someone else speaks or acts there, and
    the "he" after may be them or whoever they spoke of. On fiction-dev the reach over
    one sentence adds 126 links, 108 of them right (87.9 % right in all); without the
    "I" exception it adds more (1733 of 1964 right in all), but on news-dev 3 of its 6
    links are wrong (the "she" of an unmarked quotation's "my mum").
    """
    sentence = context.sentence_of(position)
    gap = sentence - linked_in
    if gap <= 1:
        return True
    if gap > _CHAIN_GAP:
        return False
    start, end = context.starts[sentence - 1], context.starts[sentence]
    if any(context.quoted[start:end]) or context.opens_with_person(start, gender):
        return False
    return not _FIRST_PERSON.search(context.text, context.starts[linked_in], position)
