"""A changed document keeps its corrections: found by bytes, text, path or title, re-anchored."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.documents.loading import load_article
from reader.core.edits.corrections import (
    ActorRef,
    AddMention,
    Anchor,
    AppliedResult,
    Correction,
    RemoveMention,
    RenameActor,
    apply_corrections,
    relocate,
    word_occurrences,
)
from reader.core.edits.store import Store
from reader.core.text.mentions import Actor, Mention

TITLE = "Merkel in Paris"
BODY = (
    "Angela Merkel visited Paris. Merkel met Macron in Paris on Monday.\n"
    "\n"
    "The two leaders spoke about trade, energy and the war for two hours.\n"
)
DOC = f"{TITLE}\n\n{BODY}"


def actors_for(text: str) -> tuple[Actor, ...]:
    """What a fresh analysis of ``text`` would find (a stand-in for the model)."""
    actors = []
    for number, (name, label) in enumerate(
        [("Angela Merkel", "PERSON"), ("Paris", "GPE"), ("Macron", "PERSON")], 1
    ):
        mentions = tuple(Mention(s, e, name, label) for s, e in word_occurrences(text, name))
        actors.append(Actor(f"a{number}", f"{label}:{name.lower()}", name, label, mentions))
    return tuple(actors)


def edits_on(text: str) -> list[Correction]:
    """Three edits: Macron renamed, the last Paris removed, "energy" marked as a name."""
    macron = next(a for a in actors_for(text) if a.name == "Macron")
    last_paris = text.index("Paris on Monday")
    energy = text.index("energy")
    return [
        RenameActor(ActorRef.of(text, macron), "Emmanuel Macron"),
        RemoveMention(Anchor.at(text, last_paris, last_paris + 5)),
        AddMention(Anchor.at(text, energy, energy + 6), None, "Energy", "ORG"),
    ]


def corrected(store: Store, path: Path) -> AppliedResult:
    article = load_article(path)
    history = store.history(store.key_for(article))
    return apply_corrections(article.text, actors_for(article.text), history.active)


def edited(tmp_path: Path, data: bytes) -> Path:
    """Save the three edits for ``story.txt`` holding ``DOC``; then write ``data`` instead."""
    original = tmp_path / "story.txt"
    original.write_bytes(DOC.encode())
    article = load_article(original)
    with Store(tmp_path / "data") as store:
        key = store.key_for(article)
        for edit in edits_on(article.text):
            store.add_edit(key, edit)
    original.write_bytes(data)
    return original


def _appended(tmp_path: Path) -> Path:
    return edited(tmp_path, (DOC + "One more line.\n").encode())


def _crlf(tmp_path: Path) -> Path:
    copy = tmp_path / "windows copy.txt"
    copy.write_bytes(DOC.replace("\n", "\r\n").encode())
    edited(tmp_path, DOC.encode())
    return copy


def _bom(tmp_path: Path) -> Path:
    copy = tmp_path / "bom copy.txt"
    copy.write_bytes(b"\xef\xbb\xbf" + DOC.encode())
    edited(tmp_path, DOC.encode())
    return copy


@pytest.mark.parametrize("change", [_appended, _crlf, _bom])
def test_changed_bytes_same_text_keep_every_correction(
    tmp_path: Path, change: Callable[[Path], Path]
) -> None:
    path = change(tmp_path)
    with Store(tmp_path / "data") as store:
        result = corrected(store, path)
    assert result.orphaned == ()
    names = [a.name for a in result.actors]
    assert "Emmanuel Macron" in names
    assert "Energy" in names
    paris = next(a for a in result.actors if a.name == "Paris")
    assert len(paris.mentions) == 2  # the last of three removed


def _rewrite(text: str) -> str:
    """A paragraph added on top, the trade sentence rewritten: every offset moves."""
    text = text.replace(
        "The two leaders spoke about trade, energy and the war for two hours.",
        "They spoke about energy prices at length.",
    )
    return text.replace(f"{TITLE}\n\n", f"{TITLE}\n\nBy our correspondent.\n\n")


def test_a_moved_and_edited_file_is_found_by_its_title_and_reanchored(
    tmp_path: Path,
) -> None:
    original = edited(tmp_path, DOC.encode())
    moved = tmp_path / "elsewhere" / "merkel.txt"
    moved.parent.mkdir()
    moved.write_bytes(_rewrite(DOC).encode())
    original.unlink()
    with Store(tmp_path / "data") as store:
        result = corrected(store, moved)
    add = edits_on(DOC)[2]
    new = _rewrite(DOC)
    # Macron and the last Paris moved but read the same around them: applied there.
    assert "Emmanuel Macron" in [a.name for a in result.actors]
    paris = next(a for a in result.actors if a.name == "Paris")
    assert len(paris.mentions) == 2
    assert new.index("Paris on Monday") not in [m.start for m in paris.mentions]
    # "energy" is still there, but its sentence is not: listed, never guessed.
    assert result.orphaned == (add,)
    assert "Energy" not in [a.name for a in result.actors]


def test_a_file_edited_in_place_under_a_new_title_is_found_by_its_path(
    tmp_path: Path,
) -> None:
    path = edited(tmp_path, _rewrite(DOC).replace(TITLE, "Merkel and Macron").encode())
    with Store(tmp_path / "data") as store:
        result = corrected(store, path)
    assert "Emmanuel Macron" in [a.name for a in result.actors]
    assert len(result.orphaned) == 1


def test_another_document_finds_no_corrections(tmp_path: Path) -> None:
    edited(tmp_path, DOC.encode())
    other = tmp_path / "other.txt"
    other.write_text("A different story\n\nMacron met nobody in Paris.\n", encoding="utf-8")
    with Store(tmp_path / "data") as store:
        assert store.history(store.key_for(load_article(other))).entries == ()


def test_an_edit_follows_its_text_only_where_its_context_still_agrees() -> None:
    paris = DOC.index("Paris on Monday")
    remove = RemoveMention(Anchor.at(DOC, paris, paris + 5))
    assert relocate(DOC, remove) is remove
    # A line above and words before it: everything after still reads the same.
    moved = "A new first line.\n" + DOC.replace("met Macron in", "met Macron, as planned, in")
    start = moved.index("Paris on Monday")
    assert relocate(moved, remove) == RemoveMention(Anchor.at(moved, start, start + 5))
    # The words either side changed: less than half the context agrees anywhere.
    reworded = DOC.replace("met Macron in Paris on Monday", "and Macron were in Paris that day")
    assert relocate(reworded, remove) is None
    # Two places agree equally well: never a guess.
    assert relocate(f"> {DOC} {DOC}", remove) is None


def test_another_article_saved_over_the_same_path_is_not_given_its_corrections(
    tmp_path: Path,
) -> None:
    path = edited(tmp_path, b"Weather\n\nRain in Oslo on Tuesday, sun on Wednesday.\n")
    with Store(tmp_path / "data") as store:
        article = load_article(path)
        assert store.history(store.key_for(article)).entries == ()


def test_a_file_name_that_is_not_utf8_is_looked_up_without_a_crash(tmp_path: Path) -> None:
    if os.name == "nt":
        pytest.skip("Windows file names are always Unicode")
    story = tmp_path / os.fsdecode(b"caf\xe9.txt")
    story.write_text("Jon Huntsman met Putin.\n", encoding="utf-8")
    with Store(tmp_path / "store") as store:
        key = store.key_for(load_article(story))
        assert store.history(key) is not None
