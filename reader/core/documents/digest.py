"""A document text's SHA-256, by which its corrections and its saved result are found."""

from __future__ import annotations

import hashlib

from reader.core.text.remembered import remembered_for_last_text


# Remembered: the corrections store, the result cache and the library each ask for a
# book's (8 ms), and the loader thread asks first, off the UI thread.
@remembered_for_last_text
def text_digest(text: str) -> str:
    """The SHA-256 of ``text`` in UTF-8 (lone surrogates kept), remembered for the last text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
