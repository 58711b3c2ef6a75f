"""Plain text in any common encoding: UTF-8 (with or without BOM), UTF-16, cp1252."""

from __future__ import annotations

import codecs

from reader.core.document import LoadError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _bom_encoding(data: bytes) -> str | None:
    return next((enc for bom, enc in _BOMS if data.startswith(bom)), None)


def looks_binary(data: bytes) -> bool:
    """True for bytes no text editor would show as text (NULs, many control bytes)."""
    if _bom_encoding(data):
        return False
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(4, len(head) // 100)


def decode_text(data: bytes, source: str) -> tuple[str, str]:
    """Decode document bytes; returns ``(text, encoding name)``.

    UTF-8 is tried first because charset detection guesses wrong on short UTF-8 texts;
    then charset-normalizer picks among the legacy code pages.

    Raises:
        LoadError: no encoding decodes the bytes to readable text.
    """
    bom = _bom_encoding(data)
    if bom:
        try:
            return data.decode(bom), bom
        except UnicodeDecodeError:
            raise LoadError(f"{source} starts like {bom} text but does not decode.") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    candidates = list(from_bytes(data))
    if not candidates:
        raise LoadError(f"{source} is not text in any encoding this reader knows.")
    # On short Western texts several code pages read equally well ("français" is
    # plausible cp1257 too); among equally plausible readings take the most common one.
    least = min(match.chaos for match in candidates)
    plausible = [match for match in candidates if match.chaos <= least + 0.1]
    best = min(plausible, key=lambda match: _PREFERRED.get(str(match.encoding), len(_PREFERRED)))
    return str(best), str(best.encoding)


_PREFERRED = {name: rank for rank, name in enumerate(("cp1252", "latin_1", "iso8859_15", "cp1251", "cp1250"))}
