"""Open a ZIP container (DOCX, EPUB) only after checking it cannot blow up.

A zip bomb declares (or hides) a huge uncompressed size behind a few kilobytes. Every
member's declared size and compression ratio are checked against limits before any
member is inflated, and reads are capped at the declared size, which :mod:`zipfile`
enforces while inflating, so a member cannot produce more than it claims.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass

from reader.core.documents.article import LoadError


@dataclass(frozen=True, slots=True)
class ZipLimits:
    """Ceilings for one container.

    Attributes:
        max_members: Most entries a document may hold.
        max_total: Most bytes all members may inflate to together.
        max_member: Most bytes one member may inflate to.
        max_ratio: Highest uncompressed/compressed ratio for a member larger than
            ``ratio_floor`` (text compresses 5-20x; bombs reach 1000x).
        ratio_floor: Members smaller than this are not ratio-checked.
    """

    max_members: int = 5000
    max_total: int = 256 * 1024 * 1024
    max_member: int = 64 * 1024 * 1024
    max_ratio: float = 200.0
    ratio_floor: int = 64 * 1024


DEFAULT_LIMITS = ZipLimits()


def open_zip(
    data: bytes, source: str, what: str, limits: ZipLimits = DEFAULT_LIMITS
) -> zipfile.ZipFile:
    """Open ``data`` as a ZIP after checking member count, sizes and ratios.

    Args:
        data: The container's bytes.
        source: The file name, for messages.
        what: What the container should be ("Word document", "EPUB book").
        limits: The ceilings to enforce.

    Raises:
        LoadError: not a ZIP, truncated, encrypted, or past a limit.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise LoadError(
            f"{source} is not a readable {what}: the file is damaged or truncated."
        ) from None
    except Exception as exc:  # noqa: BLE001 - zipfile raises assorted errors on hostile input
        raise LoadError(f"{source} is not a readable {what} ({type(exc).__name__}).") from None
    if len(members) > limits.max_members:
        raise LoadError(
            f"{source} holds {len(members)} entries, "
            f"more than a {what} should ({limits.max_members})."
        )
    total = 0
    for info in members:
        if info.flag_bits & 0x1:
            raise LoadError(
                f"{source} is an encrypted {what}; "
                "this reader cannot open password-protected files."
            )
        if info.file_size > limits.max_member:
            raise LoadError(
                f"{source} has a part that unpacks to {info.file_size / 1e6:.0f} MB, "
                f"too large for a {what}."
            )
        if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise LoadError(
                f"{source} looks like a zip bomb: a part expands "
                f"{info.file_size // max(info.compress_size, 1)}x."
            )
        total += info.file_size
    if total > limits.max_total:
        raise LoadError(
            f"{source} unpacks to {total / 1e6:.0f} MB, "
            f"above the {limits.max_total / 1e6:.0f} MB limit for a {what}."
        )
    return archive


def read_member(archive: zipfile.ZipFile, name: str, source: str, what: str) -> bytes:
    """Read one member, capped at its declared size.

    Raises:
        LoadError: the member is missing or does not inflate cleanly.
    """
    try:
        info = archive.getinfo(name)
        with archive.open(info) as handle:
            return handle.read(info.file_size + 1)[: info.file_size]
    except KeyError:
        raise LoadError(f"{source} is not a complete {what}: {name} is missing.") from None
    except (
        zipfile.BadZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,
    ) as exc:
        raise LoadError(
            f"{source} is a damaged {what}: {name} cannot be unpacked ({exc})."
        ) from None
    except Exception as exc:  # noqa: BLE001 - zlib and friends raise assorted errors on corrupt data
        raise LoadError(
            f"{source} is a damaged {what}: {name} cannot be unpacked ({type(exc).__name__})."
        ) from None


def inside(base: str, href: str) -> str | None:
    """Resolve ``href`` relative to the folder ``base`` inside a ZIP; None if it escapes.

    Absolute paths, ``..`` that climbs out of the archive, backslashes and drive
    letters are all refused, so a book cannot name a file outside itself.
    """
    if not href or "\\" in href or href.startswith("/") or ":" in href.split("/")[0]:
        return None
    joined = posixpath.normpath(posixpath.join(base, href))
    if joined.startswith("../") or joined == ".." or joined.startswith("/") or joined == ".":
        return None
    return joined
