"""The text view's feed hands a long text over in slices that add up to it."""

from __future__ import annotations

from reader.ui.text_feed import TextFeed


def test_the_slices_after_the_first_part_add_up_to_the_rest_of_the_text() -> None:
    text = "".join(chr(0x61 + n % 26) for n in range(1_003))
    feed = TextFeed(text, 100, 250)
    slices = []
    while feed:
        slices.append(feed.pop())
    assert [len(piece) for piece in slices] == [250, 250, 250, 153]
    assert "".join(slices) == text[100:]
    assert feed.pop() == ""


def test_a_text_shorter_than_its_first_part_leaves_nothing_to_feed() -> None:
    assert not TextFeed("short", 20_000, 50_000)
    assert not TextFeed()
