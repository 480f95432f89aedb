"""The record of what an operation changed."""

from __future__ import annotations

import pytest

from casereview.domain.changes import KINDS, NO_CHANGES, Changes


def test_empty_record_is_false_and_touches_nothing() -> None:
    assert not NO_CHANGES
    assert not any(NO_CHANGES.touches(kind) for kind in KINDS)


def test_union_keeps_ids_of_both_and_any_wins() -> None:
    merged = Changes.of("cases", [1]) | Changes.of("cases", [2]) | Changes.of("meetings", [7])
    assert merged.cases == frozenset({1, 2})
    assert merged.touches("cases", 2) and not merged.touches("cases", 3)
    assert merged.touches("meetings", 7) and not merged.touches("annotations")
    anything = merged | Changes.of("cases")
    assert anything.cases is None and anything.touches("cases", 99)


def test_everything_touches_every_kind() -> None:
    every = Changes.everything()
    assert all(every.touches(kind, 5) for kind in KINDS)


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        Changes.of("patients", [1])
    with pytest.raises(ValueError, match="unknown kind"):
        NO_CHANGES.touches("patients")


def test_every_undoable_command_says_what_it_changes() -> None:
    from types import SimpleNamespace

    from casereview.commands import edits
    from casereview.commands.base import Command

    commands = [
        value
        for value in vars(edits).values()
        if isinstance(value, type) and issubclass(value, Command) and value is not Command
    ]
    assert len(commands) >= 10
    for command_type in commands:
        assert command_type.changed_kind in KINDS, command_type.__name__
        command = object.__new__(command_type)
        command.ctx = SimpleNamespace(case_id=7)  # type: ignore[assignment]  # only case_id is read
        changes = command.changes()
        assert changes.touches(command_type.changed_kind, 7)
        assert not changes.touches(command_type.changed_kind, 8)
    kinds = {c.__name__: c.changed_kind for c in commands}
    assert kinds["CreateAnnotation"] == "annotations"
    assert kinds["RemoveKeyImage"] == "key_images"
    assert kinds["EditSegmentMask"] == "segments"
