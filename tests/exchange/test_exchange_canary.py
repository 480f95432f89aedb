"""Canary test: markers planted everywhere identity can hide must not reach the package.

A generated study carries a unique marker in every attribute of PS3.15 Table E.1-1 (at the top
level and in sequences nested three deep), in private blocks (known, unknown and spoofed
creators), in SR text, in overlays and curves, in the file meta information, in the preamble
and in the file and folder names. After export, the raw bytes of the zip, every entry
(decompressed), every entry name, the manifest and the signature must hold none of them.

Dates are shifted by whole days, so a planted date moved by the shift can land on another
planted date (they are 11 days apart): the secret is fixed, so the shift is the same on every
run, and the check knows the shift and leaves out only a date that is another one shifted,
so it holds for every shift (a test runs it with a shift that is a multiple of 11).
"""

from __future__ import annotations

import hashlib
import itertools
import re
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pydicom
import pytest
from exchange_helpers import add_segment, open_site
from pydicom.datadict import dictionary_VR
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import ComprehensiveSRStorage, CTImageStorage, ExplicitVRLittleEndian

from casereview.dicom.deid import Deidentifier, load_profile, shift_date
from casereview.domain.packages import Action, DeidOptions
from casereview.services.cases import create_case_from_uids
from casereview.services.exchange import export_case
from casereview.services.exchange.case_files import case_files
from casereview.services.indexing import import_paths
from casereview.services.signing import load_or_create_signing_key

STUDY_UID = "1.2.826.0.1.3680043.10.1077.1"
SERIES_UID = "1.2.826.0.1.3680043.10.1077.2"
SR_SERIES_UID = "1.2.826.0.1.3680043.10.1077.3"
NOT_PLANTABLE_VRS = {"US", "SS", "UL", "SL", "FL", "FD", "AT", "AS", "UV", "SV"}


@dataclass
class Planted:
    """Markers and where they went."""

    counter: itertools.count = field(default_factory=lambda: itertools.count(1))
    by_tag: dict[int, list[str]] = field(default_factory=dict)
    elsewhere: list[str] = field(default_factory=list)

    def text(self, tag: int | None = None) -> str:
        marker = f"MK{next(self.counter):05d}Q"
        self._note(tag, marker)
        return marker

    def _note(self, tag: int | None, marker: str) -> None:
        if tag is None:
            self.elsewhere.append(marker)
        else:
            self.by_tag.setdefault(tag, []).append(marker)

    def value(self, tag: int, vr: str) -> object:
        n = next(self.counter)
        if vr in ("AE", "CS", "LO", "SH", "LT", "ST", "UC", "UT"):
            marker = f"MK{n:05d}Q"
            value: object = marker
        elif vr == "PN":
            marker = f"MK{n:05d}Q"
            value = f"{marker}^GIVEN"
        elif vr == "UR":
            marker = f"MK{n:05d}Q"
            value = f"http://example.org/{marker}"
        elif vr == "DA":
            marker = (
                (np.datetime64("1931-01-01") + np.timedelta64(n * 11, "D"))
                .astype(str)
                .replace("-", "")
            )
            value = marker
        elif vr == "TM":
            marker = f"1{n % 10}{n % 60:02d}{(n * 7) % 60:02d}.{n:06d}"
            value = marker
        elif vr == "DT":
            day = (
                (np.datetime64("1931-01-01") + np.timedelta64(n * 11, "D"))
                .astype(str)
                .replace("-", "")
            )
            marker = f"{day}1{n % 10}{n % 60:02d}{(n * 7) % 60:02d}.{n:06d}"
            value = marker
        elif vr == "UI":
            marker = f"1.2.826.0.1.3680043.10.1077.9.{n}"
            value = marker
        elif vr == "DS":
            marker = f"9{n:05d}.25"
            value = marker
        elif vr == "IS":
            marker = f"7{n:06d}"
            value = marker
        elif vr in ("OB", "OW", "UN", "OD", "OF", "OL", "OV"):
            marker = f"MK{n:05d}Q"
            value = (marker + "\0").encode()[: len(marker) + (len(marker) % 2)]
        else:
            raise ValueError(vr)
        self._note(tag, marker)
        return value


def _vr(tag: int) -> str | None:
    try:
        vr = dictionary_VR(tag)
    except KeyError:
        return None
    return vr.split(" or ")[0]


def _nested_item(planted: Planted, tag: int) -> Dataset:
    """An item whose own sequence goes two levels deeper, with markers at every level."""
    level3 = Dataset()
    level3.PatientName = f"{planted.text(tag)}^DEEP"
    level3.TextValue = planted.text(tag)
    level3.PersonName = f"{planted.text(tag)}^PERSON"
    level3.PatientID = planted.text(tag)
    level2 = Dataset()
    level2.PatientID = planted.text(tag)
    level2.InstitutionName = planted.text(tag)
    level2.ContentSequence = Sequence([level3])
    level1 = Dataset()
    level1.CodeValue = planted.text(tag)
    level1.CodingSchemeDesignator = "99MK"
    level1.CodeMeaning = planted.text(tag)
    level1.PatientBirthName = f"{planted.text(tag)}^BIRTH"
    level1.ReferencedSOPInstanceUID = planted.value(tag, "UI")
    level1.OtherPatientIDsSequence = Sequence([level2])
    return level1


def _plant_table(ds: Dataset, planted: Planted) -> None:
    for tag in load_profile().listed_tags():
        group = tag >> 16
        if group in (0x0000, 0x0002) or tag in (0x00080016, 0x00080018, 0x0020000D, 0x0020000E):
            continue  # command group; file meta and the instance's own keys are set below
        vr = _vr(tag)
        if vr is None or vr in NOT_PLANTABLE_VRS:
            continue
        if vr == "SQ":
            ds.add_new(tag, "SQ", Sequence([_nested_item(planted, tag)]))
        else:
            ds.add_new(tag, vr, planted.value(tag, vr))


def _plant_private(ds: Dataset, planted: Planted) -> None:
    # Known creator: one safe numeric element (kept only with Retain Safe Private) and one text
    # element that is not on the safe list.
    ds.add_new(0x00190010, "LO", "GEMS_ACQU_01")
    ds.add_new(0x00191023, "DS", "4.5")
    ds.add_new(0x00191030, "LO", planted.text())
    # Spoofed: the safe creator's name, a safe offset, but text in it.
    ds.add_new(0x00190011, "LO", "GEMS_ACQU_01")
    ds.add_new(0x00191123, "LO", planted.text())
    # Unknown creator, itself carrying a marker, with text and binary values.
    ds.add_new(0x00290010, "LO", planted.text())
    ds.add_new(0x00291001, "LO", planted.text())
    ds.add_new(0x00291002, "OB", planted.text().encode() + b"\0")
    ds.add_new(0x00291003, "SQ", Sequence([_nested_item(planted, 0x00291003)]))


def _plant_graphics(ds: Dataset, planted: Planted) -> None:
    ds.add_new(0x60000010, "US", 8)
    ds.add_new(0x60000011, "US", 8)
    ds.add_new(0x60000022, "LO", planted.text())  # Overlay Description
    ds.add_new(0x60000040, "CS", "G")
    ds.add_new(0x60000050, "SS", [1, 1])
    ds.add_new(0x60000100, "US", 1)
    ds.add_new(0x60000102, "US", 0)
    ds.add_new(0x60001500, "LO", planted.text())  # Overlay Label
    ds.add_new(0x60004000, "LT", planted.text())  # Overlay Comments
    ds.add_new(0x60003000, "OW", planted.text().encode() + b"\0")
    ds.add_new(0x50003000, "OB", planted.text().encode() + b"\0")  # Curve Data (retired)


def _file_meta(ds: Dataset, planted: Planted) -> FileMetaDataset:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = ds.SOPClassUID
    meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    meta.ImplementationClassUID = "1.2.826.0.1.3680043.10.1077.5"
    meta.ImplementationVersionName = planted.text()
    meta.SourceApplicationEntityTitle = planted.text()
    meta.PrivateInformationCreatorUID = planted.value(0x00020100, "UI")
    meta.PrivateInformation = planted.text().encode() + b"\0"
    return meta


def _base(planted: Planted, sop_class: str, series_uid: str, number: int) -> Dataset:
    ds = Dataset()
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = planted.value(0x00080018, "UI")
    ds.StudyInstanceUID = STUDY_UID
    ds.SeriesInstanceUID = series_uid
    planted.by_tag.setdefault(0x0020000D, []).append(STUDY_UID)
    planted.by_tag.setdefault(0x0020000E, []).append(series_uid)
    ds.InstanceNumber = number
    return ds


def _write(ds: Dataset, path: Path, planted: Planted) -> None:
    ds.file_meta = _file_meta(ds, planted)
    ds.preamble = (planted.text().encode() * 20)[:128]
    path.parent.mkdir(parents=True, exist_ok=True)
    pydicom.dcmwrite(path, ds, enforce_file_format=False)


#: What identifies the patient; the three files share it (one person, one study), so the
#: importer's identity rules file them together.
IDENTITY_KEYWORDS = ("PatientName", "PatientID", "IssuerOfPatientID", "PatientBirthDate")


def _same_patient(ds: Dataset, first: Dataset) -> None:
    for keyword in IDENTITY_KEYWORDS:
        if keyword in first:
            setattr(ds, keyword, first.data_element(keyword).value)
        elif keyword in ds:
            delattr(ds, keyword)


def make_canary_study(folder: Path) -> Planted:
    """Two CT images and one SR, with markers everywhere (see the module docstring)."""
    planted = Planted()
    marked_folder = folder / f"{planted.text()}_{planted.text()}"
    # One frame of reference for the series (a marker too), so a segmentation can be made on it.
    frame_of_reference = planted.value(0x00200052, "UI")
    first: Dataset | None = None
    for number in (1, 2):
        ds = _base(planted, CTImageStorage, SERIES_UID, number)
        _plant_table(ds, planted)
        ds.FrameOfReferenceUID = frame_of_reference
        ds.PatientName = f"{planted.text(0x00100010)}^{planted.text(0x00100010)}"
        ds.PatientID = planted.text(0x00100020)
        if first is None:
            first = ds
        else:
            _same_patient(ds, first)
        ds.Modality = "CT"
        ds.SeriesNumber = 2
        ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
        ds.BurnedInAnnotation = "NO"
        ds.ImagePositionPatient = [0.0, 0.0, -2.5 * number]
        ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
        ds.PixelSpacing = [0.8, 0.8]
        ds.SliceThickness = 2.5
        ds.Rows = ds.Columns = 8
        ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
        ds.RescaleIntercept, ds.RescaleSlope = -1024, 1
        _plant_private(ds, planted)
        _plant_graphics(ds, planted)
        ds.PixelData = np.full((8, 8), 1000 + number, dtype=np.uint16).tobytes()
        ds.DataSetTrailingPadding = planted.text(0xFFFCFFFC).encode()
        _write(ds, marked_folder / f"{planted.text()}_{number}.dcm", planted)
    sr = _base(planted, ComprehensiveSRStorage, SR_SERIES_UID, 1)
    sr.PatientName = f"{planted.text(0x00100010)}^SR"
    sr.PatientID = planted.text(0x00100020)
    sr.Modality = "SR"
    sr.SeriesNumber = 90
    sr.ValueType = "CONTAINER"
    sr.ContinuityOfContent = "SEPARATE"
    sr.CompletionFlag, sr.VerificationFlag = "COMPLETE", "UNVERIFIED"
    sr.ContentDate, sr.ContentTime = "20260101", "101010"
    title = Dataset()
    title.CodeValue, title.CodingSchemeDesignator, title.CodeMeaning = (
        "126000",
        "DCM",
        "Imaging Measurement Report",
    )
    sr.ConceptNameCodeSequence = Sequence([title])
    items = []
    for value_type, attribute in (
        ("TEXT", "TextValue"),
        ("PNAME", "PersonName"),
        ("TEXT", "TextValue"),
    ):
        item = Dataset()
        item.RelationshipType, item.ValueType = "CONTAINS", value_type
        name = Dataset()
        name.CodeValue, name.CodingSchemeDesignator = "121106", "DCM"
        name.CodeMeaning = planted.text()  # a sender's own text in a standard code's meaning
        item.ConceptNameCodeSequence = Sequence([name])
        setattr(item, attribute, planted.text() if value_type == "TEXT" else f"{planted.text()}^X")
        items.append(item)
    code_item = Dataset()
    code_item.RelationshipType, code_item.ValueType = "CONTAINS", "CODE"
    local = Dataset()
    local.CodeValue, local.CodingSchemeDesignator, local.CodeMeaning = (
        planted.text(),
        "99LOCAL",
        planted.text(),
    )
    code_item.ConceptNameCodeSequence = Sequence([title])
    code_item.ConceptCodeSequence = Sequence([local])
    items.append(code_item)
    container = Dataset()
    container.RelationshipType, container.ValueType = "CONTAINS", "CONTAINER"
    container.ContinuityOfContent = "SEPARATE"
    container.ConceptNameCodeSequence = Sequence([title])
    inner = Dataset()
    inner.RelationshipType, inner.ValueType = "CONTAINS", "TEXT"
    inner.ConceptNameCodeSequence = Sequence([title])
    inner.TextValue = f"Tumour {planted.text()} near the SMV"
    container.ContentSequence = Sequence([inner])
    items.append(container)
    sr.ContentSequence = Sequence(items)
    verifier = Dataset()
    verifier.VerifyingObserverName = f"{planted.text()}^DOC"
    verifier.VerifyingOrganization = planted.text()
    verifier.VerificationDateTime = "20260101101010"
    sr.VerifyingObserverSequence = Sequence([verifier])
    assert first is not None
    _same_patient(sr, first)
    _write(sr, marked_folder / f"{planted.text()}_sr.dcm", planted)
    return planted


def _annotate_with_identity(db, case_id: int) -> None:
    """A measurement, a key image and a decision whose texts name the patient (as users
    sometimes do), so the SR, the KOS, the PDF and the JSON documents are checked too."""
    from sqlalchemy import select

    from casereview.domain.annotations import (
        AnnotationDraft,
        AnnotationKind,
        ImageReference,
        KeyImageDraft,
        ViewPlane,
    )
    from casereview.services.annotations import create_annotation, flag_key_image
    from casereview.store import models

    with db.reading() as session:
        sop, series, frame = session.execute(
            select(
                models.Instance.sop_instance_uid,
                models.Series.series_instance_uid,
                models.Series.frame_of_reference_uid,
            )
            .join(models.Series)
            .where(models.Series.modality == "CT")
        ).first()
        patient = session.scalars(select(models.Patient)).one()
        name, patient_id = str(patient.patient_name), patient.patient_id
    reference = ImageReference(series, sop, frame)
    create_annotation(
        db,
        case_id,
        AnnotationDraft(
            AnnotationKind.LENGTH,
            ((0.0, 0.0, -2.5), (10.0, 0.0, -2.5)),
            reference,
            label=f"Tumour of {name.replace('^', ' ')} ({patient_id})",
        ),
        "tester",
    )
    from casereview.domain.decisions import DecisionContent, Recommendation
    from casereview.services.decisions import record_decision

    record_decision(
        db,
        case_id,
        DecisionContent(
            recommendation=Recommendation.FURTHER_INVESTIGATION,
            rationale=f"EUS biopsy for {name} ({patient_id}) before the next MDT",
            dissent=f"{name.split('^')[0]} asked for surgery",
        ),
        "tester",
    )
    # A segment named after the patient: names are user text, the patient's identifiers are
    # taken out of them (in the SEG and in segments.json) and the clinical words stay.
    add_segment(db, case_id, series, frame, f"Node {name.split('^')[0]} {patient_id}")
    flag_key_image(
        db,
        case_id,
        KeyImageDraft(
            reference=reference,
            orientation="axial",
            plane=ViewPlane((0.0, 0.0, -2.5), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)),
            window_center=40.0,
            window_width=400.0,
            caption=f"Key image for {name}",
        ),
        "tester",
    )


@pytest.fixture(scope="module")
def canary_site(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("canary")
    planted = make_canary_study(root / "incoming")
    db = open_site(root / "site")
    report = import_paths(
        db,
        [root / "incoming"],
        "tester",
        staging_dir=root / "site" / "imports",
        quarantine_dir=root / "site" / "quarantine",
    )
    assert report.imported == 3, report.problems
    case = create_case_from_uids(db, "tester", study_uids=[STUDY_UID], title="Canary")
    _annotate_with_identity(db, case.id)
    key = load_or_create_signing_key(root / "keys")
    yield root, db, case.id, key, FIXED_SECRET, planted
    db.close()


def _package_bytes(path: Path) -> list[tuple[str, bytes]]:
    """Every place a marker could hide: raw archive, entry names, decompressed entries."""
    chunks = [("<raw zip>", path.read_bytes())]
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            chunks.append((f"<name {info.filename}>", info.filename.encode()))
            chunks.append((info.filename, archive.read(info)))
    return chunks


def _exempt(options: DeidOptions, planted: Planted) -> set[str]:
    """Markers an option keeps on purpose (patient characteristics; times of day with
    shifted dates, since whole-day shifts keep intervals exact)."""
    exempt: set[str] = set()
    profile = load_profile()
    for tag, markers in planted.by_tag.items():
        rule = profile.rule(tag)
        vr = _vr(tag)
        if rule is None:
            continue
        action = rule.action(options)
        if action is Action.KEEP and vr != "SQ":
            exempt.update(markers)
        if action is Action.CLEAN and vr == "TM" and options.retain_modified_dates:
            exempt.update(markers)
    return exempt


#: The de-identification secret of these tests: fixed, so the date shift is the same every run.
FIXED_SECRET = hashlib.sha256(b"casereview exchange canary").digest()


def _date_shift(db, case_id: int, secret: bytes) -> int:
    return (
        Deidentifier(DeidOptions(), secret)
        .pseudonym_for(case_files(db, case_id).patient_key)
        .date_shift_days
    )


def _secret_shifting_by_a_multiple_of_11(db, case_id: int) -> bytes:
    """A secret whose date shift moves every planted date onto another planted date."""
    for number in itertools.count():
        secret = hashlib.sha256(f"canary {number}".encode()).digest()
        if _date_shift(db, case_id, secret) % 11 == 0:
            return secret
    raise AssertionError("unreachable")


def _shifted_onto_another(planted: Planted, shift: int) -> set[str]:
    """Planted dates that a legitimately shifted planted date or date-time turns into."""
    planted_days = {
        marker[:8]
        for markers in planted.by_tag.values()
        for marker in markers
        if re.fullmatch(r"\d{8}(\d{6}\.\d{6})?", marker)
    }
    shifted = {shift_date(day, shift) for day in planted_days}
    return planted_days & shifted


STRICT = DeidOptions(
    clean_descriptors=False,
    clean_structured_content=False,
    clean_graphics=False,
    retain_modified_dates=False,
    retain_patient_characteristics=False,
)


@pytest.mark.parametrize(
    "options",
    [DeidOptions(), STRICT, replace(DeidOptions(), retain_safe_private=True)],
    ids=["default-options", "no-options", "retain-safe-private"],
)
def test_no_marker_reaches_the_package(canary_site, options: DeidOptions) -> None:
    root, db, case_id, key, secret, planted = canary_site
    _export_and_check(root, db, case_id, key, secret, planted, options)


def test_no_marker_reaches_the_package_when_the_shift_is_a_multiple_of_11(canary_site) -> None:
    root, db, case_id, key, _secret, planted = canary_site
    secret = _secret_shifting_by_a_multiple_of_11(db, case_id)
    shift = _date_shift(db, case_id, secret)
    # The collision the old check tripped over is really there with this shift.
    assert _shifted_onto_another(planted, shift)
    _export_and_check(root, db, case_id, key, secret, planted, DeidOptions())


def _export_and_check(root, db, case_id, key, secret, planted, options: DeidOptions) -> None:
    out = root / "out" / f"{id(options)}-{secret.hex()[:8]}.zip"
    report = export_case(
        db,
        case_id,
        out,
        "tester",
        options=options,
        signing_key=key,
        secret=secret,
        institution="Canary Hospital",
    )
    assert report.images == 3 and not report.held_back
    # SR, KOS, PDF and SEG; annotations, key images, decisions, segments and the case as JSON
    assert report.objects == 4 and report.documents == 5
    markers = {m for ms in planted.by_tag.values() for m in ms} | set(planted.elsewhere)
    exempt = _exempt(options, planted)
    if options.retain_modified_dates:
        exempt |= _shifted_onto_another(planted, _date_shift(db, case_id, secret))
    checked = markers - exempt
    # Nearly every attribute of the table received a marker.
    plantable = [
        t for t in load_profile().listed_tags() if (_vr(t) or "US") not in NOT_PLANTABLE_VRS
    ]
    assert len(planted.by_tag) >= 0.9 * len(plantable)
    leaks = {
        (where, marker)
        for where, data in _package_bytes(out)
        for marker in checked
        if marker.encode() in data
    }
    assert not leaks, sorted(leaks)[:20]


def test_safe_private_keeps_only_the_genuine_numeric_element(canary_site) -> None:
    root, db, case_id, key, secret, planted = canary_site
    out = root / "out" / "private.zip"
    export_case(
        db,
        case_id,
        out,
        "tester",
        options=replace(DeidOptions(), retain_safe_private=True),
        signing_key=key,
        secret=secret,
        institution="Canary Hospital",
    )
    with zipfile.ZipFile(out) as archive:
        images = [
            pydicom.dcmread(pydicom.filebase.DicomBytesIO(archive.read(n)))
            for n in archive.namelist()
            if n.startswith("DICOM/PT") and "DICOMDIR" not in n
        ]
    ct = [ds for ds in images if ds.Modality == "CT"]
    assert ct
    for ds in ct:
        private = {int(e.tag): e for e in ds if e.tag.is_private}
        assert set(private) == {0x00190010, 0x00191023}
        assert private[0x00190010].value == "GEMS_ACQU_01"
        assert float(private[0x00191023].value) == 4.5
        codes = {item.CodeValue for item in ds.DeidentificationMethodCodeSequence}
        assert {"113100", "113111", "113105", "113107", "113108"} <= codes
        assert ds.PatientIdentityRemoved == "YES"
        assert ds.LongitudinalTemporalInformationModified == "MODIFIED"
        assert not any(e.tag.group in (0x5000, 0x6000) for e in ds)
