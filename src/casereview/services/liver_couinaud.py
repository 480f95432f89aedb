"""Couinaud segments 1–8 of a case's liver, built from landmarks a person confirmed.

:func:`build_couinaud_segments` turns landmarks given in patient coordinates (LPS mm, as the
viewer shows them) into the liver's array frame, labels every voxel of the liver (tumours
included: a resection removes the tumour with its segment) with
:func:`casereview.analysis.couinaud.couinaud_segments`, and stores eight segments on the
liver's series, named "Segment 1" … "Segment 8", coded in casereview's scheme
(:data:`~casereview.domain.liver_segments.COUINAUD_CODES`) and coloured per segment. The
previous Couinaud segments of that series are removed as the segment editor removes a segment
(kept, marked removed, audited, so undo can bring them back); all of it, and the landmarks
themselves, in one transaction. The result is the usual planar approximation, which the
surgeon checks and corrects with the segment editor.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np

from casereview.analysis.couinaud import (
    DEFAULT_CAUDATE_RADIUS_MM,
    CouinaudLandmarks,
    couinaud_segments,
)
from casereview.domain.audit import AuditAction
from casereview.domain.liver_plan_record import CouinaudLandmarksLps
from casereview.domain.liver_segments import COUINAUD_CODES, COUINAUD_COLOURS, couinaud_name
from casereview.domain.segments import ANATOMICAL_STRUCTURE, Segment, SegmentDraft
from casereview.domain.volume import Volume
from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.services.liver_case import SeriesFrame, couinaud_segments_of, load_liver_case
from casereview.services.segmentations import list_segments, measure_mask
from casereview.services.volumes import load_series_volume, series_id_for_uid
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, UserRepository
from casereview.store.repositories_annotations import SegmentRepository
from casereview.store.repositories_liver import LiverPlanRepository
from casereview.store.types import utcnow

log = logging.getLogger(__name__)

__all__ = [
    "LANDMARK_LINES",
    "LANDMARK_POINTS",
    "build_couinaud_segments",
    "landmarks_in_array_frame",
    "parse_landmarks",
]


#: Keys of a landmarks document (LPS mm): single points, lists of points, and the optional ones.
LANDMARK_POINTS = ("ivc_confluence", "ivc_inferior", "portal_bifurcation")
LANDMARK_LINES = ("right_hepatic_vein", "middle_hepatic_vein", "left_hepatic_vein")


def parse_landmarks(data: object) -> CouinaudLandmarksLps:
    """Landmarks from a JSON document in patient coordinates (LPS mm).

    The document is an object with ``ivc_confluence``, ``ivc_inferior`` and
    ``portal_bifurcation`` as ``[x, y, z]``; ``right_hepatic_vein``, ``middle_hepatic_vein``
    and ``left_hepatic_vein`` as lists of two or more ``[x, y, z]`` from the IVC outwards;
    optionally ``umbilical_fissure`` (one ``[x, y, z]``, or a list of at most one) and
    ``caudate_radius_mm`` (default 30).

    Raises
    ------
    ValidationError
        If a key is missing or unknown, or a position is not three numbers.
    """
    if not isinstance(data, dict):
        raise ValidationError(Message("The landmarks must be a JSON object (see --help)."))
    known = {*LANDMARK_POINTS, *LANDMARK_LINES, "umbilical_fissure", "caudate_radius_mm"}
    unknown = sorted(str(k) for k in data if k not in known)
    if unknown:
        raise ValidationError(
            Message(
                "Unknown landmark(s) {keys}; the landmarks are {known}.",
                keys=", ".join(unknown)[:200],
                known=", ".join(sorted(known)),
            )
        )

    def point(value: object, key: str) -> tuple[float, float, float]:
        if (
            isinstance(value, list)
            and len(value) == 3
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
            and np.isfinite(np.asarray(value, dtype=float)).all()
        ):
            return (float(value[0]), float(value[1]), float(value[2]))
        raise ValidationError(
            Message(
                "The landmark '{key}' must be a position [x, y, z] in patient millimetres.",
                key=key,
            )
        )

    def points(value: object, key: str) -> tuple[tuple[float, float, float], ...]:
        if not isinstance(value, list):
            raise ValidationError(
                Message("The landmark '{key}' must be a list of positions [x, y, z].", key=key)
            )
        return tuple(point(v, key) for v in value)

    def fissure(value: object) -> tuple[tuple[float, float, float], ...]:
        # One position, as the demo's ground truth writes it, or a list of them.
        if isinstance(value, list) and value and not isinstance(value[0], list):
            return (point(value, "umbilical_fissure"),)
        return points(value, "umbilical_fissure")

    missing = [k for k in (*LANDMARK_POINTS, *LANDMARK_LINES) if k not in data]
    if missing:
        raise ValidationError(
            Message("The landmarks lack {keys} (see --help).", keys=", ".join(missing))
        )
    radius = data.get("caudate_radius_mm", DEFAULT_CAUDATE_RADIUS_MM)
    if isinstance(radius, bool) or not isinstance(radius, int | float):
        raise ValidationError(Message("'caudate_radius_mm' must be a number of millimetres."))
    return CouinaudLandmarksLps(
        ivc_confluence=point(data["ivc_confluence"], "ivc_confluence"),
        ivc_inferior=point(data["ivc_inferior"], "ivc_inferior"),
        right_hepatic_vein=points(data["right_hepatic_vein"], "right_hepatic_vein"),
        middle_hepatic_vein=points(data["middle_hepatic_vein"], "middle_hepatic_vein"),
        left_hepatic_vein=points(data["left_hepatic_vein"], "left_hepatic_vein"),
        portal_bifurcation=point(data["portal_bifurcation"], "portal_bifurcation"),
        umbilical_fissure=fissure(data.get("umbilical_fissure", [])),
        caudate_radius_mm=float(radius),
    )


def landmarks_in_array_frame(
    landmarks: CouinaudLandmarksLps, frame: SeriesFrame
) -> CouinaudLandmarks:
    """The landmarks in the series' array frame ``(z, y, x)`` mm, each checked to lie in it.

    Raises
    ------
    ValidationError
        If a landmark lies outside the series' volume, more than one umbilical fissure point is
        given, or the landmarks are incomplete (a vein with fewer than two points …).
    """
    if len(landmarks.umbilical_fissure) > 1:
        raise ValidationError(
            Message("Give at most one point on the umbilical fissure (the umbilical portal vein).")
        )

    def one(point: Sequence[float]) -> tuple[float, float, float]:
        z, y, x = (float(v) for v in frame.to_array_mm(np.asarray(point, dtype=float)))
        return (z, y, x)

    def many(points: Sequence[Sequence[float]]) -> tuple[tuple[float, float, float], ...]:
        return tuple(one(p) for p in points)

    try:
        converted = CouinaudLandmarks(
            ivc_confluence_mm=one(landmarks.ivc_confluence),
            ivc_inferior_mm=one(landmarks.ivc_inferior),
            right_hepatic_vein_mm=many(landmarks.right_hepatic_vein),
            middle_hepatic_vein_mm=many(landmarks.middle_hepatic_vein),
            left_hepatic_vein_mm=many(landmarks.left_hepatic_vein),
            portal_bifurcation_mm=one(landmarks.portal_bifurcation),
            umbilical_fissure_mm=one(landmarks.umbilical_fissure[0])
            if landmarks.umbilical_fissure
            else None,
        )
    except ValueError:
        # A position that is not three numbers fails the conversion before the landmarks' own
        # check can name it.
        raise ValidationError(
            Message("Every landmark needs a position of three finite numbers; place them again.")
        ) from None
    for name, point in converted.named_points():
        if not frame.contains(point):
            raise ValidationError(
                Message(
                    "The landmark '{landmark}' lies outside the images of the liver's series; "
                    "check that it was placed on that series.",
                    landmark=name,
                )
            )
    return converted


def build_couinaud_segments(
    db: Database,
    case_id: int,
    landmarks: CouinaudLandmarksLps,
    actor: str,
    *,
    liver: str | None = None,
    volume: Volume | None = None,
) -> tuple[Segment, ...]:
    """Build and store the liver's Couinaud segments 1–8 from confirmed landmarks.

    Parameters
    ----------
    db
        Open case database.
    case_id
        The case.
    landmarks
        The landmarks in patient coordinates (LPS mm) on the liver's series.
    actor
        User name of whoever confirmed them.
    liver
        The liver's segment (name or UUID) when it is not recognised by its code.
    volume
        The liver's series as loaded (its spacing and orientation measure the segments'
        volumes and diameters); loaded here when not given.

    Returns
    -------
    tuple of Segment
        The eight new segments, by label (1 first). Segment 4 holds 4a and 4b.

    Raises
    ------
    ValidationError
        If the liver is not segmented, a landmark lies outside the series' volume, or the
        landmarks are degenerate (see :func:`casereview.analysis.couinaud.fit_couinaud_geometry`).
    NotFoundError
        If the case or the actor does not exist.
    """
    case = load_liver_case(db, case_id, liver=liver, with_couinaud=False)
    frame = case.frame
    converted = landmarks_in_array_frame(landmarks, frame)
    whole = case.liver_mask | case.tumour_mask
    labels = couinaud_segments(
        whole, frame.spacing, converted, caudate_radius_mm=landmarks.caudate_radius_mm
    )
    if (
        volume is None
        or volume.series_instance_uid != case.series_instance_uid
        or volume.shape != frame.shape
    ):
        volume = load_series_volume(
            db, series_id_for_uid(db, case.series_instance_uid), part=frame.part
        )
    measured = {label: measure_mask(labels == label, volume) for label in COUINAUD_CODES}
    previous = couinaud_segments_of(list_segments(db, case_id), case.series_instance_uid)
    at = utcnow()
    created: list[Segment] = []
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        segments = SegmentRepository(session)
        audit = AuditRepository(session)
        for old in previous.values():
            segments.set_deleted(old.uuid, True, user_id)
            audit.append(
                AuditAction.SEGMENT_DELETED, "segment", old.uuid, user_id, {"case": case_id}
            )
        for label, code in COUINAUD_CODES.items():
            draft = SegmentDraft(
                name=couinaud_name(label),
                category=ANATOMICAL_STRUCTURE,
                type=code,
                colour=COUINAUD_COLOURS[label],
                series_instance_uid=case.series_instance_uid,
                frame_of_reference_uid=case.frame_of_reference_uid,
            )
            segment = segments.add(case_id, draft, frame.shape, user_id)
            audit.append(
                AuditAction.SEGMENT_CREATED,
                "segment",
                segment.uuid,
                user_id,
                {"case": case_id, "type": code.value},
            )
            mask = measured[label]
            segment = segments.set_mask(
                segment.uuid, mask.stored, mask.voxel_count, mask.volume_ml, mask.diameters, user_id
            )
            audit.append(
                AuditAction.SEGMENT_MASK_CHANGED,
                "segment",
                segment.uuid,
                user_id,
                {"case": case_id, "voxels": mask.voxel_count},
            )
            created.append(segment)
        landmark_set = LiverPlanRepository(session).add_landmarks(
            case_id,
            case.series_instance_uid,
            landmarks,
            {s_label: s.uuid for s_label, s in zip(COUINAUD_CODES, created, strict=True)},
            user_id,
            at,
        )
        audit.append(
            AuditAction.COUINAUD_SEGMENTS_BUILT,
            "case",
            case_id,
            user_id,
            {"landmarks": landmark_set.uid, "segments": len(created), "replaced": len(previous)},
        )
    log.info(
        "case #%d: Couinaud segments built from landmarks (%d replaced)", case_id, len(previous)
    )
    return tuple(created)
