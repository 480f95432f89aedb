"""A case's resectability assessment as it is kept: runs, versions and the changes between them.

An automatic measurement (:class:`ContactRunInfo`) says which segments stood for the tumour and
each vessel. What the criteria read (:class:`~casereview.domain.resectability_findings.
ResectabilityInputs`) starts from that run's measurements; people then correct angles and add
findings. Every such change makes a new :class:`AssessmentVersion`: versions are never edited,
so a decision can cite one by its UID and content hash and it will say the same thing for ever.

The pure functions here compute the next inputs for a change (:func:`with_override`,
:func:`with_finding`, ...); the service stores them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from casereview.domain.resectability import (
    VESSEL_NAMES,
    AngleOverride,
    Provenance,
    VesselKind,
    VesselMeasurement,
)
from casereview.domain.resectability_criteria import CRITERIA_SETS
from casereview.domain.resectability_findings import (
    FINDING_NAMES,
    RECONSTRUCTIBILITY_NAMES,
    VARIANT_NAMES,
    ArterialVariant,
    FindingKind,
    Reconstructibility,
    ResectabilityInputs,
    TumourLocation,
    VariantKind,
    VeinReconstruction,
    VesselFinding,
)
from casereview.domain.resectability_suggestion import Suggestion
from casereview.errors import ValidationError
from casereview.messages import Message


@dataclass(frozen=True, slots=True)
class SegmentChoice:
    """Which segment stands for the tumour or a vessel, and why.

    Attributes
    ----------
    role
        ``"tumour"`` or a :class:`VesselKind` value.
    segment_uuid, segment_name, segment_number
        The segment.
    by_hand
        True when a person named it; False when it was recognised by its SNOMED CT type.
    """

    role: str
    segment_uuid: str
    segment_name: str
    segment_number: int
    by_hand: bool

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dictionary."""
        return {
            "role": self.role,
            "segment_uuid": self.segment_uuid,
            "segment_name": self.segment_name,
            "segment_number": self.segment_number,
            "by_hand": self.by_hand,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SegmentChoice:
        """Inverse of :meth:`to_json`."""
        return cls(
            str(data["role"]),
            str(data["segment_uuid"]),
            str(data["segment_name"]),
            int(data["segment_number"]),
            bool(data["by_hand"]),
        )


class ChangeKind(StrEnum):
    """What made a new version of an assessment."""

    MEASURED = "measured"
    OVERRIDE = "override"
    OVERRIDE_REMOVED = "override_removed"
    FINDING_ADDED = "finding_added"
    FINDING_REMOVED = "finding_removed"
    VARIANT_ADDED = "variant_added"
    VARIANT_REMOVED = "variant_removed"
    RECONSTRUCTION = "reconstruction"
    LOCATION = "location"
    CRITERIA = "criteria"


@dataclass(frozen=True, slots=True)
class ContactRunInfo:
    """An automatic contact measurement, without its cross-sections (see the service).

    Attributes
    ----------
    uid
        Its UID.
    series_instance_uid
        The series whose voxel grid the segments lie on.
    segments
        The tumour's segment first, then one per vessel measured.
    not_found
        Vessels with no segment in the case.
    author, created_at
        Who ran it and when.
    """

    uid: str
    series_instance_uid: str
    segments: tuple[SegmentChoice, ...]
    not_found: tuple[VesselKind, ...]
    author: str
    created_at: datetime

    @property
    def tumour(self) -> SegmentChoice:
        """The tumour's segment."""
        return next(s for s in self.segments if s.role == "tumour")

    def segment_of(self, vessel: VesselKind) -> SegmentChoice | None:
        """The segment measured as ``vessel``, if any."""
        return next((s for s in self.segments if s.role == VesselKind(vessel).value), None)


@dataclass(frozen=True)
class AssessmentVersion:
    """One version of a case's resectability assessment, as stored (never changed).

    Attributes
    ----------
    uid, number
        Its UID and its number in the case (1, 2, ...).
    case_id
        The case.
    run
        The automatic measurement it starts from.
    criteria_id
        The criteria set of the suggestion.
    inputs
        Everything the criteria read: measured angles with any override, findings...
    suggestion
        The suggestion shown with this version (a category for the MDT to confirm).
    content_sha256
        SHA-256 of criteria, inputs and suggestion; what a decision cites with the UID.
    change, change_details
        What made this version, with its parameters (vessel, angle...).
    author, created_at
        Who made the change and when.
    """

    uid: str
    number: int
    case_id: int
    run: ContactRunInfo
    criteria_id: str
    inputs: ResectabilityInputs
    suggestion: Suggestion
    content_sha256: str
    change: ChangeKind
    author: str
    created_at: datetime
    change_details: Mapping[str, Any] = field(default_factory=dict)

    def change_text(self) -> Message:
        """The change, for a reader ("SMA angle set to 120.0°")."""
        return describe_change(self.change, self.change_details)


def describe_change(change: ChangeKind, details: Mapping[str, Any]) -> Message:
    """A sentence for a version's change (the history list, the amendment diff)."""
    vessel = details.get("vessel")
    vessel_name = VESSEL_NAMES[VesselKind(vessel)] if vessel else ""
    if change is ChangeKind.MEASURED:
        return Message("Measured from the segments")
    if change is ChangeKind.OVERRIDE:
        return Message(
            "{vessel}: angle set to {angle:.1f}°", vessel=vessel_name, angle=details["angle_deg"]
        )
    if change is ChangeKind.OVERRIDE_REMOVED:
        return Message("{vessel}: back to the measured angle", vessel=vessel_name)
    if change in (ChangeKind.FINDING_ADDED, ChangeKind.FINDING_REMOVED):
        finding = FINDING_NAMES[FindingKind(details["kind"])]
        if change is ChangeKind.FINDING_ADDED:
            return Message("{vessel}: {finding} added", vessel=vessel_name, finding=finding)
        return Message("{vessel}: {finding} removed", vessel=vessel_name, finding=finding)
    if change in (ChangeKind.VARIANT_ADDED, ChangeKind.VARIANT_REMOVED):
        variant = VARIANT_NAMES[VariantKind(details["kind"])]
        if change is ChangeKind.VARIANT_ADDED:
            return Message("{variant} recorded", variant=variant)
        return Message("{variant} removed", variant=variant)
    if change is ChangeKind.RECONSTRUCTION:
        value = details.get("value")
        if not value:
            return Message("Vein reconstructibility cleared")
        return Message(
            "Vein reconstructible: {value}",
            value=RECONSTRUCTIBILITY_NAMES[Reconstructibility(value)],
        )
    if change is ChangeKind.LOCATION:
        return Message("Tumour location: {location}", location=details.get("location") or "-")
    criteria_id = str(details.get("criteria", ""))
    criteria = CRITERIA_SETS.get(criteria_id)
    return Message(
        "Criteria set changed to {criteria}",
        criteria=criteria.name if criteria is not None else criteria_id,
    )


def _measurement_index(
    inputs: ResectabilityInputs, vessel: VesselKind, branch_of: VesselKind | None
) -> int:
    for index, measurement in enumerate(inputs.measurements):
        if measurement.vessel is VesselKind(vessel) and measurement.branch_of == branch_of:
            return index
    raise ValidationError(
        Message(
            "The {vessel} was not measured in this assessment; segment it and measure again.",
            vessel=VESSEL_NAMES[VesselKind(vessel)],
        )
    )


def with_override(
    inputs: ResectabilityInputs,
    vessel: VesselKind,
    override: AngleOverride | None,
    branch_of: VesselKind | None = None,
) -> ResectabilityInputs:
    """``inputs`` with a person's angle for ``vessel`` (``None`` returns to the measured one).

    Raises
    ------
    ValidationError
        If the vessel was not measured, or there is no override to remove.
    """
    index = _measurement_index(inputs, vessel, branch_of)
    current: VesselMeasurement = inputs.measurements[index]
    if override is None and current.override is None:
        raise ValidationError(
            Message(
                "The {vessel} has no corrected angle to remove.",
                vessel=VESSEL_NAMES[current.vessel],
            )
        )
    if override is None and current.angle_deg is None:
        raise ValidationError(
            Message(
                "The {vessel} has only a person's reading; measure it before removing that.",
                vessel=VESSEL_NAMES[current.vessel],
            )
        )
    changed = list(inputs.measurements)
    changed[index] = current.with_override(override)
    return replace(inputs, measurements=tuple(changed))


def with_finding(inputs: ResectabilityInputs, finding: VesselFinding) -> ResectabilityInputs:
    """``inputs`` with one more finding.

    Raises
    ------
    ValidationError
        If the same finding is already recorded on that vessel.
    """
    for existing in inputs.findings:
        if (existing.vessel, existing.kind, existing.thrombus) == (
            finding.vessel,
            finding.kind,
            finding.thrombus,
        ):
            raise ValidationError(
                Message(
                    "{finding} is already recorded on the {vessel}.",
                    finding=finding.name,
                    vessel=VESSEL_NAMES[finding.vessel],
                )
            )
    return replace(inputs, findings=(*inputs.findings, finding))


def without_finding(
    inputs: ResectabilityInputs, vessel: VesselKind, kind: FindingKind
) -> tuple[ResectabilityInputs, VesselFinding]:
    """``inputs`` without the finding ``kind`` on ``vessel``, and the finding removed.

    Raises
    ------
    ValidationError
        If there is no such finding.
    """
    vessel, kind = VesselKind(vessel), FindingKind(kind)
    for index, existing in enumerate(inputs.findings):
        if existing.vessel is vessel and existing.kind is kind:
            rest = inputs.findings[:index] + inputs.findings[index + 1 :]
            return replace(inputs, findings=rest), existing
    raise ValidationError(
        Message(
            "No {finding} is recorded on the {vessel}.",
            finding=FINDING_NAMES[kind],
            vessel=VESSEL_NAMES[vessel],
        )
    )


def with_variant(inputs: ResectabilityInputs, variant: ArterialVariant) -> ResectabilityInputs:
    """``inputs`` with one more arterial variant.

    Raises
    ------
    ValidationError
        If a variant of that kind is already recorded (except "other" variants).
    """
    if variant.kind is not VariantKind.OTHER and any(
        v.kind is variant.kind for v in inputs.variants
    ):
        raise ValidationError(
            Message("{variant} is already recorded.", variant=VARIANT_NAMES[variant.kind])
        )
    return replace(inputs, variants=(*inputs.variants, variant))


def without_variant(
    inputs: ResectabilityInputs, kind: VariantKind
) -> tuple[ResectabilityInputs, ArterialVariant]:
    """``inputs`` without the (first) variant of ``kind``, and the variant removed.

    Raises
    ------
    ValidationError
        If none is recorded.
    """
    kind = VariantKind(kind)
    for index, existing in enumerate(inputs.variants):
        if existing.kind is kind:
            rest = inputs.variants[:index] + inputs.variants[index + 1 :]
            return replace(inputs, variants=rest), existing
    raise ValidationError(Message("No {variant} is recorded.", variant=VARIANT_NAMES[kind]))


def with_reconstruction(
    inputs: ResectabilityInputs, reconstruction: VeinReconstruction | None
) -> ResectabilityInputs:
    """``inputs`` with the surgeon's judgement of vein reconstructibility (``None`` clears)."""
    return replace(inputs, reconstruction=reconstruction)


def with_location(
    inputs: ResectabilityInputs, location: TumourLocation | None, author: str, at: datetime
) -> ResectabilityInputs:
    """``inputs`` with the tumour's location as ``author`` gave it (``None`` clears)."""
    return replace(
        inputs,
        tumour_location=None if location is None else TumourLocation(location),
        location_provenance=Provenance() if location is None else Provenance.of_person(author, at),
    )


def carried_over(
    previous: ResectabilityInputs, measured: tuple[VesselMeasurement, ...]
) -> ResectabilityInputs:
    """Inputs for a new measurement: ``measured`` plus what people recorded before.

    A person's override of a vessel stays with that vessel (shown beside the new measured
    angle); findings, variants, reconstructibility and location stay as they were.
    """
    overrides = {(m.vessel, m.branch_of): m.override for m in previous.measurements}
    merged = tuple(m.with_override(overrides.get((m.vessel, m.branch_of))) for m in measured)
    return replace(previous, measurements=merged)
