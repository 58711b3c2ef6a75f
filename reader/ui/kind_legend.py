"""KindLegend: one toggle per kind, in its colour: the legend and the show/hide switches."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from reader.core.kinds import kind_for
from reader.core.mentions import ACTOR_LABELS, VALUE_LABELS
from reader.ui.flow_layout import FlowLayout

#: Kinds whose highlights are off until the reader turns them on.
HIDDEN_BY_DEFAULT: frozenset[str] = frozenset(VALUE_LABELS)


class KindLegend(QWidget):
    """A row of coloured check boxes, one per kind present in the article.

    Signals:
        hidden_kinds_changed(object): the set of labels now hidden.
    """

    hidden_kinds_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kindLegend")
        self._layout = FlowLayout(self, spacing=8)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self.toggles: dict[str, QCheckBox] = {}
        self._hidden: set[str] = set(HIDDEN_BY_DEFAULT)

    def hidden_kinds(self) -> set[str]:
        return set(self._hidden)

    def set_labels(self, counts: dict[str, int]) -> None:
        """Show one toggle per label in ``counts`` (label -> number of mentions)."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.toggles = {}
        order = [*ACTOR_LABELS, *VALUE_LABELS]
        for label in sorted(counts, key=lambda lb: order.index(lb) if lb in order else len(order)):
            kind = kind_for(label)
            toggle = QCheckBox(f"{kind.name} ({counts[label]})")
            toggle.setObjectName(f"kind-{label}")
            toggle.setChecked(label not in self._hidden)
            toggle.setToolTip(f"Show or hide {kind.name.lower()} highlights ({label}); underline: {kind.underline}")
            toggle.setStyleSheet(
                f"QCheckBox {{ background: {kind.color}; border-bottom: 2px {_css_line(kind.underline)} {kind.accent};"
                " padding: 2px 6px; border-radius: 3px; color: black; }"
            )
            toggle.toggled.connect(lambda checked, lb=label: self._on_toggle(lb, checked))
            self._layout.addWidget(toggle)
            self.toggles[label] = toggle

    def set_hidden(self, label: str, hidden: bool) -> None:
        toggle = self.toggles.get(label)
        if toggle is not None:
            toggle.setChecked(not hidden)
        else:
            self._on_toggle(label, not hidden)

    def _on_toggle(self, label: str, checked: bool) -> None:
        if checked:
            self._hidden.discard(label)
        else:
            self._hidden.add(label)
        self.hidden_kinds_changed.emit(set(self._hidden))


def _css_line(underline: str) -> str:
    return {"dash": "dashed", "dot": "dotted", "wave": "dotted", "dashdot": "dashed", "none": "none"}.get(
        underline, "solid"
    )
