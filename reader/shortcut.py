"""Desktop and applications-menu shortcuts: ``reader --install-shortcut``.

On Linux (and other freedesktop systems) the shipped ``resources/entity-reader.desktop``
is installed into ``$XDG_DATA_HOME/applications`` with ``Exec`` pointing at this
environment's ``reader-gui``, so the applications menu lists Entity Reader and file
managers offer it under "Open with" for the document types in its ``MimeType``; the
icon goes into the user's hicolor theme and a copy of the entry onto the desktop.

On Windows and macOS pyshortcuts makes the shortcuts: a ``.lnk`` on the desktop and in
the Start menu, or an ``.app`` on the desktop and in ``/Applications``.

Pure Python, no Qt: it runs before (and instead of) the window.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from reader.paths import resource_path
from reader.version import is_bundle

APP_ID = "entity-reader"
"""File name of the desktop entry and the icons; also Qt's desktop file name."""

APP_NAME = "Entity Reader"
DESCRIPTION = "Read an article with its people, organisations and places highlighted"

# Characters that the Desktop Entry spec reserves in an Exec argument: an argument with
# any of them is written in double quotes.
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


class ShortcutError(Exception):
    """A shortcut could not be made; the message says why, for the user."""


@dataclass
class Outcome:
    """What an installation did: files written and notes on what was skipped."""

    created: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def gui_command() -> list[str]:
    r"""The command that opens the window, as an argument list with an absolute program.

    This environment's ``reader-gui`` (``Scripts\reader-gui.exe`` on Windows) when it is
    installed; otherwise ``python -m reader`` with this interpreter (``pythonw`` on
    Windows, so no console window opens). A ``reader-gui`` found elsewhere on ``PATH``
    is never used: it may belong to another installation. In the standalone bundle the
    command is the bundle's own program (``sys.executable``), which takes ``FILE`` itself.
    """
    if is_bundle():
        return [str(Path(sys.executable).absolute())]
    name = "reader-gui.exe" if os.name == "nt" else "reader-gui"
    # Not resolved: in a virtual environment sys.executable is a link into the base
    # Python, and the scripts live beside the link.
    interpreter = Path(sys.executable).absolute()
    folders = [interpreter.parent, Path(sysconfig.get_path("scripts"))]
    user_scheme = f"{os.name}_user"
    if user_scheme in sysconfig.get_scheme_names():
        folders.append(Path(sysconfig.get_path("scripts", user_scheme)))
    for folder in folders:
        candidate = folder / name
        if candidate.is_file():
            return [str(candidate.absolute())]
    if os.name == "nt":
        windowed = interpreter.with_name("pythonw.exe")
        if windowed.is_file():
            interpreter = windowed
    return [str(interpreter), "-m", "reader"]


def desktop_exec(command: list[str]) -> str:
    """``command`` as the value of a desktop entry's ``Exec`` key, files as ``%F``.

    Arguments are quoted by the Desktop Entry spec's rules, then escaped as a string
    value (backslashes doubled).

    Raises:
        ShortcutError: An argument holds a line break, which no desktop entry can hold.
    """
    words = []
    for arg in command:
        if "\n" in arg or "\r" in arg:
            raise ShortcutError(f"cannot put a path with a line break in a shortcut: {arg!r}")
        if arg and not _EXEC_RESERVED.intersection(arg):
            word = arg
        else:
            word = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
        words.append(word.replace("%", "%%").replace("\\", "\\\\"))
    return " ".join([*words, "%F"])


def install_shortcuts(desktop: bool = True, startmenu: bool = True) -> int:
    """Add Entity Reader to the desktop and the applications menu, and report what was made.

    Args:
        desktop: Put a shortcut on the desktop (skipped when there is no desktop folder).
        startmenu: Add Entity Reader to the applications menu (Start menu, /Applications).

    Returns:
        0 when done (the paths written are printed), 1 on failure (the reason is printed
        to stderr).
    """
    try:
        if sys.platform == "win32":
            outcome = _install_windows(desktop, startmenu)
        elif sys.platform == "darwin":
            outcome = _install_macos(desktop, startmenu)
        else:
            outcome = _install_freedesktop(desktop, startmenu)
    except ShortcutError as exc:
        sys.stderr.write(f"reader: could not install the shortcuts: {exc}\n")
        return 1
    except Exception as exc:  # noqa: BLE001 - the command's boundary: report, never a traceback.
        sys.stderr.write(f"reader: could not install the shortcuts: {type(exc).__name__}: {exc}\n")
        return 1
    lines = [f"Created {path}" for path in outcome.created] + outcome.notes
    if not outcome.created:
        lines.append("No shortcut was created.")
    sys.stdout.write("".join(line + "\n" for line in lines))
    return 0


# -- Linux and other freedesktop systems ------------------------------------------------


def _data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or relative (spec)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def _desktop_dir() -> Path:
    """The desktop folder: ``XDG_DESKTOP_DIR`` from ``user-dirs.dirs``, else ``~/Desktop``."""
    home = Path.home()
    config = os.environ.get("XDG_CONFIG_HOME", "")
    config_home = Path(config) if config and Path(config).is_absolute() else home / ".config"
    try:
        lines = (config_home / "user-dirs.dirs").read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        lines = []
    for line in lines:
        key, sep, value = line.strip().partition("=")
        if sep and key == "XDG_DESKTOP_DIR":
            value = value.strip().strip('"')
            if value.startswith("$HOME"):
                return home / value[len("$HOME") :].lstrip("/")
            if value.startswith("/"):
                return Path(value)
    return home / "Desktop"


def _desktop_entry(command: list[str]) -> str:
    """The shipped desktop entry with ``Exec`` and ``TryExec`` made absolute."""
    template = resource_path(f"{APP_ID}.desktop")
    try:
        text = template.read_text(encoding="utf-8")
    except OSError as exc:
        raise ShortcutError(
            f"the desktop entry {template} is missing ({exc.strerror}); "
            "install Entity Reader from its source folder (pip install -e .)"
        ) from exc
    exec_line = "Exec=" + desktop_exec(command)
    try_exec_line = "TryExec=" + command[0].replace("\\", "\\\\")
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):
            line = exec_line
        elif line.startswith("TryExec="):
            line = try_exec_line
        lines.append(line)
    return "\n".join(lines) + "\n"


def _install_freedesktop(desktop: bool, startmenu: bool) -> Outcome:
    outcome = Outcome()
    entry = _desktop_entry(gui_command())
    data_home = _data_home()

    if desktop or startmenu:
        # Both entries name the icon "entity-reader"; it is looked up in the theme.
        icons = data_home / "icons" / "hicolor"
        for source, target in (
            (resource_path(f"{APP_ID}.png"), icons / "256x256" / "apps" / f"{APP_ID}.png"),
            (resource_path(f"{APP_ID}.svg"), icons / "scalable" / "apps" / f"{APP_ID}.svg"),
        ):
            if not source.is_file():
                outcome.notes.append(f"Icon {source} is missing; a generic icon is shown.")
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            outcome.created.append(target)

    if startmenu:
        applications = data_home / "applications"
        applications.mkdir(parents=True, exist_ok=True)
        menu_entry = applications / f"{APP_ID}.desktop"
        menu_entry.write_text(entry, encoding="utf-8")
        menu_entry.chmod(0o644)
        outcome.created.append(menu_entry)
        # Refreshes the MIME cache behind "Open with"; desktops also rescan on their own.
        _run_quietly(["update-desktop-database", str(applications)])

    if desktop:
        folder = _desktop_dir()
        if folder.is_dir():
            launcher = folder / f"{APP_ID}.desktop"
            launcher.write_text(entry, encoding="utf-8")
            # Desktops launch only executable entries; GNOME also wants them trusted.
            launcher.chmod(0o755)
            _run_quietly(["gio", "set", str(launcher), "metadata::trusted", "true"])
            outcome.created.append(launcher)
        else:
            outcome.notes.append(f"No desktop folder ({folder}); no desktop shortcut made.")
    return outcome


def _run_quietly(command: list[str]) -> None:
    """Run a helper tool if it is installed; its absence or failure changes nothing."""
    program = shutil.which(command[0])
    if program is None:
        return
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(
            [program, *command[1:]],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=10,
            check=False,
        )


# -- Windows and macOS, through pyshortcuts ---------------------------------------------


def _windows_short_path(path: str) -> str:
    """``path`` without spaces, by its 8.3 short name (pyshortcuts splits at spaces)."""
    if " " not in path:
        return path
    if sys.platform == "win32":
        import ctypes

        buffer = ctypes.create_unicode_buffer(32768)
        length = ctypes.windll.kernel32.GetShortPathNameW(path, buffer, len(buffer))
        if 0 < length < len(buffer) and " " not in buffer.value:
            return buffer.value
    raise ShortcutError(
        f"{path} contains a space and has no short name; "
        "install Entity Reader in a folder without spaces"
    )


def _rename(made: Path, display_name: str) -> Path:
    """Give a shortcut pyshortcuts named ``Entity_Reader`` the app's own name."""
    wanted = made.with_name(display_name + made.suffix)
    if made == wanted or not made.exists():
        return made
    try:
        if wanted.is_dir() and not wanted.is_symlink():
            shutil.rmtree(wanted)
        os.replace(made, wanted)
    except OSError:
        return made
    return wanted


def _pyshortcuts(icon_suffix: str) -> tuple[Any, dict[str, Any], Outcome]:
    """The ``make_shortcut`` of pyshortcuts, its common options and an outcome for notes."""
    try:
        from pyshortcuts import make_shortcut
    except ImportError as exc:
        raise ShortcutError(
            f"pyshortcuts is not usable here ({exc}); pip install pyshortcuts"
        ) from exc
    outcome = Outcome()
    icon_file = resource_path(APP_ID + icon_suffix)
    if not icon_file.is_file():
        outcome.notes.append(f"Icon {icon_file} is missing; the shortcut has Python's icon.")
    options = {
        "name": APP_NAME,
        "description": DESCRIPTION,
        "icon": str(icon_file) if icon_file.is_file() else None,
        "terminal": False,
        # The script string is the whole command: pyshortcuts adds no interpreter.
        "noexe": True,
    }
    return make_shortcut, options, outcome


def _install_windows(desktop: bool, startmenu: bool) -> Outcome:
    make_shortcut, options, outcome = _pyshortcuts(".ico")
    command = gui_command()
    # pyshortcuts splits the string at its first space into program and arguments.
    script = " ".join([_windows_short_path(command[0]), *command[1:]])
    if desktop or startmenu:
        made = make_shortcut(script, desktop=desktop, startmenu=startmenu, **options)
        for wanted, folder in ((desktop, made.desktop_dir), (startmenu, made.startmenu_dir)):
            if wanted:
                outcome.created.append(_rename(Path(folder) / made.target, APP_NAME))
    return outcome


def _install_macos(desktop: bool, startmenu: bool) -> Outcome:
    make_shortcut, options, outcome = _pyshortcuts(".icns")
    # pyshortcuts rejoins the string into a bash command that it writes into a plist.
    script = xml_escape(shlex.join(gui_command()))
    if desktop:
        made = make_shortcut(script, desktop=True, macos_app=False, **options)
        outcome.created.append(_rename(Path(made.desktop_dir) / made.target, APP_NAME))
    if startmenu:
        # The copy in /Applications is what Launchpad and Spotlight find.
        try:
            made = make_shortcut(script, desktop=False, macos_app=True, **options)
        except OSError as exc:
            outcome.notes.append(
                f"Could not write to /Applications ({exc.strerror}); drag the app from the "
                "desktop into Applications instead."
            )
        else:
            outcome.created.append(_rename(Path("/Applications") / made.target, APP_NAME))
    return outcome
