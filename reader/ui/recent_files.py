"""RecentFiles: the documents opened lately, kept in the user's settings across runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

MAX_RECENT = 10


class RecentFiles(QObject):
    """Most recent first; a path is listed once.

    Signals:
        changed(): the list changed.
    """

    changed = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings

    def paths(self) -> list[str]:
        value = self._settings.value("recent_files", [])
        if isinstance(value, str):  # QSettings returns one entry as a plain string
            value = [value]
        if not isinstance(value, list):
            return []
        return [str(v) for v in value][:MAX_RECENT]

    def opened(self, source: str, is_link: bool) -> None:
        """Remember a document the reader opened (a pasted text is not a recent file).

        A file is listed by its full path, and File ▸ Open starts in its folder next time,
        however it was opened.
        """
        if is_link:
            self.add(source)
        elif source != "clipboard":
            path = Path(source).resolve()
            self.add(str(path))
            self._settings.setValue("last_folder", str(path.parent))

    def add(self, path: str) -> None:
        paths = [path, *(p for p in self.paths() if p != path)][:MAX_RECENT]
        self._settings.setValue("recent_files", paths)
        self._settings.sync()
        self.changed.emit()

    def clear(self) -> None:
        self._settings.setValue("recent_files", [])
        self.changed.emit()
