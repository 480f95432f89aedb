"""The tear-drop and replaced-rha variants: what their images show and what their truth says.

Both are borderline resectable only with what a person records beside the angles (a tear-drop
SMV; a replaced right hepatic artery touching the tumour): their truth gives that category and
the resectable one the angles alone give. The three older variants must not change at all.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

import highdicom as hd
import numpy as np
import pytest
import SimpleITK as sitk
from numpy.typing import NDArray
from pydicom.sr.codedict import codes

from casereview.demo.anatomy import VARIANTS, build_anatomy
from casereview.demo.geometry import TearDrop
from casereview.demo.tissues import (
    SEGMENT_BY_KEY,
    SEGMENTS,
    VARIANT_SEGMENTS,
    segment_number,
    segments_for,
)
from casereview.demo.truth import (
    NCCN_BORDERLINE,
    NCCN_RESECTABLE,
    ArterialVariantTruth,
    FindingTruth,
    GroundTruth,
    VesselContact,
    nccn_category,
    truth_vessels,
)

ReadBack = Any

ARTERIES = ("sma", "celiac", "cha")

#: SHA-256 of the portal-venous CT files (in slice order) and of ground_truth.json of the small
#: seed-3 demo of each older variant, as generated before the new variants were added. The
#: generator is deterministic, so any change to these variants' anatomy, pixels, UIDs or truth
#: shows here; change the values only when such a change is meant.
UNCHANGED = {
    "resectable": (
        "02f6c4feccb8b062329ee16a4d47e93de7ea9c9a7c540b8af0387fbd9b064ee5",
        "466da191211be3e3402f9786e428fb05da1d48a54ff165345300787813ea39e0",
    ),
    "borderline": (
        "0e94e2170cc54dc10a7108e4cced918102797454bdd1deb470fd90720506109f",
        "b2c6d3ce01d337fcc19c453f34909422009b52e933faa09b04e5aefdb72b1d9d",
    ),
    "locally-advanced": (
        "0bdd3278b615b3e469d9d47a5ec72d9e81e3bbd11c002cc5c00e91a830d47a9c",
        "9f5a1ed138f1afd9a758fa89183fe076c9ee92a863e71f029e9e75b2b07b88e0",
    ),
}


def test_variants_are_listed_in_order() -> None:
    assert VARIANTS == (
        "resectable",
        "borderline",
        "locally-advanced",
        "tear-drop",
        "replaced-rha",
    )


@pytest.mark.parametrize("variant", list(UNCHANGED))
def test_older_variants_are_unchanged(demo_case: Callable[[str], ReadBack], variant: str) -> None:
    case = demo_case(variant).case
    ct = hashlib.sha256()
    for path in case.series["portal-venous"]:
        ct.update(path.read_bytes())
    truth = hashlib.sha256(case.ground_truth_path.read_bytes()).hexdigest()
    assert (ct.hexdigest(), truth) == UNCHANGED[variant]
    data = json.loads(case.ground_truth_path.read_text(encoding="utf-8"))
    assert not {"findings", "arterial_variants", "nccn_category_from_angles"} & set(data)
    seg = hd.seg.segread(case.seg_path)
    assert [d.segment_label for d in seg.SegmentSequence] == [s.label for s in SEGMENTS]


def test_tear_drop_truth(demo_case: Callable[[str], ReadBack]) -> None:
    case = demo_case("tear-drop").case
    data = json.loads(case.ground_truth_path.read_text(encoding="utf-8"))
    smv = data["vessels"]["smv"]
    assert 100.0 <= smv["angle_deg"] <= 180.0 and 10.0 <= smv["length_mm"] <= 35.0
    assert all(data["vessels"][k]["angle_deg"] == 0.0 for k in (*ARTERIES, "pv", "ivc"))
    assert data["findings"] == [{"vessel": "smv", "finding": "tear_drop"}]
    assert data["arterial_variants"] == []
    assert data["nccn_category"] == NCCN_BORDERLINE
    assert data["nccn_category_from_angles"] == NCCN_RESECTABLE
    assert "deformed_vessels" in data["definitions"]
    assert GroundTruth.from_json(data) == case.ground_truth


def test_replaced_rha_truth(demo_case: Callable[[str], ReadBack]) -> None:
    case = demo_case("replaced-rha").case
    data = json.loads(case.ground_truth_path.read_text(encoding="utf-8"))
    rha = data["vessels"]["replaced_rha"]
    assert 60.0 <= rha["angle_deg"] <= 180.0 and rha["length_mm"] > 5.0
    assert all(data["vessels"][k]["angle_deg"] == 0.0 for k in (*ARTERIES, "aorta"))
    assert max(data["vessels"][k]["angle_deg"] for k in ("smv", "pv")) <= 180.0
    assert data["arterial_variants"] == [
        {
            "variant": "replaced_right_hepatic",
            "origin": "sma",
            "touches_tumour": True,
            "vessel": "replaced_rha",
        }
    ]
    assert data["findings"] == []
    assert data["nccn_category"] == NCCN_BORDERLINE
    assert data["nccn_category_from_angles"] == NCCN_RESECTABLE
    assert GroundTruth.from_json(data) == case.ground_truth


def test_category_follows_findings_and_variants() -> None:
    free = {k: VesselContact(0.0, 0.0) for k in ("sma", "celiac", "cha", "pv")}
    smv = {"smv": VesselContact(140.0, 20.0)}
    tear_drop = (FindingTruth("smv", "tear_drop"),)
    touching = (ArterialVariantTruth("replaced_right_hepatic", "sma", True, "replaced_rha"),)
    apart = (ArterialVariantTruth("replaced_right_hepatic", "sma", False, "replaced_rha"),)
    assert nccn_category(free | smv) == NCCN_RESECTABLE
    assert nccn_category(free | smv, tear_drop) == NCCN_BORDERLINE
    assert nccn_category(free, (FindingTruth("ivc", "tear_drop"),)) == NCCN_RESECTABLE
    assert nccn_category(free, (), touching) == NCCN_BORDERLINE
    assert nccn_category(free, (), apart) == NCCN_RESECTABLE
    # Findings never lower a category the angles give.
    encased = free | {"sma": VesselContact(200.0, 20.0)}
    assert nccn_category(encased, tear_drop, touching) == "locally advanced"


def test_variant_segments_are_numbered_after_the_common_ones() -> None:
    assert segments_for("borderline") == SEGMENTS
    rha = segments_for("replaced-rha")
    assert rha[: len(SEGMENTS)] == SEGMENTS and [s.key for s in rha[len(SEGMENTS) :]] == [
        "replaced_rha"
    ]
    assert segment_number("replaced_rha") == len(SEGMENTS) + 1
    assert segment_number("smv", "replaced-rha") == segment_number("smv")
    with pytest.raises(ValueError):
        segment_number("replaced_rha", "borderline")
    # The code is DICOM's (CID 12112), not one made up here.
    segment = SEGMENT_BY_KEY["replaced_rha"]
    expected = codes.cid12112.RightBranchOfHepaticArtery
    assert (segment.type.value, segment.type.scheme_designator) == (
        expected.value,
        expected.scheme_designator,
    )
    assert all(seg.vessel for seg, _ in VARIANT_SEGMENTS)


def test_replaced_rha_segment_is_in_its_seg(demo_case: Callable[[str], ReadBack]) -> None:
    rb = demo_case("replaced-rha")
    seg = hd.seg.segread(rb.case.seg_path)
    described = seg.SegmentSequence[-1]
    assert described.segment_label == "Replaced right hepatic artery"
    assert described.SegmentNumber == len(SEGMENTS) + 1
    assert described.segmented_property_type.value == "69421009"
    mask = rb.segments == segment_number("replaced_rha")
    assert mask.any()
    components = sitk.ConnectedComponent(sitk.GetImageFromArray(mask.astype(np.uint8)), True)
    assert int(sitk.GetArrayFromImage(components).max()) == 1
    # It leaves the SMA: its mask touches the SMA's.
    sma = rb.segments == segment_number("sma")
    grown = sitk.GetArrayFromImage(sitk.BinaryDilate(sitk.GetImageFromArray(sma.astype(np.uint8))))
    assert (grown.astype(bool) & mask).any()
    # The proper hepatic artery's right branch is gone: only the replaced artery reaches the
    # right liver hilum (patient x < -60 mm).
    anatomy = build_anatomy("replaced-rha")
    assert anatomy.vessels["replaced_rha"].line.points[-1][0] < -60.0
    assert truth_vessels(anatomy)[-1] == "replaced_rha"


def _shape_in_slice(
    mask: NDArray[np.bool_], spacing: tuple[float, float]
) -> tuple[float, NDArray[np.float64], NDArray[np.float64]]:
    """Elongation (ratio of the principal SDs), centroid and farthest pixel (mm, ``(y, x)``)."""
    pts = np.argwhere(mask) * np.asarray(spacing)
    centre = pts.mean(axis=0)
    low, high = np.linalg.eigvalsh(np.cov((pts - centre).T))
    far = pts[int(np.argmax(np.linalg.norm(pts - centre, axis=1)))]
    return float(np.sqrt(high / low)), centre, far


def _component_at(mask: NDArray[np.bool_], seed: tuple[int, int]) -> NDArray[np.bool_]:
    image = sitk.GetImageFromArray(mask.astype(np.uint8))
    labels = sitk.GetArrayFromImage(sitk.ConnectedComponent(image, False))
    out: NDArray[np.bool_] = labels == labels[seed]
    return out


def _tear_drop_slice(rb: ReadBack) -> int:
    """The slice where the analytic tear-drop's tip sticks out furthest."""
    shape = build_anatomy("tear-drop").deformed["smv"]
    assert isinstance(shape, TearDrop)
    volume = rb.ct["portal-venous"]
    zs = volume.origin[2] + volume.spacing[0] * np.arange(volume.voxels.shape[0])
    return int(np.argmax(shape.tip_length(zs)))


@pytest.mark.parametrize("source", ["seg", "ct"])
def test_tear_drop_shows_in_seg_and_ct(demo_case: Callable[[str], ReadBack], source: str) -> None:
    rb, round_rb = demo_case("tear-drop"), demo_case("resectable")
    k = _tear_drop_slice(rb)
    spacing = rb.ct["portal-venous"].spacing[1:]
    seg_smv = rb.segments[k] == segment_number("smv")
    if source == "seg":
        smv = seg_smv
    else:
        # Contrast-filled vein (185 HU) against tumour (68), pancreas (100) and fat (-95).
        seed = tuple(int(v) for v in np.round(np.argwhere(seg_smv).mean(axis=0)))
        smv = _component_at(rb.ct["portal-venous"].voxels[k] > 140, (seed[0], seed[1]))
        assert 0.75 <= smv.sum() / seg_smv.sum() <= 1.25
    elongation, centre, tip = _shape_in_slice(smv, spacing)
    round_elongation, _, _ = _shape_in_slice(round_rb.segments[k] == segment_number("smv"), spacing)
    assert round_elongation < 1.15 < 1.3 < elongation, (elongation, round_elongation)
    # The tip points at the tumour.
    tumour = _shape_in_slice(rb.segments[k] == segment_number("tumour"), spacing)[1]
    to_tip, to_tumour = tip - centre, tumour - centre
    cosine = to_tip @ to_tumour / np.linalg.norm(to_tip) / np.linalg.norm(to_tumour)
    assert cosine > np.cos(np.radians(30.0)), np.degrees(np.arccos(cosine))
