"""A case's resectability assessment as the case report prints it.

:func:`assessment_report` gathers the newest version of the case's assessment (criteria,
measured and overridden angles, findings, the suggested category with its reasons), the SAR/APA
structured report pre-filled from it (:func:`casereview.domain.sar_apa.prefill_sar_apa`) and
readable names for what the report's fields rest on (segments by name, key images by caption),
so the report can say what each value rests on without printing bare UIDs only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from casereview.domain.resectability_record import AssessmentVersion
from casereview.domain.sar_apa import StructuredReport, prefill_sar_apa
from casereview.services.annotations import list_key_images
from casereview.services.resectability_record import latest_assessment
from casereview.store.database import Database


@dataclass(frozen=True)
class AssessmentReport:
    """What the case report prints about the resectability assessment.

    Attributes
    ----------
    version
        The newest version of the case's assessment.
    structured
        The SAR/APA report pre-filled from its inputs.
    segment_names
        Segment UID → the segment's name, for the segments the assessment measured.
    key_image_captions
        Key image UID → its caption, for the case's key images.
    """

    version: AssessmentVersion
    structured: StructuredReport
    segment_names: Mapping[str, str] = field(default_factory=dict)
    key_image_captions: Mapping[str, str] = field(default_factory=dict)


def assessment_report(db: Database, case_id: int) -> AssessmentReport | None:
    """The case's assessment for the report, or ``None`` when it was never assessed.

    Raises
    ------
    ValidationError
        If the stored assessment is damaged.
    """
    version = latest_assessment(db, case_id)
    if version is None:
        return None
    segments = {s.segment_uuid: s.segment_name for s in version.run.segments}
    captions = {k.uuid: k.caption or k.orientation for k in list_key_images(db, case_id)}
    return AssessmentReport(version, prefill_sar_apa(version.inputs), segments, captions)
