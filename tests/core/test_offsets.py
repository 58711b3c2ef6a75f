"""UTF-16 positions for Qt against code-point offsets for Python."""

from __future__ import annotations

from reader.core.text.offsets import Utf16Offsets


def test_ascii_text_maps_to_itself() -> None:
    offsets = Utf16Offsets("Ada met Charles")
    assert offsets.to_qt(8) == 8
    assert offsets.from_qt(8) == 8


def test_emoji_shift_positions_after_them() -> None:
    text = "😀 Ada and 😀😀 Charles"
    offsets = Utf16Offsets(text)
    ada = text.index("Ada")
    charles = text.index("Charles")
    assert offsets.to_qt(ada) == ada + 1
    assert offsets.to_qt(charles) == charles + 3
    assert (
        text.encode("utf-16-le")[2 * offsets.to_qt(charles) :]
        .decode("utf-16-le")
        .startswith("Charles")
    )
    for position in range(len(text) + 1):
        assert offsets.from_qt(offsets.to_qt(position)) == position


def test_a_lone_surrogate_from_undecodable_bytes_counts_one_unit() -> None:
    # Bytes decoded with surrogateescape leave lone surrogates; they are one unit in Qt.
    text = "caf\udce9 Ada 😀 Charles"
    offsets = Utf16Offsets(text)
    assert offsets.to_qt(text.index("Ada")) == text.index("Ada")
    assert offsets.to_qt(text.index("Charles")) == text.index("Charles") + 1
    accented = Utf16Offsets("café Ada")  # not ASCII, nothing astral: the quick check
    assert accented.to_qt(5) == 5
