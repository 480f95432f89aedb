"""Measurement math against analytic shapes, in a volume with anisotropic spacing and an
oblique orientation (so any mix-up of axes, spacing or direction shows)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from casereview.analysis.measurements import (
    angle_degrees,
    measure,
    region_statistics,
    sample_volume,
    short_axis_for,
)
from casereview.domain.annotations import AnnotationDraft, AnnotationKind, ImageReference
from casereview.domain.volume import Volume
from casereview.errors import ValidationError
from casereview.session import rotation_matrix

SPACING = (2.5, 0.7, 1.1)  # slice, row, column (mm): every axis different
DIRECTION = rotation_matrix((25.0, -15.0, 40.0))  # an oblique acquisition
ORIGIN = (-20.0, -35.0, -40.0)
SHAPE = (40, 110, 80)


def _index_lps(volume: Volume) -> np.ndarray:
    idx = np.indices(volume.shape).reshape(3, -1).T.astype(float)
    return volume.index_to_patient(idx)


@pytest.fixture(scope="module")
def ramp() -> Volume:
    """HU = 2·L − 3·P + 0.5·S + 10: trilinear interpolation reproduces it exactly."""
    probe = Volume(np.zeros(SHAPE, np.float32), SPACING, ORIGIN, DIRECTION, (), "1.2.3", "", "CT")
    lps = _index_lps(probe)
    values = 2 * lps[:, 0] - 3 * lps[:, 1] + 0.5 * lps[:, 2] + 10
    return Volume(
        values.reshape(SHAPE).astype(np.float32), SPACING, ORIGIN, DIRECTION, (), "1.2.3", "", "CT"
    )


def _plane(normal_deg: tuple[float, float, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rot = rotation_matrix(normal_deg)
    # Shapes start near the volume's centre so they lie wholly inside it.
    centre = ORIGIN + DIRECTION @ (np.array([40.0, 55.0, 20.0]) * np.array(SPACING[::-1]))
    return (
        rot @ np.array([1.0, 0, 0]),
        rot @ np.array([0, 1.0, 0]),
        centre - np.array([12.0, 5.0, 0.0]),
    )


def test_volume_geometry_is_really_oblique_and_anisotropic(ramp: Volume) -> None:
    assert len(set(ramp.spacing)) == 3
    assert not np.allclose(np.abs(ramp.direction), np.eye(3))
    # The centre of the volume holds the ramp's value there.
    centre = ramp.index_to_patient(np.array([[20.0, 55.0, 40.0]]))[0]
    expected = 2 * centre[0] - 3 * centre[1] + 0.5 * centre[2] + 10
    assert sample_volume(ramp, centre[None, :])[0] == pytest.approx(expected, abs=1e-3)


def test_length_and_bidirectional_are_patient_space_distances() -> None:
    a, b = (1.0, 2.0, 3.0), (4.0, 6.0, 15.0)  # 3-4-12 → 13 mm
    (length,) = measure(AnnotationKind.LENGTH, [a, b])
    assert length.name == "length" and length.unit == "mm"
    assert length.value == pytest.approx(13.0)
    u, v, c = _plane((10.0, 30.0, -20.0))
    long_a, long_b = tuple(c - 20 * u), tuple(c + 20 * u)
    short = short_axis_for(long_a, long_b, tuple(np.cross(u, v)), 7.5)
    values = {
        m.name: m.value for m in measure(AnnotationKind.BIDIRECTIONAL, [long_a, long_b, *short])
    }
    assert values == pytest.approx({"long_axis": 40.0, "short_axis": 15.0})
    # The short axis is perpendicular to the long one and lies in the view plane.
    d_short = np.subtract(short[1], short[0])
    assert abs(d_short @ u) < 1e-9 and abs(d_short @ np.cross(u, v)) < 1e-9


@pytest.mark.parametrize("degrees", [30.0, 90.0, 135.0, 179.0])
def test_angle_in_an_oblique_plane(degrees: float) -> None:
    u, v, c = _plane((33.0, -12.0, 71.0))
    t = math.radians(degrees)
    arm1 = c + 25 * u
    arm2 = c + 18 * (math.cos(t) * u + math.sin(t) * v)
    (angle,) = measure(AnnotationKind.ANGLE, [tuple(arm1), tuple(c), tuple(arm2)])
    assert angle.unit == "deg" and angle.value == pytest.approx(degrees, abs=1e-9)
    with pytest.raises(ValidationError):
        angle_degrees(tuple(c), tuple(c), tuple(arm2))


def test_polygon_and_ellipse_areas_in_an_oblique_plane(ramp: Volume) -> None:
    u, v, c = _plane((20.0, 40.0, -10.0))
    # A 30 × 12 mm rectangle and an L-shape (analytic areas 360 and 300 mm²).
    rect = [c, c + 30 * u, c + 30 * u + 12 * v, c + 12 * v]
    ell = [c, c + 10 * u, c + 6 * v]
    lshape = [
        c,
        c + 20 * u,
        c + 20 * u + 10 * v,
        c + 10 * u + 10 * v,
        c + 10 * u + 20 * v,
        c + 20 * v,
    ]
    areas = {
        "rect": measure(AnnotationKind.POLYGON, [tuple(p) for p in rect], ramp),
        "ellipse": measure(AnnotationKind.ELLIPSE, [tuple(p) for p in ell], ramp),
        "l": measure(AnnotationKind.POLYGON, [tuple(p) for p in lshape], ramp),
    }
    got = {k: next(m.value for m in ms if m.name == "area") for k, ms in areas.items()}
    assert got["rect"] == pytest.approx(360.0)
    assert got["ellipse"] == pytest.approx(math.pi * 60.0)
    assert got["l"] == pytest.approx(300.0)
    perimeter = next(m.value for m in areas["rect"] if m.name == "perimeter")
    assert perimeter == pytest.approx(84.0)


def test_hu_statistics_of_a_linear_field_are_analytic(ramp: Volume) -> None:
    """Over a rectangle, a linear field has mean = value at the centroid; SD, min and max follow
    from the field's gradient along the rectangle's sides."""
    u, v, c = _plane((20.0, 40.0, -10.0))
    w, h = 30.0, 12.0
    rect = [tuple(p) for p in (c, c + w * u, c + w * u + h * v, c + h * v)]
    grad = np.array([2.0, -3.0, 0.5])
    field = lambda p: float(grad @ p + 10)
    centroid = c + w / 2 * u + h / 2 * v
    gu, gv = grad @ u, grad @ v
    mean, sd, low, high, n = region_statistics(ramp, AnnotationKind.POLYGON, rect)
    assert n > 1000
    assert mean == pytest.approx(field(centroid), abs=0.05)
    # Uniform distribution along each side: variance = (g·L)² / 12 per direction.
    assert sd == pytest.approx(math.sqrt((gu * w) ** 2 / 12 + (gv * h) ** 2 / 12), rel=0.01)
    corners = [field(np.asarray(p)) for p in rect]
    step = min(ramp.spacing) / 4
    slack = (abs(gu) + abs(gv)) * step
    assert min(corners) <= low <= min(corners) + slack
    assert max(corners) - slack <= high <= max(corners)


def test_hu_statistics_inside_a_sphere_of_constant_value() -> None:
    """A 100 HU sphere in −100 HU: an ellipse well inside reads 100 ± 0."""
    probe = Volume(np.zeros(SHAPE, np.int16), SPACING, ORIGIN, DIRECTION, (), "1", "", "CT")
    lps = _index_lps(probe)
    centre = probe.index_to_patient(np.array([[20.0, 55.0, 40.0]]))[0]
    inside = np.linalg.norm(lps - centre, axis=1) < 18.0
    voxels = np.where(inside, 100, -100).astype(np.int16).reshape(SHAPE)
    volume = Volume(voxels, SPACING, ORIGIN, DIRECTION, (), "1", "", "CT")
    u, v, _ = _plane((50.0, 10.0, 5.0))
    points = [tuple(centre), tuple(centre + 8 * u), tuple(centre + 5 * v)]
    values = {m.name: m.value for m in measure(AnnotationKind.ELLIPSE, points, volume)}
    assert values["mean"] == pytest.approx(100.0)
    assert values["sd"] == pytest.approx(0.0)
    assert values["min"] == pytest.approx(100.0)
    assert values["max"] == pytest.approx(100.0)


def test_geometry_is_checked() -> None:
    with pytest.raises(ValidationError):
        measure(AnnotationKind.LENGTH, [(0, 0, 0)])
    with pytest.raises(ValidationError):
        AnnotationDraft(AnnotationKind.POLYGON, ((0, 0, 0), (1, 0, 0)), ImageReference("1.2"))
    with pytest.raises(ValidationError):
        AnnotationDraft(AnnotationKind.LENGTH, ((0, 0, 0), (1, 0, math.nan)), ImageReference("1"))
    with pytest.raises(ValidationError):
        AnnotationDraft(AnnotationKind.TEXT, ((0, 0, 0),), ImageReference("1"), text="  ")
