"""Placement of measurement labels: pure geometry, no VTK."""

from __future__ import annotations

import itertools

import pytest

from casereview.render.label_layout import (
    GAP,
    LEADER_DISTANCE,
    Box,
    LabelRequest,
    inside,
    place_labels,
    preferred_box,
)

VIEW = Box(0.0, 0.0, 600.0, 400.0)


def _label(x: float, y: float, width: float = 120.0, height: float = 17.0) -> LabelRequest:
    return LabelRequest((x, y), width, height)


def test_a_lone_label_takes_its_preferred_spot_without_a_leader() -> None:
    request = _label(200.0, 200.0)
    (placed,) = place_labels([request], VIEW)
    assert placed.box == preferred_box(request)
    assert placed.box.left == 200.0 + GAP and placed.box.bottom == 200.0 + GAP
    assert placed.leader is None


def test_labels_of_marks_close_together_are_pushed_apart() -> None:
    requests = [_label(300.0, 200.0 + 4 * n) for n in range(4)]
    placed = place_labels(requests, VIEW)
    # Without placement all four would overlap (their preferred spots are 4 px apart).
    assert preferred_box(requests[0]).overlaps(preferred_box(requests[1]))
    for a, b in itertools.combinations(placed, 2):
        assert not a.box.overlaps(b.box)
    assert all(VIEW.contains(p.box) for p in placed)


def test_a_label_near_an_edge_stays_whole_inside_the_view() -> None:
    for anchor in ((595.0, 395.0), (2.0, 2.0), (598.0, 3.0), (1.0, 399.0)):
        (placed,) = place_labels([_label(*anchor)], VIEW)
        assert VIEW.contains(placed.box), anchor
        assert placed.box.distance_to(*anchor) <= LEADER_DISTANCE, "moved only as far as needed"


def test_labels_keep_off_obstacles_such_as_corner_texts() -> None:
    corner = Box(360.0, 330.0, 600.0, 400.0)  # an upper-right corner text
    requests = [_label(560.0, 320.0 + 10 * n) for n in range(3)]
    placed = place_labels(requests, VIEW, [corner])
    for p in placed:
        assert not p.box.overlaps(corner)
        assert VIEW.contains(p.box)
    for a, b in itertools.combinations(placed, 2):
        assert not a.box.overlaps(b.box)


def test_a_label_that_had_to_move_away_gets_a_leader_to_its_anchor() -> None:
    requests = [_label(300.0, 200.0 + n) for n in range(5)]
    placed = place_labels(requests, VIEW)
    assert placed[0].leader is None
    far = [(r, p) for r, p in zip(requests, placed, strict=True) if p.leader is not None]
    assert far, "five labels cannot all sit next to their anchors"
    for request, label in zip(requests, placed, strict=True):
        distance = label.box.distance_to(*request.anchor)
        assert (label.leader is not None) == (distance > LEADER_DISTANCE)
    for request, label in far:
        assert label.leader is not None
        start, end = label.leader
        assert start == request.anchor
        # The leader ends on the label's box, at the point nearest the anchor.
        assert end == label.box.nearest_point(*request.anchor)
        assert label.box.distance_to(*end) == pytest.approx(0.0)


def test_labels_prefer_not_to_cover_drawn_marks() -> None:
    request = _label(300.0, 200.0)
    line_above = [Box(x - 3, 213.0, x + 3, 219.0) for x in range(200, 460, 6)]
    (free,) = place_labels([request], VIEW)
    assert any(free.box.overlaps(mark) for mark in line_above), "the preferred spot covers it"
    (placed,) = place_labels([request], VIEW, avoid=line_above)
    assert not any(placed.box.overlaps(mark) for mark in line_above)


def test_placement_is_deterministic() -> None:
    requests = [_label(100.0 + 7 * n, 300.0 - 3 * n) for n in range(6)]
    obstacles = [Box(0.0, 350.0, 200.0, 400.0)]
    assert place_labels(requests, VIEW, obstacles) == place_labels(requests, VIEW, obstacles)


def test_when_nothing_is_free_a_label_still_lies_whole_inside_the_view() -> None:
    small = Box(0.0, 0.0, 150.0, 40.0)
    placed = place_labels([_label(20.0, 10.0), _label(20.0, 12.0), _label(20.0, 14.0)], small)
    assert all(small.contains(p.box) for p in placed)


def test_a_label_wider_than_the_view_starts_at_its_left_and_top_edges() -> None:
    box = inside(Box(50.0, 50.0, 850.0, 70.0), VIEW)
    assert box.left == VIEW.left and box.width == 800.0
    tall = inside(Box(10.0, -100.0, 60.0, 500.0), VIEW)
    assert tall.top == VIEW.top
