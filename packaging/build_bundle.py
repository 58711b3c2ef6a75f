"""Build the standalone bundle of Entity Reader: ``python packaging/build_bundle.py``.

Runs PyInstaller on ``packaging/entity-reader.spec`` (a one-folder bundle with Python, Qt,
spaCy and the English pipeline), strips debug symbols on Linux, adds the install script
and packs the folder:

- Linux: ``dist/entity-reader/`` and ``dist/entity-reader-VERSION-linux-ARCH.tar.gz``
  (the folder holds ``reader``, the program, and ``install.sh``, the launcher installer);
- Windows: ``dist/entity-reader/`` (``reader.exe``, ``reader-gui.exe``) and a ``.zip``;
- macOS: ``dist/Entity Reader.app`` and a ``.zip``.

Needs the ``bundle`` extra (``pip install -e '.[bundle]'``). Prints the build time, the
size of the folder and of the archive. ``--dist`` and ``--work`` put the output and
PyInstaller's scratch files elsewhere (the slow test builds in a temporary folder).
"""

# ruff: noqa: T201 - a build command: printing is its interface

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "entity-reader.spec"
FOLDER = "entity-reader"


def version() -> str:
    text = (ROOT / "reader" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if found is None:
        raise SystemExit("build_bundle: no __version__ in reader/__init__.py")
    return found.group(1)


def run_pyinstaller(dist: Path, work: Path) -> None:
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(SPEC),
    ]
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def strip_debug(bundle: Path) -> int:
    """Remove debug symbols from every ELF file but those in ``*.libs`` folders.

    spaCy's compiled modules alone carry about 100 MB of them. The ``*.libs`` folders
    (numpy's OpenBLAS and gfortran, vendored by auditwheel) break when stripped: numpy
    then fails to import. Returns how many files were stripped.
    """
    strip = shutil.which("strip")
    if strip is None:
        print("build_bundle: no `strip` here (binutils); debug symbols kept", file=sys.stderr)
        return 0
    files = [
        p for p in bundle.rglob("*")
        if p.is_file() and not p.is_symlink() and not any(
            part.endswith(".libs") for part in p.relative_to(bundle).parts[:-1]
        ) and is_elf(p)
    ]
    for start in range(0, len(files), 200):
        subprocess.run([strip, "--strip-debug", *map(str, files[start : start + 200])], check=True)
    return len(files)


def size_of(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under ``folder`` (apparent sizes, links not followed)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def pack_linux(dist: Path, bundle: Path) -> Path:
    """The tarball a user downloads: the bundle folder with its install script."""
    installer = bundle / "install.sh"
    shutil.copyfile(ROOT / "packaging" / "install.sh", installer)
    installer.chmod(0o755)
    machine = platform.machine().lower() or "unknown"
    archive = dist / f"{FOLDER}-{version()}-linux-{machine}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=FOLDER)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    parser.add_argument("--no-archive", action="store_true", help="leave out the archive")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401 - only to say what to install when it is missing
    except ImportError:
        print("build_bundle: PyInstaller is missing: pip install -e '.[bundle]'", file=sys.stderr)
        return 2
    dist, work = args.dist.absolute(), args.work.absolute()
    started = time.monotonic()
    run_pyinstaller(dist, work)
    built = time.monotonic() - started
    if sys.platform == "darwin":
        bundle = dist / "Entity Reader.app"
    else:
        bundle = dist / FOLDER
    if sys.platform.startswith("linux"):
        stripped = strip_debug(bundle)
        print(f"stripped debug symbols from {stripped} files")
    archive = None
    if not args.no_archive:
        if sys.platform.startswith("linux"):
            archive = pack_linux(dist, bundle)
        else:
            system = "windows" if sys.platform == "win32" else "macos"
            base = dist / f"{FOLDER}-{version()}-{system}-{platform.machine().lower()}"
            archive = Path(shutil.make_archive(str(base), "zip", dist, bundle.name))
    total = time.monotonic() - started
    size, count = size_of(bundle)
    print(f"bundle:  {bundle}  {size / 1e6:.0f} MB in {count} files")
    if archive is not None:
        print(f"archive: {archive}  {archive.stat().st_size / 1e6:.0f} MB")
    print(f"time:    PyInstaller {built:.0f} s, whole build {total:.0f} s")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")  # reproducible bytecode in the archive
    sys.exit(main())
