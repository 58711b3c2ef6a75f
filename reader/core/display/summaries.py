"""The one-line texts the window shows: its title, the counts of actors and mentions."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from reader.core.documents.opening import is_link
from reader.core.text.mentions import Actor


def mention_counts(actors: Sequence[Actor]) -> tuple[int, int]:
    """(named, inferred) mentions of ``actors``."""
    named = sum(len(a.named_mentions) for a in actors)
    return named, sum(len(a.mentions) for a in actors) - named


def mentions_text(named: int, inferred: int, show_inferred: bool) -> str:
    """The mentions as counted for the reader: "60 mentions + 35 inferred" when shown."""
    text = f"{named} mention{'s' if named != 1 else ''}"
    return f"{text} + {inferred} inferred" if show_inferred and inferred else text


def panel_summary(
    actors: Sequence[Actor], listed: int, show_inferred: bool, query: str = ""
) -> str:
    """The line above the actor list.

    "21 actors · 60 mentions"; "3 of 21 actors · 60 mentions" when a filter, the
    hidden kinds or "Edited only" narrow the list; "No actor matches “xyz” (21 actors)"
    when nothing is left; "· 2 edited ✎" when corrections changed some. The mentions
    are the document's (with the inferred ones while they are shown), not the listed
    actors', so the number does not jump as the reader types.
    """
    total = len(actors)
    if total == 0:
        return ""
    if listed == 0:
        query = " ".join(query.split())
        what = f"No actor matches \u201c{query}\u201d" if query else "No actor is listed"
        return f"{what} ({total} actors)"
    named, inferred = mention_counts(actors)
    head = (
        f"{listed} of {total} actors"
        if listed != total
        else f"{total} actor{'s' if total != 1 else ''}"
    )
    text = f"{head} · {mentions_text(named, inferred, show_inferred)}"
    edited = sum(a.edited for a in actors)
    return f"{text} · {edited} edited ✎" if edited else text


def status_summary(
    actors: Sequence[Actor], show_inferred: bool, seconds: float, cached: bool, note: str = ""
) -> str:
    """The status bar's line for a shown document: counts, how it was had, any note.

    "21 actors · 60 mentions · analysed in 1.20 s"; the inferred mentions are counted
    while shown, a result reopened from the library says so.
    """
    mentions = mentions_text(*mention_counts(actors), show_inferred)
    how = "reopened from the library" if cached else f"analysed in {seconds:.2f} s"
    return f"{len(actors)} actors · {mentions} · {how}" + (f" · {note}" if note else "")


def window_title(title: str, source: str) -> str:
    """The window title as desktop readers give it: "Headline — file.txt — Entity Reader"."""
    where = _where(source)
    parts = [title, where] if title and title != where else [where]
    return " — ".join([*parts, "Entity Reader"])


def document_name(title: str, source: str) -> str:
    """What to call a document in a message: its title, else its file or site name."""
    return title or _where(source)


def _where(source: str) -> str:
    if source == "clipboard":
        return "Pasted text"
    if is_link(source):
        return urlsplit(source).hostname or source
    return Path(source).name
