"""Span hygiene: trim what the model glued on, and make names consistent in a document."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from reader.core.documents.article import FURNITURE
from reader.core.language.lexicon import english_lexicon
from reader.core.language.span_breaks import (
    before_open_bracket,
    before_score,
    inner_break,
)
from reader.core.language.titles import TITLE_HEADS, is_title_phrase, title_class
from reader.core.text.mentions import ACTOR_LABELS, Mention
from reader.core.text.remembered import remembered_for_last_text
from reader.core.text.scanning import slice_ends

_EDGE_PUNCT = "\"'“”‘’«»()[]{}<>,;:!?*#|/\\–—-_ \t\n"
POSSESSIVES = ("'s", "’s", "'S", "’S", "'", "’")
# A spoken "will" or "would" glued to a name is one token for the model ("Pete'll come",
# "Tom’d never"): the name is what stands before it.
_CONTRACTIONS = ("'ll", "’ll", "'d", "’d")
_ABBREVIATION_END = re.compile(
    r"(?:\b[A-Za-z]\.|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Bros|Dept|Gov|Mt|No)\.)$"
)
_SENTENCE_END = '.!?"“”:;\n'
# Capitalised only because a sentence starts with them; never part of a name.
_SENTENCE_OPENERS = frozenset(
    {
        "according",
        "after",
        "also",
        "although",
        "and",
        "as",
        "at",
        "because",
        "before",
        "but",
        "despite",
        "during",
        "even",
        "for",
        "from",
        "following",
        "here",
        "however",
        "if",
        "in",
        "including",
        "last",
        "like",
        "meanwhile",
        "many",
        "most",
        "now",
        "of",
        "on",
        "once",
        "only",
        "since",
        "so",
        "some",
        "still",
        "such",
        "that",
        "then",
        "there",
        "these",
        "this",
        "those",
        "though",
        "thus",
        "today",
        "tomorrow",
        "unlike",
        "until",
        "under",
        "when",
        "where",
        "whether",
        "while",
        "with",
        "without",
        "yesterday",
        "yet",
        "dear",
        "dr",
        "mr",
        "mrs",
        "ms",
    }
)
_WORD_START = re.compile(r"[^\W\d_]", re.UNICODE)
# "Ahmed Mohamed Image: Twitter": a caption's credit line glued to the name before it.
_CAPTION_WORDS = frozenset(
    {
        "image",
        "images",
        "photo",
        "photos",
        "picture",
        "video",
        "credit",
        "source",
        "caption",
        "photograph",
    }
)
_BODY_LABELS = frozenset({"ORG", "FAC"})


def clean_span(text: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    """Trim a model span to the name it holds; ``None`` when nothing name-like is left.

    Removes surrounding whitespace and punctuation, a line break and what follows it, a
    cry or an opening quote and what follows it (what precedes it when that holds no
    capital: :mod:`reader.core.language.span_breaks`), a leading "the", a trailing
    possessive or a glued "'ll" or "'d" ("Pete'll"), and a capitalised word glued on at
    a sentence start ("Receiving Huntsman’s" -> "Huntsman").
    """
    start, end = _strip(text, start, end)
    newline = text.find("\n", start, end)
    if newline >= 0:
        start, end = _strip(text, start, newline)
    cut = inner_break(text, start, end)  # "Pétya! Press", "Mary’s ‘God"
    if cut is not None:
        before = _strip(text, start, cut[0])
        capital = any(c.isupper() for c in text[before[0] : before[1]])
        start, end = before if capital else _strip(text, cut[1], end)
    end = before_score(text, start, before_open_bracket(text, start, end))
    if label not in ACTOR_LABELS:
        return (start, end) if end > start else None
    if text[start:end].lower().startswith("the ") and end - start > 4:
        start, end = _strip(text, start + 4, end)
    for suffix in (*_CONTRACTIONS, *POSSESSIVES):
        if text.endswith(suffix, start, end) and end - len(suffix) > start:
            end -= len(suffix)
            break
    if text.endswith(".", start, end) and not _ABBREVIATION_END.search(text[start:end]):
        end -= 1
    start, end = _strip(text, start, end)
    if text[start:end].lower() in FURNITURE:
        return None  # before "Breaking" is taken for a verb opening "Breaking News"
    start = _drop_sentence_opener(text, start, end)
    end = _drop_caption_word(text, start, end)
    if label in _BODY_LABELS and _is_title_modifier(text, start, end):
        return None
    span = text[start:end]
    if end <= start or not any(c.isupper() or c.isdigit() for c in span):
        return None
    if span.lower() in FURNITURE or not _WORD_START.search(span):
        return None
    return start, end


def _drop_caption_word(text: str, start: int, end: int) -> int:
    space = text.rfind(" ", start, end)
    if (
        space < 0
        or not text.startswith(":", end)
        or text[space + 1 : end].casefold() not in _CAPTION_WORDS
    ):
        return end
    return _strip(text, start, space)[1]


def _is_title_modifier(text: str, start: int, end: int) -> bool:
    # "Defense" in "Defense Minister Sergei Shoigu", "Emeritus" in "Emeritus Professor":
    # the model tags a title's modifier as a body. Only spans made of title words
    # followed by a capitalised title head count, so "Microsoft Chief" keeps Microsoft.
    following = re.match(r" ([A-Z][a-z]+)\b", text[end : end + 40])
    if following is None or following.group(1).casefold() not in TITLE_HEADS:
        return False
    return is_title_phrase(text[start:end].split())


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT.replace(".", ""):
        end -= 1
    return start, end


def at_sentence_start(text: str, position: int) -> bool:
    """True when only spaces, quotes or brackets lie between ``position`` and a sentence end."""
    i = position - 1
    while i >= 0 and text[i] in " \t\"'“‘([":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END or text[i] == "—"


def _drop_sentence_opener(text: str, start: int, end: int) -> int:
    space = text.find(" ", start, end)
    if space < 0 or not at_sentence_start(text, start):
        return start
    first = text[start:space]
    lower = first.lower()
    glued = lower in _SENTENCE_OPENERS or (
        len(lower) > 4
        and lower.endswith(("ing", "ed", "ly"))
        and lower not in _name_like(text, first)
        # "Mohammed" and "Emily" end like "Receiving" or "Finally" but are no verb or adverb
        and english_lexicon().verb_or_adverb(lower)
    )
    if not glued:
        return start
    rest = space + 1
    while rest < end and text[rest] == " ":
        rest += 1
    return rest


def _name_like(text: str, word: str) -> set[str]:
    # A word ending in -ing that also appears capitalised mid-sentence is a name
    # ("Golding"), not a verb that happens to open the sentence.
    for match in re.finditer(re.escape(word), text):
        if not at_sentence_start(text, match.start()):
            return {word.lower()}
    return set()


# Remembered: the name rules and the name propagation both ask, for the same text (0.1 s
# on a book).
@remembered_for_last_text
def lowercase_words(text: str) -> frozenset[str]:
    """Every all-lowercase word of ``text`` (ASCII letters), remembered for the last text.

    A slice at a time (:mod:`reader.core.text.scanning`): one regex call over a whole book
    holds the interpreter lock for 0.1 s, which the window's thread would feel as a freeze.
    """
    words: set[str] = set()
    for start, end in slice_ends(text, " "):  # a set a slice at a time too
        words.update(_LOWERCASE_WORD.findall(text, start, end))
    return frozenset(words)


_LOWERCASE_WORD = re.compile(r"\b[a-z]+\b")


def unify_labels(
    mentions: Sequence[Mention], labels: Iterable[str], text: str = ""
) -> list[Mention]:
    """Give every spelling of a name the label most of its mentions carry.

    A full name the text writes after a courtesy title ("Mr. Neville St. Clair") is a
    person's however often the model calls it a body where it stands alone: no company is
    "Mr.". A one-word name ("Mr. Waymarsh") is left to the kind rules, which weigh what
    it does (:mod:`reader.core.language.kind_evidence`).
    """
    wanted = set(labels)
    votes: dict[str, Counter[str]] = {}
    courtesy: set[str] = set()
    for mention in mentions:
        if mention.label in wanted:
            votes.setdefault(mention.text.casefold(), Counter())[mention.label] += 1
            full = " " in mention.text.strip()
            if full and mention.label == "PERSON" and _after_courtesy_title(text, mention.start):
                courtesy.add(mention.text.casefold())
    decided = {text: counter.most_common(1)[0][0] for text, counter in votes.items()}
    decided.update(dict.fromkeys(courtesy, "PERSON"))
    return [
        Mention(m.start, m.end, m.text, decided[m.text.casefold()], m.inferred)
        if m.label in wanted and decided[m.text.casefold()] != m.label
        else m
        for m in mentions
    ]


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.? \Z")


def _after_courtesy_title(text: str, start: int) -> bool:
    """Whether "Mr.", "Mrs.", "Miss" or the like stands right before ``start``."""
    if not text:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and bool(title_class(before.group(1)))
