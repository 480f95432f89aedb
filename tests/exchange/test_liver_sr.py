"""The liver plan's SR and SEG writers on a plan built by hand (issue 17).

Four CT slices carry a patient's identity (as a hospital's images do); the plan's figures are
made up, so what is checked is what the writers make of them: every figure where a reader
looks for it, under the right code, the version's UID and hash, the resection and the liver's
condition coded, the author's note nowhere, a cited source the domain does not know kept as
text, the segments referenced, the private scheme declared, and dciodvfy finding no error.
"""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pydicom
import pytest
from pydicom.dataset import Dataset

from casereview.dicom.liver_sr import (
    PlanMaskSet,
    liver_plan_report,
    liver_plan_segments,
    tracking_uuid,
)
from casereview.dicom.own_codes import CODING_SCHEME, OWN_CODE_MEANINGS
from casereview.dicom.seg import SegmentData, build_seg, save_seg
from casereview.domain.liver_plan_record import (
    LiverPlanInputs,
    LiverPlanResult,
    LiverPlanVersion,
    RemnantMeasure,
    ResectionKind,
    SurfaceLps,
    VerdictRecord,
    liver_plan_sha256,
)
from casereview.domain.liver_remnant import RBWR_SOURCE, SFLR_SOURCE, LiverCondition
from casereview.domain.liver_segments import COUINAUD_CODES
from casereview.domain.resectability_record import SegmentChoice
from casereview.domain.segments import TEMPLATE_BY_KEY
from identity_leaks import identity_in, write_identified_series
from support import require_tool

NOTE = "Wang Li's daughter asked to wait"


@pytest.fixture(scope="module")
def headers(tmp_path_factory: pytest.TempPathFactory) -> list[Dataset]:
    folder = tmp_path_factory.mktemp("ct")
    write_identified_series(folder, slices=4)
    return [pydicom.dcmread(p, stop_before_pixels=True) for p in sorted(folder.glob("*.dcm"))]


def _choice(role: str, name: str, number: int) -> SegmentChoice:
    return SegmentChoice(role, str(uuid.UUID(int=number)), name, number, False)


def _version(
    series: str,
    *,
    kind: ResectionKind = ResectionKind.SEGMENTS,
    condition: LiverCondition = LiverCondition.NORMAL,
    source: str = SFLR_SOURCE,
) -> LiverPlanVersion:
    couinaud = tuple(_choice(f"couinaud-{n}", f"Segment {n}", 10 + n) for n in range(1, 9))
    surface = kind is ResectionKind.SURFACE
    inputs = LiverPlanInputs(
        series_instance_uid=series,
        liver=_choice("liver", "Liver", 1),
        tumours=(_choice("tumour", "Tumour", 2),),
        couinaud=() if surface else couinaud,
        kind=kind,
        removed_segments=() if surface else (5, 6, 7, 8),
        surface=SurfaceLps((0.0, 0.0, 0.0), (-1.0, 0.0, 0.0)) if surface else None,
        condition=condition,
        height_cm=170.0,
        weight_kg=70.0,
        size_from="images",
    )
    result = LiverPlanResult(
        total_ml=1500.0,
        tumour_ml=30.0,
        resected_ml=900.0,
        remnant_tumour_ml=0.0,
        margin_mm=7.5,
        flr_percent=40.8,
        bsa_m2=1.82,
        slv_ml=1512.0,
        sflr_percent=39.7,
        rbwr_percent=0.857,
        verdicts=(
            VerdictRecord(RemnantMeasure.SFLR, 39.7, 30.0, source),
            VerdictRecord(RemnantMeasure.RBWR, 0.857, 0.5, RBWR_SOURCE),
        ),
        segment_volumes_ml=() if surface else tuple((n, 150.0 + n) for n in range(1, 9)),
    )
    return LiverPlanVersion(
        uid=str(uuid.UUID(int=2**100 + 7)),
        number=3,
        case_id=1,
        inputs=inputs,
        result=result,
        author="王医生",
        created_at=datetime(2026, 11, 30, 9, 15, tzinfo=UTC),
        note=NOTE,
        content_sha256=liver_plan_sha256(inputs, result),
    )


def _masks(shape: tuple[int, int, int]) -> PlanMaskSet:
    couinaud = {}
    for label in range(1, 9):
        mask = np.zeros(shape, dtype=bool)
        mask[:, 6 * label : 6 * label + 6, 8:30] = True
        couinaud[label] = (str(uuid.UUID(int=10 + label)), mask)
    resected = np.zeros(shape, dtype=bool)
    for label in (5, 6, 7, 8):
        resected |= couinaud[label][1]
    remnant = np.zeros(shape, dtype=bool)
    for label in (1, 2, 3, 4):
        remnant |= couinaud[label][1]
    return PlanMaskSet(resected, remnant, couinaud)


def _items(dataset: Dataset) -> Iterator[Dataset]:
    for item in dataset.get("ContentSequence", []):
        yield item
        yield from _items(item)


def _named(dataset: Dataset, meaning: str) -> list[Dataset]:
    return [
        i
        for i in _items(dataset)
        if "ConceptNameCodeSequence" in i
        and str(i.ConceptNameCodeSequence[0].CodeMeaning) == meaning
    ]


def _errors(path: Path) -> list[str]:
    run = subprocess.run(["dciodvfy", str(path)], capture_output=True, text=True, timeout=120)
    return [line for line in (run.stdout + run.stderr).splitlines() if line.startswith("Error")]


def test_the_report_names_the_version_the_resection_and_the_condition(
    headers: list[Dataset],
) -> None:
    version = _version(str(headers[0].SeriesInstanceUID))
    sr = liver_plan_report(version, headers)
    (sha,) = _named(sr, "Liver plan content SHA-256")
    assert sha.TextValue == version.content_sha256
    (uid,) = _named(sr, "Liver plan version UID")
    assert uid.UID == f"2.25.{uuid.UUID(version.uid).int}"
    (resection,) = _named(sr, "Planned liver resection")
    assert resection.ConceptCodeSequence[0].CodeValue == "CR-RHEPATECTOMY"
    removed = [i.ConceptCodeSequence[0].CodeValue for i in _named(sr, "Liver segment removed")]
    assert removed == [COUINAUD_CODES[n].value for n in (5, 6, 7, 8)]
    (condition,) = _named(sr, "Liver condition")
    assert condition.ConceptCodeSequence[0].CodeValue == "17621005"
    # Size read from the images: their method is said; the author is the person observer.
    methods = {str(i.ConceptCodeSequence[0].CodeValue) for i in _named(sr, "Measurement Method")}
    assert methods == {"CR-FROMHEADERS"}
    (observer,) = _named(sr, "Person Observer Name")
    assert str(observer.PersonName) == "王医生^"
    assert sr.CodingSchemeIdentificationSequence[0].CodingSchemeDesignator == CODING_SCHEME
    assert str(sr.ContentDate) == "20261130" and str(sr.ContentTime) == "091500"


def test_the_note_never_goes_into_the_report(headers: list[Dataset]) -> None:
    sr = liver_plan_report(_version(str(headers[0].SeriesInstanceUID)), headers)
    texts = [str(i.TextValue) for i in _items(sr) if i.ValueType == "TEXT"]
    assert all("daughter" not in t for t in texts)
    # Only what the images themselves carry (the patient module, from the evidence) names
    # the patient; no content item does.
    assert not [t for t in texts if identity_in(t)]


def test_a_surface_plan_after_chemotherapy_with_an_unknown_source(headers: list[Dataset]) -> None:
    version = _version(
        str(headers[0].SeriesInstanceUID),
        kind=ResectionKind.SURFACE,
        condition=LiverCondition.CHEMOTHERAPY,
        source="Local protocol 2025",
    )
    sr = liver_plan_report(version, headers)
    (resection,) = _named(sr, "Planned liver resection")
    assert resection.ConceptCodeSequence[0].CodeValue == "CR-SURFRESECT"
    assert not _named(sr, "Liver segment removed")
    (condition,) = _named(sr, "Liver condition")
    assert condition.ConceptCodeSequence[0].CodeValue == "CR-LIVCHEMO"
    sources = _named(sr, "Source of the threshold")
    # The source the domain does not cite stays as the text it is; Truant's is coded.
    assert [s.ValueType for s in sources] == ["TEXT", "CODE"]
    assert sources[0].TextValue == "Local protocol 2025"
    assert sources[1].ConceptCodeSequence[0].CodeValue == "CR-SRCTRUANT"
    thresholds = [
        float(i.MeasuredValueSequence[0].NumericValue) for i in _named(sr, "Threshold Value")
    ]
    assert thresholds == [30.0, 0.5]
    # No Couinaud segments used: no group for them.
    assert not [i for i in _items(sr) if "Liver segment" in str(i.get("TextValue", ""))]


def test_without_a_segmentation_the_groups_reference_no_segment(headers: list[Dataset]) -> None:
    sr = liver_plan_report(_version(str(headers[0].SeriesInstanceUID)), headers)
    assert not _named(sr, "Referenced Segment")
    evidence = sr.CurrentRequestedProcedureEvidenceSequence[0].ReferencedSeriesSequence
    assert len(evidence) == 1


def test_sr_and_seg_are_valid_and_reference_each_other(
    headers: list[Dataset], tmp_path: Path
) -> None:
    require_tool("dciodvfy", "dicom3tools")
    version = _version(str(headers[0].SeriesInstanceUID))
    shape = (len(headers), int(headers[0].Rows), int(headers[0].Columns))
    seg = liver_plan_segments(version, headers, _masks(shape))
    save_seg(seg, tmp_path / "seg.dcm")
    sr = liver_plan_report(version, headers, segmentation=seg)
    sr_path = tmp_path / "sr.dcm"
    sr.save_as(sr_path, enforce_file_format=True)
    assert _errors(tmp_path / "seg.dcm") == [] and _errors(sr_path) == []
    # The SEG: the two parts, then the eight segments, each with its code and tracking UID.
    types = [str(s.SegmentedPropertyTypeCodeSequence[0].CodeValue) for s in seg.SegmentSequence]
    assert types == ["CR-LIVRESECTED", "CR-LIVREMNANT", *(c.value for c in COUINAUD_CODES.values())]
    assert str(seg.SegmentSequence[0].TrackingUID) == (
        f"2.25.{uuid.UUID(tracking_uuid(version.uid, 'resected')).int}"
    )
    assert str(seg.SegmentSequence[2].TrackingUID) == f"2.25.{uuid.UUID(int=11).int}"
    declared = [str(i.CodingSchemeDesignator) for i in seg.CodingSchemeIdentificationSequence]
    assert declared == [CODING_SCHEME]
    for item in seg.SegmentSequence:
        code = item.SegmentedPropertyTypeCodeSequence[0]
        if code.CodingSchemeDesignator == CODING_SCHEME:
            assert code.CodeMeaning == OWN_CODE_MEANINGS[(CODING_SCHEME, str(code.CodeValue))]
    # The SR: ten groups reference their segment in it; the SEG is part of the evidence.
    references = _named(sr, "Referenced Segment")
    assert len(references) == 10
    numbers = sorted(
        int(r.ReferencedSOPSequence[0].ReferencedSegmentNumber[0])
        if isinstance(r.ReferencedSOPSequence[0].ReferencedSegmentNumber, list)
        else int(r.ReferencedSOPSequence[0].ReferencedSegmentNumber)
        for r in references
    )
    assert numbers == list(range(1, 11))
    assert {str(r.ReferencedSOPSequence[0].ReferencedSOPInstanceUID) for r in references} == {
        str(seg.SOPInstanceUID)
    }
    evidence = {
        str(i.ReferencedSOPInstanceUID)
        for series in sr.CurrentRequestedProcedureEvidenceSequence[0].ReferencedSeriesSequence
        for i in series.ReferencedSOPSequence
    }
    assert str(seg.SOPInstanceUID) in evidence


def test_a_seg_of_standard_codes_declares_no_private_scheme(
    headers: list[Dataset], tmp_path: Path
) -> None:
    shape = (len(headers), int(headers[0].Rows), int(headers[0].Columns))
    mask = np.zeros(shape, dtype=bool)
    mask[1:3, 10:20, 10:20] = True
    template = TEMPLATE_BY_KEY["tumour"]
    path = save_seg(
        build_seg(
            headers,
            [SegmentData("Tumour", template.category, template.type, template.colour, mask)],
        ),
        tmp_path / "seg.dcm",
    )
    assert "CodingSchemeIdentificationSequence" not in pydicom.dcmread(path)
