"""The de-identification rules one by one: table actions, options, UIDs, dates, text, hold-back."""

from __future__ import annotations

import pydicom
import pytest
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

from casereview.dicom.deid import (
    Deidentifier,
    clean_text,
    hold_back_reason,
    load_profile,
    shift_date,
    shift_datetime,
)
from casereview.domain.packages import Action, DeidOptions, HoldBackReason


def _ct() -> Dataset:
    ds = Dataset()
    ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
    ds.SOPInstanceUID = "1.2.826.0.1.3680043.10.5.1"
    ds.StudyInstanceUID = "1.2.826.0.1.3680043.10.5.2"
    ds.SeriesInstanceUID = "1.2.826.0.1.3680043.10.5.3"
    ds.FrameOfReferenceUID = "1.2.826.0.1.3680043.10.5.4"
    ds.PatientName, ds.PatientID, ds.PatientBirthDate = "DOE^JANE", "PID-1", "19580312"
    ds.PatientAge, ds.PatientSex, ds.PatientWeight = "068Y", "F", 62.0
    ds.StudyDate, ds.StudyTime, ds.SeriesDate = "20260314", "101500", "20260315"
    ds.InstitutionName, ds.StationName = "General Hospital", "CT01"
    ds.StudyDescription = "CT ABDOMEN for Jane Doe 1234567"
    ds.OperatorsName = "TECH^TOM"
    ref = Dataset()
    ref.ReferencedSOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
    ref.ReferencedSOPInstanceUID = "1.2.826.0.1.3680043.10.5.1"
    ds.ReferencedImageSequence = Sequence([ref])
    ds.add_new(0x00291010, "LO", "PRIVATE CREATOR")
    ds.add_new(0x00291001, "LO", "vendor text")
    return ds


def test_table_is_complete_enough_and_rules_resolve() -> None:
    profile = load_profile()
    assert len(profile.rules) > 400
    name = profile.rule(0x00100010)
    assert name is not None and name.action(DeidOptions()) is Action.EMPTY
    age = profile.rule(0x00101010)
    assert age.action(DeidOptions()) is Action.KEEP
    assert age.action(DeidOptions(retain_patient_characteristics=False)) is Action.REMOVE
    study_date = profile.rule(0x00080020)
    assert study_date.action(DeidOptions()) is Action.CLEAN
    assert study_date.action(DeidOptions(retain_modified_dates=False)) is Action.EMPTY
    institution = profile.rule(0x00080080)
    assert institution.action(DeidOptions(retain_institution_identity=True)) is Action.KEEP
    assert profile.rule(0x60023000) is not None  # repeating group 60xx
    assert profile.rule(0x00080018).action(DeidOptions(retain_uids=True)) is Action.KEEP


def test_uids_are_replaced_consistently_and_references_follow() -> None:
    deid = Deidentifier(DeidOptions(), b"s" * 32)
    ds = deid.apply(_ct(), deid.pseudonym_for("x"))
    assert ds.SOPInstanceUID.startswith("2.25.") and len(ds.SOPInstanceUID) <= 64
    assert ds.ReferencedImageSequence[0].ReferencedSOPInstanceUID == ds.SOPInstanceUID
    assert ds.SOPClassUID == "1.2.840.10008.5.1.4.1.1.2"
    again = Deidentifier(DeidOptions(), b"s" * 32).apply(_ct(), deid.pseudonym_for("x"))
    assert again.SOPInstanceUID == ds.SOPInstanceUID  # same secret, same mapping
    other = Deidentifier(DeidOptions(), b"t" * 32).apply(_ct(), deid.pseudonym_for("x"))
    assert other.SOPInstanceUID != ds.SOPInstanceUID  # another sender cannot recompute it
    kept = Deidentifier(DeidOptions(retain_uids=True), b"s" * 32).apply(
        _ct(), deid.pseudonym_for("x")
    )
    assert kept.SOPInstanceUID == "1.2.826.0.1.3680043.10.5.1"


def test_identity_dates_text_and_private() -> None:
    deid = Deidentifier(DeidOptions(), b"s" * 32)
    patient = deid.pseudonym_for("issuer\0PID-1")
    ds = deid.apply(_ct(), patient)
    assert str(ds.PatientName) == f"CASE^{patient.pseudonym}" and ds.PatientID == patient.pseudonym
    assert ds.PatientBirthDate in (None, "") and ds.PatientAge == "068Y"
    assert ds.StudyDate == shift_date("20260314", patient.date_shift_days)
    assert ds.StudyTime == "101500"
    assert ds.StudyDescription == "CT ABDOMEN for"  # name and long number gone
    assert ds.InstitutionName == "REMOVED" and ds.StationName == "REMOVED"
    assert str(ds.OperatorsName) == "ANONYMOUS"
    assert not any(e.tag.is_private for e in ds)
    assert ds.PatientIdentityRemoved == "YES"
    assert ds.LongitudinalTemporalInformationModified == "MODIFIED"
    strict = Deidentifier(
        DeidOptions(retain_modified_dates=False, clean_descriptors=False), b"s" * 32
    )
    ds = strict.apply(_ct(), patient)
    assert "StudyDescription" not in ds and ds.SeriesDate == "19000101" and not ds.StudyDate
    assert ds.LongitudinalTemporalInformationModified == "REMOVED"


def test_date_helpers() -> None:
    assert shift_date("20260301", -1) == "20260228"
    assert shift_date("20240301", -1) == "20240229"
    assert shift_date("20260301-20260310", 10) == "20260311-20260320"
    assert shift_date("2026", 5) == ""  # partial dates cannot be shifted exactly: removed
    assert shift_datetime("20260301101500.123+0100", -1) == "20260228101500.123+0100"
    assert shift_datetime("garbage", 3) == ""


def test_clean_text_keeps_only_safe_words() -> None:
    assert clean_text("CT Abdomen portal venous 1.25 mm") == "CT Abdomen portal venous 1.25 mm"
    assert clean_text("Dr John SMITH, MRN 12345678, Ward 7") == "7"
    assert clean_text("Arterial 5mm") == "Arterial 5mm"


@pytest.mark.parametrize(
    ("sop_class", "extra", "reason"),
    [
        ("1.2.840.10008.5.1.4.1.1.7", {}, HoldBackReason.SECONDARY_CAPTURE),
        ("1.2.840.10008.5.1.4.1.1.6.1", {}, HoldBackReason.ULTRASOUND),
        ("1.2.840.10008.5.1.4.1.1.2", {"BurnedInAnnotation": "YES"}, HoldBackReason.BURNED_IN),
        (
            "1.2.840.10008.5.1.4.1.1.2",
            {"ImageType": ["DERIVED", "SECONDARY", "SCREEN SHOT"]},
            HoldBackReason.SCREENSHOT,
        ),
        ("1.2.840.10008.5.1.4.1.1.104.1", {}, HoldBackReason.DOCUMENT),
        ("1.2.840.10008.5.1.4.1.1.2", {"BurnedInAnnotation": "NO"}, None),
        ("1.2.840.10008.5.1.4.1.1.2", {}, None),
    ],
)
def test_hold_back(sop_class: str, extra: dict, reason: HoldBackReason | None) -> None:
    ds = Dataset()
    ds.SOPClassUID = sop_class
    for keyword, value in extra.items():
        setattr(ds, keyword, value)
    assert hold_back_reason(ds) is reason


def test_deidentified_file_is_written_fresh(tmp_path) -> None:
    from pathlib import Path

    import numpy as np
    from pydicom.dataset import FileMetaDataset

    from casereview.dicom.deid import deidentify_file

    ds = _ct()
    ds.Rows = ds.Columns = 4
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 0
    ds.PixelData = np.arange(16, dtype=np.uint16).tobytes()
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID = (
        ds.SOPClassUID,
        ds.SOPInstanceUID,
    )
    meta.TransferSyntaxUID = pydicom.uid.ExplicitVRLittleEndian
    meta.SourceApplicationEntityTitle = "SECRET AE"
    ds.file_meta = meta
    ds.preamble = b"SECRET".ljust(128, b"!")
    path = Path(tmp_path) / "in.dcm"
    ds.save_as(path, enforce_file_format=True)
    deid = Deidentifier(DeidOptions(), b"s" * 32)
    result = deidentify_file(path, deid, deid.pseudonym_for("x"))
    assert result.tail_length > 0  # pixel data copied, not re-encoded
    data = (
        result.header
        + path.read_bytes()[result.tail_offset : result.tail_offset + result.tail_length]
    )
    assert data[:128] == b"\0" * 128 and b"SECRET" not in data
    out = pydicom.dcmread(pydicom.filebase.DicomBytesIO(data))
    assert out.file_meta.MediaStorageSOPInstanceUID == out.SOPInstanceUID != ds.SOPInstanceUID
    np.testing.assert_array_equal(out.pixel_array, np.arange(16).reshape(4, 4))
