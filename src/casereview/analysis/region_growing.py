"""Region growing from a seed: fast on large volumes, and a bad seed refused before any work.

A region is the voxels connected to the seed whose smoothed value lies in a range (HU); the
smoothing averages each voxel with the neighbours of its own tissue (edge-preserving). An
optional opening cuts the thin bridges through which such a region leaks into a neighbouring
structure of similar value: the region then grows only through places where a ball of the
opening's radius fits inside the range (the *core*), and is widened by that ball again.

The work follows the size of the structure, not of the image: smoothing, core and growing are
computed in a box around the seed that is enlarged, face by face, while the region reaches its
faces. A margin around the box holds what smoothing and the opening read beyond it, so the
result is the one the whole image would give. What was computed for a smaller box is kept
when it is enlarged, the opening's morphology is done row by row in NumPy, and nothing the size
of the whole volume is copied.

Masks are boolean arrays indexed ``(slice, row, column)`` on a
:class:`~casereview.domain.volume.Volume`'s grid.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import SimpleITK as sitk
from numpy.typing import NDArray

from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.domain.volume import Volume
from casereview.errors import ValidationError
from casereview.messages import Message

Mask = NDArray[np.bool_]
#: A box of the voxel grid: one slice per axis ``(slice, row, column)``.
Box = tuple[slice, slice, slice]
Index = tuple[int, int, int]

#: Voxels the first try of a grow reaches on each side of the seed. The box then grows
#: beyond every face the region reaches.
FIRST_REACH = 24

#: Smoothing steps before growing: they take down the quantum noise of CT that would leave
#: holes and let the region leak through single voxels.
SMOOTHING_ITERATIONS = 2
#: Neighbours differing from a voxel by more than this (HU, some 2.5 times the noise of an
#: abdominal CT) lie across an edge and are left out of its smoothing.
EDGE_HU = 30.0
#: Slices smoothed at a time.
SMOOTHING_CHUNK = 4


def check_seed(
    volume: Volume,
    seed: Index,
    lower: float,
    upper: float,
    *,
    opening_mm: float = 0.0,
    within: Mask | None = None,
) -> float:
    """Check a seed before any growing starts; returns its value as growing sees it.

    Only the voxels around the seed are read, so a seed outside the structure is reported at
    once, with its value and the range.

    Parameters
    ----------
    volume
        The image.
    seed
        ``(slice, row, column)`` index of the voxel the user clicked.
    lower, upper
        Value range (HU) of the structure.
    opening_mm, within
        As for :func:`region_grow`.

    Returns
    -------
    float
        The seed's smoothed value (HU).

    Raises
    ------
    ValidationError
        If the seed lies outside the image or outside ``within``, the range is reversed, the
        seed's value is outside the range, or the structure at the seed is narrower than the
        bridges the opening cuts.
    """
    value, _ = _start(volume, seed, lower, upper, opening_mm, within)
    return value


def region_grow(
    volume: Volume,
    seed: Index,
    lower: float,
    upper: float,
    *,
    opening_mm: float = 0.0,
    within: Mask | None = None,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> Mask:
    """Voxels connected to ``seed`` whose smoothed value is in ``[lower, upper]``.

    Parameters
    ----------
    volume
        The image.
    seed
        ``(slice, row, column)`` index of a voxel inside the structure.
    lower, upper
        Value range (HU) of the structure.
    opening_mm
        Radius (mm) of the bridges to cut to neighbouring structures of similar value; the
        part containing the seed is kept (0: no cut).
    within
        Only grow inside this mask (for example the slices below a venous confluence).
    progress
        Told each time the box the region grows in is enlarged.
    cancel
        Checked between steps; a cancelled grow raises and returns nothing.

    Returns
    -------
    numpy.ndarray
        The grown mask on the volume's grid, enclosed cavities filled.

    Raises
    ------
    ValidationError
        As :func:`check_seed`, before any growing starts.
    OperationCancelled
        If ``cancel`` was set.
    """
    box, grown = grow_region(
        volume,
        seed,
        lower,
        upper,
        opening_mm=opening_mm,
        within=within,
        progress=progress,
        cancel=cancel,
    )
    mask = np.zeros(volume.shape, dtype=bool)
    mask[box] = grown
    return mask


def grow_region(
    volume: Volume,
    seed: Index,
    lower: float,
    upper: float,
    *,
    opening_mm: float = 0.0,
    within: Mask | None = None,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> tuple[Box, Mask]:
    """:func:`region_grow` as a box of the grid and the mask inside it (same parameters).

    Raises
    ------
    ValidationError
        As :func:`check_seed`, before any growing starts.
    OperationCancelled
        If ``cancel`` was set.
    """
    _, starts = _start(volume, seed, lower, upper, opening_mm, within)
    shape = volume.shape
    kernel = opening_radius(volume, opening_mm)

    def core_of(box: Box) -> Mask:
        return _exact_core(volume, box, lower, upper, kernel, within)

    progress(0, 0, Message("Growing the region"))
    box = _around(seed, tuple(max(FIRST_REACH, 2 * k) for k in kernel), shape)
    core = core_of(box)
    step = 1
    while True:
        if cancel is not None:
            cancel.raise_if_cancelled()
        progress(step, 0, Message("Growing the region"))
        component = _connected(core, [_relative(p, box) for p in starts])
        faces = _faces_reached(component, box, shape)
        if not faces:
            break
        larger = _enlarged(box, faces, shape)
        core = _extended(core, box, larger, core_of)
        box = larger
        step += 1
    if cancel is not None:
        cancel.raise_if_cancelled()
    # Only the box around the region matters from here on.
    present = [np.flatnonzero(component.any(axis=_others(axis))) for axis in range(3)]
    tight: Box = _shifted(tuple(slice(int(p[0]), int(p[-1]) + 1) for p in present), box)
    region = component[_within_box(tight, box)]
    if any(kernel):
        # Widened by the ball, the region reaches up to its radius beyond its box.
        outer = _widened(tight, kernel, shape)
        placed = np.zeros(tuple(o.stop - o.start for o in outer), dtype=bool)
        placed[_within_box(tight, outer)] = region
        tight, region = outer, _dilate(placed, kernel)
    return tight, _fill_holes(region)


def smoothed_box(volume: Volume, box: Box) -> NDArray[np.float32]:
    """The voxels of ``box`` after edge-preserving smoothing.

    Each of :data:`SMOOTHING_ITERATIONS` steps replaces a voxel by the mean of itself and
    those of its six face neighbours within :data:`EDGE_HU` of it, so noise is averaged away
    while neighbours across an edge (another tissue) are left out. Each step reads one voxel
    further, so the box is smoothed with that margin (beyond the image the edge voxels
    repeat): the values are those smoothing the whole volume would give.
    """
    margin = SMOOTHING_ITERATIONS
    padded = _widened(box, (margin,) * 3, volume.shape)
    values = volume.voxels[padded].astype(np.float32)
    missing = [
        (margin - (b.start - p.start), margin - (p.stop - b.stop))
        for b, p in zip(box, padded, strict=True)
    ]
    if any(any(m) for m in missing):
        values = np.pad(values, missing, mode="edge")
    for _ in range(SMOOTHING_ITERATIONS):
        values = _smoothing_step(values)
    return values


def _smoothing_step(values: NDArray[np.float32]) -> NDArray[np.float32]:
    """One step of :func:`smoothed_box` (the result is one voxel smaller on every side)."""
    out = np.empty(tuple(n - 2 for n in values.shape), dtype=np.float32)
    # A few slices at a time, so the arrays of every operation stay in the processor's cache.
    for first in range(0, out.shape[0], SMOOTHING_CHUNK):
        last = min(out.shape[0], first + SMOOTHING_CHUNK)
        out[first:last] = _smoothing_chunk(values[first : last + 2])
    return out


def _smoothing_chunk(values: NDArray[np.float32]) -> NDArray[np.float32]:
    centre = values[1:-1, 1:-1, 1:-1]
    total = centre.copy()
    count = np.ones(centre.shape, dtype=np.float32)
    difference = np.empty_like(centre)
    near = np.empty(centre.shape, dtype=bool)
    kept = np.empty_like(centre)
    for axis in range(3):
        for start in (0, 2):
            index = [slice(1, -1)] * 3
            index[axis] = slice(start, start + centre.shape[axis])
            neighbour = values[tuple(index)]
            np.subtract(neighbour, centre, out=difference)
            np.abs(difference, out=difference)
            np.less_equal(difference, EDGE_HU, out=near)
            np.multiply(neighbour, near, out=kept)
            total += kept
            count += near
    np.divide(total, count, out=total)
    return total


def opening_radius(volume: Volume, opening_mm: float) -> Index:
    """The opening's ball radius in voxels ``(slice, row, column)``; zeros for no opening."""
    if opening_mm <= 0:
        return (0, 0, 0)
    s, r, c = (max(1, int(round(opening_mm / sp))) for sp in volume.spacing)
    return s, r, c


def _start(
    volume: Volume,
    seed: Index,
    lower: float,
    upper: float,
    opening_mm: float,
    within: Mask | None,
) -> tuple[float, list[Index]]:
    """The seed's smoothed value and the core voxels the region grows from.

    Without an opening that is the seed; with one, the core voxels whose ball covers the seed.
    """
    s, r, c = (int(v) for v in seed)
    shape = volume.shape
    if not (0 <= s < shape[0] and 0 <= r < shape[1] and 0 <= c < shape[2]):
        raise ValidationError(Message("The seed point lies outside the image."))
    if lower > upper:
        raise ValidationError(Message("The lower threshold must not be above the upper one."))
    if within is not None and not within[s, r, c]:
        raise ValidationError(
            Message(
                "The seed lies outside the slices region growing is limited to; click inside "
                "them or change the limits."
            )
        )
    kernel = opening_radius(volume, opening_mm)
    # The core voxels whose ball covers the seed need values twice the radius away.
    near = _around((s, r, c), tuple(2 * k for k in kernel), shape)
    values = smoothed_box(volume, near)
    here = _relative((s, r, c), near)
    value = float(values[here])
    if not lower <= value <= upper:
        raise ValidationError(
            Message(
                "The seed's value ({value:.0f} HU) is outside the range {lower:.0f} to "
                "{upper:.0f} HU; click inside the structure or widen the range.",
                value=value,
                lower=lower,
                upper=upper,
            )
        )
    if not any(kernel):
        return value, [(s, r, c)]
    core = _core_of(values, lower, upper, kernel, within[near] if within is not None else None)
    reach = _around(here, kernel, core.shape)
    offsets = tuple(
        slice(k - (h - b.start), k + (b.stop - h))
        for k, h, b in zip(kernel, here, reach, strict=True)
    )
    found = np.argwhere(core[reach] & _ball(kernel)[offsets])
    if len(found) == 0:
        raise ValidationError(
            Message(
                "The structure at the seed is narrower than the bridges that are cut "
                "({mm:.1f} mm); click in a wider part or lower 'Cut bridges'.",
                mm=opening_mm,
            )
        )
    origin = np.array([near[a].start + reach[a].start for a in range(3)])
    return value, [(int(p[0]), int(p[1]), int(p[2])) for p in found + origin]


def _exact_core(
    volume: Volume, box: Box, lower: float, upper: float, kernel: Index, within: Mask | None
) -> Mask:
    """Core voxels of ``box`` (see :func:`_core_of`), as the whole volume would give them.

    The ball reads up to its radius beyond the box, so the core is computed on the box
    widened by it.
    """
    margin = _widened(box, kernel, volume.shape)
    core = _core_of(
        smoothed_box(volume, margin),
        lower,
        upper,
        kernel,
        within[margin] if within is not None else None,
    )
    return core[_within_box(box, margin)]


def _extended(values: Mask, box: Box, larger: Box, compute: Callable[[Box], Mask]) -> Mask:
    """``values`` of ``box`` extended to ``larger``: only the slabs around ``box`` are computed."""
    out = np.empty(tuple(b.stop - b.start for b in larger), dtype=values.dtype)
    out[_within_box(box, larger)] = values
    for slab in _slabs_around(box, larger):
        out[_within_box(slab, larger)] = compute(slab)
    return out


def _slabs_around(box: Box, larger: Box) -> list[Box]:
    """Boxes that together with ``box`` fill ``larger`` exactly (at most six)."""
    slabs: list[Box] = []
    span = list(larger)
    for axis in range(3):
        for lo, hi in ((larger[axis].start, box[axis].start), (box[axis].stop, larger[axis].stop)):
            if hi > lo:
                part = list(span)
                part[axis] = slice(lo, hi)
                slabs.append((part[0], part[1], part[2]))
        span[axis] = box[axis]
    return slabs


def _core_of(
    values: NDArray[np.float32],
    lower: float,
    upper: float,
    kernel: Index,
    within: Mask | None,
) -> Mask:
    """Voxels in range (and in ``within``) where the ball of ``kernel`` fits in range."""
    in_range: Mask = (values >= lower) & (values <= upper)
    if within is not None:
        in_range &= within
    return _erode(in_range, kernel) if any(kernel) else in_range


def _ball(kernel: Index) -> Mask:
    """The ball of radius ``kernel`` voxels per axis (an ellipsoid of half-axes k + ½)."""
    grid = np.indices(tuple(2 * k + 1 for k in kernel)).astype(np.float64)
    distance = sum(((g - k) / (k + 0.5)) ** 2 for g, k in zip(grid, kernel, strict=True))
    ball: Mask = distance <= 1.0
    return ball


def _rows_of_ball(kernel: Index) -> list[tuple[int, int, int]]:
    """The ball as ``(slice offset, row offset, column half-width)`` rows."""
    ball = _ball(kernel)
    ks, kr, kc = kernel
    rows = []
    for ds in range(-ks, ks + 1):
        for dr in range(-kr, kr + 1):
            columns = np.flatnonzero(ball[ds + ks, dr + kr])
            if len(columns):
                rows.append((ds, dr, int(columns[-1]) - kc))
    return rows


def _morphology(mask: Mask, kernel: Index, erode: bool) -> Mask:
    """Erosion (outside the box counts as inside) or dilation by the ball of ``kernel``.

    The ball is taken row by row: a run of columns is a 1-D erosion or dilation computed once
    per width, then shifted to each row of the ball, so a radius-2 ball costs some 25 array
    operations instead of 81.
    """
    combine = np.logical_and if erode else np.logical_or
    ks, kr, kc = kernel
    padded = np.pad(mask, ((ks, ks), (kr, kr), (kc, kc)), constant_values=erode)
    n = mask.shape[2]
    runs = {0: padded[:, :, kc : kc + n]}
    for width in range(1, kc + 1):
        runs[width] = combine(
            runs[width - 1],
            combine(
                padded[:, :, kc - width : kc - width + n], padded[:, :, kc + width : kc + width + n]
            ),
        )
    out: Mask | None = None
    for ds, dr, width in _rows_of_ball(kernel):
        part = runs[width][ks + ds : ks + ds + mask.shape[0], kr + dr : kr + dr + mask.shape[1]]
        if out is None:
            out = part.copy()
        else:
            combine(out, part, out=out)
    assert out is not None
    return out


def _erode(mask: Mask, kernel: Index) -> Mask:
    return _morphology(mask, kernel, erode=True)


def _dilate(mask: Mask, kernel: Index) -> Mask:
    return _morphology(mask, kernel, erode=False)


def _connected(mask: Mask, seeds: list[Index]) -> Mask:
    """The face-connected parts of ``mask`` that hold one of ``seeds``."""
    inside = [(c, r, s) for s, r, c in seeds if mask[s, r, c]]
    if not inside:
        return np.zeros_like(mask)
    image = sitk.GetImageFromArray(mask.view(np.uint8))
    grown = sitk.ConnectedThreshold(image, seedList=inside, lower=1, upper=1, replaceValue=1)
    return sitk.GetArrayFromImage(grown).view(bool)


def _fill_holes(mask: Mask) -> Mask:
    """``mask`` with every background part that does not touch the box's faces added."""
    background = sitk.GetImageFromArray((~mask).view(np.uint8))
    labels = sitk.GetArrayFromImage(sitk.ConnectedComponent(background, True))
    faces = [labels[0], labels[-1], labels[:, 0], labels[:, -1], labels[:, :, 0], labels[:, :, -1]]
    outside = np.unique(np.concatenate([f.ravel() for f in faces]))
    filled: Mask = mask | ~np.isin(labels, outside[outside > 0])
    return filled


def _around(point: Index, reach: tuple[int, ...], shape: Index) -> Box:
    """The voxels within ``reach`` of ``point`` along each axis, inside the grid."""
    s, r, c = (
        slice(max(0, p - k), min(n, p + k + 1)) for p, k, n in zip(point, reach, shape, strict=True)
    )
    return s, r, c


def _widened(box: Box, reach: tuple[int, ...], shape: Index) -> Box:
    """``box`` with ``reach`` more voxels on every side, inside the grid."""
    s, r, c = (
        slice(max(0, b.start - k), min(n, b.stop + k))
        for b, k, n in zip(box, reach, shape, strict=True)
    )
    return s, r, c


def _within_box(box: Box, outer: Box) -> Box:
    """``box`` in the coordinates of the larger box ``outer``."""
    s, r, c = (slice(b.start - o.start, b.stop - o.start) for b, o in zip(box, outer, strict=True))
    return s, r, c


def _others(axis: int) -> tuple[int, int]:
    first, second = (a for a in range(3) if a != axis)
    return first, second


def _shifted(box: tuple[slice, ...], outer: Box) -> Box:
    """``box`` given in the coordinates of ``outer``, in the grid's coordinates."""
    s, r, c = (slice(b.start + o.start, b.stop + o.start) for b, o in zip(box, outer, strict=True))
    return s, r, c


def _relative(point: Index, outer: Box) -> Index:
    s, r, c = (p - o.start for p, o in zip(point, outer, strict=True))
    return s, r, c


def _faces_reached(region: Mask, box: Box, shape: Index) -> list[tuple[int, int]]:
    """``(axis, side)`` of the faces of ``box`` that ``region`` reaches where the grid goes
    on beyond them (side 0 faces index 0)."""
    faces = []
    for axis in range(3):
        if box[axis].start > 0 and np.take(region, 0, axis=axis).any():
            faces.append((axis, 0))
        if box[axis].stop < shape[axis] and np.take(region, -1, axis=axis).any():
            faces.append((axis, 1))
    return faces


def _enlarged(box: Box, faces: list[tuple[int, int]], shape: Index) -> Box:
    """``box`` deeper by half its extent (at least :data:`FIRST_REACH`) beyond each of
    ``faces``, inside the grid."""
    bounds = [[b.start, b.stop] for b in box]
    for axis, side in faces:
        extent = max(FIRST_REACH, (box[axis].stop - box[axis].start) // 2)
        if side == 0:
            bounds[axis][0] = max(0, bounds[axis][0] - extent)
        else:
            bounds[axis][1] = min(shape[axis], bounds[axis][1] + extent)
    s, r, c = (slice(lo, hi) for lo, hi in bounds)
    return s, r, c
