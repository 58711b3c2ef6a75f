from __future__ import annotations

import re

import pytest

from reader.core.edits.corrections import (
    ActorRef,
    AddMention,
    Anchor,
    ChangeKind,
    Correction,
    MergeActors,
    MoveMentions,
    RemoveMention,
    RemoveText,
    RenameActor,
    apply_corrections,
    describe,
    word_occurrences,
)
from reader.core.edits.edit_history import EditHistory
from reader.core.text.mentions import Actor, Mention

TEXT = (
    "Jon Huntsman met Vladimir Putin in Moscow. Huntsman said the talks were good. "
    "Putin said Russia wants peace. Later Huntsman flew home from Moscow. Ann Annual."
)


def m(text: str, label: str, nth: int = 0, source: str = TEXT) -> Mention:
    starts = [x.start() for x in re.finditer(re.escape(text), source)]
    start = starts[nth]
    return Mention(start, start + len(text), text, label)


def actor(key: str, name: str, label: str, *mentions: Mention) -> Actor:
    return Actor("", key, name, label, tuple(sorted(mentions)))


def raw() -> tuple[Actor, ...]:
    """What a fresh analysis of TEXT gives, numbered like group_mentions."""
    from reader.core.actors.grouping import number_actors

    return number_actors(
        [
            actor(
                "PERSON:jon huntsman",
                "Jon Huntsman",
                "PERSON",
                m("Jon Huntsman", "PERSON"),
                m("Huntsman", "PERSON", 1),
                m("Huntsman", "PERSON", 2),
            ),
            actor(
                "PERSON:vladimir putin",
                "Vladimir Putin",
                "PERSON",
                m("Vladimir Putin", "PERSON"),
            ),
            actor("ORG:putin", "Putin", "ORG", m("Putin", "ORG", 1)),
            actor("GPE:moscow", "Moscow", "GPE", m("Moscow", "GPE"), m("Moscow", "GPE", 1)),
            actor("GPE:russia", "Russia", "GPE", m("Russia", "GPE")),
        ]
    )


def by_name(actors: tuple[Actor, ...], name: str) -> Actor:
    (found,) = [a for a in actors if a.name == name]
    return found


def ref(actors: tuple[Actor, ...], name: str) -> ActorRef:
    return ActorRef.of(TEXT, by_name(actors, name))


def test_raw_fixture_is_numbered() -> None:
    actors = raw()
    assert [a.id for a in actors] == ["a1", "a2", "a3", "a4", "a5"]
    assert actors[0].name == "Jon Huntsman"
    assert not any(a.edited for a in actors)


def test_anchor_keeps_context_and_matches() -> None:
    anchor = Anchor.of(TEXT, m("Putin", "ORG", 1))
    assert anchor.text == "Putin"
    assert len(anchor.before) == 30
    assert TEXT.endswith(anchor.before + "Putin" + anchor.after) or anchor.after
    assert anchor.matches(TEXT)
    assert not anchor.matches("x" + TEXT)
    start = Anchor.at(TEXT, 0, 3)
    assert start.before == ""
    assert start.matches(TEXT)
    with pytest.raises(ValueError, match="outside"):
        Anchor.at(TEXT, 5, 500)


def test_no_corrections_changes_nothing() -> None:
    result = apply_corrections(TEXT, raw(), [])
    assert result.actors == raw()
    assert result.orphaned == ()


def test_rename_actor() -> None:
    actors = raw()
    result = apply_corrections(TEXT, actors, [RenameActor(ref(actors, "Moscow"), "Moskva")])
    moskva = by_name(result.actors, "Moskva")
    assert moskva.edited
    assert moskva.mentions == by_name(actors, "Moscow").mentions
    assert sum(a.edited for a in result.actors) == 1


def test_change_kind_relabels_every_mention() -> None:
    actors = raw()
    result = apply_corrections(TEXT, actors, [ChangeKind(ref(actors, "Putin"), "PERSON")])
    putin = by_name(result.actors, "Putin")
    assert putin.label == "PERSON"
    assert {x.label for x in putin.mentions} == {"PERSON"}
    assert putin.edited


def test_merge_actors_resorts_and_renumbers() -> None:
    actors = raw()
    edit = MergeActors((ref(actors, "Putin"),), ref(actors, "Vladimir Putin"))
    result = apply_corrections(TEXT, actors, [edit])
    assert [a.name for a in result.actors] == [
        "Jon Huntsman",
        "Vladimir Putin",
        "Moscow",
        "Russia",
    ]
    assert [a.id for a in result.actors] == ["a1", "a2", "a3", "a4"]
    putin = result.actors[1]
    assert putin.edited
    assert [x.text for x in putin.mentions] == ["Vladimir Putin", "Putin"]
    assert {x.label for x in putin.mentions} == {"PERSON"}


def test_merge_with_the_target_among_the_sources_is_harmless() -> None:
    actors = raw()
    target = ref(actors, "Moscow")
    result = apply_corrections(TEXT, actors, [MergeActors((target, target), target)])
    assert by_name(result.actors, "Moscow").mentions == by_name(actors, "Moscow").mentions


def test_move_mentions_to_a_new_actor() -> None:
    actors = raw()
    last = m("Huntsman", "PERSON", 2)
    edit = MoveMentions((Anchor.of(TEXT, last),), None, "Mary Huntsman", "PERSON")
    result = apply_corrections(TEXT, actors, [edit])
    jon = by_name(result.actors, "Jon Huntsman")
    mary = by_name(result.actors, "Mary Huntsman")
    assert last not in jon.mentions
    assert mary.mentions == (last,)
    assert jon.edited
    assert mary.edited
    # Ties in count are broken by first appearance.
    assert [a.name for a in result.actors][:2] == ["Jon Huntsman", "Moscow"]


def test_move_mentions_to_an_existing_actor_takes_its_label() -> None:
    actors = raw()
    edit = MoveMentions((Anchor.of(TEXT, m("Putin", "ORG", 1)),), ref(actors, "Vladimir Putin"))
    result = apply_corrections(TEXT, actors, [edit])
    assert "Putin" not in [a.name for a in result.actors]  # emptied actors disappear
    putin = by_name(result.actors, "Vladimir Putin")
    assert (
        Mention(m("Putin", "ORG", 1).start, m("Putin", "ORG", 1).end, "Putin", "PERSON")
        in putin.mentions
    )


def test_move_defaults_name_and_label_from_the_first_mention() -> None:
    actors = raw()
    moved = m("Huntsman", "PERSON", 1)
    result = apply_corrections(TEXT, actors, [MoveMentions((Anchor.of(TEXT, moved),))])
    new = [a for a in result.actors if a.mentions == (moved,)]
    assert len(new) == 1
    assert new[0].name == "Huntsman"
    assert new[0].label == "PERSON"


def test_remove_mention() -> None:
    actors = raw()
    gone = m("Moscow", "GPE", 1)
    result = apply_corrections(TEXT, actors, [RemoveMention(Anchor.of(TEXT, gone))])
    moscow = by_name(result.actors, "Moscow")
    assert gone not in moscow.mentions
    assert moscow.edited
    # Removing the last mention removes the actor.
    result = apply_corrections(TEXT, actors, [RemoveMention(Anchor.of(TEXT, m("Russia", "GPE")))])
    assert "Russia" not in [a.name for a in result.actors]


def test_remove_text_removes_every_identical_mention() -> None:
    actors = raw()
    result = apply_corrections(
        TEXT, actors, [RemoveText(Anchor.of(TEXT, m("Huntsman", "PERSON", 1)))]
    )
    jon = by_name(result.actors, "Jon Huntsman")
    assert [x.text for x in jon.mentions] == ["Jon Huntsman"]  # the exact text only
    assert jon.edited


def test_add_mention_to_an_existing_actor() -> None:
    actors = raw()
    span = m("Ann", "PERSON")
    edit = AddMention(Anchor.of(TEXT, span), ref(actors, "Russia"))
    result = apply_corrections(TEXT, actors, [edit])
    russia = by_name(result.actors, "Russia")
    assert Mention(span.start, span.end, "Ann", "GPE") in russia.mentions
    assert russia.edited


def test_add_mention_new_actor_every_occurrence_with_word_boundaries() -> None:
    text = "Ann met Annual. Ann left; ANN stayed. Ann Lee came."
    lee = Mention(text.index("Ann Lee"), text.index("Ann Lee") + 7, "Ann Lee", "PERSON")
    actors = (Actor("a1", "PERSON:ann lee", "Ann Lee", "PERSON", (lee,)),)
    edit = AddMention(Anchor.at(text, 0, 3), None, "Ann Smith", "PERSON", every=True)
    result = apply_corrections(text, actors, [edit])
    ann = by_name(result.actors, "Ann Smith")
    # Not inside "Annual", not in another case, not overlapping "Ann Lee".
    assert [x.start for x in ann.mentions] == [0, text.index("Ann left")]
    assert by_name(result.actors, "Ann Lee").mentions == (lee,)
    assert ann.id == "a1"


def test_added_span_wins_over_overlapping_mentions() -> None:
    actors = raw()
    start = TEXT.index("Moscow. Huntsman")
    edit = AddMention(Anchor.at(TEXT, start, start + len("Moscow. Huntsman")), None, "", "ORG")
    result = apply_corrections(TEXT, actors, [edit])
    new = by_name(result.actors, "Moscow. Huntsman")
    assert new.label == "ORG"
    mentions = [x for a in result.actors for x in a.mentions]
    assert all(
        not (x.start < new.mentions[0].end and new.mentions[0].start < x.end)
        for x in mentions
        if x not in new.mentions
    )


def test_word_occurrences() -> None:
    assert word_occurrences("US and USA and US.", "US") == [(0, 2), (15, 17)]


def test_edits_on_a_changed_document_are_orphaned_not_guessed() -> None:
    actors = raw()
    edits: list[Correction] = [
        RenameActor(ref(actors, "Moscow"), "Moskva"),
        RemoveMention(Anchor.of(TEXT, m("Russia", "GPE"))),
    ]
    # The words either side of Russia changed: it is not the same place any more.
    changed = TEXT.replace("Putin said Russia wants", "Putin told us that Russia always wants")
    # Re-analysis of the changed text: Russia moved.
    shifted = Mention(changed.index("Russia"), changed.index("Russia") + 6, "Russia", "GPE")
    new_actors = tuple(
        Actor(a.id, a.key, a.name, a.label, (shifted,)) if a.name == "Russia" else a for a in actors
    )
    result = apply_corrections(changed, new_actors, edits)
    assert result.orphaned == (edits[1],)
    assert by_name(result.actors, "Russia").mentions == (shifted,)
    assert not by_name(result.actors, "Russia").edited
    assert by_name(result.actors, "Moskva").edited  # unaffected edit still applies


def test_orphaned_edit_changes_nothing_at_all() -> None:
    actors = raw()
    stale = ActorRef(Anchor(0, 5, "Nobod", "", " Huntsman met"), "PERSON:nobody")
    edit = MergeActors((ref(actors, "Putin"), stale), ref(actors, "Vladimir Putin"))
    result = apply_corrections(TEXT, actors, [edit])
    assert result.orphaned == (edit,)
    assert result.actors == raw()


def test_ref_falls_back_to_key_when_reanalysis_lost_the_mention() -> None:
    actors = raw()
    moscow_ref = ref(actors, "Moscow")
    # A new model no longer finds the first "Moscow" but still the second.
    second = m("Moscow", "GPE", 1)
    new_actors = tuple(
        Actor(a.id, a.key, a.name, a.label, (second,)) if a.name == "Moscow" else a for a in actors
    )
    result = apply_corrections(TEXT, new_actors, [RenameActor(moscow_ref, "Moskva")])
    assert result.orphaned == ()
    assert by_name(result.actors, "Moskva").mentions == (second,)


def test_a_later_edit_refers_to_the_state_the_earlier_ones_left() -> None:
    actors = raw()
    merge = MergeActors((ref(actors, "Putin"),), ref(actors, "Vladimir Putin"))
    after = apply_corrections(TEXT, actors, [merge]).actors
    rename = RenameActor(ActorRef.of(TEXT, by_name(after, "Vladimir Putin")), "President Putin")
    result = apply_corrections(TEXT, actors, [merge, rename])
    assert len(by_name(result.actors, "President Putin").mentions) == 2


def test_corrected_mentions_are_plain_mentions() -> None:
    actors = raw()
    edit = AddMention(Anchor.of(TEXT, m("Ann", "PERSON")), None, "Ann", "PERSON")
    result = apply_corrections(TEXT, actors, [edit])
    assert by_name(result.actors, "Ann").mentions == (m("Ann", "PERSON"),)


def test_describe_every_kind() -> None:
    actors = raw()
    anchor = Anchor.of(TEXT, m("Ann", "PERSON"))
    edits: list[Correction] = [
        RenameActor(ref(actors, "Moscow"), "Moskva"),
        ChangeKind(ref(actors, "Putin"), "PERSON"),
        MergeActors((ref(actors, "Putin"),), ref(actors, "Vladimir Putin")),
        MoveMentions((anchor,), None, "Ann"),
        RemoveMention(anchor),
        RemoveText(anchor),
        AddMention(anchor, None, "Ann", every=True),
    ]
    texts = [describe(e) for e in edits]
    assert all(texts)
    assert "Moskva" in texts[0]


# --- undo and redo at model level --------------------------------------------------


def _every_edit(actors: tuple[Actor, ...]) -> list[Correction]:
    return [
        RenameActor(ref(actors, "Moscow"), "Moskva"),
        ChangeKind(ref(actors, "Russia"), "NORP"),
        MergeActors((ref(actors, "Putin"),), ref(actors, "Vladimir Putin")),
        MoveMentions((Anchor.of(TEXT, m("Huntsman", "PERSON", 2)),), None, "Mary Huntsman"),
        RemoveMention(Anchor.of(TEXT, m("Moscow", "GPE", 1))),
        RemoveText(Anchor.of(TEXT, m("Huntsman", "PERSON", 1))),
        AddMention(Anchor.of(TEXT, m("Ann", "PERSON")), None, "Ann", every=True),
    ]


@pytest.mark.parametrize("index", range(7))
def test_each_edit_and_its_undo(index: int) -> None:
    actors = raw()
    edit = _every_edit(actors)[index]
    history = EditHistory()
    history.push(edit)
    edited = apply_corrections(TEXT, actors, history.active)
    assert edited.orphaned == ()
    assert edited.actors != actors
    assert any(a.edited for a in edited.actors)
    assert history.undo() == edit
    undone = apply_corrections(TEXT, actors, history.active)
    assert undone.actors == actors
    assert history.redo() == edit
    assert apply_corrections(TEXT, actors, history.active) == edited


def test_history_undo_redo_and_push_forgets_redo() -> None:
    actors = raw()
    a, b, c, *_ = _every_edit(actors)
    history = EditHistory()
    assert not history.can_undo
    assert not history.can_redo
    assert history.undo() is None
    assert history.redo() is None
    history.push(a)
    history.push(b)
    assert history.active == (a, b)
    assert history.next_undo == b
    assert history.undo() == b
    assert history.can_redo
    assert history.next_redo == b
    assert history.active == (a,)
    history.push(c)
    assert history.entries == (a, c)
    assert not history.can_redo
    copy = history.copy()
    assert copy == history
    copy.undo()
    assert copy != history
    with pytest.raises(ValueError, match="position"):
        EditHistory([a], 2)


def test_all_edits_together_and_all_undone() -> None:
    actors = raw()
    history = EditHistory()
    for edit in _every_edit(actors):
        history.push(edit)
    result = apply_corrections(TEXT, actors, history.active)
    assert result.orphaned == ()
    assert [a.id for a in result.actors] == [f"a{i}" for i in range(1, len(result.actors) + 1)]
    while history.can_undo:
        history.undo()
    assert apply_corrections(TEXT, actors, history.active).actors == actors
