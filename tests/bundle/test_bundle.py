"""The standalone bundle, proven: built here, unpacked elsewhere, run as a user would.

One build (``packaging/build_bundle.py``, about 1.5-3 minutes) in a temporary folder is
shared by every test of this module; its tarball is unpacked into a folder whose name
has spaces and non-ASCII letters, and every run uses that copy, so the archive is
complete and the bundle does not depend on where it was built. Marked ``slow``:
``pytest -m "not slow"`` leaves it out.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_d86ce49f0eb981eb.txt"
# The format fixtures are made by the builders the format tests use.
sys.path.insert(0, str(ROOT / "tests" / "core"))
from test_formats_make import TITLE, make_docx, make_pdf, seed_paragraphs  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.model,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux tarball"),
]


@dataclass(frozen=True)
class Unpacked:
    folder: Path  # where the tarball was unpacked (spaces, non-ASCII)
    program: Path  # .../entity-reader/reader
    build_output: str


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Unpacked]:
    base = tmp_path_factory.mktemp("bundle")
    build = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build_bundle.py"),
            "--dist",
            str(base / "dist"),
            "--work",
            str(base / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    archives = list((base / "dist").glob("entity-reader-*-linux-*.tar.gz"))
    assert len(archives) == 1, archives
    shutil.rmtree(base / "work")
    shutil.rmtree(base / "dist" / "entity-reader")  # only the unpacked copy is run
    folder = base / "Programme für Leser – ünïcödé"
    folder.mkdir()
    with tarfile.open(archives[0]) as tar:
        tar.extractall(folder, filter="tar")
    yield Unpacked(folder, folder / "entity-reader" / "reader", build.stdout)
    shutil.rmtree(base)


def run(command: list[str | Path], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command],
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_build_reports_size_and_the_bundle_is_under_300_mb(bundle: Unpacked) -> None:
    size = sum(
        p.stat().st_size
        for p in bundle.program.parent.rglob("*")
        if p.is_file() and not p.is_symlink()
    )
    assert "bundle:" in bundle.build_output
    assert size < 300e6, f"{size / 1e6:.0f} MB"


def test_version_says_it_is_the_bundle(bundle: Unpacked) -> None:
    result = run([bundle.program, "--version"], bundle.folder)
    assert result.returncode == 0, result.stderr
    assert "standalone bundle" in result.stdout


@pytest.mark.parametrize("kind", ["txt", "html", "docx", "pdf"])
def test_json_is_the_installed_packages(bundle: Unpacked, kind: str) -> None:
    # The whole JSON is compared: a data file missing from the bundle (trafilatura's
    # settings) changes the title and text while the exit status stays 0.
    folder = bundle.folder / "Dokumente mit Leerzeichen é"
    folder.mkdir(exist_ok=True)
    document = folder / f"seed ü.{kind}"
    if kind == "txt":
        shutil.copyfile(SEED, document)
    elif kind == "html":
        shutil.copyfile(ROOT / "tests" / "fixtures" / "news_page.html", document)
    elif kind == "docx":
        document.write_bytes(make_docx(TITLE, seed_paragraphs()))
    else:
        document.write_bytes(make_pdf(seed_paragraphs(), TITLE))
    frozen = run([bundle.program, "--json", "--no-corrections", document.name], folder)
    installed = run(
        [sys.executable, "-m", "reader", "--json", "--no-corrections", document.name], folder
    )
    assert frozen.returncode == 0, frozen.stderr
    assert installed.returncode == 0, installed.stderr
    bundled_data, installed_data = json.loads(frozen.stdout), json.loads(installed.stdout)
    assert bundled_data == installed_data
    if kind == "txt":
        names = {actor["name"] for actor in bundled_data["actors"]}
        assert {"Jon Huntsman", "Russia", "Sergei Shoigu"} <= names


def test_pet_names_join_their_person_in_the_bundle_too(bundle: Unpacked) -> None:
    # The pet-name table is a data file of the nicknames package: left out of the bundle,
    # "Lizzy" would quietly stay apart from "Elizabeth Bennet" there and only there.
    document = bundle.folder / "lizzy.txt"
    document.write_text(
        "Elizabeth Bennet walked to the village with her sister Jane Bennet. "
        "“Lizzy, come here,” said Mr. Bennet. Lizzy laughed and ran to him. "
        "Later Lizzy wrote to Charlotte Lucas, and Lizzy waited for her answer.\n",
        encoding="utf-8",
    )
    frozen = run([bundle.program, "--json", "--no-corrections", document.name], bundle.folder)
    installed = run(
        [sys.executable, "-m", "reader", "--json", "--no-corrections", document.name],
        bundle.folder,
    )
    assert frozen.returncode == 0, frozen.stderr
    bundled_data = json.loads(frozen.stdout)
    assert bundled_data == json.loads(installed.stdout)
    names = {actor["name"] for actor in bundled_data["actors"]}
    assert "Elizabeth Bennet" in names
    assert "Lizzy" not in names


def test_window_opens_offscreen_and_highlights(bundle: Unpacked) -> None:
    # The analysis runs in a child process that is this same program started again: the
    # highlights arrive only if the frozen program can be its own worker.
    document = bundle.folder / "Artikel über Moskau.txt"
    shutil.copyfile(SEED, document)
    result = run(
        [bundle.program, document.name],
        bundle.folder,
        QT_QPA_PLATFORM="offscreen",
        ENTITY_READER_TRACE="exit",
    )
    assert result.returncode == 0, result.stderr
    events = [line.split()[1] for line in result.stderr.splitlines() if line.startswith("trace ")]
    assert set(events) == {"window-shown", "pipeline-ready", "highlights-done"}, result.stderr
    assert events[-1] == "highlights-done"
    assert "Traceback" not in result.stderr


def test_qt_plugins_kept_find_their_qt_libraries(bundle: Unpacked) -> None:
    # Trimming dropped Qt libraries; every plugin that stayed (xcb, Wayland, printing,
    # SVG icons) must still find the Qt libraries it links to inside the bundle. System
    # libraries a desktop provides (GTK for the GTK theme) may be absent on this machine.
    internal = bundle.program.parent / "_internal"
    qt = internal / "PySide6" / "Qt"
    plugins = sorted((qt / "plugins").rglob("*.so"))
    assert {p.name for p in plugins} >= {
        "libqxcb.so",
        "libqwayland.so",
        "libqoffscreen.so",
        "libqsvg.so",
        "libcupsprintersupport.so",
    }
    missing: dict[str, list[str]] = {}
    for plugin in [*plugins, *sorted((qt / "lib").glob("*.so*"))]:
        result = run(["ldd", plugin], internal, LD_LIBRARY_PATH=f"{internal}:{qt / 'lib'}")
        lost = [
            line.split()[0]
            for line in result.stdout.splitlines()
            if "not found" in line and "Qt" in line
        ]
        if lost:
            missing[plugin.name] = lost
    assert missing == {}


def test_install_script_adds_command_menu_entry_and_icons(bundle: Unpacked, tmp_path: Path) -> None:
    home = tmp_path / "home ü"
    home.mkdir()
    env = {"HOME": str(home), "XDG_DATA_HOME": "", "XDG_CONFIG_HOME": ""}
    installer = bundle.program.parent / "install.sh"
    for _ in range(2):  # a second run updates the copy it made
        result = run(["sh", installer], bundle.folder, **env)
        assert result.returncode == 0, result.stderr
    prefix = home / ".local" / "opt" / "entity-reader"
    command = home / ".local" / "bin" / "reader"
    assert command.resolve() == (prefix / "reader").resolve()
    version = run([command, "--version"], tmp_path, **env)
    assert "standalone bundle" in version.stdout, version.stderr
    entry = (home / ".local" / "share" / "applications" / "entity-reader.desktop").read_text(
        encoding="utf-8"
    )
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert shlex.split(fields["Exec"]) == [str(prefix / "reader"), "%F"]
    assert {"text/plain", "application/pdf", "application/epub+zip"} <= set(
        fields["MimeType"].strip(";").split(";")
    )
    icons = home / ".local" / "share" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "entity-reader.svg").is_file()
    # A folder that is not an earlier Entity Reader is never replaced.
    other = tmp_path / "other"
    other.mkdir()
    (other / "keep.txt").write_text("mine", encoding="utf-8")
    refused = run(["sh", installer], bundle.folder, ENTITY_READER_PREFIX=str(other), **env)
    assert refused.returncode == 1
    assert (other / "keep.txt").read_text(encoding="utf-8") == "mine"
