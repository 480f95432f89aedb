"""Header-only reading of DICOM files into what the index stores.

Reading is tolerant: a file that cannot be indexed becomes a :class:`ScanProblem` with a reason
a user understands, never an exception.
"""

from __future__ import annotations

import hashlib
import os
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pydicom
from pydicom.errors import InvalidDicomError

_CHUNK = 1 << 20

#: Attributes the index needs; reading only these keeps header parsing fast.
_INDEX_TAGS = [
    "SpecificCharacterSet", "PatientID", "IssuerOfPatientID", "PatientName", "PatientBirthDate",
    "PatientSex", "StudyInstanceUID", "StudyDate", "StudyTime", "AccessionNumber",
    "StudyDescription", "SeriesInstanceUID", "Modality", "SeriesNumber", "SeriesDescription",
    "FrameOfReferenceUID", "SOPInstanceUID", "SOPClassUID", "InstanceNumber",
]


@dataclass(frozen=True, slots=True)
class ScannedInstance:
    """Index attributes of one readable DICOM file. Holds PHI: never log it."""

    path: str
    file_size: int
    file_mtime_ns: int
    sha256: str
    transfer_syntax_uid: str
    sop_class_uid: str
    sop_instance_uid: str
    instance_number: int | None
    patient_id: str
    issuer_of_patient_id: str
    patient_name: str
    birth_date: str
    sex: str
    study_instance_uid: str
    study_date: str
    study_time: str
    accession_number: str
    study_description: str
    series_instance_uid: str
    modality: str
    series_number: int | None
    series_description: str
    frame_of_reference_uid: str


@dataclass(frozen=True, slots=True)
class ScanProblem:
    """A file that could not be indexed, and why, in words a user understands."""

    path: str
    reason: str


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield every regular file under ``paths`` (folders recursively, sorted for stable order)."""
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    yield Path(root) / name
        elif path.is_file():
            yield path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _text(dataset: pydicom.Dataset, keyword: str) -> str:
    value = dataset.get(keyword, "")
    return "" if value is None else str(value).strip()


def _int(dataset: pydicom.Dataset, keyword: str) -> int | None:
    value = dataset.get(keyword)
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def scan_file(path: Path) -> ScannedInstance | ScanProblem:
    """Read the header of one file.

    Returns
    -------
    ScannedInstance or ScanProblem
        The index attributes, or the reason the file cannot be indexed.
    """
    try:
        stat = path.stat()
    except OSError as exc:
        return ScanProblem(str(path), f"cannot be read ({exc.strerror})")
    if stat.st_size == 0:
        return ScanProblem(str(path), "empty file")
    try:
        with warnings.catch_warnings():
            # pydicom warns about recoverable oddities (wrong VR, odd lengths); reading is
            # tolerant by design and whatever blocks indexing is reported below instead.
            warnings.simplefilter("ignore")
            dataset = pydicom.dcmread(path, stop_before_pixels=True, specific_tags=_INDEX_TAGS)
    except InvalidDicomError:
        return ScanProblem(str(path), "not a DICOM file")
    except (OSError, EOFError, ValueError, KeyError, TypeError) as exc:
        return ScanProblem(str(path), f"damaged or truncated DICOM file ({type(exc).__name__})")
    meta = dataset.file_meta
    missing = [k for k in ("SOPInstanceUID", "StudyInstanceUID", "SeriesInstanceUID") if not _text(dataset, k)]
    if missing:
        return ScanProblem(str(path), "DICOM file without " + ", ".join(missing))
    return ScannedInstance(
        path=str(path.resolve()),
        file_size=stat.st_size,
        file_mtime_ns=stat.st_mtime_ns,
        sha256=_sha256(path),
        transfer_syntax_uid=str(meta.get("TransferSyntaxUID", "")),
        sop_class_uid=_text(dataset, "SOPClassUID") or str(meta.get("MediaStorageSOPClassUID", "")),
        sop_instance_uid=_text(dataset, "SOPInstanceUID"),
        instance_number=_int(dataset, "InstanceNumber"),
        patient_id=_text(dataset, "PatientID"),
        issuer_of_patient_id=_text(dataset, "IssuerOfPatientID"),
        patient_name=_text(dataset, "PatientName"),
        birth_date=_text(dataset, "PatientBirthDate"),
        sex=_text(dataset, "PatientSex"),
        study_instance_uid=_text(dataset, "StudyInstanceUID"),
        study_date=_text(dataset, "StudyDate"),
        study_time=_text(dataset, "StudyTime"),
        accession_number=_text(dataset, "AccessionNumber"),
        study_description=_text(dataset, "StudyDescription"),
        series_instance_uid=_text(dataset, "SeriesInstanceUID"),
        modality=_text(dataset, "Modality"),
        series_number=_int(dataset, "SeriesNumber"),
        series_description=_text(dataset, "SeriesDescription"),
        frame_of_reference_uid=_text(dataset, "FrameOfReferenceUID"),
    )
