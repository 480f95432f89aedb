"""Smooth implicit shapes and spline centrelines for the synthetic phantom.

Every shape is an approximate signed distance function (SDF) in millimetres in patient
coordinates (LPS: +x towards the patient's left, +y posterior, +z superior): negative inside,
positive outside. The SDFs only need to be accurate within a few millimetres of the surface,
which is where the renderer turns them into anti-aliased fractional occupancy.

Shapes evaluate either on arbitrary broadcastable coordinate arrays (``sdf``) or on a regular
block of voxel centres (``sdf_block``); tubes override the latter so they only touch the voxels
near each of their segments.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float32]

#: Value used for "far outside" where a shape was not evaluated.
FAR = np.float32(1.0e4)


def rotation(axis: Sequence[float], degrees: float) -> NDArray[np.float64]:
    """Return the 3x3 matrix rotating by ``degrees`` about ``axis`` (right-handed).

    Parameters
    ----------
    axis
        Rotation axis in patient coordinates; need not be normalised.
    degrees
        Rotation angle.

    Returns
    -------
    numpy.ndarray
        Rotation matrix whose columns are the rotated unit vectors.
    """
    a = np.asarray(axis, dtype=np.float64)
    a = a / np.linalg.norm(a)
    t = np.deg2rad(degrees)
    k = np.array([[0.0, -a[2], a[1]], [a[2], 0.0, -a[0]], [-a[1], a[0], 0.0]])
    rotation: NDArray[np.float64] = np.eye(3) + np.sin(t) * k + (1.0 - np.cos(t)) * (k @ k)
    return rotation


def smooth_min(a: FloatArray, b: FloatArray, k: float) -> FloatArray:
    """Polynomial smooth minimum: a union whose seam is rounded over about ``k`` mm."""
    if k <= 0:
        return np.minimum(a, b)
    h = np.clip(0.5 + 0.5 * (b - a) / k, 0.0, 1.0)
    blended: FloatArray = (b + (a - b) * h - k * h * (1.0 - h)).astype(np.float32)
    return blended


class Shape(ABC):
    """Base class of all implicit shapes."""

    @abstractmethod
    def bounds(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """Axis-aligned bounding box ``(min_xyz, max_xyz)`` in mm, including the surface."""

    @abstractmethod
    def sdf(self, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> FloatArray:
        """Signed distance (mm) at broadcastable coordinate arrays."""

    def sdf_block(self, xs: np.ndarray, ys: np.ndarray, zs: np.ndarray) -> FloatArray:
        """Signed distance on the voxel block ``zs x ys x xs`` (1-D ascending coordinates).

        Returns an array of shape ``(len(zs), len(ys), len(xs))``.
        """
        out = self.sdf(xs[None, None, :], ys[None, :, None], zs[:, None, None])
        return np.broadcast_to(out, (len(zs), len(ys), len(xs))).astype(np.float32)

    def inside(self, points: np.ndarray) -> NDArray[np.bool_]:
        """Whether each of the ``(N, 3)`` points lies inside the shape."""
        return self.sdf(points[:, 0], points[:, 1], points[:, 2]) < 0


@dataclass(frozen=True)
class Ellipsoid(Shape):
    """Ellipsoid with semi-axes ``radii`` along the columns of ``rot`` around ``center``."""

    center: tuple[float, float, float]
    radii: tuple[float, float, float]
    rot: NDArray[np.float64] = field(default_factory=lambda: np.eye(3))

    def bounds(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        ext = np.sqrt(((self.rot * np.asarray(self.radii)[None, :]) ** 2).sum(axis=1))
        c = np.asarray(self.center)
        return c - ext, c + ext

    def local(self, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> tuple[np.ndarray, ...]:
        """Coordinates in the ellipsoid's own (rotated, centred) frame."""
        r = self.rot
        dx = x - self.center[0]
        dy = y - self.center[1]
        dz = z - self.center[2]
        return (
            r[0, 0] * dx + r[1, 0] * dy + r[2, 0] * dz,
            r[0, 1] * dx + r[1, 1] * dy + r[2, 1] * dz,
            r[0, 2] * dx + r[1, 2] * dy + r[2, 2] * dz,
        )

    def sdf(self, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> FloatArray:
        # Quilez's bound: exact on the surface, good near it, never zero-divides at the centre.
        u, v, w = self.local(x, y, z)
        a, b, c = self.radii
        k0 = np.sqrt((u / a) ** 2 + (v / b) ** 2 + (w / c) ** 2)
        k1 = np.sqrt((u / (a * a)) ** 2 + (v / (b * b)) ** 2 + (w / (c * c)) ** 2) + 1e-9
        return (k0 * (k0 - 1.0) / k1).astype(np.float32)


@dataclass(frozen=True)
class LobedEllipsoid(Ellipsoid):
    """Ellipsoid whose radius is modulated by low-order lobes (an irregular mass).

    The surface is ``|p|_ellipsoid = 1 + sum(amp * cos(m*phi + phase) * cos(...))``; the lobes
    are smooth so the implicit function stays a good distance estimate near the surface.
    """

    lobes: tuple[tuple[float, int, int, float], ...] = ()

    def _scale(self, u: np.ndarray, v: np.ndarray, w: np.ndarray) -> np.ndarray:
        a, b, c = self.radii
        phi = np.arctan2(v / b, u / a)
        theta = np.arctan2(w / c, np.hypot(u / a, v / b))
        s = np.ones(np.broadcast_shapes(np.shape(phi), np.shape(theta)), dtype=np.float64)
        for amp, m, n, phase in self.lobes:
            s = s + amp * np.cos(m * phi + phase) * np.cos(n * theta)
        return s

    def bounds(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        lo, hi = super().bounds()
        grow = 1.0 + sum(abs(a) for a, *_ in self.lobes)
        c = np.asarray(self.center)
        return c + (lo - c) * grow, c + (hi - c) * grow

    def sdf(self, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> FloatArray:
        u, v, w = self.local(x, y, z)
        a, b, c = self.radii
        k0 = np.sqrt((u / a) ** 2 + (v / b) ** 2 + (w / c) ** 2)
        k1 = np.sqrt((u / (a * a)) ** 2 + (v / (b * b)) ** 2 + (w / (c * c)) ** 2) + 1e-9
        s = self._scale(u, v, w)
        distance: FloatArray = (k0 * (k0 - s) / k1).astype(np.float32)
        return distance


@dataclass(frozen=True)
class SuperellipticPrism(Shape):
    """Axial superellipse cross-section whose radii vary smoothly with z (body, vertebra).

    ``z_knots`` and the radius lists define piecewise-linear profiles; ``half_ant`` applies to
    the anterior half (y < center y), ``half_post`` to the posterior half, so the back can be
    flatter than the belly. ``z_range`` caps the prism with rounded ends.
    """

    center_xy: tuple[float, float]
    z_knots: tuple[float, ...]
    half_width: tuple[float, ...]
    half_ant: tuple[float, ...]
    half_post: tuple[float, ...]
    exponent: float = 2.0
    z_range: tuple[float, float] | None = None
    x_shift: tuple[float, ...] | None = None

    def bounds(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        zlo, zhi = self.z_range if self.z_range else (-1e4, 1e4)
        w = max(self.half_width)
        xs = max(abs(s) for s in self.x_shift) if self.x_shift else 0.0
        cx, cy = self.center_xy
        return (
            np.array([cx - w - xs, cy - max(self.half_ant), zlo]),
            np.array([cx + w + xs, cy + max(self.half_post), zhi]),
        )

    def sdf(self, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> FloatArray:
        zk = np.asarray(self.z_knots)
        zz = np.asarray(z, dtype=np.float64)
        a = np.interp(zz, zk, self.half_width)
        b_ant = np.interp(zz, zk, self.half_ant)
        b_post = np.interp(zz, zk, self.half_post)
        cx = self.center_xy[0] + (np.interp(zz, zk, self.x_shift) if self.x_shift else 0.0)
        dx = np.abs(x - cx)
        dy = y - self.center_xy[1]
        b = np.where(dy < 0, b_ant, b_post)
        n = self.exponent
        u = dx / a + 1e-9
        v = np.abs(dy) / b + 1e-9
        rho = (u**n + v**n) ** (1.0 / n)
        grad = rho ** (1.0 - n) * np.sqrt((u ** (n - 1) / a) ** 2 + (v ** (n - 1) / b) ** 2)
        d2 = (rho - 1.0) / grad
        if self.z_range is None:
            return d2.astype(np.float32)
        zc = 0.5 * (self.z_range[0] + self.z_range[1])
        hz = 0.5 * (self.z_range[1] - self.z_range[0])
        dzz = np.abs(zz - zc) - hz
        outside = np.sqrt(np.maximum(d2, 0.0) ** 2 + np.maximum(dzz, 0.0) ** 2)
        distance: FloatArray = (outside + np.minimum(np.maximum(d2, dzz), 0.0)).astype(np.float32)
        return distance


class Tube(Shape):
    """A tube of varying radius swept along a smooth centreline (vessel, duct, bowel, rib).

    The surface is the union of round cones between consecutive centreline samples, so the
    distance is exact up to the cone approximation and evaluation only visits voxels near
    each segment.
    """

    def __init__(self, centerline: Centerline, margin: float = 4.0) -> None:
        self.line = centerline
        self.margin = margin

    def bounds(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        p, r = self.line.points, self.line.radii
        return (p - r[:, None]).min(axis=0), (p + r[:, None]).max(axis=0)

    def _segment_distance(self, i: int, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> np.ndarray:
        p0 = self.line.points[i]
        p1 = self.line.points[i + 1]
        d = p1 - p0
        ll = float(d @ d) + 1e-12
        px, py, pz = x - p0[0], y - p0[1], z - p0[2]
        t = np.clip((px * d[0] + py * d[1] + pz * d[2]) / ll, 0.0, 1.0)
        qx, qy, qz = px - t * d[0], py - t * d[1], pz - t * d[2]
        r = self.line.radii[i] + t * (self.line.radii[i + 1] - self.line.radii[i])
        distance: np.ndarray = np.sqrt(qx * qx + qy * qy + qz * qz) - r
        return distance

    def _segment_boxes(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        p, r = self.line.points, self.line.radii
        grow = (np.maximum(r[:-1], r[1:]) + self.margin)[:, None]
        return np.minimum(p[:-1], p[1:]) - grow, np.maximum(p[:-1], p[1:]) + grow

    def sdf(self, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> FloatArray:
        shape = np.broadcast_shapes(np.shape(x), np.shape(y), np.shape(z))
        out = np.full(shape, FAR, dtype=np.float32)
        lo_all, hi_all = self._segment_boxes()
        plo = np.array([np.min(x), np.min(y), np.min(z)])
        phi = np.array([np.max(x), np.max(y), np.max(z)])
        # Segments whose neighbourhood misses every query point cannot change the minimum
        # near the surface, which is the only place the distance has to be right.
        near = np.flatnonzero(np.all((lo_all <= phi) & (hi_all >= plo), axis=1))
        for i in near:
            np.minimum(out, self._segment_distance(int(i), x, y, z), out=out)
        return out

    def sdf_block(self, xs: np.ndarray, ys: np.ndarray, zs: np.ndarray) -> FloatArray:
        out = np.full((len(zs), len(ys), len(xs)), FAR, dtype=np.float32)
        lo_all, hi_all = self._segment_boxes()
        for i in range(len(lo_all)):
            lo, hi = lo_all[i], hi_all[i]
            ix = np.searchsorted(xs, [lo[0], hi[0]])
            iy = np.searchsorted(ys, [lo[1], hi[1]])
            iz = np.searchsorted(zs, [lo[2], hi[2]])
            if ix[0] >= ix[1] or iy[0] >= iy[1] or iz[0] >= iz[1]:
                continue
            sub = out[iz[0] : iz[1], iy[0] : iy[1], ix[0] : ix[1]]
            d = self._segment_distance(
                i,
                xs[None, None, ix[0] : ix[1]],
                ys[None, iy[0] : iy[1], None],
                zs[iz[0] : iz[1], None, None],
            )
            np.minimum(sub, d, out=sub)
        return out


@dataclass(frozen=True)
class SmoothUnion(Shape):
    """Union of shapes with seams rounded over ``k`` mm (organs built from several lobes)."""

    parts: tuple[Shape, ...]
    k: float = 0.0

    def bounds(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        b = [s.bounds() for s in self.parts]
        return np.min([x[0] for x in b], axis=0), np.max([x[1] for x in b], axis=0)

    def sdf(self, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> FloatArray:
        out = self.parts[0].sdf(x, y, z)
        for s in self.parts[1:]:
            out = smooth_min(out, s.sdf(x, y, z), self.k)
        return out

    def sdf_block(self, xs: np.ndarray, ys: np.ndarray, zs: np.ndarray) -> FloatArray:
        out = self.parts[0].sdf_block(xs, ys, zs)
        for s in self.parts[1:]:
            out = smooth_min(out, s.sdf_block(xs, ys, zs), self.k)
        return out


@dataclass(frozen=True)
class Intersection(Shape):
    """Points inside ``a`` and inside ``b`` (e.g. an organ clipped to the body cavity)."""

    a: Shape
    b: Shape

    def bounds(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        la, ha = self.a.bounds()
        lb, hb = self.b.bounds()
        return np.maximum(la, lb), np.minimum(ha, hb)

    def sdf(self, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> FloatArray:
        return np.maximum(self.a.sdf(x, y, z), self.b.sdf(x, y, z))

    def sdf_block(self, xs: np.ndarray, ys: np.ndarray, zs: np.ndarray) -> FloatArray:
        return np.maximum(self.a.sdf_block(xs, ys, zs), self.b.sdf_block(xs, ys, zs))


@dataclass(frozen=True)
class Difference(Shape):
    """Points inside ``a`` but not inside ``b`` (a kidney's hilum, a spleen's concave face)."""

    a: Shape
    b: Shape

    def bounds(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        return self.a.bounds()

    def sdf(self, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> FloatArray:
        return np.maximum(self.a.sdf(x, y, z), -self.b.sdf(x, y, z))

    def sdf_block(self, xs: np.ndarray, ys: np.ndarray, zs: np.ndarray) -> FloatArray:
        return np.maximum(self.a.sdf_block(xs, ys, zs), -self.b.sdf_block(xs, ys, zs))


@dataclass(frozen=True)
class Offset(Shape):
    """The shape grown (positive ``mm``) or shrunk (negative) by a margin (walls, cortex)."""

    shape: Shape
    mm: float

    def bounds(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        lo, hi = self.shape.bounds()
        return lo - max(self.mm, 0.0), hi + max(self.mm, 0.0)

    def sdf(self, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> FloatArray:
        return self.shape.sdf(x, y, z) - np.float32(self.mm)

    def sdf_block(self, xs: np.ndarray, ys: np.ndarray, zs: np.ndarray) -> FloatArray:
        return self.shape.sdf_block(xs, ys, zs) - np.float32(self.mm)


@dataclass(frozen=True)
class HalfSpace(Shape):
    """Points with ``dot(p - point, normal) > 0`` are outside (fluid levels, cut planes)."""

    point: tuple[float, float, float]
    normal: tuple[float, float, float]

    def bounds(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        return np.full(3, -1e4), np.full(3, 1e4)

    def sdf(self, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> FloatArray:
        n = np.asarray(self.normal, dtype=np.float64)
        n = n / np.linalg.norm(n)
        p = self.point
        distance: FloatArray = ((x - p[0]) * n[0] + (y - p[1]) * n[1] + (z - p[2]) * n[2]).astype(
            np.float32
        )
        return distance


class TearDrop(Shape):
    """A vessel drawn out into a point over part of its length: the tear-drop deformity.

    A tumour tethering a vein pulls its wall towards itself; on axial images the vein's round
    outline becomes a tear-drop whose tip points at the tumour. In each axial plane within
    ``z_range`` the cross-section is the vessel's circle joined to a small circle at the tip
    by the two lines tangent to both (Quilez's "uneven capsule", an exact 2-D distance); the
    tip's distance from the vessel's axis rises smoothly from the vessel's radius at the ends
    of ``z_range`` to ``tip_distance`` at its middle, so the vein narrows back to round above
    and below. Outside ``z_range`` the shape is the plain tube.

    Parameters
    ----------
    vessel
        The vessel's tube; its centreline must rise monotonically in z through ``z_range``
        (the cross-sections are axial, which is exact enough for a vein within ~10 degrees of
        the body axis: a 6 degree tilt stretches a 5.5 mm circle by 0.03 mm).
    direction
        ``(x, y)`` direction in the axial plane from the axis to the tip (normalised here).
    z_range
        Inferior and superior end (mm) of the deformed stretch.
    tip_distance
        Distance (mm) of the tip's centre from the axis at the middle of ``z_range``.
    tip_radius
        Radius (mm) of the rounded tip.
    """

    def __init__(
        self,
        vessel: Tube,
        direction: tuple[float, float],
        z_range: tuple[float, float],
        tip_distance: float,
        tip_radius: float = 0.8,
    ) -> None:
        points = vessel.line.points
        if np.any(np.diff(points[:, 2]) <= 0):
            raise ValueError("A tear-drop needs a vessel whose centreline rises in z.")
        d = np.asarray(direction, dtype=np.float64)
        self.vessel = vessel
        self.direction = d / np.linalg.norm(d)
        self.z_range = (float(z_range[0]), float(z_range[1]))
        self.tip_distance = float(tip_distance)
        self.tip_radius = float(tip_radius)

    def bounds(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        lo, hi = self.vessel.bounds()
        z0, z1 = self.z_range
        line = self.vessel.line
        zs = np.clip(line.points[:, 2], z0, z1)
        tips = (
            np.stack(
                [
                    np.interp(zs, line.points[:, 2], line.points[:, 0]),
                    np.interp(zs, line.points[:, 2], line.points[:, 1]),
                ],
                axis=1,
            )
            + (self.tip_distance + self.tip_radius) * self.direction
        )
        return (
            np.minimum(lo, np.array([*tips.min(axis=0), lo[2]])),
            np.maximum(hi, np.array([*tips.max(axis=0), hi[2]])),
        )

    def tip_length(self, z: np.ndarray) -> np.ndarray:
        """Distance (mm) of the tip's centre from the axis at heights ``z`` (0 outside)."""
        z0, z1 = self.z_range
        t = np.clip((np.asarray(z, dtype=np.float64) - z0) / (z1 - z0), 0.0, 1.0)
        # sin^2 rises with zero slope at both ends, so the vein's wall has no crease there.
        bump = np.sin(np.pi * t) ** 2
        line = self.vessel.line
        radius = np.interp(z, line.points[:, 2], line.radii)
        length: np.ndarray = radius + bump * (self.tip_distance - radius)
        return length

    def _wedge(self, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> np.ndarray:
        line = self.vessel.line
        zz = np.asarray(z, dtype=np.float64)
        cx = np.interp(zz, line.points[:, 2], line.points[:, 0])
        cy = np.interp(zz, line.points[:, 2], line.points[:, 1])
        r1 = np.interp(zz, line.points[:, 2], line.radii)
        r2 = self.tip_radius
        h = self.tip_length(zz)
        px, py = x - cx, y - cy
        along = px * self.direction[0] + py * self.direction[1]
        across = np.abs(py * self.direction[0] - px * self.direction[1])
        # The uneven capsule needs the tip circle to stick out of the big one.
        h_ok = np.maximum(h, r1 - r2 + 1e-3)
        b = (r1 - r2) / h_ok
        a = np.sqrt(1.0 - b * b)
        k = across * -b + along * a
        circle = np.hypot(across, along) - r1
        tip = np.hypot(across, along - h_ok) - r2
        side = across * a + along * b - r1
        d = np.where(k < 0.0, circle, np.where(k > a * h_ok, tip, side))
        d = np.where(h > r1 - r2 + 1e-3, d, circle)
        z0, z1 = self.z_range
        return np.where((zz >= z0) & (zz <= z1), d, FAR)

    def sdf(self, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> FloatArray:
        wedge = self._wedge(x, y, z).astype(np.float32)
        distance: FloatArray = np.minimum(self.vessel.sdf(x, y, z), wedge)
        return distance

    def sdf_block(self, xs: np.ndarray, ys: np.ndarray, zs: np.ndarray) -> FloatArray:
        out = self.vessel.sdf_block(xs, ys, zs)
        k0, k1 = np.searchsorted(zs, self.z_range)
        if k0 < k1:
            sub = out[k0:k1]
            wedge = self._wedge(xs[None, None, :], ys[None, :, None], zs[k0:k1, None, None])
            np.minimum(sub, wedge.astype(np.float32), out=sub)
        return out


class Centerline:
    """A smooth 3-D curve through control points, resampled at a fixed arc-length step.

    Uses a centripetal Catmull-Rom spline, which passes through every control point without
    cusps or overshoot loops; radii are interpolated linearly in arc length between the
    control points.

    Parameters
    ----------
    points
        Control points ``(N, 3)`` in mm, N >= 2.
    radii
        One radius per control point, or a single radius.
    step
        Arc-length spacing of the resampled curve in mm.
    """

    def __init__(
        self,
        points: Sequence[Sequence[float]],
        radii: float | Sequence[float],
        step: float = 1.5,
    ) -> None:
        ctrl = np.asarray(points, dtype=np.float64)
        rad = np.broadcast_to(np.asarray(radii, dtype=np.float64), (len(ctrl),))
        dense, knot_index = _catmull_rom(ctrl, 24)
        seg = np.linalg.norm(np.diff(dense, axis=0), axis=1)
        s = np.concatenate([[0.0], np.cumsum(seg)])
        total = float(s[-1])
        n = max(2, int(np.ceil(total / step)) + 1)
        su = np.linspace(0.0, total, n)
        self.points = np.stack([np.interp(su, s, dense[:, k]) for k in range(3)], axis=1)
        self.radii = np.interp(su, s[knot_index], rad)
        self.arclength = su
        tang = np.gradient(self.points, axis=0)
        self.tangents = tang / np.linalg.norm(tang, axis=1, keepdims=True)

    @property
    def length(self) -> float:
        """Total arc length in mm."""
        return float(self.arclength[-1])

    def point_at(self, fraction: float) -> NDArray[np.float64]:
        """Point at a fraction (0..1) of the arc length."""
        s = fraction * self.length
        return np.array([np.interp(s, self.arclength, self.points[:, k]) for k in range(3)])


def _catmull_rom(
    ctrl: NDArray[np.float64], per_segment: int
) -> tuple[NDArray[np.float64], NDArray[np.int64]]:
    """Dense centripetal Catmull-Rom samples and the indices where control points land."""
    if len(ctrl) == 2:
        t = np.linspace(0.0, 1.0, per_segment + 1)[:, None]
        return ctrl[0] + t * (ctrl[1] - ctrl[0]), np.array([0, per_segment])
    ext = np.vstack([2 * ctrl[0] - ctrl[1], ctrl, 2 * ctrl[-1] - ctrl[-2]])
    out = []
    for i in range(1, len(ext) - 2):
        p0, p1, p2, p3 = ext[i - 1], ext[i], ext[i + 1], ext[i + 2]
        t0 = 0.0
        t1 = t0 + np.linalg.norm(p1 - p0) ** 0.5 + 1e-9
        t2 = t1 + np.linalg.norm(p2 - p1) ** 0.5 + 1e-9
        t3 = t2 + np.linalg.norm(p3 - p2) ** 0.5 + 1e-9
        last = i == len(ext) - 3
        t = np.linspace(t1, t2, per_segment + 1 if last else per_segment, endpoint=last)[:, None]
        a1 = (t1 - t) / (t1 - t0) * p0 + (t - t0) / (t1 - t0) * p1
        a2 = (t2 - t) / (t2 - t1) * p1 + (t - t1) / (t2 - t1) * p2
        a3 = (t3 - t) / (t3 - t2) * p2 + (t - t2) / (t3 - t2) * p3
        b1 = (t2 - t) / (t2 - t0) * a1 + (t - t0) / (t2 - t0) * a2
        b2 = (t3 - t) / (t3 - t1) * a2 + (t - t1) / (t3 - t1) * a3
        out.append((t2 - t) / (t2 - t1) * b1 + (t - t1) / (t2 - t1) * b2)
    dense = np.vstack(out)
    idx = np.arange(len(ctrl)) * per_segment
    return dense, idx
