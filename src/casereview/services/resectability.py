"""Resectability of a case's tumour from its segments: contact per vessel and a suggestion.

The tumour and the vessels are found among the case's segments by their SNOMED CT types (the
tumour as a neoplasm, each vessel by :func:`~casereview.domain.resectability.vessel_kind_of`);
a person may name any of them by hand instead (segment UUID or name). The masks, all on one
series' voxel grid, go to :func:`casereview.analysis.assessment.assess_contacts`; its
measurements become domain :class:`~casereview.domain.resectability.VesselMeasurement` objects
(:func:`to_vessel_measurement`, each naming the segment it was measured on) and the chosen
criteria set (NCCN, DPCG) suggests a category
(:func:`~casereview.domain.resectability_evaluation.evaluate`).

Nothing is stored yet: :func:`assess_case` reads the segments and returns its result; a later
part of issue 16 stores the measurements and the suggestion with the case. The suggestion is
never a decision: the MDT confirms the category.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from casereview.analysis.assessment import (
    CELIAC_BIFURCATION,
    CELIAC_ORIGIN,
    CHA_ORIGIN,
    HEPATIC_ARTERY_BIFURCATION,
    JEJUNAL_ORIGIN,
    PORTAL_VEIN_BIFURCATION,
    PORTOSPLENIC_CONFLUENCE,
    SMA_ORIGIN,
    SPLENIC_ARTERY_ORIGIN,
    ContactAssessment,
    assess_contacts,
)
from casereview.analysis.vessel_contact import VesselContactMeasurement
from casereview.domain.resectability import (
    VESSEL_NAMES,
    Provenance,
    VesselKind,
    VesselMeasurement,
    vessel_kind_of,
)
from casereview.domain.resectability_criteria import CRITERIA_SETS
from casereview.domain.resectability_evaluation import evaluate
from casereview.domain.resectability_findings import ResectabilityInputs
from casereview.domain.resectability_record import SegmentChoice
from casereview.domain.resectability_suggestion import Suggestion
from casereview.domain.segments import TEMPLATE_BY_KEY, Code, Segment
from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.services.segmentations import list_segments, segment_mask
from casereview.services.volumes import examine_indexed_series, series_id_for_uid
from casereview.store.database import Database

log = logging.getLogger(__name__)

#: SNOMED CT type of a tumour segment (the segment editor's "Tumour" template: Neoplasm).
TUMOUR_CODE: Code = TEMPLATE_BY_KEY["tumour"].type

#: Criteria sets by the short name the command line and settings use.
CRITERIA_KEYS: dict[str, str] = {"nccn": "nccn-2.2024", "dpcg": "dpcg-2012"}

#: Names of the landmarks (keys of :mod:`casereview.analysis.assessment`) a clinician reads.
LANDMARK_NAMES: dict[str, Message] = {
    SMA_ORIGIN: Message("SMA origin"),
    CELIAC_ORIGIN: Message("celiac origin"),
    CHA_ORIGIN: Message("CHA origin"),
    CELIAC_BIFURCATION: Message("celiac bifurcation"),
    SPLENIC_ARTERY_ORIGIN: Message("splenic artery origin"),
    HEPATIC_ARTERY_BIFURCATION: Message("hepatic artery bifurcation"),
    PORTOSPLENIC_CONFLUENCE: Message("portosplenic confluence"),
    PORTAL_VEIN_BIFURCATION: Message("portal vein bifurcation"),
    JEJUNAL_ORIGIN: Message("first jejunal branch origin"),
}

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class CaseResectability:
    """What :func:`assess_case` found (nothing of it is stored yet).

    Attributes
    ----------
    case_id, criteria_id
        The case and the criteria set used.
    series_instance_uid
        The series whose voxel grid the segments lie on.
    tumour
        The tumour's segment.
    vessels
        The segment used for each vessel, in :class:`VesselKind` order.
    contacts
        The geometric measurements (positions ``(z, y, x)`` mm in the series' array frame).
    measurements
        One domain measurement per vessel segment, naming its segment in its provenance; a
        vessel whose segment does not reach the tumour's region has no contact (0°).
    suggestion
        The criteria set's suggestion: a category for the MDT to confirm, never a decision.
    not_found
        Vessels with no segment in the case (not assessed).
    """

    case_id: int
    criteria_id: str
    series_instance_uid: str
    tumour: SegmentChoice
    vessels: tuple[SegmentChoice, ...]
    contacts: ContactAssessment
    measurements: tuple[VesselMeasurement, ...]
    suggestion: Suggestion
    not_found: tuple[VesselKind, ...]

    def choice(self, vessel: VesselKind) -> SegmentChoice | None:
        """The segment used for ``vessel``, if any."""
        return next((c for c in self.vessels if c.role == VesselKind(vessel)), None)


def to_vessel_measurement(
    kind: VesselKind,
    contact: VesselContactMeasurement | None,
    segment_uid: str,
    measurement_id: str = "",
) -> VesselMeasurement:
    """The domain measurement of one vessel from the geometric one.

    Parameters
    ----------
    kind
        Which vessel.
    contact
        Its contact measurement; ``None`` when its segment has no voxel in the region around
        the tumour (then there is no contact: 0°, 0 mm).
    segment_uid
        The segment it was measured on (its UUID), kept in the provenance.
    measurement_id
        The stored measurement's id, if it is stored.

    Returns
    -------
    VesselMeasurement
        Angle (degrees, rounded to 0.1°) and contact length (mm, 0.1 mm).
    """
    angle = 0.0 if contact is None else round(min(max(contact.angle_deg, 0.0), 360.0), 1)
    length = 0.0 if contact is None else round(max(contact.length_mm, 0.0), 1)
    return VesselMeasurement(
        VesselKind(kind),
        angle_deg=angle,
        length_mm=length,
        provenance=Provenance(measurement_id=measurement_id, segment_uid=segment_uid),
    )


def find_segment(segments: list[Segment], reference: str) -> Segment:
    """The segment named ``reference`` (its UUID, or its name ignoring case).

    Raises
    ------
    ValidationError
        If no segment or more than one has that name.
    """
    wanted = reference.strip()
    for segment in segments:
        if segment.uuid == wanted:
            return segment
    named = [s for s in segments if s.name.casefold() == wanted.casefold()]
    if len(named) == 1:
        return named[0]
    if named:
        raise ValidationError(
            Message(
                "Several segments are named '{name}'; give the segment's UUID "
                "('casereview-cli annotations CASE' lists them).",
                name=reference,
            )
        )
    raise ValidationError(
        Message(
            "The case has no segment '{reference}'; give a segment's name or UUID "
            "('casereview-cli annotations CASE' lists them).",
            reference=reference,
        )
    )


def _is_tumour(code: Code) -> bool:
    return code.scheme.upper() in ("SCT", "SRT") and code.value.strip() == TUMOUR_CODE.value


def _choice(role: str, segment: Segment, by_hand: bool) -> SegmentChoice:
    return SegmentChoice(role, segment.uuid, segment.name, segment.number, by_hand)


def _tumour(segments: list[Segment], reference: str | None) -> SegmentChoice:
    if reference is not None:
        return _choice("tumour", find_segment(segments, reference), True)
    coded = [s for s in segments if _is_tumour(s.type)]
    if not coded:
        raise ValidationError(
            Message(
                "Segment the tumour first: the case has no segment coded as a neoplasm "
                "(template 'Tumour'). Or name the tumour's segment by hand."
            )
        )
    if len(coded) > 1:
        raise ValidationError(
            Message(
                "The case has {count} tumour segments; name the one to assess by hand.",
                count=len(coded),
            )
        )
    return _choice("tumour", coded[0], False)


def _vessels(
    segments: list[Segment], by_hand: Mapping[VesselKind, str], tumour_uuid: str
) -> tuple[list[SegmentChoice], list[VesselKind]]:
    """The segment of each vessel (by hand first, else by code) and the vessels with none."""
    chosen: list[SegmentChoice] = []
    missing: list[VesselKind] = []
    for kind in VesselKind:
        if kind in by_hand:
            chosen.append(_choice(kind.value, find_segment(segments, by_hand[kind]), True))
            continue
        coded = [s for s in segments if s.uuid != tumour_uuid and vessel_kind_of(s.type) is kind]
        if len(coded) > 1:
            raise ValidationError(
                Message(
                    "{count} segments are coded as the {vessel}; name the one to assess by hand.",
                    count=len(coded),
                    vessel=VESSEL_NAMES[kind],
                )
            )
        if coded:
            chosen.append(_choice(kind.value, coded[0], False))
        else:
            missing.append(kind)
    return chosen, missing


def _spacing(
    db: Database, series_instance_uid: str, shape: tuple[int, ...]
) -> tuple[float, float, float]:
    """Voxel spacing ``(slice, row, column)`` of the series part whose grid has ``shape``."""
    examination = examine_indexed_series(db, series_id_for_uid(db, series_instance_uid))
    for loadable in examination.loadables:
        if tuple(loadable.geometry.shape) == tuple(shape):
            sz, sy, sx = loadable.geometry.spacing
            return (float(sz), float(sy), float(sx))
    raise ValidationError(
        Message(
            "The segments do not fit the voxel grid of the series they were drawn on; "
            "draw them again on that series."
        )
    )


def assess_case(
    db: Database,
    case_id: int,
    *,
    criteria: str = "nccn",
    tumour: str | None = None,
    vessels: Mapping[VesselKind | str, str] | None = None,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> CaseResectability:
    """Measure the tumour's contact with each segmented vessel and suggest a category.

    Nothing is stored: the result is returned only (a later part stores it with the case).

    Parameters
    ----------
    db
        Open case database.
    case_id
        Internal id of the case.
    criteria
        ``"nccn"`` (NCCN 2.2024) or ``"dpcg"`` (DPCG 2012), or a criteria set's id.
    tumour
        The tumour's segment (UUID or name) chosen by hand; by default the one segment coded
        as a neoplasm.
    vessels
        Vessel kind to the segment (UUID or name) chosen by hand; other vessels are found by
        their segments' SNOMED CT types.
    progress
        Called as ``progress(fraction, message)`` while the vessels are measured.
    should_cancel
        Polled between vessels; returning True stops the work.

    Returns
    -------
    CaseResectability
        Segments used, contact measurements, domain measurements and the suggestion.

    Raises
    ------
    ValidationError
        If the criteria set or a vessel kind is unknown, a named segment does not exist, the
        tumour is not segmented (or is empty), or the segments lie on different series grids.
    OperationCancelled
        If ``should_cancel`` returned True.
    """
    criteria_set = CRITERIA_SETS.get(CRITERIA_KEYS.get(criteria.strip().casefold(), criteria))
    if criteria_set is None:
        raise ValidationError(
            Message(
                "No criteria set '{criteria}'; choose one of: {choices}.",
                criteria=criteria,
                choices=", ".join(CRITERIA_KEYS),
            )
        )
    by_hand = {parse_vessel_kind(str(k)): ref for k, ref in (vessels or {}).items()}
    segments = list_segments(db, case_id)
    tumour_choice = _tumour(segments, tumour)
    choices, not_found = _vessels(segments, by_hand, tumour_choice.segment_uuid)
    by_uuid = {s.uuid: s for s in segments}
    used = [tumour_choice, *choices]
    series = {by_uuid[c.segment_uuid].series_instance_uid for c in used}
    if len(series) > 1:
        raise ValidationError(
            Message(
                "The tumour and vessel segments were drawn on {count} different series; "
                "draw them on one series (or name segments of one series by hand).",
                count=len(series),
            )
        )
    masks: dict[str, NDArray[np.bool_]] = {c.role: segment_mask(db, c.segment_uuid) for c in used}
    shapes = {m.shape for m in masks.values()}
    if len(shapes) > 1:
        raise ValidationError(
            Message(
                "The tumour and vessel segments lie on different voxel grids; draw them on one "
                "series."
            )
        )
    series_uid = series.pop()
    spacing = _spacing(db, series_uid, shapes.pop())
    tumour_mask = masks.pop("tumour")
    log.info(
        "resectability of case #%d: tumour segment #%d, %d vessel segment(s), %s",
        case_id,
        tumour_choice.segment_number,
        len(choices),
        criteria_set.id,
    )
    contacts = assess_contacts(
        tumour_mask, masks, spacing, progress=progress, should_cancel=should_cancel
    )
    measurements = tuple(
        to_vessel_measurement(VesselKind(c.role), contacts.vessel(c.role), c.segment_uuid)
        for c in choices
    )
    suggestion = evaluate(criteria_set, ResectabilityInputs(measurements=measurements))
    log.info(
        "resectability of case #%d: %s suggested (%s)",
        case_id,
        suggestion.category,
        criteria_set.id,
    )
    return CaseResectability(
        case_id=case_id,
        criteria_id=criteria_set.id,
        series_instance_uid=series_uid,
        tumour=tumour_choice,
        vessels=tuple(choices),
        contacts=contacts,
        measurements=measurements,
        suggestion=suggestion,
        not_found=tuple(not_found),
    )


def parse_vessel_kind(text: str) -> VesselKind:
    """A vessel kind from its short name (``sma``, ``celiac``, ``cha``, ``smv``, ``pv``...).

    Raises
    ------
    ValidationError
        If it names no graded vessel.
    """
    try:
        return VesselKind(text.strip().casefold())
    except ValueError:
        raise ValidationError(
            Message(
                "'{kind}' is not a vessel that is graded; use one of: {kinds}.",
                kind=text,
                kinds=", ".join(k.value for k in VesselKind),
            )
        ) from None
