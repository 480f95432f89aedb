"""A case's resectability assessment kept with the case: measured, corrected, versioned.

:func:`save_assessment` stores an automatic measurement (:func:`casereview.services.
resectability.assess_case`) as a contact run and a new version of the case's assessment;
what people recorded on the version before (overrides, findings, variants,
reconstructibility, location) is carried over. Each correction (:func:`override_angle`,
:func:`add_finding`, ...) adds one more version with its author and time, in one transaction
with its audit record. A version is never changed: a decision cites it by UID and content
hash (:func:`verify_version` recomputes the hash).

The suggestion stored with each version is what the criteria set said for that version's
inputs: a category for the MDT to confirm, never a decision.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from casereview.analysis.assessment import ContactAssessment
from casereview.domain.audit import AuditAction
from casereview.domain.resectability import AngleOverride, Provenance, VesselKind
from casereview.domain.resectability_codec import (
    content_sha256,
    inputs_to_json,
    suggestion_to_json,
)
from casereview.domain.resectability_criteria import CRITERIA_SETS
from casereview.domain.resectability_evaluation import evaluate
from casereview.domain.resectability_findings import (
    ArterialVariant,
    FindingKind,
    Reconstructibility,
    ResectabilityInputs,
    ThrombusKind,
    TumourLocation,
    VariantKind,
    VeinReconstruction,
    VesselFinding,
)
from casereview.domain.resectability_record import (
    AssessmentVersion,
    ChangeKind,
    carried_over,
    with_finding,
    with_location,
    with_override,
    with_reconstruction,
    with_variant,
    without_finding,
    without_variant,
)
from casereview.domain.resectability_suggestion import Suggestion
from casereview.errors import NotFoundError, ValidationError
from casereview.messages import Message
from casereview.services.resectability import CRITERIA_KEYS, CaseResectability
from casereview.store.database import Database
from casereview.store.repositories import AuditRepository, UserRepository
from casereview.store.repositories_resectability import ResectabilityRepository
from casereview.store.types import utcnow

log = logging.getLogger(__name__)

__all__ = [
    "add_finding",
    "assessment_sha256",
    "assessment_history",
    "change_criteria",
    "criteria_id_of",
    "get_assessment",
    "latest_assessment",
    "override_angle",
    "record_variant",
    "remove_finding",
    "remove_variant",
    "run_contacts",
    "save_assessment",
    "set_reconstruction",
    "set_tumour_location",
    "verify_version",
]

#: (inputs, author's name, time) -> the next inputs.
Transform = Callable[[ResectabilityInputs, str, datetime], ResectabilityInputs]


def criteria_id_of(criteria: str) -> str:
    """The criteria set's id for a short name (``nccn``, ``dpcg``) or an id.

    Raises
    ------
    ValidationError
        If no criteria set has that name.
    """
    key = CRITERIA_KEYS.get(criteria.strip().casefold(), criteria.strip())
    if key not in CRITERIA_SETS:
        raise ValidationError(
            Message(
                "No criteria set '{criteria}'; choose one of: {choices}.",
                criteria=criteria,
                choices=", ".join(CRITERIA_KEYS),
            )
        )
    return key


def assessment_sha256(criteria_id: str, inputs: ResectabilityInputs, suggestion: Suggestion) -> str:
    """The content hash a version is stored and cited with: criteria, inputs and suggestion."""
    return content_sha256(
        {"criteria": criteria_id}, inputs_to_json(inputs), suggestion_to_json(suggestion)
    )


def verify_version(version: AssessmentVersion) -> bool:
    """Whether a version's content still has the hash it was stored (and cited) with."""
    return assessment_sha256(version.criteria_id, version.inputs, version.suggestion) == (
        version.content_sha256
    )


def save_assessment(db: Database, result: CaseResectability, actor: str) -> AssessmentVersion:
    """Store an automatic measurement as a new version of the case's assessment.

    Parameters
    ----------
    db
        Open case database.
    result
        What :func:`casereview.services.resectability.assess_case` measured.
    actor
        User name of whoever ran it.

    Returns
    -------
    AssessmentVersion
        The new version: the measured angles, with the overrides and findings people recorded
        on the previous version carried over; durable when this returns.

    Raises
    ------
    NotFoundError
        If the case or the actor does not exist.
    """
    at = utcnow()
    with db.writing() as session:
        user_id = UserRepository(session).row_id(actor)
        repository = ResectabilityRepository(session)
        previous = repository.latest(result.case_id)
        run = repository.add_run(
            result.case_id,
            result.series_instance_uid,
            (result.tumour, *result.vessels),
            result.not_found,
            result.contacts,
            user_id,
            at,
        )
        base = previous.inputs if previous is not None else ResectabilityInputs()
        inputs = carried_over(base, result.measurements)
        suggestion = evaluate(CRITERIA_SETS[result.criteria_id], inputs)
        version = repository.add_version(
            result.case_id,
            run.uid,
            result.criteria_id,
            inputs,
            suggestion,
            assessment_sha256(result.criteria_id, inputs, suggestion),
            ChangeKind.MEASURED,
            {"vessels": [c.role for c in result.vessels]},
            user_id,
            at,
        )
        AuditRepository(session).append(
            AuditAction.RESECTABILITY_ASSESSED,
            "resectability",
            version.uid,
            user_id,
            {"case": result.case_id, "version": version.number, "run": run.uid},
        )
    log.info(
        "resectability of case #%d stored as version %d (%s suggested)",
        result.case_id,
        version.number,
        version.suggestion.category,
    )
    return version


def _change(
    db: Database,
    case_id: int,
    actor: str,
    change: ChangeKind,
    details: Mapping[str, Any],
    transform: Transform,
    criteria_id: str | None = None,
) -> AssessmentVersion:
    """Add the version that ``transform`` makes of the newest one, with its audit record."""
    at = utcnow()
    with db.writing() as session:
        users = UserRepository(session)
        user_id = users.row_id(actor)
        user = users.get(actor)
        author = user.display_name or user.username
        repository = ResectabilityRepository(session)
        previous = repository.latest(case_id)
        if previous is None:
            raise NotFoundError(
                Message(
                    "Case #{case_id} has no resectability assessment yet; assess it first.",
                    case_id=case_id,
                )
            )
        inputs = transform(previous.inputs, author, at)
        criteria = criteria_id or previous.criteria_id
        suggestion = evaluate(CRITERIA_SETS[criteria], inputs)
        version = repository.add_version(
            case_id,
            previous.run.uid,
            criteria,
            inputs,
            suggestion,
            assessment_sha256(criteria, inputs, suggestion),
            change,
            details,
            user_id,
            at,
        )
        AuditRepository(session).append(
            AuditAction.RESECTABILITY_CHANGED,
            "resectability",
            version.uid,
            user_id,
            {"case": case_id, "version": version.number, "change": change.value, **details},
        )
    log.info("resectability of case #%d: version %d (%s)", case_id, version.number, change.value)
    return version


def override_angle(
    db: Database,
    case_id: int,
    vessel: VesselKind | str,
    angle_deg: float | None,
    actor: str,
    *,
    reason: str = "",
    branch_of: VesselKind | None = None,
) -> AssessmentVersion:
    """Set a person's contact angle for ``vessel`` (``None``: back to the measured angle).

    The measured angle stays in the version beside the override; the criteria read the
    override.

    Raises
    ------
    NotFoundError
        If the case was never assessed.
    ValidationError
        If the vessel was not measured, the angle is not within 0-360°, or there is no override
        to remove.
    """
    kind = VesselKind(vessel)

    def transform(inputs: ResectabilityInputs, author: str, at: datetime) -> ResectabilityInputs:
        override = None if angle_deg is None else AngleOverride(angle_deg, author, at, reason)
        return with_override(inputs, kind, override, branch_of)

    if angle_deg is None:
        return _change(
            db, case_id, actor, ChangeKind.OVERRIDE_REMOVED, {"vessel": kind.value}, transform
        )
    details = {"vessel": kind.value, "angle_deg": round(float(angle_deg), 1)}
    return _change(db, case_id, actor, ChangeKind.OVERRIDE, details, transform)


def add_finding(
    db: Database,
    case_id: int,
    vessel: VesselKind | str,
    kind: FindingKind | str,
    actor: str,
    *,
    thrombus: ThrombusKind | str | None = None,
    note: str = "",
    key_image_uid: str = "",
) -> AssessmentVersion:
    """Record a finding on a vessel (tear-drop SMV, thrombus, narrowing...).

    Raises
    ------
    NotFoundError
        If the case was never assessed.
    ValidationError
        If the finding does not belong on that vessel, or is already recorded.
    """
    vessel_kind, finding_kind = VesselKind(vessel), FindingKind(kind)
    thrombus_kind = None if thrombus is None else ThrombusKind(thrombus)

    def transform(inputs: ResectabilityInputs, author: str, at: datetime) -> ResectabilityInputs:
        finding = VesselFinding(
            vessel_kind,
            finding_kind,
            author,
            at,
            thrombus=thrombus_kind,
            provenance=Provenance(key_image_uid=key_image_uid),
            note=note,
        )
        return with_finding(inputs, finding)

    details = {"vessel": vessel_kind.value, "kind": finding_kind.value}
    return _change(db, case_id, actor, ChangeKind.FINDING_ADDED, details, transform)


def remove_finding(
    db: Database, case_id: int, vessel: VesselKind | str, kind: FindingKind | str, actor: str
) -> AssessmentVersion:
    """Remove a finding recorded on a vessel (earlier versions keep it).

    Raises
    ------
    NotFoundError
        If the case was never assessed.
    ValidationError
        If no such finding is recorded.
    """
    vessel_kind, finding_kind = VesselKind(vessel), FindingKind(kind)

    def transform(inputs: ResectabilityInputs, _author: str, _at: datetime) -> ResectabilityInputs:
        return without_finding(inputs, vessel_kind, finding_kind)[0]

    details = {"vessel": vessel_kind.value, "kind": finding_kind.value}
    return _change(db, case_id, actor, ChangeKind.FINDING_REMOVED, details, transform)


def record_variant(
    db: Database,
    case_id: int,
    kind: VariantKind | str,
    touches_tumour: bool,
    actor: str,
    *,
    origin: VesselKind | str | None = None,
    description: str = "",
) -> AssessmentVersion:
    """Record variant arterial anatomy (e.g. a replaced right hepatic artery from the SMA).

    Raises
    ------
    NotFoundError
        If the case was never assessed.
    ValidationError
        If that variant is already recorded, or an "other" variant has no description.
    """
    variant_kind = VariantKind(kind)
    origin_kind = None if origin is None else VesselKind(origin)

    def transform(inputs: ResectabilityInputs, author: str, at: datetime) -> ResectabilityInputs:
        variant = ArterialVariant(
            variant_kind, touches_tumour, author, at, origin=origin_kind, description=description
        )
        return with_variant(inputs, variant)

    details = {"kind": variant_kind.value, "touches_tumour": bool(touches_tumour)}
    return _change(db, case_id, actor, ChangeKind.VARIANT_ADDED, details, transform)


def remove_variant(
    db: Database, case_id: int, kind: VariantKind | str, actor: str
) -> AssessmentVersion:
    """Remove a recorded arterial variant (earlier versions keep it)."""
    variant_kind = VariantKind(kind)

    def transform(inputs: ResectabilityInputs, _author: str, _at: datetime) -> ResectabilityInputs:
        return without_variant(inputs, variant_kind)[0]

    return _change(
        db,
        case_id,
        actor,
        ChangeKind.VARIANT_REMOVED,
        {"kind": variant_kind.value},
        transform,
    )


def set_reconstruction(
    db: Database,
    case_id: int,
    value: Reconstructibility | str | None,
    actor: str,
    *,
    note: str = "",
) -> AssessmentVersion:
    """Record whether the SMV–portal vein can be reconstructed (``None`` clears it)."""
    judged = None if value is None else Reconstructibility(value)

    def transform(inputs: ResectabilityInputs, author: str, at: datetime) -> ResectabilityInputs:
        reconstruction = None if judged is None else VeinReconstruction(judged, author, at, note)
        return with_reconstruction(inputs, reconstruction)

    details = {"value": "" if judged is None else judged.value}
    return _change(db, case_id, actor, ChangeKind.RECONSTRUCTION, details, transform)


def set_tumour_location(
    db: Database, case_id: int, location: TumourLocation | str | None, actor: str
) -> AssessmentVersion:
    """Record where the tumour is in the pancreas (``None`` clears it)."""
    where = None if location is None else TumourLocation(location)

    def transform(inputs: ResectabilityInputs, author: str, at: datetime) -> ResectabilityInputs:
        return with_location(inputs, where, author, at)

    details = {"location": "" if where is None else where.value}
    return _change(db, case_id, actor, ChangeKind.LOCATION, details, transform)


def change_criteria(db: Database, case_id: int, criteria: str, actor: str) -> AssessmentVersion:
    """Suggest with another criteria set (``nccn``, ``dpcg``) from now on.

    Raises
    ------
    ValidationError
        If the criteria set is unknown or already the one in use.
    """
    criteria_id = criteria_id_of(criteria)
    current = latest_assessment(db, case_id)
    if current is not None and current.criteria_id == criteria_id:
        raise ValidationError(
            Message("The assessment already uses {criteria}.", criteria=criteria_id)
        )

    def transform(inputs: ResectabilityInputs, _author: str, _at: datetime) -> ResectabilityInputs:
        return inputs

    return _change(
        db,
        case_id,
        actor,
        ChangeKind.CRITERIA,
        {"criteria": criteria_id},
        transform,
        criteria_id=criteria_id,
    )


def latest_assessment(db: Database, case_id: int) -> AssessmentVersion | None:
    """The newest version of the case's assessment, or ``None`` if it was never assessed."""
    with db.reading() as session:
        return ResectabilityRepository(session).latest(case_id)


def assessment_history(db: Database, case_id: int) -> list[AssessmentVersion]:
    """Every version of the case's assessment, oldest first."""
    with db.reading() as session:
        return ResectabilityRepository(session).history(case_id)


def get_assessment(db: Database, uid: str) -> AssessmentVersion:
    """The version with UID ``uid``.

    Raises
    ------
    NotFoundError
        If there is none.
    """
    with db.reading() as session:
        return ResectabilityRepository(session).get(uid)


def run_contacts(db: Database, version: AssessmentVersion) -> ContactAssessment:
    """The cross-sections, arcs and profiles measured for ``version`` (for the vessel view)."""
    with db.reading() as session:
        return ResectabilityRepository(session).run_contacts(version.run.uid)
