"""Virtual liver resection on label masks: volumes on each side of a plane or of chosen segments,
and the tumour's smallest margin to the resection surface.

Positions are ``(z, y, x)`` millimetres in the volume's array frame (index × spacing), as in
the rest of :mod:`casereview.analysis`. A :class:`ResectionGeometry` keeps the coordinates of
the liver's and the tumours' voxels once, so that moving the resection plane only takes a dot
product per voxel: the planner recomputes volumes and margin while the surgeon drags the plane
(``benchmarks/bench_liver.py`` times it on a 512×512×300 case).

Volumes count voxel centres (each voxel's whole volume on the side its centre lies); the margin
is measured between voxel centres and the plane, so both are exact to within one voxel.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

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
