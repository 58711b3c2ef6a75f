"""Kinds: how each entity label looks and what a reader calls it.

One table shared by the text view, the actor panel and the HTML export, so a kind has
the same colour, underline and name everywhere. Colours are light tints of the
Okabe-Ito palette (distinguishable with the common colour-vision deficiencies); kinds
that share a tint differ in their underline, so colour is never the only cue.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Underline = Literal["solid", "dash", "dot", "wave", "dashdot", "none"]


@dataclass(frozen=True, slots=True)
class Kind:
    """The look and the human name of one entity label.

    Attributes:
        label: The spaCy label, e.g. ``"GPE"``.
        name: What the reader is shown, e.g. ``"Country/city"``.
        color: Light background colour, ``"#rrggbb"``; dark text stays readable on it.
        underline: Underline style drawn under every mention of this kind.
        accent: Full-strength colour of the same hue for underlines and legend swatches.
    """

    label: str
    name: str
    color: str
    underline: Underline
    accent: str


# Okabe-Ito hues: (light tint for backgrounds, full colour for lines).
_ORANGE = ("#F5D999", "#E69F00")
_SKY = ("#BBE1F6", "#56B4E9")
_GREEN = ("#99D8C7", "#009E73")
_YELLOW = ("#F9F4B3", "#B8A800")  # Pure Okabe-Ito yellow vanishes as a line on white.
_BLUE = ("#99C7E0", "#0072B2")
_VERMILLION = ("#EEBF99", "#D55E00")
_PURPLE = ("#EBC9DC", "#CC79A7")
_GREY = ("#E0E0E0", "#666666")
_STONE = ("#EDE3D1", "#8C7B5E")  # A second neutral: seven value kinds, six underlines.


def _kind(label: str, name: str, hue: tuple[str, str], underline: Underline) -> Kind:
    return Kind(label=label, name=name, color=hue[0], underline=underline, accent=hue[1])


#: Every label in :data:`reader.core.text.mentions.ALL_LABELS`, in that order (a test checks).
KINDS: dict[str, Kind] = {
    kind.label: kind
    for kind in (
        _kind("PERSON", "Person", _ORANGE, "solid"),
        _kind("ORG", "Organisation", _SKY, "solid"),
        _kind("GPE", "Country/city", _GREEN, "solid"),
        _kind("LOC", "Place", _GREEN, "dash"),
        _kind("NORP", "Group/nationality", _PURPLE, "solid"),
        _kind("FAC", "Building", _SKY, "dash"),
        _kind("EVENT", "Event", _VERMILLION, "solid"),
        _kind("PRODUCT", "Product", _YELLOW, "solid"),
        _kind("LAW", "Law", _BLUE, "solid"),
        _kind("WORK_OF_ART", "Work", _YELLOW, "dash"),
        _kind("DATE", "Date", _GREY, "dot"),
        _kind("TIME", "Time", _GREY, "dash"),
        _kind("MONEY", "Money", _GREY, "wave"),
        _kind("QUANTITY", "Quantity", _GREY, "dashdot"),
        _kind("PERCENT", "Percentage", _GREY, "solid"),
        _kind("CARDINAL", "Number", _GREY, "none"),
        _kind("ORDINAL", "Ordinal", _STONE, "none"),
        _kind("LANGUAGE", "Language", _PURPLE, "dash"),
    )
}

_UNKNOWN = _GREY


def kind_for(label: str) -> Kind:
    """The kind of ``label``; a neutral grey kind named after the label if unknown.

    Unknown labels come from a custom pipeline or a newer spaCy; they are shown, not
    refused.
    """
    known = KINDS.get(label)
    if known is not None:
        return known
    return _kind(label, label.replace("_", " ").capitalize(), _UNKNOWN, "dot")


def kind_name(label: str) -> str:
    """The human name of ``label``, e.g. ``"Organisation"`` for ``"ORG"``."""
    return kind_for(label).name
