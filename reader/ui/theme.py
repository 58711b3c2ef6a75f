"""ThemeControl: light or dark, following the system's colour scheme unless the reader picks one.

The system's scheme comes from Qt (``QStyleHints.colorScheme``) and is followed live.
The window's palette is set from :data:`reader.core.display.themes.WINDOW` whenever the shown
theme is not the platform's own (a dark choice on a light desktop, or a platform that
offers no dark palette), so text and highlights keep the contrast the tests check.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from reader.core.display.themes import WINDOW, Theme

Choice = Literal["system", "light", "dark"]
CHOICES: dict[Choice, str] = {"system": "&System", "light": "&Light", "dark": "&Dark"}
SETTING = "view/theme"


def palette_for(theme: Theme) -> QPalette:
    """A complete Qt palette in the colours of ``theme``."""
    colours = WINDOW[theme]
    palette = QPalette()
    role = QPalette.ColorRole
    for roles, colour in (
        ((role.Window,), colours.window),
        ((role.Base,), colours.base),
        ((role.AlternateBase,), colours.alternate),
        (
            (role.Text, role.WindowText, role.ButtonText, role.ToolTipText, role.BrightText),
            colours.text,
        ),
        ((role.Button, role.ToolTipBase), colours.button),
        ((role.Highlight,), colours.highlight),
        ((role.HighlightedText,), colours.highlighted_text),
        ((role.Link,), colours.link),
        ((role.PlaceholderText,), colours.disabled_text),
    ):
        for each in roles:
            palette.setColor(each, QColor(colour))
    for each in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, each, QColor(colours.disabled_text))
    return palette


def system_theme() -> Theme:
    """What the desktop asks for; light when it does not say."""
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def shown_palette(choice: Choice, platform_palette: QPalette) -> tuple[Theme, QPalette]:
    """The theme ``choice`` shows and its palette: the platform's own when that fits."""
    system = system_theme()
    theme: Theme = system if choice == "system" else choice
    platform_is_dark = platform_palette.color(QPalette.ColorRole.Window).lightness() < 128
    if theme == system and platform_is_dark == (theme == "dark"):
        return theme, platform_palette  # the desktop's own look
    return theme, palette_for(theme)


def saved_choice(settings: QSettings) -> Choice:
    """The View ▸ Theme choice saved in ``settings``; ``"system"`` when none is."""
    saved = str(settings.value(SETTING, "system"))
    return next((choice for choice in CHOICES if choice == saved), "system")


class ThemeControl(QObject):
    """The View ▸ Theme choice, the palette it sets and the theme it tells the text.

    Signals:
        theme_changed(str): the theme shown is now ``"light"`` or ``"dark"``.
    """

    theme_changed = Signal(str)

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        self._app = app
        self._platform_palette = QApplication.palette()
        self.choice: Choice = saved_choice(settings)
        self.theme: Theme = "light"
        self._group = QActionGroup(self)
        self.actions: dict[Choice, QAction] = {}
        for key, title in CHOICES.items():
            action = QAction(title, self, checkable=True)
            action.setChecked(key == self.choice)
            action.triggered.connect(lambda _checked=False, k=key: self.set_choice(k))
            self._group.addAction(action)
            self.actions[key] = action
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_hints_color_scheme_changed)
        self._listening = True
        self._apply()

    def set_choice(self, choice: Choice) -> None:
        """Follow the system (``"system"``) or always show ``"light"`` or ``"dark"``."""
        self.choice = choice
        self.actions[choice].setChecked(True)
        self._settings.setValue(SETTING, choice)
        self._apply()

    def restore_platform(self) -> None:
        """Give the application back the palette it had (the window is closing)."""
        if self._listening:
            self._listening = False
            QGuiApplication.styleHints().colorSchemeChanged.disconnect(
                self._on_hints_color_scheme_changed
            )
        QApplication.setPalette(self._platform_palette)

    def _apply(self) -> None:
        theme, palette = shown_palette(self.choice, self._platform_palette)
        QApplication.setPalette(palette)
        self.theme = theme
        self.theme_changed.emit(theme)

    def _on_hints_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        # The palette kept from start-up belongs to the old scheme; ours matches the new.
        self._platform_palette = palette_for(system_theme())
        if self.choice == "system":
            self._apply()


def paint_chosen_theme(settings: QSettings) -> QPalette:
    """Give the application the palette of the saved choice; returns the platform's own."""
    platform = QApplication.palette()
    _theme, palette = shown_palette(saved_choice(settings), platform)
    QApplication.setPalette(palette)
    return platform
