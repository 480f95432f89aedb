"""Tumour-vessel circumferential contact measured from a label map.

The measurement only uses voxels: it does not know how the labels were made. Along the
vessel, cross-sections are taken perpendicular to the local vessel direction (estimated from
the label map), rays are cast from the cross-section's centre, and a ray is "in contact" when
tumour lies within ``tolerance_mm`` outside the point where it leaves the vessel. The contact
angle of a cross-section is the fraction of rays in contact times 360 degrees; the vessel's
angle is the maximum over cross-sections and the contact length is the centreline length of
the cross-sections with any contact.

Steps:

1. crop to the tumour's neighbourhood and compute the distance (mm) to the tumour;
2. find the vessel's main direction near the tumour (principal axis of its voxels) and slice
   the crop along the index axis closest to it;
3. in each slice keep the vessel component nearest to the tumour and take its centroid; fit
   the local centreline direction through the neighbouring centroids;
4. cast rays in the plane perpendicular to that direction through the interpolated (trilinear)
   vessel and tumour masks; the vessel wall is where the vessel mask drops below 0.5.

Inputs are NumPy arrays indexed ``(z, y, x)`` with spacing in mm in the same order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import SimpleITK as sitk
from numpy.typing import NDArray

#: Default distance (mm) between vessel wall and tumour that still counts as contact.
DEFAULT_TOLERANCE_MM = 1.0

#: How far (mm) around the tumour vessel voxels are considered.
_NEIGHBOURHOOD_MM = 15.0


@dataclass(frozen=True)
class ContactMeasurement:
    """Result of :func:`measure_contact`.

    Attributes
    ----------
    angle_deg
        Maximum circumferential contact over the analysed cross-sections (0..360).
    length_mm
        Centreline length of the cross-sections with contact.
    section_angles_deg
        Angle per analysed cross-section, in order along the slicing axis.
    slicing_axis
        Array axis (0 = z, 1 = y, 2 = x) the cross-sections were taken along.
    """

    angle_deg: float
    length_mm: float
    section_angles_deg: tuple[float, ...] = ()
    slicing_axis: int = 0


_NO_CONTACT = ContactMeasurement(0.0, 0.0)


def _as_labels(value: int | Sequence[int]) -> list[int]:
    return [int(value)] if isinstance(value, int | np.integer) else [int(v) for v in value]


def _trilinear(vol: NDArray[np.float32], idx: NDArray[np.float64]) -> NDArray[np.float32]:
    """Sample ``vol`` at fractional indices ``(N, 3)``; points outside the array read 0."""
    shape = np.array(vol.shape)
    inside = np.all((idx >= 0) & (idx <= shape - 1), axis=1)
    out = np.zeros(len(idx), dtype=np.float32)
    if not inside.any():
        return out
    p = idx[inside]
    i0 = np.minimum(np.floor(p).astype(np.int64), np.maximum(shape - 2, 0))
    f = (p - i0).astype(np.float32)
    acc = np.zeros(len(p), dtype=np.float32)
    for dz in (0, 1):
        wz = f[:, 0] if dz else 1 - f[:, 0]
        iz = np.minimum(i0[:, 0] + dz, shape[0] - 1)
        for dy in (0, 1):
            wy = f[:, 1] if dy else 1 - f[:, 1]
            iy = np.minimum(i0[:, 1] + dy, shape[1] - 1)
            for dx in (0, 1):
                wx = f[:, 2] if dx else 1 - f[:, 2]
                ix = np.minimum(i0[:, 2] + dx, shape[2] - 1)
                acc += wz * wy * wx * vol[iz, iy, ix]
    out[inside] = acc
    return out


def _nearest(mask: NDArray[np.bool_], idx: NDArray[np.float64]) -> NDArray[np.bool_]:
    """Nearest-voxel lookup of ``mask`` at fractional indices; outside reads False."""
    shape = np.array(mask.shape)
    r = np.rint(idx).astype(np.int64)
    inside = np.all((r >= 0) & (r < shape), axis=1)
    out = np.zeros(len(idx), dtype=bool)
    q = r[inside]
    out[inside] = mask[q[:, 0], q[:, 1], q[:, 2]]
    return out


def _distance_mm(
    mask: NDArray[np.bool_], spacing: tuple[float, float, float]
) -> NDArray[np.float32]:
    """Euclidean distance (mm) from every voxel to the mask (0 inside)."""
    img = sitk.GetImageFromArray(mask.astype(np.uint8))
    img.SetSpacing((spacing[2], spacing[1], spacing[0]))
    dist = sitk.SignedMaurerDistanceMap(
        img, insideIsPositive=False, squaredDistance=False, useImageSpacing=True
    )
    distance: NDArray[np.float32] = np.maximum(sitk.GetArrayFromImage(dist), 0.0).astype(np.float32)
    return distance


def _principal_axis(points: NDArray[np.float64]) -> NDArray[np.float64]:
    centred = points - points.mean(axis=0)
    _, vecs = np.linalg.eigh(centred.T @ centred)
    return vecs[:, -1]


def _components(mask2d: NDArray[np.bool_]) -> tuple[NDArray[np.int32], int]:
    img = sitk.ConnectedComponent(sitk.GetImageFromArray(mask2d.astype(np.uint8)), True)
    arr = sitk.GetArrayFromImage(img).astype(np.int32)
    return arr, int(arr.max())


def measure_contact(
    labels: NDArray[np.integer],
    spacing: tuple[float, float, float],
    *,
    vessel: int | Sequence[int],
    tumour: int | Sequence[int],
    tolerance_mm: float = DEFAULT_TOLERANCE_MM,
    n_rays: int = 360,
) -> ContactMeasurement:
    """Circumferential contact between the tumour and one vessel.

    Parameters
    ----------
    labels
        Label map indexed ``(z, y, x)``.
    spacing
        Voxel spacing ``(z, y, x)`` in mm.
    vessel
        Label value(s) of the vessel.
    tumour
        Label value(s) of the tumour.
    tolerance_mm
        Largest wall-to-tumour distance that counts as contact.
    n_rays
        Rays per cross-section.

    Returns
    -------
    ContactMeasurement
        Maximum contact angle, contact length and the per-section angles.
    """
    sp = np.asarray(spacing, dtype=np.float64)
    tmask = np.isin(labels, _as_labels(tumour))
    if not tmask.any() or not np.isin(labels, _as_labels(vessel)).any():
        return _NO_CONTACT
    # Crop to the tumour's neighbourhood: everything further away cannot be in contact.
    nz = np.nonzero(tmask)
    margin = np.ceil((_NEIGHBOURHOOD_MM + tolerance_mm) / sp).astype(int) + 2
    lo = np.maximum([int(a.min()) for a in nz] - margin, 0)
    hi = np.minimum([int(a.max()) + 1 for a in nz] + margin, labels.shape)
    crop = tuple(slice(int(a), int(b)) for a, b in zip(lo, hi, strict=True))
    vm = np.isin(labels[crop], _as_labels(vessel))
    tm = tmask[crop]
    dist = _distance_mm(tm, spacing)
    near_any = vm & (dist <= _NEIGHBOURHOOD_MM)
    touch_limit = tolerance_mm + float(sp.max())
    if not (vm & (dist <= touch_limit)).any():
        return _NO_CONTACT
    pts = np.argwhere(near_any) * sp
    axis_dir = _principal_axis(pts)
    a = int(np.argmax(np.abs(axis_dir)))
    # Per slice along axis a: the vessel component nearest to the tumour and its centroid.
    centroids: dict[int, NDArray[np.float64]] = {}
    mindist: dict[int, float] = {}
    for i in range(vm.shape[a]):
        v2 = np.take(vm, i, axis=a) & (np.take(dist, i, axis=a) <= _NEIGHBOURHOOD_MM)
        if not v2.any():
            continue
        comp, n = _components(v2)
        d2 = np.take(dist, i, axis=a)
        best, best_d = 0, np.inf
        for c in range(1, n + 1):
            gap = float(d2[comp == c].min())
            if gap < best_d:
                best, best_d = c, gap
        rc = np.argwhere(comp == best).astype(np.float64).mean(axis=0)
        full = np.insert(rc, a, float(i))
        centroids[i] = full * sp
        mindist[i] = best_d
    vmf = vm.astype(np.float32)
    theta = np.linspace(0.0, 2 * np.pi, n_rays, endpoint=False)
    ds = float(sp.min()) / 8.0
    radial = np.arange(0.0, 30.0, ds)
    extra = np.linspace(0.0, tolerance_mm, 6)
    angles: list[float] = []
    length = 0.0
    for i in sorted(centroids):
        if mindist[i] > touch_limit:
            angles.append(0.0)
            continue
        neigh = [centroids[j] for j in range(i - 2, i + 3) if j in centroids]
        d = _principal_axis(np.array(neigh)) if len(neigh) >= 3 else axis_dir
        d = d / np.linalg.norm(d)
        helper = np.eye(3)[int(np.argmin(np.abs(d)))]
        e1 = np.cross(d, helper)
        e1 /= np.linalg.norm(e1)
        e2 = np.cross(d, e1)
        dirs = np.cos(theta)[:, None] * e1 + np.sin(theta)[:, None] * e2
        # Slide every point of the perpendicular plane along the vessel axis into slice i:
        # the vessel is locally a cylinder along d, so the mask is the same there, and the
        # lookup never interpolates between (possibly thick) slices.
        shift = -dirs[:, a] / d[a]
        dirs_in_slice = dirs + shift[:, None] * d[None, :]
        ray_pts = centroids[i] + radial[None, :, None] * dirs_in_slice[:, None, :]
        inside = _trilinear(vmf, (ray_pts / sp).reshape(-1, 3)).reshape(n_rays, -1) >= 0.5
        leaving = np.argmax(~inside, axis=1)
        valid = ~inside.all(axis=1) & inside[:, 0]
        if not valid.any():
            angles.append(0.0)
            continue
        wall = radial[leaving][:, None] + extra[None, :]
        probe = centroids[i] + wall[:, :, None] * dirs_in_slice[:, None, :]
        hit = _nearest(tm, (probe / sp).reshape(-1, 3)).reshape(n_rays, -1)
        contact = hit.any(axis=1) & valid
        angle = 360.0 * float(contact.sum()) / float(valid.sum())
        angles.append(angle)
        if angle > 0:
            length += float(sp[a]) / max(abs(float(d[a])), 1e-3)
    return ContactMeasurement(
        angle_deg=round(max(angles, default=0.0), 1),
        length_mm=round(length, 1),
        section_angles_deg=tuple(round(x, 1) for x in angles),
        slicing_axis=a,
    )


def measure_contacts(
    labels: NDArray[np.integer],
    spacing: tuple[float, float, float],
    *,
    tumour: int | Sequence[int],
    vessels: Mapping[str, int | Sequence[int]],
    tolerance_mm: float = DEFAULT_TOLERANCE_MM,
) -> dict[str, ContactMeasurement]:
    """:func:`measure_contact` for several vessels at once.

    Parameters
    ----------
    labels
        Label map indexed ``(z, y, x)``.
    spacing
        Voxel spacing ``(z, y, x)`` in mm.
    tumour
        Label value(s) of the tumour.
    vessels
        Vessel name to its label value(s).
    tolerance_mm
        Largest wall-to-tumour distance that counts as contact.

    Returns
    -------
    dict
        Vessel name to its measurement.
    """
    return {
        name: measure_contact(
            labels, spacing, vessel=value, tumour=tumour, tolerance_mm=tolerance_mm
        )
        for name, value in vessels.items()
    }
