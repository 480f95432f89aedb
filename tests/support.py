"""Helpers that build test data (synthetic only, never real patient files)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import pydicom
from pydicom.dataset import FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid

from casereview.store.database import Database
from casereview.store.repositories import IndexRepository


#: ``make test`` sets this: a missing external tool or server fails the run instead of skipping.
STRICT_ENV = "CASEREVIEW_STRICT_TOOLS"


def require_tool(command: str, debian_package: str) -> str:
    """Return the path of ``command``; skip the test without it, or fail under ``make test``."""
    found = shutil.which(command)
    if found:
        return found
    message = f"{command} is not installed (Debian package {debian_package})"
    if os.environ.get(STRICT_ENV) == "1":
        pytest.fail(message + "; make test installs it.")
    pytest.skip(message)


def import_dirs(root: Path) -> dict[str, Path]:
    """Keyword arguments ``staging_dir`` and ``quarantine_dir`` for an import under ``root``."""
    return {"staging_dir": root / "imports", "quarantine_dir": root / "quarantine"}


def add_sample_imaging(
    database: Database,
    folder: Path,
    *,
    patient_name: str = "DOE^JANE",
    patient_id: str = "PID-0001",
    files: int = 3,
) -> dict[str, int]:
    """Index one patient with one CT study and series whose instances are real files.

    The files hold arbitrary bytes: the index only needs path, size, time and hash here
    (DICOM content arrives with the ingest issue's tests).

    Returns
    -------
    dict
        Internal ids: ``patient``, ``study``, ``series``.
    """
    from casereview.domain.index import InstanceRecord
    from casereview.services.integrity import file_sha256

    folder.mkdir(parents=True, exist_ok=True)
    with database.writing() as session:
        index = IndexRepository(session)
        patient_pk, _ = index.upsert_patient(
            patient_id, patient_name=patient_name, birth_date="19580312", sex="F"
        )
        study_pk = index.upsert_study(
            patient_pk, f"1.2.826.0.1.3680043.10.99.{patient_pk}", study_date="20261102",
            description="CT ABDOMEN PANCREAS",
        )
        series_pk = index.upsert_series(
            study_pk, f"1.2.826.0.1.3680043.10.99.{patient_pk}.1", modality="CT",
            series_number=3, description="Portal venous 1.0 mm",
        )
        for number in range(1, files + 1):
            path = folder / f"IM{patient_pk:03d}{number:04d}.dcm"
            path.write_bytes(f"sample {patient_pk} {number}".encode() * 100)
            stat = path.stat()
            index.add_instance(
                series_pk,
                InstanceRecord(
                    sop_instance_uid=f"1.2.826.0.1.3680043.10.99.{patient_pk}.1.{number}",
                    sop_class_uid="1.2.840.10008.5.1.4.1.1.2",
                    transfer_syntax_uid="1.2.840.10008.1.2.1",
                    file_path=str(path),
                    file_size=stat.st_size,
                    file_mtime_ns=stat.st_mtime_ns,
                    sha256=file_sha256(path),
                    instance_number=number,
                ),
            )
    return {"patient": patient_pk, "study": study_pk, "series": series_pk}


def write_ct_file(path: Path, *, name: str, charset: str, sop_uid: str | None = None,
              series_uid: str = "1.2.826.0.1.3680043.10.511.1.1") -> None:
    """Write a minimal CT header (no pixels) with a patient name in ``charset``."""
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = CTImageStorage
    meta.MediaStorageSOPInstanceUID = sop_uid or generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = pydicom.Dataset()
    ds.file_meta = meta
    ds.SpecificCharacterSet = charset
    ds.PatientName = name
    ds.PatientID = "CHARSET-1"
    ds.StudyInstanceUID = "1.2.826.0.1.3680043.10.511.1"
    ds.SeriesInstanceUID = series_uid
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.SOPClassUID = CTImageStorage
    ds.Modality = "CT"
    ds.SeriesNumber = 4
    ds.InstanceNumber = 1
    path.parent.mkdir(parents=True, exist_ok=True)
    ds.save_as(path, enforce_file_format=True)
