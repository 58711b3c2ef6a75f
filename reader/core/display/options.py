"""DisplayOptions: what the reader chose to see (inferred mentions, hidden kinds), one value."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from reader.core.text.mentions import ALL_LABELS, VALUE_LABELS, Actor, Mention

#: Kinds whose highlights are off until the reader turns them on.
HIDDEN_BY_DEFAULT: frozenset[str] = frozenset(VALUE_LABELS)


@dataclass(frozen=True, slots=True)
class DisplayOptions:
    """The view options the window owns and hands to the text, the legend and the panel.

    Attributes:
        show_inferred: Pronouns and descriptions ("he", "the ministry") are listed,
            highlighted and counted.
        hidden_kinds: Labels whose highlights and actors are hidden.
    """

    show_inferred: bool = False
    hidden_kinds: frozenset[str] = field(default=HIDDEN_BY_DEFAULT)

    def with_inferred(self, shown: bool) -> DisplayOptions:
        return replace(self, show_inferred=shown)

    def with_kind(self, label: str, shown: bool) -> DisplayOptions:
        """These options with one kind shown or hidden."""
        hidden = self.hidden_kinds - {label} if shown else self.hidden_kinds | {label}
        return replace(self, hidden_kinds=frozenset(hidden))

    def shows(self, mention: Mention) -> bool:
        """True when ``mention`` is highlighted: its kind shown, and named or inferred shown."""
        if mention.label in self.hidden_kinds:
            return False
        return self.show_inferred or not mention.inferred

    def listed_mentions(self, actor: Actor) -> tuple[Mention, ...]:
        """The mentions of ``actor`` the panel lists (its kind aside)."""
        return actor.mentions if self.show_inferred else actor.named_mentions


def hidden_kinds_text(hidden: frozenset[str]) -> str:
    """The hidden kinds as the settings keep them: "DATE,GPE"."""
    return ",".join(sorted(hidden))


def hidden_kinds_from_text(saved: str | None) -> frozenset[str]:
    """The hidden kinds kept by :func:`hidden_kinds_text`; the defaults when none was kept.

    Labels this version does not know are dropped, so a setting from another version
    cannot hide a kind that has no toggle to show it again.
    """
    if saved is None:
        return HIDDEN_BY_DEFAULT
    return frozenset(label for label in saved.split(",") if label in ALL_LABELS)
