"""Small demo cases generated once per test session, plus readers for what they wrote."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import highdicom as hd
import numpy as np
import pytest
from numpy.typing import NDArray

from casereview.demo import DemoCase
from casereview.dicom.volume import load_ct_volume
from casereview.domain.volume import Volume
from demo_cache import generate_demo_cached


@dataclass(frozen=True)
class ReadBack:
    """A demo case as a consumer sees it: CT read from disk and the SEG as segment numbers."""

    case: DemoCase
    ct: dict[str, Volume]
    segments: NDArray[np.uint8]


def _read_back(case: DemoCase) -> ReadBack:
    ct = {phase: load_ct_volume(list(paths)) for phase, paths in case.series.items()}
    reference = ct["portal-venous"]
    seg = hd.seg.segread(case.seg_path)
    labels = seg.get_pixels_by_source_instance(
        list(reference.sop_instance_uids), combine_segments=True, dtype=np.uint8
    )
    return ReadBack(case, ct, labels)


@pytest.fixture(scope="session")
def demo_case(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], ReadBack]:
    """``demo_case(variant)``: the small demo of that variant, generated on first use.

    The borderline case carries all three phases (for the attenuation tests); the others only
    the portal-venous phase their segmentation references.
    """
    cache: dict[str, ReadBack] = {}

    def get(variant: str) -> ReadBack:
        if variant not in cache:
            phases = (
                ("non-contrast", "arterial", "portal-venous")
                if variant == "borderline"
                else ("portal-venous",)
            )
            out: Path = tmp_path_factory.mktemp(f"demo-{variant}")
            case = generate_demo_cached(out, variant=variant, small=True, phases=phases, seed=3)
            cache[variant] = _read_back(case)
        return cache[variant]

    return get
