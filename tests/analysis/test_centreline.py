"""Centrelines of analytic tubes: on the axis, ordered, robust to thick slices, branches, gaps."""

from __future__ import annotations

import numpy as np
import pytest
from vessel_phantoms import Axis, make_phantom

from casereview.analysis.centreline import (
    BIFURCATION,
    END,
    MAIN,
    bounding_box,
    compute_centreline,
)
from casereview.errors import ValidationError

ISOTROPIC = (0.7, 0.7, 0.7)
THICK = (2.5, 0.7, 0.7)
CENTRE = (22.0, 22.0, 22.0)


def _off_axis(axis: Axis, points: np.ndarray) -> np.ndarray:
    _, radial, _ = axis.frame(points)
    return np.asarray(radial)


@pytest.mark.parametrize("spacing", [ISOTROPIC, THICK], ids=["isotropic", "thick"])
@pytest.mark.parametrize(
    "axis",
    [Axis(CENTRE, 0.0), Axis(CENTRE, 30.0), Axis(CENTRE, 60.0), Axis(CENTRE, 30.0, 35.0)],
    ids=["straight", "oblique30", "oblique60", "curved"],
)
def test_centreline_follows_the_axis(axis: Axis, spacing: tuple[float, float, float]) -> None:
    phantom = make_phantom(axis, 4.0, None, spacing)
    line = compute_centreline(phantom.vessel, spacing)
    # Away from the array's border, where the tube is cut and the line's ends are prolonged
    # straight, the line is on the axis.
    s = line.arclength_mm
    inner = np.all(np.abs(line.points_mm - 22.0) < 14.0, axis=1)
    inner &= (s > 10.0) & (s < line.length_mm - 10.0)
    assert inner.sum() > 12
    off = _off_axis(axis, line.points_mm[inner])
    assert np.median(off) < 0.5 and off.max() < 1.0, (np.median(off), off.max())
    # Tangents: compare with the axis direction at the nearest axis point.
    along, _, _ = axis.frame(line.points_mm[inner])
    expected = np.array([axis.point(a + 0.5) - axis.point(a - 0.5) for a in np.asarray(along)])
    expected /= np.linalg.norm(expected, axis=1, keepdims=True)
    cosine = np.abs(np.sum(expected * line.tangents[inner], axis=1))
    errors = np.degrees(np.arccos(np.clip(cosine, 0.0, 1.0)))
    assert np.median(errors) < 3.0 and errors.max() < 8.0, (np.median(errors), errors.max())
    # Ordered, about 1 mm apart, radius close to the tube's.
    steps = np.linalg.norm(np.diff(line.points_mm, axis=0), axis=1)
    assert np.all(steps > 0.9) and np.all(steps < 1.1)
    assert np.all(np.diff(line.arclength_mm) > 0)
    # The radius is the distance to the nearest voxel outside: thick slices shorten it.
    assert np.median(line.radii_mm[inner]) == pytest.approx(4.0, abs=1.0)
    # Both ends run into the array's border: they are cut, not vessel ends.
    assert not [p for p in line.branch_points if p.kind == END]


def test_y_branch_point_is_found_where_the_axes_meet() -> None:
    trunk = Axis(CENTRE, 0.0)
    branch = Axis(CENTRE, 45.0)
    for spacing in (ISOTROPIC, THICK):
        phantom = make_phantom(trunk, 4.0, None, spacing, branch=(branch, 2.5))
        line = compute_centreline(phantom.vessel, spacing, focus_mm=[(8.0, 22.0, 22.0)])
        forks = [p for p in line.branch_points if p.kind == BIFURCATION]
        assert len(forks) == 1, line.branch_points
        fork = forks[0]
        assert np.linalg.norm(np.subtract(fork.position_mm, CENTRE)) <= 2.0, fork
        assert fork.branches[0] == MAIN and len(fork.branches) == 2
        # The main path stays on the thicker trunk.
        assert np.median(_off_axis(trunk, line.points_mm)) < 0.7
        assert fork.arclength_mm == pytest.approx(line.project(CENTRE)[0], abs=2.0)


def test_a_gap_in_the_mask_is_bridged_and_crumbs_are_ignored() -> None:
    axis = Axis(CENTRE, 0.0)
    phantom = make_phantom(axis, 4.0, None, ISOTROPIC)
    mask = phantom.vessel.copy()
    cut = int(round(22.0 / 0.7))
    mask[cut - 3 : cut + 3] = False  # 4 mm without vessel
    mask[5:8, 5:8, 5:8] = True  # a crumb nearer the focus than the vessel
    line = compute_centreline(mask, ISOTROPIC, focus_mm=[(3.0, 3.0, 3.0)])
    assert line.length_mm > 35.0
    assert np.median(_off_axis(axis, line.points_mm)) < 0.5


def test_a_vessel_ending_inside_the_array_has_an_end_point() -> None:
    axis = Axis(CENTRE, 0.0)
    phantom = make_phantom(axis, 3.0, None, ISOTROPIC)
    mask = phantom.vessel.copy()
    mask[int(round(30.0 / 0.7)) :] = False  # the vessel stops at z = 30 mm
    line = compute_centreline(mask, ISOTROPIC)
    ends = [p for p in line.branch_points if p.kind == END]
    assert len(ends) == 1
    assert ends[0].position_mm[0] == pytest.approx(30.0, abs=2.0)
    assert ends[0].arclength_mm == pytest.approx(line.length_mm, abs=0.01)


def test_origin_shifts_every_coordinate_and_empty_masks_are_refused() -> None:
    phantom = make_phantom(Axis(CENTRE, 30.0), 4.0, None, THICK)
    plain = compute_centreline(phantom.vessel, THICK)
    shifted = compute_centreline(phantom.vessel, THICK, origin_mm=(10.0, -5.0, 2.0))
    np.testing.assert_allclose(
        shifted.points_mm - plain.points_mm, [[10.0, -5.0, 2.0]] * len(plain.points_mm)
    )
    with pytest.raises(ValidationError):
        compute_centreline(np.zeros((5, 5, 5), dtype=bool), THICK)


def test_bounding_box_with_margin_is_clipped() -> None:
    mask = np.zeros((10, 10, 10), dtype=bool)
    mask[2:4, 5, 7:9] = True
    lo, hi = bounding_box(mask, (1, 2, 3))
    assert lo.tolist() == [1, 3, 4] and hi.tolist() == [5, 8, 10]
