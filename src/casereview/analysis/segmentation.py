"""Segmentation algorithms on voxel masks (NumPy and SimpleITK, no I/O).

Masks are boolean arrays indexed ``(slice, row, column)`` on the voxel grid of a
:class:`casereview.domain.volume.Volume`. Every function returns a new mask; the editor turns
the difference into an undoable command. Region growing lives in
:mod:`casereview.analysis.region_growing`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from itertools import pairwise

import numpy as np
import SimpleITK as sitk
from numpy.typing import NDArray

from casereview.domain.volume import Volume
from casereview.errors import ValidationError
from casereview.messages import Message

Mask = NDArray[np.bool_]


def _mask(image: sitk.Image) -> Mask:
    return sitk.GetArrayFromImage(image).astype(bool)


def threshold(volume: Volume, lower: float, upper: float, within: Mask | None = None) -> Mask:
    """Voxels with ``lower <= value <= upper`` (only inside ``within`` when given)."""
    if lower > upper:
        raise ValidationError(Message("The lower threshold must not be above the upper one."))
    result = (volume.voxels >= lower) & (volume.voxels <= upper)
    return result & within if within is not None else result


def _radius_voxels(volume: Volume, radius_mm: float) -> list[int]:
    return [max(1, int(round(radius_mm / sp))) for sp in volume.spacing[::-1]]


def remove_small_islands(mask: Mask, volume: Volume, min_volume_ml: float) -> Mask:
    """Drop connected parts smaller than ``min_volume_ml`` (26-connectivity)."""
    voxel_ml = float(np.prod(volume.spacing)) / 1000.0
    min_voxels = max(1, int(math.ceil(min_volume_ml / voxel_ml)))

    def kept(box: Mask) -> Mask:
        labels = sitk.ConnectedComponent(sitk.GetImageFromArray(box.view(np.uint8)), True)
        relabelled = sitk.RelabelComponent(labels, minimumObjectSize=min_voxels)
        big: Mask = sitk.GetArrayFromImage(relabelled) > 0
        return big

    return in_bounding_box(mask, (0, 0, 0), kept)


def keep_largest_island(mask: Mask) -> Mask:
    """Only the largest connected part."""

    def largest(box: Mask) -> Mask:
        labels = sitk.ConnectedComponent(sitk.GetImageFromArray(box.view(np.uint8)), True)
        relabelled = sitk.RelabelComponent(labels, sortByObjectSize=True)
        first: Mask = sitk.GetArrayFromImage(relabelled) == 1
        return first

    return in_bounding_box(mask, (0, 0, 0), largest)


def smooth(mask: Mask, volume: Volume, radius_mm: float = 1.5) -> Mask:
    """Smooth the surface: a closing then an opening with a ball of ``radius_mm``."""
    radius = _radius_voxels(volume, radius_mm)  # column, row, slice

    def smoothed(box: Mask) -> Mask:
        image = sitk.GetImageFromArray(box.view(np.uint8))
        image = sitk.BinaryMorphologicalClosing(image, radius, sitk.sitkBall)
        image = sitk.BinaryMorphologicalOpening(image, radius, sitk.sitkBall)
        return _mask(image)

    # The closing reaches a radius beyond the mask and reads another radius beyond that.
    margin = tuple(2 * r + 1 for r in radius[::-1])
    return in_bounding_box(mask, margin, smoothed)


def in_bounding_box(mask: Mask, margin: Sequence[int], function: Callable[[Mask], Mask]) -> Mask:
    """``function`` applied to the mask's bounding box widened by ``margin`` voxels per axis.

    For operations whose result stays within that margin of the mask and that read no
    farther: the result is the whole volume's, at the cost of the box (a segment is a small
    part of a large CT).
    """
    corners = bounding_box(mask)
    if corners is None:
        return np.zeros_like(mask)
    low, high = corners
    s, r, c = (
        slice(max(0, lo - m), min(n, hi + m))
        for lo, hi, m, n in zip(low, high, margin, mask.shape, strict=True)
    )
    result = np.zeros_like(mask)
    result[s, r, c] = function(np.ascontiguousarray(mask[s, r, c]))
    return result


def interpolate_slices(mask: Mask, axis: int = 0) -> Mask:
    """Fill the empty slices between drawn slices along ``axis`` (shape-based interpolation).

    Each gap between two drawn slices is filled by blending the signed distance maps of the
    two outlines linearly, as when a surgeon outlines every few slices by hand.
    """
    moved = np.moveaxis(mask, axis, 0)
    drawn = np.flatnonzero(moved.any(axis=(1, 2)))
    result = moved.copy()
    for low, high in pairwise(drawn):
        if high - low < 2:
            continue
        d_low, d_high = _signed_distance(moved[low]), _signed_distance(moved[high])
        for s in range(low + 1, high):
            t = (s - low) / (high - low)
            result[s] |= (1 - t) * d_low + t * d_high <= 0
    return np.moveaxis(result, 0, axis)


def _signed_distance(section: NDArray[np.bool_]) -> NDArray[np.float64]:
    """Signed distance (pixels) to the outline of a 2-D mask: negative inside."""
    image = sitk.GetImageFromArray(section.astype(np.uint8))
    distance = sitk.SignedMaurerDistanceMap(image, insideIsPositive=False, squaredDistance=False)
    return sitk.GetArrayFromImage(distance).astype(np.float64)


def sphere(volume: Volume, centre: tuple[float, float, float], radius_mm: float) -> Mask:
    """Voxels whose centres lie within ``radius_mm`` of an LPS point (a 3-D brush)."""
    return _brush(volume, np.asarray(centre, float), radius_mm, normal=None)


def disc(
    volume: Volume,
    centre: tuple[float, float, float],
    radius_mm: float,
    normal: tuple[float, float, float],
) -> Mask:
    """Voxels within ``radius_mm`` of an LPS point and within half a voxel of its plane.

    A 2-D brush in any (also oblique) plane with normal ``normal``.
    """
    return _brush(volume, np.asarray(centre, float), radius_mm, normal=np.asarray(normal, float))


def _brush(
    volume: Volume,
    centre: NDArray[np.float64],
    radius_mm: float,
    normal: NDArray[np.float64] | None,
) -> Mask:
    mask = np.zeros(volume.shape, dtype=bool)
    region = brush_region(volume, centre, radius_mm, normal)
    if region is not None:
        box, sub = region
        mask[box] = sub
    return mask


def brush_region(
    volume: Volume,
    centre: Sequence[float] | NDArray[np.float64],
    radius_mm: float,
    normal: Sequence[float] | NDArray[np.float64] | None = None,
) -> tuple[tuple[slice, slice, slice], Mask] | None:
    """The voxels a brush covers, as a box of the grid and the mask inside it.

    A sphere of ``radius_mm`` around the LPS point ``centre``, or with ``normal`` the disc of
    that sphere within half a voxel of the plane through ``centre``. Only the box is computed,
    so a stroke on a large volume stays fast. ``None`` when the brush misses the volume.
    """
    centre_lps = np.asarray(centre, dtype=np.float64)
    spacing = np.asarray(volume.spacing)  # slice, row, column
    ijk = volume.direction.T @ (centre_lps - np.asarray(volume.origin))  # column, row, slice mm
    centre_idx = (ijk / spacing[::-1])[::-1]
    # Along each index axis the sphere reaches radius / spacing voxels (any orientation).
    reach = np.ceil(radius_mm / spacing).astype(int) + 1
    lo = np.maximum(np.floor(centre_idx).astype(int) - reach, 0)
    hi = np.minimum(np.ceil(centre_idx).astype(int) + reach + 1, np.asarray(volume.shape))
    if np.any(hi <= lo):
        return None
    grids = np.meshgrid(*(np.arange(a, b) for a, b in zip(lo, hi, strict=True)), indexing="ij")
    idx = np.stack([g.ravel() for g in grids], axis=1).astype(np.float64)
    d = volume.index_to_patient(idx) - centre_lps
    inside = np.einsum("ij,ij->i", d, d) <= radius_mm * radius_mm
    if normal is not None:
        n = np.asarray(normal, dtype=np.float64)
        n = n / np.linalg.norm(n)
        half = 0.5 * float(np.sqrt(np.sum((np.abs(volume.direction.T @ n) * spacing[::-1]) ** 2)))
        inside &= np.abs(d @ n) <= half + 1e-6
    box = (slice(lo[0], hi[0]), slice(lo[1], hi[1]), slice(lo[2], hi[2]))
    return box, inside.reshape(tuple(hi - lo))


def volume_ml(mask: Mask, volume: Volume) -> float:
    """Volume of the mask in millilitres."""
    return float(mask.sum()) * float(np.prod(volume.spacing)) / 1000.0


def _max_pair_distance(points: NDArray[np.float64]) -> tuple[float, int, int]:
    """Largest distance between two of ``points`` and their indices (brute force)."""
    if len(points) < 2:
        return 0.0, 0, 0
    d2 = np.sum((points[:, None, :] - points[None, :, :]) ** 2, axis=2)
    k = int(np.argmax(d2))
    i, j = divmod(k, len(points))
    return math.sqrt(float(d2[i, j])), i, j


def _extremes(points: NDArray[np.float64], directions: NDArray[np.float64]) -> NDArray[np.intp]:
    """Indices of the points furthest along each direction and its opposite.

    The two ends of a longest diameter are extreme points of the shape in (nearly) the
    direction joining them, so searching pairs among these few candidates finds it; with
    directions a few degrees apart the result is within a fraction of a percent of the truth.
    """
    projections = points @ directions.T
    return np.unique(np.concatenate([projections.argmin(axis=0), projections.argmax(axis=0)]))


def _sphere_directions(count: int = 1500) -> NDArray[np.float64]:
    """Nearly uniform unit vectors over a half sphere (a Fibonacci lattice)."""
    k = np.arange(count) + 0.5
    z = k / count
    phi = math.pi * (1 + math.sqrt(5.0)) * k
    r = np.sqrt(1 - z * z)
    return np.column_stack([r * np.cos(phi), r * np.sin(phi), z])


def _boundary_2d(section: NDArray[np.bool_]) -> NDArray[np.bool_]:
    """Pixels of a 2-D mask with a 4-neighbour outside it."""
    padded = np.pad(section, 1)
    inner = padded[:-2, 1:-1] & padded[2:, 1:-1] & padded[1:-1, :-2] & padded[1:-1, 2:]
    return section & ~inner


def longest_diameters(mask: Mask, volume: Volume) -> tuple[float, float, float]:
    """Longest 3-D diameter, longest axial diameter and the longest perpendicular to it (mm).

    The axial pair is searched on every slice of the volume's grid (the acquisition plane),
    as RECIST measures; distances are between voxel centres plus one pixel, so a single
    voxel measures one pixel across.
    """
    box_corners = bounding_box(mask)
    if box_corners is None:
        return 0.0, 0.0, 0.0
    (s0, r0, c0), (s1, r1, c1) = box_corners
    box = mask[s0:s1, r0:r1, c0:c1]
    pixel = float(min(volume.spacing[1:]))
    u_axis, v_axis, normal = volume.direction[:, 0], volume.direction[:, 1], volume.direction[:, 2]
    angles = np.radians(np.arange(0.0, 180.0, 2.0))
    in_plane = np.outer(np.cos(angles), u_axis) + np.outer(np.sin(angles), v_axis)
    surface: list[NDArray[np.float64]] = []
    best_long, best_short = 0.0, 0.0
    for k in range(box.shape[0]):
        section = box[k]
        if not section.any():
            continue
        rc = np.argwhere(_boundary_2d(section)).astype(np.float64) + (r0, c0)
        pts = volume.index_to_patient(np.column_stack([np.full(len(rc), float(s0 + k)), rc]))
        candidates = pts[_extremes(pts, in_plane)]
        # A slice's extreme point along any 3-D direction is its extreme along that
        # direction's in-plane part: these candidates also serve the 3-D diameter.
        surface.append(candidates)
        long_d, i, j = _max_pair_distance(candidates)
        if long_d + pixel <= best_long:
            continue
        short = 0.0
        axis = candidates[j] - candidates[i]
        norm = float(np.linalg.norm(axis))
        if norm > 0:
            axis /= norm
            perp = np.cross(normal, axis)
            along = (pts - candidates[i]) @ axis
            across = (pts - candidates[i]) @ perp
            # The widest extent across the long axis at any one position along it.
            bins = np.floor((along - along.min()) / pixel).astype(int)
            order = np.argsort(bins, kind="stable")
            bins, across = bins[order], across[order]
            starts = np.flatnonzero(np.r_[True, bins[1:] != bins[:-1]])
            widths = np.maximum.reduceat(across, starts) - np.minimum.reduceat(across, starts)
            short = float(widths.max())
        best_long, best_short = long_d + pixel, short + pixel
    everything = np.vstack(surface)
    d3, _, _ = _max_pair_distance(everything[_extremes(everything, _sphere_directions())])
    return d3 + pixel, best_long, best_short


def dice(a: Mask, b: Mask) -> float:
    """Dice similarity coefficient of two masks (1.0 for two empty masks)."""
    total = int(a.sum()) + int(b.sum())
    if total == 0:
        return 1.0
    return 2.0 * int((a & b).sum()) / total


def bounding_box(mask: Mask) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """``(low, high)`` index corners (high exclusive) of the mask's voxels, ``None`` if empty."""
    if not mask.any():
        return None
    lows, highs = [], []
    for axis in range(3):
        other = tuple(a for a in range(3) if a != axis)
        present = np.flatnonzero(mask.any(axis=other))
        lows.append(int(present[0]))
        highs.append(int(present[-1]) + 1)
    return (lows[0], lows[1], lows[2]), (highs[0], highs[1], highs[2])


def seed_index(volume: Volume, point: Sequence[float]) -> tuple[int, int, int]:
    """Nearest voxel index ``(slice, row, column)`` of an LPS point.

    Raises
    ------
    ValidationError
        If the point lies outside the volume.
    """
    ijk = volume.direction.T @ (np.asarray(point, float) - np.asarray(volume.origin))
    idx = np.rint((ijk / np.asarray(volume.spacing)[::-1])[::-1]).astype(int)
    if np.any(idx < 0) or np.any(idx >= np.asarray(volume.shape)):
        raise ValidationError(Message("The point lies outside the image."))
    return int(idx[0]), int(idx[1]), int(idx[2])
