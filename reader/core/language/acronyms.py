"""Acronyms a text defines: "European Union (EU)", "EU (European Union)".

A name followed by a bracketed short form (or the reverse) tells the reader the two are
one actor, whatever the initials spell ("Internet Explorer 9 (IE9)"), except in a news
dateline, where the bracket names the agency ("CHRISTCHURCH, New Zealand (AP) --").

The model often cuts a body's name at "and": "the England and Wales Cricket Board (ECB)"
gives a country and "Wales Cricket Board". When the short form's first letter is not the
name's but that of the name one "and" before it, the two are one name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from reader.core.language.datelines import dateline_spans
from reader.core.language.lexicon import english_lexicon
from reader.core.text.mentions import Mention

# "(EU)", "(U.N.)", "(IE9)": capitals, dots and digits, 2 to 10 characters, in brackets.
# A single word written with three capitals or more and defined by them is a firm's name.
_BODY = "ORG"
_SHORT_FORM = re.compile(r"[ \t]*\(((?:[A-Z][A-Za-z0-9.&-]{1,9}))\)")


def is_short_form(written: str) -> bool:
    """True for "EU", "U.N.", "IE9": an upper-case token of 2 to 10 characters."""
    bare = written.replace(".", "")
    return (
        2 <= len(bare) <= 10
        and " " not in bare
        and sum(c.isupper() for c in bare) >= 2
        and bare[0].isupper()
    )


def defined_short_forms(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions for bracketed short forms right after a multi-word name the model missed.

    "Joint Council for the Welfare of Immigrants (JCWI)": the model found the name; the
    short form gets the name's label so later uses of "JCWI" can be found.
    """
    taken = {(m.start, m.end) for m in mentions}
    starts = {m.start for m in mentions}
    datelines = dateline_spans(text)
    added: list[Mention] = []
    for mention in mentions:
        if mention.inferred or _inside(mention, datelines):
            continue
        match = _SHORT_FORM.match(text, mention.end)
        if match is None or match.start(1) in starts:
            continue
        short = match.group(1)
        if not _defines(mention.text, short):
            continue
        span = (match.start(1), match.end(1))
        if span not in taken:
            label = _BODY if _camel(mention.text) else mention.label
            added.append(Mention(*span, match.group(1), label))
    return added


def names_joined_by_short_form(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with two names around "and" that one short form spells made one.

    "England and Wales Cricket Board (ECB)" and "National Coordinator for Security and
    Counterterrorism (NCTV)" are one body each (labelled as the part that is a body).
    """
    ordered = sorted(mentions)
    joined: dict[Mention, Mention] = {}
    for first, second in pairwise(ordered):
        match = _SHORT_FORM.match(text, second.end)
        if (
            match is None
            or first.inferred
            or second.inferred
            or text[first.end : second.start] not in (" and ", " & ")
            or not is_short_form(match.group(1))
            or second.text[:1] == match.group(1)[:1]
            or first.text[:1] != match.group(1)[:1]
        ):
            continue
        label = second.label if second.label == "ORG" or first.label != "ORG" else "ORG"
        whole = Mention(first.start, second.end, text[first.start : second.end], label)
        joined[first] = joined[second] = whole
    if not joined:
        return list(mentions)
    return list(dict.fromkeys(joined.get(m, m) for m in mentions))


# A capitalised word or one in capitals right before a name: "UK " of "UK Independence Party".
_WORD_BEFORE = re.compile(r"(?<![\w.’'-])([A-Z][A-Za-z]*) \Z")


def names_grown_to_short_form(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a name grown over the words before it that its short form spells.

    "the UK Independence Party (UKIP)": the model found "Independence Party", whose
    capitals are the end of "UKIP"; the word before it (in capitals, its letters; else its
    first) spells the rest, so it is the name's first word. At most three words, and only
    when they spell the short form's start exactly.
    """
    out: list[Mention] = []
    for mention in mentions:
        match = _SHORT_FORM.match(text, mention.end)
        short = match.group(1).replace(".", "") if match else ""
        own = _capitals(mention.text)
        if mention.inferred or not own or len(short) <= len(own) or not short.endswith(own):
            out.append(mention)
            continue
        wanted, start = short[: -len(own)], mention.start
        for _ in range(3):
            before = _WORD_BEFORE.search(text, max(0, start - 30), start)
            if before is None or not wanted:
                break
            word = before.group(1)
            letters = word if word.isupper() else word[0]
            if not wanted.endswith(letters):
                break
            wanted, start = wanted[: -len(letters)], before.start(1)
        if wanted or start == mention.start:
            out.append(mention)
        else:
            out.append(Mention(start, mention.end, text[start : mention.end], mention.label))
    return out


def camel_case_bodies(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a one-word name its bracketed capitals define labelled a body.

    "the drug maker GlaxoSmithKline (GSK)": a name of one word with three capitals or more
    that a short form spells is a firm's, whatever the model called it.
    """
    named = {
        m.text
        for m in mentions
        if not m.inferred
        and _camel(m.text)
        and (match := _SHORT_FORM.match(text, m.end)) is not None
        and _long_form(m.text, match.group(1))
    }
    return [replace(m, label=_BODY) if m.text in named else m for m in mentions]


def defined_pairs(text: str, mentions: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """(name, short form) pairs the text defines by brackets, in either order."""
    ordered = sorted(m for m in mentions if not m.inferred)
    datelines = dateline_spans(text)
    pairs: list[tuple[Mention, Mention]] = []
    for first, second in pairwise(ordered):
        between = text[first.end : second.start]
        if not re.fullmatch(r"[ \t]*\([ \t]*", between) or not text.startswith(")", second.end):
            continue
        if _inside(first, datelines):
            continue  # "New Zealand (AP) --": the agency
        if _defines(first.text, second.text):
            pairs.append((first, second))
        elif _defines(second.text, first.text):
            pairs.append((second, first))
    return pairs


def _defines(name: str, short: str) -> bool:
    """Whether ``short`` in brackets beside ``name`` is its initials or its blend."""
    return (is_short_form(short) and _long_form(name, short)) or _blend(name, short)


def _long_form(name: str, short: str) -> bool:
    # Several words, or one word whose capitals spell the short form: "GlaxoSmithKline (GSK)".
    return " " in name or (_camel(name) and _capitals(name) == short.replace(".", ""))


def _blend(name: str, short: str) -> bool:
    """A blend of the name's first syllables: "Philippine Institute of Volcanology (Phivolcs)".

    Its letters come in order from at least two of the name's words, the first from the
    first word, and it is no word of English ("Photo").
    """
    words = [w.casefold() for w in name.split()]
    folded = short.casefold()
    if len(words) < 2 or not 4 <= len(short) <= 10 or not short.isalpha():
        return False
    if not short[1:].islower() or folded[0] != words[0][0] or english_lexicon().readings(folded):
        return False
    rest, used = " ".join(words), set()
    position = 0
    for letter in folded:
        position = rest.find(letter, position) + 1
        if not position:
            return False
        used.add(rest.count(" ", 0, position))
    return len(used) >= 2


def _camel(name: str) -> bool:
    return " " not in name and len(_capitals(name)) >= 3 and not name.isupper()


def _capitals(name: str) -> str:
    return "".join(c for c in name if c.isupper())


def _inside(mention: Mention, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= mention.start and mention.end <= end for start, end in spans)
