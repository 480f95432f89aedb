"""A liver resection plan as DICOM: a Comprehensive SR (TID 1500) and a SEG of its parts.

One version of a case's liver plan (:class:`~casereview.domain.liver_plan_record.
LiverPlanVersion`) becomes

- a **segmentation** (:func:`liver_plan_segments`): the planned resected part and the remnant
  as two segments (casereview's private codes "Planned resected liver" / "Planned liver
  remnant"), followed by the Couinaud segments the plan used (their private codes from
  :mod:`casereview.domain.liver_segments`), each with a tracking UID that stays the same for
  the same version and segment;
- a **measurement report** (:func:`liver_plan_report`), with one measurement group per part:
  the whole liver (SNOMED CT liver, its volume), the tumours (volume, the smallest margin to
  the resection surface), the resected part and the remnant (volumes; remnant volume without
  tumour, tumour left, FLR %, standardised FLR %, remnant-to-body-weight ratio %, and each
  verdict: reaches the threshold yes/no with the threshold and its source), and each Couinaud
  segment's volume. When the plan's SEG is given, the resected part, the remnant and the
  Couinaud segments are volumetric groups (TID 1411) that reference their segment in it;
  a "Patient Characteristics" container holds height, weight (LOINC), BSA (LOINC, Mosteller)
  and the standard liver volume (Vauthey); a "Qualitative Evaluations" container names the
  resection (a named hepatectomy and the segments removed, or a drawn surface), the liver's
  condition, the plan version's UID and its SHA-256.

Standard codes (SCT, LN, DCM, UCUM) are used where the standard has the concept, casereview's
private scheme otherwise (declared in the Coding Scheme Identification Sequence; the meanings
are kept by de-identification, see :mod:`casereview.dicom.own_codes`). The sources of the
thresholds are coded (their short citations are the codes' meanings) so that they survive the
Clean Structured Content option, which reduces any text value to safe words. The author's note
is never written here: it is free text a person typed and travels, scrubbed, only in the
package's JSON.

Writing is strict: what this module returns is a valid object or an exception is raised.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import highdicom as hd
import numpy as np
from numpy.typing import NDArray
from pydicom.dataset import Dataset
from pydicom.sr.codedict import codes
from pydicom.uid import SegmentationStorage

from casereview import __version__
from casereview.dicom.own_codes import (
    CODING_SCHEME,
    OWN_CODE_MEANINGS,
    coding_scheme_identification,
)
from casereview.dicom.seg import SegmentData, build_seg
from casereview.dicom.sr_common import (
    MILLIMETRES,
    QUALITATIVE_EVALUATIONS,
    comprehensive_report,
    container,
    person_name,
    report_root,
    uid_of_uuid,
    with_children,
    yes_no,
)
from casereview.dicom.sr_common import own_code as _code
from casereview.domain.liver_plan_record import (
    LiverPlanVersion,
    RemnantMeasure,
    ResectionKind,
    VerdictRecord,
)
from casereview.domain.liver_remnant import (
    BSA_SOURCE,
    RBWR_SOURCE,
    SFLR_SOURCE,
    SLV_SOURCE,
    LiverCondition,
)
from casereview.domain.liver_segments import COUINAUD_CODES, COUINAUD_COLOURS, couinaud_name
from casereview.domain.segments import ANATOMICAL_STRUCTURE, Code

#: Series numbers of the report and of the plan's segmentation (the annotation report uses
#: 901, the resectability assessment 902).
SERIES_NUMBER = 903
SEG_SERIES_NUMBER = 904

_RELATION = hd.sr.RelationshipTypeValues
_MeasurementGroup = hd.sr.MeasurementsAndQualitativeEvaluations | (
    hd.sr.VolumetricROIMeasurementsAndQualitativeEvaluations
)


def _own(value: str) -> Code:
    return Code(value, CODING_SCHEME, OWN_CODE_MEANINGS[(CODING_SCHEME, value)])


#: Segment types of the plan's two parts (the plan's SEG and the groups that reference it).
RESECTED_TYPE = _own("CR-LIVRESECTED")
REMNANT_TYPE = _own("CR-LIVREMNANT")

#: Display colours (sRGB): the part removed in a warm red, the remnant in the liver's brown-green
#: family, as the planner's 3-D view shows them.
RESECTED_COLOUR = (214, 72, 64)
REMNANT_COLOUR = (110, 170, 90)

RESECTED_PART = _code("CR-LIVRESECTED")
REMNANT_PART = _code("CR-LIVREMNANT")
FUTURE_REMNANT_VOLUME = _code("CR-FLRVOL")
TUMOUR_LEFT = _code("CR-REMTUMOUR")
FLR = _code("CR-FLR")
SFLR = _code("CR-SFLR")
RBWR = _code("CR-RBWR")
STANDARD_LIVER_VOLUME = _code("CR-SLV")
MARGIN = _code("CR-MARGIN")
REACHES_THRESHOLD = _code("CR-REMNANTOK")
MEASURE_JUDGED = _code("CR-MEASURE")
THRESHOLD_SOURCE = _code("CR-THRSOURCE")
FROM_HEADERS = _code("CR-FROMHEADERS")
PLANNED_RESECTION = _code("CR-RESECTION")
SEGMENT_REMOVED = _code("CR-SEGREMOVED")
LIVER_CONDITION = _code("CR-LIVCONDITION")
PLAN_VERSION_UID = _code("CR-PLANUID")
PLAN_SHA256 = _code("CR-PLANSHA")

#: Standard concepts.
LIVER = hd.sr.CodedConcept("10200004", "SCT", "Liver")
NEOPLASM = hd.sr.CodedConcept("108369006", "SCT", "Neoplasm")
VOLUME = hd.sr.CodedConcept("118565006", "SCT", "Volume")
BODY_HEIGHT = hd.sr.CodedConcept("8302-2", "LN", "Body height")
BODY_WEIGHT = hd.sr.CodedConcept("29463-7", "LN", "Body weight")
BODY_SURFACE_AREA = hd.sr.CodedConcept("8277-6", "LN", "Body surface area")
THRESHOLD_VALUE = hd.sr.CodedConcept("122411", "DCM", "Threshold Value")
EQUATION_CITATION = hd.sr.CodedConcept("121421", "DCM", "Equation Citation")
PATIENT_CHARACTERISTICS = hd.sr.CodedConcept("121118", "DCM", "Patient Characteristics")

_MILLILITRES = hd.sr.CodedConcept("ml", "UCUM", "milliliter")
_PERCENT = hd.sr.CodedConcept("%", "UCUM", "Percent")
_CENTIMETRES = hd.sr.CodedConcept("cm", "UCUM", "centimeter")
_KILOGRAMS = hd.sr.CodedConcept("kg", "UCUM", "kilogram")
_SQUARE_METRES = hd.sr.CodedConcept("m2", "UCUM", "square meter")
_ALGORITHM = "casereview liver resection planner"

#: The named resection's code (``liver_plan_record.NAMED_RESECTIONS`` keys).
RESECTION_CODES: dict[str, hd.sr.CodedConcept] = {
    "right-hepatectomy": _code("CR-RHEPATECTOMY"),
    "left-hepatectomy": _code("CR-LHEPATECTOMY"),
    "right-trisectionectomy": _code("CR-RTRISECT"),
    "left-trisectionectomy": _code("CR-LTRISECT"),
    "right-anterior-sectionectomy": _code("CR-RANTSECT"),
    "right-posterior-sectionectomy": _code("CR-RPOSTSECT"),
    "left-lateral-sectionectomy": _code("CR-LLATSECT"),
    "central-hepatectomy": _code("CR-CENTRALHEP"),
}
CHOSEN_SEGMENTS_RESECTION = _code("CR-SEGRESECT")
SURFACE_RESECTION = _code("CR-SURFRESECT")

#: The liver's condition: SNOMED CT where it has the concept; "extensive chemotherapy" (which is
#: what sets the 30 % threshold) is more than SNOMED CT's "post-chemotherapy".
CONDITION_CODES: dict[LiverCondition, hd.sr.CodedConcept] = {
    LiverCondition.NORMAL: hd.sr.CodedConcept("17621005", "SCT", "Normal"),
    LiverCondition.CHEMOTHERAPY: _code("CR-LIVCHEMO"),
    LiverCondition.CIRRHOSIS: hd.sr.CodedConcept("19943007", "SCT", "Cirrhosis of liver"),
}

MEASURE_CODES: dict[RemnantMeasure, hd.sr.CodedConcept] = {
    RemnantMeasure.FLR: FLR,
    RemnantMeasure.SFLR: SFLR,
    RemnantMeasure.RBWR: RBWR,
}

#: The sources the domain cites, by their full text.
SOURCE_CODES: dict[str, hd.sr.CodedConcept] = {
    SFLR_SOURCE: _code("CR-SRCABDALLA"),
    RBWR_SOURCE: _code("CR-SRCTRUANT"),
    SLV_SOURCE: _code("CR-SRCVAUTHEY"),
    BSA_SOURCE: _code("CR-SRCMOSTELLER"),
}


def tracking_uuid(version_uid: str, part: str) -> str:
    """The UUID a part (``"resected"``, ``"remnant"``, ``"liver"``…) of a plan version tracks by.

    The same version and part always give the same UUID (derived from the version's UUID), so
    a reader can follow a part across the plan's SR and SEG; written in DICOM as
    ``2.25.<integer>``.
    """
    return str(uuid.uuid5(uuid.UUID(version_uid), f"liver-plan/{part}"))


def _uid(value: str) -> str:
    return f"2.25.{uuid.UUID(value).int}"


# -- segmentation --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanMaskSet:
    """The voxels of a plan's parts on the grid of the series it was planned on.

    Attributes
    ----------
    resected, remnant
        The part removed and the part left (tumour included), ``(slice, row, column)`` in the
        order of the series' images.
    couinaud
        Couinaud label → (the segment's UUID, its mask), for the segments the plan used.
    """

    resected: NDArray[np.bool_]
    remnant: NDArray[np.bool_]
    couinaud: Mapping[int, tuple[str, NDArray[np.bool_]]]


def liver_plan_segments(
    version: LiverPlanVersion,
    source_images: Sequence[Dataset],
    masks: PlanMaskSet,
) -> Dataset:
    """The plan's segmentation, in memory (the exporter de-identifies it before writing it).

    Segment 1 is the planned resected part, segment 2 the remnant, then the Couinaud segments
    the plan used in label order, each with the type code a reader recognises it by.

    Parameters
    ----------
    version
        The plan version (its UID derives the parts' tracking UIDs).
    source_images
        Headers of the series' images, in mask slice order.
    masks
        The parts' voxels.

    Returns
    -------
    pydicom.dataset.Dataset
        The SEG (the private coding scheme declared).

    Raises
    ------
    ValidationError
        If a mask does not fit the images or the object would be invalid.
    """
    segments = [
        SegmentData(
            "Planned resected liver",
            ANATOMICAL_STRUCTURE,
            RESECTED_TYPE,
            RESECTED_COLOUR,
            masks.resected,
            tracking_uuid(version.uid, "resected"),
        ),
        SegmentData(
            "Planned liver remnant",
            ANATOMICAL_STRUCTURE,
            REMNANT_TYPE,
            REMNANT_COLOUR,
            masks.remnant,
            tracking_uuid(version.uid, "remnant"),
        ),
    ]
    for label in sorted(masks.couinaud):
        segment_uuid, mask = masks.couinaud[label]
        segments.append(
            SegmentData(
                couinaud_name(label),
                ANATOMICAL_STRUCTURE,
                COUINAUD_CODES[label],
                COUINAUD_COLOURS[label],
                mask,
                segment_uuid,
            )
        )
    # build_seg declares the private scheme the segments' codes use.
    return build_seg(
        source_images,
        segments,
        series_description="Liver resection plan",
        content_label="LIVERPLAN",
        series_number=SEG_SERIES_NUMBER,
        software_version=__version__,
    )


def _segment_numbers(seg: Dataset) -> dict[tuple[str, str], int]:
    """``(scheme, code value)`` of each segment's type → its segment number in ``seg``."""
    numbers: dict[tuple[str, str], int] = {}
    for item in seg.SegmentSequence:
        kind = item.SegmentedPropertyTypeCodeSequence[0]
        key = (str(kind.CodingSchemeDesignator), str(kind.CodeValue))
        numbers.setdefault(key, int(item.SegmentNumber))
    return numbers


# -- report --------------------------------------------------------------------------------------


def _algorithm() -> hd.sr.AlgorithmIdentification:
    return hd.sr.AlgorithmIdentification(name=_ALGORITHM, version=__version__)


def _volume(value_ml: float) -> hd.sr.Measurement:
    return hd.sr.Measurement(
        name=VOLUME, value=float(value_ml), unit=_MILLILITRES, algorithm_id=_algorithm()
    )


def _measurement(
    name: hd.sr.CodedConcept, value: float, unit: hd.sr.CodedConcept
) -> hd.sr.Measurement:
    return hd.sr.Measurement(name=name, value=float(value), unit=unit, algorithm_id=_algorithm())


def _source(text: str, relationship: hd.sr.RelationshipTypeValues) -> hd.sr.ContentItem:
    """A cited source as its code when it is one the domain cites, else as text."""
    code = SOURCE_CODES.get(text)
    if code is not None:
        return hd.sr.CodeContentItem(
            name=THRESHOLD_SOURCE, value=code, relationship_type=relationship
        )
    return hd.sr.TextContentItem(
        name=THRESHOLD_SOURCE, value=text[:1024] or "unknown", relationship_type=relationship
    )


def _verdict(verdict: VerdictRecord) -> hd.sr.QualitativeEvaluation:
    """Reaches the threshold yes/no, with the measure judged, the threshold and its source."""
    evaluation = hd.sr.QualitativeEvaluation(REACHES_THRESHOLD, yes_no(verdict.passes))
    with_children(
        evaluation[0],
        [
            hd.sr.CodeContentItem(
                name=MEASURE_JUDGED,
                value=MEASURE_CODES[verdict.measure],
                relationship_type=_RELATION.HAS_CONCEPT_MOD,
            ),
            hd.sr.NumContentItem(
                name=THRESHOLD_VALUE,
                value=float(verdict.threshold_percent),
                unit=_PERCENT,
                relationship_type=_RELATION.HAS_PROPERTIES,
            ),
            _source(verdict.source, _RELATION.HAS_PROPERTIES),
        ],
    )
    return evaluation


@dataclass(frozen=True)
class _Group:
    """What one measurement group says, before it is built as TID 1501 or TID 1411.

    The identifier is worded in the de-identifier's safe vocabulary ("Liver left after
    resection"), so that Clean Structured Content keeps it whole in a package.
    """

    part: str
    identifier: str
    finding_type: hd.sr.CodedConcept
    measurements: list[hd.sr.Measurement]
    evaluations: list[hd.sr.QualitativeEvaluation]
    segment_type: tuple[str, str] | None = None


def _groups(version: LiverPlanVersion) -> list[_Group]:
    result = version.result
    groups = [_Group("liver", "Liver", LIVER, [_volume(result.total_ml)], [])]
    if version.inputs.tumours or result.tumour_ml > 0.0:
        tumour = [_volume(result.tumour_ml)]
        if result.margin_mm is not None:
            tumour.append(_measurement(MARGIN, result.margin_mm, MILLIMETRES))
        groups.append(_Group("tumour", "Liver tumour", NEOPLASM, tumour, []))
    groups.append(
        _Group(
            "resected",
            "Liver removed",
            RESECTED_PART,
            [_volume(result.resected_ml)],
            [],
            (CODING_SCHEME, RESECTED_TYPE.value),
        )
    )
    remnant = [
        _volume(result.remnant_ml),
        _measurement(FUTURE_REMNANT_VOLUME, result.future_remnant_ml, _MILLILITRES),
        _measurement(TUMOUR_LEFT, result.remnant_tumour_ml, _MILLILITRES),
        _measurement(FLR, result.flr_percent, _PERCENT),
    ]
    if result.sflr_percent is not None:
        remnant.append(_measurement(SFLR, result.sflr_percent, _PERCENT))
    if result.rbwr_percent is not None:
        remnant.append(_measurement(RBWR, result.rbwr_percent, _PERCENT))
    groups.append(
        _Group(
            "remnant",
            "Liver left after resection",
            REMNANT_PART,
            remnant,
            [_verdict(v) for v in result.verdicts],
            (CODING_SCHEME, REMNANT_TYPE.value),
        )
    )
    for label, volume in result.segment_volumes_ml:
        code = COUINAUD_CODES.get(int(label))
        if code is None:
            continue
        groups.append(
            _Group(
                f"couinaud-{label}",
                f"Liver segment {label}",
                hd.sr.CodedConcept(code.value, code.scheme, code.meaning),
                [_volume(volume)],
                [],
                (code.scheme, code.value),
            )
        )
    return groups


def _build(
    version: LiverPlanVersion,
    group: _Group,
    seg: Dataset | None,
    numbers: Mapping[tuple[str, str], int],
) -> _MeasurementGroup:
    tracking = hd.sr.TrackingIdentifier(
        uid=_uid(tracking_uuid(version.uid, group.part)),
        identifier=group.identifier,
    )
    common: dict[str, Any] = {
        "tracking_identifier": tracking,
        "finding_type": group.finding_type,
        "finding_sites": [hd.sr.FindingSite(anatomic_location=LIVER)]
        if group.part != "liver"
        else None,
        "measurements": group.measurements or None,
        "qualitative_evaluations": group.evaluations or None,
    }
    number = numbers.get(group.segment_type) if group.segment_type is not None else None
    if seg is not None and number is not None:
        source_series = str(seg.ReferencedSeriesSequence[0].SeriesInstanceUID)
        return hd.sr.VolumetricROIMeasurementsAndQualitativeEvaluations(
            referenced_segment=hd.sr.ReferencedSegment(
                sop_class_uid=SegmentationStorage,
                sop_instance_uid=str(seg.SOPInstanceUID),
                segment_number=number,
                source_series=hd.sr.SourceSeriesForSegmentation(source_series),
            ),
            **common,
        )
    return hd.sr.MeasurementsAndQualitativeEvaluations(**common)


def _patient_characteristics(version: LiverPlanVersion) -> list[hd.sr.ContentItem]:
    """Height, weight, BSA and standard liver volume, when the plan had the patient's size."""
    inputs, result = version.inputs, version.result
    items: list[hd.sr.ContentItem] = []

    def method() -> list[hd.sr.ContentItem]:
        if inputs.size_from == "entered":
            value = hd.sr.CodedConcept("113857", "DCM", "Manual Entry")
        elif inputs.size_from == "images":
            value = FROM_HEADERS
        else:
            return []
        return [
            hd.sr.CodeContentItem(
                name=codes.SCT.MeasurementMethod,
                value=value,
                relationship_type=_RELATION.HAS_CONCEPT_MOD,
            )
        ]

    def number(
        name: hd.sr.CodedConcept,
        value: float | None,
        unit: hd.sr.CodedConcept,
        children: list[hd.sr.ContentItem],
    ) -> None:
        if value is None:
            return
        item = hd.sr.NumContentItem(
            name=name, value=float(value), unit=unit, relationship_type=_RELATION.CONTAINS
        )
        items.append(with_children(item, children))

    def citation(source: str) -> list[hd.sr.ContentItem]:
        return [
            hd.sr.CodeContentItem(
                name=EQUATION_CITATION,
                value=SOURCE_CODES[source],
                relationship_type=_RELATION.HAS_PROPERTIES,
            )
        ]

    number(BODY_HEIGHT, inputs.height_cm, _CENTIMETRES, method())
    number(BODY_WEIGHT, inputs.weight_kg, _KILOGRAMS, method())
    number(BODY_SURFACE_AREA, result.bsa_m2, _SQUARE_METRES, citation(BSA_SOURCE))
    number(STANDARD_LIVER_VOLUME, result.slv_ml, _MILLILITRES, citation(SLV_SOURCE))
    return items


def _plan_items(version: LiverPlanVersion) -> list[hd.sr.ContentItem]:
    """The resection, the liver's condition, the version's UID and hash."""
    inputs = version.inputs
    if inputs.kind is ResectionKind.SURFACE:
        resection = hd.sr.CodeContentItem(
            name=PLANNED_RESECTION, value=SURFACE_RESECTION, relationship_type=_RELATION.CONTAINS
        )
    else:
        key = inputs.resection_key
        resection = hd.sr.CodeContentItem(
            name=PLANNED_RESECTION,
            value=CHOSEN_SEGMENTS_RESECTION if key is None else RESECTION_CODES[key],
            relationship_type=_RELATION.CONTAINS,
        )
        removed: list[hd.sr.ContentItem] = []
        for label in inputs.removed_segments:
            code = COUINAUD_CODES[int(label)]
            removed.append(
                hd.sr.CodeContentItem(
                    name=SEGMENT_REMOVED,
                    value=hd.sr.CodedConcept(code.value, code.scheme, code.meaning),
                    relationship_type=_RELATION.HAS_PROPERTIES,
                )
            )
        with_children(resection, removed)
    items: list[hd.sr.ContentItem] = [
        resection,
        hd.sr.CodeContentItem(
            name=LIVER_CONDITION,
            value=CONDITION_CODES[inputs.condition],
            relationship_type=_RELATION.CONTAINS,
        ),
    ]
    version_uid = uid_of_uuid(version.uid)
    if version_uid is not None:
        items.append(
            hd.sr.UIDRefContentItem(
                name=PLAN_VERSION_UID, value=version_uid, relationship_type=_RELATION.CONTAINS
            )
        )
    items.append(
        hd.sr.TextContentItem(
            name=PLAN_SHA256, value=version.content_sha256, relationship_type=_RELATION.CONTAINS
        )
    )
    return items


def liver_plan_report(
    version: LiverPlanVersion,
    evidence: Sequence[Dataset],
    *,
    segmentation: Dataset | None = None,
    author: str | None = None,
    series_number: int = SERIES_NUMBER,
    instance_number: int = 1,
) -> Dataset:
    """A Comprehensive SR (TID 1500) of one version of a liver resection plan.

    Parameters
    ----------
    version
        The plan version (inputs, result, UID, hash).
    evidence
        Headers of the images of the series the plan was made on (the patient and study
        modules are taken from them).
    segmentation
        The plan's SEG (:func:`liver_plan_segments`), when it was written: the resected part,
        the remnant and each Couinaud segment's group then reference their segment in it, and
        it joins the evidence.
    author
        The name to credit (a person's display name); by default the version's author.
    series_number, instance_number
        Numbers of the new series and instance.

    Returns
    -------
    pydicom.dataset.Dataset
        The report, with the private coding scheme declared.

    Raises
    ------
    ValueError
        If there is no evidence.
    """
    if not evidence:
        raise ValueError("No image of the planned series to reference.")
    numbers = _segment_numbers(segmentation) if segmentation is not None else {}
    groups = [_build(version, g, segmentation, numbers) for g in _groups(version)]
    name = person_name(version.author if author is None else author)
    root = report_root(groups, name)
    characteristics = _patient_characteristics(version)
    if characteristics:
        root.ContentSequence.append(container(PATIENT_CHARACTERISTICS, characteristics))
    root.ContentSequence.append(container(QUALITATIVE_EVALUATIONS, _plan_items(version)))
    return comprehensive_report(
        root,
        [*evidence, *([segmentation] if segmentation is not None else [])],
        series_number=series_number,
        instance_number=instance_number,
        series_description="Liver resection plan",
        made_at=version.created_at,
        coding_scheme=coding_scheme_identification(),
    )
