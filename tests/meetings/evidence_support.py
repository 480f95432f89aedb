"""Stored resectability assessments and key images for the tests of decisions' evidence.

The measurements are built by hand (as in ``tests/unit/test_resectability_record.py``): what is
tested with them is what a decision cites, not the measuring.
"""

from __future__ import annotations

from casereview.analysis.assessment import ContactAssessment
from casereview.domain.annotations import ImageReference, KeyImage, KeyImageDraft, ViewPlane
from casereview.domain.resectability import Provenance, VesselKind, VesselMeasurement
from casereview.domain.resectability_criteria import CRITERIA_SETS
from casereview.domain.resectability_evaluation import evaluate
from casereview.domain.resectability_findings import ResectabilityInputs
from casereview.domain.resectability_record import SegmentChoice
from casereview.services import annotations as annotation_service
from casereview.services.resectability import CaseResectability
from casereview.store.database import Database

SERIES = "1.2.826.0.1.3680043.10.96.99.1"

#: SMV 200° with the SMA at 90°: borderline resectable under NCCN 2.2024.
BORDERLINE = {
    VesselKind.SMA: 90.0,
    VesselKind.CELIAC: 0.0,
    VesselKind.CHA: 0.0,
    VesselKind.SMV: 200.0,
    VesselKind.PV: 0.0,
    VesselKind.AORTA: 0.0,
}


def measured(case_id: int, angles: dict[VesselKind, float]) -> CaseResectability:
    """What ``assess_case`` would return for these angles (no cross-sections kept)."""
    vessels = tuple(
        SegmentChoice(kind.value, f"seg-{kind.value}", kind.value.upper(), n, False)
        for n, kind in enumerate(angles, start=2)
    )
    measurements = tuple(
        VesselMeasurement(
            kind,
            angle_deg=angle,
            length_mm=12.5 if angle else 0.0,
            provenance=Provenance(measurement_id="run-1", segment_uid=f"seg-{kind.value}"),
        )
        for kind, angle in angles.items()
    )
    suggestion = evaluate(
        CRITERIA_SETS["nccn-2.2024"], ResectabilityInputs(measurements=measurements)
    )
    return CaseResectability(
        case_id=case_id,
        criteria_id="nccn-2.2024",
        series_instance_uid=SERIES,
        tumour=SegmentChoice("tumour", "seg-tumour", "肿瘤", 1, False),
        vessels=vessels,
        contacts=ContactAssessment(vessels=(), absent=(), tolerance_mm=1.0, region_mm=40.0),
        measurements=measurements,
        suggestion=suggestion,
        not_found=(VesselKind.IVC,),
    )


def key_image(db: Database, case_id: int, caption: str, actor: str = "tester") -> KeyImage:
    """Flag an axial key image of the case with ``caption``."""
    return annotation_service.flag_key_image(
        db,
        case_id,
        KeyImageDraft(
            ImageReference(SERIES, f"{SERIES}.1", "1.2.826.0.1.3680043.10.96.99.9"),
            "axial",
            ViewPlane((0.0, 0.0, -120.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)),
            50.0,
            400.0,
            caption=caption,
        ),
        actor,
    )
