"""Plain text in any common encoding: UTF-8 (with or without BOM), UTF-16, cp1252.

Decisions (README, "Hostile files"): bytes are binary when more than 1 % of the first
64 KB are control bytes (NUL included) other than tab, line breaks and escape, so one
stray NUL does not refuse a text; UTF-16 without a byte-order mark is told by NULs in
every other byte; a file whose non-ASCII bytes are at least 95 % valid UTF-8 is read as
UTF-8 with the invalid bytes replaced by U+FFFD, and the encoding says how many.
"""

from __future__ import annotations

import codecs
import re
import threading

from reader.core.documents.article import LoadError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HEAD = 65_536
_TEXT_CONTROLS = frozenset((9, 10, 11, 12, 13, 27))
_ASCII = bytes(range(128))
#: At most one invalid byte in this many non-ASCII bytes for "UTF-8 with a few bad bytes".
_BAD_BYTE_SHARE = 20


def _bom_encoding(data: bytes) -> str | None:
    return next((enc for bom, enc in _BOMS if data.startswith(bom)), None)


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when NULs fill every other byte of the start.

    Text in a Latin script stored as UTF-16 has a NUL as the high byte of almost every
    character; a binary file has NULs scattered over both byte positions.
    """
    head = data[:_HEAD]
    head = head[: len(head) - len(head) % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    even_nuls, odd_nuls = even.count(0), odd.count(0)
    for encoding, zeros, others, other_nuls in (
        ("utf-16-le", odd_nuls, even, even_nuls),
        ("utf-16-be", even_nuls, odd, odd_nuls),
    ):
        if zeros >= 0.3 * len(others) and other_nuls <= 0.02 * len(others):
            try:
                text = head.decode(encoding)
            except UnicodeDecodeError:
                continue
            controls = sum(1 for c in text if ord(c) < 32 and ord(c) not in _TEXT_CONTROLS)
            if controls <= len(text) // 100:
                return encoding
    return None


def looks_binary(data: bytes) -> bool:
    """True for bytes no text editor would show as text: many control bytes.

    A share rather than any NUL: a text with one stray NUL is still a text.
    """
    if _bom_encoding(data) or utf16_without_bom(data):
        return False
    head = data[:_HEAD]
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return controls > max(4, len(head) // 100)


class _BadBytes(threading.local):
    """Per-thread tally for the counting error handler."""

    count = 0
    limit = 0


_bad = _BadBytes()


def _count_and_replace(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    _bad.count += error.end - error.start
    if _bad.count > _bad.limit:
        raise error
    return "\ufffd", error.end


codecs.register_error("reader.count-replace", _count_and_replace)


def mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """``(text, invalid bytes)`` when nearly all non-ASCII bytes are valid UTF-8, else ``None``."""
    non_ascii = len(data.translate(None, _ASCII))
    _bad.count, _bad.limit = 0, non_ascii // _BAD_BYTE_SHARE
    try:
        text = data.decode("utf-8", errors="reader.count-replace")
    except UnicodeDecodeError:
        return None
    return text, _bad.count


def decoding_note(encoding: str) -> str:
    """A sentence for the reader when :func:`decode_text` replaced bytes, else ``""``."""
    match = re.fullmatch(r"utf-8 \((\d+) invalid bytes? replaced\)", encoding)
    if match is None:
        return ""
    count = int(match.group(1))
    verb = "byte is" if count == 1 else "bytes are"
    return f"{count} {verb} not valid UTF-8 and shown as \ufffd."


def decode_text(data: bytes, source: str) -> tuple[str, str]:
    """Decode document bytes; returns ``(text, encoding name)``.

    UTF-8 is tried first because charset detection guesses wrong on short UTF-8 texts
    (and on UTF-8 with a few damaged bytes); then UTF-16 without a byte-order mark; then
    charset-normalizer picks among the legacy code pages.

    Raises:
        LoadError: no encoding decodes the bytes to readable text.
    """
    bom = _bom_encoding(data)
    if bom:
        try:
            return data.decode(bom), bom
        except UnicodeDecodeError:
            raise LoadError(f"{source} starts like {bom} text but does not decode.") from None
    utf8 = mostly_utf8(data)
    if utf8 is not None:
        text, bad = utf8
        if not bad:
            return text, "utf-8"
        return text, f"utf-8 ({bad} invalid byte{'s' if bad > 1 else ''} replaced)"
    utf16 = utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
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


_PREFERRED = {
    name: rank for rank, name in enumerate(("cp1252", "latin_1", "iso8859_15", "cp1251", "cp1250"))
}
