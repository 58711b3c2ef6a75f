"""Exported files are written whole or not at all, and never over the document that was read."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


class OverwriteSourceError(ValueError):
    """The export would overwrite the document it was made from."""


def write_atomically(
    path: str | os.PathLike[str],
    data: bytes,
    source_path: str | os.PathLike[str] | None = None,
) -> None:
    """Write ``data`` to ``path`` so that it is either all there or not changed at all.

    A temporary file in the same folder is written, flushed to disk and renamed over
    ``path``; a crash leaves the old file (or none), never half of one.

    Raises:
        OverwriteSourceError: ``path`` is ``source_path`` (also through a link): the document
            the reader opened is never overwritten.
        OSError: the folder is missing, read-only or full.
    """
    target = Path(path)
    if source_path is not None and _same_file(target, Path(source_path)):
        raise OverwriteSourceError(f"{target} is the document itself; choose another file name.")
    mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o644
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".part"
    )
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _same_file(target: Path, source: Path) -> bool:
    if target.resolve() == source.resolve():
        return True
    try:
        return os.path.samefile(target, source)  # hard links, case-insensitive disks
    except OSError:
        return False  # one of them does not exist: they cannot be the same file


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open folders for this."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the data itself is synced
    finally:
        os.close(descriptor)
