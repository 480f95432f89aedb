"""The export's scrubbing of documents, provider objects, names and the identity forms read
from headers."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass

import pytest
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

from casereview.dicom.deid import Deidentifier
from casereview.dicom.identity_forms import identity_forms_of_dataset, parse_birth_date
from casereview.domain.identity_text import IdentityForms, TextScrubber
from casereview.domain.packages import DeidOptions
from casereview.services.exchange.scrub import (
    scrub_dataset,
    scrub_document,
    scrub_file_name,
    scrub_path,
    scrub_value,
    text_changes,
)

WANG = TextScrubber(
    IdentityForms(
        names=("Wang^Li=王^丽",),
        ids=("ZJ0012345",),
        birth_dates=(datetime.date(1958, 3, 12),),
    )
)


def _header() -> Dataset:
    ds = Dataset()
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.PatientName = "Wang^Li=王^丽=wang^li"
    ds.OtherPatientNames = ["Wang^Lily", "Chen^Li"]
    ds.PatientBirthName = "Zhang^Li"
    ds.PatientID = "ZJ0012345"
    ds.IssuerOfPatientID = "ZJHOSP"
    ds.AccessionNumber = "ACC4471902"
    ds.PatientBirthDate = "19580312"
    ds.PatientTelephoneNumbers = ["+86 571 88881234", "13800138000"]
    ds.PatientAddress = "12 Jade Road, Hangzhou"
    other = Dataset()
    other.PatientID = "OLD-778899"
    other.IssuerOfPatientID = "CITYHOSP"
    ds.OtherPatientIDsSequence = Sequence([other])
    return ds


def test_identity_forms_of_a_header_hold_every_form() -> None:
    forms = identity_forms_of_dataset(_header())
    assert forms.names == ("Wang^Li=王^丽=wang^li", "Wang^Lily", "Chen^Li", "Zhang^Li")
    assert set(forms.ids) == {
        "ZJ0012345",
        "ZJHOSP",
        "ACC4471902",
        "OLD-778899",
        "CITYHOSP",
    }
    assert forms.birth_dates == (datetime.date(1958, 3, 12),)
    assert forms.phones == ("+86 571 88881234", "13800138000")
    assert forms.addresses == ("12 Jade Road, Hangzhou",)
    scrubber = TextScrubber(forms)
    assert scrubber.clean("Lily, née Zhang, old MRN OLD-778899, mobile 138 0013 8000") == (
        "[patient], née [patient], old MRN [ID], mobile [phone]"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("19580312", datetime.date(1958, 3, 12)),
        ("1958-03-12", datetime.date(1958, 3, 12)),
        ("", None),
        ("19581332", None),
        ("1958", None),
    ],
)
def test_birth_dates_are_parsed_or_refused(value: str, expected: datetime.date | None) -> None:
    assert parse_birth_date(value) == expected


def test_document_strings_are_scrubbed_and_uids_mapped() -> None:
    deidentifier = Deidentifier(DeidOptions(), bytes(32))
    uid = "1.2.826.0.1.3680043.10.1077.19580312"
    document = {
        "uuid": "5c5a8e5e-1958-4312-8000-000000000001",
        "rationale": "Wang Li (ZJ0012345), DOB 12/03/1958: liver clear",
        "notes": [uid, 19580312, "王丽"],
        "uid": uid,
    }
    scrubbed = json.loads(scrub_document(document, deidentifier, WANG))
    assert scrubbed["uuid"] == document["uuid"]
    assert scrubbed["rationale"] == "[patient] ([ID]), DOB [date of birth]: liver clear"
    mapped, number, name = scrubbed["notes"]
    assert mapped == deidentifier.uid(uid) and mapped != uid
    assert number == 19580312  # numbers are data, not text
    assert name == "[patient]"
    assert scrubbed["uid"] == deidentifier.uid(uid)  # machine fields: UIDs still mapped


def test_keys_and_machine_values_are_the_programs_words() -> None:
    # A patient whose names are words of the documents' vocabulary.
    scrubber = TextScrubber(IdentityForms(names=("Case^Key",), ids=("LENGTH",)))
    document = {
        "schema": "casereview-case/1",
        "kind": "length",
        "orientation": "axial",
        "key": "Key Case came",
        "case": {"status": "case", "text": "Case said"},
    }
    scrubbed = json.loads(
        scrub_document(document, Deidentifier(DeidOptions(), bytes(32)), scrubber)
    )
    assert scrubbed == {
        "schema": "casereview-case/1",
        "kind": "length",
        "orientation": "axial",
        "key": "[patient] came",
        "case": {"status": "case", "text": "[patient] said"},
    }


def test_every_text_value_of_an_object_is_scrubbed_at_any_depth() -> None:
    seg = Dataset()
    seg.SeriesDescription = "Wang Li segmentation"
    seg.PatientName = "CR12345^PSEUDONYM"
    segment = Dataset()
    segment.SegmentLabel = "王丽 liver lesion"
    segment.SegmentDescription = "Mrs Wang, DOB 1958-03-12"
    code = Dataset()
    code.CodeValue = "ZJ0012345"  # a code, whatever it looks like
    code.CodingSchemeDesignator = "99WANG"
    code.CodeMeaning = "Neoplasm"
    segment.SegmentedPropertyTypeCodeSequence = Sequence([code])
    seg.SegmentSequence = Sequence([segment])
    seg.ContentLabel = "WANGLI"  # CS is a code, not text: left alone
    item = Dataset()
    item.TextValue = "Tumour of Wang Li across the SMV"
    seg.ContentSequence = Sequence([item])
    seg.StationName = "WANG"  # SH, 16 characters at most
    changed = scrub_dataset(seg, WANG)
    assert changed == 5
    assert seg.SeriesDescription == "[patient] segmentation"
    assert seg.SegmentSequence[0].SegmentLabel == "[patient] liver lesion"
    assert seg.SegmentSequence[0].SegmentDescription == "Mrs [patient], DOB [date of birth]"
    coded = seg.SegmentSequence[0].SegmentedPropertyTypeCodeSequence[0]
    assert (coded.CodeValue, coded.CodingSchemeDesignator, coded.CodeMeaning) == (
        "ZJ0012345",
        "99WANG",
        "Neoplasm",
    )
    assert seg.ContentSequence[0].TextValue == "Tumour of [patient] across the SMV"
    assert seg.StationName == "[patient]"
    assert str(seg.PatientName) == "CR12345^PSEUDONYM"


def test_a_value_that_grows_past_its_limit_is_shortened() -> None:
    ds = Dataset()
    ds.StationName = "Wang Li Wang Li"  # SH: "[patient] [patient]" would be 19 characters
    ds.add_new(0x00081010, "SH", "ok")
    scrub_dataset(ds, TextScrubber(IdentityForms(names=("Wang^Li",), extra=("ok",))))
    assert len(ds.StationName) <= 16


def test_file_names_get_portable_placeholders() -> None:
    assert scrub_file_name("wang-li-notes.json", WANG) == "patient-notes.json"
    assert scrub_file_name("19580312_report.pdf", WANG) == "date-of-birth_report.pdf"
    assert scrub_path("documents/王丽/ZJ0012345.json", WANG) == "documents/patient/id.json"
    assert scrub_path("DICOM/PT000000/ST000000", WANG) == "DICOM/PT000000/ST000000"


@dataclass(frozen=True)
class _Inner:
    text: str
    count: int


@dataclass(frozen=True)
class _Outer:
    title: str
    items: tuple[_Inner, ...]
    extra: dict[str, list[str]]


def test_nested_values_and_dataclasses_are_scrubbed() -> None:
    value = _Outer("王丽", (_Inner("Wang Li liver", 2),), {"k": ["DOB 19580312"]})
    scrubbed = scrub_value(value, WANG)
    assert scrubbed == _Outer(
        "[patient]", (_Inner("[patient] liver", 2),), {"k": ["DOB [date of birth]"]}
    )


def test_text_changes_describe_each_changed_field_for_a_clinician() -> None:
    document = {
        "schema": "casereview-decisions/1",
        "decisions": [
            {
                "uid": "1.2.3.4.5",
                "signed_at": "2026-11-03T10:00:00+00:00",
                "rationale": "Wang Li: liver clear",
                "dissent": "",
                "staging": "T2 N0",
            },
            {"created_at": "2026-11-10T09:00:00", "dissent": "王主任 disagrees"},
        ],
    }
    changes = text_changes("decisions.json", document, WANG)
    assert [(c.field, c.as_sent, c.unsure) for c in changes] == [
        ("Decision 1 of 2026-11-03 — rationale", "[patient]: liver clear", ()),
        ("Decision 2 of 2026-11-10 — dissent", "王主任 disagrees", ("王",)),
    ]
    assert changes[0].original == "Wang Li: liver clear"
    case = {"schema": "casereview-case/1", "title": "王丽", "preparations": [{"history": "ok"}]}
    assert [c.field for c in text_changes("case.json", case, WANG)] == ["Case — title"]
