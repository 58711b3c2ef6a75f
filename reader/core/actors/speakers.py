"""Who says a quotation and whom it calls by name: the "I" and the "you" inside it.

``"I am late," said John.`` and ``John said: "I am late."``: the person named right
beside a quotation with a verb of saying is its speaker, and "I", "me", "my" and
"myself" inside it are that person; so is the person who opens the sentence of narration
a quotation follows on a new line, unless the narrator ("I", "me") is in that sentence
too and as likely the speaker. A quotation with neither (alternating lines of a
dialogue) gets no speaker: its "I" stays unlinked rather than guessed. A "you" in the
sentence of a quotation that calls one person by name ("Curtis, have you no heart?") is
that person.
"""

from __future__ import annotations

import bisect
import re

from reader.core.text.mentions import Mention

FIRST_PERSON = re.compile(r"\b(I|me|my|myself)\b")
_SAY = (
    r"(?:said|says|say|cried|cries|replied|replies|asked|asks|answered|answers|returned"
    r"|continued|exclaimed|added|adds|whispered|observed|remarked|began|repeated|called"
    r"|shouted|muttered|murmured|inquired|enquired|rejoined|resumed|interrupted|urged"
    r"|declared|explained|insisted|demanded|protested|responded|pursued|retorted|went on"
    r"|told|tells|wrote|writes|thought|screamed|stammered)"
)
# After the closing mark: ', said John' or ' John said' (the name's place is checked).
_SAY_THEN_NAME = re.compile(r"\A[,;.!?]?\s*" + _SAY + r"\s+(?:\w+\s+)?\Z")
_NAME_THEN_SAY = re.compile(r"\s+(?:\w+\s+)?" + _SAY + r"\b")  # matched at the name's end
_GAP = re.compile(r"\A\s*[,:]?\s*\Z")  # a name before or after the marks, no stop between
# Before the opening mark: 'John said: ' or 'said John, '.
_SAY_BEFORE = re.compile(r"\A\s+(?:\w+\s+)?" + _SAY + r"(?:\s+\w+){0,5}\s*[,:]\s*\Z")
# 'said Tommy regretfully, "and ...': a few words, then the comma that opens the quotation.
_AFTER_NAME = re.compile(r"\A(?:\s+\w+){0,5}\s*[,:]\s*\Z")
_SAY_NAME_BEFORE = re.compile(r"\b" + _SAY + r"\s+\Z")  # searched up to the name's start
_AND = re.compile(r",?\s+(?:and|or|with)\s")
_SENTENCE_STOP = re.compile(r"[.!?]\s+")
_MARKS = '“”"‘’'
_REACH = 40  # characters either side of the quotation where its speaker is named


def speaker_links(
    text: str,
    quotes: list[tuple[int, int]],
    narrated: list[tuple[Mention, str]],
    people: set[str],
) -> list[tuple[re.Match[str], str]]:
    """Each first-person pronoun inside an attributed quotation, with its speaker's actor id.

    Args:
        text: The text.
        quotes: Quotation spans in text order (:func:`reader.core.actors.quotes.quotation_spans`).
        narrated: Named mentions outside quotations, in text order, with their actor ids.
        people: Actor ids that are people.
    """
    starts = [m.start for m, _ in narrated]
    links: list[tuple[re.Match[str], str]] = []
    for start, end in quotes:
        speaker = _speaker(text, start, end, narrated, starts, people)
        if speaker:
            links.extend((match, speaker) for match in FIRST_PERSON.finditer(text, start, end))
    return links


def _speaker(
    text: str,
    start: int,
    end: int,
    narrated: list[tuple[Mention, str]],
    starts: list[int],
    people: set[str],
) -> str | None:
    # The first person named just after the quotation, with a verb of saying beside it.
    index = bisect.bisect_left(starts, end)
    if index < len(narrated) and starts[index] - end <= _REACH:
        mention, actor_id = narrated[index]
        gap = text[end : mention.start]
        # '"...?" asked John' goes on the sentence; '"...?" John asked' starts a new one
        # unless the quotation ends with a comma ('"I am late," John said').
        said = _SAY_THEN_NAME.match(gap) or (
            _GAP.match(gap)
            and text[end - 2 : end - 1] in (",", "—", "-")
            and _NAME_THEN_SAY.match(text, mention.end)
        )
        if said and actor_id in people and "\n\n" not in gap:
            return actor_id
    # Or the last one named just before it: 'John said: "..."', 'said John, "..."'.
    index = bisect.bisect_left(starts, start) - 1
    if index >= 0 and start - narrated[index][0].end <= _REACH:
        mention, actor_id = narrated[index]
        gap = text[mention.end : start]
        said = _SAY_BEFORE.match(gap) or (
            (_GAP.match(gap) or _AFTER_NAME.match(gap))
            and _SAY_NAME_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        )
        if said and actor_id in people and "\n\n" not in gap:
            return actor_id
    return _subject_before(text, start, narrated, starts, people)


def _subject_before(
    text: str,
    start: int,
    narrated: list[tuple[Mention, str]],
    starts: list[int],
    people: set[str],
) -> str | None:
    """The person who opens the narration sentence a line of dialogue follows.

    'Kronborg sat down.⏎"Good evening, doctor."': with no verb of saying beside it, a
    quotation that starts a line after a sentence of narration opening with a person (by
    name or a linked "he"/"she") is that person's.
    """
    if start == 0 or text[start - 1] != "\n":
        return None
    line_start = text.rfind("\n", 0, start - 1) + 1
    sentence_start = line_start
    for stop in _SENTENCE_STOP.finditer(text, line_start, start - 1):
        sentence_start = stop.end()
    if any(mark in text[sentence_start:start] for mark in _MARKS):
        return None  # the line before holds a quotation: not plain narration
    if FIRST_PERSON.search(text, sentence_start, start):
        # "Holmes sat with his back to me.⏎“How did you know?”": the narrator is in
        # the scene too, and as likely the one who speaks.
        return None
    index = bisect.bisect_left(starts, sentence_start)
    if index == len(narrated) or starts[index] >= start:
        return None
    mention, actor_id = narrated[index]
    if text[sentence_start : mention.start].strip() or actor_id not in people:
        return None
    if _AND.match(text, mention.end):
        return None  # "John and Anna sat down.": which of them speaks is not said
    return actor_id


# "you" said to a person the speaker calls by name in the same sentence ("Curtis Waring,
# have you no heart?"); "your" is left alone: "your uncle", "your Ladyship" name others.
_YOU = re.compile(r"\b(you|yourself)\b", re.IGNORECASE)
# A name called out: at a quotation's start or after a comma or "oh", "dear", "my", and
# followed by a comma or a stop ("Florence, I", "And I, too, Florence.").
_CALLED_BEFORE = re.compile(r"(?:[“\"‘']|[,!?]\s|\b(?:[Oo]h?|[Dd]ear|[Mm]y)\s)\s*\Z")
_CALLED_AFTER = re.compile(r"\s*[,.!?]")
_STOPS = ".!?\n"


def addressee_links(
    text: str,
    quotes: list[tuple[int, int]],
    named: list[tuple[Mention, str]],
    people: set[str],
) -> list[tuple[re.Match[str], str]]:
    """Each "you" inside a quotation in the sentence that calls one person by name.

    Args:
        text: The text.
        quotes: Quotation spans in text order.
        named: Every named mention with its actor id, in text order.
        people: Actor ids that are people.
    """
    starts = [m.start for m, _ in named]
    links: list[tuple[re.Match[str], str]] = []
    for start, end in quotes:
        low, high = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        called = [
            (mention, actor_id)
            for mention, actor_id in named[low:high]
            if actor_id in people
            and _CALLED_AFTER.match(text, mention.end)
            and _CALLED_BEFORE.search(text, max(start, mention.start - 6), mention.start)
        ]
        if len({actor_id for _, actor_id in called}) != 1:
            continue  # no one, or several people, called by name
        mention, actor_id = called[0]
        first = max(start, *(text.rfind(stop, start, mention.start) + 1 for stop in _STOPS))
        ends = [text.find(stop, mention.end, end) for stop in _STOPS]
        last = min([e for e in ends if e >= 0] or [end])
        links.extend((match, actor_id) for match in _YOU.finditer(text, first, last))
    return links
