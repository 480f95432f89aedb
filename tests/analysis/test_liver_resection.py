"""Virtual resection on analytic phantoms (issue 17): volumes within 1 %, margin within a voxel.

The liver is an ellipsoid, the tumour a sphere inside it, voxelised on an isotropic 1 mm grid
and on the 0.7 × 0.7 × 2.5 mm grid of a portal-venous CT. Planes in several orientations cut
the liver: the resected part is an ellipsoidal cap whose volume is known in closed form (a unit
sphere's cap, scaled), and the tumour's margin is its centre's distance to the plane minus its
radius.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from numpy.typing import NDArray

from casereview.analysis.liver_resection import (
    ResectionGeometry,
    ResectionPlane,
    by_segments,
    volume_ml,
)
from casereview.errors import ValidationError

#: Liver semi-axes (z, y, x) mm and centre; tumour radius and centre (array frame, mm). The
#: centre lies between voxel centres on both grids, so no voxel sits on a plane through it.
LIVER_AXES = (55.0, 60.0, 85.0)
LIVER_CENTRE = np.array([70.2, 75.35, 100.35])
TUMOUR_RADIUS = 18.0
TUMOUR_CENTRE = LIVER_CENTRE + np.array([5.0, -10.0, -40.0])
GRIDS = {"isotropic": (1.0, 1.0, 1.0), "ct": (2.5, 0.7, 0.7)}
SHAPE_MM = (140.0, 150.0, 200.0)
#: Plane normals in several orientations (normalised by the plane), and where the plane
#: crosses the line from the liver's centre, as a fraction of the liver's half-width along it.
CUTS = [
    ((0.0, 0.0, -1.0), 0.1),
    ((0.0, 0.3, -1.0), -0.2),
    ((0.5, -0.4, -1.0), 0.25),
    ((-0.3, 0.2, -0.8), 0.0),
]


def _grid(spacing: tuple[float, float, float]) -> NDArray[np.float64]:
    axes = [np.arange(0.0, extent, step) for extent, step in zip(SHAPE_MM, spacing, strict=True)]
    return np.stack(np.meshgrid(*axes, indexing="ij"), axis=-1)


def _phantom(spacing: tuple[float, float, float]) -> tuple[NDArray[np.bool_], NDArray[np.bool_]]:
    points = _grid(spacing)
    liver = (((points - LIVER_CENTRE) / np.asarray(LIVER_AXES)) ** 2).sum(axis=-1) <= 1.0
    tumour = ((points - TUMOUR_CENTRE) ** 2).sum(axis=-1) <= TUMOUR_RADIUS**2
    return liver, tumour


def _cap_ml(normal: NDArray[np.float64], offset_mm: float) -> float:
    """Volume (mL) of the liver beyond the plane n·(x − c) = offset (the side n points to)."""
    scale = float(np.linalg.norm(np.asarray(LIVER_AXES) * normal))
    t = offset_mm / scale  # the plane's distance from the centre of the unit sphere
    unit_cap = math.pi * (1 - t) ** 2 * (2 + t) / 3 if t < 1 else 0.0
    return math.prod(LIVER_AXES) * unit_cap / 1000.0


@pytest.mark.parametrize("grid", list(GRIDS))
def test_volumes_and_margin_of_planes_in_any_orientation(grid: str) -> None:
    spacing = GRIDS[grid]
    liver, tumour = _phantom(spacing)
    whole_ml = 4 / 3 * math.pi * math.prod(LIVER_AXES) / 1000.0
    tumour_ml = 4 / 3 * math.pi * TUMOUR_RADIUS**3 / 1000.0
    geometry = ResectionGeometry(liver, tumour, spacing)
    assert geometry.total_ml == pytest.approx(whole_ml, rel=0.01)
    assert geometry.tumour_ml == pytest.approx(tumour_ml, rel=0.01)
    assert volume_ml(liver, spacing) == pytest.approx(geometry.total_ml)
    for direction, fraction in CUTS:
        normal = np.asarray(direction) / np.linalg.norm(direction)
        offset = fraction * float(np.linalg.norm(np.asarray(LIVER_AXES) * normal))
        plane = ResectionPlane(tuple(LIVER_CENTRE + offset * normal), tuple(normal))
        result = geometry.by_plane(plane)
        assert result.resected_ml == pytest.approx(_cap_ml(normal, offset), rel=0.01)
        assert result.remnant_ml == pytest.approx(whole_ml - _cap_ml(normal, offset), rel=0.01)
        margin = float(normal @ (TUMOUR_CENTRE - LIVER_CENTRE)) - offset - TUMOUR_RADIUS
        if margin > 0:
            assert result.remnant_tumour_ml == 0.0
            assert result.margin_mm is not None
            assert abs(result.margin_mm - margin) <= max(spacing), (direction, fraction)
        else:
            assert result.margin_mm is None and result.remnant_tumour_ml > 0.0


def test_a_plane_through_the_tumour_leaves_tumour_and_has_no_margin() -> None:
    spacing = GRIDS["ct"]
    liver, tumour = _phantom(spacing)
    geometry = ResectionGeometry(liver, tumour, spacing)
    through = geometry.by_plane(ResectionPlane(tuple(TUMOUR_CENTRE), (0.0, 0.0, -1.0)))
    half = 2 / 3 * math.pi * TUMOUR_RADIUS**3 / 1000.0
    assert through.margin_mm is None
    assert through.remnant_tumour_ml == pytest.approx(half, rel=0.03)


def test_plane_through_three_points() -> None:
    plane = ResectionPlane.through((0, 0, 0), (0, 1, 0), (1, 0, 0))
    assert plane.normal == pytest.approx((0.0, 0.0, -1.0))
    assert plane.signed_distance(np.array([[0.0, 0.0, -3.0]])) == pytest.approx([3.0])
    with pytest.raises(ValidationError, match="must not lie on one line"):
        ResectionPlane.through((0, 0, 0), (1, 1, 1), (2, 2, 2))
    with pytest.raises(ValidationError, match="a point and a direction"):
        ResectionPlane((0.0, 0.0, 0.0), (0.0, 0.0, 0.0))


@pytest.mark.parametrize("grid", list(GRIDS))
def test_removing_segments(grid: str) -> None:
    """Octants of the ellipsoid labelled 1-8 stand for liver segments; each removed octant is
    an eighth of the ellipsoid, and the margin is the tumour's distance to the nearest octant
    kept."""
    spacing = GRIDS[grid]
    liver, _tumour = _phantom(spacing)
    points = _grid(spacing) - LIVER_CENTRE
    octant = (
        1 + (points[..., 0] < 0) * 4 + (points[..., 1] < 0) * 2 + (points[..., 2] < 0)
    ).astype(np.uint8)
    labels = np.where(liver, octant, 0).astype(np.uint8)
    # A small tumour well inside the octant z >= 0, y < 0, x < 0 (label 4).
    centre = LIVER_CENTRE + np.array([20.0, -25.0, -35.0])
    tumour = ((_grid(spacing) - centre) ** 2).sum(axis=-1) <= 8.0**2
    assert set(np.unique(labels[tumour]).tolist()) == {4}
    eighth = 4 / 3 * math.pi * math.prod(LIVER_AXES) / 1000.0 / 8
    result = by_segments(labels, [4, 8], tumour, spacing)
    assert result.resected_ml == pytest.approx(2 * eighth, rel=0.01)
    assert result.remnant_tumour_ml == 0.0
    # The nearest kept octant starts at z < 0 (label 8 is removed too) or y >= 0 or x >= 0.
    nearest = min(centre[1] - LIVER_CENTRE[1], centre[2] - LIVER_CENTRE[2], key=abs)
    assert result.margin_mm is not None
    assert abs(result.margin_mm - (abs(nearest) - 8.0)) <= max(spacing)
    kept = by_segments(labels, [1, 2], tumour, spacing)
    assert kept.margin_mm is None and kept.remnant_tumour_ml == pytest.approx(
        4 / 3 * math.pi * 8.0**3 / 1000.0, rel=0.05
    )


def test_what_cannot_be_planned_is_refused() -> None:
    liver = np.zeros((4, 4, 4), dtype=bool)
    with pytest.raises(ValidationError, match="segment the liver first"):
        ResectionGeometry(liver, liver, (1.0, 1.0, 1.0))
    with pytest.raises(ValidationError, match="same voxel grid"):
        ResectionGeometry(np.ones((4, 4, 4), bool), np.zeros((4, 4, 5), bool), (1.0, 1.0, 1.0))
    labels = np.zeros((4, 4, 4), dtype=np.uint8)
    labels[:2] = 5
    tumour = np.zeros((4, 4, 4), dtype=bool)
    with pytest.raises(ValidationError, match="Segment 7 is not"):
        by_segments(labels, [5, 7], tumour, (1.0, 1.0, 1.0))
    tumour[3, 3, 3] = True
    with pytest.raises(ValidationError, match="outside the liver's segments"):
        by_segments(labels, [5], tumour, (1.0, 1.0, 1.0))
    with pytest.raises(ValidationError, match="spacing must be positive"):
        volume_ml(tumour, (0.0, 1.0, 1.0))
