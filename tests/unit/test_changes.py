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
