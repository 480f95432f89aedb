"""Tumour-vessel contact along a vessel's centreline, from two masks.

Definition (the one :mod:`casereview.demo.truth` computes from the analytic phantom): at a point
of the vessel's centreline, rays are cast in the plane perpendicular to the centreline; a ray is
*in contact* when tumour lies within ``tolerance_mm`` outside the point where it leaves the
vessel. The section's contact angle is the fraction of rays in contact times 360 degrees; the
vessel's angle is the maximum along the centreline and the contact length is the centreline
length where the angle is above zero.

How it is measured, and why:

* **Signed distances, not 0/1 masks.** Vessel and tumour become signed distance maps (mm, inside
  negative, :func:`~casereview.analysis.centreline.signed_distance_mm`), lightly smoothed along
  the finely sampled axes (:data:`SMOOTHING`; never moving a wall past a voxel centre) and
  sampled trilinearly: the wall of a binary mask is a staircase, and its steps would move the
  ends of a contact arc by up to half a voxel (some 4 degrees on a 5 mm circle).
* **Sections slide into the acquired planes.** A section perpendicular to an oblique vessel
  cuts through 2.5 mm slices, where a wall nearly parallel to them is only known to half a
  slice. Near the section the vessel and the tumour around it are close to a cylinder along
  the vessel, so each sample moves along the vessel (at most :data:`_MAX_SLIDE_MM`) into the
  nearest acquired plane and is read there at in-plane resolution. At the tumour's ends, where
  that assumption fails, the contact's extent is found again without sliding.
* **Sections every ``section_step_mm`` where the vessel is near the tumour**, each centred on the
  centroid of the vessel's outline found by a first ring of rays: a skeleton sits up to half a
  voxel off the axis, and rays from an off-centre point see an arc wider or narrower than it
  is (0.7 mm off a 4 mm radius changes a half-circle by some 20 degrees).
* **Walls and gaps to sub-sample precision.** Along each ray the wall is the first zero crossing
  of the vessel's distance and the gap the first zero crossing of the tumour's distance beyond
  it, both interpolated linearly between samples half the finest spacing apart. Rays that
  leave through an opening (a branch, beyond 2.5 times the section's median radius) count
  neither way.
* **Slivers below a voxel.** Where a tumour thins out along the wall (a mass leaving the vessel
  at a shallow angle), its last fraction of a voxel is missing from a mask; an arc whose
  tumour tapers steadily to below three voxels is prolonged to where the taper reaches zero
  (at most one voxel of wall).
* **The vessel's angle is the largest median of three neighbouring sections** (2 mm), so one
  section's staircase error is not reported as the maximum; **contact ends are refined by
  bisection**, so the length does not move in whole section steps.

Angles in a section are measured from its ``axis_u`` (the array's ``-y``, anterior in an axial
series, projected on the section; ``+z``, the slice axis, for a vessel running along ``y``)
towards ``normal x axis_u``;
a contact arc runs counter-clockwise from ``start_deg`` to ``end_deg`` and may wrap through 0.
Points are ``(z, y, x)`` mm in the frame of the arrays (index times spacing, plus
``origin_mm``), as in :mod:`casereview.analysis.centreline`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy import ndimage

from casereview.analysis.centreline import (
    BranchPoint,
    Centreline,
    Spacing,
    bounding_box,
    signed_distance_mm,
)

FloatArray = NDArray[np.float64]
Point3 = tuple[float, float, float]

#: Largest wall-to-tumour distance (mm) that counts as contact (as the demo's ground truth).
DEFAULT_TOLERANCE_MM = 1.0
#: How far past the tolerance (mm) a section's rays look for the tumour (its ``gap_mm``).
_SECTION_REACH_MM = 2.0
#: Percentile of a section's ray gaps reported as its gap: the plain minimum of hundreds of
#: rays is the one whose voxels happened to err most (half a voxel at each wall).
_GAP_PERCENTILE = 10.0
#: Halvings of a section step that find where a contact begins and ends.
_BISECTIONS = 2
#: Far outside: what a distance map reads beyond its box.
_FAR = 1.0e3
#: Rays longer than this times the section's median radius left through an opening.
_OPENING = 2.5
#: Gaussian smoothing (voxels) of the distance maps along their finely sampled axes. Chosen on
#: the phantoms of the tests and the demo: more removes more of the staircase (phantoms with
#: cut edges), but also thins the slivers a tapering tumour leaves along a wall (the demo).
SMOOTHING = 0.45
#: After smoothing, a voxel of the mask keeps at least this many voxels of depth (and one
#: outside stays as far out): smoothing moves walls between voxel centres, never past one.
_KEEP = 0.25
#: Sections in the median that gives the vessel's angle (see ``_peak``).
_PEAK_WINDOW = 3
#: A tumour thinner than this many voxels along an arc's last rays may be a tapering sliver.
_TAPER_THICKNESS = 3.0
#: Longest prolongation (voxels of wall) of an arc whose tumour tapers.
_TAPER_MAX = 1.0
#: Shortest stretch of wall (voxels) over which a taper must be seen.
_TAPER_SPAN = 1.0
#: Steepest taper (thickness per length of wall); steeper is a cut edge's staircase.
_TAPER_SLOPE = 3.0
#: Cosine of the largest tilt of a section to thick slices where tapers are trusted.
_TAPER_UPRIGHT = 0.87
#: Longest move (mm) of a section's sample along the vessel into an acquired plane.
_MAX_SLIDE_MM = 4.0
#: Schema of :meth:`VesselContactMeasurement.to_json`.
SCHEMA = 1


@dataclass(frozen=True, eq=False)
class DistanceField:
    """A signed distance map (mm, inside negative) on a box of the volume's grid.

    Attributes
    ----------
    values
        Distances on the box, indexed ``(z, y, x)``.
    spacing
        Voxel spacing ``(z, y, x)`` in mm.
    origin_mm
        ``(z, y, x)`` mm of ``values[0, 0, 0]`` in the common frame.
    """

    values: NDArray[np.float32]
    spacing: Spacing
    origin_mm: FloatArray

    @classmethod
    def of_mask(
        cls,
        mask: NDArray[np.bool_],
        spacing: Spacing,
        *,
        origin_mm: ArrayLike = (0.0, 0.0, 0.0),
        margin_mm: float = 0.0,
    ) -> DistanceField:
        """The smoothed distance map of ``mask`` on its bounding box grown by ``margin_mm``.

        The map is smoothed by a Gaussian of :data:`SMOOTHING` voxels along the finely sampled
        axes (not across thick slices, which sections slide into instead): a binary mask's wall
        is a staircase whose steps move a contact arc's end by up to half a voxel, some 4
        degrees on a 5 mm circle, and the smoothing averages the steps.

        Parameters
        ----------
        mask
            Boolean mask indexed ``(z, y, x)``; must not be empty.
        spacing
            Voxel spacing in mm.
        origin_mm
            ``(z, y, x)`` mm of ``mask[0, 0, 0]``.
        margin_mm
            Room kept around the mask; beyond it the field reads as far outside.
        """
        sp = np.asarray(spacing, dtype=np.float64)
        lo, hi = bounding_box(mask, np.ceil(margin_mm / sp).astype(int) + 1)
        box = tuple(slice(int(a), int(b)) for a, b in zip(lo, hi, strict=True))
        values = signed_distance_mm(mask[box], spacing)
        fine = sp <= 1.5 * sp.min()
        sigma = np.where(fine, SMOOTHING, 0.0)
        if sigma.any():
            smoothed = ndimage.gaussian_filter(values, sigma, mode="nearest")
            keep = _KEEP * float(sp.min())
            inside = mask[box]
            values = np.where(
                inside, np.minimum(smoothed, -keep), np.maximum(smoothed, keep)
            ).astype(np.float32)
        return cls(values, spacing, np.asarray(origin_mm, dtype=np.float64) + lo * sp)

    def sample(self, points_mm: FloatArray, slide: _Slide | None = None) -> NDArray[np.float64]:
        """Trilinear distance at ``(..., 3)`` points; far outside beyond the box.

        With ``slide``, each point first moves along the vessel to the nearest plane of the
        grid across ``slide.axis``, so nothing is interpolated across that axis.
        """
        flat = points_mm.reshape(-1, 3)
        sp = np.asarray(self.spacing)
        idx = (flat - self.origin_mm) / sp
        if slide is not None:
            a = slide.axis
            target = np.rint(idx[:, a])
            moved = (
                flat + ((target - idx[:, a]) * sp[a] / slide.tangent[a])[:, None] * slide.tangent
            )
            idx = (moved - self.origin_mm) / sp
            idx[:, a] = target
        out = ndimage.map_coordinates(
            self.values, idx.T, order=1, mode="constant", cval=_FAR, prefilter=False
        )
        return np.asarray(out, dtype=np.float64).reshape(points_mm.shape[:-1])


@dataclass(frozen=True)
class _Slide:
    """Move samples along ``tangent`` into the grid planes across ``axis``."""

    axis: int
    tangent: FloatArray


def _slide_for(tangent: FloatArray, spacing: Spacing) -> _Slide | None:
    """How a section perpendicular to ``tangent`` is best sampled on this grid.

    A binary mask is exact only within the acquired planes: between two 2.5 mm slices a wall is
    interpolated, and a wall nearly parallel to the slices is only known to half a slice. Near
    the section the vessel and the tumour around it are close to a cylinder along the vessel, so
    a point of the section can be moved along the vessel into the nearest acquired plane and read
    there at in-plane resolution. The move is at most half a slice over the cosine of the
    vessel's angle to the slice normal, kept under :data:`_MAX_SLIDE_MM` (at 4 mm a curve of
    35 mm radius drifts 0.2 mm off the line); the thickest axis that allows it is chosen.
    """
    sp = np.asarray(spacing)
    reach = 0.5 * sp / np.maximum(np.abs(tangent), 1e-9)
    usable = np.flatnonzero(reach <= _MAX_SLIDE_MM)
    if not len(usable):
        return None
    axis = int(max(usable, key=lambda k: (sp[k], abs(tangent[k]))))
    return _Slide(axis, tangent)


@dataclass(frozen=True)
class ContactArc:
    """One arc of contact in a section: counter-clockwise from ``start_deg`` to ``end_deg``."""

    start_deg: float
    end_deg: float

    @property
    def width_deg(self) -> float:
        """Angular width (0..360)."""
        width = (self.end_deg - self.start_deg) % 360.0
        return 360.0 if width == 0.0 and self.end_deg != self.start_deg else width


@dataclass(frozen=True)
class ContactSection:
    """One cross-section perpendicular to the centreline.

    Attributes
    ----------
    arclength_mm
        Position along the centreline.
    centre_mm
        Centre of the vessel's outline in the section (``(z, y, x)`` mm).
    normal
        Unit normal of the section (the centreline's tangent).
    axis_u
        Unit vector of angle 0 in the section; angle 90 is ``normal x axis_u``.
    angle_deg
        Contact angle of the section (0..360).
    arcs
        The contact arcs, counter-clockwise from ``axis_u``.
    radius_mm
        Median distance from the centre to the wall.
    gap_mm
        Wall-to-tumour distance along the section's rays: the tenth percentile of the rays that
        reach the tumour (0 when they overlap), or None when no tumour is within reach.
    """

    arclength_mm: float
    centre_mm: Point3
    normal: Point3
    axis_u: Point3
    angle_deg: float
    arcs: tuple[ContactArc, ...]
    radius_mm: float
    gap_mm: float | None


@dataclass(frozen=True)
class BranchDistance:
    """A branch point and its distance along the centreline from the contact (0 within it).

    Without contact the distance is from the section nearest the tumour, and None when no
    section was cut (the vessel is nowhere near the tumour).
    """

    branch_point: BranchPoint
    distance_mm: float | None


@dataclass(frozen=True)
class VesselContactMeasurement:
    """Everything a report needs about the tumour's contact with one vessel.

    Attributes
    ----------
    vessel
        The vessel's kind (``"sma"``, ``"smv"``...).
    angle_deg
        Largest section angle (0..360).
    length_mm
        Centreline length with contact.
    contact_start_mm, contact_end_mm
        Arc length of the first and last contact (None without contact).
    min_gap_mm
        0 with contact; else the smallest section gap (or, when no section reached the
        tumour, the distance between the two distance maps' surfaces), None when the tumour is
        out of reach.
    sections
        The analysed sections, in order along the centreline.
    branch_distances
        The centreline's branch points with their distance from the contact (or from the
        section nearest the tumour when there is no contact).
    centreline_length_mm
        Length of the analysed centreline.
    tolerance_mm
        Wall-to-tumour distance that counted as contact.
    n_rays
        Rays per section.
    """

    vessel: str
    angle_deg: float
    length_mm: float
    contact_start_mm: float | None
    contact_end_mm: float | None
    min_gap_mm: float | None
    sections: tuple[ContactSection, ...]
    branch_distances: tuple[BranchDistance, ...]
    centreline_length_mm: float
    tolerance_mm: float
    n_rays: int

    @property
    def in_contact(self) -> bool:
        """Whether any section has contact."""
        return self.angle_deg > 0.0

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dictionary (``schema`` :data:`SCHEMA`)."""
        return {
            "schema": SCHEMA,
            "vessel": self.vessel,
            "angle_deg": self.angle_deg,
            "length_mm": self.length_mm,
            "contact_start_mm": self.contact_start_mm,
            "contact_end_mm": self.contact_end_mm,
            "min_gap_mm": self.min_gap_mm,
            "centreline_length_mm": self.centreline_length_mm,
            "tolerance_mm": self.tolerance_mm,
            "n_rays": self.n_rays,
            "sections": [
                {
                    "arclength_mm": s.arclength_mm,
                    "centre_mm": list(s.centre_mm),
                    "normal": list(s.normal),
                    "axis_u": list(s.axis_u),
                    "angle_deg": s.angle_deg,
                    "arcs": [[a.start_deg, a.end_deg] for a in s.arcs],
                    "radius_mm": s.radius_mm,
                    "gap_mm": s.gap_mm,
                }
                for s in self.sections
            ],
            "branch_distances": [
                {
                    "kind": b.branch_point.kind,
                    "position_mm": list(b.branch_point.position_mm),
                    "arclength_mm": b.branch_point.arclength_mm,
                    "offset_mm": b.branch_point.offset_mm,
                    "branches": list(b.branch_point.branches),
                    "landmark": b.branch_point.landmark,
                    "distance_mm": b.distance_mm,
                }
                for b in self.branch_distances
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> VesselContactMeasurement:
        """Inverse of :meth:`to_json`.

        Raises
        ------
        ValueError
            If the data were written by a newer schema.
        """
        if int(data.get("schema", SCHEMA)) > SCHEMA:
            raise ValueError(f"contact measurement schema {data['schema']} is newer than {SCHEMA}")
        return cls(
            vessel=str(data["vessel"]),
            angle_deg=float(data["angle_deg"]),
            length_mm=float(data["length_mm"]),
            contact_start_mm=_optional(data["contact_start_mm"]),
            contact_end_mm=_optional(data["contact_end_mm"]),
            min_gap_mm=_optional(data["min_gap_mm"]),
            sections=tuple(
                ContactSection(
                    arclength_mm=float(s["arclength_mm"]),
                    centre_mm=_point(s["centre_mm"]),
                    normal=_point(s["normal"]),
                    axis_u=_point(s["axis_u"]),
                    angle_deg=float(s["angle_deg"]),
                    arcs=tuple(ContactArc(float(a), float(b)) for a, b in s["arcs"]),
                    radius_mm=float(s["radius_mm"]),
                    gap_mm=_optional(s["gap_mm"]),
                )
                for s in data["sections"]
            ),
            branch_distances=tuple(
                BranchDistance(
                    BranchPoint(
                        kind=str(b["kind"]),
                        position_mm=_point(b["position_mm"]),
                        arclength_mm=float(b["arclength_mm"]),
                        offset_mm=float(b["offset_mm"]),
                        branches=tuple(str(x) for x in b["branches"]),
                        landmark=str(b["landmark"]),
                    ),
                    _optional(b["distance_mm"]),
                )
                for b in data["branch_distances"]
            ),
            centreline_length_mm=float(data["centreline_length_mm"]),
            tolerance_mm=float(data["tolerance_mm"]),
            n_rays=int(data["n_rays"]),
        )


def _optional(value: Any) -> float | None:
    return None if value is None else float(value)


def _point(value: Sequence[Any] | FloatArray) -> Point3:
    return (float(value[0]), float(value[1]), float(value[2]))


def section_frame(tangent: FloatArray) -> tuple[FloatArray, FloatArray]:
    """The section's ``axis_u`` and ``axis_v`` (angle 0 and 90) for a unit tangent."""
    reference = np.array([0.0, -1.0, 0.0]) if abs(tangent[1]) < 0.8 else np.array([1.0, 0.0, 0.0])
    u = reference - (reference @ tangent) * tangent
    u /= np.linalg.norm(u)
    return u, np.cross(tangent, u)


def _first_crossing(
    values: NDArray[np.float64], radii: FloatArray, *, entering: bool
) -> FloatArray:
    """Per ray (row), the radius where the distance first changes sign (NaN if never).

    ``entering``: from outside to inside (a ray starting inside gives its first radius);
    otherwise from inside to outside (a wall). The crossing is interpolated linearly.
    """
    inside = values < 0
    if entering:
        cross = ~inside[:, :-1] & inside[:, 1:]
    else:
        cross = inside[:, :-1] & ~inside[:, 1:]
    found = cross.any(axis=1)
    k = np.argmax(cross, axis=1)
    rows = np.arange(len(values))
    a, b = values[rows, k], values[rows, k + 1]
    frac = np.where(b != a, a / np.where(b != a, a - b, 1.0), 0.0)
    out = radii[k] + frac * (radii[1] - radii[0])
    if entering:
        out = np.where(inside[:, 0], radii[0], out)
        found = found | inside[:, 0]
    return np.where(found, out, np.nan)


@dataclass(frozen=True)
class _Rays:
    """The result of casting rays in one section."""

    centre: FloatArray
    wall: FloatArray  # radius of the wall per ray (NaN: no wall found)
    valid: NDArray[np.bool_]
    gap: FloatArray  # wall-to-tumour distance per ray (NaN: none within reach)


def _walls(
    centre: FloatArray,
    directions: FloatArray,
    vessel: DistanceField,
    slide: _Slide | None,
    radii: FloatArray,
) -> tuple[FloatArray, NDArray[np.bool_]]:
    """Wall radius per ray, and which rays found a wall not in an opening."""
    pts = centre + radii[None, :, None] * directions[:, None, :]
    wall = _first_crossing(vessel.sample(pts, slide), radii, entering=False)
    found = np.isfinite(wall)
    if not found.any():
        return wall, found
    median = float(np.median(wall[found]))
    return wall, found & (wall <= _OPENING * median)


def _centroid(
    centre: FloatArray, wall: FloatArray, ok: NDArray[np.bool_], dirs: FloatArray
) -> FloatArray:
    """Area centroid of the polygon the rays' wall points draw (in 3-D)."""
    if ok.sum() < 8:
        return centre
    pts = centre + wall[ok][:, None] * dirs[ok]
    # A fan of triangles from the old centre, weighted by their areas: exact for the polygon
    # wherever the fan starts inside it.
    a, b = pts - centre, np.roll(pts, -1, axis=0) - centre
    area = 0.5 * np.linalg.norm(np.cross(a, b), axis=1)
    if area.sum() <= 0:
        return centre
    moved: FloatArray = centre + ((a + b) / 3.0 * area[:, None]).sum(axis=0) / area.sum()
    return moved


@dataclass(frozen=True)
class _Section:
    s: float
    centre: FloatArray
    normal: FloatArray
    axis_u: FloatArray
    contact: NDArray[np.bool_]
    valid: NDArray[np.bool_]
    radius: float
    gap: float | None

    @property
    def angle(self) -> float:
        n = int(self.valid.sum())
        return 360.0 * float(self.contact.sum()) / n if n else 0.0


def _section(
    line: Centreline,
    s: float,
    vessel: DistanceField,
    tumour: DistanceField,
    tolerance: float,
    n_rays: int,
    *,
    sliding: bool = True,
) -> _Section:
    centre, tangent = line.at(s)
    u, v = section_frame(tangent)
    slide = _slide_for(tangent, vessel.spacing) if sliding else None
    # The smoothed distance is close to linear across a wall, so half a voxel between samples and
    # a linear interpolation of the crossing place the wall to a small fraction of a voxel.
    step = min(vessel.spacing) / 2.0
    k = int(np.argmin(np.abs(line.arclength_mm - s)))
    inscribed = max(float(line.radii_mm[k]), 2.0 * step)
    # First a coarse ring to centre the section on the vessel's outline (thinning leaves the
    # centreline up to half a voxel off the axis); three inscribed radii reach the wall of a
    # vein flattened to one third.
    coarse = np.linspace(0.0, 2 * np.pi, 36, endpoint=False)
    coarse_dirs = np.cos(coarse)[:, None] * u + np.sin(coarse)[:, None] * v
    wall, ok = _walls(
        centre, coarse_dirs, vessel, slide, np.arange(0.0, 3.0 * inscribed + 2.0, 2 * step)
    )
    centre = _centroid(centre, wall, ok, coarse_dirs)
    median = float(np.median(wall[ok])) if ok.any() else inscribed
    theta = (np.arange(n_rays) + 0.5) * (2 * np.pi / n_rays)
    dirs = np.cos(theta)[:, None] * u + np.sin(theta)[:, None] * v
    # The wall is searched from 0.3 to 2.75 median radii: nearer, the outline would not be
    # round; further, a ray has left through an opening.
    radii = np.arange(0.3 * median, 1.1 * _OPENING * median + 2 * step, step)
    wall, valid = _walls(centre, dirs, vessel, slide, radii)
    gap = np.full(n_rays, np.nan)
    thickness = np.full(n_rays, np.nan)
    # The voxel size the section is read at: in-plane when it slides into the acquired planes.
    sp = np.asarray(vessel.spacing)
    voxel = float(np.delete(sp, slide.axis).max() if slide is not None else sp.max())
    # A section tilted to thick slices stretches their staircase across it, where a tumour's
    # abrupt edge then thins like a taper: the taper is only trusted where the grid is not
    # stretched (isotropic voxels, or a section within 30 degrees of the slices).
    isotropic = float(sp.max()) <= 1.2 * float(sp.min())
    upright = slide is not None and abs(float(tangent[slide.axis])) >= _TAPER_UPRIGHT
    if valid.any():
        depth = tolerance + max(_SECTION_REACH_MM, _TAPER_THICKNESS * voxel)
        beyond = np.arange(0.0, depth + step, step)
        w = np.where(valid, wall, 0.0)
        q = centre + (w[:, None] + beyond[None, :])[:, :, None] * dirs[:, None, :]
        t = tumour.sample(q, slide)
        gap = np.where(valid, _first_crossing(t, beyond, entering=True), np.nan)
        thickness = np.where(valid, _thickness(t, beyond, gap), np.nan)
    contact = valid & (np.nan_to_num(gap, nan=np.inf) <= tolerance)
    if isotropic or upright:
        contact = _taper(contact, valid, wall, thickness, voxel)
    gaps = gap[valid & np.isfinite(gap)]
    return _Section(
        s,
        centre,
        tangent,
        u,
        contact,
        valid,
        float(np.median(wall[valid])) if valid.any() else 0.0,
        float(np.percentile(gaps, _GAP_PERCENTILE)) if len(gaps) else None,
    )


def _thickness(t: NDArray[np.float64], beyond: FloatArray, entry: FloatArray) -> FloatArray:
    """Per ray, the tumour's extent from ``entry`` to where the ray leaves it (or the band's end)."""
    inside = t < 0
    cols = np.arange(t.shape[1])
    start = np.floor(np.nan_to_num(entry, nan=0.0) / (beyond[1] - beyond[0])).astype(int)
    leaving = ~inside & (cols[None, :] > start[:, None])
    found = leaving.any(axis=1)
    k = np.argmax(leaving, axis=1)
    rows = np.arange(len(t))
    a, b = t[rows, np.maximum(k - 1, 0)], t[rows, k]
    frac = np.where(b != a, a / np.where(b != a, a - b, 1.0), 0.0)
    exit_at = np.where(
        found, beyond[np.maximum(k - 1, 0)] + frac * (beyond[1] - beyond[0]), beyond[-1]
    )
    return np.where(np.isfinite(entry), np.maximum(exit_at - entry, 0.0), np.nan)


def _taper(
    contact: NDArray[np.bool_],
    valid: NDArray[np.bool_],
    wall: FloatArray,
    thickness: FloatArray,
    voxel: float,
) -> NDArray[np.bool_]:
    """Prolong contact arcs whose tumour tapers to a sliver thinner than the voxels can hold.

    A voxel is tumour when its centre is, so where the tumour thins out along the wall (a mass
    leaving the vessel at a shallow angle) its last fraction of a voxel is missing from the
    mask and the arc ends up to a voxel early. Where the thickness measured along the last rays
    of an arc falls steadily towards the end and is already below :data:`_TAPER_THICKNESS`
    voxels, it is extrapolated linearly to zero and the arc prolonged to there (by at most
    :data:`_TAPER_MAX` voxels of wall). A tumour that ends abruptly (thick to the end) is left
    as it is.
    """
    n = len(contact)
    if contact.all() or not contact.any():
        return contact
    out = contact.copy()
    width = 2 * np.pi / n
    starts = np.flatnonzero(contact & ~np.roll(contact, 1))
    ends = np.flatnonzero(contact & ~np.roll(contact, -1))
    for first, last in zip(starts, ends, strict=True):
        arc = (np.arange(first, first + (last - first) % n + 1)) % n
        if not (thickness[arc] >= _TAPER_THICKNESS * voxel).any():
            # Thin all along: the section grazes the tumour's end, there is no body to taper from.
            continue
        for end, inward in ((int(first), 1), (int(last), -1)):
            arc_mm = width * float(wall[end])
            pos, thick = [], []
            k = end
            for j in range(n):
                if not contact[k] or thickness[k] >= _TAPER_THICKNESS * voxel:
                    break
                if j * arc_mm > 2 * _TAPER_THICKNESS * voxel:
                    break
                pos.append(j * arc_mm)
                thick.append(float(thickness[k]))
                k = (k + inward) % n
            if len(pos) < 3 or pos[-1] < _TAPER_SPAN * voxel:
                continue
            slope, at_end = np.polyfit(pos, thick, 1)
            if not 0 < slope <= _TAPER_SLOPE or at_end <= 0:
                continue
            extra = min(min(at_end, 0.5 * voxel) / slope, _TAPER_MAX * voxel)
            k = end
            for _ in range(int(round(extra / arc_mm))):
                k = (k - inward) % n
                if contact[k] or not valid[k]:
                    break
                out[k] = True
    return out


def _arcs(contact: NDArray[np.bool_]) -> tuple[ContactArc, ...]:
    """Runs of rays in contact as arcs (ray ``i`` covers ``[i, i + 1) * 360 / n`` degrees)."""
    n = len(contact)
    if not contact.any():
        return ()
    if contact.all():
        return (ContactArc(0.0, 360.0),)
    width = 360.0 / n
    # Start the scan after a ray without contact so no run is split at 0 degrees.
    first_off = int(np.argmin(contact))
    order = (np.arange(n) + first_off) % n
    arcs = []
    start: int | None = None
    for k in order:
        if contact[k] and start is None:
            start = int(k)
        elif not contact[k] and start is not None:
            arcs.append(ContactArc(round(start * width, 2), round(int(k) * width % 360.0, 2)))
            start = None
    if start is not None:
        arcs.append(ContactArc(round(start * width, 2), round(first_off * width, 2)))
    return tuple(arcs)


def _public(section: _Section) -> ContactSection:
    return ContactSection(
        arclength_mm=round(section.s, 3),
        centre_mm=_point(np.round(section.centre, 3)),
        normal=_point(np.round(section.normal, 6)),
        axis_u=_point(np.round(section.axis_u, 6)),
        angle_deg=round(section.angle, 2),
        arcs=_arcs(section.contact),
        radius_mm=round(section.radius, 3),
        gap_mm=None if section.gap is None else round(max(section.gap, 0.0), 3),
    )


def measure_along(
    line: Centreline,
    vessel: DistanceField,
    tumour: DistanceField,
    *,
    name: str = "",
    tolerance_mm: float = DEFAULT_TOLERANCE_MM,
    n_rays: int = 360,
    section_step_mm: float = 1.0,
) -> VesselContactMeasurement:
    """Contact of the tumour with a vessel whose centreline and distance maps are known.

    Parameters
    ----------
    line
        The vessel's centreline (same frame as the fields).
    vessel, tumour
        Distance maps of the vessel and of the tumour.
    name
        The vessel's kind, carried into the result.
    tolerance_mm
        Largest wall-to-tumour distance that counts as contact.
    n_rays
        Rays per section.
    section_step_mm
        Distance between sections along the centreline.

    Returns
    -------
    VesselContactMeasurement
        The sections near the tumour, the maximum angle, the length and the branch distances.
    """
    starts = np.arange(0.0, line.length_mm + 1e-9, section_step_mm)
    centres = np.stack(
        [np.interp(starts, line.arclength_mm, line.points_mm[:, k]) for k in range(3)], axis=1
    )
    radii = np.interp(starts, line.arclength_mm, line.radii_mm)
    # Sections are cut where the wall may be within reach of the tumour: the centre's distance
    # to the tumour less the inscribed radius (a flattened vein's wall reaches further than that
    # radius, hence the margin of two voxels).
    clearance = tumour.sample(centres) - radii
    near = clearance <= tolerance_mm + _SECTION_REACH_MM + 2.0 * max(vessel.spacing)
    sections = [
        _section(line, float(s), vessel, tumour, tolerance_mm, n_rays) for s in starts[near]
    ]
    start = end = None
    length = 0.0
    if any(sec.contact.any() for sec in sections):
        length, start, end = _contact_extent(
            line, sections, vessel, tumour, tolerance_mm, n_rays, section_step_mm
        )
    focus_s = _focus(sections, start)
    distances = tuple(
        BranchDistance(b, _distance(b.arclength_mm, start, end, focus_s))
        for b in line.branch_points
    )
    # Rays measure a gap across the wall precisely, within their reach; beyond it the two
    # distance maps tell.
    ray_gaps = [sec.gap for sec in sections if sec.gap is not None]
    if start is not None:
        gap: float | None = 0.0
    else:
        gap = max(min(ray_gaps), 0.0) if ray_gaps else _closest_gap(vessel, tumour)
    return VesselContactMeasurement(
        vessel=name,
        angle_deg=round(_peak(sections, section_step_mm), 2),
        length_mm=round(length, 2),
        contact_start_mm=None if start is None else round(start, 2),
        contact_end_mm=None if end is None else round(end, 2),
        min_gap_mm=None if gap is None else round(gap, 2),
        sections=tuple(_public(sec) for sec in sections),
        branch_distances=distances,
        centreline_length_mm=round(line.length_mm, 2),
        tolerance_mm=tolerance_mm,
        n_rays=n_rays,
    )


def _peak(sections: list[_Section], step: float) -> float:
    """The vessel's angle: the largest median of three neighbouring sections.

    Each section's angle carries the staircase of the voxels it crosses, a few degrees either
    way; the plain maximum over dozens of sections picks the largest of those errors. A
    median of three sections (2 mm of vessel, less than any contact that matters) keeps the
    peak of a real contact and drops a single section's outlier.
    """
    if not sections:
        return 0.0
    angles = np.array([sec.angle for sec in sections])
    if len(angles) < 3:
        return float(angles.max())
    return float(ndimage.median_filter(angles, size=_PEAK_WINDOW, mode="nearest").max())


def _closest_gap(vessel: DistanceField, tumour: DistanceField) -> float | None:
    """Smallest wall-to-tumour distance (mm, 0 when they touch), from the two distance maps.

    At a vessel voxel just inside its wall, the tumour's distance less the voxel's depth is the
    gap across the wall; None when no vessel wall lies within the tumour's map.
    """
    depth = float(max(vessel.spacing))
    wall = np.argwhere((vessel.values <= 0) & (vessel.values > -depth))
    if not len(wall):
        return None
    pts = vessel.origin_mm + wall * np.asarray(vessel.spacing)
    across = tumour.sample(pts) + vessel.values[tuple(wall.T)]
    best = float(across.min())
    return None if best >= 0.5 * _FAR else max(best, 0.0)


def _contact_extent(
    line: Centreline,
    sections: list[_Section],
    vessel: DistanceField,
    tumour: DistanceField,
    tolerance: float,
    n_rays: int,
    step: float,
) -> tuple[float, float, float]:
    """Length with contact, first and last contact.

    Sections that slide into acquired planes assume the tumour goes on along the vessel, which
    is wrong at its ends: there they would prolong the contact by up to the slide. So each run
    of contact is shortened to the sections that see contact without sliding, and its ends are
    then found by bisection between a section with and one without contact.
    """

    def touches(s: float) -> bool:
        if s < 0 or s > line.length_mm:
            return False
        # Whether there is contact at all needs fewer rays than its angle (3 degrees apart).
        sec = _section(line, s, vessel, tumour, tolerance, max(n_rays // 3, 72), sliding=False)
        return bool(sec.contact.any())

    def edge(inside: float, outside: float) -> float:
        if outside < 0 or outside > line.length_mm:
            return min(max(outside, 0.0), line.length_mm)
        for _ in range(_BISECTIONS):
            middle = 0.5 * (inside + outside)
            if touches(middle):
                inside = middle
            else:
                outside = middle
        return 0.5 * (inside + outside)

    flags = [bool(sec.contact.any()) for sec in sections]
    positions = [sec.s for sec in sections]
    runs: list[tuple[float, float]] = []
    k = 0
    while k < len(sections):
        if not flags[k]:
            k += 1
            continue
        j = k
        while (
            j + 1 < len(sections) and flags[j + 1] and positions[j + 1] - positions[j] < 1.5 * step
        ):
            j += 1
        first, last = positions[k], positions[j]
        while first <= last and not touches(first):
            first += step
        while last > first and not touches(last):
            last -= step
        if first > last:
            # Only the sliding sections saw it: a contact shorter than a step, kept as one.
            runs.append((positions[k] - 0.5 * step, positions[k] + 0.5 * step))
        else:
            runs.append((edge(first, first - step), edge(last, last + step)))
        k = j + 1
    return sum(b - a for a, b in runs), runs[0][0], runs[-1][1]


def _focus(sections: list[_Section], start: float | None) -> float | None:
    """Where distances to branch points are measured from without contact: the nearest section."""
    if start is not None:
        return None
    gaps = [(sec.gap, sec.s) for sec in sections if sec.gap is not None]
    return min(gaps)[1] if gaps else None


def _distance(
    s: float, start: float | None, end: float | None, focus: float | None
) -> float | None:
    if start is not None and end is not None:
        d = 0.0 if start <= s <= end else min(abs(s - start), abs(s - end))
    elif focus is not None:
        d = abs(s - focus)
    else:
        return None
    return round(d, 2)
