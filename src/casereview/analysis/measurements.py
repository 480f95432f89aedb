"""Measurements of annotations in patient space: lengths, angles, areas and HU statistics.

All geometry is in LPS millimetres, so results do not depend on the voxel spacing or the
orientation of the plane the mark was drawn on. Statistics inside a region sample the volume
on a fine grid in the region's own plane with trilinear interpolation.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from casereview.domain.annotations import (
    HU_UNIT,
    REGION_KINDS,
    AnnotationKind,
    Measurement,
    Point,
    check_geometry,
)
from casereview.domain.volume import Volume
from casereview.errors import ValidationError
from casereview.messages import Message

Array = NDArray[np.float64]
#: Points as the domain holds them, or as an ``(N, 3)`` array already computed from them.
Points = Sequence[Point] | Array


def _arr(points: Points) -> Array:
    return np.asarray(points, dtype=np.float64).reshape(-1, 3)


def distance(a: Point, b: Point) -> float:
    """Euclidean distance between two LPS points (mm)."""
    return float(np.linalg.norm(np.subtract(b, a)))


def angle_degrees(a: Point, vertex: Point, b: Point) -> float:
    """Angle ``a``–``vertex``–``b`` in degrees (0–180).

    Raises
    ------
    ValidationError
        If an arm has no length.
    """
    u = np.subtract(a, vertex)
    w = np.subtract(b, vertex)
    nu, nw = np.linalg.norm(u), np.linalg.norm(w)
    if nu == 0 or nw == 0:
        raise ValidationError(Message("Both arms of an angle need a length."))
    cosine = float(np.clip(u @ w / (nu * nw), -1.0, 1.0))
    return math.degrees(math.acos(cosine))


def polygon_normal_and_area(points: Points) -> tuple[Array, float]:
    """Unit normal and area (mm²) of a planar polygon in 3-D (Newell's method)."""
    p = _arr(points)
    q = np.roll(p, -1, axis=0)
    n = np.array(
        [
            np.sum((p[:, 1] - q[:, 1]) * (p[:, 2] + q[:, 2])),
            np.sum((p[:, 2] - q[:, 2]) * (p[:, 0] + q[:, 0])),
            np.sum((p[:, 0] - q[:, 0]) * (p[:, 1] + q[:, 1])),
        ]
    )
    norm = float(np.linalg.norm(n))
    if norm == 0:
        return np.array([0.0, 0.0, 1.0]), 0.0
    return n / norm, norm / 2.0


def perimeter(points: Sequence[Point], closed: bool = True) -> float:
    """Length of the outline through ``points`` (mm)."""
    p = _arr(points)
    if closed:
        p = np.vstack([p, p[:1]])
    return float(np.sum(np.linalg.norm(np.diff(p, axis=0), axis=1)))


def ellipse_axes(points: Sequence[Point]) -> tuple[Array, Array, Array]:
    """Centre and the two semi-axis vectors of an ellipse given as centre + two axis ends.

    The second axis is made perpendicular to the first within their plane, so a slightly
    skewed drag still gives a true ellipse.
    """
    c, a_end, b_end = _arr(points)
    a = a_end - c
    b = b_end - c
    na = np.linalg.norm(a)
    if na == 0:
        raise ValidationError(Message("An ellipse needs a size."))
    b_perp = b - (b @ a) / (na * na) * a
    if np.linalg.norm(b_perp) == 0:
        raise ValidationError(Message("An ellipse needs a width."))
    return c, a, b_perp


def ellipse_area(points: Sequence[Point]) -> float:
    """Area (mm²) of the ellipse ``(centre, axis end 1, axis end 2)``."""
    _, a, b = ellipse_axes(points)
    return float(math.pi * np.linalg.norm(a) * np.linalg.norm(b))


def ellipse_outline(points: Sequence[Point], segments: int = 72) -> Array:
    """``(segments, 3)`` LPS points on the ellipse outline."""
    c, a, b = ellipse_axes(points)
    t = np.linspace(0.0, 2.0 * math.pi, segments, endpoint=False)
    outline: Array = c + np.outer(np.cos(t), a) + np.outer(np.sin(t), b)
    return outline


def _plane_basis(normal: Array) -> tuple[Array, Array]:
    helper = np.array([1.0, 0.0, 0.0]) if abs(normal[0]) < 0.9 else np.array([0.0, 1.0, 0.0])
    e1 = np.cross(normal, helper)
    e1 /= np.linalg.norm(e1)
    return e1, np.cross(normal, e1)


def _inside_polygon(x: Array, y: Array, px: Array, py: Array) -> NDArray[np.bool_]:
    """Even–odd rule for many points against one polygon (vectorised over points)."""
    inside = np.zeros(x.shape, dtype=bool)
    n = len(px)
    for i in range(n):
        j = (i - 1) % n
        xi, yi, xj, yj = px[i], py[i], px[j], py[j]
        crosses = (yi > y) != (yj > y)
        with np.errstate(divide="ignore", invalid="ignore"):
            x_at = (xj - xi) * (y - yi) / (yj - yi) + xi
        inside ^= crosses & (x < x_at)
    return inside


def region_sample_points(
    kind: AnnotationKind, points: Sequence[Point], step_mm: float
) -> tuple[Array, float]:
    """Points on a regular grid inside a region (ellipse or polygon) and the area of one cell.

    Parameters
    ----------
    kind
        ``ELLIPSE`` or ``POLYGON``.
    points
        The annotation's points.
    step_mm
        Grid spacing in the region's plane.

    Returns
    -------
    tuple
        ``(N, 3)`` LPS sample points (cell centres) and ``step_mm ** 2``.
    """
    if kind is AnnotationKind.ELLIPSE:
        outline = ellipse_outline(points, 180)
    else:
        outline = _arr(points)
    normal, _ = polygon_normal_and_area(outline)
    e1, e2 = _plane_basis(normal)
    origin = outline.mean(axis=0)
    px = (outline - origin) @ e1
    py = (outline - origin) @ e2
    xs = np.arange(px.min() + step_mm / 2, px.max(), step_mm)
    ys = np.arange(py.min() + step_mm / 2, py.max(), step_mm)
    grid_x, grid_y = np.meshgrid(xs, ys)
    gx, gy = grid_x.ravel(), grid_y.ravel()
    if kind is AnnotationKind.ELLIPSE:
        c, a, b = ellipse_axes(points)
        d = np.outer(gx, e1) + np.outer(gy, e2) + origin - c
        ua = d @ a / (a @ a)
        ub = d @ b / (b @ b)
        keep = ua**2 + ub**2 <= 1.0
    else:
        keep = _inside_polygon(gx, gy, px, py)
    samples = origin + np.outer(gx[keep], e1) + np.outer(gy[keep], e2)
    return samples, step_mm * step_mm


def sample_volume(volume: Volume, points: Array) -> Array:
    """Trilinearly interpolated voxel values at LPS ``points`` (NaN outside the volume)."""
    pts = _arr(points)
    ijk = (pts - np.asarray(volume.origin)) @ volume.direction  # column, row, slice in mm
    idx = ijk / np.asarray(volume.spacing)[::-1]
    x, y, z = idx[:, 0], idx[:, 1], idx[:, 2]
    slices, rows, cols = volume.shape
    eps = 1e-6
    ok = (
        (x >= -eps)
        & (x <= cols - 1 + eps)
        & (y >= -eps)
        & (y <= rows - 1 + eps)
        & (z >= -eps)
        & (z <= slices - 1 + eps)
    )
    out = np.full(len(pts), np.nan)
    if not ok.any():
        return out
    x = np.clip(x[ok], 0, cols - 1)
    y = np.clip(y[ok], 0, rows - 1)
    z = np.clip(z[ok], 0, slices - 1)
    x0 = np.minimum(np.floor(x).astype(int), max(cols - 2, 0))
    y0 = np.minimum(np.floor(y).astype(int), max(rows - 2, 0))
    z0 = np.minimum(np.floor(z).astype(int), max(slices - 2, 0))
    x1, y1, z1 = (
        np.minimum(x0 + 1, cols - 1),
        np.minimum(y0 + 1, rows - 1),
        np.minimum(z0 + 1, slices - 1),
    )
    fx, fy, fz = x - x0, y - y0, z - z0
    v = volume.voxels
    total = np.zeros(len(x))
    for zz, wz in ((z0, 1 - fz), (z1, fz)):
        for yy, wy in ((y0, 1 - fy), (y1, fy)):
            for xx, wx in ((x0, 1 - fx), (x1, fx)):
                total += v[zz, yy, xx].astype(np.float64) * wz * wy * wx
    out[ok] = total
    return out


def region_statistics(
    volume: Volume, kind: AnnotationKind, points: Sequence[Point]
) -> tuple[float, float, float, float, int] | None:
    """HU mean, SD, min and max inside a region, and the number of samples.

    The region is sampled at a quarter of the finest voxel spacing (at least 16 samples per
    voxel face), interpolated trilinearly; ``None`` if no sample lies inside the volume.
    """
    step = float(min(volume.spacing)) / 4.0
    samples, _ = region_sample_points(kind, points, step)
    if len(samples) == 0:
        return None
    values = sample_volume(volume, samples)
    values = values[np.isfinite(values)]
    if len(values) == 0:
        return None
    return (
        float(values.mean()),
        float(values.std()),
        float(values.min()),
        float(values.max()),
        int(len(values)),
    )


def bidirectional_axes(points: Sequence[Point]) -> tuple[float, float]:
    """Long and short axis (mm) of a bidirectional measurement (points 0–1 and 2–3)."""
    p = _arr(points)
    long_axis = distance(tuple(p[0]), tuple(p[1]))
    short_axis = distance(tuple(p[2]), tuple(p[3]))
    if short_axis > long_axis:
        long_axis, short_axis = short_axis, long_axis
    return long_axis, short_axis


def short_axis_for(
    long_a: Point, long_b: Point, normal: Point, half_width: float
) -> tuple[Point, Point]:
    """Short-axis end points perpendicular to a long axis, through its middle, in a plane.

    Parameters
    ----------
    long_a, long_b
        Ends of the long axis (LPS).
    normal
        Normal of the view plane the measurement is drawn in.
    half_width
        Half the short-axis length (mm).
    """
    a, b, n = np.asarray(long_a), np.asarray(long_b), np.asarray(normal, dtype=float)
    direction = np.cross(n, b - a)
    norm = np.linalg.norm(direction)
    if norm == 0:
        raise ValidationError(Message("The long axis needs a length."))
    direction /= norm
    middle = (a + b) / 2
    return (
        tuple(middle - half_width * direction),
        tuple(middle + half_width * direction),
    )


def measure(
    kind: AnnotationKind, points: Sequence[Point], volume: Volume | None = None
) -> tuple[Measurement, ...]:
    """Every value shown for an annotation of ``kind`` with ``points``.

    Parameters
    ----------
    kind
        Annotation kind.
    points
        Its geometry (LPS mm).
    volume
        The volume it was drawn on; needed for the HU statistics of regions (left out without
        it, or for a modality other than CT).

    Raises
    ------
    ValidationError
        If the geometry is invalid for the kind.
    """
    pts = check_geometry(kind, points)
    if kind is AnnotationKind.LENGTH:
        return (Measurement("length", distance(pts[0], pts[1]), "mm"),)
    if kind is AnnotationKind.BIDIRECTIONAL:
        long_axis, short_axis = bidirectional_axes(pts)
        return (
            Measurement("long_axis", long_axis, "mm"),
            Measurement("short_axis", short_axis, "mm"),
        )
    if kind is AnnotationKind.ANGLE:
        return (Measurement("angle", angle_degrees(pts[0], pts[1], pts[2]), "deg"),)
    if kind in REGION_KINDS:
        if kind is AnnotationKind.ELLIPSE:
            area = ellipse_area(pts)
            outline = ellipse_outline(pts, 360)
        else:
            _, area = polygon_normal_and_area(pts)
            outline = _arr(pts)
        values = [
            Measurement("area", area, "mm2"),
            Measurement("perimeter", perimeter([tuple(p) for p in outline]), "mm"),
        ]
        if volume is not None and volume.modality in ("CT", ""):
            stats = region_statistics(volume, kind, pts)
            if stats is not None:
                mean, sd, low, high, _ = stats
                values += [
                    Measurement("mean", mean, HU_UNIT),
                    Measurement("sd", sd, HU_UNIT),
                    Measurement("min", low, HU_UNIT),
                    Measurement("max", high, HU_UNIT),
                ]
        return tuple(values)
    return ()
