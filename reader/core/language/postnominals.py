"""Letters after a person's name are degrees and honours, not actors.

"James Mortimer, M.R.C.S.", "John Graves, Esq.", "Rev. Cuthbert Eager, M. A. Oxon.": what
follows a person's name and a comma, when it opens with initials ("M.R.C.S.", "M. A.")
or is "Esq.", "Jr." or "Sr." ("Erwin Vahlsing, Jr."), says what the person is, not who
else is there. A place after a comma
stays ("Washington, D.C."): only a name the text labels a person's is followed so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.text.mentions import Mention

_LETTERS = re.compile(r"(?:[A-Z][a-z]?\.\s?){2,}(?:\S.*)?|(?:Esq|Jr|Jnr|Sr|Snr)\.?")
# Never a person's name, whatever cue follows ("Erwin Vahlsing, Jr., ICOA's chief officer").
_SUFFIX = re.compile(r"(?:Esq|Jr|Jnr|Sr|Snr)\.?")
_COMMA = ", "


def drop_postnominals(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the degrees and honours written after a person's name."""
    people_end = {m.end for m in mentions if m.label == "PERSON" and not m.inferred}
    return [
        m
        for m in mentions
        if m.inferred
        or (m.label == "PERSON" and not _SUFFIX.fullmatch(m.text))
        or m.start - len(_COMMA) not in people_end
        or text[m.start - len(_COMMA) : m.start] != _COMMA
        or not _LETTERS.fullmatch(m.text)
    ]
