"""Stored liver resection plans for the tests of what decisions cite, reports and the slide.

The plans are built by hand from volumes worked out on paper (a 1,510 mL liver with a 10 mL
tumour, so the functional liver is 1,500 mL and an FLR of 38.2 % is a 573 mL future remnant):
what is tested with them is what a decision, a report or the shared screen makes of a plan,
not the planning. They are stored through the repository, with the hash the domain computes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from casereview.domain.liver_plan_record import (
    LiverPlanInputs,
    LiverPlanResult,
    LiverPlanVersion,
    ResectionKind,
    SurfaceLps,
    liver_plan_sha256,
)
from casereview.domain.liver_remnant import LiverCondition, LiverVolumes, assess_remnant
from casereview.domain.resectability_record import SegmentChoice
from casereview.store.database import Database
from casereview.store.repositories_liver import LiverPlanRepository

SERIES = "1.2.826.0.1.3680043.10.96.99.1"
TOTAL_ML = 1510.0
TUMOUR_ML = 10.0
#: Couinaud segment volumes (mL) that add up to the whole liver.
SEGMENT_VOLUMES = {1: 60.0, 2: 150.0, 3: 170.0, 4: 193.0, 5: 230.0, 6: 240.0, 7: 235.0, 8: 232.0}


def plan_parts(
    future_remnant_ml: float,
    *,
    condition: LiverCondition = LiverCondition.NORMAL,
    removed: tuple[int, ...] = (5, 6, 7, 8),
    margin_mm: float | None = 12.4,
    height_cm: float | None = 180.0,
    weight_kg: float | None = 80.0,
    surface: bool = False,
) -> tuple[LiverPlanInputs, LiverPlanResult]:
    """Inputs and result of a plan leaving ``future_remnant_ml`` (every tumour resected)."""
    volumes = LiverVolumes(TOTAL_ML, TUMOUR_ML, TOTAL_ML - future_remnant_ml, 0.0)
    remnant = assess_remnant(volumes, condition, height_cm=height_cm, weight_kg=weight_kg)
    liver = SegmentChoice("liver", "seg-liver", "Liver", 1, False)
    tumour = SegmentChoice("tumour", "seg-tumour", "肿瘤 tumeur", 2, False)
    couinaud = tuple(
        SegmentChoice(f"couinaud-{n}", f"seg-c{n}", f"Segment {n}", 10 + n, False)
        for n in SEGMENT_VOLUMES
    )
    inputs = LiverPlanInputs(
        series_instance_uid=SERIES,
        liver=liver,
        tumours=(tumour,),
        couinaud=() if surface else couinaud,
        kind=ResectionKind.SURFACE if surface else ResectionKind.SEGMENTS,
        removed_segments=() if surface else removed,
        surface=SurfaceLps((10.0, 20.0, 30.0), (1.0, 0.0, 0.0), ((10.0, 0.0, 0.0),) * 3)
        if surface
        else None,
        condition=condition,
        height_cm=height_cm,
        weight_kg=weight_kg,
        size_from="" if height_cm is None else "images",
    )
    result = LiverPlanResult.from_assessment(
        remnant, margin_mm, None if surface else SEGMENT_VOLUMES
    )
    return inputs, result


def save_plan(
    db: Database,
    case_id: int,
    future_remnant_ml: float,
    *,
    author: str = "王医生",
    origin: str = "",
    note: str = "",
    at: datetime | None = None,
    **options: Any,
) -> LiverPlanVersion:
    """Store the next liver plan version of ``case_id`` (see :func:`plan_parts`)."""
    inputs, result = plan_parts(future_remnant_ml, **options)
    with db.writing() as session:
        return LiverPlanRepository(session).add_version(
            case_id,
            inputs,
            result,
            liver_plan_sha256(inputs, result),
            author,
            at or datetime.now(UTC),
            note=note,
            origin=origin,
        )
