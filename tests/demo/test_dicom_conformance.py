"""dciodvfy (dicom3tools) finds no errors in the CT slices or the SEG."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pydicom
import pytest

from support import require_tool

ReadBack = Any

pytestmark = pytest.mark.usefixtures("_dciodvfy")


@pytest.fixture(scope="module")
def _dciodvfy() -> None:
    require_tool("dciodvfy", "dicom3tools")


def _errors(path: Path) -> list[str]:
    run = subprocess.run(
        ["dciodvfy", str(path)], capture_output=True, text=True, timeout=120, check=False
    )
    out = run.stdout + run.stderr
    return [line for line in out.splitlines() if line.startswith("Error")]


def test_ct_slices_have_no_errors(demo_case: Callable[[str], ReadBack]) -> None:
    case = demo_case("borderline").case
    for paths in case.series.values():
        for path in (paths[0], paths[len(paths) // 2], paths[-1]):
            assert _errors(path) == [], path.name


def test_seg_has_no_errors(demo_case: Callable[[str], ReadBack]) -> None:
    assert _errors(demo_case("borderline").case.seg_path) == []


def test_headers_mark_the_patient_as_demo(demo_case: Callable[[str], ReadBack]) -> None:
    case = demo_case("borderline").case
    ct = pydicom.dcmread(case.series["arterial"][0], stop_before_pixels=True)
    seg = pydicom.dcmread(case.seg_path, stop_before_pixels=True)
    assert str(ct.PatientName).startswith("DEMO^") and ct.PatientID.startswith("DEMO-")
    assert ct.Manufacturer == "casereview demo"
    assert ct.file_meta.TransferSyntaxUID == pydicom.uid.ExplicitVRLittleEndian
    assert ct.RescaleIntercept == -1024 and ct.RescaleSlope == 1
    assert seg.FrameOfReferenceUID == ct.FrameOfReferenceUID
    assert seg.StudyInstanceUID == ct.StudyInstanceUID
    pv = pydicom.dcmread(case.series["portal-venous"][0], stop_before_pixels=True)
    refd = seg.ReferencedSeriesSequence[0].SeriesInstanceUID
    assert refd == pv.SeriesInstanceUID
