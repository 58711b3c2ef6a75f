"""ZoomControl: the text's size (Ctrl++ / Ctrl+- / Ctrl+0), remembered across runs."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence

from reader.ui.article_view import ArticleView

DEFAULT_POINTS = 12.5
#: The sizes zoom steps through, in points; the default is one of them.
STEPS: tuple[float, ...] = (
    8.0,
    9.0,
    10.0,
    11.0,
    12.5,
    14.0,
    16.0,
    18.0,
    20.0,
    24.0,
    28.0,
    32.0,
    40.0,
)
SETTING = "view/text_points"


class ZoomControl(QObject):
    """Owns the text size: the three zoom actions, the view's font and the saved size."""

    def __init__(
        self, view: ArticleView, settings: QSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._settings = settings
        self.zoom_in_action = QAction("Zoom &In", self)
        # Ctrl+= too: on most keyboards "+" is Shift+"=".
        self.zoom_in_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_out_action = QAction(
            "Zoom &Out", self, shortcut=QKeySequence(QKeySequence.StandardKey.ZoomOut)
        )
        self.reset_action = QAction("&Actual Size", self, shortcut=QKeySequence("Ctrl+0"))
        self.zoom_in_action.triggered.connect(self.zoom_in)
        self.zoom_out_action.triggered.connect(self.zoom_out)
        self.reset_action.triggered.connect(self.reset)
        self.actions = [self.zoom_in_action, self.zoom_out_action, self.reset_action]
        try:
            saved = float(str(settings.value(SETTING, DEFAULT_POINTS)))
        except ValueError:
            saved = DEFAULT_POINTS
        self.points = DEFAULT_POINTS
        self.set_points(min(max(saved, STEPS[0]), STEPS[-1]))

    def zoom_in(self) -> None:
        self.set_points(next((s for s in STEPS if s > self.points), STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_points(next((s for s in reversed(STEPS) if s < self.points), STEPS[0]))

    def reset(self) -> None:
        self.set_points(DEFAULT_POINTS)

    def set_points(self, points: float) -> None:
        """Show the text at ``points`` and remember it."""
        self.points = points
        self._view.set_point_size(points)
        self._settings.setValue(SETTING, points)
        self.zoom_in_action.setEnabled(points < STEPS[-1])
        self.zoom_out_action.setEnabled(points > STEPS[0])
