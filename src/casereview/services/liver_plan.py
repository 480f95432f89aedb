"""A virtual liver resection of a case from its segments: volumes, margin and the remnant's verdict.

The liver is the case's segment coded as liver (SNOMED CT 10200004) or named by hand; the
tumours are the segments coded as a neoplasm that lie in the liver (a pancreatic tumour of the
same case is not one of them) or named by hand. The resection is a plane given in patient
coordinates (LPS mm, as the viewer shows them) whose normal points into the part removed.
Height and weight come from the person, else from the images' Patient's Size and Weight.

Nothing is stored: :func:`plan_resection` returns its result (storage comes with the planner's
GUI). The verdict is a planning aid for the MDT, never a decision.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pydicom
from numpy.typing import NDArray

from casereview.analysis.liver_resection import (
    ResectionGeometry,
    ResectionPlane,
    ResectionVolumes,
)
from casereview.domain.liver_remnant import (
    LiverCondition,
    LiverVolumes,
    RemnantAssessment,
    assess_remnant,
)
from casereview.domain.resectability_record import SegmentChoice
from casereview.domain.segments import TEMPLATE_BY_KEY, Code, Segment
from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.services.resectability import TUMOUR_CODE, find_segment
from casereview.services.segmentations import list_segments, segment_mask
from casereview.services.volumes import examine_indexed_series, series_id_for_uid
from casereview.store.database import Database
from casereview.store.repositories_resectability_layers import ResectabilityLayerRepository

log = logging.getLogger(__name__)

#: SNOMED CT type of the liver's segment (the segment editor's "Liver" template).
LIVER_CODE: Code = TEMPLATE_BY_KEY["liver"].type


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
    plane_lps: tuple[tuple[float, float, float], tuple[float, float, float]]
    volumes: ResectionVolumes
    remnant: RemnantAssessment
    height_cm: float | None
    weight_kg: float | None
    size_from: str


def parse_plane(text: str) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
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


def _choice(role: str, segment: Segment, by_hand: bool) -> SegmentChoice:
    return SegmentChoice(role, segment.uuid, segment.name, segment.number, by_hand)


def _coded(segment: Segment, code: Code) -> bool:
    return segment.type.scheme.upper() in ("SCT", "SRT") and segment.type.value == code.value


def _liver(segments: list[Segment], reference: str | None) -> SegmentChoice:
    if reference is not None:
        return _choice("liver", find_segment(segments, reference), True)
    coded = [s for s in segments if _coded(s, LIVER_CODE)]
    if len(coded) != 1:
        raise ValidationError(
            Message(
                "Segment the liver first (one segment coded as liver, template 'Liver'), or "
                "name the liver's segment by hand."
            )
            if not coded
            else Message(
                "The case has {count} liver segments; name the one to plan on by hand.",
                count=len(coded),
            )
        )
    return _choice("liver", coded[0], False)


def _size_from_images(db: Database, series_uid: str) -> tuple[float | None, float | None]:
    """Patient's Size (m → cm) and Weight (kg) from the series' first file, when present."""
    with db.reading() as session:
        files = ResectabilityLayerRepository(session).series_files(series_uid)[:1]
    for path in files:
        try:
            header = pydicom.dcmread(path, stop_before_pixels=True)
        except (OSError, pydicom.errors.InvalidDicomError):
            log.warning("liver plan: the series' first file cannot be read for the size")
            return None, None
        size, weight = header.get("PatientSize"), header.get("PatientWeight")
        height_cm = float(size) * 100.0 if size not in (None, "") and float(size) > 0 else None
        weight_kg = float(weight) if weight not in (None, "") and float(weight) > 0 else None
        return height_cm, weight_kg
    return None, None


def _to_array_frame(
    db: Database,
    series_uid: str,
    shape: tuple[int, ...],
    point: Sequence[float],
    normal: Sequence[float],
) -> tuple[tuple[float, float, float], tuple[float, float, float], tuple[float, float, float]]:
    """The plane in the segments' array frame ``(z, y, x)`` mm, and the grid's spacing."""
    examination = examine_indexed_series(db, series_id_for_uid(db, series_uid))
    for loadable in examination.loadables:
        geometry = loadable.geometry
        if tuple(geometry.shape) != tuple(shape):
            continue
        direction = geometry.direction_matrix()
        inverse = np.linalg.inv(direction)
        # Column, row, slice millimetres along the index axes, then (z, y, x).
        xyz = inverse @ (np.asarray(point, dtype=float) - np.asarray(geometry.origin))
        along = inverse @ np.asarray(normal, dtype=float)
        sz, sy, sx = (float(s) for s in geometry.spacing)
        return (
            (float(xyz[2]), float(xyz[1]), float(xyz[0])),
            (float(along[2]), float(along[1]), float(along[0])),
            (sz, sy, sx),
        )
    raise ValidationError(
        Message(
            "The liver's segment does not fit the voxel grid of the series it was drawn on; "
            "draw it again on that series."
        )
    )


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
    """Volumes, margin and the remnant's verdict for a resection by a plane.

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
    segments = list_segments(db, case_id)
    liver_choice = _liver(segments, liver)
    by_uuid = {s.uuid: s for s in segments}
    liver_segment = by_uuid[liver_choice.segment_uuid]
    liver_mask = np.asarray(segment_mask(db, liver_choice.segment_uuid), dtype=bool)
    if tumours:
        candidates = [_choice("tumour", find_segment(segments, t), True) for t in tumours]
    else:
        candidates = [
            _choice("tumour", s, False)
            for s in segments
            if _coded(s, TUMOUR_CODE) and s.uuid != liver_choice.segment_uuid
        ]
    tumour_mask: NDArray[np.bool_] = np.zeros_like(liver_mask)
    used: list[SegmentChoice] = []
    for choice in candidates:
        if by_uuid[choice.segment_uuid].series_instance_uid != liver_segment.series_instance_uid:
            if choice.by_hand:
                raise ValidationError(
                    Message("The liver and tumour segments were drawn on different series.")
                )
            continue
        mask = np.asarray(segment_mask(db, choice.segment_uuid), dtype=bool)
        # A coded tumour outside the liver (the pancreatic one) is not a liver tumour.
        if choice.by_hand or (mask & liver_mask).any():
            tumour_mask |= mask
            used.append(choice)
    series_uid = liver_segment.series_instance_uid
    point, normal, spacing = _to_array_frame(db, series_uid, liver_mask.shape, *plane)
    volumes = ResectionGeometry(liver_mask, tumour_mask, spacing).by_plane(
        ResectionPlane(point, normal)
    )
    size_from = "entered" if height_cm is not None or weight_kg is not None else ""
    if not size_from:
        height_cm, weight_kg = _size_from_images(db, series_uid)
        if height_cm is not None and weight_kg is not None:
            size_from = "images"
        else:
            height_cm = weight_kg = None
    remnant = assess_remnant(
        LiverVolumes(
            volumes.total_ml, volumes.tumour_ml, volumes.resected_ml, volumes.remnant_tumour_ml
        ),
        condition,
        height_cm=height_cm,
        weight_kg=weight_kg,
    )
    log.info(
        "liver plan of case #%d: %d tumour segment(s), FLR %.1f %%",
        case_id,
        len(used),
        remnant.flr_percent,
    )
    given = ResectionPlane(
        (float(plane[0][0]), float(plane[0][1]), float(plane[0][2])),
        (float(plane[1][0]), float(plane[1][1]), float(plane[1][2])),
    )
    return LiverPlan(
        case_id,
        series_uid,
        liver_choice,
        tuple(used),
        (given.point_mm, given.normal),
        volumes,
        remnant,
        height_cm,
        weight_kg,
        size_from,
    )
