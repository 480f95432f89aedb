"""An identified patient's CT series and the checks that no form of her identity left.

Used by the identity canaries (command line and service level): the images are pydicom's
CT_small restacked into a short series whose headers carry one patient's identity.
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pydicom
from pydicom.data import get_testdata_file
from pydicom.dataset import Dataset

ENGLISH_MONTHS = (
    "January February March April May June July August September October November December"
).split()
FRENCH_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()


def birth_date_forms(date: datetime.date) -> tuple[str, ...]:
    """Every way staff write ``date``: numeric orders and separators, padded or not, Chinese,
    English and French month names, with spaces."""
    y, m, d = date.year, date.month, date.day
    forms = [
        f"{y}{m:02d}{d:02d}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}/{m:02d}/{y}",
        f"{m:02d}/{d:02d}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{y}年{m}月{d}日",
        f"{y}/{m}/{d}",
        f"{d} {ENGLISH_MONTHS[m - 1]} {y}",
        f"{d} {FRENCH_MONTHS[m - 1]} {y}",
        f"{y} {m:02d} {d:02d}",
        f"{d}/{m}/{y}",
        f"{m}/{d}/{y}",
        f"{y}-{m}-{d}",
        f"{d}.{m}.{y}",
    ]
    return tuple(dict.fromkeys(forms))


@dataclass(frozen=True)
class Patient:
    """One identified patient as the headers carry her (or him)."""

    name: str  # DICOM PN, all groups ("Wang^Li=王^丽")
    patient_id: str
    birth_date: datetime.date
    accession: str
    series_uid: str
    study_uid: str

    @property
    def latin_parts(self) -> tuple[str, ...]:
        return tuple(p for p in re.split(r"[\^= ]+", self.name.split("=")[0]) if p)

    @property
    def cjk_name(self) -> str:
        groups = self.name.split("=")
        return "".join(groups[1].split("^")) if len(groups) > 1 else ""

    def leaks(self, text: str) -> list[str]:
        """Identity forms in decoded ``text``: Latin name parts as whole words, the whole CJK
        name in either order, the IDs and every birth-date form (not inside longer numbers)."""
        found = [
            m.group(0)
            for part in self.latin_parts
            for m in re.finditer(rf"(?<![^\W\d_]){re.escape(part)}(?![^\W\d_])", text, re.I)
        ]
        if self.cjk_name:
            reverse = self.cjk_name[::-1] if len(self.cjk_name) == 2 else self.cjk_name
            found += re.findall(
                "|".join(re.escape(n) for n in {self.cjk_name, reverse, " ".join(self.cjk_name)}),
                text,
            )
        for form in (self.patient_id, self.accession, *birth_date_forms(self.birth_date)):
            found += re.findall(rf"(?<!\d){re.escape(form)}(?!\d)", text, re.I)
        return found


def identified_ct_series(
    folder: Path, patient: Patient, extra: dict[str, str] | None = None
) -> None:
    """Four CT slices (pydicom's CT_small, restacked) with ``patient``'s identity."""
    source = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    folder.mkdir(parents=True)
    for number in range(1, 5):
        ds = source.copy()
        for element in list(ds):
            if element.tag.is_private:
                del ds[element.tag]
        ds.SpecificCharacterSet = "ISO_IR 192"
        ds.PatientName = patient.name
        ds.PatientID = patient.patient_id
        ds.PatientBirthDate = patient.birth_date.strftime("%Y%m%d")
        ds.AccessionNumber = patient.accession
        ds.StudyDate = ds.SeriesDate = ds.AcquisitionDate = ds.ContentDate = "20261001"
        ds.StudyDescription = "CT pancreas"
        ds.SeriesDescription = "Portal venous 5mm"
        for keyword, value in (extra or {}).items():
            setattr(ds, keyword, value)
        ds.StudyInstanceUID = patient.study_uid
        ds.SeriesInstanceUID = patient.series_uid
        ds.SOPInstanceUID = f"{patient.series_uid}.{number}"
        ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        ds.FrameOfReferenceUID = f"{patient.study_uid}.9"
        ds.InstanceNumber = number
        ds.ImagePositionPatient = [-158.135803, -179.035797, -75.7 + 5.0 * number]
        ds.SliceLocation = -75.7 + 5.0 * number
        ds.save_as(folder / f"slice{number}.dcm", enforce_file_format=True)


def dataset_texts(ds: Dataset) -> Iterator[str]:
    """Every decoded value of a dataset, nested sequences included, as text."""
    for element in ds:
        if element.VR == "SQ":
            for item in element.value or ():
                yield from dataset_texts(item)
        elif element.VR in ("OB", "OW", "UN", "OF", "OD", "OL", "OV"):
            continue
        elif element.value is not None:
            yield str(element.value)


def pdf_text(data: bytes) -> str:
    """The text pypdf extracts from every page of a PDF."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def encodings(form: str) -> list[bytes]:
    """``form`` in every encoding a package could store it in (DICOM and JSON text)."""
    found = [form.encode("utf-8"), form.encode("utf-16-le"), form.encode("utf-16-be")]
    try:
        found.append(form.encode("gb18030"))
    except UnicodeEncodeError:
        pass
    return list(dict.fromkeys(found))


def package_texts(package: Path) -> Iterator[tuple[str, str]]:
    """``(where, text)`` for every entry name, text entry, decoded DICOM value and PDF text."""
    with zipfile.ZipFile(package) as archive:
        for info in archive.infolist():
            yield f"<name {info.filename}>", info.filename
            data = archive.read(info)
            if info.filename.endswith((".json", ".TXT", ".HTM")):
                # Markup is not text ("<li>" is HTML, not a name).
                yield info.filename, re.sub(r"<[^>]*>", " ", data.decode("utf-8"))
            elif info.filename.startswith("DICOM/") and not info.filename.endswith("DICOMDIR"):
                ds = pydicom.dcmread(io.BytesIO(data))
                for text in dataset_texts(ds):
                    yield info.filename, text
                if "EncapsulatedDocument" in ds:
                    yield f"{info.filename} (PDF text)", pdf_text(ds.EncapsulatedDocument)


def raw_leaks(package: Path, forms: Sequence[str]) -> list[tuple[str, str]]:
    """Forms found as bytes (any encoding, 4 bytes or more) in the raw zip or in any entry."""
    chunks = [("<raw zip>", package.read_bytes())]
    with zipfile.ZipFile(package) as archive:
        chunks += [(info.filename, archive.read(info)) for info in archive.infolist()]
    return [
        (where, form)
        for where, data in chunks
        for form in forms
        for encoded in encodings(form)
        if len(encoded) >= 4 and encoded in data
    ]
