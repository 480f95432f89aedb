"""A resectability assessment as a Comprehensive SR measurement report (TID 1500), with highdicom.

One version of a case's assessment (:class:`~casereview.domain.resectability_record.
AssessmentVersion`) becomes one report that any DICOM viewer can list:

- per vessel a measurement group (TID 1501) whose tracking UID is derived from the version's
  UID and the vessel, whose finding site is the vessel's SNOMED CT code, holding the measured
  maximum circumferential contact angle (degrees, derivation "Maximum", the algorithm named)
  and contact length (mm); a person's override is a second angle with the method "Manual
  Entry", the person as Person Observer Name, the time as Observation DateTime and the reason
  as a comment, so both values stand side by side; coded qualitative evaluations (tumour
  contact yes/no, contact > 180° yes/no, the findings people recorded on that vessel) and the
  tracking UID of the vessel's segment, which is the Tracking UID of that segment in the
  case's DICOM SEG;
- a "Qualitative Evaluations" container (TID 1500 row 12) with the suggested category, the
  criteria set's name and citation and each rule that fired (as text), variant arterial anatomy,
  vein reconstructibility, tumour location and the version's UID.

Standard codes (DCM, SCT, UMLS) are used where the standard has the concept; the others come
from casereview's private coding scheme :data:`CODING_SCHEME`, declared in the Coding Scheme
Identification Sequence. Code values are letters only: a de-identifier replaces long runs of
digits in a private code value. A private code's meaning is free text to a de-identifier
(casereview's keeps only the words of its clinical vocabulary), so meanings are worded with
those words where the concept allows ("Contact above 180 degrees" stays whole in a package;
"Contact greater than 180 degrees" would become "Contact 180 degrees").

Writing is strict: what this module returns is a valid object or an exception is raised.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import TypeVar

import highdicom as hd
from pydicom.dataset import Dataset
from pydicom.sr.codedict import codes

from casereview import __version__
from casereview.dicom.own_codes import coding_scheme_identification
from casereview.dicom.sr_common import (
    MILLIMETRES,
    QUALITATIVE_EVALUATIONS,
    comprehensive_report,
    container,
    dicom_datetime,
    person_name,
    report_root,
    uid_of_uuid,
    with_children,
    yes_no,
)
from casereview.dicom.sr_common import own_code as _code
from casereview.domain.resectability import VESSEL_CODES, VESSEL_NAMES, VesselKind
from casereview.domain.resectability_findings import (
    FindingKind,
    Reconstructibility,
    ThrombusKind,
    TumourLocation,
    VariantKind,
)
from casereview.domain.resectability_record import AssessmentVersion
from casereview.domain.resectability_rules import ResectabilityCategory

#: Series number of the report (the annotation report uses 901).
SERIES_NUMBER = 902

_RELATION = hd.sr.RelationshipTypeValues
_Item = TypeVar("_Item", bound=Dataset)


#: Concepts of the private scheme (code values of letters, at most 16 characters).
CONTACT_ANGLE = _code("CR-ANGLE")
TUMOUR_CONTACT = _code("CR-CONTACT")
CONTACT_OVER_180 = _code("CR-GT180")
SEGMENT_TRACKING_UID = _code("CR-SEGUID")
TUMOUR_SEGMENT_TRACKING_UID = _code("CR-TUMSEGUID")
TRUNK = _code("CR-TRUNK")
FIRST_JEJUNAL_BRANCH = _code("CR-JEJUNAL")
#: Not DCM 121071 "Finding": TID 1501 names the group's finding type with that concept.
VESSEL_FINDING = _code("CR-VESFINDING")
THROMBUS_KIND = _code("CR-THROMBKIND")
SUGGESTED_CATEGORY = _code("CR-CATEGORY")
CATEGORY_IS_LOWER_BOUND = _code("CR-ATLEAST")
CRITERIA_SET = _code("CR-CRITERIA")
CRITERIA_CITATION = _code("CR-CITATION")
RULE_FIRED = _code("CR-RULE")
ARTERIAL_VARIANT = _code("CR-VARIANT")
ARISES_FROM = _code("CR-ORIGIN")
VEIN_RECONSTRUCTIBLE = _code("CR-RECONSTR")
GDA_INVOLVED = _code("CR-GDA")
ASSESSMENT_VERSION_UID = _code("CR-VERSION")

CATEGORY_CODES: dict[ResectabilityCategory, hd.sr.CodedConcept] = {
    ResectabilityCategory.RESECTABLE: _code("CR-RESECTABLE"),
    ResectabilityCategory.BORDERLINE: _code("CR-BORDERLINE"),
    ResectabilityCategory.LOCALLY_ADVANCED: _code("CR-LOCADVANCED"),
}

#: A finding's code: SNOMED CT where it has the concept, the private scheme otherwise.
FINDING_CODES: dict[FindingKind, hd.sr.CodedConcept] = {
    FindingKind.CONTOUR_IRREGULARITY: _code("CR-CONTOUR"),
    FindingKind.TEAR_DROP: _code("CR-TEARDROP"),
    FindingKind.NARROWING: hd.sr.CodedConcept("415582006", "SCT", "Stenosis"),
    FindingKind.THROMBUS: hd.sr.CodedConcept("396339007", "SCT", "Thrombus"),
    FindingKind.OCCLUSION: hd.sr.CodedConcept("26036001", "SCT", "Occlusion"),
    FindingKind.EXTENSION_TO_CELIAC_AXIS: _code("CR-EXTCELIAC"),
    FindingKind.EXTENSION_TO_HEPATIC_BIFURCATION: _code("CR-EXTHEPBIF"),
}

THROMBUS_CODES: dict[ThrombusKind, hd.sr.CodedConcept] = {
    ThrombusKind.BLAND: _code("CR-BLAND"),
    ThrombusKind.TUMOUR: _code("CR-TUMTHROMBUS"),
}

VARIANT_CODES: dict[VariantKind, hd.sr.CodedConcept] = {
    VariantKind.REPLACED_RIGHT_HEPATIC: _code("CR-RRHA"),
    VariantKind.ACCESSORY_RIGHT_HEPATIC: _code("CR-ARHA"),
    VariantKind.REPLACED_COMMON_HEPATIC: _code("CR-RCHA"),
    VariantKind.OTHER: _code("CR-OTHERVARIANT"),
}

LOCATION_CODES: dict[TumourLocation, hd.sr.CodedConcept] = {
    TumourLocation.HEAD: _code("CR-PANCHEAD"),
    TumourLocation.UNCINATE: _code("CR-PANCUNCINATE"),
    TumourLocation.NECK: _code("CR-PANCNECK"),
    TumourLocation.BODY: _code("CR-PANCBODY"),
    TumourLocation.TAIL: _code("CR-PANCTAIL"),
}

_UNKNOWN = hd.sr.CodedConcept("261665006", "SCT", "Unknown")
_RECONSTRUCTIBILITY = {
    Reconstructibility.YES: yes_no(True),
    Reconstructibility.NO: yes_no(False),
    Reconstructibility.UNKNOWN: _UNKNOWN,
}
_DEGREES = hd.sr.CodedConcept("deg", "UCUM", "degree")
_ALGORITHM = "casereview vessel contact"


def _vessel_code(vessel: VesselKind) -> hd.sr.CodedConcept:
    """The vessel's SNOMED CT code (the first jejunal branch has none: the private one)."""
    known = VESSEL_CODES[VesselKind(vessel)]
    if not known:
        return FIRST_JEJUNAL_BRANCH
    return hd.sr.CodedConcept(known[0].value, known[0].scheme, known[0].meaning[:64])


def vessel_tracking_uid(version_uid: str, vessel: VesselKind, branch_of: VesselKind | None) -> str:
    """The tracking UID of a vessel's group in the report of version ``version_uid``.

    The same version and vessel always give the same UID (a UUID derived from the version's
    UUID and the vessel, written as ``2.25.<integer>``), so a reader can follow a vessel
    across reports of the same version.
    """
    key = VesselKind(vessel).value + ("" if branch_of is None else f"/{VesselKind(branch_of)}")
    return f"2.25.{uuid.uuid5(uuid.UUID(version_uid), key).int}"


def _person(author: str) -> list[hd.sr.ContentItem]:
    """Who recorded a value, as observation context of the item it belongs to."""
    name = person_name(author)
    if not name:
        return []
    return [
        hd.sr.PnameContentItem(
            name=codes.DCM.PersonObserverName,
            value=name,
            relationship_type=_RELATION.HAS_OBS_CONTEXT,
        )
    ]


def _recorded(item: _Item, author: str, at: datetime | None, text: str = "") -> _Item:
    """``item`` with who recorded it, when (its Observation DateTime) and their comment."""
    if at is not None:
        # Type 1C in every content item: "required if different from the Content Date/Time".
        item.ObservationDateTime = dicom_datetime(at)
    return with_children(item, [*_person(author), *_comment(text)])


def _comment(text: str) -> list[hd.sr.ContentItem]:
    if not text.strip():
        return []
    return [
        hd.sr.TextContentItem(
            name=codes.DCM.Comment, value=text, relationship_type=_RELATION.HAS_PROPERTIES
        )
    ]


def _finding_site(vessel: VesselKind) -> hd.sr.FindingSite:
    return hd.sr.FindingSite(anatomic_location=_vessel_code(vessel))


def _algorithm() -> hd.sr.AlgorithmIdentification:
    return hd.sr.AlgorithmIdentification(name=_ALGORITHM, version=__version__)


def _vessel_group(
    version: AssessmentVersion,
    vessel: VesselKind,
    branch_of: VesselKind | None,
    with_findings: bool,
) -> hd.sr.MeasurementsAndQualitativeEvaluations:
    inputs = version.inputs
    measurement = inputs.measurement(vessel, branch_of)
    measurements: list[hd.sr.Measurement] = []
    evaluations: list[hd.sr.QualitativeEvaluation] = []
    if measurement is not None:
        if measurement.angle_deg is not None:
            measurements.append(
                hd.sr.Measurement(
                    name=CONTACT_ANGLE,
                    value=measurement.angle_deg,
                    unit=_DEGREES,
                    derivation=codes.SCT.Maximum,
                    algorithm_id=_algorithm(),
                )
            )
        if measurement.length_mm is not None:
            measurements.append(
                hd.sr.Measurement(
                    name=codes.SCT.Length,
                    value=measurement.length_mm,
                    unit=MILLIMETRES,
                    algorithm_id=_algorithm(),
                )
            )
        override = measurement.override
        if override is not None:
            corrected = hd.sr.Measurement(
                name=CONTACT_ANGLE,
                value=override.angle_deg,
                unit=_DEGREES,
                method=codes.DCM.ManualEntry,
            )
            _recorded(corrected[0], override.author, override.at, override.reason)
            measurements.append(corrected)
        evaluations.append(
            hd.sr.QualitativeEvaluation(TUMOUR_CONTACT, yes_no(measurement.in_contact))
        )
        evaluations.append(
            hd.sr.QualitativeEvaluation(
                CONTACT_OVER_180, yes_no(measurement.effective_angle_deg > 180.0)
            )
        )
        if branch_of is not None:
            evaluations.append(hd.sr.QualitativeEvaluation(TRUNK, _vessel_code(branch_of)))
    if with_findings:
        for finding in inputs.findings_on(vessel):
            evaluation = hd.sr.QualitativeEvaluation(VESSEL_FINDING, FINDING_CODES[finding.kind])
            children: list[hd.sr.ContentItem] = []
            if finding.thrombus is not None:
                children.append(
                    hd.sr.CodeContentItem(
                        name=THROMBUS_KIND,
                        value=THROMBUS_CODES[finding.thrombus],
                        relationship_type=_RELATION.HAS_CONCEPT_MOD,
                    )
                )
            with_children(evaluation[0], children)
            _recorded(evaluation[0], finding.author, finding.at, finding.note)
            evaluations.append(evaluation)
    name = str(VESSEL_NAMES[VesselKind(vessel)])
    if branch_of is not None:
        name = f"{name} of the {VesselKind(branch_of).value.upper()}"
    group = hd.sr.MeasurementsAndQualitativeEvaluations(
        tracking_identifier=hd.sr.TrackingIdentifier(
            uid=vessel_tracking_uid(version.uid, vessel, branch_of),
            identifier=f"Tumour contact: {name}"[:64],
        ),
        finding_type=TUMOUR_CONTACT,
        finding_sites=[_finding_site(vessel)],
        measurements=measurements or None,
        qualitative_evaluations=evaluations or None,
    )
    segment = version.run.segment_of(vessel) if branch_of is None else None
    tracking = uid_of_uuid(segment.segment_uuid) if segment is not None else None
    if tracking is not None:
        with_children(
            group[0],
            [
                hd.sr.UIDRefContentItem(
                    name=SEGMENT_TRACKING_UID,
                    value=tracking,
                    relationship_type=_RELATION.CONTAINS,
                )
            ],
        )
    return group


def _text(name: hd.sr.CodedConcept, value: str) -> hd.sr.TextContentItem:
    return hd.sr.TextContentItem(name=name, value=value, relationship_type=_RELATION.CONTAINS)


def _coded(
    name: hd.sr.CodedConcept,
    value: hd.sr.CodedConcept,
    children: Sequence[hd.sr.ContentItem] = (),
) -> hd.sr.CodeContentItem:
    item = hd.sr.CodeContentItem(name=name, value=value, relationship_type=_RELATION.CONTAINS)
    return with_children(item, children)


def _assessment_items(version: AssessmentVersion) -> list[hd.sr.ContentItem]:
    """The report-level qualitative evaluations: suggestion, criteria, anatomy, version."""
    inputs, suggestion = version.inputs, version.suggestion
    category = _UNKNOWN if suggestion.category is None else CATEGORY_CODES[suggestion.category]
    items: list[hd.sr.ContentItem] = [_coded(SUGGESTED_CATEGORY, category)]
    if suggestion.category is not None:
        items.append(_coded(CATEGORY_IS_LOWER_BOUND, yes_no(suggestion.at_least)))
    items.append(_text(CRITERIA_SET, suggestion.criteria_name or version.criteria_id))
    if suggestion.citation:
        items.append(_text(CRITERIA_CITATION, suggestion.citation))
    for fired in suggestion.fired:
        items.append(_text(RULE_FIRED, f"{fired.rule_id}: {fired.criterion}"))
    for variant in inputs.variants:
        children: list[hd.sr.ContentItem] = [
            hd.sr.CodeContentItem(
                name=TUMOUR_CONTACT,
                value=yes_no(variant.touches_tumour),
                relationship_type=_RELATION.HAS_PROPERTIES,
            )
        ]
        if variant.origin is not None:
            children.append(
                hd.sr.CodeContentItem(
                    name=ARISES_FROM,
                    value=_vessel_code(variant.origin),
                    relationship_type=_RELATION.HAS_PROPERTIES,
                )
            )
        item = _coded(ARTERIAL_VARIANT, VARIANT_CODES[variant.kind], children)
        items.append(_recorded(item, variant.author, variant.at, variant.description))
    reconstruction = inputs.reconstruction
    if reconstruction is not None:
        item = _coded(VEIN_RECONSTRUCTIBLE, _RECONSTRUCTIBILITY[reconstruction.value])
        items.append(_recorded(item, reconstruction.author, reconstruction.at, reconstruction.note))
    if inputs.tumour_location is not None:
        where = inputs.location_provenance
        item = _coded(codes.SCT.FindingSite, LOCATION_CODES[inputs.tumour_location])
        items.append(_recorded(item, where.entered_by, where.entered_at))
    if inputs.gastroduodenal_artery_involved is not None:
        items.append(_coded(GDA_INVOLVED, yes_no(inputs.gastroduodenal_artery_involved)))
    tumour = next((s for s in version.run.segments if s.role == "tumour"), None)
    tumour_uid = uid_of_uuid(tumour.segment_uuid) if tumour is not None else None
    if tumour_uid is not None:
        items.append(
            hd.sr.UIDRefContentItem(
                name=TUMOUR_SEGMENT_TRACKING_UID,
                value=tumour_uid,
                relationship_type=_RELATION.CONTAINS,
            )
        )
    version_uid = uid_of_uuid(version.uid)
    if version_uid is not None:
        items.append(
            hd.sr.UIDRefContentItem(
                name=ASSESSMENT_VERSION_UID,
                value=version_uid,
                relationship_type=_RELATION.CONTAINS,
            )
        )
    return items


def _groups(version: AssessmentVersion) -> list[hd.sr.MeasurementsAndQualitativeEvaluations]:
    """One group per measured vessel (per trunk for jejunal branches), then one per vessel
    that only has findings, in :class:`VesselKind` order."""
    inputs = version.inputs
    groups = []
    described: set[VesselKind] = set()
    for vessel in VesselKind:
        measured = inputs.measurements_of(vessel)
        for measurement in measured:
            groups.append(
                _vessel_group(
                    version, vessel, measurement.branch_of, with_findings=vessel not in described
                )
            )
            described.add(vessel)
        if vessel not in described and inputs.findings_on(vessel):
            groups.append(_vessel_group(version, vessel, None, with_findings=True))
            described.add(vessel)
    return groups


def resectability_report(
    version: AssessmentVersion,
    evidence: Sequence[Dataset],
    *,
    series_number: int = SERIES_NUMBER,
    instance_number: int = 1,
) -> Dataset:
    """A Comprehensive SR (TID 1500) of one version of a resectability assessment.

    Parameters
    ----------
    version
        The assessment version (measurements with any override, findings, suggestion).
    evidence
        Headers of the images of the series the segments lie on (the report's evidence; the
        patient and study modules are taken from them).
    series_number, instance_number
        Numbers of the new series and instance.

    Returns
    -------
    pydicom.dataset.Dataset
        The report, with the private coding scheme declared.

    Raises
    ------
    ValueError
        If there is no evidence, or nothing was measured or recorded on any vessel.
    """
    if not evidence:
        raise ValueError("No image of the assessed series to reference.")
    groups = _groups(version)
    if not groups:
        raise ValueError("The assessment holds no vessel to report.")
    root = report_root(groups, person_name(version.author))
    root.ContentSequence.append(container(QUALITATIVE_EVALUATIONS, _assessment_items(version)))
    return comprehensive_report(
        root,
        evidence,
        series_number=series_number,
        instance_number=instance_number,
        series_description="Resectability assessment",
        made_at=version.created_at,
        coding_scheme=coding_scheme_identification(),
    )
