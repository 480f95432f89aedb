"""Virtual liver resection on label masks: volumes on each side of a plane, of a bent resection
surface (:mod:`casereview.analysis.resection_surface`) or of chosen segments, and the tumour's
smallest margin to the resection surface.

Positions are ``(z, y, x)`` millimetres in the volume's array frame (index × spacing), as in
the rest of :mod:`casereview.analysis`. A :class:`ResectionGeometry` keeps the coordinates of
the liver's and the tumours' voxels once, so that moving the resection plane only takes a dot
product per voxel: the planner recomputes volumes and margin while the surgeon drags the plane
(``benchmarks/bench_liver.py`` times it on a 512×512×300 case).

Volumes count voxel centres (each voxel's whole volume on the side its centre lies); the margin
is measured between voxel centres and the plane or surface, so both are exact to within one
voxel.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from numpy.typing import ArrayLike, NDArray

from casereview.errors import ValidationError
from casereview.messages import Message

Spacing = tuple[float, float, float]
FloatArray = NDArray[np.float64]


def voxel_volume_ml(spacing: Spacing) -> float:
    """Volume of one voxel (mL) of ``spacing`` (mm)."""
    sz, sy, sx = (float(s) for s in spacing)
    if min(sz, sy, sx) <= 0.0 or not np.isfinite([sz, sy, sx]).all():
        raise ValidationError(
            Message("The voxel spacing must be positive in every direction to measure volumes.")
        )
    return sz * sy * sx / 1000.0


def volume_ml(mask: NDArray[np.bool_], spacing: Spacing) -> float:
    """Volume (mL) of a mask."""
    return float(np.count_nonzero(mask)) * voxel_volume_ml(spacing)


@dataclass(frozen=True)
class ResectionPlane:
    """A flat resection surface: a point on it and the normal pointing into the resected part.

    Raises
    ------
    ValidationError
        If the normal has no length or a coordinate is not finite.
    """

    point_mm: tuple[float, float, float]
    normal: tuple[float, float, float]

    def __post_init__(self) -> None:
        point = np.asarray(self.point_mm, dtype=float)
        normal = np.asarray(self.normal, dtype=float)
        length = float(np.linalg.norm(normal)) if np.isfinite(normal).all() else 0.0
        if point.shape != (3,) or not np.isfinite(point).all() or length < 1e-9:
            raise ValidationError(
                Message("A resection plane needs a point and a direction (three numbers each).")
            )
        unit = normal / length
        object.__setattr__(self, "point_mm", (float(point[0]), float(point[1]), float(point[2])))
        object.__setattr__(self, "normal", (float(unit[0]), float(unit[1]), float(unit[2])))

    @classmethod
    def through(cls, a: ArrayLike, b: ArrayLike, c: ArrayLike) -> ResectionPlane:
        """The plane through three points; the resected side is where (b − a) × (c − a) points.

        Raises
        ------
        ValidationError
            If the points lie on one line.
        """
        p, q, r = (np.asarray(v, dtype=float) for v in (a, b, c))
        normal = np.cross(q - p, r - p)
        if float(np.linalg.norm(normal)) < 1e-6:
            raise ValidationError(
                Message("The three points of a resection plane must not lie on one line.")
            )
        return cls(
            (float(p[0]), float(p[1]), float(p[2])),
            (float(normal[0]), float(normal[1]), float(normal[2])),
        )

    def signed_distance(self, points_mm: FloatArray) -> FloatArray:
        """Distance (mm) of each point from the plane, positive on the resected side."""
        offset = np.asarray(points_mm, dtype=float) - np.asarray(self.point_mm)
        return np.asarray(offset @ np.asarray(self.normal), dtype=np.float64)


@dataclass(frozen=True)
class ResectionVolumes:
    """Volumes (mL) of one resection and the tumour's margin.

    Attributes
    ----------
    total_ml, tumour_ml
        The whole liver (tumours included) and all tumours.
    resected_ml, remnant_tumour_ml
        What the resection removes (tumour included) and the tumour it leaves behind.
    margin_mm
        The tumour's smallest distance to the resection surface when the resection removes all
        of it; ``None`` when tumour is left in the remnant (the surface crosses a tumour, or a
        tumour lies wholly in the remnant), or when there is no tumour.
    """

    total_ml: float
    tumour_ml: float
    resected_ml: float
    remnant_tumour_ml: float
    margin_mm: float | None

    @property
    def remnant_ml(self) -> float:
        """What the resection leaves, tumour included."""
        return self.total_ml - self.resected_ml


class CuttingSurface(Protocol):
    """What :meth:`ResectionGeometry.by_surface` needs of a resection surface.

    :class:`casereview.analysis.resection_surface.ResectionSurface` is the one in use; this
    protocol keeps this module free of an import of it (that module builds on this one).
    """

    @property
    def plane(self) -> ResectionPlane:
        """The base plane."""
        ...

    @property
    def is_flat(self) -> bool:
        """Whether the surface is its base plane."""
        ...

    def plane_coordinates(self, points_mm: ArrayLike) -> FloatArray:
        """``(u, v, w)`` of each point in the base plane's frame, ``(N, 3)``: its position
        along the plane's two axes and its signed distance from the plane."""
        ...

    def height_bounds(
        self, grid_u: FloatArray, grid_v: FloatArray
    ) -> tuple[FloatArray, FloatArray]:
        """Proven lower and upper bounds of the surface's height over each cell of a raster
        over the plane (nodes ``grid_u`` × ``grid_v``), shape ``(len(grid_u) - 1,
        len(grid_v) - 1)``."""
        ...

    def side(self, points_mm: ArrayLike) -> FloatArray:
        """Signed side value of each point, positive on the resected side."""
        ...

    def distance_from(self, points_mm: ArrayLike, step_mm: float) -> float:
        """Smallest Euclidean distance from the points to the surface."""
        ...


def _centres(mask: NDArray[np.bool_], spacing: Spacing) -> FloatArray:
    indices = np.argwhere(mask)
    return indices.astype(np.float64) * np.asarray(spacing, dtype=np.float64)


class ResectionGeometry:
    """The liver and tumours of one case, ready for resections to be tried on them.

    Parameters
    ----------
    liver
        The liver's mask, tumours included (a tumour outside it is added to it).
    tumours
        The tumours' mask (empty when there is none).
    spacing
        Voxel spacing ``(z, y, x)`` mm.

    Raises
    ------
    ValidationError
        If the masks differ in shape or the liver is empty.
    """

    def __init__(
        self, liver: NDArray[np.bool_], tumours: NDArray[np.bool_], spacing: Spacing
    ) -> None:
        liver, tumours = np.asarray(liver, dtype=bool), np.asarray(tumours, dtype=bool)
        if liver.shape != tumours.shape or liver.ndim != 3:
            raise ValidationError(
                Message("The liver and tumour segments must lie on the same voxel grid.")
            )
        whole = liver | tumours
        if not whole.any():
            raise ValidationError(Message("The liver has no volume: segment the liver first."))
        self.shape: tuple[int, int, int] = (whole.shape[0], whole.shape[1], whole.shape[2])
        self.spacing = (float(spacing[0]), float(spacing[1]), float(spacing[2]))
        self.voxel_ml = voxel_volume_ml(self.spacing)
        self._liver = _centres(whole, self.spacing)
        self._tumour = _centres(tumours, self.spacing)
        # The liver's voxels indexed over the last base plane a surface was bent from:
        # dragging control points keeps the base plane, so only the height field changes.
        self._plane_index: _PlaneIndex | None = None

    @property
    def total_ml(self) -> float:
        """The whole liver, tumours included."""
        return len(self._liver) * self.voxel_ml

    @property
    def tumour_ml(self) -> float:
        """All tumours."""
        return len(self._tumour) * self.voxel_ml

    def by_plane(self, plane: ResectionPlane) -> ResectionVolumes:
        """Volumes and margin when everything on the plane's resected side is removed."""
        resected = int(np.count_nonzero(plane.signed_distance(self._liver) > 0.0))
        margin: float | None = None
        left = 0
        if len(self._tumour):
            distance = plane.signed_distance(self._tumour)
            left = int(np.count_nonzero(distance <= 0.0))
            margin = float(distance.min()) if left == 0 else None
        return ResectionVolumes(
            self.total_ml,
            self.tumour_ml,
            resected * self.voxel_ml,
            left * self.voxel_ml,
            margin,
        )

    def by_surface(self, surface: CuttingSurface) -> ResectionVolumes:
        """Volumes and margin when everything on the surface's resected side is removed.

        The resected part is the liver voxels whose centres have ``surface.side > 0``
        (exactly: the side of every voxel near the surface is computed as ``side`` does); the
        margin is the tumour's smallest Euclidean distance to the surface (sampled at half the
        smallest voxel spacing, so within a fraction of a voxel), when the surface leaves no
        tumour behind. A flat surface gives exactly :meth:`by_plane` of its plane.

        The first call for a base plane indexes the liver's voxels over it (a sort, about as
        long as building the geometry, and 12 bytes a voxel kept); later calls with surfaces
        bent from the same plane, as while a control point is dragged, only look at the
        voxels near the surface.
        """
        if surface.is_flat:
            return self.by_plane(surface.plane)
        index = self._plane_index
        if index is None or index.plane != surface.plane:
            index = _PlaneIndex(surface, self._liver)
            self._plane_index = index
        resected = index.count_resected(surface, self._liver)
        margin: float | None = None
        left = 0
        if len(self._tumour):
            left = int(np.count_nonzero(surface.side(self._tumour) <= 0.0))
            if left == 0:
                margin = surface.distance_from(self._tumour, min(self.spacing) / 2.0)
        return ResectionVolumes(
            self.total_ml,
            self.tumour_ml,
            resected * self.voxel_ml,
            left * self.voxel_ml,
            margin,
        )


class _PlaneIndex:
    """Points indexed over a base plane for counting the resected ones of any surface bent
    from it.

    A raster over the plane's ``(u, v)`` divides the points into columns along the normal;
    within each column they are sorted by height ``w`` (one sorted key ``cell + w`` scaled, so
    one binary search finds a height in any column). For a surface, every column's points
    below the surface's lowest height over the cell are kept and those above its highest are
    resected; only the points between, near the surface, have their side computed. The cost
    of a move is then the raster's (tens of thousands of cells) plus the band's, not the
    liver's millions of voxels.
    """

    #: Cells of the raster: the band around the surface thins with smaller cells, the
    #: per-cell bounds cost more.
    CELLS = 40_000
    #: Added to the bounds (mm): more than the rounding of the sort keys (nanometres).
    SLACK_MM = 1e-6

    def __init__(self, surface: CuttingSurface, points: FloatArray) -> None:
        self.plane = surface.plane
        uvw = surface.plane_coordinates(points)
        u, v, w = uvw[:, 0], uvw[:, 1], uvw[:, 2]
        lo_u, lo_v = float(u.min()), float(v.min())
        width, height = float(u.max()) - lo_u, float(v.max()) - lo_v
        step = max(0.5, float(np.sqrt(max(width, 1.0) * max(height, 1.0) / self.CELLS)))
        nu, nv = int(width // step) + 2, int(height // step) + 2
        self.grid_u: FloatArray = lo_u + step * np.arange(nu, dtype=np.float64)
        self.grid_v: FloatArray = lo_v + step * np.arange(nv, dtype=np.float64)
        cell = np.minimum(((u - lo_u) / step).astype(np.int64), nu - 2) * (nv - 1)
        cell += np.minimum(((v - lo_v) / step).astype(np.int64), nv - 2)
        # Heights map into [0, 0.5] so a column's keys stay in [cell, cell + 0.5] whatever
        # the rounding, and thresholds clipped to [-0.25, 0.75] never reach another column.
        self.w_lo = float(w.min())
        self.w_scale = 0.5 / (float(w.max()) - self.w_lo + 1.0)
        key = cell + (w - self.w_lo) * self.w_scale
        del uvw, u, v, w, cell
        kind = np.int32 if len(points) < 2**31 else np.int64
        self.order = np.argsort(key).astype(kind)
        self.keys = key[self.order]
        cells = (nu - 1) * (nv - 1)
        self.cells = np.arange(cells, dtype=np.float64)
        self.ends = np.searchsorted(self.keys, self.cells + 0.75)

    def _keys(self, heights: FloatArray) -> FloatArray:
        return np.asarray(
            self.cells + np.clip((heights - self.w_lo) * self.w_scale, -0.25, 0.75),
            dtype=np.float64,
        )

    def count_resected(self, surface: CuttingSurface, points: FloatArray) -> int:
        """How many of the points (the ones indexed, in their own order) ``surface`` puts on
        its resected side."""
        low, high = surface.height_bounds(self.grid_u, self.grid_v)
        first = np.searchsorted(self.keys, self._keys(low.ravel() - self.SLACK_MM), side="left")
        last = np.searchsorted(self.keys, self._keys(high.ravel() + self.SLACK_MM), side="right")
        above = int((self.ends - last).sum())
        lengths = last - first
        total = int(lengths.sum())
        if total == 0:
            return above
        starts = np.repeat(first - (np.cumsum(lengths) - lengths), lengths)
        band = self.order[np.arange(total) + starts]
        return above + int(np.count_nonzero(surface.side(points[band]) > 0.0))


def by_segments(
    segments: NDArray[np.integer],
    resected: Iterable[int],
    tumours: NDArray[np.bool_],
    spacing: Spacing,
) -> ResectionVolumes:
    """Volumes and margin when the chosen liver segments are removed (e.g. 5–8: right
    hepatectomy).

    Parameters
    ----------
    segments
        Label map of the liver's segments (0 outside the liver; e.g. Couinaud 1–8).
    resected
        The labels removed.
    tumours
        The tumours' mask; the segments cover the whole liver, tumours included.
    spacing
        Voxel spacing ``(z, y, x)`` mm.

    Returns
    -------
    ResectionVolumes
        The margin is the smallest distance from tumour to the remnant's voxels (voxel centre
        to voxel centre), ``None`` when tumour is left in the remnant.

    Raises
    ------
    ValidationError
        If the masks differ in shape, the liver is empty, a label to remove is not in it, or a
        tumour lies outside the segments.
    """
    labels = np.asarray(segments)
    tumours = np.asarray(tumours, dtype=bool)
    if labels.shape != tumours.shape:
        raise ValidationError(
            Message("The liver segments and the tumour must lie on the same voxel grid.")
        )
    chosen = sorted({int(v) for v in resected})
    present = set(np.unique(labels[labels > 0]).tolist())
    missing = [v for v in chosen if v not in present]
    if not present:
        raise ValidationError(Message("The liver has no segments: build them first."))
    if missing:
        raise ValidationError(
            Message(
                "Segment {segments} is not in the liver's segments.",
                segments=", ".join(str(v) for v in missing),
            )
        )
    liver = labels > 0
    if (tumours & ~liver).any():
        raise ValidationError(
            Message(
                "The tumour lies partly outside the liver's segments; build the segments over "
                "the whole liver, tumour included."
            )
        )
    out = np.isin(labels, chosen)
    voxel = voxel_volume_ml(spacing)
    remnant = liver & ~out
    left = tumours & remnant
    margin: float | None = None
    if tumours.any() and not left.any() and remnant.any():
        margin = _distance_to(remnant, tumours, spacing)
    return ResectionVolumes(
        float(np.count_nonzero(liver)) * voxel,
        float(np.count_nonzero(tumours)) * voxel,
        float(np.count_nonzero(out)) * voxel,
        float(np.count_nonzero(left)) * voxel,
        margin,
    )


def _distance_to(target: NDArray[np.bool_], sources: NDArray[np.bool_], spacing: Spacing) -> float:
    """Smallest centre-to-centre distance (mm) from a ``sources`` voxel to a ``target`` one.

    Only the box around the sources, grown by the distance to the nearest target found on a
    coarse search, is transformed, so a small tumour in a large liver stays quick.
    """
    from scipy import ndimage

    source_centres = _centres(sources, spacing)
    lo = source_centres.min(axis=0)
    hi = source_centres.max(axis=0)
    step = np.asarray(spacing, dtype=float)
    reach = np.zeros(3)
    # Grow the box until it holds target voxels, then once more by the distance found, so the
    # nearest target cannot lie outside it.
    for _ in range(64):
        first = np.maximum(np.floor((lo - reach) / step).astype(int), 0)
        last = np.minimum(np.ceil((hi + reach) / step).astype(int) + 1, target.shape)
        box = tuple(slice(int(a), int(b)) for a, b in zip(first, last, strict=True))
        if target[box].any():
            break
        reach += 10.0
    distance = ndimage.distance_transform_edt(~target[box], sampling=spacing)
    found = float(distance[sources[box]].min())
    first = np.maximum(np.floor((lo - found - step) / step).astype(int), 0)
    last = np.minimum(np.ceil((hi + found + step) / step).astype(int) + 1, target.shape)
    box = tuple(slice(int(a), int(b)) for a, b in zip(first, last, strict=True))
    distance = ndimage.distance_transform_edt(~target[box], sampling=spacing)
    return float(distance[sources[box]].min())
