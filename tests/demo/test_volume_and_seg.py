"""The written CT and SEG, read back from disk, show the tissue table's attenuation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
import SimpleITK as sitk

from casereview.demo.tissues import PHASES, SEGMENTS, TISSUE_BY_NAME, segment_number

ReadBack = Any

# Segments made of a single tissue, so one table value applies to every voxel.
_UNIFORM = [s for s in SEGMENTS if len(s.tissues) == 1]


def _eroded(mask: np.ndarray, radius: int) -> np.ndarray:
    img = sitk.GetImageFromArray(mask.astype(np.uint8))
    out = sitk.BinaryErode(img, [radius, radius, 1], sitk.sitkBall, 0, 1)
    return sitk.GetArrayFromImage(out).astype(bool)


@pytest.fixture(scope="module")
def cores(demo_case: Callable[[str], ReadBack]) -> dict[str, np.ndarray]:
    """Each single-tissue structure of the borderline demo without its rim (eroded by two
    voxels in-plane): one SEG for every phase, so eroded once rather than once per phase."""
    segments = demo_case("borderline").segments
    return {seg.key: _eroded(segments == segment_number(seg.key), 2) for seg in _UNIFORM}


@pytest.mark.parametrize("phase", PHASES)
def test_mean_hu_per_structure_matches_tissue_table(
    demo_case: Callable[[str], ReadBack], cores: dict[str, np.ndarray], phase: str
) -> None:
    case = demo_case("borderline")
    hu = case.ct[phase].voxels
    checked = 0
    for seg in _UNIFORM:
        core = cores[seg.key]
        if core.sum() < 40:
            continue  # thin vessels and ducts have no voxel free of partial volume
        tissue = TISSUE_BY_NAME[seg.tissues[0]]
        values = hu[core].astype(np.float64)
        expected = tissue.hu_in(phase)
        assert abs(values.mean() - expected) < 10.0, (seg.key, phase, values.mean(), expected)
        # Noise plus texture, but nothing like an edge or a different tissue mixed in.
        assert 6.0 < values.std() < 25.0, (seg.key, phase, values.std())
        checked += 1
    assert checked >= 8


def test_phases_differ_where_contrast_arrives(
    demo_case: Callable[[str], ReadBack], cores: dict[str, np.ndarray]
) -> None:
    case = demo_case("borderline")
    aorta = cores["aorta"]
    pv = _eroded(case.segments == segment_number("pv"), 1)
    mean = {
        p: {k: float(case.ct[p].voxels[m].mean()) for k, m in (("a", aorta), ("v", pv))}
        for p in PHASES
    }
    assert mean["arterial"]["a"] > mean["portal-venous"]["a"] + 100
    assert mean["portal-venous"]["v"] > mean["arterial"]["v"] + 15
    assert mean["non-contrast"]["a"] < 60


def test_phases_share_geometry_and_frame_of_reference(demo_case: Callable[[str], ReadBack]) -> None:
    case = demo_case("borderline")
    vols = list(case.ct.values())
    assert len({v.frame_of_reference_uid for v in vols}) == 1
    assert len({v.series_instance_uid for v in vols}) == len(vols)
    for v in vols[1:]:
        assert v.spacing == vols[0].spacing
        assert v.origin == vols[0].origin
        assert v.voxels.shape == vols[0].voxels.shape
    assert vols[0].spacing[0] > 0  # sorted caudal to cranial


@pytest.mark.parametrize("seg", [s for s in SEGMENTS if s.vessel], ids=lambda s: s.key)
def test_each_vessel_is_one_connected_component(
    demo_case: Callable[[str], ReadBack], seg: object
) -> None:
    case = demo_case("borderline")
    key = seg.key
    mask = case.segments == segment_number(key)
    assert mask.any(), key
    cc = sitk.ConnectedComponent(sitk.GetImageFromArray(mask.astype(np.uint8)), True)
    assert int(sitk.GetArrayFromImage(cc).max()) == 1, key


def test_every_segment_is_present(demo_case: Callable[[str], ReadBack]) -> None:
    present = set(np.unique(demo_case("borderline").segments).tolist())
    assert {segment_number(s.key) for s in SEGMENTS} <= present
