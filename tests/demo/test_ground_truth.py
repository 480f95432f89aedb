"""ground_truth.json: fields, plausible values and agreement with the written segmentation."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from casereview.demo.tissues import segment_number
from casereview.demo.truth import GroundTruth

ReadBack = Any

_CATEGORY = {
    "resectable": "resectable",
    "borderline": "borderline resectable",
    "locally-advanced": "locally advanced",
    # Borderline with the tear-drop SMV or the replaced right hepatic artery recorded.
    "tear-drop": "borderline resectable",
    "replaced-rha": "borderline resectable",
}


@pytest.mark.parametrize("variant", list(_CATEGORY))
def test_ground_truth_json_fields_and_values(
    demo_case: Callable[[str], ReadBack], variant: str
) -> None:
    case = demo_case(variant).case
    data = json.loads(case.ground_truth_path.read_text(encoding="utf-8"))
    assert case.ground_truth_path.parent == case.out_dir
    assert data["schema"] == 1 and data["variant"] == variant
    assert data["nccn_category"] == _CATEGORY[variant]
    tumour = data["tumour"]
    assert 25.0 <= tumour["longest_axial_diameter_mm"] <= 35.0
    assert 15.0 <= tumour["short_axis_mm"] <= tumour["longest_axial_diameter_mm"]
    assert 20.0 <= tumour["craniocaudal_mm"] <= 40.0
    assert 5.0 <= tumour["volume_ml"] <= 25.0
    for key in ("smv", "pv", "sma", "celiac", "cha"):
        v = data["vessels"][key]
        assert 0.0 <= v["angle_deg"] <= 360.0 and v["length_mm"] >= 0.0
        assert (v["angle_deg"] == 0.0) == (v["length_mm"] == 0.0)
    assert GroundTruth.from_json(data) == case.ground_truth


def test_variants_differ_as_documented(demo_case: Callable[[str], ReadBack]) -> None:
    gt = {v: demo_case(v).case.ground_truth.vessels for v in _CATEGORY}
    assert gt["resectable"]["sma"].angle_deg == 0.0
    assert 0.0 < gt["resectable"]["smv"].angle_deg <= 90.0
    assert gt["borderline"]["smv"].angle_deg > 180.0
    assert 0.0 < gt["borderline"]["sma"].angle_deg <= 180.0
    assert gt["locally-advanced"]["sma"].angle_deg > 180.0


@pytest.mark.parametrize("variant", list(_CATEGORY))
def test_tumour_volume_matches_segmentation(
    demo_case: Callable[[str], ReadBack], variant: str
) -> None:
    rb = demo_case(variant)
    sz, sy, sx = rb.ct["portal-venous"].spacing
    voxels = int(np.count_nonzero(rb.segments == segment_number("tumour")))
    measured_ml = voxels * sz * sy * sx / 1000.0
    assert measured_ml == pytest.approx(rb.case.ground_truth.tumour.volume_ml, rel=0.08)
