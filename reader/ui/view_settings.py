"""The reader's display options as the settings keep them between runs."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from reader.core.display.options import (
    DisplayOptions,
    hidden_kinds_from_text,
    hidden_kinds_text,
)

INFERRED = "view/inferred"
HIDDEN_KINDS = "view/hidden_kinds"


def load_display_options(settings: QSettings) -> DisplayOptions:
    """The options the reader left; the defaults (values hidden, no inferred) on a first run."""
    saved = settings.value(HIDDEN_KINDS)
    return DisplayOptions(
        show_inferred=bool(settings.value(INFERRED, False, type=bool)),
        hidden_kinds=hidden_kinds_from_text(None if saved is None else str(saved)),
    )


def remember_display_options(settings: QSettings, options: DisplayOptions) -> None:
    settings.setValue(INFERRED, options.show_inferred)
    settings.setValue(HIDDEN_KINDS, hidden_kinds_text(options.hidden_kinds))
