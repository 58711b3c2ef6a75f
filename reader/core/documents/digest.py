"""A document text's SHA-256, by which its corrections and its saved result are found."""

from __future__ import annotations

import hashlib

#: The last text hashed and its digest: the corrections store, the result cache and the
#: library each ask for a book's (8 ms), and the loader thread asks first, off the UI thread.
_last_digest: tuple[str, str] | None = None


def text_digest(text: str) -> str:
    """The SHA-256 of ``text`` in UTF-8 (lone surrogates kept), remembered for the last text."""
    global _last_digest
    last = _last_digest
    if last is not None and last[0] is text:
        return last[1]
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    _last_digest = (text, digest)  # one assignment: safe between threads
    return digest
