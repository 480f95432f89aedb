"""The liver tool: the whole liver from a few clicks, intrahepatic vessels included.

Liver volumetry for surgical planning counts the parenchyma with the portal and hepatic vein
branches that run inside it, but not the inferior vena cava behind it, the portal vein before
the hilum, the gallbladder in its bed or a neighbouring organ the liver touches. The tool
builds that mask in five steps:

1. **Region growing** (:func:`casereview.analysis.region_growing.grow_region`) from each seed
   within the liver's HU window for the contrast phase (:data:`LIVER_WINDOWS`), on the
   edge-preserving smoothed image, with an *opening* of :data:`LEAK_OPENING_MM`: the region
   grows only where a ball of that radius fits in the window, then is widened by the ball
   again, so the thin bridges through which it would leak into the stomach or duodenal wall
   or the pancreas (all near the liver's HU) are cut. A broad contact with tissue of the
   liver's own HU (uncalcified costal cartilage pressed on the liver) is not a bridge and is
   left for the brush.
2. **Partial-volume rim**: the voxels on the liver's surface that are more than half liver
   (the half-way rule), since growing on the smoothed image stops a little short of them.
3. **Vessel inclusion**: enhancing voxels (the phase's vessel window) inside the morphological
   closing of the liver by a ball of :data:`VESSEL_CLOSING_MM`. A closing fills only tubes
   narrower than its ball where liver surrounds them, so the intrahepatic portal and hepatic
   veins (up to about 7 mm in radius near the confluence) come in, while the inferior vena
   cava (10–13 mm in radius) stays out even where the liver wraps round it, as does the
   portal vein below the hilum, which liver does not surround.
4. **Hole filling**, slice by slice and in 3-D. A hole enclosed in an axial slice is filled
   when it is small (at most the cross-section of the largest vessel the closing includes,
   :data:`MAX_SLICE_HOLE_MM2`) and its median HU is that of soft tissue or enhancing blood
   (:data:`SOFT_TISSUE_FLOOR_HU` up to the vessel window's top), so bile, fat, gas and bone
   (a rib pressing on the liver) stay out, and so does the cava. A cavity enclosed in 3-D (a
   tumour, a cyst, a vessel wholly inside) is always filled: total liver volume includes what
   lies inside the liver.
5. **Leak removal**: only the parts connected to a seed are kept.

The HU windows are for the smoothed image (noise SD about 7 HU on a CT of 12 HU noise).
Sources: the enhancement of abdominal CT in adults (unenhanced liver 55–65 HU; late arterial
phase about +20 HU; portal-venous phase liver at its peak of 100–130 HU, portal and hepatic
veins 150–220 HU: Bae KT, Intravenous contrast medium administration and scan timing at CT,
Radiology 2010;256:32-61), checked against the demo's tissue table
(:mod:`casereview.demo.tissues`: liver 58 / 78 / 112 HU, hepatic veins 40 / 60 / 160 HU,
portal vein 42 / 150 / 185 HU, inferior vena cava 42 / 110 / 150 HU in the non-contrast,
arterial and portal-venous phases). Each parenchyma window starts from the liver's mean ± three
standard deviations of the smoothed noise and texture (about ±22 HU), within the literature's
range, and is narrowed where a neighbour the liver touches would let the region run on:

- portal-venous, 90–135 HU: the top stays below the cava's smoothed values (about 131–166
  HU on the demo), and the bottom cuts into the enhancing pancreas (about 100 HU, 77–121 HU
  smoothed), which the liver touches at the hilum, so what leaks there is thin enough for the
  opening to cut. A higher bottom (95 HU) leaks less on 1.5 mm pixels but, on 0.75 mm pixels,
  lets the noise break up the region the opening's ball must fit in and loses 4 % of the
  liver;
- arterial, 65–100 HU: the bottom keeps out the diaphragm and muscle (about 58 HU), the top
  the cava (about 110 HU); the unopacified hepatic veins (about 60 HU) come in as holes;
- non-contrast, 45–75 HU: the liver (about 58 HU) is only some 8 HU brighter than the
  diaphragm and muscles it touches, so no window separates them: on the demo the region
  takes in some 6 % of the liver's volume in muscle. Segment on a contrast phase where there
  is one; the result here needs the brush.

The liver's few voxels below the window are enclosed and filled as holes, and its surface is
restored by the partial-volume rim (step 2).

Masks are boolean arrays indexed ``(slice, row, column)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import SimpleITK as sitk
from numpy.typing import NDArray

from casereview.analysis.region_growing import Box, Index, grow_region, smoothed_box
from casereview.domain.hu_presets import ContrastPhase, HuRange
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.domain.volume import Volume
from casereview.errors import OperationCancelled, ValidationError
from casereview.messages import Message

Mask = NDArray[np.bool_]
#: The CT's values as the tool reads them (int16 or float32 Hounsfield units).
Values = NDArray[np.number[Any]]


@dataclass(frozen=True, slots=True)
class LiverWindow:
    """The HU windows of the liver tool in one contrast phase (smoothed image).

    Attributes
    ----------
    parenchyma
        The liver parenchyma the region grows in.
    vessels
        Enhancing blood of the intrahepatic vessels, taken in where liver surrounds it.
    """

    parenchyma: HuRange
    vessels: HuRange


_N, _A, _P = ContrastPhase.NON_CONTRAST, ContrastPhase.ARTERIAL, ContrastPhase.PORTAL_VENOUS

#: Windows per contrast phase (see the module's notes). Without contrast, blood (35–45 HU) is a
#: little darker than the liver; in the late arterial phase the portal vein (120–180 HU) and arteries are brighter
#: while the hepatic veins are not yet opacified (they lie in the parenchyma window); in the
#: portal-venous phase every vein is brighter than the liver.
LIVER_WINDOWS: dict[ContrastPhase, LiverWindow] = {
    _N: LiverWindow(HuRange(45.0, 75.0), HuRange(20.0, 45.0)),
    _A: LiverWindow(HuRange(65.0, 100.0), HuRange(100.0, 450.0)),
    _P: LiverWindow(HuRange(90.0, 135.0), HuRange(135.0, 260.0)),
}

#: Radius (mm) of the opening that cuts the region's bridges into neighbouring organs: wider
#: than the stomach and duodenal walls and the gallbladder wall (2–4 mm thick), narrower than
#: any part of the liver that must stay (the left lobe's edge is some 10 mm thick).
LEAK_OPENING_MM = 3.0

#: Radius (mm) of the closing that takes in the intrahepatic vessels: larger than the hepatic
#: veins' radius at the confluence (about 7 mm), smaller than the inferior vena cava's (10 mm
#: and more).
VESSEL_CLOSING_MM = 8.0

#: Largest hole (mm²) filled in an axial slice: the cross-section of a vessel of radius
#: :data:`VESSEL_CLOSING_MM`. The cava's cross-section is larger.
MAX_SLICE_HOLE_MM2 = float(np.pi * VESSEL_CLOSING_MM**2)

#: A slice's hole whose median HU is below this is bile, fluid, fat or gas, not liver.
SOFT_TISSUE_FLOOR_HU = 20.0

#: Steps reported to ``progress`` after the growing.
_STEPS = 4


class _PolledCancel(CancelToken):
    """A cancel token that asks the caller's ``should_cancel`` each time it is checked."""

    def __init__(self, should_cancel: Callable[[], bool]) -> None:
        super().__init__()
        self._should_cancel = should_cancel

    def raise_if_cancelled(self) -> None:
        if self._should_cancel():
            self.cancel()
        if self.cancelled:
            raise OperationCancelled(
                Message("The liver segmentation was cancelled; the liver segment is unchanged.")
            )


def liver_window(phase: ContrastPhase | str) -> LiverWindow:
    """The liver tool's HU windows for ``phase``.

    Raises
    ------
    ValidationError
        If ``phase`` is not a known contrast phase.
    """
    try:
        return LIVER_WINDOWS[ContrastPhase(phase)]
    except ValueError:
        raise ValidationError(
            Message(
                "The contrast phase '{phase}' is not known; choose non-contrast, arterial or "
                "portal-venous.",
                phase=str(phase),
            )
        ) from None


def segment_liver(
    volume_hu: NDArray[np.integer] | NDArray[np.floating],
    spacing: Sequence[float],
    seeds: Sequence[Sequence[int]],
    phase: ContrastPhase | str,
    *,
    progress: ProgressReporter | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Mask:
    """Segment the liver, intrahepatic vessels included, from seeds in its parenchyma.

    Parameters
    ----------
    volume_hu
        The CT in Hounsfield units, indexed ``(slice, row, column)``.
    spacing
        Voxel spacing ``(slice, row, column)`` in mm.
    seeds
        ``(slice, row, column)`` indices of voxels in the liver parenchyma (away from vessels
        and tumour); one is enough, more help where a lobe hangs on a thin bridge.
    phase
        The series' contrast phase, which chooses the HU windows (:data:`LIVER_WINDOWS`).
    progress
        Told of each step.
    should_cancel
        Polled between steps; when it returns True the work stops.

    Returns
    -------
    numpy.ndarray
        Boolean mask of the liver on the volume's grid.

    Raises
    ------
    ValidationError
        If the volume is not 3-D, the spacing is not three positive numbers, there is no seed,
        a seed lies outside the image or outside the liver's window (a vessel, the tumour,
        another organ, or the wrong phase chosen), or the liver at a seed is thinner than the
        bridges the tool cuts.
    OperationCancelled
        If ``should_cancel`` returned True.
    """
    report = progress if progress is not None else no_progress
    cancel = _PolledCancel(should_cancel) if should_cancel is not None else None
    volume = _as_volume(volume_hu, spacing)
    window = liver_window(phase)
    starts = _checked_seeds(volume, seeds, window, ContrastPhase(phase))

    grown: list[tuple[Box, Mask]] = []
    for seed in starts:
        if any(_inside(box, mask, seed) for box, mask in grown):
            continue  # this seed's region is already there
        grown.append(_grow(volume, seed, window, report, cancel))
    _check(cancel)

    box = _work_box([b for b, _ in grown], _radius(volume.spacing, VESSEL_CLOSING_MM), volume)
    liver = np.zeros(tuple(s.stop - s.start for s in box), dtype=bool)
    for part_box, part in grown:
        liver[_within(part_box, box)] |= part
    values = volume.voxels[box]

    report(1, _STEPS, Message("Including the vessels inside the liver"))
    liver = _with_partial_volume_rim(liver, values, window.parenchyma.lower)
    liver |= _enclosed_vessels(liver, values, window.vessels, volume.spacing)
    _check(cancel)
    report(2, _STEPS, Message("Filling holes"))
    liver = _fill_slice_holes(liver, values, window.vessels.upper, volume.spacing)
    liver = _fill_cavities(liver)
    _check(cancel)
    report(3, _STEPS, Message("Removing leaks"))
    liver = _connected_to(liver, [_relative(s, box) for s in starts])
    _check(cancel)
    report(_STEPS, _STEPS, Message("Liver segmented"))
    mask = np.zeros(volume.shape, dtype=bool)
    mask[box] = liver
    return mask


def _as_volume(
    volume_hu: NDArray[np.integer] | NDArray[np.floating], spacing: Sequence[float]
) -> Volume:
    array = np.asarray(volume_hu)
    if array.ndim != 3 or min(array.shape) == 0:
        raise ValidationError(Message("The liver tool needs a 3-D image (a CT series)."))
    if not (np.issubdtype(array.dtype, np.integer) or np.issubdtype(array.dtype, np.floating)):
        raise ValidationError(Message("The liver tool needs an image of Hounsfield units."))
    steps = tuple(float(s) for s in spacing)
    if len(steps) != 3 or not all(np.isfinite(s) and s > 0.0 for s in steps):
        raise ValidationError(
            Message("The voxel spacing must be three positive numbers to segment the liver.")
        )
    if array.dtype != np.int16:
        # int16 stays as it is; anything else is compared as float32, as Volume holds it.
        array = array.astype(np.float32, copy=False)
    return Volume(array, (steps[0], steps[1], steps[2]), (0.0, 0.0, 0.0), np.eye(3), (), "", "")


def _checked_seeds(
    volume: Volume, seeds: Sequence[Sequence[int]], window: LiverWindow, phase: ContrastPhase
) -> list[Index]:
    """The seeds as indices, each checked against the image and the parenchyma window."""
    if len(seeds) == 0:
        raise ValidationError(Message("Click at least one point inside the liver first."))
    checked: list[Index] = []
    for number, seed in enumerate(seeds, start=1):
        if len(seed) != 3:
            raise ValidationError(
                Message("Seed {number} is not a voxel (three indices).", number=number)
            )
        s, r, c = (int(v) for v in seed)
        if not all(0 <= v < n for v, n in zip((s, r, c), volume.shape, strict=True)):
            raise ValidationError(Message("Seed {number} lies outside the image.", number=number))
        value = float(
            smoothed_box(volume, (slice(s, s + 1), slice(r, r + 1), slice(c, c + 1)))[0, 0, 0]
        )
        low, high = window.parenchyma.lower, window.parenchyma.upper
        if not low <= value <= high:
            raise ValidationError(
                Message(
                    "Seed {number} has {value:.0f} HU, outside the liver's range in the "
                    "{phase} phase ({low:.0f} to {high:.0f} HU); click in the liver "
                    "parenchyma away from vessels and tumour, or check the series' phase.",
                    number=number,
                    value=value,
                    phase=str(phase),
                    low=low,
                    high=high,
                )
            )
        checked.append((s, r, c))
    return checked


def _grow(
    volume: Volume,
    seed: Index,
    window: LiverWindow,
    progress: ProgressReporter,
    cancel: CancelToken | None,
) -> tuple[Box, Mask]:
    try:
        return grow_region(
            volume,
            seed,
            window.parenchyma.lower,
            window.parenchyma.upper,
            opening_mm=LEAK_OPENING_MM,
            progress=progress,
            cancel=cancel,
        )
    except ValidationError:
        # The seed was checked against the image and the window: what is left is a liver
        # too thin at the seed for the opening's ball.
        raise ValidationError(
            Message(
                "The liver is thinner than {mm:.0f} mm at the seed; click in a thicker part "
                "of the liver.",
                mm=2 * LEAK_OPENING_MM,
            )
        ) from None


def _check(cancel: CancelToken | None) -> None:
    if cancel is not None:
        cancel.raise_if_cancelled()


def _inside(box: Box, mask: Mask, point: Index) -> bool:
    if not all(b.start <= p < b.stop for b, p in zip(box, point, strict=True)):
        return False
    return bool(mask[_relative(point, box)])


def _radius(spacing: tuple[float, float, float], mm: float) -> Index:
    """A ball of ``mm`` as voxels per axis ``(slice, row, column)``."""
    s, r, c = (max(1, int(round(mm / step))) for step in spacing)
    return s, r, c


def _work_box(boxes: list[Box], margin: Index, volume: Volume) -> Box:
    """The box around every grown part, widened by ``margin`` (the closing reads that far)."""
    s, r, c = (
        slice(
            max(0, min(b[axis].start for b in boxes) - margin[axis]),
            min(volume.shape[axis], max(b[axis].stop for b in boxes) + margin[axis]),
        )
        for axis in range(3)
    )
    return s, r, c


def _within(box: Box, outer: Box) -> Box:
    s, r, c = (slice(b.start - o.start, b.stop - o.start) for b, o in zip(box, outer, strict=True))
    return s, r, c


def _relative(point: Index, outer: Box) -> Index:
    s, r, c = (p - o.start for p, o in zip(point, outer, strict=True))
    return s, r, c


def _image(mask: Mask) -> sitk.Image:
    return sitk.GetImageFromArray(mask.view(np.uint8))


def _array(image: sitk.Image) -> Mask:
    result: Mask = sitk.GetArrayFromImage(image).view(bool)
    return result


def _with_partial_volume_rim(liver: Mask, values: Values, below: float) -> Mask:
    """``liver`` with the voxels just outside it, darker than ``below``, that are more than
    half liver.

    A voxel on the liver's surface is part liver, part its neighbour, and its value lies
    between theirs: it counts as liver when its value is nearer that of the liver voxel inside
    it than that of the voxel beyond it, along any of the three axes (the half-way rule of
    partial-volume segmentation). Growing stops short of these voxels where the neighbour is
    darker (fat, lung, muscle: their value falls below the window), and on a large liver they
    are some 3 % of its volume. Against brighter vessels the mixed voxels are in the window
    and already grown; the rule is not applied there, where the noise would decide it.
    """
    shape = liver.shape
    add = np.zeros(shape, dtype=bool)
    for axis in range(3):
        for step in (1, -1):
            # Voxels x outside the liver whose neighbour x - step is inside and x + step exists.
            here = [slice(None)] * 3
            inner = [slice(None)] * 3
            outer = [slice(None)] * 3
            n = shape[axis]
            if step == 1:
                here[axis], inner[axis], outer[axis] = slice(1, n - 1), slice(0, n - 2), slice(2, n)
            else:
                here[axis], inner[axis], outer[axis] = slice(1, n - 1), slice(2, n), slice(0, n - 2)
            h, i, o = tuple(here), tuple(inner), tuple(outer)
            found = np.nonzero(liver[i] & ~liver[h])
            if len(found[0]) == 0:
                continue
            value = values[h][found].astype(np.float32)
            nearer = np.abs(value - values[i][found]) <= np.abs(value - values[o][found])
            nearer &= value < below
            target = add[h]
            target[tuple(f[nearer] for f in found)] = True
    return liver | add


def _enclosed_vessels(
    liver: Mask, values: Values, vessels: HuRange, spacing: tuple[float, float, float]
) -> Mask:
    """Enhancing voxels the liver surrounds: inside its closing by a ball of
    :data:`VESSEL_CLOSING_MM`, in the vessel window."""
    closed = _closing(liver, spacing, VESSEL_CLOSING_MM)
    enhancing: Mask = (values >= vessels.lower) & (values <= vessels.upper)
    return closed & enhancing & ~liver


def _closing(mask: Mask, spacing: tuple[float, float, float], radius_mm: float) -> Mask:
    """Morphological closing of ``mask`` by a ball of ``radius_mm``, from two distance maps.

    Dilation is the voxels within the radius of the mask, erosion the voxels farther than
    the radius from what lies outside: two linear-time Euclidean distance maps in mm, some
    five times quicker than a structuring element of 20 voxels across on 0.75 mm pixels, and
    a true ball on anisotropic voxels.
    """

    # Outside the image is background: padded by the radius, the ball can roll in from there
    # (else the closing would take in all within the radius of the image's faces).
    pad = [(n, n) for n in _radius(spacing, radius_mm)]
    padded = np.pad(mask, pad)

    def distance_to(inside: Mask) -> NDArray[np.float32]:
        image = _image(inside)
        image.SetSpacing((spacing[2], spacing[1], spacing[0]))
        distance: NDArray[np.float32] = sitk.GetArrayFromImage(
            sitk.SignedMaurerDistanceMap(
                image, insideIsPositive=False, squaredDistance=False, useImageSpacing=True
            )
        )
        return distance

    dilated: Mask = distance_to(padded) <= radius_mm
    closed: Mask = distance_to(~dilated) > radius_mm
    inner = tuple(slice(a, n - b) for (a, b), n in zip(pad, padded.shape, strict=True))
    return closed[inner] | mask


def _fill_slice_holes(
    liver: Mask, values: Values, top_hu: float, spacing: tuple[float, float, float]
) -> Mask:
    """``liver`` with the small soft-tissue holes of each axial slice filled (see the module)."""
    pixel_mm2 = spacing[1] * spacing[2]
    max_pixels = int(MAX_SLICE_HOLE_MM2 / pixel_mm2)
    out = liver.copy()
    for index in np.flatnonzero(liver.any(axis=(1, 2))):
        section = liver[index]
        background = sitk.GetImageFromArray((~section).view(np.uint8))
        labels = sitk.GetArrayFromImage(sitk.ConnectedComponent(background, False))
        edge = np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))
        holes = np.setdiff1d(np.unique(labels[labels > 0]), edge)
        if len(holes) == 0:
            continue
        sizes = np.bincount(labels.ravel())
        for label in holes:
            if sizes[label] > max_pixels:
                continue
            inside = labels == label
            median = float(np.median(values[index][inside]))
            if SOFT_TISSUE_FLOOR_HU <= median <= top_hu:
                out[index][inside] = True
    return out


def _fill_cavities(liver: Mask) -> Mask:
    """``liver`` with every background part that does not reach the box's faces added."""
    return _array(sitk.BinaryFillhole(_image(liver), False, 1))


def _connected_to(liver: Mask, seeds: list[Index]) -> Mask:
    """The face-connected parts of ``liver`` holding a seed."""
    inside = [(c, r, s) for s, r, c in seeds if liver[s, r, c]]
    grown = sitk.ConnectedThreshold(_image(liver), seedList=inside, lower=1, upper=1)
    return _array(grown)
