"""A virtual liver resection of a case: volumes, margin and the remnant's verdict, live.

:class:`LiverPlanner` reads the case's liver, tumours and Couinaud segments once
(:mod:`casereview.services.liver_case` says which segments those are) and then computes a plan
for any resection tried on them: removing Couinaud segments (:meth:`LiverPlanner.by_segments`,
e.g. a right hepatectomy) or cutting along a surface given in patient coordinates (LPS mm, as
the viewer shows them; :meth:`LiverPlanner.by_surface`), fast enough to follow a control point
being dragged. Each call returns a :class:`LiverPlanDraft`: the plan's inputs and result as
the case keeps them, ready for :func:`save_liver_plan`. The GUI, the CLI and
:func:`plan_resection` all go through the planner: one way to compute a plan.

Height and weight come from the person, else from the images' Patient's Size and Weight, else
the plan is judged on the FLR % alone. The verdict is a planning aid for the MDT, never a
decision.

This module also gathers the liver planning API others use: the Couinaud builder
(:func:`build_couinaud_segments`) and the plan store (:func:`save_liver_plan`,
:func:`latest_liver_plan`, :func:`liver_plan_history`, :func:`get_liver_plan`,
:func:`verify_liver_plan`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from casereview.analysis.couinaud import segment_volumes_ml as couinaud_volumes
from casereview.analysis.liver_resection import (
    ResectionGeometry,
    ResectionPlane,
    ResectionVolumes,
    by_segments,
)
from casereview.analysis.resection_surface import ResectionSurface
from casereview.domain.liver_plan_record import (
    COUINAUD_LABELS,
    CouinaudLandmarksLps,
    LiverPlanDraft,
    LiverPlanInputs,
    LiverPlanResult,
    ResectionKind,
    SurfaceLps,
)
from casereview.domain.liver_remnant import (
    LiverCondition,
    LiverVolumes,
    RemnantAssessment,
    assess_remnant,
)
from casereview.domain.resectability_record import SegmentChoice
from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.services.liver_case import (
    LIVER_CODE,
    LiverCase,
    SeriesFrame,
    load_liver_case,
    size_from_images,
)
from casereview.services.liver_couinaud import build_couinaud_segments
from casereview.services.liver_plan_record import (
    get_liver_plan,
    latest_liver_plan,
    liver_plan_history,
    save_liver_plan,
    verify_liver_plan,
)
from casereview.store.database import Database
from casereview.store.repositories_liver import LiverPlanRepository

log = logging.getLogger(__name__)

__all__ = [
    "LIVER_CODE",
    "LiverPlan",
    "LiverPlanDraft",
    "LiverPlanner",
    "build_couinaud_segments",
    "get_liver_plan",
    "latest_liver_plan",
    "liver_plan_history",
    "parse_plane",
    "plan_resection",
    "save_liver_plan",
    "verify_liver_plan",
]

FloatArray = NDArray[np.float64]
Point = tuple[float, float, float]


def _no_couinaud() -> ValidationError:
    return ValidationError(
        Message(
            "This case has no Couinaud segments yet. Build them from the landmarks first "
            "(Liver planning → Couinaud segments, or 'casereview-cli liver-segments CASE "
            "--landmarks FILE.json'), or plan with a resection plane or surface instead."
        )
    )


@dataclass(frozen=True)
class _Size:
    height_cm: float | None
    weight_kg: float | None
    size_from: str


class LiverPlanner:
    """A case's liver ready for resections to be tried on it; build it with :meth:`open`.

    Attributes
    ----------
    case_id, series_instance_uid, frame_of_reference_uid
        The case and the series whose voxel grid the segments lie on.
    shape, spacing
        ``(slices, rows, columns)`` and their spacing (mm) of that grid.
    frame
        The grid's geometry (LPS ↔ array frame).
    liver, tumours, couinaud
        The segments used (Couinaud ones with role ``"couinaud-N"``).
    liver_mask, tumour_mask
        Boolean masks ``(z, y, x)``; the geometry counts their union as the whole liver.
    couinaud_labels
        Label map (0 outside the liver, 1–8) of the Couinaud segments, ``None`` without them.
    landmarks
        The landmarks the Couinaud segments were built from, when they were built here.
    height_cm_images, weight_kg_images
        The patient's size read from the images (``None`` when they do not say).
    geometry
        The liver and tumour voxels, kept once so each resection is quick.
    """

    def __init__(
        self,
        case: LiverCase,
        landmarks: CouinaudLandmarksLps | None,
        size_in_images: tuple[float | None, float | None],
    ) -> None:
        self._case = case
        self.case_id = case.case_id
        self.series_instance_uid = case.series_instance_uid
        self.frame_of_reference_uid = case.frame_of_reference_uid
        self.frame: SeriesFrame = case.frame
        self.shape: tuple[int, int, int] = case.frame.shape
        self.spacing: tuple[float, float, float] = case.frame.spacing
        self.liver: SegmentChoice = case.liver
        self.tumours: tuple[SegmentChoice, ...] = case.tumours
        self.couinaud: tuple[SegmentChoice, ...] = case.couinaud
        self.liver_mask: NDArray[np.bool_] = case.liver_mask
        self.tumour_mask: NDArray[np.bool_] = case.tumour_mask
        self.couinaud_labels: NDArray[np.uint8] | None = case.couinaud_labels
        self.landmarks = landmarks
        self.height_cm_images, self.weight_kg_images = size_in_images
        self.geometry = ResectionGeometry(case.liver_mask, case.tumour_mask, case.frame.spacing)
        # Plans by segments work on the box holding the segments and the tumours: the same
        # counts and centre-to-centre distances as on the whole grid, a fraction of the voxels.
        self._segment_box: tuple[slice, ...] = ()
        if case.couinaud_labels is not None:
            occupied = (case.couinaud_labels > 0) | case.tumour_mask
            if occupied.any():
                self._segment_box = tuple(
                    slice(int(found[0]), int(found[-1]) + 1)
                    for found in (
                        np.flatnonzero(occupied.any(axis=other))
                        for other in ((1, 2), (0, 2), (0, 1))
                    )
                )
        self._segment_volumes: dict[int, float] = (
            {}
            if case.couinaud_labels is None
            else {
                label: volume
                for label, volume in couinaud_volumes(case.couinaud_labels, self.spacing).items()
                if label in case.couinaud_uuids
            }
        )

    @classmethod
    def open(
        cls,
        db: Database,
        case_id: int,
        *,
        liver: str | None = None,
        tumours: Sequence[str] = (),
    ) -> LiverPlanner:
        """Read the case's liver, tumours and Couinaud segments, and the size in its images.

        Parameters
        ----------
        db
            Open case database.
        case_id
            The case.
        liver, tumours
            Segments (name or UUID) chosen by hand; by default the liver by its code and every
            segment coded as a neoplasm that lies in the liver.

        Raises
        ------
        ValidationError
            If the liver is not segmented (or twice), a named segment does not exist, the
            segments lie on different series or grids, or two segments claim the same
            Couinaud segment.
        """
        case = load_liver_case(db, case_id, liver=liver, tumours=tumours)
        landmarks = None
        if case.couinaud:
            with db.reading() as session:
                found = LiverPlanRepository(session).landmarks_of(case_id, case.couinaud_uuids)
            landmarks = None if found is None else found.landmarks
        size = size_from_images(db, case.series_instance_uid)
        planner = cls(case, landmarks, size)
        log.info(
            "liver planner of case #%d: %d tumour segment(s), %d Couinaud segment(s)",
            case_id,
            len(case.tumours),
            len(case.couinaud),
        )
        return planner

    # --- coordinates ------------------------------------------------------------------------

    def to_array_mm(self, points_lps: ArrayLike) -> FloatArray:
        """Array-frame positions ``(z, y, x)`` mm of LPS positions (``(3,)`` or ``(n, 3)``)."""
        return self.frame.to_array_mm(points_lps)

    def to_lps(self, points_array_mm: ArrayLike) -> FloatArray:
        """LPS positions of array-frame positions ``(z, y, x)`` mm (``(3,)`` or ``(n, 3)``)."""
        return self.frame.to_lps(points_array_mm)

    def surface_in_array_frame(self, surface: SurfaceLps) -> ResectionSurface:
        """The analysis' surface for a surface given in patient coordinates.

        Raises
        ------
        ValidationError
            If the normal has no length, a position is not finite, or control points coincide.
        """
        point = self.to_array_mm(np.asarray(surface.point, dtype=float))
        normal = self.frame.normal_to_array(surface.normal)
        plane = ResectionPlane(
            (float(point[0]), float(point[1]), float(point[2])),
            (float(normal[0]), float(normal[1]), float(normal[2])),
        )
        controls = (
            self.to_array_mm(np.asarray(surface.control_points, dtype=float).reshape(-1, 3))
            if surface.control_points
            else np.zeros((0, 3))
        )
        return ResectionSurface(
            plane, tuple((float(z), float(y), float(x)) for z, y, x in controls)
        )

    # --- measures ---------------------------------------------------------------------------

    def segment_volumes_ml(self) -> dict[int, float]:
        """Volume (mL) of each Couinaud segment the case has (empty without them)."""
        return dict(self._segment_volumes)

    def measure_surface(self, surface: SurfaceLps) -> ResectionVolumes:
        """Volumes and margin when everything on the surface's resected side is removed."""
        return self.geometry.by_surface(self.surface_in_array_frame(surface))

    def measure_segments(self, removed: Sequence[int]) -> ResectionVolumes:
        """Volumes and margin when the Couinaud segments ``removed`` are taken out.

        Raises
        ------
        ValidationError
            If the case has no Couinaud segments (or not all eight), a label is not 1–8, or
            all eight would go.
        """
        chosen = tuple(sorted({int(s) for s in removed}))
        if not chosen or any(s not in COUINAUD_LABELS for s in chosen):
            raise ValidationError(Message("Choose the Couinaud segments to remove among 1 to 8."))
        if len(chosen) == len(COUINAUD_LABELS):
            raise ValidationError(
                Message("A resection of all eight segments leaves no liver; choose fewer segments.")
            )
        labels = self.couinaud_labels
        if labels is None:
            raise _no_couinaud()
        missing = [s for s in COUINAUD_LABELS if s not in self._case.couinaud_uuids]
        if missing:
            raise ValidationError(
                Message(
                    "Couinaud segment(s) {segments} are missing from the case (removed?); build "
                    "the Couinaud segments again from the landmarks.",
                    segments=", ".join(str(s) for s in missing),
                )
            )
        box = self._segment_box
        return by_segments(labels[box], chosen, self.tumour_mask[box], self.spacing)

    def _size(self, height_cm: float | None, weight_kg: float | None) -> _Size:
        if height_cm is not None or weight_kg is not None:
            return _Size(height_cm, weight_kg, "entered")
        if self.height_cm_images is not None and self.weight_kg_images is not None:
            return _Size(self.height_cm_images, self.weight_kg_images, "images")
        return _Size(None, None, "")

    def assess(
        self,
        volumes: ResectionVolumes,
        condition: LiverCondition | str,
        height_cm: float | None = None,
        weight_kg: float | None = None,
    ) -> tuple[RemnantAssessment, float | None, float | None, str]:
        """The remnant's verdict for measured volumes, with the size used and where it came from.

        Raises
        ------
        ValidationError
            If only one of height and weight is entered, or either is implausible.
        """
        size = self._size(height_cm, weight_kg)
        remnant = assess_remnant(
            LiverVolumes(
                volumes.total_ml,
                volumes.tumour_ml,
                volumes.resected_ml,
                volumes.remnant_tumour_ml,
            ),
            condition,
            height_cm=size.height_cm,
            weight_kg=size.weight_kg,
        )
        return remnant, size.height_cm, size.weight_kg, size.size_from

    def _draft(
        self,
        volumes: ResectionVolumes,
        kind: ResectionKind,
        removed: tuple[int, ...],
        surface: SurfaceLps | None,
        condition: LiverCondition | str,
        height_cm: float | None,
        weight_kg: float | None,
    ) -> LiverPlanDraft:
        remnant, height, weight, size_from = self.assess(volumes, condition, height_cm, weight_kg)
        inputs = LiverPlanInputs(
            series_instance_uid=self.series_instance_uid,
            liver=self.liver,
            tumours=self.tumours,
            couinaud=self.couinaud,
            kind=kind,
            removed_segments=removed,
            surface=surface,
            condition=remnant.condition,
            height_cm=height,
            weight_kg=weight,
            size_from=size_from,
            landmarks=self.landmarks if kind is ResectionKind.SEGMENTS else None,
        )
        result = LiverPlanResult.from_assessment(remnant, volumes.margin_mm, self._segment_volumes)
        return LiverPlanDraft(inputs, result, self._case.segment_versions)

    # --- plans ------------------------------------------------------------------------------

    def by_segments(
        self,
        removed: Sequence[int],
        *,
        condition: LiverCondition | str = LiverCondition.NORMAL,
        height_cm: float | None = None,
        weight_kg: float | None = None,
    ) -> LiverPlanDraft:
        """The plan that removes the Couinaud segments ``removed`` (5–8: right hepatectomy).

        Parameters
        ----------
        removed
            Couinaud labels removed.
        condition
            The liver's condition, which sets the thresholds.
        height_cm, weight_kg
            The patient's size as entered (both or neither); when neither, the size in the
            images, if any.

        Returns
        -------
        LiverPlanDraft
            Inputs (with the landmarks the segments were built from, when built here) and
            result; the margin is the tumour's distance to the remnant.

        Raises
        ------
        ValidationError
            See :meth:`measure_segments` and :meth:`assess`; also if a tumour lies outside the
            Couinaud segments.
        """
        volumes = self.measure_segments(removed)
        chosen = tuple(sorted({int(s) for s in removed}))
        return self._draft(
            volumes, ResectionKind.SEGMENTS, chosen, None, condition, height_cm, weight_kg
        )

    def by_surface(
        self,
        surface: SurfaceLps,
        *,
        condition: LiverCondition | str = LiverCondition.NORMAL,
        height_cm: float | None = None,
        weight_kg: float | None = None,
    ) -> LiverPlanDraft:
        """The plan that removes what lies on the resected side of ``surface``.

        Fast enough to call while a control point is dragged: the liver's voxels are read once
        in :meth:`open` (``benchmarks/bench_liver.py`` times it).

        Parameters
        ----------
        surface
            The resection surface in patient coordinates (a plane, bent through its control
            points); its normal points into the part removed.
        condition, height_cm, weight_kg
            As for :meth:`by_segments`.

        Raises
        ------
        ValidationError
            If the surface is degenerate (no normal, coinciding control points) or the size is
            implausible.
        """
        volumes = self.measure_surface(surface)
        return self._draft(
            volumes, ResectionKind.SURFACE, (), surface, condition, height_cm, weight_kg
        )


@dataclass(frozen=True)
class LiverPlan:
    """What :func:`plan_resection` found.

    Attributes
    ----------
    case_id, series_instance_uid
        The case and the series the segments lie on.
    liver, tumours
        The segments used.
    plane_lps
        The resection plane as given (point and unit normal, LPS mm).
    volumes
        Whole liver, tumours, resected part, tumour left, margin (mm).
    remnant
        FLR %, sFLR %, RBWR % and the verdicts for the chosen liver condition.
    height_cm, weight_kg, size_from
        The patient's size used, and where it came from (``"entered"``, ``"images"`` or
        ``""`` when not known).
    """

    case_id: int
    series_instance_uid: str
    liver: SegmentChoice
    tumours: tuple[SegmentChoice, ...]
    plane_lps: tuple[Point, Point]
    volumes: ResectionVolumes
    remnant: RemnantAssessment
    height_cm: float | None
    weight_kg: float | None
    size_from: str


def parse_plane(text: str) -> tuple[Point, Point]:
    """``"x,y,z;nx,ny,nz"`` → point and normal (LPS mm).

    Raises
    ------
    ValidationError
        If it is not two groups of three numbers.
    """
    try:
        point_text, normal_text = text.split(";")
        point = tuple(float(v) for v in point_text.split(","))
        normal = tuple(float(v) for v in normal_text.split(","))
    except ValueError:
        point, normal = (), ()
    if len(point) != 3 or len(normal) != 3 or not np.isfinite([*point, *normal]).all():
        raise ValidationError(
            Message(
                "Write the plane as a point and the direction of the part removed, "
                "\"x,y,z;nx,ny,nz\" in patient millimetres (got '{text}').",
                text=text,
            )
        )
    return (point[0], point[1], point[2]), (normal[0], normal[1], normal[2])


def plan_resection(
    db: Database,
    case_id: int,
    plane: tuple[Sequence[float], Sequence[float]],
    *,
    condition: LiverCondition | str = LiverCondition.NORMAL,
    height_cm: float | None = None,
    weight_kg: float | None = None,
    liver: str | None = None,
    tumours: Sequence[str] = (),
) -> LiverPlan:
    """Volumes, margin and the remnant's verdict for a resection by a plane (nothing stored).

    Parameters
    ----------
    db
        Open case database.
    case_id
        The case.
    plane
        A point on the resection plane and the direction of the part removed (LPS mm).
    condition
        The liver's condition (normal, chemotherapy, cirrhosis), which sets the threshold.
    height_cm, weight_kg
        The patient's size; both or neither. When neither, the images' Patient's Size and
        Weight are used if present.
    liver, tumours
        Segments (name or UUID) chosen by hand; by default the liver by its code and every
        segment coded as a neoplasm that lies in the liver.

    Raises
    ------
    ValidationError
        If the liver is not segmented (or twice), the segments lie on different grids, the
        plane is degenerate, or the size or volumes are implausible.
    """
    given = ResectionPlane(
        (float(plane[0][0]), float(plane[0][1]), float(plane[0][2])),
        (float(plane[1][0]), float(plane[1][1]), float(plane[1][2])),
    )
    planner = LiverPlanner.open(db, case_id, liver=liver, tumours=tumours)
    volumes = planner.measure_surface(SurfaceLps(given.point_mm, given.normal))
    remnant, height, weight, size_from = planner.assess(volumes, condition, height_cm, weight_kg)
    return LiverPlan(
        case_id,
        planner.series_instance_uid,
        planner.liver,
        planner.tumours,
        (given.point_mm, given.normal),
        volumes,
        remnant,
        height,
        weight,
        size_from,
    )
