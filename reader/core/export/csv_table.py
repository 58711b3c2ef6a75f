"""The CSV form of an analysis: one row per mention, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from reader.core.text.kinds import kind_for
from reader.core.text.mentions import Actor
from reader.core.text.sentences import sentence_at, sentence_bounds

CSV_COLUMNS = ("actor", "kind", "start", "end", "text", "sentence")
# A cell starting with one of these is a formula to a spreadsheet; text from a web page
# must not run as one when the CSV is opened ("CSV injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def to_csv(text: str, actors: Sequence[Actor]) -> str:
    """One row per mention: actor name, kind name, start, end, text and its sentence.

    Rows follow the actor list, each actor's mentions in text order. Cells a spreadsheet
    would run as a formula get a leading ``'``. Encode as ``utf-8-sig`` for Excel.
    """
    bounds = sentence_bounds(text)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for actor in actors:
        for mention in actor.mentions:
            start, end = sentence_at(text, mention.start, bounds)
            writer.writerow(
                (
                    _cell(actor.name),
                    kind_for(mention.label).name,
                    mention.start,
                    mention.end,
                    _cell(mention.text),
                    _cell(text[start:end]),
                )
            )
    return out.getvalue()


def _cell(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value
