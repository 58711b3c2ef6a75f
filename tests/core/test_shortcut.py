"""The double-click launcher: shipped icon and desktop entry, ``reader --install-shortcut``."""

from __future__ import annotations

import configparser
import shlex
import struct
import sys
import types
import xml.etree.ElementTree as ET
from collections import namedtuple
from pathlib import Path

import pytest

from reader import shortcut
from reader.app import main
from reader.shortcut import desktop_exec, install_shortcuts, resource_path

MIME_TYPES = {
    "text/plain",
    "text/markdown",
    "text/html",
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/epub+zip",
}

freedesktop = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="freedesktop shortcuts are made on Linux/BSD"
)


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME, XDG_DATA_HOME and XDG_CONFIG_HOME in tmp_path; no desktop folder yet."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return home


@pytest.fixture
def fake_gui(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A ``reader-gui`` beside a fake interpreter, in a folder whose name has a space."""
    bin_dir = tmp_path / "my env" / "bin"
    bin_dir.mkdir(parents=True)
    gui = bin_dir / ("reader-gui.exe" if sys.platform == "win32" else "reader-gui")
    gui.write_text("#!/bin/sh\n", encoding="utf-8")
    gui.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(bin_dir / "python"))
    return gui


# -- shipped resources ------------------------------------------------------------------


def test_shipped_desktop_entry() -> None:
    entry = read_entry(resource_path("entity-reader.desktop"))
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Entity Reader"
    assert entry["Exec"] == "reader-gui %F"
    assert entry["TryExec"] == "reader-gui"
    assert entry["Icon"] == "entity-reader"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert entry["MimeType"].endswith(";")
    assert set(entry["MimeType"].rstrip(";").split(";")) == MIME_TYPES
    assert entry["StartupWMClass"]


def test_png_is_256_square() -> None:
    data = resource_path("entity-reader.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    assert struct.unpack(">II", data[16:24]) == (256, 256)


def test_svg_is_xml_with_a_square_view_box() -> None:
    root = ET.parse(resource_path("entity-reader.svg")).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


def test_ico_and_icns_hold_the_sizes() -> None:
    ico = resource_path("entity-reader.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sides = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sides
    icns = resource_path("entity-reader.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)


# -- Exec quoting ------------------------------------------------------------------------


def test_exec_plain_path_unquoted() -> None:
    assert desktop_exec(["/opt/env/bin/reader-gui"]) == "/opt/env/bin/reader-gui %F"


def test_exec_quotes_reserved_characters() -> None:
    # A space: double quotes. "$" and a backslash are escaped inside the quotes, and the
    # backslash is then doubled again as a string value; "%" becomes "%%".
    assert desktop_exec(["/a b/$x\\y%z", "-m", "reader"]) == (
        '"/a b/\\\\$x\\\\\\\\y%%z" -m reader %F'
    )


def test_exec_refuses_line_breaks() -> None:
    with pytest.raises(shortcut.ShortcutError):
        desktop_exec(["/a\nb/reader-gui"])


# -- installing on Linux -----------------------------------------------------------------


@freedesktop
def test_install_without_desktop_folder(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert install_shortcuts() == 0
    data = tmp_path / "data"
    entry_path = data / "applications" / "entity-reader.desktop"
    entry = read_entry(entry_path)
    program, files = entry["Exec"].rsplit(" ", 1)
    assert files == "%F"
    assert Path(shlex.split(program)[0]).is_absolute()
    assert entry["Exec"].endswith("reader-gui %F")
    assert Path(entry["TryExec"]).is_absolute()
    assert set(entry["MimeType"].rstrip(";").split(";")) == MIME_TYPES
    icons = data / "icons" / "hicolor"
    png = icons / "256x256" / "apps" / "entity-reader.png"
    svg = icons / "scalable" / "apps" / "entity-reader.svg"
    assert png.read_bytes() == resource_path("entity-reader.png").read_bytes()
    assert svg.read_bytes() == resource_path("entity-reader.svg").read_bytes()
    assert not (home / "Desktop").exists()  # never made on a headless machine
    out = capsys.readouterr().out
    assert f"Created {entry_path}" in out
    assert f"Created {png}" in out
    assert "No desktop folder" in out


@freedesktop
def test_install_points_at_this_environments_gui(
    home: Path, tmp_path: Path, fake_gui: Path
) -> None:
    (home / "Desktop").mkdir()
    assert install_shortcuts() == 0
    entry = read_entry(tmp_path / "data" / "applications" / "entity-reader.desktop")
    assert entry["Exec"] == f'"{fake_gui}" %F'
    assert shlex.split(entry["Exec"]) == [str(fake_gui), "%F"]
    assert entry["TryExec"] == str(fake_gui)
    launcher = home / "Desktop" / "entity-reader.desktop"
    assert read_entry(launcher)["Exec"] == entry["Exec"]
    assert launcher.stat().st_mode & 0o111  # desktops launch only executable entries


@freedesktop
def test_install_uses_the_desktop_named_in_user_dirs(home: Path, tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text(
        '# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR="$HOME/Schreibtisch"\n',
        encoding="utf-8",
    )
    (home / "Schreibtisch").mkdir()
    assert install_shortcuts(startmenu=False) == 0
    assert (home / "Schreibtisch" / "entity-reader.desktop").is_file()
    assert not (tmp_path / "data" / "applications").exists()
    # The desktop entry names the icon, so the icon is installed all the same.
    assert (
        tmp_path / "data" / "icons" / "hicolor" / "256x256" / "apps" / "entity-reader.png"
    ).is_file()


@freedesktop
def test_falls_back_to_python_m_reader(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(sys, "executable", str(empty / "python3"))
    monkeypatch.setattr(shortcut.sysconfig, "get_path", lambda *args, **kwargs: str(empty))
    assert install_shortcuts() == 0
    entry = read_entry(tmp_path / "data" / "applications" / "entity-reader.desktop")
    assert entry["Exec"] == f"{empty / 'python3'} -m reader %F"


@freedesktop
def test_a_bundle_points_at_its_own_program(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_gui: Path
) -> None:
    # A frozen program has no interpreter to give "-m reader" to, and a reader-gui beside
    # it would belong to some other installation: the command is the bundle's program.
    program = fake_gui.parent / "reader"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    assert install_shortcuts() == 0
    entry = read_entry(tmp_path / "data" / "applications" / "entity-reader.desktop")
    assert shlex.split(entry["Exec"]) == [str(program), "%F"]
    assert entry["TryExec"] == str(program)


@freedesktop
def test_missing_resources_fail_with_a_message(
    home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(shortcut, "resource_path", lambda name: tmp_path / "nowhere" / name)
    assert install_shortcuts() == 1
    captured = capsys.readouterr()
    assert "could not install the shortcuts" in captured.err
    assert "entity-reader.desktop" in captured.err
    assert captured.out == ""


@freedesktop
def test_reader_install_shortcut_command(home: Path, tmp_path: Path) -> None:
    assert main(["--install-shortcut"]) == 0
    assert (tmp_path / "data" / "applications" / "entity-reader.desktop").is_file()


# -- Windows and macOS through pyshortcuts (its make_shortcut replaced) -----------------

Made = namedtuple("Made", ["desktop_dir", "startmenu_dir", "target"])


def fake_pyshortcuts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, suffix: str, refuse_app_folder: bool = False
) -> list[tuple[str, dict[str, object]]]:
    """Replace pyshortcuts with a recorder that makes empty shortcuts named as it does."""
    calls: list[tuple[str, dict[str, object]]] = []

    def make_shortcut(script: str, **options: object) -> Made:
        calls.append((script, options))
        if options.get("macos_app") and refuse_app_folder:
            raise PermissionError(13, "Permission denied")
        made = Made(str(tmp_path / "Desktop"), str(tmp_path / "Start"), "Entity_Reader" + suffix)
        for wanted, folder in (
            (options.get("desktop"), made.desktop_dir),
            (options.get("startmenu"), made.startmenu_dir),
        ):
            if wanted:
                Path(folder).mkdir(exist_ok=True)
                (Path(folder) / made.target).write_text("", encoding="utf-8")
        return made

    monkeypatch.setitem(
        sys.modules, "pyshortcuts", types.SimpleNamespace(make_shortcut=make_shortcut)
    )
    return calls


def test_windows_shortcuts_get_the_apps_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(shortcut, "gui_command", lambda: ["C:/env/Scripts/reader-gui.exe"])
    calls = fake_pyshortcuts(monkeypatch, tmp_path, ".lnk")
    outcome = shortcut._install_windows(desktop=True, startmenu=True)
    assert outcome.created == [
        tmp_path / "Desktop" / "Entity Reader.lnk",
        tmp_path / "Start" / "Entity Reader.lnk",
    ]
    assert all(path.is_file() for path in outcome.created)
    script, options = calls[0]
    assert script == "C:/env/Scripts/reader-gui.exe"
    assert options["terminal"] is False
    assert options["noexe"] is True
    assert str(options["icon"]).endswith("entity-reader.ico")


def test_macos_app_command_is_quoted_and_applications_refusal_is_a_note(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(shortcut, "gui_command", lambda: ["/Users/a b/env/bin/reader-gui"])
    calls = fake_pyshortcuts(monkeypatch, tmp_path, ".app", refuse_app_folder=True)
    outcome = shortcut._install_macos(desktop=True, startmenu=True)
    assert outcome.created == [tmp_path / "Desktop" / "Entity Reader.app"]
    assert "Applications" in outcome.notes[0]
    script, options = calls[0]
    assert shlex.split(script) == ["/Users/a b/env/bin/reader-gui"]
    assert str(options["icon"]).endswith("entity-reader.icns")
