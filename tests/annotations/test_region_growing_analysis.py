"""Region growing: the seed checked before any work, the box result the whole image's, cancel."""

from __future__ import annotations

import numpy as np
import pytest
from annotations_support import DemoData

from casereview.analysis import region_growing
from casereview.analysis.region_growing import Box, check_seed, grow_region, region_grow
from casereview.analysis.segmentation import dice
from casereview.domain.hu_presets import ContrastPhase, Structure, hu_range
from casereview.domain.progress import CancelToken
from casereview.domain.volume import Volume
from casereview.errors import OperationCancelled, ValidationError


def _phantom(seed: int = 3) -> Volume:
    """Noisy CT-like block: a slanted 'vessel' (180 HU, 7.5 mm radius) joined to a 'kidney'
    (170 HU) by a thin bridge, in soft tissue (50 HU), with a cavity (0 HU) in the vessel."""
    rng = np.random.default_rng(seed)
    shape = (60, 90, 100)
    hu = np.full(shape, 50.0)
    hu[_vessel(shape)] = 180.0
    s, r, c = np.indices(shape)
    hu[(s - 30) ** 2 / 400 + (r - 62) ** 2 / 100 + (c - 32) ** 2 / 100 <= 1] = 170.0
    hu[30:32, 47:53, 30:32] = 175.0  # the bridge, two voxels across
    hu[(r - 40) ** 2 + (c - 30) ** 2 + (s - 40) ** 2 <= 1.5**2] = 0.0  # the cavity
    hu += rng.normal(0, 12, shape)
    return Volume(
        np.rint(hu).astype(np.int16), (1.0, 0.75, 0.75), (0.0, 0.0, 0.0), np.eye(3), (), "1.2.3", ""
    )


def _vessel(shape: tuple[int, int, int]) -> np.ndarray:
    s, r, c = np.indices(shape)
    return (r - (30 + 0.25 * s)) ** 2 + (c - 30) ** 2 <= 10**2


def test_a_seed_outside_the_range_is_refused_from_its_neighbourhood_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    volume = _phantom()
    read: list[Box] = []
    real = region_growing.smoothed_box
    monkeypatch.setattr(
        region_growing, "smoothed_box", lambda v, box: read.append(box) or real(v, box)
    )
    with pytest.raises(ValidationError) as refused:
        region_grow(volume, (30, 10, 80), 130, 300, opening_mm=1.5)
    message = str(refused.value)
    assert "outside the range 130 to 300 HU" in message
    value = float(message.split("(")[1].split(" HU")[0])
    assert 20 <= value <= 80  # the soft tissue's own value, smoothed
    assert len(read) == 1  # only the seed's neighbourhood was read, nothing was grown
    assert np.prod([b.stop - b.start for b in read[0]]) <= 9**3
    assert check_seed(volume, (30, 35, 30), 130, 300, opening_mm=1.5) == pytest.approx(180, abs=15)


@pytest.mark.parametrize(
    ("seed", "within", "words"),
    [
        ((60, 10, 10), None, "outside the image"),
        ((5, 31, 30), slice(20, 40), "outside the slices"),
    ],
)
def test_seeds_outside_the_image_or_the_limits_are_refused(
    seed: tuple[int, int, int], within: slice | None, words: str
) -> None:
    volume = _phantom()
    limit = None
    if within is not None:
        limit = np.zeros(volume.shape, dtype=bool)
        limit[within] = True
    with pytest.raises(ValidationError, match=words):
        check_seed(volume, seed, 130, 300, within=limit)
    with pytest.raises(ValidationError, match="lower threshold"):
        check_seed(volume, (30, 35, 30), 300, 130)


def test_a_structure_narrower_than_the_bridges_cut_is_said_so() -> None:
    volume = _phantom()
    with pytest.raises(ValidationError, match="narrower than the bridges"):
        check_seed(volume, (30, 50, 30), 130, 300, opening_mm=1.5)  # on the bridge
    assert check_seed(volume, (30, 50, 30), 130, 300) > 130  # without a cut it is a seed


@pytest.mark.parametrize("opening_mm", [0.0, 1.5])
def test_the_box_result_is_the_whole_images(
    monkeypatch: pytest.MonkeyPatch, opening_mm: float
) -> None:
    """Growing from a small first box (enlarged many times) gives exactly what one box over
    the whole image gives."""
    volume = _phantom()
    steps: list[int] = []
    monkeypatch.setattr(region_growing, "FIRST_REACH", 4)
    small = region_grow(
        volume,
        (30, 35, 30),
        130,
        300,
        opening_mm=opening_mm,
        progress=lambda done, total, message="": steps.append(done),
    )
    monkeypatch.setattr(region_growing, "FIRST_REACH", 1000)
    whole = region_grow(volume, (30, 35, 30), 130, 300, opening_mm=opening_mm)
    assert len(steps) > 3
    assert np.array_equal(small, whole)
    vessel = _vessel(volume.shape)
    if opening_mm:
        # The bridge is cut: the kidney stays out; the cavity is filled.
        assert dice(small, vessel) > 0.95
        assert small[40, 40, 30]
    else:
        assert (small & ~vessel).sum() > 2000  # leaked into the kidney through the bridge


def test_grow_region_returns_only_the_box_around_the_region() -> None:
    volume = _phantom()
    box, grown = grow_region(volume, (30, 35, 30), 130, 300, opening_mm=1.5)
    assert grown.shape == tuple(b.stop - b.start for b in box)
    assert grown.size < volume.voxels.size / 4
    full = np.zeros(volume.shape, dtype=bool)
    full[box] = grown
    assert np.array_equal(full, region_grow(volume, (30, 35, 30), 130, 300, opening_mm=1.5))


def test_a_cancelled_grow_raises() -> None:
    volume = _phantom()
    token = CancelToken()
    token.cancel()
    with pytest.raises(OperationCancelled):
        region_grow(volume, (30, 35, 30), 130, 300, cancel=token)


def test_the_portal_venous_preset_grows_the_demo_smv(demo_data: DemoData) -> None:
    data = demo_data
    smv = data.truth["Superior mesenteric vein"]
    confluence = int(np.flatnonzero(data.truth["Portal vein"].any(axis=(1, 2)))[0])
    middle = int(np.flatnonzero(smv.any(axis=(1, 2))).mean())
    seed = (middle, *(int(round(c)) for c in np.argwhere(smv[middle]).mean(axis=0)))
    below = np.zeros(smv.shape, dtype=bool)
    below[: confluence + 2] = True
    vein = hu_range(Structure.VEIN, ContrastPhase.PORTAL_VENOUS)
    grown = region_grow(data.volume, seed, vein.lower, vein.upper, opening_mm=1.0, within=below)
    assert dice(grown, smv) >= 0.9
