"""The files ``reader --json --out DIR`` writes: their names, the checks before, atomic writes.

Decisions (also in the README's "Headless output"):

- A file the run did not create is never written over: when any output name is taken
  (an input, a previous run's result, anything), the whole run is refused before any
  analysis, naming the files, so that a batch is never half written.
- Inputs with the same name (``a/x.txt b/x.txt``) are named apart in the order given:
  ``x.json``, ``x-2.json``, ``x-3.json``... Names are compared ignoring case, because
  ``X.json`` and ``x.json`` are one file on macOS and Windows.
- A missing ``--out`` folder is created (with its parents), before any analysis.
- Each file is written to a temporary file in the same folder and only then given its
  name, so a full disk or a killed run never leaves a cut JSON under that name.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import unquote, urlsplit

from reader.core.documents.opening import is_link

# Characters Windows refuses in a name, and controls, become "_" in a name made from a URL.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
# What os.link fails with where a file system has no hard links (FAT, some shares).
_NO_LINKS = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK})


class OutputError(Exception):
    """An output cannot be written; ``str(error)`` is one line for the user."""


def output_stem(source: str) -> str:
    """The name an input's JSON is written under, without ``.json``.

    A file gives its own stem (``story.txt`` -> ``story``), byte for byte, even when the
    name is not valid UTF-8. A web address gives its last path segment without suffix
    (``.../moscow-talks.html?id=7`` -> ``moscow-talks``), or its host when the path is
    empty (``https://example.com/`` -> ``example.com``).
    """
    if is_link(source):
        parts = urlsplit(source)
        segment = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
        stem = Path(segment).stem if segment else parts.hostname or ""
        stem = _UNSAFE.sub("_", stem).strip(" .")
    else:
        stem = Path(source).stem
    return stem or "document"


def plan_outputs(sources: Sequence[str], folder: Path) -> list[Path]:
    """One target in ``folder`` per source, in order, no two alike (ignoring case)."""
    taken: set[str] = set()
    targets: list[Path] = []
    for source in sources:
        stem = output_stem(source)
        name, number = f"{stem}.json", 2
        while name.casefold() in taken:
            name, number = f"{stem}-{number}.json", number + 1
        taken.add(name.casefold())
        targets.append(folder / name)
    return targets


def check_outputs(folder: Path, targets: Sequence[Path]) -> None:
    """Refuse before any analysis: an unusable folder, or a target that already exists.

    Creates ``folder`` when it is missing, and tries a file in it, so that a folder that
    cannot take the results is reported now rather than after the analysis.

    Raises:
        OutputError: with the one line to print.
    """
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"--out {folder} is a file, not a folder.")
    existing = [target for target in targets if os.path.lexists(target)]
    if existing:
        names = ", ".join(str(target) for target in existing)
        raise OutputError(
            f"refusing to write over {names}: the run did not create "
            f"{'it' if len(existing) == 1 else 'them'}; move "
            f"{'it' if len(existing) == 1 else 'them'} or choose another --out folder."
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"--out {folder} cannot be created: {exc.strerror or exc}.") from None
    try:
        probe = _create_temporary(folder / "probe")
    except OSError as exc:
        raise OutputError(f"--out {folder} is not writable: {exc.strerror or exc}.") from None
    os.unlink(probe)


def _create_temporary(target: Path) -> Path:
    """Create an empty hidden file beside ``target``; the umask sets its mode, as for any file."""
    while True:
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return temporary


def write_new_file(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` all at once, never over an existing file.

    Raises:
        OutputError: the data could not be written (disk full, quota, permissions) or
            ``target`` appeared meanwhile; nothing is left under either name.
    """
    try:
        temporary = _create_temporary(target)
    except OSError as exc:
        raise OutputError(f"could not write {target}: {exc.strerror or exc}.") from None
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _give_name(temporary, target)
    except FileExistsError:
        raise OutputError(f"refusing to write over {target}: it appeared during the run.") from None
    except OSError as exc:
        raise OutputError(f"could not write {target}: {exc.strerror or exc}.") from None
    finally:
        temporary.unlink(missing_ok=True)


def _give_name(temporary: Path, target: Path) -> None:
    """Link the finished file under its name; a link fails rather than replace a file."""
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.replace(temporary, target)
