"""From canonical text to cleaned mentions: blocks, case normalisation, spaCy, span cleanup.

The work is split so the expensive part can run in another process:
:func:`text_blocks` cuts the text into paragraphs, :func:`find_spans` runs the model on
some of them (in a worker), and :func:`finalize_mentions` cleans and completes the raw
spans for the whole document.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from reader.core.language.acronyms import (
    camel_case_bodies,
    defined_short_forms,
    names_grown_to_short_form,
    names_joined_by_short_form,
)
from reader.core.language.blanked_names import blanked_names
from reader.core.language.body_nouns import body_kinds
from reader.core.language.boundaries import fix_boundaries
from reader.core.language.buildings import buildings, short_places
from reader.core.language.capitalised import capitalised_names
from reader.core.language.class_nouns import drop_class_nouns, person_nouns
from reader.core.language.clubs import club_kinds, club_names, score_cuts
from reader.core.language.courtesy import courtesy_cuts
from reader.core.language.cries import drop_cries
from reader.core.language.date_names import dates_named_elsewhere
from reader.core.language.datelines import (
    byline_people,
    dateline_agencies,
    dateline_cuts,
    dateline_places,
)
from reader.core.language.firm_names import firm_first_words
from reader.core.language.glued import split_glued_names
from reader.core.language.head_words import headed_places
from reader.core.language.headings import drop_heading_titles
from reader.core.language.headline_names import headline_names
from reader.core.language.hyphen_names import hyphen_names
from reader.core.language.kind_evidence import relabel_people
from reader.core.language.letter_marks import drop_letter_marks
from reader.core.language.listed_places import listed_places, places_listed_with_places
from reader.core.language.modifiers import drop_modifier_names
from reader.core.language.name_abbreviations import join_name_abbreviations
from reader.core.language.name_edges import trim_name_edges
from reader.core.language.name_growth import grow_over_given_names
from reader.core.language.name_pairs import pairs_named_together
from reader.core.language.offices import drop_offices
from reader.core.language.opening_callings import opening_callings
from reader.core.language.parties import party_members, party_names
from reader.core.language.place_evidence import relabel_places
from reader.core.language.places import lands_named_as_peoples, towns_named_as_peoples
from reader.core.language.portfolios import portfolio_ends, portfolio_heads
from reader.core.language.postnominals import drop_postnominals
from reader.core.language.recurrence import propagate_names
from reader.core.language.rivers import rivers
from reader.core.language.saint_places import saint_places
from reader.core.language.spans import clean_span, unify_labels
from reader.core.language.storms import storm_events
from reader.core.language.streets import hyphened_streets
from reader.core.language.unknown_words import unknown_words
from reader.core.language.vessels import vessel_names
from reader.core.text.local import PIECE_CHARS, cut_point
from reader.core.text.mentions import ACTOR_LABELS, Mention
from reader.core.text.normal import Mapping, model_copy, original_span
from reader.core.text.structure import (
    blank_spans,
    boilerplate_spans,
    heading_label_spans,
    non_content_spans,
    unwrapped,
)

if TYPE_CHECKING:
    from spacy.language import Language

#: A raw model span: (start, end, label) in document code points.
RawSpan = tuple[int, int, str]

# Longest block handed to the model at once: small pieces keep memory flat on books
# without hard line breaks (64 blocks of 20,000 characters in one batch held 1 GB).
MAX_BLOCK_CHARS = PIECE_CHARS
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"[^\W\d_][^\W_'’.-]*(?:[.'’-][^\W\d_]+)*\.?")
_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z .,'’/-]{2,60}?)[ \t]*(?:--|—|–|\(|:)")
# Words in capitals inside a mixed line ("read the entry: JOHN WARWICK, CLARENCE."): two or
# more, joined by spaces, commas or hyphens; single letters ("I", "A") may sit among them.
_SHOUTED_RUN = re.compile(r"(?<![\w.])(?<!\w-)[A-Z][A-Z'’-]*(?:,? [A-Z][A-Z'’-]*\b)+(?![\w'’-])")
_GLUED_DASH = re.compile(r"(?<=[:;!?.])--(?!-)")
_LONG_CAPITALS = re.compile(r"[A-Z]{3,}")
_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from"}
)


def text_blocks(text: str, max_chars: int = MAX_BLOCK_CHARS) -> list[tuple[int, str]]:
    """Paragraphs of ``text`` as ``(offset, paragraph)``; long ones cut at line or sentence end.

    A book's licence header and footer (:func:`reader.core.text.structure.boilerplate_spans`)
    are not the book: their paragraphs are left out.
    """
    return list(iter_text_blocks(text, max_chars))


def iter_text_blocks(text: str, max_chars: int = MAX_BLOCK_CHARS) -> Iterator[tuple[int, str]]:
    """:func:`text_blocks` one at a time, found as they are asked for.

    The window's collector thread sends a book's first paragraphs to the model before the
    rest are cut, and no one regex call over the whole book holds the interpreter lock.
    """
    skipped = boilerplate_spans(text)
    position = 0
    for match in itertools.chain(_PARAGRAPH_BREAK.finditer(text), [None]):
        end = match.start() if match else len(text)
        for start, block in _cut(text, position, end, max_chars):
            if block.strip() and not any(
                s <= start and start + len(block) <= e for s, e in skipped
            ):
                yield start, block
        if match:
            position = match.end()


def _cut(text: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, str]]:
    while end - start > max_chars:
        cut = cut_point(text, start, max_chars)
        yield start, text[start:cut]
        start = cut
    yield start, text[start:end]


def case_normalized(text: str) -> str:
    """A copy of ``text`` of the same length in which shouting is turned into Title Case.

    Models trained on news miss names written in capitals ("RUSSIA --", headlines).
    Lines that are mostly capitals, a capitalised dateline before ``--``, and a run of two
    or more words in capitals inside a line ("the inscription: ARCHIBALD STRAIGHT, LAWYER")
    are rewritten word by word; a lone acronym ("the NATO chief") stays. Every character
    keeps its place, so offsets found in the copy hold in the original.
    """
    out: list[str] = []
    for line in text.split("\n"):
        letters = [c for c in line if c.isalpha()]
        uppers = sum(c.isupper() for c in letters)
        if len(letters) >= 4 and uppers >= 0.8 * len(letters):
            line = _title_words(line, 0, len(line))
        else:
            dateline = _DATELINE.match(line)
            if dateline and sum(c.isupper() for c in dateline.group(1)) >= 4:
                line = _title_words(line, dateline.start(1), dateline.end(1))
            line = _shouted_runs(line)
        out.append(line)
    result = "\n".join(out)
    return result if len(result) == len(text) else text


def _shouted_runs(line: str) -> str:
    """``line`` with each run of two or more long words in capitals in Title Case."""
    for run in _SHOUTED_RUN.finditer(line):
        if len(_LONG_CAPITALS.findall(run.group())) >= 2:
            line = _title_words(line, run.start(), run.end())
    return line


def _title_words(line: str, start: int, end: int) -> str:
    chars = list(line)
    for match in _WORD.finditer(line, start, end):
        word = match.group()
        letters = word.replace(".", "")
        if "." in word[:-1] or len(letters) <= 2:
            continue  # "U.S.", "UK", "EU": keep abbreviations as written
        lower = word.lower()
        first = match.start()
        new = lower if lower in _SMALL_WORDS and first != start else _same_length_title(word)
        chars[first : match.end()] = list(new)
    return "".join(chars)


def _same_length_title(word: str) -> str:
    # str.lower() can change length ("İ" -> "i̇"): only letters that keep it are changed.
    head, rest = word[0], word[1:]
    return head + "".join(c.lower() if len(c.lower()) == 1 else c for c in rest)


def model_text(block: str) -> str:
    """What the model reads for ``block``: same length, names easier to see.

    Chapter labels are blanked (they are never entities), shouting is put in Title Case
    (:func:`case_normalized`) and hard line wraps become spaces
    (:func:`reader.core.text.structure.unwrapped`) and a typewritten dash "--" after a colon
    or a stop is read as a spaced dash " —", so every offset holds in the original.
    """
    copy = unwrapped(case_normalized(blank_spans(block, heading_label_spans(block))))
    # A typewritten dash after a colon, a cry or a question glues what it introduces into one
    # token for the model ("entry:--Archibald", "thing?--Mr. Knightley!--Mr. Knightley";
    # "said--John" is split already): it reads a spaced dash instead.
    # After a comma too ("mills,--Hugh Wolfe"), but there it found four more right names on
    # fiction-dev and cost grouping more (B-cubed) against chains the gold keeps apart.
    return _GLUED_DASH.sub(" —", copy)


def find_block_spans(
    blocks: Sequence[tuple[int, str]], nlp: Language, batch_size: int = 64
) -> list[list[RawSpan]]:
    """Run the model over ``blocks``; for each block, its spans in document offsets.

    The model reads :func:`model_text` of each block with names in one Unicode form
    (:func:`reader.core.text.normal.model_copy`).
    """
    copies = (model_copy(model_text(block)) for _, block in blocks)
    docs = nlp.pipe(copies, batch_size=batch_size, as_tuples=True)
    return [
        [_block_span(offset, mapping, ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
        for (offset, _), (doc, mapping) in zip(blocks, docs, strict=True)
    ]


def _block_span(offset: int, mapping: Mapping | None, start: int, end: int, label: str) -> RawSpan:
    start, end = original_span(mapping, start, end)
    return offset + start, offset + end, label


def find_spans(blocks: Sequence[tuple[int, str]], nlp: Language) -> list[RawSpan]:
    """All spans the model finds in ``blocks``, in document offsets."""
    return [span for spans in find_block_spans(blocks, nlp) for span in spans]


def finalize_mentions(text: str, raw: Iterable[RawSpan]) -> tuple[Mention, ...]:
    """Clean raw model spans and make them consistent across the document.

    Each span is trimmed (:func:`reader.core.language.spans.clean_span`); names found once are
    found wherever they recur; each name gets one label for the whole document. The
    rules read hard-wrapped paragraphs as running text (a name may be broken by a line
    wrap), and nothing is found in a licence header or a chapter label, nor in a chapter's
    title unless the text names it elsewhere too.
    """
    original, text = text, unwrapped(text)
    skipped = non_content_spans(original)
    cleaned: dict[tuple[int, int], str] = {}
    for start, end, label in sorted(raw):
        span = clean_span(text, start, end, label)
        if span is not None and not _overlaps(cleaned, span):
            cleaned[span] = label
    mentions = [Mention(s, e, text[s:e], label) for (s, e), label in cleaned.items()]
    mentions = saint_places(text, fix_boundaries(text, dateline_cuts(text, mentions)))
    mentions = join_name_abbreviations(text, mentions)
    mentions = hyphened_streets(text, trim_name_edges(text, mentions))
    mentions = portfolio_heads(text, portfolio_ends(text, hyphen_names(text, mentions)))
    mentions = names_joined_by_short_form(text, opening_callings(text, mentions))
    mentions = names_grown_to_short_form(text, mentions)
    mentions = party_names(text, club_names(text, score_cuts(text, mentions)))
    mentions = party_members(mentions)
    mentions = camel_case_bodies(text, mentions) + defined_short_forms(text, mentions)
    mentions += capitalised_names(text, mentions)
    mentions += dateline_agencies(text, mentions) + byline_people(text, mentions)
    mentions += unknown_words(text, mentions)
    mentions = blanked_names(text, mentions)  # "Mr G—n", "W—m": a name hidden by a dash
    mentions += firm_first_words(text, mentions)
    mentions = courtesy_cuts(text, mentions)
    mentions = split_glued_names(text, mentions)  # before "Freemasonry Pierre" recurs as a name
    mentions = headline_names(text, mentions)
    mentions = drop_class_nouns(text, propagate_names(text, mentions, ACTOR_LABELS))
    mentions = pairs_named_together(text, mentions)
    mentions = drop_modifier_names(text, dates_named_elsewhere(mentions))
    mentions = lands_named_as_peoples(buildings(text, relabel_people(text, mentions)))
    mentions = towns_named_as_peoples(text, mentions)
    mentions = storm_events(rivers(text, relabel_places(text, mentions)))
    mentions = person_nouns(text, short_places(text, headed_places(mentions, text)))
    mentions = club_kinds(text, unify_labels(mentions, ACTOR_LABELS, text))
    mentions = body_kinds(text, listed_places(text, dateline_places(text, mentions)))
    mentions = places_listed_with_places(text, mentions)
    mentions = grow_over_given_names(text, drop_postnominals(text, mentions))
    mentions = drop_offices(text, mentions)  # after the portfolios grew: the whole office goes
    # A name in a contents entry is no evidence that a heading's title names it.
    mentions = vessel_names(text, drop_letter_marks(text, drop_cries(text, mentions)))
    mentions = drop_heading_titles(original, _outside(mentions, skipped))
    return tuple(
        sorted(
            Mention(m.start, m.end, original[m.start : m.end], m.label, m.inferred)
            for m in mentions
        )
    )


def _outside(mentions: Iterable[Mention], skipped: Sequence[tuple[int, int]]) -> list[Mention]:
    """The mentions that overlap none of the sorted, disjoint ``skipped`` spans."""
    if not skipped:
        return list(mentions)
    starts = [start for start, _ in skipped]
    kept = []
    for mention in mentions:
        index = bisect.bisect_right(starts, mention.start) - 1
        hit = index >= 0 and skipped[index][1] > mention.start
        nxt = index + 1
        hit = hit or (nxt < len(skipped) and skipped[nxt][0] < mention.end)
        if not hit:
            kept.append(mention)
    return kept


def interim_mentions(
    text: str, spans_per_block: Iterable[Iterable[RawSpan]]
) -> tuple[Mention, ...]:
    """Cleaned mentions of some blocks, before the document-wide passes.

    What a long text shows while the rest is still analysed; :func:`finalize_mentions`
    over every block gives the result that replaces it.
    """
    mentions: list[Mention] = []
    for spans in spans_per_block:
        for start, end, label in spans:
            span = clean_span(text, start, end, label)
            if span is not None:
                mentions.append(Mention(span[0], span[1], text[span[0] : span[1]], label))
    return tuple(mentions)


def _overlaps(taken: dict[tuple[int, int], str], span: tuple[int, int]) -> bool:
    # Spans arrive sorted by start, so only the previous kept span can overlap.
    if not taken:
        return False
    last_start, last_end = next(reversed(taken))
    return span[0] < last_end and last_start < span[1]


def analyze(text: str, nlp: Language) -> tuple[Mention, ...]:
    """All cleaned mentions in ``text``: the whole analysis in one call (CLI, tests)."""
    return finalize_mentions(text, find_spans(text_blocks(text), nlp))
