"""Contrast of every highlight in both themes: text stays readable at WCAG AA (4.5:1)."""

from __future__ import annotations

import pytest

from reader.core.display.themes import (
    MIN_CONTRAST,
    THEMES,
    WINDOW,
    Theme,
    contrast_ratio,
    current_look,
    find_look,
    highlight_look,
    relative_luminance,
)
from reader.core.text.kinds import kind_for
from reader.core.text.mentions import ALL_LABELS


def test_contrast_ratio_matches_the_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("label", [*ALL_LABELS, "CUSTOM_LABEL"])
def test_text_on_every_highlight_is_readable(theme: Theme, label: str) -> None:
    for faded in (False, True):
        look = highlight_look(label, theme, faded)
        ratio = contrast_ratio(look.text, look.background)
        assert ratio >= MIN_CONTRAST, (theme, label, faded, look, round(ratio, 2))
    current = current_look(label, theme)
    assert contrast_ratio(current.text, current.background) >= MIN_CONTRAST, (theme, label, current)


@pytest.mark.parametrize("theme", THEMES)
def test_find_marks_and_the_window_text_are_readable(theme: Theme) -> None:
    for current in (False, True):
        look = find_look(theme, current)
        assert contrast_ratio(look.text, look.background) >= MIN_CONTRAST
    colours = WINDOW[theme]
    assert contrast_ratio(colours.text, colours.base) >= MIN_CONTRAST
    assert contrast_ratio(colours.text, colours.alternate) >= MIN_CONTRAST
    assert contrast_ratio(colours.text, colours.window) >= MIN_CONTRAST
    assert contrast_ratio(colours.highlighted_text, colours.highlight) >= MIN_CONTRAST
    assert contrast_ratio(colours.link, colours.base) >= MIN_CONTRAST


def test_dark_highlights_are_dark_and_keep_their_kind_apart_from_the_page() -> None:
    page = WINDOW["dark"].base
    for label in ALL_LABELS:
        look = highlight_look(label, "dark")
        assert relative_luminance(look.background) < 0.2  # a dark tint, light text on it
        assert look.background != page
    # Kinds with different hues stay different in the dark too.
    assert highlight_look("PERSON", "dark").background != highlight_look("ORG", "dark").background
    assert kind_for("PERSON").color == highlight_look("PERSON", "light").background
