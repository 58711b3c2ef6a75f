"""KindLegend: one toggle per kind, in its colour: the legend and the show/hide switches.

The toggles show the window's :class:`DisplayOptions` and ask for changes; the window
decides and hands the options back with :meth:`KindLegend.set_display_options`.

The legend is one line, and its height is kept from the start: the text below it never
moves when the highlights arrive, nor when a book brings a dozen kinds. Kinds that do
not fit the line go to a "+3 more" menu at its end, where they toggle the same way.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from reader.core.display.options import DisplayOptions
from reader.core.text.kinds import kind_for
from reader.core.text.mentions import ACTOR_LABELS, VALUE_LABELS


class KindLegend(QWidget):
    """A row of coloured check boxes, one per kind present in the article.

    Signals:
        kind_toggle_requested(str, bool): the reader switched a kind (its label) on
            (True) or off (False).
    """

    kind_toggle_requested = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kindLegend")
        self._layout = QHBoxLayout(self)
        self._layout.setSpacing(8)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self.toggles: dict[str, QCheckBox] = {}  # the shown kinds', in order
        self._made: dict[str, QCheckBox] = {}  # every toggle made so far, by label
        self._hidden = DisplayOptions().hidden_kinds  # the window's, as last handed down
        self.placeholder = QLabel("The kinds of names found appear here.")
        self.placeholder.setStyleSheet("color: #888;")
        self.more_menu = QMenu(self)
        self._menu_actions: dict[str, QAction] = {}  # by label, the kinds in the menu
        self.more_button = QToolButton()
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setToolTip("Kinds that do not fit on the line")
        self.more_button.setAccessibleName("More kinds")
        self.more_button.hide()
        self._layout.addWidget(self.placeholder)
        self._layout.addStretch(1)
        self._layout.addWidget(self.more_button)
        # One line, reserved before any kind is known: the height of one toggle.
        sample = QCheckBox("Country/city (0)")
        sample.setStyleSheet(_toggle_css("PERSON"))
        self.setFixedHeight(sample.sizeHint().height() + 8)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        for label in (*ACTOR_LABELS, *VALUE_LABELS):
            self._toggle(label)

    def set_display_options(self, options: DisplayOptions) -> None:
        """Tick the toggles of the kinds ``options`` show."""
        self._hidden = options.hidden_kinds
        for label, toggle in self.toggles.items():
            with QSignalBlocker(toggle):
                toggle.setChecked(label not in self._hidden)
        for label, action in self._menu_actions.items():
            with QSignalBlocker(action):
                action.setChecked(label not in self._hidden)

    def set_labels(self, counts: Mapping[str, int]) -> None:
        """Show one toggle per label in ``counts`` (label -> number of mentions)."""
        for old in self.toggles.values():
            self._layout.removeWidget(old)
            old.hide()
        self.toggles = {}
        order = [*ACTOR_LABELS, *VALUE_LABELS]
        for label in sorted(counts, key=lambda lb: order.index(lb) if lb in order else len(order)):
            toggle = self._toggle(label)
            toggle.setText(f"{kind_for(label).name} ({counts[label]})")
            with QSignalBlocker(toggle):
                toggle.setChecked(label not in self._hidden)
            self._layout.insertWidget(len(self.toggles), toggle)
            self.toggles[label] = toggle
        self.placeholder.setVisible(not counts)
        self._fit()

    def _toggle(self, label: str) -> QCheckBox:
        """The label's toggle, made once (they are all made with the legend).

        A styled check box costs half a millisecond, and a book's result arrives with 17
        kinds in a turn that has much else to do.
        """
        toggle = self._made.get(label)
        if toggle is None:
            kind = kind_for(label)
            toggle = QCheckBox(self)
            toggle.setObjectName(f"kind-{label}")
            toggle.setToolTip(
                f"Show or hide {kind.name.lower()} highlights ({label}); "
                f"underline: {kind.underline}"
            )
            toggle.setStyleSheet(_toggle_css(label))
            toggle.toggled.connect(
                lambda checked, lb=label: self.kind_toggle_requested.emit(lb, checked)
            )
            toggle.hide()
            toggle.ensurePolished()  # its style sheet applied now, not when first shown
            self._made[label] = toggle
        return toggle

    def overflow(self) -> list[str]:
        """The labels whose toggles did not fit on the line (they are in the menu)."""
        return [label for label, toggle in self.toggles.items() if toggle.isHidden()]

    def _fit(self) -> None:
        """Show the toggles that fit on the line; the rest go to the "more" menu."""
        margins = self._layout.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        spacing = self._layout.spacing()
        widths = [t.sizeHint().width() for t in self.toggles.values()]
        if sum(widths) + spacing * max(0, len(widths) - 1) <= room:
            fitting = len(widths)
        else:
            self.more_button.setText(f"+{len(widths)} more")
            room -= self.more_button.sizeHint().width() + spacing
            used, fitting = 0, 0
            while fitting < len(widths) and used + widths[fitting] <= room:
                used += widths[fitting] + spacing
                fitting += 1
        self.more_menu.clear()
        self._menu_actions = {}
        for number, (label, toggle) in enumerate(self.toggles.items()):
            toggle.setVisible(number < fitting)
            if number >= fitting:
                action = self.more_menu.addAction(toggle.text())
                action.setCheckable(True)
                action.setChecked(toggle.isChecked())
                action.setToolTip(toggle.toolTip())
                action.toggled.connect(toggle.setChecked)
                toggle.toggled.connect(action.setChecked)
                self._menu_actions[label] = action
        rest = len(self.toggles) - fitting
        self.more_button.setText(f"+{rest} more")
        self.more_button.setVisible(rest > 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


def _toggle_css(label: str) -> str:
    kind = kind_for(label)
    return (
        f"QCheckBox {{ background: {kind.color}; "
        f"border-bottom: 2px {_css_line(kind.underline)} {kind.accent};"
        " padding: 2px 6px; border-radius: 3px; color: black; }"
    )


def _css_line(underline: str) -> str:
    return {
        "dash": "dashed",
        "dot": "dotted",
        "wave": "dotted",
        "dashdot": "dashed",
        "none": "none",
    }.get(underline, "solid")
