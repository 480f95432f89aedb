"""The bendable resection surface (issue 17): its spline, its side test, its mesh and slice lines,
and the volumes and margin of resections by bent surfaces on analytic phantoms.

The phantom is the one of ``test_liver_resection.py`` (an ellipsoidal liver with a spherical
tumour, on an isotropic 1 mm grid and on the 0.7 × 0.7 × 2.5 mm grid of a portal-venous CT),
cut by surfaces bent from base planes in several orientations, oblique ones included.

References, computed without voxels:

- volumes: the liver is integrated column by column along the base plane's normal on a
  0.25 mm grid across the plane. Every column is a line that meets the analytic ellipsoid in
  an interval found in closed form (a quadratic), and the surface once, at height ``h(u, v)``;
  the resected length of the column is the part of the interval beyond ``h``. Nothing in it
  counts voxels, uses the masks, the cached voxel coordinates or the fast raster-and-band side
  test of :meth:`ResectionGeometry.by_surface`: it shares with the code under test only the
  definition of the surface (its height function, itself checked against SciPy's independent
  thin-plate spline below).
- margin: the distance from the tumour's centre to a dense sampling of the surface (0.05 mm
  across the plane, near the tumour), minus the radius; the code under test measures from the
  tumour's voxel centres with a coarse-to-fine k-d tree search instead.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from numpy.typing import NDArray
from scipy.interpolate import RBFInterpolator
from scipy.spatial import cKDTree

from casereview.analysis.liver_resection import ResectionGeometry, ResectionPlane
from casereview.analysis.resection_surface import (
    MAX_CONTROL_POINTS,
    ResectionSurface,
    surface_mesh,
    surface_slice_lines,
)
from casereview.errors import ValidationError

LIVER_AXES = np.array([55.0, 60.0, 85.0])
LIVER_CENTRE = np.array([70.2, 75.35, 100.35])
TUMOUR_RADIUS = 18.0
TUMOUR_CENTRE = LIVER_CENTRE + np.array([5.0, -10.0, -40.0])
GRIDS = {"isotropic": (1.0, 1.0, 1.0), "ct": (2.5, 0.7, 0.7)}
SHAPE_MM = (140.0, 150.0, 200.0)

#: Bent surfaces: a base plane (normal, and where it crosses the line from the liver's centre as
#: a fraction of the liver's half-width along it), then control points given in the plane's own
#: coordinates (u, v, offset along the normal) mm around the liver centre's foot on the plane,
#: and whether the surface removes the whole tumour (then it has a margin).
BENDS: list[tuple[tuple[float, float, float], float, list[tuple[float, float, float]], bool]] = [
    # Sagittal base plane bulging towards the tumour near it, dipping elsewhere.
    ((0.0, 0.0, -1.0), 0.1, [(0.0, 0.0, 9.0), (30.0, 25.0, -6.0), (-35.0, 20.0, 4.0)], True),
    # Oblique base plane, four points: the affine part tilts it and the spline bends it.
    (
        (0.5, -0.4, -1.0),
        0.05,
        [(0.0, 0.0, 6.0), (25.0, -30.0, -8.0), (-30.0, -15.0, 10.0), (20.0, 35.0, 3.0)],
        True,
    ),
    # Oblique the other way, pulled into the tumour (whose foot is near u -18, v 19 and which
    # lies 32 mm beyond the plane): tumour is left behind.
    (
        (-0.3, 0.2, -0.8),
        0.0,
        [(0.0, 0.0, -5.0), (-18.0, 19.0, 30.0), (30.0, 20.0, -4.0), (-40.0, -20.0, 0.0)],
        False,
    ),
    # Axial base plane (normal along z), a saddle.
    (
        (1.0, 0.0, 0.0),
        -0.1,
        [(20.0, 20.0, 8.0), (-20.0, -20.0, 8.0), (20.0, -20.0, -8.0), (-20.0, 20.0, -8.0)],
        False,
    ),
]


def _grid(spacing: tuple[float, float, float]) -> NDArray[np.float64]:
    axes = [np.arange(0.0, extent, step) for extent, step in zip(SHAPE_MM, spacing, strict=True)]
    return np.stack(np.meshgrid(*axes, indexing="ij"), axis=-1)


def _phantom(spacing: tuple[float, float, float]) -> tuple[NDArray[np.bool_], NDArray[np.bool_]]:
    points = _grid(spacing)
    liver = (((points - LIVER_CENTRE) / LIVER_AXES) ** 2).sum(axis=-1) <= 1.0
    tumour = ((points - TUMOUR_CENTRE) ** 2).sum(axis=-1) <= TUMOUR_RADIUS**2
    return liver, tumour


@pytest.fixture(scope="module", params=list(GRIDS))
def phantom(request: pytest.FixtureRequest) -> tuple[ResectionGeometry, tuple[float, ...]]:
    spacing = GRIDS[request.param]
    liver, tumour = _phantom(spacing)
    return ResectionGeometry(liver, tumour, spacing), spacing


def _base(direction: tuple[float, float, float], fraction: float) -> ResectionPlane:
    normal = np.asarray(direction) / np.linalg.norm(direction)
    offset = fraction * float(np.linalg.norm(LIVER_AXES * normal))
    return ResectionPlane(tuple(LIVER_CENTRE + offset * normal), tuple(normal))


def _bent(
    direction: tuple[float, float, float],
    fraction: float,
    controls: list[tuple[float, float, float]],
) -> ResectionSurface:
    surface = ResectionSurface.flat(_base(direction, fraction))
    frame = surface.frame
    foot = LIVER_CENTRE - surface.plane_coordinates(LIVER_CENTRE)[0, 2] * frame[2]
    for u, v, h in controls:
        surface = surface.with_point(foot + u * frame[0] + v * frame[1] + h * frame[2])
    return surface


def _column_volumes(
    surface: ResectionSurface, centre: NDArray[np.float64], axes: NDArray[np.float64]
) -> tuple[float, float]:
    """Whole and resected volume (mL) of an analytic ellipsoid, integrated along the normal."""
    frame = surface.frame
    normal = frame[2]
    # The ellipsoid's extent along u and v: its support in those directions.
    c_uv = surface.plane_coordinates(centre)[0, :2]
    reach = np.sqrt(((frame[:2] * axes) ** 2).sum(axis=1))
    step = 0.25
    us = np.arange(c_uv[0] - reach[0], c_uv[0] + reach[0] + step, step)
    vs = np.arange(c_uv[1] - reach[1], c_uv[1] + reach[1] + step, step)
    whole = resected = 0.0
    for u in us:  # one row of columns at a time keeps memory small
        q = np.asarray(surface.plane.point_mm) + u * frame[0] + vs[:, None] * frame[1]
        d = (q - centre) / axes
        m = normal / axes
        a = float(m @ m)
        b = 2.0 * d @ m
        c = (d * d).sum(axis=1) - 1.0
        disc = b * b - 4.0 * a * c
        hit = disc > 0.0
        root = np.sqrt(np.where(hit, disc, 0.0))
        low = (-b - root) / (2.0 * a)
        high = (-b + root) / (2.0 * a)
        h = surface.height_uv(np.full(len(vs), u), vs)
        whole += float(np.where(hit, high - low, 0.0).sum())
        resected += float(np.where(hit, np.clip(high - np.maximum(low, h), 0.0, None), 0.0).sum())
    cell = step * step / 1000.0
    return whole * cell, resected * cell


def _true_margin(surface: ResectionSurface) -> float:
    """Distance from the analytic tumour to the surface: dense samples near the tumour."""
    c = surface.plane_coordinates(TUMOUR_CENTRE)[0]
    reach = abs(float(surface.side(TUMOUR_CENTRE)[0])) + 1.0
    step = 0.05
    best = math.inf
    for u in np.arange(c[0] - reach, c[0] + reach, step):
        vs = np.arange(c[1] - reach, c[1] + reach, step)
        points = surface.point_at(np.full(len(vs), u), vs)
        best = min(best, float(np.sqrt(((points - TUMOUR_CENTRE) ** 2).sum(axis=1)).min()))
    return best - TUMOUR_RADIUS


# -- the spline ---------------------------------------------------------------------------------


def test_the_spline_is_the_thin_plate_spline_through_the_points() -> None:
    """Against SciPy's own thin-plate spline (degree-1 polynomial, no smoothing)."""
    rng = np.random.default_rng(17)
    plane = _base((0.3, -0.5, -1.0), 0.0)
    surface = ResectionSurface.flat(plane)
    frame = surface.frame
    uvh = np.column_stack([rng.uniform(-60, 60, (9, 2)), rng.normal(0.0, 6.0, 9)])
    for u, v, h in uvh:
        surface = surface.with_point(
            np.asarray(plane.point_mm) + u * frame[0] + v * frame[1] + h * frame[2]
        )
    query = rng.uniform(-120, 120, (500, 2))
    reference = RBFInterpolator(uvh[:, :2], uvh[:, 2], kernel="thin_plate_spline", degree=1)
    assert surface.height_uv(query[:, 0], query[:, 1]) == pytest.approx(reference(query), abs=1e-7)
    # Exact at the control points, which lie on the surface.
    assert surface.height_uv(uvh[:, 0], uvh[:, 1]) == pytest.approx(uvh[:, 2], abs=1e-9)
    assert np.abs(surface.side(np.asarray(surface.control_points_mm))).max() < 1e-9
    # The slope is the height's derivative.
    gu, gv = surface.gradient_uv(query[:, 0], query[:, 1])
    eps = 1e-4
    du = (
        surface.height_uv(query[:, 0] + eps, query[:, 1])
        - surface.height_uv(query[:, 0] - eps, query[:, 1])
    ) / (2 * eps)
    dv = (
        surface.height_uv(query[:, 0], query[:, 1] + eps)
        - surface.height_uv(query[:, 0], query[:, 1] - eps)
    ) / (2 * eps)
    assert gu == pytest.approx(du, abs=1e-5)
    assert gv == pytest.approx(dv, abs=1e-5)


def test_few_points_shift_or_tilt_the_plane_without_bending_it() -> None:
    plane = ResectionPlane((0.0, 0.0, 0.0), (0.0, 0.0, 1.0))
    surface = ResectionSurface.flat(plane)
    e1, e2, n = surface.frame
    assert n == pytest.approx([0.0, 0.0, 1.0])
    assert np.cross(e1, e2) == pytest.approx(n)
    rng = np.random.default_rng(3)
    probes = rng.uniform(-50, 50, (200, 3))
    # One point off the plane: the plane shifted through it.
    one = surface.with_point(4.0 * n + 10.0 * e1)
    assert not one.is_flat
    assert one.side(probes) == pytest.approx(probes @ n - 4.0, abs=1e-9)
    # Two points: a height that varies along their line only.
    two = one.with_point(20.0 * e1 - 2.0 * n)
    uvw = two.plane_coordinates(probes)
    expected = 4.0 + (uvw[:, 0] - 10.0) * (-6.0 / 10.0)
    assert two.height_at(probes) == pytest.approx(expected, abs=1e-9)
    # Points on a tilted plane (any number): the surface is that tilted plane, unbent.
    tilted = ResectionSurface.flat(plane)
    for u, v in [(0, 0), (30, 0), (0, 30), (25, 25), (-20, 10)]:
        tilted = tilted.with_point(u * e1 + v * e2 + (1.0 + 0.2 * u - 0.1 * v) * n)
    uvw = tilted.plane_coordinates(probes)
    assert tilted.height_at(probes) == pytest.approx(
        1.0 + 0.2 * uvw[:, 0] - 0.1 * uvw[:, 1], abs=1e-8
    )


# -- flat surfaces are the plane ---------------------------------------------------------------


def test_a_flat_surface_gives_exactly_what_its_plane_gives(
    phantom: tuple[ResectionGeometry, tuple[float, ...]],
) -> None:
    geometry, _spacing = phantom
    rng = np.random.default_rng(5)
    probes = rng.uniform(0.0, 150.0, (1000, 3))
    for direction, fraction, _controls, _all in BENDS:
        plane = _base(direction, fraction)
        flat = ResectionSurface.flat(plane)
        assert flat.is_flat
        assert geometry.by_surface(flat) == geometry.by_plane(plane)
        assert np.array_equal(flat.side(probes), plane.signed_distance(probes))
        # Control points on the plane leave it flat, wherever they are on it.
        e1, e2, _n = flat.frame
        on_plane = flat.with_point(np.asarray(plane.point_mm) + 20 * e1 - 5 * e2)
        assert on_plane.is_flat and geometry.by_surface(on_plane) == geometry.by_plane(plane)


def test_a_surface_through_three_points_is_the_plane_through_them() -> None:
    a, b, c = (10.0, 20.0, 30.0), (12.0, 60.0, 35.0), (40.0, 25.0, 28.0)
    surface = ResectionSurface.through(a, b, c)
    plane = ResectionPlane.through(a, b, c)
    assert surface.is_flat and surface.plane == plane
    assert surface.control_points_mm == (a, b, c)
    probes = np.random.default_rng(9).uniform(0.0, 100.0, (300, 3))
    assert np.array_equal(surface.side(probes), plane.signed_distance(probes))
    # Dragging one of only three points tilts the plane through the three (no bending).
    moved = surface.moved(1, (20.0, 60.0, 35.0))
    tilted = ResectionPlane.through(a, (20.0, 60.0, 35.0), c)
    assert not moved.is_flat
    on_tilted = probes - np.outer(tilted.signed_distance(probes), tilted.normal)
    assert np.abs(moved.side(on_tilted)).max() < 1e-9


# -- editing ------------------------------------------------------------------------------------


def test_adding_moving_and_removing_control_points() -> None:
    surface = ResectionSurface.through((0, 0, 0), (0, 50, 0), (0, 0, 50))  # the plane z = 0
    assert surface.plane.normal == pytest.approx((1.0, 0.0, 0.0))
    bent = surface.with_point((6.0, 20.0, 20.0))
    assert len(bent.control_points_mm) == 4 and len(surface.control_points_mm) == 3
    assert bent.height_at([(0.0, 20.0, 20.0)]) == pytest.approx([6.0])
    # The surface bends towards the new point and keeps the old ones.
    assert 0.0 < float(bent.height_at([(0.0, 10.0, 10.0)])[0]) < 6.0
    assert np.abs(bent.side(np.asarray(bent.control_points_mm))).max() < 1e-9
    moved = bent.moved(3, (-4.0, 30.0, 10.0))
    assert moved.control_points_mm[3] == (-4.0, 30.0, 10.0)
    assert moved.height_at([(0.0, 30.0, 10.0)]) == pytest.approx([-4.0])
    assert moved.side([(0.0, 20.0, 20.0), (-4.0, 30.0, 10.0)])[1] == pytest.approx(0.0, abs=1e-9)
    back = moved.without(3)
    assert back == surface and back.is_flat
    points = np.array([[5.0, 20.0, 20.0], [7.0, 20.0, 20.0], [-1.0, 0.0, 50.0]])
    assert np.sign(bent.side(points)).tolist() == [-1.0, 1.0, -1.0]
    with pytest.raises(ValidationError, match="no control point 5; it has 4"):
        bent.moved(4, (0.0, 0.0, 0.0))
    with pytest.raises(ValidationError, match="no control point 0"):
        bent.without(-1)


def test_the_side_of_points_above_and_below_the_surface() -> None:
    direction, fraction, controls, _all = BENDS[1]
    surface = _bent(direction, fraction, controls)
    rng = np.random.default_rng(11)
    uv = rng.uniform(-80, 80, (400, 2))
    on = surface.point_at(uv[:, 0], uv[:, 1])
    assert np.abs(surface.side(on)).max() < 1e-9
    lift = rng.uniform(-20, 20, 400)
    # Moving along the base plane's normal keeps (u, v), so the side value is the lift.
    assert surface.side(on + np.outer(lift, surface.plane.normal)) == pytest.approx(lift, abs=1e-9)


def test_what_cannot_make_a_surface_is_refused() -> None:
    plane = ResectionPlane((0.0, 0.0, 0.0), (0.0, 0.0, 1.0))
    surface = ResectionSurface.flat(plane).with_point((10.0, 10.0, 3.0))
    # Above one another seen along the normal: one (u, v), two heights.
    with pytest.raises(ValidationError, match="lie on top of each other"):
        surface.with_point((10.3, 10.4, -5.0))
    with pytest.raises(ValidationError, match="three finite coordinates"):
        surface.with_point((np.nan, 0.0, 0.0))
    with pytest.raises(ValidationError, match="three finite coordinates"):
        surface.moved(0, (1.0, 2.0))
    many = [(float(5 * i), float(3 * (i % 4)), 1.0) for i in range(MAX_CONTROL_POINTS)]
    full = ResectionSurface(plane, tuple(many))
    with pytest.raises(ValidationError, match="at most 32 control points"):
        full.with_point((200.0, 200.0, 0.0))
    with pytest.raises(ValidationError, match="must not lie on one line"):
        ResectionSurface.through((0, 0, 0), (1, 1, 1), (2, 2, 2))
    with pytest.raises(ValidationError, match="mesh step"):
        surface_mesh(surface, (0, 0, 0), (10, 10, 10), 0.0)
    with pytest.raises(ValidationError, match="two corners"):
        surface_slice_lines(surface, 0.0, (0, 0), (10, 10, 10), 1.0)


# -- resections on the phantoms -----------------------------------------------------------------


@pytest.mark.parametrize("bend", range(len(BENDS)))
def test_volumes_and_margin_of_bent_surfaces(
    phantom: tuple[ResectionGeometry, tuple[float, ...]], bend: int
) -> None:
    geometry, spacing = phantom
    direction, fraction, controls, removes_tumour = BENDS[bend]
    surface = _bent(direction, fraction, controls)
    whole_ml, resected_ml = _column_volumes(surface, LIVER_CENTRE, LIVER_AXES)
    assert whole_ml == pytest.approx(4 / 3 * math.pi * float(np.prod(LIVER_AXES)) / 1000, rel=1e-3)
    result = geometry.by_surface(surface)
    assert result.resected_ml == pytest.approx(resected_ml, rel=0.01)
    assert result.remnant_ml == pytest.approx(whole_ml - resected_ml, rel=0.01)
    tumour_axes = np.full(3, TUMOUR_RADIUS)
    _, tumour_out = _column_volumes(surface, TUMOUR_CENTRE, tumour_axes)
    tumour_ml = 4 / 3 * math.pi * TUMOUR_RADIUS**3 / 1000
    margin = _true_margin(surface)
    if removes_tumour:
        assert margin > max(spacing)  # the case is what it says, clear of the voxel size
        assert result.remnant_tumour_ml == 0.0
        assert result.margin_mm is not None
        assert abs(result.margin_mm - margin) <= max(spacing), (result.margin_mm, margin)
    else:
        assert tumour_out < tumour_ml * 0.9
        assert result.margin_mm is None
        assert result.remnant_tumour_ml == pytest.approx(tumour_ml - tumour_out, rel=0.05)


def test_the_fast_side_test_is_the_exact_one() -> None:
    """On the CT grid, with a surface bent through many seeded random points, the volume counts
    exactly the liver voxel centres that side() puts on the resected side."""
    spacing = GRIDS["ct"]
    liver, tumour = _phantom(spacing)
    geometry = ResectionGeometry(liver, tumour, spacing)
    surface = _random_surface(23, MAX_CONTROL_POINTS)
    n = surface.frame[2]
    centres = np.argwhere(liver) * np.asarray(spacing)
    expected = int(np.count_nonzero(surface.side(centres) > 0.0)) * geometry.voxel_ml
    result = geometry.by_surface(surface)
    assert result.resected_ml == expected
    # The same test for any points, as the planner uses it to draw the resected part.
    exact = surface.side(centres) > 0.0
    assert np.array_equal(surface.resected(surface.plane_coordinates(centres)), exact)
    # Moving one control point (the base plane stays, its coordinates are reused) too.
    moved = surface.moved(5, np.asarray(surface.control_points_mm[5]) + 7.0 * n)
    expected = int(np.count_nonzero(moved.side(centres) > 0.0)) * geometry.voxel_ml
    assert geometry.by_surface(moved).resected_ml == expected
    assert geometry.by_surface(moved).resected_ml != result.resected_ml


# -- drawing ------------------------------------------------------------------------------------


@pytest.mark.parametrize("bend", [0, 1, 3])
def test_the_mesh_lies_on_the_surface_and_covers_the_box(bend: int) -> None:
    direction, fraction, controls, _all = BENDS[bend]
    surface = _bent(direction, fraction, controls)
    lo, hi = LIVER_CENTRE - LIVER_AXES, LIVER_CENTRE + LIVER_AXES
    vertices, triangles = surface_mesh(surface, lo, hi, 2.0)
    assert vertices.shape[1] == 3 and triangles.shape[1] == 3
    assert triangles.min() == 0 and triangles.max() == len(vertices) - 1
    assert np.abs(surface.side(vertices)).max() < 1e-9
    # Every triangle faces the resected side (the normal's direction).
    a, b, c = (vertices[triangles[:, k]] for k in range(3))
    facing = np.cross(b - a, c - a) @ np.asarray(surface.plane.normal)
    assert (facing > 0).all()
    # The mesh reaches every part of the surface inside the box: points of the surface found
    # by dense sampling inside the box are within a grid cell of a vertex.
    e_uv = surface.plane_coordinates(vertices)[:, :2]
    rng = np.random.default_rng(bend)
    probes = surface.point_at(*rng.uniform(-150, 150, (2, 4000)))
    inside = probes[((probes >= lo) & (probes <= hi)).all(axis=1)]
    assert len(inside) > 100
    p_uv = surface.plane_coordinates(inside)[:, :2]

    gap, _ = cKDTree(e_uv).query(p_uv)
    assert gap.max() <= 2.0 * math.sqrt(0.5) + 1e-9
    # It is clipped to the box: every vertex belongs to a grid cell that meets the box, so it
    # lies within a cell's diameter of the box.
    edges = np.concatenate([b - a, c - b, a - c])
    diameter = 2.0 * float(np.sqrt((edges**2).sum(axis=1)).max())
    outside = np.maximum(np.maximum(lo - vertices, vertices - hi), 0.0)
    assert float(np.sqrt((outside**2).sum(axis=1)).max()) <= diameter
    # Drawing while dragging: a fine mesh of a large box stays bounded.
    big, faces = surface_mesh(surface, lo - 500.0, hi + 500.0, 0.1)
    assert len(big) <= 512 * 512 and len(faces) <= 2 * 512 * 512


@pytest.mark.parametrize("bend", [0, 1, 3])
def test_slice_lines_lie_on_the_surface(bend: int) -> None:
    direction, fraction, controls, _all = BENDS[bend]
    surface = _bent(direction, fraction, controls)
    lo, hi = np.zeros(3), np.asarray(SHAPE_MM)
    # Slices through the surface where it crosses the line from the liver's centre, and 5 mm
    # above and below.
    centre_uv = surface.plane_coordinates(LIVER_CENTRE)[0]
    crossing = float(surface.point_at([centre_uv[0]], [centre_uv[1]])[0, 0])
    for z in (crossing - 5.0, crossing, crossing + 5.0):
        lines = surface_slice_lines(surface, z, lo, hi, 1.0)
        points = np.concatenate([np.column_stack([np.full(len(line), z), line]) for line in lines])
        assert len(points) > 20
        assert np.abs(surface.side(points)).max() < 0.05
        assert ((points[:, 1:] >= lo[1:] - 1e-9) & (points[:, 1:] <= hi[1:] + 1e-9)).all()
    # A plane parallel to the slices misses every other slice.
    axial = ResectionSurface.flat(ResectionPlane((30.0, 0.0, 0.0), (1.0, 0.0, 0.0)))
    assert surface_slice_lines(axial, 50.0, lo, hi, 1.0) == []
    # A flat oblique plane gives one straight line.
    oblique = ResectionSurface.flat(ResectionPlane((70.0, 75.0, 100.0), (0.3, 0.4, -1.0)))
    (line,) = surface_slice_lines(oblique, 70.0, lo, hi, 1.0)
    direction_yx = line[-1] - line[0]
    across = np.array([-direction_yx[1], direction_yx[0]]) / np.linalg.norm(direction_yx)
    assert np.abs((line - line[0]) @ across).max() < 1e-9


def _random_surface(seed: int, count: int) -> ResectionSurface:
    """A surface bent through ``count`` seeded random points (offsets of a few mm)."""
    rng = np.random.default_rng(seed)
    surface = ResectionSurface.flat(_base((0.2, 0.3, -1.0), 0.2))
    e1, e2, n = surface.frame
    foot = np.asarray(surface.plane.point_mm)
    while len(surface.control_points_mm) < count:
        u, v = rng.uniform(-70, 70, 2)
        try:
            surface = surface.with_point(foot + u * e1 + v * e2 + rng.normal(0.0, 4.0) * n)
        except ValidationError:
            continue  # too near an earlier point across the plane
    return surface


@pytest.mark.parametrize("seed", [1, 2])
def test_height_bounds_hold_over_every_cell(seed: int) -> None:
    """The per-cell bounds the fast side test relies on contain the surface everywhere in the
    cell (seeded random samples, cell corners and centres), and are not loose."""
    surface = _random_surface(seed, 24)
    step = 1.5
    grid = np.arange(-90.0, 90.0 + step, step)
    low, high = surface.height_bounds(grid, grid)
    assert low.shape == high.shape == (len(grid) - 1, len(grid) - 1)
    rng = np.random.default_rng(seed)
    iu, iv = np.meshgrid(np.arange(len(grid) - 1), np.arange(len(grid) - 1), indexing="ij")
    for fu, fv in [*rng.uniform(0.0, 1.0, (40, 2)), (0.5, 0.5), (0.0, 0.0), (1.0, 1.0)]:
        h = surface.height_uv(grid[iu] + fu * step, grid[iv] + fv * step)
        assert (h >= low).all() and (h <= high).all()
    finite = np.isfinite(high - low)
    assert finite.mean() > 0.99  # only cells holding a control point are unbounded
    corners = np.stack(
        [surface.height_uv(grid[iu + a], grid[iv + b]) for a in (0, 1) for b in (0, 1)]
    )
    spread = corners.max(axis=0) - corners.min(axis=0)
    # The bound added to the corners' range is a small part of it.
    assert float(np.median(((high - low) - spread)[finite])) < 0.1 * float(np.median(spread))
