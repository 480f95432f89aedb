"""The identity canary of issue 14 for tests that export through other paths than the CLI: the
patient's images, and a checker that finds any form of her identity in a written package.

Patient "Wang^Li=王^丽", ID ZJ0012345 (issuer ZJHOSP01), born 1958-03-12, accession
ACC4471902. The checker looks in the raw zip bytes (UTF-8, UTF-16, GB18030), every entry and
entry name, every decoded DICOM value (nested sequences included) and the text of every PDF.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pydicom
from pydicom.data import get_testdata_file
from pydicom.dataset import Dataset

STUDY_UID = "1.2.826.0.1.3680043.10.1077.44.1"
SERIES_UID = "1.2.826.0.1.3680043.10.1077.44.2"
PATIENT_NAME = "Wang^Li=王^丽"
PATIENT_ID = "ZJ0012345"
ISSUER = "ZJHOSP01"
ACCESSION = "ACC4471902"
BIRTH_DATES = ("19580312", "1958-03-12", "12/03/1958", "03/12/1958", "12.03.1958", "1958年3月12日")

#: Forms long enough to look for in raw bytes, in any encoding.
RAW_FORMS = ("Wang^Li", "Wang Li", "WANG", "王丽", "丽王", "王^丽", PATIENT_ID, ISSUER, ACCESSION)
RAW_FORMS += BIRTH_DATES

_PATTERNS = [
    re.compile(r"(?<![A-Za-z])(?:wang|li)(?![A-Za-z])", re.IGNORECASE),
    re.compile("王\\s*丽|丽\\s*王|王\\^丽"),
    *(
        re.compile(rf"(?<!\d){re.escape(form)}(?!\d)", re.IGNORECASE)
        for form in (PATIENT_ID, ISSUER, ACCESSION, *BIRTH_DATES)
    ),
]


def identity_in(text: str) -> list[str]:
    """The identity forms in a decoded text (Latin names as whole words)."""
    return [m.group(0) for pattern in _PATTERNS for m in pattern.finditer(text)]


def write_identified_series(folder: Path, slices: int = 4) -> None:
    """CT slices (pydicom's CT_small, restacked) carrying her identity in their headers."""
    source = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, slices + 1):
        ds = source.copy()
        for element in list(ds):
            if element.tag.is_private:
                del ds[element.tag]
        ds.SpecificCharacterSet = "ISO_IR 192"
        ds.PatientName, ds.PatientID, ds.IssuerOfPatientID = PATIENT_NAME, PATIENT_ID, ISSUER
        ds.PatientBirthDate, ds.PatientSex, ds.AccessionNumber = "19580312", "F", ACCESSION
        ds.StudyDescription, ds.SeriesDescription = "CT pancreas", "Portal venous 5mm"
        ds.StudyInstanceUID, ds.SeriesInstanceUID = STUDY_UID, SERIES_UID
        ds.SOPInstanceUID = f"{SERIES_UID}.{number}"
        ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        ds.FrameOfReferenceUID = f"{STUDY_UID}.9"
        ds.InstanceNumber = number
        ds.ImagePositionPatient = [-158.135803, -179.035797, -75.7 + 5.0 * number]
        ds.SliceLocation = -75.7 + 5.0 * number
        ds.save_as(folder / f"slice{number}.dcm", enforce_file_format=True)


def _encodings(form: str) -> list[bytes]:
    found = [form.encode("utf-8"), form.encode("utf-16-le"), form.encode("utf-16-be")]
    try:
        found.append(form.encode("gb18030"))
    except UnicodeEncodeError:
        pass
    return [data for data in found if len(data) >= 4]


def _texts_of_dataset(ds: Dataset) -> Iterator[str]:
    for element in ds:
        if element.VR == "SQ":
            for item in element.value or ():
                yield from _texts_of_dataset(item)
        elif element.VR not in ("OB", "OW", "UN", "OF", "OD", "OL", "OV") and element.value:
            yield str(element.value)


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def package_leaks(package: Path) -> list[tuple[str, str]]:
    """Every (where, form) of her identity in a written package; empty when it is clean."""
    raw = package.read_bytes()
    leaks = [("zip bytes", form) for form in RAW_FORMS for data in _encodings(form) if data in raw]
    with zipfile.ZipFile(package) as archive:
        for info in archive.infolist():
            leaks += [(info.filename, form) for form in identity_in(info.filename)]
            data = archive.read(info)
            leaks += [
                (info.filename, form)
                for form in RAW_FORMS
                for encoded in _encodings(form)
                if encoded in data
            ]
            if info.filename.endswith(".json"):
                leaks += [(info.filename, f) for f in identity_in(data.decode("utf-8"))]
            elif info.filename.startswith("DICOM/") and not info.filename.endswith("DICOMDIR"):
                ds = pydicom.dcmread(io.BytesIO(data))
                for text in _texts_of_dataset(ds):
                    leaks += [(info.filename, f) for f in identity_in(text)]
                if "EncapsulatedDocument" in ds:
                    pdf = _pdf_text(ds.EncapsulatedDocument)
                    leaks += [(f"{info.filename} (PDF)", f) for f in identity_in(pdf)]
    return leaks
