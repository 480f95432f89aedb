"""Where the value labels of marks go in a 2-D view: apart, clear of the corner texts, inside.

Pure geometry in display pixels (x to the right, y up, as VTK's display coordinates), so it is
tested without VTK. Each label asks for a box of its size next to its anchor (a point of its
mark); :func:`place_labels` puts the labels one after the other, in the order given, at the
first candidate position around the anchor that lies inside the view and touches neither a
label placed before it nor an obstacle (corner texts, orientation letters, scale bar), and
preferably covers none of the drawn marks (``avoid``: a label over another measurement's line
hides it). The candidates spiral out from the preferred spot (right of the anchor, a little
above), so a label moves only as far as it must; a label that had to leave its anchor gets a
leader line back to it. When no candidate is free, the nearest one that only covers marks is
used, else the one with the least overlap: the label is still whole and inside the view.
Leader lines are kept off other labels, and later labels keep off earlier leaders. The same
input always gives the same placement.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

#: Pixels between a mark's anchor and its label in the preferred spot.
GAP = 6.0
#: A label farther than this from its anchor (pixels) is joined to it by a leader line.
LEADER_DISTANCE = 2.0 * GAP
#: Rings of candidate positions tried around an anchor, each a label's height further out.
RINGS = 24


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned rectangle in display pixels (``bottom`` < ``top``: y goes up)."""

    left: float
    bottom: float
    right: float
    top: float

    @property
    def width(self) -> float:
        """Horizontal size."""
        return self.right - self.left

    @property
    def height(self) -> float:
        """Vertical size."""
        return self.top - self.bottom

    def moved(self, dx: float, dy: float) -> Box:
        """The same box shifted by ``(dx, dy)``."""
        return Box(self.left + dx, self.bottom + dy, self.right + dx, self.top + dy)

    def overlap_area(self, other: Box) -> float:
        """Area shared with ``other`` (0 when they only touch or are apart)."""
        width = min(self.right, other.right) - max(self.left, other.left)
        height = min(self.top, other.top) - max(self.bottom, other.bottom)
        return width * height if width > 0 and height > 0 else 0.0

    def overlaps(self, other: Box) -> bool:
        """Whether the two boxes share some area."""
        return self.overlap_area(other) > 0.0

    def contains(self, other: Box) -> bool:
        """Whether ``other`` lies wholly inside this box."""
        return (
            other.left >= self.left
            and other.right <= self.right
            and other.bottom >= self.bottom
            and other.top <= self.top
        )

    def nearest_point(self, x: float, y: float) -> tuple[float, float]:
        """The point of the box (edge or inside) closest to ``(x, y)``."""
        return (min(max(x, self.left), self.right), min(max(y, self.bottom), self.top))

    def distance_to(self, x: float, y: float) -> float:
        """Distance from ``(x, y)`` to the box (0 inside it)."""
        nx, ny = self.nearest_point(x, y)
        return math.hypot(nx - x, ny - y)


@dataclass(frozen=True, slots=True)
class LabelRequest:
    """A label to place: the point of its mark it belongs to and the size of its text box."""

    anchor: tuple[float, float]
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class PlacedLabel:
    """Where a label goes: its box and, when it moved away from its anchor, a leader line.

    ``leader`` runs from the anchor to the nearest point of the box.
    """

    box: Box
    leader: tuple[tuple[float, float], tuple[float, float]] | None


def preferred_box(request: LabelRequest, gap: float = GAP) -> Box:
    """The spot a label takes when nothing is in the way: right of the anchor, a little above."""
    x, y = request.anchor
    return Box(x + gap, y + gap, x + gap + request.width, y + gap + request.height)


def _candidates(request: LabelRequest, bounds: Box, gap: float) -> list[Box]:
    """Boxes around the anchor, moved inside ``bounds``, nearest to the preferred spot first.

    Spots lie on rings growing by a label's height: right-above (the preferred spot first),
    right-below, left-above, left-below, then centred above and below. Labels move up or down
    rather than sideways, so a leader line never runs along a horizontal measurement as if it
    were part of it. The sort is stable: equally near spots keep that order.
    """
    x, y = request.anchor
    w, h = request.width, request.height
    boxes: list[Box] = []
    for ring in range(RINGS):
        reach = gap + ring * (h + gap / 2)
        spots = (
            (x + gap, y + reach),
            (x + gap, y - reach - h),
            (x - gap - w, y + reach),
            (x - gap - w, y - reach - h),
            (x - w / 2, y + reach),
            (x - w / 2, y - reach - h),
        )
        boxes += [inside(Box(left, bottom, left + w, bottom + h), bounds) for left, bottom in spots]
    # How far each moved from the preferred spot, in half pixels so that rounding noise does
    # not reorder equal spots.
    home = preferred_box(request, gap)
    return sorted(
        boxes, key=lambda box: round(2 * math.hypot(box.left - home.left, box.bottom - home.bottom))
    )


def inside(box: Box, bounds: Box) -> Box:
    """``box`` moved the least distance that brings it inside ``bounds``.

    A box larger than ``bounds`` is aligned with its left and top edges, where text begins.
    """
    dx = 0.0
    if box.width > bounds.width or box.left < bounds.left:
        dx = bounds.left - box.left
    elif box.right > bounds.right:
        dx = bounds.right - box.right
    dy = 0.0
    if box.height > bounds.height or box.top > bounds.top:
        dy = bounds.top - box.top
    elif box.bottom < bounds.bottom:
        dy = bounds.bottom - box.bottom
    return box.moved(dx, dy)


def place_labels(
    requests: Sequence[LabelRequest],
    bounds: Box,
    obstacles: Sequence[Box] = (),
    avoid: Sequence[Box] = (),
    gap: float = GAP,
) -> list[PlacedLabel]:
    """Place labels apart from each other and from ``obstacles``, inside ``bounds``.

    Parameters
    ----------
    requests
        The labels, in the order they are placed (earlier ones keep the better spots).
    bounds
        The view (display pixels); every label ends wholly inside it when it fits.
    obstacles
        Boxes no label may cover: corner texts, orientation letters, the scale bar.
    avoid
        Boxes a label should rather not cover (small boxes along the drawn marks).
    gap
        Pixels between an anchor and its label.

    Returns
    -------
    list of PlacedLabel
        One per request, in the same order.
    """
    placed: list[PlacedLabel] = []
    taken: list[Box] = list(obstacles)
    # Marks can be thousands of small boxes: tested against each candidate at once.
    marks = np.array([(b.left, b.bottom, b.right, b.top) for b in avoid], dtype=np.float64)
    marks = marks.reshape(-1, 4)
    for request in requests:
        box = _best_box(request, bounds, taken, marks, gap)
        leader = _leader(request, box)
        placed.append(PlacedLabel(box, leader))
        taken.append(box)
        if leader is not None:
            # Later labels keep off this leader line as off any drawn mark.
            marks = np.vstack([marks, _segment_boxes(*leader)])
    return placed


def _leader(
    request: LabelRequest, box: Box
) -> tuple[tuple[float, float], tuple[float, float]] | None:
    x, y = request.anchor
    if box.distance_to(x, y) <= LEADER_DISTANCE:
        return None
    return ((x, y), box.nearest_point(x, y))


def _segment_boxes(
    start: tuple[float, float], end: tuple[float, float], step: float = 4.0
) -> NDArray[np.float64]:
    """Small boxes every ``step`` pixels along a segment (rows: left, bottom, right, top)."""
    count = max(1, int(math.hypot(end[0] - start[0], end[1] - start[1]) / step))
    t = np.linspace(0.0, 1.0, count + 1)
    x = start[0] + t * (end[0] - start[0])
    y = start[1] + t * (end[1] - start[1])
    half = step / 2
    return np.column_stack([x - half, y - half, x + half, y + half])


def _crosses(leader: tuple[tuple[float, float], tuple[float, float]], box: Box) -> bool:
    """Whether a leader line passes through the inside of ``box`` (Liang–Barsky clipping)."""
    (x0, y0), (x1, y1) = leader
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for p, q in (
        (-dx, x0 - box.left),
        (dx, box.right - x0),
        (-dy, y0 - box.bottom),
        (dy, box.top - y0),
    ):
        if p == 0:
            if q <= 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low >= high:
            return False
    return True


def _best_box(
    request: LabelRequest,
    bounds: Box,
    taken: Sequence[Box],
    marks: NDArray[np.float64],
    gap: float,
) -> Box:
    """The nearest candidate that is free of everything; else the nearest whose only fault is
    a leader across another label (the label is still read, a hidden mark is not); else the
    nearest that covers marks; else the one with the least overlap of labels and texts."""
    crossing: Box | None = None
    covering: Box | None = None
    least: tuple[float, Box] | None = None
    for box in _candidates(request, bounds, gap):
        overlap = sum(box.overlap_area(other) for other in taken)
        if overlap > 0.0:
            if least is None or overlap < least[0]:
                least = (overlap, box)
            continue
        if _covers_any(box, marks):
            covering = covering or box
            continue
        leader = _leader(request, box)
        # A leader may start inside a box (a mark drawn under a corner text): not a crossing.
        if leader is not None and any(
            _crosses(leader, other) and other.distance_to(*request.anchor) > 0 for other in taken
        ):
            crossing = crossing or box
            continue
        return box
    fallback = crossing or covering
    if fallback is not None:
        return fallback
    assert least is not None, "there is always a candidate"
    return least[1]


def _covers_any(box: Box, marks: NDArray[np.float64]) -> bool:
    """Whether ``box`` shares area with any of ``marks`` (rows: left, bottom, right, top)."""
    return bool(
        np.any(
            (marks[:, 0] < box.right)
            & (box.left < marks[:, 2])
            & (marks[:, 1] < box.top)
            & (box.bottom < marks[:, 3])
        )
    )
