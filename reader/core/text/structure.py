"""What in a text is layout rather than prose: licence boilerplate, chapter labels, line wraps.

A book from Project Gutenberg carries a licence header and footer between ``*** START
OF`` / ``*** END OF`` markers, labels its chapters ("CHAPTER XII", "BOOK TWO: 1805") and
is hard-wrapped at about 70 columns. None of that is something the book talks about:

* :func:`boilerplate_spans` finds the header and footer (shown subdued, never analysed);
* :func:`heading_label_spans` finds chapter and section labels (styled as headings, never
  entities), a roman numeral heading its own paragraph among them ("I.", "XII. THE
  COPPER BEECHES"); the title after a label ("CHAPTER I. A SCANDAL IN BOHEMIA") stays
  text, as does a lone line in capitals (:func:`capital_lines`, styled as a heading);
* :func:`contents_spans` finds a table of contents (shown subdued, never analysed);
* :func:`unwrapped` gives a copy of the same length in which the single line breaks
  inside a hard-wrapped paragraph are spaces, so "Anna⏎Pávlovna" reads as one name.

Every function keeps offsets: spans index the text as given, copies have its length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.text.remembered import remembered_for_last_text
from reader.core.text.scanning import finditer_sliced

_START = re.compile(
    r"^\*{3} ?START OF (?:THE |THIS )?PROJECT GUTENBERG[^\n]*$", re.MULTILINE | re.IGNORECASE
)
_END = re.compile(
    r"^\*{3} ?END OF (?:THE |THIS )?PROJECT GUTENBERG[^\n]*$", re.MULTILINE | re.IGNORECASE
)
_GUTENBERG_TITLE = re.compile(r"^Title:[ \t]*(\S[^\n]*)$", re.MULTILINE)

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final"
)
# "CHAPTER XII", "Chapter 3.", "BOOK TWO: 1805", "PART THE FIRST", "ADVENTURE I.", "EPILOGUE"; the
# label is a small closed class of English book structure, matched at a line start.
_HEADING_LABEL = re.compile(
    r"^[ \t]*(?:(?:CHAPTER|BOOK|PART|VOLUME|SECTION|STAVE|CANTO|LETTER|ACT|SCENE|ADVENTURE|EPISODE)"
    r"(?:[ \t]+(?:THE[ \t]+)?(?:[IVXLCDM]+\b|\d+\b|(?:" + _NUMBER_WORDS.upper() + r")\b))"
    r"|(?:Chapter|Book|Part|Volume|Section|Stave|Canto|Letter|Act|Scene|Adventure|Episode)"
    r"(?:[ \t]+(?:the[ \t]+)?(?:[IVXLCDM]+\b|\d+\b|(?:" + _NUMBER_WORDS.title() + r")\b))"
    r"|(?:(?:FIRST|SECOND|THIRD|First|Second|Third)[ \t]+)?"
    r"(?:EPILOGUE|PROLOGUE|PREFACE|APPENDIX|CONTENTS|Epilogue|Prologue|Preface|Appendix|Contents)\b)"
    r"(?:[ \t]*[.:][ \t]*(?:\d{3,4}\b(?:[ \t]*[-–][ \t]*\d{2,4}\b)?)?)?",
    re.MULTILINE,
)
_ROMAN = r"(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
# "I.", "XII. THE COPPER BEECHES", "IV": a numeral opening a line, then a title or nothing;
# a heading only when the line is a paragraph of its own (:func:`_numbered_headings`).
_NUMBERED_LINE = re.compile(r"^[ \t]*(" + _ROMAN + r")(?:\.|(?=[ \t]*$))([^\n]*)$", re.MULTILINE)
# A lone line with no small letter: "THE LONG NIGHT", "A SCANDAL IN BOHEMIA".
_CAPITALS_LINE = re.compile(r"^[ \t]*([^\sa-z“‘\"'(\[][^a-z\n]*?)[ \t]*$", re.MULTILINE)
_MAX_CAPITALS_WORDS = 10
_CONTENTS = re.compile(
    r"^[ \t]*(?:TABLE OF CONTENTS|Table of Contents|CONTENTS|Contents)[ \t]*[.:]?[ \t]*$",
    re.MULTILINE,
)
# A contents entry opens with a number ("VII.   The Blue Carbuncle", "3. Home") or a
# label, ends with a page number, or is a short line of capitalised words.
_ENTRY_NUMBER = re.compile(r"(?:" + _ROMAN + r"|\d+)(?:[.):]|[ \t]{2,}|$)")
_PAGE_NUMBER = re.compile(r"\s\d+$")
_ENTRY_MAX_CHARS = 80
_ENTRY_MAX_WORDS = 12
_CONTENTS_MAX_LINES = 800
_SMALL_WORDS = frozenset(
    {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
)
# A second label after the first on its line ("VOLUME I CHAPTER I.").
_NEXT_LABEL = re.compile(_HEADING_LABEL.pattern.removeprefix("^"), re.MULTILINE)
# A hard-wrapped paragraph: every line but its last about as long as the longest.
_WRAP_MIN = 40
_WRAP_MAX = 100
_WRAP_RATIO = 0.6


def boilerplate_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The Project Gutenberg header (to its START line) and footer (from its END line)."""
    start, end = _marker_line(_START, text), _marker_line(_END, text)
    spans: list[tuple[int, int]] = []
    if start is not None:
        spans.append((0, start.end()))
    if end is not None and (start is None or end.start() > start.end()):
        spans.append((end.start(), len(text)))
    return tuple(spans)


def _marker_line(marker: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first line ``marker`` matches, tried only where a line starts with "***".

    The END line is near the end of a 3 MB book: a case-blind regex search that far held
    the interpreter lock (the window's too) for 20-70 ms; ``str.find`` gets there in 1.
    """
    position = text.find("***")
    while position >= 0:
        if position == 0 or text[position - 1] == "\n":
            found = marker.match(text, position)
            if found is not None:
                return found
        position = text.find("***", position + 3)
    return None


def boilerplate_title(text: str) -> str:
    """The book's title from a Gutenberg header ("Title: War and Peace"), else ``""``."""
    start = _marker_line(_START, text)
    if start is None:
        return ""
    title = _GUTENBERG_TITLE.search(text, 0, start.start())
    return title.group(1).strip() if title else ""


def heading_label_spans(text: str) -> list[tuple[int, int]]:
    """Spans of chapter and section labels at line starts ("CHAPTER XII", "BOOK TWO: 1805").

    Labels that follow each other on one line are one span ("VOLUME I CHAPTER I.").
    """
    return list(_label_spans(text))


# Remembered: the headings' titles, their capitals lines and the places with no entities
# each ask for a book's labels (55 ms on War and Peace); a copy is handed out.
@remembered_for_last_text
def _label_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    for match in finditer_sliced(_HEADING_LABEL, text):
        start = match.start() + len(match.group()) - len(match.group().lstrip(" \t"))
        end = match.end()
        for _ in range(3):
            more = _NEXT_LABEL.match(text, end)
            spaced = text[end - 1 : end + 1].strip(" \t") != text[end - 1 : end + 1]
            if more is None or more.end() == end or not spaced:
                break
            end = more.end()
        while end > start and text[end - 1] in " \t":
            end -= 1
        spans.append((start, end))
    return tuple(sorted([*spans, *_numbered_headings(text)]))


def _numbered_headings(text: str) -> list[tuple[int, int]]:
    """The numerals of lines like "XII. THE COPPER BEECHES" that are a paragraph of their own.

    The title after the numeral, if any, is in capitals or Title Case ("I. A Scandal in
    Bohemia"); "I. M. Hale replied" inside a paragraph, or "I went", is prose.
    """
    spans = []
    for match in finditer_sliced(_NUMBERED_LINE, text):
        title = match.group(2).strip()
        if title and any(c.islower() for c in title) and not _title_case(title):
            continue
        if _own_paragraph(text, match.start(), match.end()):
            spans.append((match.start(1), match.end(1) + text.startswith(".", match.end(1))))
    return spans


def _own_paragraph(text: str, line_start: int, line_end: int) -> bool:
    """Whether the line from ``line_start`` to ``line_end`` has blank lines (or ends) around it."""
    before = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start > 0 else 0
    if line_start > 0 and text[before : line_start - 1].strip():
        return False
    after = text.find("\n", line_end + 1)
    return not text[line_end + 1 : len(text) if after < 0 else after].strip()


def _title_case(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _ENTRY_MAX_WORDS and all(
        not word[:1].islower() or word in _SMALL_WORDS for word in words
    )


def capital_lines(
    text: str, labels: Sequence[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Lines of two or more words in capitals, a paragraph of their own ("THE LONG NIGHT").

    Label lines are left out, and so is one word alone: "MARY" under a letter signs it.

    A book sets a story's or part's title so; the words stay text, but a name in them
    counts only where the text names it elsewhere too
    (:func:`reader.core.language.headings.title_spans`).
    """
    if labels is None:
        labels = heading_label_spans(text)
    label_lines = {text.rfind("\n", 0, start) + 1 for start, _ in labels}
    boilerplate = boilerplate_spans(text)
    lines = []
    for match in finditer_sliced(_CAPITALS_LINE, text):
        if any(start <= match.start() < end for start, end in boilerplate):
            continue  # the licence's "*** START OF …" and "THE FULL … LICENSE" lines
        words = match.group(1).split()
        letters = sum(c.isalpha() for c in match.group(1))
        if (
            letters >= 3
            and not any(c.islower() for c in match.group(1))
            and 2 <= len(words) <= _MAX_CAPITALS_WORDS  # "MARY" alone signs a letter
            and match.start() not in label_lines
            and _own_paragraph(text, match.start(), match.end())
        ):
            lines.append((match.start(1), match.end(1)))
    return lines


def contents_spans(text: str) -> list[tuple[int, int]]:
    """Tables of contents: a "Contents" line and the entry lines after it.

    Entries may be spaced by blank lines; the block ends before the first line that is no
    entry (prose) or that repeats the first entry (the book's own first heading).
    """
    spans = []
    for match in finditer_sliced(_CONTENTS, text):
        end = _contents_end(text, match.end())
        if end > match.end():
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            spans.append((start, end))
    return spans


def _contents_end(text: str, position: int) -> int:
    end, first, entries = position, "", 0
    for _ in range(_CONTENTS_MAX_LINES):
        if position >= len(text):
            break
        line_end = text.find("\n", position + 1)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end].strip()
        if line:
            key = " ".join(line.split()).casefold()
            if not _entry(line) or key == first:
                break
            first = first or key
            entries += 1
            end = position + len(text[position:line_end].rstrip())
        position = line_end
    return end if entries >= 2 else -1


def _entry(line: str) -> bool:
    if len(line) > _ENTRY_MAX_CHARS:
        return False
    return bool(
        _ENTRY_NUMBER.match(line)
        or _HEADING_LABEL.match(line)
        or _PAGE_NUMBER.search(line)
        or _title_case(line)
    )


def heading_label_lines(text: str) -> list[tuple[int, int]]:
    """Whole lines that hold a chapter or section label, and lone lines in capitals.

    For the view to style as headings.
    """
    lines = []
    labels = heading_label_spans(text)
    for start, _ in labels:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        lines.append((line_start, len(text) if line_end < 0 else line_end))
    return sorted({*lines, *capital_lines(text, labels)})


def non_content_spans(text: str) -> list[tuple[int, int]]:
    """Boilerplate, contents and heading labels, sorted and disjoint: places with no entities."""
    merged: list[tuple[int, int]] = []
    spans = [*boilerplate_spans(text), *contents_spans(text), *heading_label_spans(text)]
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def blank_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with every span turned into spaces (line breaks kept), same length."""
    if not spans:
        return text
    parts: list[str] = []
    position = 0
    for start, end in spans:
        start = max(start, position)
        if end <= start:
            continue
        parts.append(text[position:start])
        parts.append(re.sub(r"[^\n]", " ", text[start:end]))
        position = end
    parts.append(text[position:])
    return "".join(parts)


def unwrapped(text: str) -> str:
    r"""A copy of ``text`` of the same length with hard line wraps turned into spaces.

    A paragraph (lines between blank lines) counts as hard-wrapped when it has two or more
    lines, the longest is 40 to 100 characters, and every line but the last is at least
    60 % of the longest: prose wrapped at a fixed width. Verse, lists, dialogue lines and
    one-sentence-per-line text fail that test and keep their line breaks.
    """
    if "\n" not in text:
        return text
    out: list[str] = []
    # Every blank line between paragraphs is a separator: after a heading or a footnote a
    # text often leaves two, and a paragraph must not start with an empty "line".
    for paragraph in re.split(r"(\n(?:[ \t]*\n)+)", text):
        out.append(_unwrap_paragraph(paragraph))
    result = "".join(out)
    return result if len(result) == len(text) else text


def _unwrap_paragraph(paragraph: str) -> str:
    lines = paragraph.split("\n")
    if len(lines) < 2 or not paragraph.strip():
        return paragraph
    body = [len(line.rstrip()) for line in lines[:-1]]
    longest = max(len(line.rstrip()) for line in lines)
    if not _WRAP_MIN <= longest <= _WRAP_MAX or min(body) < _WRAP_RATIO * longest:
        return paragraph
    return paragraph.replace("\n", " ")
