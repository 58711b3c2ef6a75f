"""Help ▸ Keyboard Shortcuts (read from the window's own actions) and Help ▸ About."""

from __future__ import annotations

import html
import platform
import re
from importlib import metadata

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader import __version__

DISTRIBUTION = "entity-reader"


def shortcut_rows(
    menu_bar: QMenuBar, extra: list[QAction] | None = None
) -> list[tuple[str, str, str]]:
    """``(menu, command, keys)`` for every action with a shortcut, in menu order.

    Read from the actions themselves, so the list can never disagree with the keys.
    ``extra`` are actions outside the menus (they are listed under "Window").
    """
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def visit(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                visit(sub, f"{path} ▸ {_plain(action.text())}")
            else:
                add(action, path)

    def add(action: QAction, path: str) -> None:
        keys = [
            k.toString(QKeySequence.SequenceFormat.NativeText)
            for k in action.shortcuts()
            if not k.isEmpty()
        ]
        if keys and id(action) not in seen:
            seen.add(id(action))
            rows.append((path, _plain(action.text()), ", ".join(keys)))

    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            visit(menu, _plain(top.text()))
    for action in extra or []:
        add(action, "Window")
    return rows


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersand or its ellipsis."""
    return re.sub(r"&(?!&)", "", text).replace("&&", "&").rstrip("…").rstrip(".")


class ShortcutsDialog(QDialog):
    """A table of every keyboard shortcut: menu, command, keys."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard Shortcuts — Entity Reader")
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(["Menu", "Command", "Keys"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def licence_of(distribution: str) -> str:
    """The licence a package declares in its metadata (expression, field or classifier)."""
    try:
        meta = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"
    expression = meta["License-Expression"]
    if expression:
        return str(expression)
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    classifiers = [c for c in classifiers if c != "OSI Approved"]
    if classifiers:
        return ", ".join(dict.fromkeys(classifiers))
    field = str(meta["License"] or "").strip()
    if field and "\n" not in field and len(field) < 60:
        return field
    return "see the package"


def parts() -> list[tuple[str, str, str]]:
    """``(package, version, licence)`` of this reader and each package it requires."""
    names = [DISTRIBUTION]
    for requirement in metadata.requires(DISTRIBUTION) or []:
        if "extra ==" in requirement:
            continue  # test tools are not part of the reader
        name = re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0]
        if name not in names:
            names.append(name)
    return [(name, _version(name), licence_of(name)) for name in names]


def about_html(pipeline: str | None) -> str:
    """The About text: version, the spaCy pipeline, Qt and Python, and every part's licence."""
    rows = "".join(
        f"<tr><td>{html.escape(n)}</td><td>{html.escape(v)}</td><td>{html.escape(lic)}</td></tr>"
        for n, v, lic in parts()
        if v != "not installed" or n == DISTRIBUTION
    )
    shown = html.escape(pipeline) if pipeline else "not loaded yet"
    return (
        f"<h3>Entity Reader {html.escape(__version__)}</h3>"
        "<p>Reads a document with its people, organisations and places highlighted.</p>"
        f"<p>spaCy {html.escape(_version('spacy'))}; pipeline {shown}<br>"
        f"Qt {html.escape(qVersion())}, PySide6 {html.escape(PySide6.__version__)}; "
        f"Python {html.escape(platform.python_version())}</p>"
        "<p><b>Parts and their licences</b></p>"
        f"<table cellspacing='6'><tr><th align='left'>Package</th><th align='left'>Version</th>"
        f"<th align='left'>Licence</th></tr>{rows}</table>"
    )


class AboutDialog(QDialog):
    """Help ▸ About: what this is, which pipeline it uses and the licences of its parts."""

    def __init__(self, pipeline: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Entity Reader")
        self.label = QLabel(about_html(pipeline))
        self.label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
