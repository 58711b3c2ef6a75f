"""A standalone annotated HTML page of an analysis: no scripts, no links out, all escaped."""

from __future__ import annotations

import html
from collections.abc import Sequence

from reader.core.documents.article import Article
from reader.core.text.kinds import KINDS, kind_for
from reader.core.text.mentions import Actor, Mention

_CSS_LINES = {
    "solid": "solid",
    "dash": "dashed",
    "dot": "dotted",
    "wave": "wavy",
    "dashdot": "double",  # CSS has no dash-dot; double keeps it distinct from the rest
}


def to_html(
    article: Article, actors: Sequence[Actor], pipeline: str = "", *, for_print: bool = False
) -> str:
    """A standalone page: the text with every mention highlighted, a legend, the actors.

    No scripts, no links out, no external style sheets or fonts; every piece of the
    document (text, title, names) is escaped, so the text can never become markup.
    With ``for_print`` the sizes are in points (11 pt body) for Qt's printing, which
    reads CSS pixels as device pixels: 16 px at 1,200 dpi is about 1 pt on paper.
    """
    owner = {(m.start, m.end): a for a in actors for m in a.mentions}
    mentions = sorted(m for a in actors for m in a.mentions)
    used = sorted({m.label for m in mentions}, key=_kind_order)
    esc = html.escape
    parts = [
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f"<title>{esc(article.title or article.source)}</title>\n",
        f"<style>\n{_css(used, for_print)}</style>\n</head>\n<body>\n",
        f"<h1>{esc(article.title)}</h1>\n",
        f'<p class="meta">{esc(article.source)}',
        f" \u00b7 {esc(pipeline)}" if pipeline else "",
        "</p>\n",
        _legend(used, for_print),
        '<div class="text">',
        _annotated(article.text, mentions, owner),
        "</div>\n",
        _actor_list(actors),
        "</body>\n</html>\n",
    ]
    return "".join(parts)


def _kind_order(label: str) -> tuple[int, str]:
    order = list(KINDS)
    return (order.index(label), label) if label in KINDS else (len(order), label)


def _css_class(label: str) -> str:
    # Labels are letters and underscores; anything else is dropped, never injected.
    return "k-" + "".join(c for c in label if c.isalnum() or c == "_")


#: Print sizes in points: what a reader expects of a printed page, never device pixels.
_PRINT_RULES = [
    "body { font-family: Georgia, serif; font-size: 11pt; color: #1a1a1a; }",
    "h1 { font-size: 17pt; font-weight: bold; margin: 0 0 6pt 0; }",
    "h2 { font-size: 13pt; font-weight: bold; margin: 12pt 0 4pt 0; }",
    ".text { white-space: pre-wrap; }",
    ".meta { color: #555; font-size: 9pt; }",
    ".legend { font-family: sans-serif; font-size: 9pt; }",
    ".actors { font-family: sans-serif; font-size: 9.5pt; }",
]


def _css(labels: Sequence[str], for_print: bool = False) -> str:
    rules = (
        _PRINT_RULES[:]
        if for_print
        else [
            "body { font: 16px/1.6 Georgia, serif; max-width: 46em; margin: 2em auto; "
            "padding: 0 1em; color: #1a1a1a; background: #fff; }",
            ".text { white-space: pre-wrap; }",
            ".meta { color: #555; font-size: 0.85em; }",
            "mark { color: inherit; border-radius: 2px; padding: 0 1px; "
            "text-decoration-thickness: 2px; text-underline-offset: 3px; }",
            "mark::after { content: attr(data-kind); font: 0.6em/1 sans-serif; "
            "vertical-align: super; margin-left: 2px; color: #333; }",
            ".legend span, .actors .kind { display: inline-block; padding: 0 0.4em; "
            "margin: 0 0.3em 0.3em 0; border-radius: 2px; }",
            ".actors { font: 0.9em/1.5 sans-serif; }",
        ]
    )
    # After the kinds' rules, so that a guessed link is drawn lighter than a name.
    last = ["mark.inferred { background: transparent; outline: 1px dashed #888; }"]
    for label in labels:
        kind = kind_for(label)
        line = _CSS_LINES.get(kind.underline)
        decoration = (
            f" text-decoration: underline {line} {kind.accent};" if line is not None else ""
        )
        rules.append(f".{_css_class(label)} {{ background: {kind.color};{decoration} }}")
    return "\n".join(rules + last) + "\n"


def _legend(labels: Sequence[str], for_print: bool = False) -> str:
    if not labels:
        return ""
    # Spaces between the names in print: Qt has no inline-block padding to part them.
    items = (" " if for_print else "").join(
        f'<span class="{_css_class(label)}">{html.escape(kind_for(label).name)}</span>'
        for label in labels
    )
    return f'<p class="legend">{items}</p>\n'


def _annotated(text: str, mentions: Sequence[Mention], owner: dict[tuple[int, int], Actor]) -> str:
    pieces: list[str] = []
    position = 0
    for mention in mentions:
        if mention.start < position or mention.end > len(text):
            continue  # overlapping or outside: never drawn across another highlight
        actor = owner[(mention.start, mention.end)]
        kind = kind_for(mention.label)
        pieces.append(html.escape(text[position : mention.start]))
        inferred = " inferred" if mention.inferred else ""
        tooltip = f"{kind.name}: {actor.name}" + (" (inferred)" if inferred else "")
        pieces.append(
            f'<mark id="m{mention.start}" class="{_css_class(mention.label)}{inferred}" '
            f'title="{html.escape(tooltip)}" data-kind="{html.escape(kind.name)}">'
            f"{html.escape(text[mention.start : mention.end])}</mark>"
        )
        position = mention.end
    pieces.append(html.escape(text[position:]))
    return "".join(pieces)


def _actor_list(actors: Sequence[Actor]) -> str:
    if not actors:
        return ""
    rows = []
    for actor in actors:
        kind = kind_for(actor.label)
        count = len(actor.mentions)
        first = f"#m{actor.mentions[0].start}" if actor.mentions else "#"
        rows.append(
            f'<li><a href="{first}">{html.escape(actor.name)}</a> '
            f'<span class="kind {_css_class(actor.label)}">{html.escape(kind.name)}</span> '
            f"{count} mention{'s' if count != 1 else ''}"
            f"{' (edited)' if actor.edited else ''}</li>"
        )
    items = "\n".join(rows)
    return f'<h2>Actors</h2>\n<ol class="actors">\n{items}\n</ol>\n'
