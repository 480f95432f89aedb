"""Helpers that build test data (synthetic only, never real patient files)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pydicom
import pytest
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
            patient_pk,
            f"1.2.826.0.1.3680043.10.99.{patient_pk}",
            study_date="20261102",
            description="CT ABDOMEN PANCREAS",
        )
        series_pk = index.upsert_series(
            study_pk,
            f"1.2.826.0.1.3680043.10.99.{patient_pk}.1",
            modality="CT",
            series_number=3,
            description="Portal venous 1.0 mm",
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


def write_ct_file(
    path: Path,
    *,
    name: str,
    charset: str,
    sop_uid: str | None = None,
    series_uid: str = "1.2.826.0.1.3680043.10.511.1.1",
) -> None:
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


def write_ct_slices(
    folder: Path,
    *,
    slices: int = 5,
    patient_name: str = "TEST^PIXELS",
    patient_id: str = "PX-1",
    study_date: str = "20250110",
    accession: str = "ACC-1",
    modality: str = "CT",
    rows: int = 64,
    columns: int = 64,
    photometric: str = "MONOCHROME2",
    window: tuple[float, float] | None = (40.0, 400.0),
) -> list[Path]:
    """Write a synthetic CT series with pixels: a bright disc whose radius is the slice number.

    The disc lets a test tell which slice a thumbnail shows (the middle one has radius
    ``slices // 2 + 1`` × 4 pixels); a dark bar along the top row tells up from down.
    """
    study_uid, series_uid, frame_uid = generate_uid(), generate_uid(), generate_uid()
    yy, xx = np.mgrid[0:rows, 0:columns]
    paths = []
    for number in range(1, slices + 1):
        radius = 4 * number
        hu = np.full((rows, columns), -1000, dtype=np.int16)
        hu[(yy - rows / 2) ** 2 + (xx - columns / 2) ** 2 <= radius**2] = 200
        hu[:4, :] = 1000
        meta = FileMetaDataset()
        meta.MediaStorageSOPClassUID = CTImageStorage
        meta.MediaStorageSOPInstanceUID = generate_uid()
        meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds = pydicom.Dataset()
        ds.file_meta = meta
        ds.SpecificCharacterSet = "ISO_IR 192"
        ds.PatientName, ds.PatientID = patient_name, patient_id
        ds.StudyInstanceUID, ds.SeriesInstanceUID = study_uid, series_uid
        ds.SOPInstanceUID, ds.SOPClassUID = meta.MediaStorageSOPInstanceUID, CTImageStorage
        ds.StudyDate, ds.AccessionNumber, ds.Modality = study_date, accession, modality
        ds.StudyDescription, ds.SeriesDescription = "CT ABDOMEN", "Portal venous"
        ds.SeriesNumber, ds.InstanceNumber = 2, number
        ds.Rows, ds.Columns = rows, columns
        ds.PixelSpacing, ds.SliceThickness = [0.8, 0.8], 2.0
        ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
        ds.ImagePositionPatient = [0, 0, 2.0 * number]
        ds.FrameOfReferenceUID = frame_uid
        ds.PatientBirthDate, ds.PatientSex, ds.StudyTime, ds.StudyID = "19600101", "O", "", ""
        ds.ReferringPhysicianName, ds.AccessionNumber = "", accession
        ds.Manufacturer, ds.PositionReferenceIndicator = "test", ""
        ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, photometric
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 1
        ds.RescaleIntercept, ds.RescaleSlope = -1024, 1
        if window is not None:
            ds.WindowCenter, ds.WindowWidth = window
        ds.PixelData = (hu + 1024).astype(np.int16).tobytes()
        path = folder / f"slice{number:03d}.dcm"
        path.parent.mkdir(parents=True, exist_ok=True)
        ds.save_as(path, enforce_file_format=True)
        paths.append(path)
    return paths
