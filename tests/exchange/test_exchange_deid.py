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
    is_pseudonym_name,
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


def test_an_item_shared_between_sequences_is_mapped_once_in_each_place() -> None:
    """highdicom shares items between sequences of the objects it builds (a SEG's referenced
    instances are its frames' source images): each place gets the mapping of the original
    UID, not the mapping of the mapping."""
    ds = _ct()
    ds.SourceImageSequence = Sequence([ds.ReferencedImageSequence[0]])  # the same object
    deid = Deidentifier(DeidOptions(), b"s" * 32)
    out = deid.apply(ds, deid.pseudonym_for("x"))
    expected = deid.uid("1.2.826.0.1.3680043.10.5.1")
    assert out.ReferencedImageSequence[0].ReferencedSOPInstanceUID == expected
    assert out.SourceImageSequence[0].ReferencedSOPInstanceUID == expected
    assert out.SOPInstanceUID == expected


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
        ("1.2.840.10008.5.1.4.1.1.2", {"Modality": "us"}, HoldBackReason.ULTRASOUND),
        # Endoscopy (ERCP, endoscopic ultrasound photos), video endoscopy, photographs,
        # angiography and fluoroscopy: the processor or C-arm writes the name on the picture.
        ("1.2.840.10008.5.1.4.1.1.77.1.1", {}, HoldBackReason.CAMERA),
        ("1.2.840.10008.5.1.4.1.1.77.1.1.1", {}, HoldBackReason.CAMERA),
        ("1.2.840.10008.5.1.4.1.1.77.1.4", {}, HoldBackReason.CAMERA),
        ("1.2.840.10008.5.1.4.1.1.12.1", {}, HoldBackReason.CAMERA),
        ("1.2.840.10008.5.1.4.1.1.12.2.1", {}, HoldBackReason.CAMERA),
        ("1.2.840.10008.5.1.4.1.1.1", {"Modality": "RF"}, HoldBackReason.CAMERA),
        ("1.2.840.10008.5.1.4.1.1.7.4", {"Modality": "ES"}, HoldBackReason.SECONDARY_CAPTURE),
        ("1.2.840.10008.5.1.4.1.1.4", {"Modality": "MR"}, None),
        ("1.2.840.10008.5.1.4.1.1.2", {"BurnedInAnnotation": "YES"}, HoldBackReason.BURNED_IN),
        (
            "1.2.840.10008.5.1.4.1.1.2",
            {"ImageType": ["DERIVED", "SECONDARY", "SCREEN SHOT"]},
            HoldBackReason.SCREENSHOT,
        ),
        # A CT dose screen as GE writes it: a CT image whose pixels show the patient's name.
        (
            "1.2.840.10008.5.1.4.1.1.2",
            {"ImageType": ["DERIVED", "SECONDARY", "SCREEN SAVE"]},
            HoldBackReason.SCREENSHOT,
        ),
        (
            "1.2.840.10008.5.1.4.1.1.2",
            {"ImageType": ["ORIGINAL", "PRIMARY", "dose_info "]},
            HoldBackReason.SCREENSHOT,
        ),
        (
            "1.2.840.10008.5.1.4.1.1.2",
            {"ImageType": ["DERIVED", "SECONDARY", "DOSE REPORT"]},
            HoldBackReason.SCREENSHOT,
        ),
        ("1.2.840.10008.5.1.4.1.1.2", {"ConversionType": "WSD"}, HoldBackReason.SCREENSHOT),
        (
            "1.2.840.10008.5.1.4.1.1.2",
            {"ImageType": ["ORIGINAL", "PRIMARY", "LOCALIZER"]},
            None,
        ),
        (
            "1.2.840.10008.5.1.4.1.1.2",
            {"ImageType": ["DERIVED", "SECONDARY", "REFORMATTED", "AVERAGE"]},
            None,
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


# -- Cleaned sequences, Clean Descriptors, identity, validity ---------------------------------

WANG = "Wang^Li=王^丽"
BIRTH_DATE_FORMS = [
    "1958 03 12",
    "1958-03-12",
    "1958/3/12",
    "1958.03.12",
    "19580312",
    "12/03/1958",
    "03/12/1958",
    "12.03.1958",
    "12-3-1958",
    "12/03/58",
    "1958年3月12日",
    "12 March 1958",
    "12 mars 1958",
    "March 12, 1958",
]


def _code(value: str, scheme: str, meaning: str) -> Dataset:
    item = Dataset()
    item.CodeValue, item.CodingSchemeDesignator, item.CodeMeaning = value, scheme, meaning
    return item


def _wang_ct() -> Dataset:
    """A CT of the issue's patient, her identity in every header form."""
    ds = _ct()
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.PatientName = WANG
    ds.PatientID, ds.PatientBirthDate = "ZJ0012345", "19580312"
    ds.OtherPatientNames = "Wang^Lily"
    ds.PatientTelephoneNumbers = "138-0013-8000"
    ds.AccessionNumber = "A7788123"
    return ds


def _request_attributes() -> Dataset:
    """Request Attributes: IDs (Type 1C), a standard reason and free text three levels deep."""
    comment = Dataset()
    comment.RelationshipType, comment.ValueType = "CONTAINS", "CODE"
    comment.ConceptNameCodeSequence = Sequence([_code("121071", "DCM", "Finding")])
    comment.ConceptCodeSequence = Sequence(
        [_code("X1", "99LOCAL", "Mrs Wang said on 12/03/1958 she lives in Hangzhou")]
    )
    request = Dataset()
    request.RequestedProcedureID = "RP12345"
    request.ScheduledProcedureStepID = "SPS98765"
    request.AccessionNumber = "A7788123"
    request.ReasonForRequestedProcedureCodeSequence = Sequence(
        [_code("363418001", "SCT", "Malignant tumor of pancreas")]
    )
    request.ContentSequence = Sequence([comment])
    return request


def _all_text(ds: Dataset) -> str:
    from casereview.dicom.deid import iter_elements

    return " ".join(
        str(element.value)
        for _, element in iter_elements(ds)
        if element.VR in ("LO", "SH", "ST", "LT", "UT", "UC", "PN", "CS", "DA")
    )


def test_free_text_three_levels_deep_is_cleaned_and_standard_meanings_kept() -> None:
    ds = _wang_ct()
    ds.RequestAttributesSequence = Sequence([_request_attributes()])
    deid = Deidentifier(DeidOptions(), b"s" * 32)
    out = deid.apply(ds, deid.pseudonym_for("x"))
    request = out.RequestAttributesSequence[0]
    item = request.ContentSequence[0]
    local = item.ConceptCodeSequence[0]
    assert local.CodingSchemeDesignator == "99LOCAL"
    for word in ("Wang", "Mrs", "1958", "Hangzhou", "said"):
        assert word not in str(local.CodeMeaning)
    assert item.ConceptNameCodeSequence[0].CodeMeaning == "Finding"
    reason = request.ReasonForRequestedProcedureCodeSequence[0]
    assert (reason.CodeValue, reason.CodeMeaning) == ("363418001", "Malignant tumor of pancreas")
    text = _all_text(out)
    for form in ("Wang", "王丽", "ZJ0012345", "A7788123", "19580312", "Lily"):
        assert form not in text


def test_required_ids_in_request_attributes_get_dummies() -> None:
    ds = _ct()
    ds.RequestAttributesSequence = Sequence([_request_attributes()])
    deid = Deidentifier(DeidOptions(), b"s" * 32)
    request = deid.apply(ds, deid.pseudonym_for("x")).RequestAttributesSequence[0]
    assert request.ScheduledProcedureStepID and request.ScheduledProcedureStepID != "SPS98765"
    assert request.RequestedProcedureID and request.RequestedProcedureID != "RP12345"
    assert "AccessionNumber" not in request or not request.AccessionNumber


def test_a_cleaned_type1_descriptor_keeps_a_value() -> None:
    # Protocol Name is X/D (Type 1 in some IODs): when cleaning leaves nothing, a dummy stays.
    ds = _wang_ct()
    ds.ProtocolName = "Wang Li 12/03/1958"
    deid = Deidentifier(DeidOptions(), b"s" * 32)
    out = deid.apply(ds, deid.pseudonym_for("x"))
    assert out.ProtocolName == "REMOVED"


@pytest.mark.parametrize("written", BIRTH_DATE_FORMS)
def test_clean_descriptors_removes_dates_in_every_format(written: str) -> None:
    assert clean_text(f"Arterial {written} phase") == "Arterial phase"


@pytest.mark.parametrize(
    "text",
    ["138 0013 8000", "0571-8823-4567", "ZJ0012345", "MRN 12345678", "ID 2026 0314 77"],
)
def test_clean_descriptors_removes_phone_and_id_shaped_numbers(text: str) -> None:
    assert clean_text(f"Arterial {text}") == "Arterial"


@pytest.mark.parametrize(
    "text",
    ["CT ABDOMEN 5mm 120kV", "Portal venous phase", "Arterial 1.25 mm", "Liver segment 4 2.5 cm"],
)
def test_clinical_words_and_measurements_survive(text: str) -> None:
    assert clean_text(text) == text


def test_image_comments_lose_the_date_in_every_image() -> None:
    ds = _wang_ct()
    ds.ImageComments = "1958 03 12"
    ds.StudyDescription = "CT ABDOMEN 5mm 120kV 王丽 Wang Li"
    ds.SeriesDescription = "Portal venous phase"
    deid = Deidentifier(DeidOptions(), b"s" * 32)
    out = deid.apply(ds, deid.pseudonym_for("x"))
    assert not out.ImageComments
    assert out.StudyDescription == "CT ABDOMEN 5mm 120kV"
    assert out.SeriesDescription == "Portal venous phase"


def test_a_patient_named_like_a_clinical_word_is_still_removed() -> None:
    ds = _ct()
    ds.PatientName = "Portal^Anna"
    ds.SeriesDescription = "Portal venous phase Anna"
    deid = Deidentifier(DeidOptions(), b"s" * 32)
    assert deid.apply(ds, deid.pseudonym_for("x")).SeriesDescription == "venous phase"


def test_text_the_table_does_not_list_loses_the_patients_identity() -> None:
    # A SEG's segment label is kept by the profile; the patient's name in it is not.
    ds = _wang_ct()
    segment = Dataset()
    segment.SegmentNumber = 1
    segment.SegmentLabel = "王丽 tumour"
    segment.SegmentDescription = "Wang Li, born 12.03.1958, lesion"
    ds.SegmentSequence = Sequence([segment])
    deid = Deidentifier(DeidOptions(), b"s" * 32)
    out = deid.apply(ds, deid.pseudonym_for("x")).SegmentSequence[0]
    assert out.SegmentLabel == "[patient] tumour"
    assert "Wang" not in out.SegmentDescription and "1958" not in out.SegmentDescription
    assert "lesion" in out.SegmentDescription


def test_items_of_a_sequence_an_option_keeps_are_cleaned() -> None:
    ds = _wang_ct()
    ds.EthnicGroupCodeSequence = Sequence(
        [_code("414408004", "SCT", "Hispanic"), _code("ZJ0012345", "99HOSP", "Wang clan 1958")]
    )
    deid = Deidentifier(DeidOptions(), b"s" * 32)
    kept = deid.apply(ds, deid.pseudonym_for("x")).EthnicGroupCodeSequence
    assert len(kept) == 2
    assert kept[0].CodeMeaning == "Hispanic"
    assert "Wang" not in kept[1].CodeMeaning and kept[1].CodeValue != "ZJ0012345"


def _pdf_dataset(manufacturer: str) -> Dataset:
    from casereview import __version__

    ds = _wang_ct()
    ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.104.1"
    ds.Manufacturer, ds.SoftwareVersions = manufacturer, __version__
    ds.MIMETypeOfEncapsulatedDocument = "application/pdf"
    ds.EncapsulatedDocument = b"%PDF-1.4 Wang Li 19580312 %%EOF\n"
    ds.EncapsulatedDocumentLength = len(ds.EncapsulatedDocument)
    return ds


def test_a_document_from_elsewhere_is_replaced_and_the_exports_own_report_kept() -> None:
    deid = Deidentifier(DeidOptions(), b"s" * 32)
    foreign = deid.apply(_pdf_dataset("Other Vendor"), deid.pseudonym_for("x"))
    document = bytes(foreign.EncapsulatedDocument)
    assert document.startswith(b"%PDF-1.4") and b"Wang" not in document
    assert foreign.EncapsulatedDocumentLength == len(document.rstrip(b"\0"))
    own = deid.apply(_pdf_dataset("casereview"), deid.pseudonym_for("x"))
    assert bytes(own.EncapsulatedDocument) == b"%PDF-1.4 Wang Li 19580312 %%EOF\n"


def test_deidentifier_pickles_after_use() -> None:
    import pickle

    deid = Deidentifier(DeidOptions(), b"s" * 32)
    first = deid.apply(_wang_ct(), deid.pseudonym_for("x"))
    copy = pickle.loads(pickle.dumps(deid))
    again = copy.apply(_wang_ct(), copy.pseudonym_for("x"))
    assert again.SOPInstanceUID == first.SOPInstanceUID
    assert again.StudyDescription == first.StudyDescription


def test_a_patient_deidentified_before_keeps_the_word_case() -> None:
    # A partner's answer comes back with our pseudonym as the patient's name: "case" is a word.
    deid = Deidentifier(DeidOptions(), b"s" * 32)
    patient = deid.pseudonym_for("x")
    ds = _ct()
    ds.PatientName = f"CASE^{patient.pseudonym}"
    segment = Dataset()
    segment.SegmentLabel = "Case 3 tumour"
    ds.SegmentSequence = Sequence([segment])
    out = deid.apply(ds, patient)
    assert out.SegmentSequence[0].SegmentLabel == "Case 3 tumour"
    assert is_pseudonym_name(str(out.PatientName))
    assert not is_pseudonym_name("CASE^Wang") and not is_pseudonym_name("Wang^Li")
