"""The stored form of a liver plan: exact round trips, a hash that follows the content, and
refusals that say what is wrong without showing stored values."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from casereview.domain.liver_plan_record import (
    NAMED_RESECTIONS,
    CouinaudLandmarksLps,
    LiverPlanInputs,
    LiverPlanResult,
    RemnantMeasure,
    ResectionKind,
    SurfaceLps,
    inputs_from_json,
    inputs_to_json,
    liver_plan_sha256,
    parse_resection,
    resection_name,
    result_from_json,
    result_to_json,
)
from casereview.domain.liver_remnant import LiverCondition, LiverVolumes, assess_remnant
from casereview.domain.liver_segments import COUINAUD_CODES, couinaud_label
from casereview.domain.resectability_record import SegmentChoice
from casereview.domain.segments import Code
from casereview.errors import ValidationError

LIVER = SegmentChoice("liver", "uuid-liver", "Liver", 1, False)
TUMOUR = SegmentChoice("tumour", "uuid-tumour", "Metastasis", 2, False)
LANDMARKS = CouinaudLandmarksLps(
    (-20.0, 20.0, 120.0),
    (-22.0, 18.0, 60.0),
    ((-40.0, 10.0, 112.0), (-90.0, 0.0, 90.0)),
    ((-30.0, -10.0, 115.0), (-50.0, -50.0, 80.0)),
    ((-5.0, -10.0, 118.0), (20.0, -55.0, 92.0)),
    (-60.0, 0.0, 58.0),
)


def _segments_plan() -> LiverPlanInputs:
    couinaud = tuple(
        SegmentChoice(f"couinaud-{n}", f"uuid-{n}", f"Segment {n}", 10 + n, False)
        for n in range(1, 9)
    )
    return LiverPlanInputs(
        "1.2.826.0.1.3680043.8.498.1",
        LIVER,
        (TUMOUR,),
        couinaud,
        ResectionKind.SEGMENTS,
        (5, 6, 7, 8),
        None,
        LiverCondition.CHEMOTHERAPY,
        172.0,
        68.0,
        "images",
        LANDMARKS,
    )


def _surface_plan() -> LiverPlanInputs:
    surface = SurfaceLps(
        (-40.0, 0.0, 80.0),
        (-1.0, 0.0, 0.0),
        ((-40.0, 0.0, 80.0), (-40.0, 30.0, 80.0), (-40.0, 0.0, 120.0), (-46.0, 10.0, 95.0)),
    )
    return LiverPlanInputs(
        "1.2.826.0.1.3680043.8.498.1",
        LIVER,
        (TUMOUR,),
        (),
        ResectionKind.SURFACE,
        (),
        surface,
        LiverCondition.NORMAL,
        None,
        None,
        "",
    )


def _result(height: float | None = 172.0, weight: float | None = 68.0) -> LiverPlanResult:
    remnant = assess_remnant(
        LiverVolumes(1650.0, 42.5, 1010.0, 0.0),
        LiverCondition.NORMAL,
        height_cm=height,
        weight_kg=weight,
    )
    return LiverPlanResult.from_assessment(remnant, 6.5, {5: 240.0, 6: 230.5, 7: 260.0, 8: 280.0})


@pytest.mark.parametrize("inputs", [_segments_plan(), _surface_plan()], ids=["segments", "surface"])
def test_inputs_and_results_round_trip_exactly(inputs: LiverPlanInputs) -> None:
    result = _result()
    assert inputs_from_json(inputs_to_json(inputs)) == inputs
    assert result_from_json(result_to_json(result)) == result
    unsized = _result(None, None)
    assert result_from_json(result_to_json(unsized)) == unsized
    assert [v.measure for v in unsized.verdicts] == [RemnantMeasure.FLR]


def test_result_keeps_what_the_assessment_measured() -> None:
    result = _result()
    assert result.remnant_ml == pytest.approx(640.0)
    # FLR of the functional liver: 640 / (1650 - 42.5).
    assert result.flr_percent == pytest.approx(100.0 * 640.0 / 1607.5)
    assert [v.measure for v in result.verdicts] == [RemnantMeasure.SFLR, RemnantMeasure.RBWR]
    assert result.passes
    assert "≥ 20.0 %: enough" in str(result.verdicts[0].text())


def test_the_hash_follows_the_content_not_the_key_order() -> None:
    inputs, result = _segments_plan(), _result()
    digest = liver_plan_sha256(inputs, result)
    assert len(digest) == 64
    assert liver_plan_sha256(inputs_from_json(inputs_to_json(inputs)), result) == digest
    changed = LiverPlanResult(**{**_fields(result), "flr_percent": result.flr_percent + 0.1})
    assert liver_plan_sha256(inputs, changed) != digest


def _fields(result: LiverPlanResult) -> dict[str, Any]:
    return {name: getattr(result, name) for name in LiverPlanResult.__slots__}


def test_damaged_and_newer_plans_are_refused_by_key_path() -> None:
    data = inputs_to_json(_segments_plan())
    missing = copy.deepcopy(data)
    del missing["liver"]["segment_uuid"]
    with pytest.raises(ValidationError, match=r"inputs\.liver\.segment_uuid: missing"):
        inputs_from_json(missing)
    wrong = copy.deepcopy(data)
    wrong["kind"] = "lasso"
    with pytest.raises(ValidationError, match=r"inputs\.kind"):
        inputs_from_json(wrong)
    mixed = copy.deepcopy(data)
    mixed["surface"] = inputs_to_json(_surface_plan())["surface"]
    with pytest.raises(ValidationError, match="damaged"):
        inputs_from_json(mixed)
    newer = {**data, "schema": "casereview.liver-plan/9"}
    with pytest.raises(ValidationError, match="newer casereview"):
        inputs_from_json(newer)
    other = {**data, "schema": "something/1"}
    with pytest.raises(ValidationError, match="not a saved liver plan"):
        inputs_from_json(other)
    bad_number = result_to_json(_result())
    bad_number["flr_percent"] = "38"
    with pytest.raises(ValidationError, match=r"result\.flr_percent: expected a finite number"):
        result_from_json(bad_number)


def test_named_resections_and_segment_lists() -> None:
    assert parse_resection("right-hepatectomy") == (5, 6, 7, 8)
    assert parse_resection("Left lateral sectionectomy") == (2, 3)
    assert parse_resection("8, 5") == (5, 8)
    assert resection_name((8, 7, 6, 5)) == "right-hepatectomy"
    assert resection_name((6,)) is None
    assert len(set(NAMED_RESECTIONS.values())) == len(NAMED_RESECTIONS)
    for text in ("", "9", "right", "1,2,3,4,5,6,7,8", "5;6"):
        with pytest.raises(ValidationError):
            parse_resection(text)


def test_a_plan_is_segments_or_a_surface_never_both() -> None:
    with pytest.raises(ValidationError):
        LiverPlanInputs(
            "1.2.3", LIVER, (), (), ResectionKind.SEGMENTS, (), None, LiverCondition.NORMAL,
            None, None, "",
        )  # fmt: skip
    with pytest.raises(ValidationError):
        LiverPlanInputs(
            "1.2.3", LIVER, (), (), ResectionKind.SURFACE, (5,), None, LiverCondition.NORMAL,
            None, None, "",
        )  # fmt: skip


def test_couinaud_segments_are_recognised_by_code_not_name() -> None:
    assert {couinaud_label(code) for code in COUINAUD_CODES.values()} == set(range(1, 9))
    assert couinaud_label(Code("CR-LIVSEG5", "99casereview", "whatever a person typed")) == 5
    assert couinaud_label(Code("10200004", "SCT", "Liver")) is None
    assert all(len(c.value) <= 16 and len(c.meaning) <= 64 for c in COUINAUD_CODES.values())
