"""The resection surface the planner starts from: a plane by three points a person then bends.

With Couinaud segments, the plane is the one that best separates the right liver (segments
5–8) from the left (2–4), which is the plane along the middle hepatic vein (Cantlie's line),
with the right liver on its resected side: a right hepatectomy, the commonest major resection.
Without them, it is the plane through the liver's centre perpendicular to the patient's
left–right axis, the patient's right side resected. Either way its three control points lie
on slices (so each can be grabbed on the slice it lies on), one high and two low in the liver.

Positions are ``(z, y, x)`` mm in the volume's array frame, as in :mod:`casereview.analysis`.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from casereview.analysis.resection_surface import ResectionSurface
from casereview.errors import ValidationError
from casereview.messages import Message

FloatArray = NDArray[np.float64]

#: Couinaud segments of the right and left liver (right of and left of the MHV).
RIGHT_LIVER = (5, 6, 7, 8)
LEFT_LIVER = (2, 3, 4)
#: Where the control points sit, as a share of the liver's extent from its centre.
POINT_REACH = 0.3
#: Candidate positions tried along the normal when separating right from left.
_CANDIDATES = 256


class StartKind(enum.StrEnum):
    """How the start plane was chosen (the window says which)."""

    CANTLIE = "cantlie"  #: between right and left liver, along the middle hepatic vein
    CENTRE = "centre"  #: through the liver's centre, normal to the patient's left–right axis


@dataclass(frozen=True)
class StartSurface:
    """The start surface and how it was chosen."""

    surface: ResectionSurface
    kind: StartKind


def _centres(mask: NDArray[np.bool_], spacing: Sequence[float]) -> FloatArray:
    return np.argwhere(mask).astype(np.float64) * np.asarray(spacing, dtype=np.float64)


def _separating_offset(right: FloatArray, left: FloatArray) -> float:
    """The position along the normal with the fewest right voxels below and left voxels above."""
    right_sorted, left_sorted = np.sort(right), np.sort(left)
    low = min(float(right_sorted[0]), float(left_sorted[0]))
    high = max(float(right_sorted[-1]), float(left_sorted[-1]))
    candidates = np.linspace(low, high, _CANDIDATES)
    wrong = np.searchsorted(right_sorted, candidates) + (
        len(left_sorted) - np.searchsorted(left_sorted, candidates)
    )
    return float(candidates[int(np.argmin(wrong))])


def start_surface(
    liver: NDArray[np.bool_],
    spacing: Sequence[float],
    couinaud: NDArray[np.integer] | None,
    patient_right_mm: Sequence[float] | FloatArray,
) -> StartSurface:
    """The plane to start a surface plan from, as three control points.

    Parameters
    ----------
    liver
        The liver's mask ``(slice, row, column)``.
    spacing
        Voxel spacing ``(slice, row, column)`` mm.
    couinaud
        The Couinaud label map on the same grid (0 outside), or ``None``.
    patient_right_mm
        The patient's right direction in the array frame ``(z, y, x)``.

    Raises
    ------
    ValidationError
        If the liver is empty.
    """
    points = _centres(liver, spacing)
    if len(points) == 0:
        raise ValidationError(Message("The liver has no volume: segment the liver first."))
    centre = points.mean(axis=0)
    right_dir = np.asarray(patient_right_mm, dtype=np.float64)
    right_dir /= float(np.linalg.norm(right_dir))
    kind = StartKind.CENTRE
    normal, point = right_dir, centre
    if couinaud is not None:
        right = _centres(np.isin(couinaud, RIGHT_LIVER), spacing)
        left = _centres(np.isin(couinaud, LEFT_LIVER), spacing)
        if len(right) and len(left):
            axis = right.mean(axis=0) - left.mean(axis=0)
            if float(np.linalg.norm(axis)) > 0.0:
                normal = axis / float(np.linalg.norm(axis))
                offset = _separating_offset(right @ normal, left @ normal)
                point = centre + (offset - float(centre @ normal)) * normal
                kind = StartKind.CANTLIE
    # In-plane axes: the one nearest the slice axis (up the liver), and across.
    up = np.array([1.0, 0.0, 0.0]) - normal[0] * normal
    if float(np.linalg.norm(up)) < 1e-6:  # a plane parallel to the slices
        up = np.array([0.0, 1.0, 0.0]) - normal[1] * normal
    up /= float(np.linalg.norm(up))
    across = np.cross(normal, up)
    reach_up = POINT_REACH * float(np.ptp(points @ up))
    reach_across = POINT_REACH * float(np.ptp(points @ across))
    corners = [
        point + reach_up * up,
        point - reach_up * up + reach_across * across,
        point - reach_up * up - reach_across * across,
    ]
    # On slice centres, so each point is grabbed on the slice it lies on.
    slice_mm = float(spacing[0])
    last = (liver.shape[0] - 1) * slice_mm
    for corner in corners:
        corner[0] = float(np.clip(np.round(corner[0] / slice_mm) * slice_mm, 0.0, last))
    a, b, c = corners
    if float(np.cross(b - a, c - a) @ normal) < 0.0:
        b, c = c, b  # the resected side is where (b - a) x (c - a) points
    return StartSurface(ResectionSurface.through(a, b, c), kind)
