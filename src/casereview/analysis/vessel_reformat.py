"""Images of a vessel along its centreline: the straightened reformation and its cross-sections.

The sections of a :class:`~casereview.analysis.vessel_contact.VesselContactMeasurement` are the
planes the contact angles were measured in. This module resamples the image (and the tumour and
vessel masks, for their contours) on exactly those planes, so what a person sees is what was
measured:

* the **straightened curved planar reformation** (:func:`curved_planar_reformation`): one image
  row per section, sampled along the section's ``axis_u`` through its centre, the columns
  growing along ``axis_u``; the vessel runs down the image;
* the **cross-section** at one section (:func:`cross_section`): the plane spanned by ``axis_u``
  and ``v = normal x axis_u``, drawn with ``axis_u`` up and ``v`` to the left, so a section
  angle (measured from ``axis_u`` towards ``v``, as the contact arcs are) runs counter-clockwise
  on the screen from 12 o'clock (:func:`angle_to_pixel`, :func:`pixel_to_angle`).

Points are ``(z, y, x)`` mm in the frame of the arrays (index times spacing, plus
``origin_mm``), as in :mod:`casereview.analysis.vessel_contact`. Image values are interpolated
linearly; masks are taken from the nearest voxel, so a contour drawn from them is the mask as
it was segmented. NumPy and SciPy only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy import ndimage

from casereview.analysis.vessel_contact import ContactSection

FloatArray = NDArray[np.float64]
Spacing = tuple[float, float, float]

#: Half the width of a reformatted image (mm): a vessel of 5–15 mm and the tumour around it.
DEFAULT_HALF_WIDTH_MM = 25.0
#: Finest pixel (mm) used when the volume's own spacing is finer still.
_FINEST_PIXEL_MM = 0.25
#: Value of an image sample outside the volume (air in Hounsfield units).
OUTSIDE_VALUE = -1024.0


@dataclass(frozen=True, eq=False)
class PlaneImage:
    """An image resampled on planes of a vessel, with the masks resampled the same way.

    Attributes
    ----------
    image
        Interpolated values (float32), indexed ``(row, column)``.
    tumour, vessel
        The masks on the same pixels (nearest voxel), or ``None`` when not given.
    pixel_mm
        Size of a pixel along the sampled direction(s), mm.
    half_width_mm
        Distance from the centre column (and, for a cross-section, the centre row) to the edge.
    """

    image: NDArray[np.float32]
    tumour: NDArray[np.bool_] | None
    vessel: NDArray[np.bool_] | None
    pixel_mm: float
    half_width_mm: float

    @property
    def centre_index(self) -> int:
        """Column (and, for a cross-section, row) of the section's centre."""
        return int(self.image.shape[1]) // 2


def section_axes(section: ContactSection) -> tuple[FloatArray, FloatArray]:
    """The unit vectors ``(axis_u, v)`` spanning a section, ``v = normal x axis_u``."""
    u = np.asarray(section.axis_u, dtype=np.float64)
    u = u / max(float(np.linalg.norm(u)), 1e-12)
    v = np.cross(np.asarray(section.normal, dtype=np.float64), u)
    return u, v / max(float(np.linalg.norm(v)), 1e-12)


def pixel_size_mm(spacing: Spacing) -> float:
    """The pixel of a reformatted image: the finest voxel spacing (not below 0.25 mm)."""
    return max(float(min(spacing)), _FINEST_PIXEL_MM)


def _half_pixels(half_width_mm: float, pixel_mm: float) -> int:
    if not (half_width_mm > 0.0 and pixel_mm > 0.0):
        raise ValueError("half width and pixel size must be positive")
    return max(int(round(half_width_mm / pixel_mm)), 1)


def cross_section_points(
    section: ContactSection, half_width_mm: float, pixel_mm: float
) -> FloatArray:
    """``(n, n, 3)`` points of a cross-section image: row 0 at ``+axis_u``, column 0 at ``+v``.

    Pixel ``(r, c)`` is at ``centre + (h - r) * pixel * axis_u + (h - c) * pixel * v`` with
    ``h = n // 2``, so the centre is the middle pixel, ``axis_u`` points up and ``v`` left.
    """
    half = _half_pixels(half_width_mm, pixel_mm)
    offsets = (half - np.arange(2 * half + 1, dtype=np.float64)) * pixel_mm
    u, v = section_axes(section)
    centre = np.asarray(section.centre_mm, dtype=np.float64)
    points: FloatArray = centre + offsets[:, None, None] * u + offsets[None, :, None] * v
    return points


def cpr_points(
    sections: Sequence[ContactSection], half_width_mm: float, pixel_mm: float
) -> FloatArray:
    """``(len(sections), n, 3)`` points of the straightened reformation.

    Row ``i`` is section ``i``; column ``c`` is at ``centre_i + (c - h) * pixel * axis_u_i``.
    """
    half = _half_pixels(half_width_mm, pixel_mm)
    offsets = (np.arange(2 * half + 1, dtype=np.float64) - half) * pixel_mm
    if not sections:
        return np.zeros((0, offsets.size, 3))
    centres = np.array([s.centre_mm for s in sections], dtype=np.float64)
    axes = np.array([section_axes(s)[0] for s in sections])
    points: FloatArray = centres[:, None, :] + offsets[None, :, None] * axes[:, None, :]
    return points


def sample(
    array: NDArray[np.generic],
    spacing: Spacing,
    points_mm: FloatArray,
    *,
    order: Literal[0, 1] = 1,
    outside: float = 0.0,
    origin_mm: ArrayLike = (0.0, 0.0, 0.0),
) -> FloatArray:
    """Values of ``array`` at ``(..., 3)`` points in mm (linear or nearest), ``outside`` beyond.

    Only the box of voxels the points reach is read and converted, so a full CT volume or a
    boolean mask of it costs what the image needs, not the volume's size.
    """
    shape = points_mm.shape[:-1]
    flat = points_mm.reshape(-1, 3)
    if flat.shape[0] == 0:
        return np.zeros(shape)
    index = (flat - np.asarray(origin_mm, dtype=np.float64)) / np.asarray(spacing, dtype=float)
    dims = np.asarray(array.shape)
    lo = np.clip(np.floor(index.min(axis=0)).astype(np.int64) - 1, 0, dims)
    hi = np.clip(np.ceil(index.max(axis=0)).astype(np.int64) + 2, 0, dims)
    if np.any(hi <= lo):
        return np.full(shape, outside, dtype=np.float64)
    box = tuple(slice(int(a), int(b)) for a, b in zip(lo, hi, strict=True))
    crop = np.asarray(array[box], dtype=np.float32)
    local = (index - lo).T
    # Points beyond the volume read ``outside``; points just inside its last voxel centre
    # but beyond the crop cannot occur (the crop reaches a voxel past every point).
    beyond = np.any((index < -0.5) | (index > dims - 0.5), axis=1)
    values = np.asarray(
        ndimage.map_coordinates(crop, local, order=order, mode="nearest", prefilter=False),
        dtype=np.float64,
    )
    values[beyond] = outside
    result: FloatArray = values.reshape(shape)
    return result


def _masks(
    tumour: NDArray[np.bool_] | None,
    vessel: NDArray[np.bool_] | None,
    spacing: Spacing,
    points: FloatArray,
    origin_mm: ArrayLike,
) -> tuple[NDArray[np.bool_] | None, NDArray[np.bool_] | None]:
    def one(mask: NDArray[np.bool_] | None) -> NDArray[np.bool_] | None:
        if mask is None:
            return None
        values = sample(mask, spacing, points, order=0, outside=0.0, origin_mm=origin_mm)
        return np.asarray(values > 0.5)

    return one(tumour), one(vessel)


def curved_planar_reformation(
    volume: NDArray[np.generic],
    spacing: Spacing,
    sections: Sequence[ContactSection],
    *,
    tumour: NDArray[np.bool_] | None = None,
    vessel: NDArray[np.bool_] | None = None,
    half_width_mm: float = DEFAULT_HALF_WIDTH_MM,
    pixel_mm: float | None = None,
    origin_mm: ArrayLike = (0.0, 0.0, 0.0),
) -> PlaneImage:
    """The vessel straightened along its centreline: one row per section.

    Parameters
    ----------
    volume
        Image values indexed ``(z, y, x)``.
    spacing
        Voxel spacing ``(z, y, x)`` in mm.
    sections
        The measured sections, in order along the centreline.
    tumour, vessel
        Masks on the volume's grid, resampled the same way (nearest voxel) for contours.
    half_width_mm
        Width either side of the centreline.
    pixel_mm
        Pixel size along ``axis_u`` (default: the finest voxel spacing).
    origin_mm
        ``(z, y, x)`` mm of voxel ``[0, 0, 0]`` in the sections' frame.

    Returns
    -------
    PlaneImage
        Row ``i`` is section ``i``; the middle column is the centreline.
    """
    px = pixel_size_mm(spacing) if pixel_mm is None else float(pixel_mm)
    points = cpr_points(sections, half_width_mm, px)
    image = sample(volume, spacing, points, outside=OUTSIDE_VALUE, origin_mm=origin_mm)
    tumour_image, vessel_image = _masks(tumour, vessel, spacing, points, origin_mm)
    return PlaneImage(image.astype(np.float32), tumour_image, vessel_image, px, half_width_mm)


def cross_section(
    volume: NDArray[np.generic],
    spacing: Spacing,
    section: ContactSection,
    *,
    tumour: NDArray[np.bool_] | None = None,
    vessel: NDArray[np.bool_] | None = None,
    half_width_mm: float = DEFAULT_HALF_WIDTH_MM,
    pixel_mm: float | None = None,
    origin_mm: ArrayLike = (0.0, 0.0, 0.0),
) -> PlaneImage:
    """The image in the plane of one section, ``axis_u`` up and ``v`` to the left.

    Parameters are those of :func:`curved_planar_reformation`, for one section.

    Returns
    -------
    PlaneImage
        A square image whose middle pixel is the section's centre
        (:func:`angle_to_pixel` places a section angle on it).
    """
    px = pixel_size_mm(spacing) if pixel_mm is None else float(pixel_mm)
    points = cross_section_points(section, half_width_mm, px)
    image = sample(volume, spacing, points, outside=OUTSIDE_VALUE, origin_mm=origin_mm)
    tumour_image, vessel_image = _masks(tumour, vessel, spacing, points, origin_mm)
    return PlaneImage(image.astype(np.float32), tumour_image, vessel_image, px, half_width_mm)


def angle_to_pixel(angle_deg: float, radius_mm: float, image: PlaneImage) -> tuple[float, float]:
    """``(column, row)`` of the point at ``angle_deg`` and ``radius_mm`` from a section's centre.

    The angle is measured from ``axis_u`` towards ``v`` (as contact arcs are), which on the
    cross-section image runs counter-clockwise from 12 o'clock.
    """
    h = float(image.centre_index)
    r = radius_mm / image.pixel_mm
    theta = math.radians(angle_deg)
    return (h - r * math.sin(theta), h - r * math.cos(theta))


def pixel_to_angle(column: float, row: float, image: PlaneImage) -> float:
    """The section angle (0–360 degrees) of an image point; inverse of :func:`angle_to_pixel`."""
    h = float(image.centre_index)
    return math.degrees(math.atan2(h - column, h - row)) % 360.0


def section_point_mm(section: ContactSection, angle_deg: float, radius_mm: float) -> FloatArray:
    """The ``(z, y, x)`` mm point at ``angle_deg`` and ``radius_mm`` in a section's plane."""
    u, v = section_axes(section)
    theta = math.radians(angle_deg)
    centre = np.asarray(section.centre_mm, dtype=np.float64)
    point: FloatArray = centre + radius_mm * (math.cos(theta) * u + math.sin(theta) * v)
    return point
