"""Future liver remnant arithmetic against values worked out by hand (issue 17).

A patient of 144 cm and 100 kg has a body surface area of exactly 2.0 m² by Mosteller's
formula (√(144 × 100 / 3600) = √4), so a standard liver volume of −794.41 + 1,267.28 × 2 =
1,740.15 mL. A liver of 1,600 mL with a 100 mL tumour, of which a right hepatectomy removes
1,100 mL including the whole tumour, leaves 500 mL: FLR 500 / 1,500 = 33.3 %, sFLR
500 / 1,740.15 = 28.73 %, RBWR 500 g / 100,000 g = 0.50 %.
"""

from __future__ import annotations

import pytest

from casereview.domain.liver_remnant import (
    RBWR_SOURCE,
    SFLR_SOURCE,
    LiverCondition,
    LiverVolumes,
    assess_remnant,
    body_surface_area_m2,
    standard_liver_volume_ml,
)
from casereview.errors import ValidationError

RIGHT_HEPATECTOMY = LiverVolumes(total_ml=1600.0, tumour_ml=100.0, resected_ml=1100.0)


def test_body_surface_area_and_standard_liver_volume() -> None:
    assert body_surface_area_m2(144.0, 100.0) == pytest.approx(2.0)
    assert standard_liver_volume_ml(2.0) == pytest.approx(1740.15)
    # 180 cm, 81 kg: √4.05.
    assert body_surface_area_m2(180, 81) == pytest.approx(2.0124612, abs=1e-6)


def test_volumes_of_a_right_hepatectomy() -> None:
    v = RIGHT_HEPATECTOMY
    assert (v.remnant_ml, v.functional_ml, v.future_remnant_ml) == (500.0, 1500.0, 500.0)
    # A tumour left behind counts in the remnant's volume but not in its function.
    left = LiverVolumes(1600.0, 100.0, 1060.0, remnant_tumour_ml=40.0)
    assert (left.remnant_ml, left.future_remnant_ml) == (540.0, 500.0)


def test_normal_liver_passes_on_every_measure() -> None:
    result = assess_remnant(RIGHT_HEPATECTOMY, "normal", height_cm=144.0, weight_kg=100.0)
    assert result.flr_percent == pytest.approx(100 / 3)
    assert result.bsa_m2 == pytest.approx(2.0) and result.slv_ml == pytest.approx(1740.15)
    assert result.sflr_percent == pytest.approx(28.7331, abs=1e-4)
    assert result.rbwr_percent == pytest.approx(0.5)
    sflr, rbwr = result.verdicts
    assert (sflr.threshold_percent, sflr.source) == (20.0, SFLR_SOURCE)
    assert (rbwr.threshold_percent, rbwr.source) == (0.5, RBWR_SOURCE)
    assert sflr.passes and rbwr.passes and result.passes  # 0.50 % is at the threshold: enough
    assert str(sflr.text()) == "standardised FLR 28.7 % ≥ 20.0 %: enough"


def test_the_threshold_follows_the_liver_condition() -> None:
    after_chemo = assess_remnant(
        RIGHT_HEPATECTOMY, LiverCondition.CHEMOTHERAPY, height_cm=144.0, weight_kg=100.0
    )
    assert after_chemo.verdicts[0].threshold_percent == 30.0 and not after_chemo.passes
    assert str(after_chemo.verdicts[0].text()) == (
        "standardised FLR 28.7 % below 30.0 %: not enough"
    )
    cirrhosis = assess_remnant(RIGHT_HEPATECTOMY, "cirrhosis", height_cm=144.0, weight_kg=100.0)
    # Truant's RBWR cut-off is for livers that are not cirrhotic: only the sFLR (40 %) applies.
    assert [v.threshold_percent for v in cirrhosis.verdicts] == [40.0]
    assert not cirrhosis.passes
    heavier = assess_remnant(RIGHT_HEPATECTOMY, "normal", height_cm=144.0, weight_kg=101.0)
    assert not heavier.verdicts[1].passes  # 500 g of 101 kg is below 0.5 %


def test_without_height_and_weight_the_flr_percent_is_judged() -> None:
    result = assess_remnant(RIGHT_HEPATECTOMY, "chemotherapy")
    assert result.sflr_percent is None and result.rbwr_percent is None
    (only,) = result.verdicts
    assert str(only.name) == "FLR" and only.threshold_percent == 30.0 and only.passes


@pytest.mark.parametrize(
    ("height", "weight", "message"),
    [
        (1.72, 70.0, "give it in centimetres"),
        (172.0, 400.0, "give it in kilograms"),
        (172.0, None, "both the patient's height and weight"),
        (None, 70.0, "both the patient's height and weight"),
        (float("nan"), 70.0, "positive number"),
        (172.0, -3.0, "positive number"),
    ],
)
def test_implausible_sizes_are_refused(
    height: float | None, weight: float | None, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        assess_remnant(RIGHT_HEPATECTOMY, "normal", height_cm=height, weight_kg=weight)


@pytest.mark.parametrize(
    ("volumes", "message"),
    [
        ((0.0, 0.0, 0.0, 0.0), "segment the liver first"),
        ((1000.0, 1200.0, 100.0, 0.0), "larger than the whole liver"),
        ((1000.0, 100.0, 1200.0, 0.0), "larger than the whole liver"),
        ((1000.0, 100.0, 950.0, 80.0), "More tumour is left in the remnant"),
        ((1000.0, -1.0, 100.0, 0.0), "zero or more millilitres"),
    ],
)
def test_inconsistent_volumes_are_refused(
    volumes: tuple[float, float, float, float], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        LiverVolumes(*volumes)


def test_a_liver_that_is_all_tumour_cannot_be_planned() -> None:
    with pytest.raises(ValidationError, match="no functional liver"):
        assess_remnant(LiverVolumes(500.0, 500.0, 100.0, 400.0), "normal")
