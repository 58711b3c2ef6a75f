"""Colours of the light and the dark theme: highlights, marks and the window, with their contrast.

Every colour that has text drawn on it is chosen here, in plain Python, so a test can
compute the WCAG 2 contrast ratio of each pair without a window. The light theme keeps
the kinds' tints (:mod:`reader.core.text.kinds`); the dark theme blends each kind's accent
into the dark page, so a kind keeps its hue in both themes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from reader.core.text.kinds import kind_for

Theme = Literal["light", "dark"]
THEMES: tuple[Theme, ...] = ("light", "dark")
#: WCAG 2 AA for normal text.
MIN_CONTRAST = 4.5


@dataclass(frozen=True, slots=True)
class WindowColours:
    """The window's own colours in one theme (the Qt palette is built from these)."""

    window: str
    base: str
    alternate: str
    text: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    disabled_text: str


WINDOW: dict[Theme, WindowColours] = {
    "light": WindowColours(
        "#efefef",
        "#ffffff",
        "#f5f5f5",
        "#1a1a1a",
        "#e8e8e8",
        "#2f6fb0",
        "#ffffff",
        "#1f5fa8",
        "#6e6e6e",
    ),
    "dark": WindowColours(
        "#2b2c2f",
        "#1e1f22",
        "#26272a",
        "#e6e6e6",
        "#35363a",
        "#3d6fa5",
        "#ffffff",
        "#8ab4f8",
        "#9a9a9a",
    ),
}


@dataclass(frozen=True, slots=True)
class Look:
    """How one highlight is drawn: its background, its text and its underline colour."""

    background: str
    text: str
    underline: str


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(255.0, c))):02x}" for c in rgb)


def blend(colour: str, onto: str, amount: float) -> str:
    """``amount`` of ``colour`` over ``onto`` (0: only ``onto``, 1: only ``colour``)."""
    (r1, g1, b1), (r2, g2, b2) = _rgb(colour), _rgb(onto)
    return _hex(
        (
            r1 * amount + r2 * (1 - amount),
            g1 * amount + g2 * (1 - amount),
            b1 * amount + b2 * (1 - amount),
        )
    )


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of an ``#rrggbb`` colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two colours, from 1 to 21."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def readable_on(background: str) -> str:
    """Black or white, whichever has more contrast on ``background``."""
    return max(("#000000", "#ffffff"), key=lambda text: contrast_ratio(text, background))


@cache  # asked once per highlight: 43,000 times for a book
def highlight_look(label: str, theme: Theme, faded: bool = False) -> Look:
    """The look of a mention of kind ``label``; ``faded`` when another actor is focused."""
    kind = kind_for(label)
    page = WINDOW[theme].base
    if theme == "light":
        if faded:
            return Look(blend(kind.color, page, 0.25), "#5c5c5c", blend(kind.accent, page, 0.4))
        return Look(kind.color, "#000000", kind.accent)
    if faded:
        return Look(blend(kind.accent, page, 0.14), "#a0a0a0", blend(kind.accent, page, 0.45))
    return Look(blend(kind.accent, page, 0.42), "#f2f2f2", blend(kind.accent, "#ffffff", 0.8))


def current_look(label: str, theme: Theme) -> Look:
    """The look of the current mention (the one F3 and a click land on): full colour."""
    kind = kind_for(label)
    background = kind.accent if theme == "light" else blend(kind.accent, "#ffffff", 0.85)
    return Look(background, readable_on(background), background)


def find_look(theme: Theme, current: bool) -> Look:
    """The look of a find-bar match; the current match is stronger than the others."""
    if theme == "light":
        background = "#ff9632" if current else "#fff176"
        return Look(background, "#000000", background)
    background = "#ffb74d" if current else "#6b5a00"
    return Look(background, readable_on(background), background)
