"""Corrections: the reader's edits to an analysis, replayed on every re-analysis.

An edit never stores an actor id or a list index, which change whenever the model or
the grouping rules do. It stores *anchors*: a span with its text and about thirty
characters of context either side. Replaying an edit checks its anchors against the
text; if the document changed under an anchor the edit is *orphaned*: listed for the
reader, never applied at a guessed place and never dropped.

An actor is referred to by an :class:`ActorRef`: the anchor of one of its mentions (the
first when the edit was made) and its grouping key as a fallback for a re-analysis that
no longer finds that mention in the same text.

When the document changed, each anchor is first looked for where its text and context
now are (:meth:`~reader.core.edits.anchors.Anchor.relocated`): an edit follows a paragraph
added above it and is orphaned only when its own words or their context changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from reader.core.actors.grouping import number_actors
from reader.core.edits.anchors import CONTEXT_CHARS as CONTEXT_CHARS
from reader.core.edits.anchors import ActorRef as ActorRef
from reader.core.edits.anchors import Anchor as Anchor
from reader.core.edits.anchors import relocated_fields
from reader.core.edits.anchors import word_occurrences as word_occurrences
from reader.core.text.kinds import kind_name
from reader.core.text.mentions import Actor, Mention


@dataclass(frozen=True, slots=True)
class RenameActor:
    """Call the actor by another name."""

    actor: ActorRef
    name: str


@dataclass(frozen=True, slots=True)
class ChangeKind:
    """Give the actor and all its mentions another label ("ORG" -> "PERSON")."""

    actor: ActorRef
    label: str


@dataclass(frozen=True, slots=True)
class MergeActors:
    """The source actors are the target actor: their mentions join it."""

    sources: tuple[ActorRef, ...]
    target: ActorRef


@dataclass(frozen=True, slots=True)
class MoveMentions:
    """Take mentions out of their actors into another actor (``to``) or a new one.

    A new actor is called ``name`` (default: the first mention's text) with ``label``
    (default: the first mention's label).
    """

    mentions: tuple[Anchor, ...]
    to: ActorRef | None = None
    name: str = ""
    label: str = ""


@dataclass(frozen=True, slots=True)
class RemoveMention:
    """This one mention is not an entity."""

    mention: Anchor


@dataclass(frozen=True, slots=True)
class RemoveText:
    """No mention with this exact text (the anchored one's) is an entity."""

    mention: Anchor


@dataclass(frozen=True, slots=True)
class AddMention:
    """The model missed this span: make it a mention of ``to`` or of a new actor.

    The span wins over mentions it overlaps. With ``every``, each other occurrence of
    the same text between word boundaries becomes a mention too, unless it overlaps one.
    """

    mention: Anchor
    to: ActorRef | None = None
    name: str = ""
    label: str = "PERSON"
    every: bool = False


Correction = (
    RenameActor | ChangeKind | MergeActors | MoveMentions | RemoveMention | RemoveText | AddMention
)


@dataclass(frozen=True, slots=True)
class AppliedResult:
    """Actors after the corrections, and the corrections that no longer fit the text."""

    actors: tuple[Actor, ...]
    orphaned: tuple[Correction, ...] = field(default=())


@dataclass(slots=True)
class _Work:
    """A mutable actor while edits are replayed."""

    key: str
    name: str
    label: str
    mentions: list[Mention]
    related: list[str]
    edited: bool

    def freeze(self) -> Actor:
        mentions = tuple(sorted(self.mentions))
        return Actor(
            "",
            self.key,
            self.name,
            self.label,
            mentions,
            tuple(self.related),
            self.edited,
        )


def apply_corrections(
    text: str, actors: Sequence[Actor], corrections: Iterable[Correction]
) -> AppliedResult:
    """Replay ``corrections`` in order on the actors of a fresh analysis of ``text``.

    Each edit applies wholly or not at all. Actors an edit changed are marked edited;
    actors left without mentions disappear. The result is sorted and numbered like
    :func:`reader.core.actors.grouping.group_mentions` (mention count, then first appearance).
    """
    work = [
        _Work(a.key, a.name, a.label, list(a.mentions), list(a.related), a.edited) for a in actors
    ]
    orphaned: list[Correction] = []
    for correction in corrections:
        moved = relocate(text, correction)
        if moved is None or not _apply(text, work, moved):
            orphaned.append(correction)
        work[:] = [w for w in work if w.mentions]
    return AppliedResult(number_actors(w.freeze() for w in work), tuple(orphaned))


def relocate(text: str, correction: Correction) -> Correction | None:
    """``correction`` with its anchors where ``text`` now has them, or None if one is lost.

    Unchanged when the text still reads the same at every anchor.
    """
    changes = relocated_fields(text, correction)
    if changes is None:
        return None
    return replace(correction, **changes) if changes else correction


def _apply(text: str, work: list[_Work], correction: Correction) -> bool:
    """Apply one edit in place; False (and nothing changed) when it is orphaned."""
    match correction:
        case RenameActor(ref, name):
            actor = _resolve(text, work, ref)
            if actor is None:
                return False
            actor.name, actor.edited = name, True
        case ChangeKind(ref, label):
            actor = _resolve(text, work, ref)
            if actor is None:
                return False
            actor.label, actor.edited = label, True
            actor.mentions = [replace(m, label=label) for m in actor.mentions]
        case MergeActors(sources, target_ref):
            return _merge(text, work, sources, target_ref)
        case MoveMentions():
            return _move(text, work, correction)
        case RemoveMention(anchor):
            if not anchor.matches(text):
                return False
            _take(work, lambda m: (m.start, m.end) == (anchor.start, anchor.end))
        case RemoveText(anchor):
            if not anchor.matches(text):
                return False
            _take(work, lambda m: m.text == anchor.text)
        case AddMention():
            return _add(text, work, correction)
    return True


def _resolve(text: str, work: list[_Work], ref: ActorRef) -> _Work | None:
    """The actor ``ref`` means, or None if the text or the analysis lost it."""
    if not ref.anchor.matches(text):
        return None
    span = (ref.anchor.start, ref.anchor.end)
    for actor in work:
        if any((m.start, m.end) == span for m in actor.mentions):
            return actor
    by_key = [a for a in work if ref.key and a.key == ref.key]
    return by_key[0] if len(by_key) == 1 else None


def _take(work: list[_Work], condition: Callable[[Mention], bool]) -> list[Mention]:
    """Remove and return the mentions meeting ``condition``; their actors are edited."""
    taken: list[Mention] = []
    for actor in work:
        keep = [m for m in actor.mentions if not condition(m)]
        if len(keep) != len(actor.mentions):
            taken.extend(m for m in actor.mentions if condition(m))
            actor.mentions, actor.edited = keep, True
    return sorted(taken)


def _merge(
    text: str, work: list[_Work], sources: tuple[ActorRef, ...], target_ref: ActorRef
) -> bool:
    target = _resolve(text, work, target_ref)
    resolved = [_resolve(text, work, ref) for ref in sources]
    if target is None or any(s is None for s in resolved):
        return False
    for source in resolved:
        if source is None or source is target or not source.mentions:
            continue  # the same actor named twice, or already merged
        target.mentions.extend(replace(m, label=target.label) for m in source.mentions)
        for name in source.related:
            if name not in target.related and name != target.name:
                target.related.append(name)
        source.mentions = []
    target.edited = True
    return True


def _move(text: str, work: list[_Work], edit: MoveMentions) -> bool:
    if not edit.mentions or not all(a.matches(text) for a in edit.mentions):
        return False
    spans = {(a.start, a.end) for a in edit.mentions}
    present = [m for a in work for m in a.mentions if (m.start, m.end) in spans]
    if not present:
        return False  # none of them is a mention any more: nothing to move
    destination = _resolve(text, work, edit.to) if edit.to is not None else None
    if edit.to is not None and destination is None:
        return False
    taken = _take(work, lambda m: (m.start, m.end) in spans)
    if destination is None:
        first = taken[0]
        label = edit.label or first.label
        name = edit.name or first.text
        destination = _Work(f"edit:{label}:{name}", name, label, [], [], True)
        work.append(destination)
    destination.mentions.extend(replace(m, label=destination.label) for m in taken)
    destination.edited = True
    return True


def _add(text: str, work: list[_Work], edit: AddMention) -> bool:
    anchor = edit.mention
    if not anchor.matches(text):
        return False
    destination = _resolve(text, work, edit.to) if edit.to is not None else None
    if edit.to is not None and destination is None:
        return False
    _take(work, lambda m: m.start < anchor.end and anchor.start < m.end)
    if destination is None:
        name = edit.name or anchor.text
        destination = _Work(f"edit:{edit.label}:{name}", name, edit.label, [], [], True)
        work.append(destination)
    label = destination.label
    destination.mentions.append(Mention(anchor.start, anchor.end, anchor.text, label))
    destination.edited = True
    if edit.every:
        taken = sorted((m.start, m.end) for a in work for m in a.mentions)
        for start, end in word_occurrences(text, anchor.text):
            if not any(s < end and start < e for s, e in taken):
                destination.mentions.append(Mention(start, end, anchor.text, label))
    return True


def describe(correction: Correction) -> str:
    """A short sentence for menus ("Undo ...") and the list of orphaned edits."""
    match correction:
        case RenameActor(ref, name):
            return f"Rename \u201c{ref.anchor.text}\u201d to \u201c{name}\u201d"
        case ChangeKind(ref, label):
            return f"Make \u201c{ref.anchor.text}\u201d a {kind_name(label)}"
        case MergeActors(sources, target):
            names = ", ".join(f"\u201c{s.anchor.text}\u201d" for s in sources)
            return f"Merge {names} into \u201c{target.anchor.text}\u201d"
        case MoveMentions(mentions, to, name):
            where = to.anchor.text if to is not None else name or mentions[0].text
            count = f"{len(mentions)} mentions" if len(mentions) != 1 else "a mention"
            return f"Move {count} to \u201c{where}\u201d"
        case RemoveMention(anchor):
            return f"\u201c{anchor.text}\u201d at {anchor.start} is not an entity"
        case RemoveText(anchor):
            return f"\u201c{anchor.text}\u201d is never an entity"
        case AddMention(anchor, to, name, label, every):
            # Name the kind: "as “intelligence community”" would only repeat the text.
            scope = "every \u201c" if every else "\u201c"
            if to is not None:
                where = f"\u201c{to.anchor.text}\u201d ({kind_name(label)})"
            elif name and name != anchor.text:
                where = f"a new {kind_name(label)}, \u201c{name}\u201d"
            else:
                where = f"a new {kind_name(label)}"
            return f"Mark {scope}{anchor.text}\u201d as {where}"
