"""A bendable resection surface: a base plane bent through control points the surgeon drags.

The surface is the base :class:`~casereview.analysis.liver_resection.ResectionPlane` displaced
along its normal by a height field ``h(u, v)`` over the plane's own orthonormal coordinates
``(u, v)``. ``h`` is the thin-plate spline (with its affine part) through the control points'
signed offsets from the plane, so the surface passes exactly through every control point, is
as smooth as a thin metal sheet bent through them (the spline minimises the bending energy),
and stays flat where nothing pulls it. Three control points on the plane give the plane
itself; moving one of only three tilts it (the affine part); a fourth point bends it.

Being a height field, the surface has exactly one point above every ``(u, v)``, so which side
a point lies on is exact and cheap: ``side(x) = n·(x − p) − h(u, v)``, positive on the resected
side (where the plane's normal points). A surface whose control points all lie on the plane is
that plane: every result is then the plane's own, bit for bit.

Positions are ``(z, y, x)`` millimetres in the volume's array frame (index × spacing), as in the
rest of :mod:`casereview.analysis`.

Speed, while the surface is dragged (``benchmarks/bench_liver.py``): the spline is evaluated
on a raster over the plane, and proven bounds of its bilinear interpolation error
(:meth:`ResectionSurface.height_bounds`) bound the surface over every raster cell, so that only
the voxels nearer the surface than that are evaluated exactly
(:meth:`ResectionGeometry.by_surface
<casereview.analysis.liver_resection.ResectionGeometry.by_surface>` keeps the liver's voxels
sorted by raster cell and height for this; :meth:`ResectionSurface.resected` does it for any
points); the tumour's margin samples the surface coarsely, then finely only where the nearest
surface point can lie.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy.spatial import cKDTree
from skimage.measure import find_contours

from casereview.analysis.liver_resection import ResectionPlane
from casereview.errors import ValidationError
from casereview.messages import Message

Point = tuple[float, float, float]
FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

#: Most control points a surface takes (each adds one spline term to every voxel's height).
MAX_CONTROL_POINTS = 32
#: Closest two control points may come across the surface (mm): nearer, the spline must bend
#: without limit to pass through both at different heights.
MIN_SEPARATION_MM = 1.0
#: Offsets from the base plane smaller than this (mm) are rounding, not bending.
_ON_PLANE_MM = 1e-6
#: Raster nodes used to interpolate the height field for the side test (cost vs band width).
_RASTER_NODES = 40_000
#: Most vertices of one mesh or samples of one slice: the step grows beyond that.
_MAX_MESH_NODES = 512 * 512
#: Coarse samples for the first pass of the margin search.
_COARSE_SAMPLES = 20_000
#: Added to every proven bound to absorb floating-point rounding (mm).
_SLACK_MM = 1e-6


def _basis(normal: FloatArray) -> FloatArray:
    """Rows ``e1, e2, n``: a right-handed orthonormal frame with ``n`` the plane's normal."""
    axis = np.zeros(3)
    axis[int(np.argmin(np.abs(normal)))] = 1.0
    e1 = axis - float(axis @ normal) * normal
    e1 /= float(np.linalg.norm(e1))
    e2 = np.cross(normal, e1)
    return np.stack([e1, e2, normal])


def _kernel(r2: FloatArray) -> FloatArray:
    """The thin-plate kernel ``r² log r`` from squared distances (0 at ``r = 0``)."""
    return np.asarray(0.5 * r2 * np.log(np.maximum(r2, 1e-300)), dtype=np.float64)


def _as_point(value: ArrayLike) -> Point:
    point = np.asarray(value, dtype=float)
    if point.shape != (3,) or not np.isfinite(point).all():
        raise ValidationError(
            Message(
                "A control point of the resection surface needs three finite coordinates; "
                "place it again on the images."
            )
        )
    return (float(point[0]), float(point[1]), float(point[2]))


@dataclass(frozen=True)
class ResectionSurface:
    """A resection surface: a base plane bent through control points.

    Parameters
    ----------
    plane
        The base plane; its normal points into the resected part.
    control_points_mm
        Points ``(z, y, x)`` mm the surface passes through (at most
        :data:`MAX_CONTROL_POINTS`, at least :data:`MIN_SEPARATION_MM` apart across the plane).

    Raises
    ------
    ValidationError
        If a control point is not three finite numbers, two of them lie on top of each other
        seen along the plane's normal, or there are too many.
    """

    plane: ResectionPlane
    control_points_mm: tuple[Point, ...] = ()
    _frame: FloatArray = field(init=False, repr=False, compare=False)
    _nodes: FloatArray = field(init=False, repr=False, compare=False)
    _weights: FloatArray = field(init=False, repr=False, compare=False)
    _affine: FloatArray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        points = tuple(_as_point(p) for p in self.control_points_mm)
        if len(points) > MAX_CONTROL_POINTS:
            raise ValidationError(
                Message(
                    "A resection surface takes at most {count} control points; remove one "
                    "before adding another.",
                    count=MAX_CONTROL_POINTS,
                )
            )
        object.__setattr__(self, "control_points_mm", points)
        frame = _basis(np.asarray(self.plane.normal, dtype=float))
        object.__setattr__(self, "_frame", frame)
        uvw = (
            self._coordinates(np.asarray(points, dtype=float).reshape(-1, 3))
            if points
            else np.zeros((0, 3))
        )
        uv = uvw[:, :2]
        if len(uv) > 1:
            gaps = np.sqrt(((uv[:, None, :] - uv[None, :, :]) ** 2).sum(axis=-1))
            gaps[np.diag_indices(len(uv))] = np.inf
            if float(gaps.min()) < MIN_SEPARATION_MM:
                raise ValidationError(
                    Message(
                        "Two control points of the resection surface lie on top of each other "
                        "(less than {mm} mm apart across the surface); move one of them aside "
                        "or remove it.",
                        mm=MIN_SEPARATION_MM,
                    )
                )
        heights = uvw[:, 2].copy()
        heights[np.abs(heights) < _ON_PLANE_MM] = 0.0
        weights, affine = _fit(uv, heights)
        object.__setattr__(self, "_nodes", uv)
        object.__setattr__(self, "_weights", weights)
        object.__setattr__(self, "_affine", affine)

    # -- building ---------------------------------------------------------------------------

    @classmethod
    def flat(cls, plane: ResectionPlane) -> ResectionSurface:
        """The plane itself, with no control points."""
        return cls(plane)

    @classmethod
    def through(cls, a: ArrayLike, b: ArrayLike, c: ArrayLike) -> ResectionSurface:
        """The flat surface through three points, which become its control points.

        The resected side is where ``(b − a) × (c − a)`` points, as for
        :meth:`ResectionPlane.through`.

        Raises
        ------
        ValidationError
            If the points lie on one line or two of them coincide.
        """
        return cls(ResectionPlane.through(a, b, c), (_as_point(a), _as_point(b), _as_point(c)))

    def with_point(self, position: ArrayLike) -> ResectionSurface:
        """This surface with one more control point; the surface bends to pass through it."""
        return ResectionSurface(self.plane, (*self.control_points_mm, _as_point(position)))

    def moved(self, index: int, position: ArrayLike) -> ResectionSurface:
        """This surface with control point ``index`` moved to ``position``."""
        self._check_index(index)
        points = list(self.control_points_mm)
        points[index] = _as_point(position)
        return ResectionSurface(self.plane, tuple(points))

    def without(self, index: int) -> ResectionSurface:
        """This surface without control point ``index``."""
        self._check_index(index)
        points = self.control_points_mm
        return ResectionSurface(self.plane, points[:index] + points[index + 1 :])

    def _check_index(self, index: int) -> None:
        if not 0 <= index < len(self.control_points_mm):
            raise ValidationError(
                Message(
                    "The resection surface has no control point {number}; it has {count}.",
                    number=index + 1,
                    count=len(self.control_points_mm),
                )
            )

    # -- geometry ---------------------------------------------------------------------------

    @property
    def is_flat(self) -> bool:
        """Whether every control point lies on the base plane (the surface is the plane)."""
        return not self._weights.any() and not self._affine.any()

    @property
    def frame(self) -> FloatArray:
        """Rows ``e1, e2, n``: the plane's in-plane axes ``u``, ``v`` and its normal."""
        return self._frame.copy()

    def plane_coordinates(self, points_mm: ArrayLike) -> FloatArray:
        """``(u, v, w)`` of each point: its position along the plane's axes and its signed
        distance from the plane (mm), as an ``(N, 3)`` array."""
        return self._coordinates(np.asarray(points_mm, dtype=float).reshape(-1, 3))

    def _coordinates(self, points: FloatArray) -> FloatArray:
        # Element by element (not a BLAS product) so a point's coordinates do not depend on
        # which other points are computed with it: the fast side test and side() agree exactly.
        offset = [points[:, k] - self.plane.point_mm[k] for k in range(3)]
        f = self._frame
        return np.stack(
            [offset[0] * f[r, 0] + offset[1] * f[r, 1] + offset[2] * f[r, 2] for r in range(3)],
            axis=1,
        )

    def height_uv(self, u: ArrayLike, v: ArrayLike) -> FloatArray:
        """``h(u, v)`` (mm along the normal) at in-plane coordinates."""
        uu = np.asarray(u, dtype=float)
        vv = np.asarray(v, dtype=float)
        if self.is_flat:
            return np.zeros(np.broadcast(uu, vv).shape)
        a = self._affine
        total = a[0] + a[1] * uu + a[2] * vv
        for (nu, nv), weight in zip(self._nodes, self._weights, strict=True):
            if weight != 0.0:
                du = uu - nu
                dv = vv - nv
                total = total + weight * _kernel(du * du + dv * dv)
        return np.asarray(total, dtype=np.float64)

    def gradient_uv(self, u: ArrayLike, v: ArrayLike) -> tuple[FloatArray, FloatArray]:
        """``(∂h/∂u, ∂h/∂v)`` at in-plane coordinates (the surface's slope)."""
        uu = np.asarray(u, dtype=float)
        vv = np.asarray(v, dtype=float)
        gu = np.full(np.broadcast(uu, vv).shape, self._affine[1])
        gv = np.full(gu.shape, self._affine[2])
        for (nu, nv), weight in zip(self._nodes, self._weights, strict=True):
            if weight != 0.0:
                du = uu - nu
                dv = vv - nv
                r2 = du * du + dv * dv
                factor = weight * (np.log(np.maximum(r2, 1e-300)) + 1.0)  # 2 log r + 1
                factor = np.where(r2 > 0.0, factor, 0.0)
                gu = gu + factor * du
                gv = gv + factor * dv
        return gu, gv

    def height_at(self, points_mm: ArrayLike) -> FloatArray:
        """``h`` at each point's ``(u, v)``: how far the surface lies from the base plane there
        (mm along the normal)."""
        uvw = self.plane_coordinates(points_mm)
        return self.height_uv(uvw[:, 0], uvw[:, 1])

    def side(self, points_mm: ArrayLike) -> FloatArray:
        """``n·(x − p) − h(u, v)`` of each point (mm): positive on the resected side, zero on
        the surface. For a flat surface it is the plane's signed distance."""
        if self.is_flat:
            return self.plane.signed_distance(np.asarray(points_mm, dtype=float).reshape(-1, 3))
        uvw = self.plane_coordinates(points_mm)
        return np.asarray(uvw[:, 2] - self.height_uv(uvw[:, 0], uvw[:, 1]), dtype=np.float64)

    def point_at(self, u: ArrayLike, v: ArrayLike) -> FloatArray:
        """The surface's points ``(z, y, x)`` mm above in-plane coordinates, ``(N, 3)``."""
        uu = np.ravel(np.asarray(u, dtype=float))
        vv = np.ravel(np.asarray(v, dtype=float))
        h = self.height_uv(uu, vv)
        uvh = np.stack([uu, vv, h], axis=1)
        return np.asarray(uvh @ self._frame + np.asarray(self.plane.point_mm), dtype=np.float64)

    # -- fast queries for the planner ---------------------------------------------------------

    def resected(self, uvw: FloatArray) -> NDArray[np.bool_]:
        """Which points lie on the resected side (``side > 0``), from their plane coordinates.

        Exactly ``side(points) > 0`` (the same arithmetic decides every point near the
        surface), but fast for millions of points: the height field is evaluated on a raster
        over the points' ``(u, v)`` and interpolated bilinearly; only points whose distance
        from the interpolated surface is within the interpolation error bound of a raster cell
        are evaluated exactly. The bound is proven (see :meth:`_interpolation_bound`); cells
        holding a control point are evaluated exactly.

        For a flat surface it is ``w > 0``, the plane's side (to the last bit of rounding).

        Parameters
        ----------
        uvw
            ``(N, 3)`` plane coordinates from :meth:`plane_coordinates`.
        """
        uvw = np.asarray(uvw, dtype=float)
        if self.is_flat or len(uvw) == 0:
            return np.asarray(uvw[:, 2] > 0.0)
        u, v, w = uvw[:, 0], uvw[:, 1], uvw[:, 2]
        lo_u, hi_u = float(u.min()), float(u.max())
        lo_v, hi_v = float(v.min()), float(v.max())
        area = max(hi_u - lo_u, 1.0) * max(hi_v - lo_v, 1.0)
        step = max(0.5, math.sqrt(area / _RASTER_NODES))
        nu = int(math.floor((hi_u - lo_u) / step)) + 2
        nv = int(math.floor((hi_v - lo_v) / step)) + 2
        grid_u: FloatArray = lo_u + step * np.arange(nu, dtype=np.float64)
        grid_v: FloatArray = lo_v + step * np.arange(nv, dtype=np.float64)
        nodes = self.height_uv(grid_u[:, None], grid_v[None, :])
        bound = self._interpolation_bound(grid_u, grid_v, step) + _SLACK_MM
        fu = (u - lo_u) / step
        fv = (v - lo_v) / step
        iu = np.minimum(fu.astype(np.int64), nu - 2)
        iv = np.minimum(fv.astype(np.int64), nv - 2)
        fu -= iu
        fv -= iv
        flat_nodes = nodes.ravel()
        corner = iu * nv + iv
        h00 = flat_nodes[corner]
        h01 = flat_nodes[corner + 1]
        h10 = flat_nodes[corner + nv]
        h11 = flat_nodes[corner + nv + 1]
        estimate = h00 + fu * (h10 - h00) + fv * (h01 - h00) + fu * fv * (h00 - h10 - h01 + h11)
        gap = w - estimate
        del estimate, h00, h01, h10, h11
        near = np.abs(gap) <= bound.ravel()[iu * (nv - 1) + iv]
        out = gap > 0.0
        index = np.flatnonzero(near)
        if len(index):
            out[index] = (w[index] - self.height_uv(u[index], v[index])) > 0.0
        return np.asarray(out)

    def height_bounds(
        self, grid_u: FloatArray, grid_v: FloatArray
    ) -> tuple[FloatArray, FloatArray]:
        """Lower and upper bounds of ``h`` over each cell of a raster across the plane.

        ``h`` over a cell is its bilinear interpolation between the cell's corners (which lies
        between the corners' lowest and highest) plus at most the interpolation error bound
        (see :meth:`resected`); cells holding a control point get infinite bounds.

        Parameters
        ----------
        grid_u, grid_v
            The raster's node coordinates along ``u`` and ``v`` (mm), evenly spaced by the
            same step, increasing.

        Returns
        -------
        low, high
            Arrays ``(len(grid_u) - 1, len(grid_v) - 1)`` mm.
        """
        grid_u = np.asarray(grid_u, dtype=np.float64)
        grid_v = np.asarray(grid_v, dtype=np.float64)
        nodes = self.height_uv(grid_u[:, None], grid_v[None, :])
        step = max(float(grid_u[1] - grid_u[0]), float(grid_v[1] - grid_v[0]))
        bound = self._interpolation_bound(grid_u, grid_v, step)
        corners = np.stack([nodes[:-1, :-1], nodes[1:, :-1], nodes[:-1, 1:], nodes[1:, 1:]])
        low = corners.min(axis=0) - bound
        high = corners.max(axis=0) + bound
        return np.asarray(low, dtype=np.float64), np.asarray(high, dtype=np.float64)

    def _interpolation_bound(
        self, grid_u: FloatArray, grid_v: FloatArray, step: float
    ) -> FloatArray:
        """Per raster cell, a bound (mm) on the bilinear interpolation error of ``h``.

        The error on a cell of side ``Δ`` is at most ``Δ²/8 (max|h_uu| + max|h_vv|)``. Each
        maximum is bounded by the exact second derivative at the cell's centre (where the
        spline's terms cancel, so it is small for a gently bent surface) plus, per control
        point at distance ``r`` from the cell, how much its term can change within the cell:
        at most ``3.5 δ / r`` (``δ`` the half-diagonal; the third derivatives of
        ``r² log r`` are at most ``3.5 / r``), or, nearer, the term's largest size
        ``2 |log r| + 3`` plus its value at the centre. A cell holding a control point gets
        an infinite bound.
        """
        lo_u, hi_u = grid_u[:-1, None], grid_u[1:, None]
        lo_v, hi_v = grid_v[None, :-1], grid_v[None, 1:]
        mid_u, mid_v = (lo_u + hi_u) / 2.0, (lo_v + hi_v) / 2.0
        half_diagonal = step / math.sqrt(2.0)
        shape = (len(grid_u) - 1, len(grid_v) - 1)
        h_uu, h_vv = np.zeros(shape), np.zeros(shape)
        change_uu, change_vv = np.zeros(shape), np.zeros(shape)
        for (nu, nv), weight in zip(self._nodes, self._weights, strict=True):
            if weight == 0.0:
                continue
            du, dv = mid_u - nu, mid_v - nv
            r2 = np.maximum(du * du + dv * dv, 1e-300)
            log_r2 = np.log(r2)  # 2 log r
            term_uu = log_r2 + 1.0 + 2.0 * du * du / r2
            term_vv = log_r2 + 1.0 + 2.0 * dv * dv / r2
            h_uu += weight * term_uu
            h_vv += weight * term_vv
            du_near = np.maximum(np.maximum(lo_u - nu, nu - hi_u), 0.0)
            dv_near = np.maximum(np.maximum(lo_v - nv, nv - hi_v), 0.0)
            du_far = np.maximum(np.abs(lo_u - nu), np.abs(hi_u - nu))
            dv_far = np.maximum(np.abs(lo_v - nv), np.abs(hi_v - nv))
            near = np.sqrt(du_near**2 + dv_near**2)
            far = np.sqrt(du_far**2 + dv_far**2)
            with np.errstate(divide="ignore"):
                largest = 2.0 * np.maximum(np.abs(np.log(near)), np.abs(np.log(far))) + 3.0
                smooth = 3.5 * half_diagonal / near
            size = abs(float(weight))
            change_uu += size * np.minimum(smooth, largest + np.abs(term_uu))
            change_vv += size * np.minimum(smooth, largest + np.abs(term_vv))
        most = np.abs(h_uu) + change_uu + np.abs(h_vv) + change_vv
        return np.asarray(step * step / 8.0 * most, dtype=np.float64)

    def distance_from(self, points_mm: ArrayLike, step_mm: float) -> float:
        """The smallest Euclidean distance (mm) from any of the points to the surface.

        The result is the distance to a sample of the surface, so never below the true
        distance, and exceeds it by at most ``step_mm / √2 · √(1 + slope²)`` (the surface's
        slope near the nearest point; 0.25 mm for a 0.35 mm step and a 45° slope). The
        surface is sampled coarsely over the region its nearest point can lie in (within the
        points' smallest distance along the normal), then at ``step_mm`` only around the
        coarse samples that can be nearest to a point that can be nearest. That pruning takes
        the steepest slope found at the coarse samples, times 1.5 for the slope between them,
        as the surface's; the distance along the normal, exact, caps the result in any case.

        Parameters
        ----------
        points_mm
            ``(N, 3)`` positions ``(z, y, x)`` mm, e.g. the tumour's voxel centres.
        step_mm
            Spacing of the fine samples (half the smallest voxel spacing keeps the error well
            under a voxel).
        """
        uvw = self.plane_coordinates(points_mm)
        if len(uvw) == 0:
            raise ValidationError(Message("There is no tumour to measure a margin from."))
        if self.is_flat:
            return float(np.abs(uvw[:, 2]).min())
        # Along the normal the surface is |w - h| away: the distance cannot be more.
        gap = np.abs(uvw[:, 2] - self.height_uv(uvw[:, 0], uvw[:, 1]))
        vertical = float(gap.min())
        reach = vertical + step_mm
        lo = uvw[:, :2].min(axis=0) - reach
        hi = uvw[:, :2].max(axis=0) + reach
        area = float(np.prod(hi - lo))
        ratio = max(4, math.ceil(math.sqrt(area / _COARSE_SAMPLES) / step_mm))
        coarse = ratio * step_mm
        cu = np.arange(lo[0], hi[0] + coarse, coarse)
        cv = np.arange(lo[1], hi[1] + coarse, coarse)
        gu, gv = (g.ravel() for g in np.meshgrid(cu, cv, indexing="ij"))
        samples = np.stack([gu, gv, self.height_uv(gu, gv)], axis=1)
        slope_u, slope_v = self.gradient_uv(gu, gv)
        # The slope between samples can exceed the samples' own: a safety factor, then the
        # error of the nearest coarse sample against the true nearest surface point.
        slope = 1.5 * float(np.sqrt(slope_u**2 + slope_v**2).max()) + 0.1
        error = coarse / math.sqrt(2.0) * math.sqrt(1.0 + slope * slope)
        # Where the slope is at most s, a point |w - h| above the surface is at least
        # |w - h| / √(1 + s²) from it: points farther down cannot be nearest.
        reachable = uvw[gap <= vertical * math.sqrt(1.0 + slope * slope) + error]
        first = np.asarray(
            cKDTree(samples).query(reachable, distance_upper_bound=vertical + error)[0],
            dtype=np.float64,
        )
        best = float(first.min())
        if not math.isfinite(best):
            return vertical
        candidates = reachable[first <= best + error]
        # A coarse sample near the true nearest point lies within best + 2 error of a candidate.
        near = np.asarray(
            cKDTree(candidates).query(samples, distance_upper_bound=best + 2.0 * error)[0]
        )
        kept = samples[np.isfinite(near)]
        offsets = np.arange(-ratio // 2 - 1, ratio // 2 + 2) * step_mm
        ou, ov = (g.ravel() for g in np.meshgrid(offsets, offsets, indexing="ij"))
        fine_u = (kept[:, 0, None] + ou[None, :]).ravel()
        fine_v = (kept[:, 1, None] + ov[None, :]).ravel()
        lattice = np.unique(
            np.round(np.stack([(fine_u - lo[0]) / step_mm, (fine_v - lo[1]) / step_mm], axis=1)),
            axis=0,
        )
        fu = lo[0] + lattice[:, 0] * step_mm
        fv = lo[1] + lattice[:, 1] * step_mm
        fine = np.stack([fu, fv, self.height_uv(fu, fv)], axis=1)
        distance = np.asarray(cKDTree(fine).query(candidates)[0], dtype=np.float64)
        return min(float(distance.min()), vertical)


def _fit(uv: FloatArray, heights: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Thin-plate spline weights and affine coefficients ``(a0, au, av)`` through the heights.

    The affine part uses only the directions the control points span: one point gives a
    constant height, points on one line a height that varies along it only; three or more
    points not on one line the full plane. No point off the plane gives ``h = 0`` exactly.
    """
    count = len(uv)
    if count == 0 or not heights.any():
        return np.zeros(count), np.zeros(3)
    centre = uv.mean(axis=0)
    spread = uv - centre
    _, singular, directions = np.linalg.svd(spread, full_matrices=False)
    spanned = directions[singular > 1e-6 * max(float(singular.max(initial=0.0)), 1.0)]
    poly = np.hstack([np.ones((count, 1)), spread @ spanned.T])
    diff = uv[:, None, :] - uv[None, :, :]
    kernel = _kernel((diff**2).sum(axis=-1))
    terms = poly.shape[1]
    system = np.zeros((count + terms, count + terms))
    system[:count, :count] = kernel
    system[:count, count:] = poly
    system[count:, :count] = poly.T
    rhs = np.concatenate([heights, np.zeros(terms)])
    solution = np.linalg.solve(system, rhs)
    weights = solution[:count]
    slope = spanned.T @ solution[count + 1 :] if len(spanned) else np.zeros(2)
    affine = np.array([solution[count] - float(slope @ centre), slope[0], slope[1]])
    return weights, affine


def surface_mesh(
    surface: ResectionSurface, lo_mm: ArrayLike, hi_mm: ArrayLike, step_mm: float
) -> tuple[FloatArray, IntArray]:
    """A triangle mesh of the surface over the box ``[lo_mm, hi_mm]`` (array frame, mm).

    The mesh covers the part of the plane whose surface points can fall in the box (the
    box's shadow on the plane, less the grid cells wholly outside the box); the 3-D view
    clips it to the liver.

    Parameters
    ----------
    surface
        The surface.
    lo_mm, hi_mm
        Opposite corners ``(z, y, x)`` mm of the box, e.g. the liver's bounding box.
    step_mm
        Edge of the mesh's grid across the plane; it grows when the grid would exceed
        512 × 512 vertices, which keeps the mesh quick to draw while dragging.

    Returns
    -------
    vertices, triangles
        ``(M, 3)`` positions ``(z, y, x)`` mm and ``(T, 3)`` vertex indices, counter-clockwise
        seen from the resected side.

    Raises
    ------
    ValidationError
        If a corner of the box is not three finite numbers or the step is not positive.
    """
    lo, hi = _box(lo_mm, hi_mm)
    if not (math.isfinite(step_mm) and step_mm > 0.0):
        raise ValidationError(Message("The mesh step of the resection surface must be positive."))
    corners = np.array(
        [[a, b, c] for a in (lo[0], hi[0]) for b in (lo[1], hi[1]) for c in (lo[2], hi[2])]
    )
    uv = surface.plane_coordinates(corners)[:, :2]
    first, last = uv.min(axis=0), uv.max(axis=0)
    step, nu, nv = _lattice(last - first, step_mm)
    gu, gv = np.meshgrid(
        first[0] + step * np.arange(nu), first[1] + step * np.arange(nv), indexing="ij"
    )
    vertices = surface.point_at(gu, gv)
    a = (np.arange(nu - 1)[:, None] * nv + np.arange(nv - 1)[None, :]).ravel()
    quads = np.stack([a, a + nv, a + nv + 1, a + 1], axis=1)
    corners_of = vertices[quads]
    # Keep the cells whose bounding box meets the box: none that crosses it is lost.
    keep = (corners_of.max(axis=1) >= lo).all(axis=1) & (corners_of.min(axis=1) <= hi).all(axis=1)
    quads = quads[keep]
    # (e1, e2, n) is right-handed, so u → u+1 → v+1 turns counter-clockwise seen from +n.
    triangles = np.concatenate([quads[:, [0, 1, 2]], quads[:, [0, 2, 3]]])
    used = np.unique(triangles)
    remap = np.full(nu * nv, -1, dtype=np.int64)
    remap[used] = np.arange(len(used))
    return vertices[used], remap[triangles].astype(np.int64)


def surface_slice_lines(
    surface: ResectionSurface, z_mm: float, lo_mm: ArrayLike, hi_mm: ArrayLike, step_mm: float
) -> list[FloatArray]:
    """Where the surface cuts the slice ``z = z_mm``, as polylines ``(y, x)`` mm.

    The surface's side function is sampled on the slice over the box's ``(y, x)`` extent at
    ``step_mm`` and its zero line traced by marching squares (linear between samples): at a
    1 mm step the line lies within hundredths of a millimetre of the surface.

    Parameters
    ----------
    surface
        The surface.
    z_mm
        The slice's position (mm along the array's first axis).
    lo_mm, hi_mm
        Opposite corners ``(z, y, x)`` mm of the box to draw in (the volume or the liver).
    step_mm
        Sampling step on the slice; it grows when the slice would exceed 512 × 512 samples.

    Returns
    -------
    list of ndarray
        Polylines ``(K, 2)`` of ``(y, x)`` mm; several when the surface leaves and re-enters
        the box, none when it misses the slice.

    Raises
    ------
    ValidationError
        If a corner of the box is not three finite numbers or the step is not positive.
    """
    lo, hi = _box(lo_mm, hi_mm)
    if not (math.isfinite(step_mm) and step_mm > 0.0):
        raise ValidationError(Message("The mesh step of the resection surface must be positive."))
    step, ny, nx = _lattice(hi[1:] - lo[1:], step_mm)
    gy, gx = np.meshgrid(lo[1] + step * np.arange(ny), lo[2] + step * np.arange(nx), indexing="ij")
    points = np.stack([np.full(gy.size, float(z_mm)), gy.ravel(), gx.ravel()], axis=1)
    values = surface.side(points).reshape(ny, nx)
    lines = find_contours(values, 0.0)
    return [np.asarray(np.asarray(line) * step + lo[1:], dtype=np.float64) for line in lines]


def _lattice(extent: FloatArray, step_mm: float) -> tuple[float, int, int]:
    """Step and node counts of a grid over ``extent`` (mm), at most :data:`_MAX_MESH_NODES`."""
    width, height = (max(float(e), 0.0) for e in extent)
    step = max(step_mm, math.sqrt(width * height / _MAX_MESH_NODES))

    def counts(step: float) -> tuple[int, int]:
        return int(math.ceil(width / step)) + 1, int(math.ceil(height / step)) + 1

    first, second = counts(step)
    while first * second > _MAX_MESH_NODES:
        step *= 1.01
        first, second = counts(step)
    return step, first, second


def _box(lo_mm: ArrayLike, hi_mm: ArrayLike) -> tuple[FloatArray, FloatArray]:
    lo = np.asarray(lo_mm, dtype=float).reshape(-1)
    hi = np.asarray(hi_mm, dtype=float).reshape(-1)
    if (
        lo.shape != (3,)
        or hi.shape != (3,)
        or not (np.isfinite(lo).all() and np.isfinite(hi).all())
    ):
        raise ValidationError(
            Message("The box to draw the resection surface in needs two corners of three numbers.")
        )
    return np.minimum(lo, hi), np.maximum(lo, hi)
