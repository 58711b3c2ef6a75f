"""Who says a quotation, when the narration names them beside it, and the "I" it contains.

``"I am late," said John.`` and ``John said: "I am late."``: the person named right
beside a quotation with a verb of saying is its speaker, and "I", "me", "my" and
"myself" inside it are that person. A quotation with no such name beside it
(alternating lines of a dialogue) gets no speaker: its "I" stays unlinked rather than
guessed.
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
_SAY_BEFORE = re.compile(r"\A\s+(?:\w+\s+)?" + _SAY + r"(?:\s+\w+)?\s*[,:]\s*\Z")
_SAY_NAME_BEFORE = re.compile(r"\b" + _SAY + r"\s+\Z")  # searched up to the name's start
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
            _GAP.match(gap)
            and _SAY_NAME_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        )
        if said and actor_id in people and "\n\n" not in gap:
            return actor_id
    return None
