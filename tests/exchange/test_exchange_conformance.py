"""Exported objects stay valid DICOM: dciodvfy finds no new errors, dcmdump reads everything."""

from __future__ import annotations

import io
import json
import re
import subprocess
import zipfile
from pathlib import Path

import pydicom
import pypdf
import pytest
from pydicom.data import get_testdata_file
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence
from sqlalchemy import select

from casereview.dicom.deid import Deidentifier, deidentify_file
from casereview.domain.packages import DeidOptions
from casereview.store import models
from casereview.store.models_packages import ExchangeUidMapping
from support import require_tool


def _messages(path: Path, kind: str) -> set[str]:
    run = subprocess.run(
        ["dciodvfy", str(path)], capture_output=True, text=True, timeout=120, check=False
    )
    lines = (run.stdout + run.stderr).splitlines()
    # Values differ after de-identification; the complaint itself is what counts.
    return {line.split(" = <")[0] for line in lines if line.startswith(kind)}


@pytest.fixture(scope="module")
def unpacked(sender, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("unpacked")
    with zipfile.ZipFile(sender.package) as archive:
        archive.extractall(folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    return folder, manifest


def _originals(sender) -> dict[str, str]:
    with sender.db.reading() as session:
        mapping = {
            m.replacement_uid: m.original_uid for m in session.scalars(select(ExchangeUidMapping))
        }
        paths = {i.sop_instance_uid: i.file_path for i in session.scalars(select(models.Instance))}
    return {new: paths[old] for new, old in mapping.items() if old in paths}


def test_dciodvfy_reports_no_new_errors(sender, unpacked) -> None:
    require_tool("dciodvfy", "dicom3tools")
    folder, manifest = unpacked
    originals = _originals(sender)
    by_class: dict[str, list[Path]] = {}
    for entry in manifest["files"]:
        if entry["kind"] != "dicom-image":
            continue
        path = folder / entry["path"]
        sop_class = str(pydicom.dcmread(path, stop_before_pixels=True).SOPClassUID)
        by_class.setdefault(sop_class, []).append(path)
    assert by_class
    checked = 0
    for paths in by_class.values():
        for path in (paths[0], paths[-1]):
            ds = pydicom.dcmread(path, stop_before_pixels=True)
            original = Path(originals[str(ds.SOPInstanceUID)])
            new_errors = _messages(path, "Error") - _messages(original, "Error")
            assert not new_errors, (path.name, sorted(new_errors))
            checked += 1
    assert checked >= 2


def test_dcmdump_reads_every_object_and_the_dicomdir(unpacked) -> None:
    require_tool("dcmdump", "dcmtk")
    folder, manifest = unpacked
    paths = [folder / e["path"] for e in manifest["files"] if e["kind"].startswith("dicom")]
    assert any(p.name == "DICOMDIR" for p in paths)
    for path in paths:
        run = subprocess.run(
            ["dcmdump", "-q", str(path)], capture_output=True, text=True, timeout=120, check=False
        )
        assert run.returncode == 0, (path, run.stderr[-500:])
        assert "E:" not in run.stderr, (path, run.stderr[-500:])


def test_dicomdir_has_no_errors(unpacked) -> None:
    require_tool("dciodvfy", "dicom3tools")
    folder, _ = unpacked
    assert _messages(folder / "DICOM" / "DICOMDIR", "Error") == set()


def test_key_object_selection_is_valid_and_references_the_package(sender, unpacked) -> None:
    require_tool("dciodvfy", "dicom3tools")
    require_tool("dsr2xml", "dcmtk")
    folder, manifest = unpacked
    kos_entries = [e for e in manifest["files"] if e["kind"] == "dicom-ko"]
    assert len(kos_entries) == 1
    path = folder / kos_entries[0]["path"]
    assert _messages(path, "Error") == set()
    run = subprocess.run(["dsr2xml", str(path)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-500:]
    assert "For Conference" in run.stdout
    kos = pydicom.dcmread(path)
    referenced = {
        item.ReferencedSOPInstanceUID
        for series in kos.CurrentRequestedProcedureEvidenceSequence[0].ReferencedSeriesSequence
        for item in series.ReferencedSOPSequence
    }
    in_package = {
        str(pydicom.dcmread(folder / e["path"], stop_before_pixels=True).SOPInstanceUID)
        for e in manifest["files"]
        if e["kind"] == "dicom-image"
    }
    assert len(referenced) == 2 and referenced <= in_package
    assert (
        kos.PatientID
        == pydicom.dcmread(folder / manifest["files"][1]["path"], stop_before_pixels=True).PatientID
    )
    document = json.loads((folder / "documents" / "key-images.json").read_text())
    assert {k["sop_instance_uid"] for k in document["key_images"]} == referenced
    captions = [k["caption"] for k in document["key_images"]]
    assert "Tumour" in captions and any("SMV contact < 180 degrees" in c for c in captions)
    with sender.db.reading() as session:
        name = session.scalars(select(models.Patient.patient_name)).first()
    for part in str(name).replace("^", " ").split():
        assert part not in json.dumps(document)


def test_measurement_report_is_valid_and_keeps_the_geometry(sender, unpacked) -> None:
    require_tool("dciodvfy", "dicom3tools")
    require_tool("dsr2xml", "dcmtk")
    folder, manifest = unpacked
    entries = [e for e in manifest["files"] if e["kind"] == "dicom-sr"]
    assert len(entries) == 1
    path = folder / entries[0]["path"]
    assert _messages(path, "Error") == set()
    run = subprocess.run(["dsr2xml", str(path)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-500:]
    import highdicom as hd

    sr = hd.sr.srread(path)
    groups = sr.content.get_planar_roi_measurement_groups()
    assert len(groups) == 2  # the polygon and the point
    document = json.loads((folder / "documents" / "annotations.json").read_text())
    by_label = {a["label"]: a for a in document["annotations"]}
    assert by_label["Tumour long axis"]["points"] == [[10.0, 20.0, -30.0], [42.5, 20.0, -30.0]]
    length = next(m for m in by_label["Tumour long axis"]["measurements"] if m["name"] == "length")
    assert abs(length["value"] - 32.5) < 0.01
    # The label that named the patient lost the name.
    with sender.db.reading() as session:
        name = str(session.scalars(select(models.Patient.patient_name)).first())
    text = json.dumps(document)
    assert "Node of" in text
    for part in name.replace("^", " ").split():
        assert part not in text
    polygon = next(g for g in groups if g.roi is not None and g.roi.graphic_type.value == "POLYGON")
    np_points = polygon.roi.value
    assert abs(float(np_points[1][0]) - 20.0) < 0.01


def test_dicomdir_loads_as_a_file_set_and_finds_every_object(unpacked) -> None:
    from pydicom.fileset import FileSet

    folder, manifest = unpacked
    fileset = FileSet(pydicom.dcmread(folder / "DICOM" / "DICOMDIR"))
    listed = {e["path"] for e in manifest["files"] if e["kind"].startswith("dicom-")}
    found = {"DICOM/" + "/".join(Path(i.path).relative_to(folder / "DICOM").parts) for i in fileset}
    assert found == listed
    for instance in fileset:
        ds = instance.load()
        assert ds.SOPInstanceUID == instance.SOPInstanceUID


def test_decision_as_encapsulated_pdf_and_json(sender, unpacked) -> None:
    require_tool("dciodvfy", "dicom3tools")
    folder, manifest = unpacked
    entries = [e for e in manifest["files"] if e["kind"] == "dicom-pdf"]
    assert len(entries) == 1
    path = folder / entries[0]["path"]
    assert _messages(path, "Error") == set()
    ds = pydicom.dcmread(path)
    pdf = bytes(ds.EncapsulatedDocument)[: int(ds.EncapsulatedDocumentLength)]
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    # The app's case report: its text is read back as a PDF reader would, words joined by
    # single spaces (Qt lays text out word by word).
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())
    assert "Neoadjuvant therapy, then restaging" in text
    assert "MDT outcome report" in text
    document = json.loads((folder / "documents" / "decisions.json").read_text())
    assert document["decisions"][0]["staging"] == "cT3 N0 M0, borderline resectable"
    with sender.db.reading() as session:
        name = str(session.scalars(select(models.Patient.patient_name)).first())
    for part in name.replace("^", " ").split():
        assert part not in text and part not in json.dumps(document)
    assert "Dr A Surgeon" not in text and "Dr A Surgeon" not in json.dumps(document)
    assert (
        ds.PatientID
        == pydicom.dcmread(folder / manifest["files"][1]["path"], stop_before_pixels=True).PatientID
    )


def test_segmentation_is_valid_and_references_the_exported_images(sender, unpacked) -> None:
    """The SEG passes dciodvfy with 0 errors; its references (series, instances, frame of
    reference) are the de-identified images of the same package; names carry no identity."""
    require_tool("dciodvfy", "dicom3tools")
    folder, manifest = unpacked
    entries = [e for e in manifest["files"] if e["kind"] == "dicom-seg"]
    assert len(entries) == 1
    path = folder / entries[0]["path"]
    assert _messages(path, "Error") == set()
    seg = pydicom.dcmread(path)
    images = {}
    for entry in manifest["files"]:
        if entry["kind"] == "dicom-image":
            ds = pydicom.dcmread(folder / entry["path"], stop_before_pixels=True)
            images[str(ds.SOPInstanceUID)] = ds
    referenced = seg.ReferencedSeriesSequence[0]
    uids = [str(i.ReferencedSOPInstanceUID) for i in referenced.ReferencedInstanceSequence]
    assert uids and all(uid in images for uid in uids)
    first = images[uids[0]]
    assert str(referenced.SeriesInstanceUID) == str(first.SeriesInstanceUID)
    assert str(seg.FrameOfReferenceUID) == str(first.FrameOfReferenceUID)
    assert str(seg.StudyInstanceUID) == str(first.StudyInstanceUID)
    assert str(seg.PatientID) == str(first.PatientID)
    with sender.db.reading() as session:
        name = str(session.scalars(select(models.Patient.patient_name)).first())
    label = str(seg.SegmentSequence[0].SegmentLabel)
    assert label.startswith("Node") and name not in label


# -- De-identified files against their originals ------------------------------------------------


def _error_lines(path: Path) -> set[str]:
    """dciodvfy's errors with values and positions taken out (they change with the values)."""
    run = subprocess.run(
        ["dciodvfy", str(path)], capture_output=True, text=True, timeout=120, check=False
    )
    lines = (run.stdout + run.stderr).splitlines()
    return {
        re.sub(r"<[^>]*>|\d+", "#", line.split(" = <")[0]) if "Value" in line else line
        for line in lines
        if line.startswith("Error")
    }


def _code_item(value: str, scheme: str, meaning: str) -> Dataset:
    item = Dataset()
    item.CodeValue, item.CodingSchemeDesignator, item.CodeMeaning = value, scheme, meaning
    return item


def _ct_with_request_attributes(folder: Path) -> Path:
    """pydicom's CT with the issue's patient and a full Request Attributes Sequence."""
    ds = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.PatientName = "Wang^Li=王^丽"
    ds.PatientID, ds.PatientBirthDate, ds.AccessionNumber = "ZJ0012345", "19580312", "A7788123"
    ds.ImageComments = "1958 03 12"
    ds.ProtocolName = "Wang Li 12/03/1958"
    finding = Dataset()
    finding.RelationshipType, finding.ValueType = "CONTAINS", "CODE"
    finding.ConceptNameCodeSequence = Sequence([_code_item("121071", "DCM", "Finding")])
    finding.ConceptCodeSequence = Sequence([_code_item("X1", "99LOCAL", "Mrs Wang, ward 7")])
    request = Dataset()
    request.RequestedProcedureID = "RP12345"
    request.ScheduledProcedureStepID = "SPS98765"
    request.ScheduledProcedureStepDescription = "CT for Wang Li"
    request.AccessionNumber = "A7788123"
    request.RequestedProcedureDescription = "CT abdomen for Mrs Wang DOB 12/03/1958"
    request.ReasonForRequestedProcedureCodeSequence = Sequence(
        [_code_item("363418001", "SCT", "Malignant tumor of pancreas")]
    )
    request.ScheduledProtocolCodeSequence = Sequence(
        [_code_item("LOC1", "99LOCAL", "Wang Li protocol")]
    )
    request.ContentSequence = Sequence([finding])
    ds.RequestAttributesSequence = Sequence([request])
    path = folder / "ct_request_attributes.dcm"
    ds.save_as(path, enforce_file_format=True)
    return path


def _validity_sources(sender, folder: Path) -> list[Path]:
    demo = sorted(p for p in sender.demo_dir.rglob("*") if p.is_file() and _is_dicom(p))
    assert demo
    picked = [demo[0], demo[len(demo) // 2], demo[-1]]
    picked += [p for p in demo if pydicom.dcmread(p, stop_before_pixels=True).Modality == "SEG"]
    return [
        *dict.fromkeys(picked),
        *(_as_part10(name, folder) for name in PYDICOM_FILES),
        _ct_with_request_attributes(folder),
    ]


#: pydicom's and pydicom-data's test files: CT, MR, enhanced MR, SEG and RT objects (structure
#: set, plan, dose carry many of the attributes Table E.1-1 lists).
PYDICOM_FILES = (
    "CT_small.dcm",
    "MR_small.dcm",
    "emri_small.dcm",
    "liver.dcm",
    "rtstruct.dcm",
    "rtplan.dcm",
    "rtdose.dcm",
)


def _as_part10(name: str, folder: Path) -> Path:
    """A test file with file meta information (some of pydicom's have none)."""
    path = Path(get_testdata_file(name))
    with path.open("rb") as handle:
        if handle.read(132)[128:] == b"DICM":
            return path
    copy = folder / f"part10-{name}"
    pydicom.dcmread(path, force=True).save_as(copy, enforce_file_format=True)
    return copy


def _is_dicom(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(132)[128:] == b"DICM"


# rtdose.dcm's own UIDs are longer than 64 characters; pydicom says so while reading it.
@pytest.mark.filterwarnings("ignore:Invalid value for VR UI")
@pytest.mark.parametrize(
    "options",
    [DeidOptions(), DeidOptions(clean_descriptors=False, retain_modified_dates=False)],
    ids=["default-options", "no-cleaning"],
)
def test_deidentified_files_have_no_error_their_originals_did_not(
    sender, tmp_path: Path, options: DeidOptions
) -> None:
    require_tool("dciodvfy", "dicom3tools")
    deid = Deidentifier(options, b"v" * 32)
    checked = 0
    for source in _validity_sources(sender, tmp_path):
        result = deidentify_file(source, deid, deid.pseudonym_for(source.name))
        tail = source.read_bytes()[result.tail_offset : result.tail_offset + result.tail_length]
        out = tmp_path / f"deid-{source.name}"
        out.write_bytes(result.header + tail)
        new_errors = _error_lines(out) - _error_lines(source)
        assert not new_errors, (source.name, sorted(new_errors))
        checked += 1
    assert checked >= 11
