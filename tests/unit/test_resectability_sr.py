"""The resectability assessment as a Comprehensive SR (TID 1500): valid, readable, complete.

A version is built by hand (an override with its reason, findings on two veins, a first jejunal
branch, a variant, reconstructibility and location); the report must pass dciodvfy with no
error (the only warning left is dicom3tools not knowing our private coding scheme, which the
report declares), dsr2xml must read it, and every value must read back with highdicom.
"""

from __future__ import annotations

import subprocess
import uuid
from datetime import UTC, datetime
from pathlib import Path

import highdicom as hd
import pydicom
import pytest
from pydicom.dataset import Dataset
from pydicom.sr.codedict import codes
from pydicom.uid import CTImageStorage, generate_uid

from casereview.dicom.deid import encode_dataset
from casereview.dicom.own_codes import CODING_SCHEME
from casereview.dicom.resectability_sr import (
    CATEGORY_CODES,
    CONTACT_ANGLE,
    CONTACT_OVER_180,
    SEGMENT_TRACKING_UID,
    SUGGESTED_CATEGORY,
    TUMOUR_CONTACT,
    VESSEL_FINDING,
    person_name,
    resectability_report,
    vessel_tracking_uid,
)
from casereview.domain.resectability import (
    AngleOverride,
    Provenance,
    VesselKind,
    VesselMeasurement,
)
from casereview.domain.resectability_criteria import CRITERIA_SETS
from casereview.domain.resectability_evaluation import evaluate
from casereview.domain.resectability_findings import (
    ArterialVariant,
    FindingKind,
    Reconstructibility,
    ResectabilityInputs,
    ThrombusKind,
    TumourLocation,
    VariantKind,
    VeinReconstruction,
    VesselFinding,
)
from casereview.domain.resectability_record import (
    AssessmentVersion,
    ChangeKind,
    ContactRunInfo,
    SegmentChoice,
)
from casereview.domain.resectability_rules import ResectabilityCategory
from support import require_tool

AT = datetime(2026, 3, 4, 10, 30, tzinfo=UTC)
SEGMENTS = {role: str(uuid.uuid4()) for role in ("tumour", "sma", "smv", "pv")}


def _version(author: str = "Dr Test", override_author: str = "王医生") -> AssessmentVersion:
    measurements = (
        VesselMeasurement(VesselKind.SMA, 90.0, 12.5, provenance=Provenance(segment_uid="s")),
        VesselMeasurement(
            VesselKind.SMV,
            170.0,
            20.0,
            override=AngleOverride(230.0, override_author, AT, "arc end moved onto the fat"),
        ),
        VesselMeasurement(VesselKind.PV, 0.0, 0.0),
        VesselMeasurement(VesselKind.JEJUNAL, 10.0, 2.0, branch_of=VesselKind.SMA),
    )
    inputs = ResectabilityInputs(
        measurements=measurements,
        findings=(
            VesselFinding(VesselKind.SMV, FindingKind.TEAR_DROP, "Dr Wang", AT, note="3 slices"),
            VesselFinding(
                VesselKind.PV, FindingKind.THROMBUS, "Dr Li", AT, thrombus=ThrombusKind.TUMOUR
            ),
        ),
        variants=(
            ArterialVariant(
                VariantKind.REPLACED_RIGHT_HEPATIC, True, "Dr Li", AT, origin=VesselKind.SMA
            ),
        ),
        reconstruction=VeinReconstruction(Reconstructibility.YES, "Dr Wang", AT, "good SMV"),
        tumour_location=TumourLocation.HEAD,
        location_provenance=Provenance.of_person("Dr Li", AT),
    )
    suggestion = evaluate(CRITERIA_SETS["nccn-2.2024"], inputs)
    run = ContactRunInfo(
        str(uuid.uuid4()),
        "1.2.826.0.1.3680043.10.96.99.1",
        tuple(
            SegmentChoice(role, segment, role.upper(), n, False)
            for n, (role, segment) in enumerate(SEGMENTS.items(), start=1)
        ),
        (VesselKind.IVC,),
        "tester",
        AT,
    )
    return AssessmentVersion(
        str(uuid.uuid4()),
        3,
        1,
        run,
        "nccn-2.2024",
        inputs,
        suggestion,
        "ab" * 32,
        ChangeKind.OVERRIDE,
        author,
        AT,
    )


def _evidence(count: int = 3) -> list[Dataset]:
    study, series = generate_uid(), generate_uid()
    headers = []
    for number in range(1, count + 1):
        ds = Dataset()
        ds.SOPClassUID = CTImageStorage
        ds.SOPInstanceUID = generate_uid()
        ds.StudyInstanceUID = study
        ds.SeriesInstanceUID = series
        ds.PatientName = "Synthetic^Patient"
        ds.PatientID = "SYN0001"
        ds.PatientBirthDate = "19600101"
        ds.PatientSex = "M"
        ds.StudyDate = "20260101"
        ds.StudyTime = "101010"
        ds.ReferringPhysicianName = ""
        ds.StudyID = "1"
        ds.AccessionNumber = "A1"
        ds.Modality = "CT"
        ds.InstanceNumber = number
        headers.append(ds)
    return headers


@pytest.fixture
def written(tmp_path: Path) -> tuple[AssessmentVersion, Path]:
    version = _version()
    report = resectability_report(version, _evidence())
    path = tmp_path / "resectability.dcm"
    path.write_bytes(encode_dataset(report))
    return version, path


def _items(ds: Dataset) -> list[Dataset]:
    """Every content item of an SR, depth first."""
    found = []
    for item in ds.get("ContentSequence", []):
        found.append(item)
        found.extend(_items(item))
    return found


def _tool_lines(command: list[str]) -> tuple[int, list[str], str]:
    run = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    return run.returncode, (run.stdout + run.stderr).splitlines(), run.stdout


def test_dciodvfy_finds_no_error(written: tuple[AssessmentVersion, Path]) -> None:
    require_tool("dciodvfy", "dicom3tools")
    _, path = written
    _, lines, _ = _tool_lines(["dciodvfy", str(path)])
    assert not [line for line in lines if line.startswith("Error")], lines
    warnings = {line for line in lines if line.startswith("Warning")}
    # The one warning left: dicom3tools does not know the private scheme the report declares.
    assert warnings == {
        f"Warning - Unrecognized defined term <{CODING_SCHEME}> for value 1 of attribute "
        "<Coding Scheme Designator>"
    }


def test_dsr2xml_reads_it(written: tuple[AssessmentVersion, Path]) -> None:
    require_tool("dsr2xml", "dcmtk")
    _, path = written
    code, lines, xml = _tool_lines(["dsr2xml", str(path)])
    assert code == 0, lines[-5:]
    assert not [line for line in lines if line.startswith(("E:", "F:"))], lines
    assert "Tumour vessel contact in degrees" in xml
    assert "Suggested resectability category" in xml
    assert "王医生" in xml  # the override's author, in UTF-8


def test_values_read_back(written: tuple[AssessmentVersion, Path]) -> None:
    version, path = written
    ds = pydicom.dcmread(path)
    assert ds.SpecificCharacterSet == "ISO_IR 192"  # a Chinese name, "—" in the citation
    assert [item.CodingSchemeDesignator for item in ds.CodingSchemeIdentificationSequence] == [
        CODING_SCHEME
    ]
    sr = hd.sr.ComprehensiveSR.from_dataset(ds)
    groups = {g.tracking_uid: g for g in sr.content.get_image_measurement_groups()}
    assert len(groups) == 4  # SMA, first jejunal branch of the SMA, SMV, PV

    smv = groups[vessel_tracking_uid(version.uid, VesselKind.SMV, None)]
    assert [s.value.value for s in smv.finding_sites] == [
        "90771006"
    ]  # SCT superior mesenteric vein
    angles = smv.get_measurements(name=CONTACT_ANGLE)
    assert [(a.value, a.unit.value) for a in angles] == [(170.0, "deg"), (230.0, "deg")]
    measured, corrected = angles
    assert measured.derivation == codes.SCT.Maximum and measured.method is None
    assert corrected.method == codes.DCM.ManualEntry
    # As written (the parsed template keeps only what TID 300 names).
    (item,) = [
        i
        for i in _items(ds)
        if i.ValueType == "NUM" and float(i.MeasuredValueSequence[0].NumericValue) == 230.0
    ]
    assert item.ObservationDateTime == "20260304103000"
    children = {c.ConceptNameCodeSequence[0].CodeValue: c for c in item.ContentSequence}
    assert str(children["121008"].PersonName) == "王医生^"
    assert children["121106"].TextValue == "arc end moved onto the fat"
    (length,) = smv.get_measurements(name=codes.SCT.Length)
    assert (length.value, length.unit.value) == (20.0, "mm")
    evaluations = {e.name.value: e.value for e in smv.get_qualitative_evaluations()}
    assert evaluations[TUMOUR_CONTACT.value].value == "373066001"  # yes
    assert evaluations[CONTACT_OVER_180.value].value == "373066001"  # the override: 230°
    findings = [e.value.meaning for e in smv.get_qualitative_evaluations(name=VESSEL_FINDING)]
    assert findings == ["Tear-drop deformity"]
    segment = [
        c.UID
        for c in smv[0].ContentSequence
        if c.ConceptNameCodeSequence[0].CodeValue == SEGMENT_TRACKING_UID.value
    ]
    assert segment == [f"2.25.{uuid.UUID(SEGMENTS['smv']).int}"]  # = the SEG's Tracking UID

    sma = groups[vessel_tracking_uid(version.uid, VesselKind.SMA, None)]
    (angle,) = sma.get_measurements(name=CONTACT_ANGLE)
    assert angle.value == 90.0
    over = {e.name.value: e.value for e in sma.get_qualitative_evaluations()}
    assert over[CONTACT_OVER_180.value].value == "373067005"  # no
    pv = groups[vessel_tracking_uid(version.uid, VesselKind.PV, None)]
    pv_evaluations = {e.name.value: e.value for e in pv.get_qualitative_evaluations()}
    assert pv_evaluations[TUMOUR_CONTACT.value].value == "373067005"
    assert pv_evaluations[VESSEL_FINDING.value].meaning == "Thrombus"
    jejunal = groups[vessel_tracking_uid(version.uid, VesselKind.JEJUNAL, VesselKind.SMA)]
    assert jejunal.get_measurements(name=CONTACT_ANGLE)[0].value == 10.0

    observers = sr.content.get_observer_contexts(observer_type=codes.DCM.Person)
    assert str(observers[0].observer_identifying_attributes[0].value) == "Dr Test^"
    root = ds.ContentSequence
    (qualitative,) = [c for c in root if c.ConceptNameCodeSequence[0].CodeValue == "C0034375"]
    by_name: dict[str, list[Dataset]] = {}
    for child in qualitative.ContentSequence:
        by_name.setdefault(child.ConceptNameCodeSequence[0].CodeValue, []).append(child)
    category = by_name[SUGGESTED_CATEGORY.value][0].ConceptCodeSequence[0]
    suggested = version.suggestion.category
    assert suggested is ResectabilityCategory.LOCALLY_ADVANCED  # the tumour thrombus in the PV
    assert category.CodeValue == CATEGORY_CODES[suggested].value
    assert by_name["CR-CRITERIA"][0].TextValue == version.suggestion.criteria_name
    assert by_name["CR-CITATION"][0].TextValue == version.suggestion.citation
    rules = [item.TextValue for item in by_name["CR-RULE"]]
    assert rules and all(
        any(text.startswith(f"{f.rule_id}: ") for text in rules) for f in version.suggestion.fired
    )
    assert by_name["CR-VARIANT"][0].ConceptCodeSequence[0].CodeValue == "CR-RRHA"
    assert by_name["CR-RECONSTR"][0].ConceptCodeSequence[0].CodeValue == "373066001"
    assert by_name["363698007"][0].ConceptCodeSequence[0].CodeValue == "CR-PANCHEAD"
    assert by_name["CR-VERSION"][0].UID == f"2.25.{uuid.UUID(version.uid).int}"


def test_the_same_version_gives_the_same_tracking_uids() -> None:
    version = _version()
    first = vessel_tracking_uid(version.uid, VesselKind.SMV, None)
    assert first == vessel_tracking_uid(version.uid, VesselKind.SMV, None)
    assert first != vessel_tracking_uid(version.uid, VesselKind.SMA, None)
    assert vessel_tracking_uid(version.uid, VesselKind.JEJUNAL, VesselKind.SMA) != (
        vessel_tracking_uid(version.uid, VesselKind.JEJUNAL, VesselKind.SMV)
    )
    assert first.startswith("2.25.") and len(first) <= 64


def test_person_names_and_refusals() -> None:
    assert person_name("Dr  Wang^Li") == "Dr Wang Li^"
    assert person_name("  ") == ""
    with pytest.raises(ValueError, match="No image"):
        resectability_report(_version(), [])
