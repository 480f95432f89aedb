"""Tumour-vessel contact for all the vessels of a case at once, with their surgical landmarks.

Given the tumour's mask and one mask per vessel (keyed by the vessel's kind: ``"sma"``,
``"celiac"``, ``"cha"``, ``"smv"``, ``"pv"``, ``"ivc"``, ``"aorta"``, ``"jejunal"``, and any
other kind such as ``"splenic_vein"``, which helps find the confluence), each vessel gets its
centreline through the tumour's neighbourhood, its sections and contact
(:mod:`casereview.analysis.vessel_contact`) and its distances to the branch points that matter.

The kinds are the values of :class:`casereview.domain.resectability.VesselKind` (a ``StrEnum``,
so its members can be the keys); plain strings are accepted so that vessels outside that list
(splenic vein, splenic artery) can take part in finding junctions.

Work is confined to the tumour's neighbourhood (``region_mm`` around its bounding box): that is
where contact can be, and it holds the origins and confluences a surgeon asks about. Branch
points are of three kinds (:mod:`casereview.analysis.centreline`): bifurcations inside one
vessel's mask, ends of a mask inside the region, and junctions where one vessel's mask ends
against another's (the SMA against the aorta: the SMA's origin). Known combinations get a
landmark key (:data:`LANDMARKS`); front ends translate the keys.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy import ndimage

from casereview.analysis.centreline import (
    BIFURCATION,
    END,
    JUNCTION,
    BranchPoint,
    Centreline,
    Spacing,
    bounding_box,
    compute_centreline,
)
from casereview.analysis.vessel_contact import (
    DEFAULT_TOLERANCE_MM,
    SCHEMA,
    DistanceField,
    VesselContactMeasurement,
    measure_along,
)
from casereview.errors import OperationCancelled, ValidationError
from casereview.messages import Message

#: Region kept around the tumour (mm): far enough to hold the branch points that matter (the
#: SMA's origin lies 2 to 4 cm above a pancreatic head tumour, the hepatic artery's bifurcation
#: about as far, and a vessel must go on past it to tell its end from the region's border).
DEFAULT_REGION_MM = 50.0
#: A mask meeting another within this distance (mm) beyond its centreline's end radius ends there.
_JUNCTION_REACH_MM = 4.0
#: Junctions of one vessel closer than this (mm) are one place (SMV, portal and splenic veins).
_MERGE_MM = 8.0

SMA_ORIGIN = "sma_origin"
CELIAC_ORIGIN = "celiac_origin"
CHA_ORIGIN = "cha_origin"
CELIAC_BIFURCATION = "celiac_bifurcation"
SPLENIC_ARTERY_ORIGIN = "splenic_artery_origin"
HEPATIC_ARTERY_BIFURCATION = "hepatic_artery_bifurcation"
PORTOSPLENIC_CONFLUENCE = "portosplenic_confluence"
PORTAL_VEIN_BIFURCATION = "portal_vein_bifurcation"
JEJUNAL_ORIGIN = "first_jejunal_branch_origin"

#: Junctions named by the vessels that meet there: the first whose kinds all meet wins.
LANDMARKS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"sma", "aorta"}), SMA_ORIGIN),
    (frozenset({"celiac", "aorta"}), CELIAC_ORIGIN),
    (frozenset({"celiac", "cha", "splenic_artery"}), CELIAC_BIFURCATION),
    (frozenset({"cha", "celiac"}), CHA_ORIGIN),
    (frozenset({"splenic_artery", "celiac"}), SPLENIC_ARTERY_ORIGIN),
    (frozenset({"smv", "splenic_vein"}), PORTOSPLENIC_CONFLUENCE),
    (frozenset({"pv", "splenic_vein"}), PORTOSPLENIC_CONFLUENCE),
    (frozenset({"smv", "pv"}), PORTOSPLENIC_CONFLUENCE),
    (frozenset({"jejunal", "sma"}), JEJUNAL_ORIGIN),
    (frozenset({"jejunal", "smv"}), JEJUNAL_ORIGIN),
)
#: Branch points inside one vessel's own mask, or its free end, named by the vessel's kind.
OWN_LANDMARKS: dict[tuple[str, str], str] = {
    ("cha", BIFURCATION): HEPATIC_ARTERY_BIFURCATION,
    # The CHA ends, by definition, where the gastroduodenal artery leaves it.
    ("cha", END): HEPATIC_ARTERY_BIFURCATION,
    ("pv", BIFURCATION): PORTAL_VEIN_BIFURCATION,
}

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class ContactAssessment:
    """Contact of the tumour with each vessel, for a report or for storage.

    Attributes
    ----------
    vessels
        One measurement per vessel found in the region, in the order the vessels were given.
    absent
        Kinds whose mask has no voxel within the region (too far from the tumour to matter).
    tolerance_mm
        Wall-to-tumour distance that counted as contact.
    region_mm
        Margin around the tumour that was analysed.
    """

    vessels: tuple[VesselContactMeasurement, ...]
    absent: tuple[str, ...]
    tolerance_mm: float
    region_mm: float

    def vessel(self, kind: str) -> VesselContactMeasurement | None:
        """The measurement of ``kind``, or None when it was absent or not given."""
        return next((v for v in self.vessels if v.vessel == kind), None)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dictionary (``schema`` as the vessel measurements')."""
        return {
            "schema": SCHEMA,
            "vessels": [v.to_json() for v in self.vessels],
            "absent": list(self.absent),
            "tolerance_mm": self.tolerance_mm,
            "region_mm": self.region_mm,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ContactAssessment:
        """Inverse of :meth:`to_json`."""
        return cls(
            vessels=tuple(VesselContactMeasurement.from_json(v) for v in data["vessels"]),
            absent=tuple(str(k) for k in data["absent"]),
            tolerance_mm=float(data["tolerance_mm"]),
            region_mm=float(data["region_mm"]),
        )


@dataclass(frozen=True, eq=False)
class _Vessel:
    kind: str
    mask: NDArray[np.bool_]
    line: Centreline


def assess_contacts(
    tumour: NDArray[np.bool_],
    vessels: Mapping[str, NDArray[np.bool_]],
    spacing: Spacing,
    *,
    tolerance_mm: float = DEFAULT_TOLERANCE_MM,
    region_mm: float = DEFAULT_REGION_MM,
    n_rays: int = 360,
    section_step_mm: float = 1.0,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ContactAssessment:
    """Measure the tumour's contact with every vessel given.

    Parameters
    ----------
    tumour
        Boolean tumour mask indexed ``(z, y, x)``.
    vessels
        Vessel kind to its boolean mask on the same grid. Only the part within ``region_mm``
        of the tumour is read, so views or lazily filled arrays cost little.
    spacing
        Voxel spacing ``(z, y, x)`` in mm.
    tolerance_mm
        Largest wall-to-tumour distance that counts as contact.
    region_mm
        Margin around the tumour's bounding box that is analysed.
    n_rays
        Rays per section.
    section_step_mm
        Distance between sections along each centreline.
    progress
        Called as ``progress(fraction, message)`` before each vessel and at the end.
    should_cancel
        Polled before each vessel; returning True stops the work.

    Returns
    -------
    ContactAssessment
        One measurement per vessel present in the region; positions are ``(z, y, x)`` mm in
        the frame of the arrays given.

    Raises
    ------
    ValidationError
        If the tumour mask is empty or a vessel mask's shape differs from the tumour's.
    OperationCancelled
        If ``should_cancel`` returned True.
    """
    _require_tumour(tumour)
    for mask in vessels.values():
        if mask.shape != tumour.shape:
            raise ValidationError(
                Message("Every vessel mask must lie on the tumour mask's grid (same shape).")
            )
    box = _region(tumour, spacing, region_mm)
    crops = {kind: np.asarray(mask[box], dtype=bool) for kind, mask in vessels.items()}
    return _assess(
        tumour[box],
        crops,
        spacing,
        _corner(box, spacing),
        tolerance_mm=tolerance_mm,
        region_mm=region_mm,
        n_rays=n_rays,
        section_step_mm=section_step_mm,
        progress=progress,
        should_cancel=should_cancel,
    )


def _region(tumour: NDArray[np.bool_], spacing: Spacing, region_mm: float) -> tuple[slice, ...]:
    sp = np.asarray(spacing, dtype=np.float64)
    lo, hi = bounding_box(tumour, np.ceil(region_mm / sp).astype(np.int64))
    return tuple(slice(int(a), int(b)) for a, b in zip(lo, hi, strict=True))


def _corner(box: tuple[slice, ...], spacing: Spacing) -> NDArray[np.float64]:
    """``(z, y, x)`` mm of the box's first voxel."""
    return np.array([float(b.start) for b in box]) * np.asarray(spacing, dtype=np.float64)


def _assess(
    tumour_box: NDArray[np.bool_],
    vessels: Mapping[str, NDArray[np.bool_]],
    spacing: Spacing,
    origin: NDArray[np.float64],
    *,
    tolerance_mm: float,
    region_mm: float,
    n_rays: int,
    section_step_mm: float,
    progress: Progress | None,
    should_cancel: Callable[[], bool] | None,
) -> ContactAssessment:
    """:func:`assess_contacts` on masks already cropped to the region (at ``origin`` mm)."""
    sp = np.asarray(spacing, dtype=np.float64)
    reach = tolerance_mm + 2.0 + 3.0 * float(sp.max())
    tumour_field = DistanceField.of_mask(tumour_box, spacing, origin_mm=origin, margin_mm=reach)
    surface = tumour_box & ~ndimage.binary_erosion(tumour_box)
    focus = np.argwhere(surface).astype(np.float64) * sp
    total = len(vessels)
    found: list[_Vessel] = []
    absent: list[str] = []
    for done, (kind, mask) in enumerate(vessels.items()):
        _check(should_cancel)
        _report(progress, done / (total + 1), done, total)
        if not mask.any():
            absent.append(kind)
            continue
        line = compute_centreline(mask, spacing, focus_mm=focus, origin_mm=origin)
        found.append(_Vessel(kind, mask, line))
    _check(should_cancel)
    lines = _with_junctions(found, sp, origin)
    results = []
    for vessel in found:
        _check(should_cancel)
        field = DistanceField.of_mask(vessel.mask, spacing, origin_mm=origin, margin_mm=3.0)
        results.append(
            measure_along(
                lines[vessel.kind],
                field,
                tumour_field,
                name=vessel.kind,
                tolerance_mm=tolerance_mm,
                n_rays=n_rays,
                section_step_mm=section_step_mm,
            )
        )
    _report(progress, 1.0, total, total)
    return ContactAssessment(tuple(results), tuple(absent), tolerance_mm, region_mm)


def assess_label_map(
    labels: NDArray[np.integer[Any]],
    spacing: Spacing,
    *,
    tumour: int | Sequence[int],
    vessels: Mapping[str, int | Sequence[int]],
    tolerance_mm: float = DEFAULT_TOLERANCE_MM,
    region_mm: float = DEFAULT_REGION_MM,
    n_rays: int = 360,
    section_step_mm: float = 1.0,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ContactAssessment:
    """:func:`assess_contacts` on a label map; vessel masks are only made near the tumour.

    Parameters
    ----------
    labels
        Label map indexed ``(z, y, x)``.
    spacing
        Voxel spacing ``(z, y, x)`` in mm.
    tumour
        Label value(s) of the tumour.
    vessels
        Vessel kind to its label value(s).
    tolerance_mm, region_mm, n_rays, section_step_mm, progress, should_cancel
        As for :func:`assess_contacts`.

    Returns
    -------
    ContactAssessment
        As :func:`assess_contacts`.

    Raises
    ------
    ValidationError
        If no voxel carries the tumour's label.
    OperationCancelled
        If ``should_cancel`` returned True.
    """
    tumour_mask = np.isin(labels, _values(tumour))
    _require_tumour(tumour_mask)
    box = _region(tumour_mask, spacing, region_mm)
    sub = labels[box]
    return _assess(
        tumour_mask[box],
        {kind: np.isin(sub, _values(v)) for kind, v in vessels.items()},
        spacing,
        _corner(box, spacing),
        tolerance_mm=tolerance_mm,
        region_mm=region_mm,
        n_rays=n_rays,
        section_step_mm=section_step_mm,
        progress=progress,
        should_cancel=should_cancel,
    )


def _require_tumour(tumour: NDArray[np.bool_]) -> None:
    if not tumour.any():
        raise ValidationError(
            Message("The tumour mask is empty: segment the tumour before measuring its contact.")
        )


def _values(value: int | Sequence[int]) -> list[int]:
    return [int(value)] if isinstance(value, int | np.integer) else [int(v) for v in value]


def _check(should_cancel: Callable[[], bool] | None) -> None:
    if should_cancel is not None and should_cancel():
        raise OperationCancelled(
            Message("The operation was cancelled. Work finished so far is kept.")
        )


def _report(progress: Progress | None, fraction: float, done: int, total: int) -> None:
    if progress is not None:
        progress(
            fraction,
            Message("Measuring tumour contact: vessel {done} of {total}", done=done, total=total),
        )


def _with_junctions(
    found: list[_Vessel], spacing: NDArray[np.float64], origin: NDArray[np.float64]
) -> dict[str, Centreline]:
    """Each vessel's centreline with the junctions to the others and landmark keys added."""
    extra: dict[str, list[BranchPoint]] = {v.kind: [] for v in found}
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            place = _interface(a.mask, b.mask, spacing, origin)
            if place is None:
                continue
            if not (_ends_near(a.line, place) or _ends_near(b.line, place)):
                continue  # side by side, not one leaving the other
            for own, other in ((a, b), (b, a)):
                s, offset = own.line.project(place)
                extra[own.kind].append(
                    BranchPoint(
                        JUNCTION,
                        (float(place[0]), float(place[1]), float(place[2])),
                        round(s, 2),
                        round(offset, 2),
                        (own.kind, other.kind),
                    )
                )
    out = {}
    for vessel in found:
        merged = _merge(vessel.kind, extra[vessel.kind])
        kept = [
            p
            for p in vessel.line.branch_points
            # A free end where a junction is found is that junction.
            if not (p.kind == END and any(_close(p, j, _MERGE_MM) for j in merged))
        ]
        named = [_named(vessel.kind, p) for p in [*kept, *merged]]
        out[vessel.kind] = vessel.line.with_branch_points(named)
    return out


def _interface(
    a: NDArray[np.bool_],
    b: NDArray[np.bool_],
    spacing: NDArray[np.float64],
    origin: NDArray[np.float64],
) -> NDArray[np.float64] | None:
    """Centre (mm) of the voxels where the two masks touch (26-neighbours), or None."""
    lo_a, hi_a = bounding_box(a, 1)
    lo_b, hi_b = bounding_box(b, 1)
    lo, hi = np.maximum(lo_a, lo_b), np.minimum(hi_a, hi_b)
    if np.any(lo >= hi):
        return None
    box = tuple(slice(int(x), int(y)) for x, y in zip(lo, hi, strict=True))
    touching = a[box] & ndimage.binary_dilation(b[box], np.ones((3, 3, 3), dtype=bool))
    if not touching.any():
        return None
    centre: NDArray[np.float64] = origin + (np.argwhere(touching).mean(axis=0) + lo) * spacing
    return centre


def _ends_near(line: Centreline, place: NDArray[np.float64]) -> bool:
    """Whether ``place`` lies at either end of ``line`` (a mask ending against another)."""
    for k in (0, len(line.points_mm) - 1):
        reach = line.end_radius(k > 0) + _JUNCTION_REACH_MM
        if np.linalg.norm(line.points_mm[k] - place) <= reach:
            return True
    return False


def _close(a: BranchPoint, b: BranchPoint, mm: float) -> bool:
    return bool(np.linalg.norm(np.subtract(a.position_mm, b.position_mm)) <= mm)


def _merge(kind: str, points: list[BranchPoint]) -> list[BranchPoint]:
    """Junctions of one vessel closer than :data:`_MERGE_MM` become one, listing every vessel."""
    groups: list[list[BranchPoint]] = []
    for p in points:
        for g in groups:
            if any(_close(p, q, _MERGE_MM) for q in g):
                g.append(p)
                break
        else:
            groups.append([p])
    out = []
    for g in groups:
        kinds = [kind, *sorted({k for p in g for k in p.branches if k != kind})]
        centre = np.mean([p.position_mm for p in g], axis=0)
        s = float(np.mean([p.arclength_mm for p in g]))
        out.append(
            BranchPoint(
                JUNCTION,
                (float(centre[0]), float(centre[1]), float(centre[2])),
                round(s, 2),
                round(float(min(p.offset_mm for p in g)), 2),
                tuple(kinds),
            )
        )
    return out


def _named(kind: str, point: BranchPoint) -> BranchPoint:
    if point.kind == JUNCTION:
        meeting = set(point.branches)
        for kinds, landmark in LANDMARKS:
            if kinds <= meeting:
                return replace(point, landmark=landmark)
        return point
    landmark = OWN_LANDMARKS.get((kind, point.kind), "")
    return replace(point, landmark=landmark) if landmark else point


def assess_vessel(
    vessel: NDArray[np.bool_],
    tumour: NDArray[np.bool_],
    spacing: Spacing,
    *,
    kind: str = "",
    **options: Any,
) -> VesselContactMeasurement | None:
    """The contact with one vessel (:func:`assess_contacts` for it alone).

    Returns None when the vessel has no voxel within the region around the tumour.
    """
    result = assess_contacts(tumour, {kind: vessel}, spacing, **options)
    return result.vessel(kind)
