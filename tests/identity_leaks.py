"""The identity canary of issue 14 for tests that export through other paths than the CLI: the
patient's images, and a checker that finds any form of her identity in a written package.

Patient "Wang^Li=王^丽", ID ZJ0012345 (issuer ZJHOSP01), born 1958-03-12, accession
ACC4471902. The checker looks in the raw zip bytes (UTF-8, UTF-16, GB18030), every entry and
entry name, every decoded DICOM value (nested sequences included) and the text of every PDF.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterator, Sequence
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
BIRTH_DATE = "19580312"
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


def package_leaks(
    package: Path,
    raw_forms: Sequence[str] = RAW_FORMS,
    find: Callable[[str], list[str]] = identity_in,
) -> list[tuple[str, str]]:
    """Every (where, form) of her identity in a written package; empty when it is clean.

    ``raw_forms`` are looked for in the bytes of the zip and of every entry, in any encoding;
    ``find`` in every decoded text (entry names, JSON, DICOM values, PDF text). Both default
    to her identity; a test of other words (a relative's name the user added) passes its own.
    """
    raw = package.read_bytes()
    leaks = [("zip bytes", form) for form in raw_forms for data in _encodings(form) if data in raw]
    with zipfile.ZipFile(package) as archive:
        for info in archive.infolist():
            leaks += [(info.filename, form) for form in find(info.filename)]
            data = archive.read(info)
            leaks += [
                (info.filename, form)
                for form in raw_forms
                for encoded in _encodings(form)
                if encoded in data
            ]
            if info.filename.endswith(".json"):
                leaks += [(info.filename, f) for f in find(data.decode("utf-8"))]
            elif info.filename.startswith("DICOM/") and not info.filename.endswith("DICOMDIR"):
                ds = pydicom.dcmread(io.BytesIO(data))
                for text in _texts_of_dataset(ds):
                    leaks += [(info.filename, f) for f in find(text)]
                if "EncapsulatedDocument" in ds:
                    pdf = _pdf_text(ds.EncapsulatedDocument)
                    leaks += [(f"{info.filename} (PDF)", f) for f in find(pdf)]
    return leaks


# -- Files on disk --------------------------------------------------------------------------

#: Every way the identity could be written down: name groups and parts as people and libraries
#: write them, the IDs with and without their letters, the birth date in common formats.
#: (The forms searched on disk and in temporary files.)
DISK_FORMS = (
    "Wang^Li",
    "Wang Li",
    "Li Wang",
    "Wang",
    "王^丽",
    "王丽",
    "丽王",
    "王 丽",
    PATIENT_ID,
    PATIENT_ID[2:],
    ACCESSION,
    ACCESSION[2:],
    BIRTH_DATE,
    "1958-03-12",
    "12/03/1958",
    "03/12/1958",
    "12.03.1958",
    "1958/03/12",
    "1958年3月12日",
    "1958年03月12日",
)

#: Data-directory entries that hold identity by design: the database and its copies (not
#: searched) and the image store (indexed copies of unpacked archives, quarantined clashes:
#: DICOM content, so only the names of its folders and files are searched).
DATABASE_ENTRIES = {"casereview.sqlite", "backups"}
DATABASE_SUFFIXES = ("-wal", "-shm", "-journal")
IMAGE_STORE = {"imports", "quarantine"}


def fullwidth(text: str) -> str:
    """ASCII letters and digits as their full-width (ideographic) forms."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def encoded_forms() -> list[bytes]:
    """Byte patterns of every identity form in every encoding a file could hold it in."""
    patterns: set[bytes] = set()
    for form in DISK_FORMS:
        for variant in {form, form.upper(), form.lower(), fullwidth(form)}:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be", "gb18030", "latin-1"):
                try:
                    patterns.add(variant.encode(encoding))
                except UnicodeEncodeError:
                    continue
            if not variant.isascii():
                # JSON's \\u escapes, Qt's ini \\x escapes and URL percent-encoding.
                patterns.add(json.dumps(variant).strip('"').encode())
                patterns.add(json.dumps(variant).strip('"').lower().encode())
                patterns.add(
                    "".join(c if c.isascii() else f"\\x{ord(c):x}" for c in variant).encode()
                )
                patterns.add("".join(f"%{b:02X}" for b in variant.encode()).encode())
    return sorted(patterns, key=len)


ENCODED_FORMS = encoded_forms()


def leaks_in(data: bytes) -> list[str]:
    """The identity forms found in ``data`` (case-insensitive for Latin script)."""
    folded = data.lower()
    return sorted({p.decode("latin-1") for p in ENCODED_FORMS if p.lower() in folded})


def _name_leaks(name: str) -> list[str]:
    """The identity forms found in a file or folder name (also full-width or accented)."""
    plain = unicodedata.normalize("NFKC", name)
    plain = "".join(c for c in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(c))
    return leaks_in(plain.encode("utf-8")) + leaks_in(name.encode("utf-8", "surrogateescape"))


def is_database(relative: Path) -> bool:
    top = relative.parts[0]
    return top in DATABASE_ENTRIES or (
        top.startswith("casereview.sqlite") and top.endswith(DATABASE_SUFFIXES)
    )


def find_leaks(root: Path, *, data_dir: bool) -> dict[str, list[str]]:
    """Every path under ``root`` whose name or content holds an identity form.

    In a data directory the database is skipped and of the image store only names count.
    """
    found: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if data_dir and is_database(relative):
            continue
        hits = _name_leaks(path.name)
        in_store = data_dir and relative.parts[0] in IMAGE_STORE
        if path.is_file() and not path.is_symlink() and not in_store:
            hits += leaks_in(path.read_bytes())
        if hits:
            found[str(relative)] = sorted(set(hits))
    return found
