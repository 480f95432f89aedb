"""Import benchmark: casereview's DICOM import against raw reads and a bare pydicom loop.

Generates a tree of CT files (512x512, 16-bit, several series in nested folders), then measures
on the same files in the same run:
  (a) reading every byte (``Path.read_bytes``),
  (b) a bare single-process ``pydicom.dcmread(stop_before_pixels=True)`` loop,
  (c) casereview's import into a fresh SQLite database (parallel scan, batched writes),
  (d) casereview's re-import of the unchanged tree.
Targets: (c) at least 1.5x the files/s of (b); (d) at least 10x faster than (c).

Run: ``.venv/bin/python benchmarks/bench_index.py [--files N]``.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import numpy as np
import pydicom
from pydicom.dataset import FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid

from casereview.domain.users import Role, User
from casereview.services.indexing import import_paths
from casereview.services.users import ensure_user
from casereview.store.database import open_database
from casereview.store.engine import sqlite_url_for_path

SLICES_PER_SERIES = 250


def _add_scanner_attributes(ds: pydicom.Dataset, number: int) -> None:
    """The acquisition, equipment and private attributes a real CT export carries.

    A bare header parse costs in proportion to the header; headers of scanner exports hold
    around a hundred elements, sequences and private blocks, not the dozen the index needs.
    """
    ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
    ds.InstanceCreationDate, ds.InstanceCreationTime = "20260314", "101522.123"
    ds.StudyDate = ds.SeriesDate = ds.AcquisitionDate = ds.ContentDate = "20260314"
    ds.StudyTime = ds.SeriesTime = ds.AcquisitionTime = ds.ContentTime = "101500"
    ds.AccessionNumber, ds.StudyID, ds.AcquisitionNumber = "ACC0042", "42", 1
    ds.Manufacturer, ds.ManufacturerModelName = "casereview bench", "Synthetic 128"
    ds.InstitutionName, ds.StationName = "Bench Hospital", "CT01"
    ds.InstitutionAddress = "1 Bench Street, Benchtown"
    ds.ReferringPhysicianName, ds.OperatorsName = "REF^Doctor", "OPS^Tech"
    ds.StudyDescription, ds.SeriesDescription = "CT ABDOMEN", "Portal venous 1.25 mm"
    ds.PatientBirthDate, ds.PatientSex, ds.PatientAge = "19580312", "F", "068Y"
    ds.PatientSize, ds.PatientWeight = 1.65, 62.0
    ds.BodyPartExamined, ds.ScanOptions, ds.SliceLocation = "ABDOMEN", "HELICAL", -1.25 * number
    ds.KVP, ds.DataCollectionDiameter, ds.ReconstructionDiameter = 120, 500.0, 384.0
    ds.DistanceSourceToDetector, ds.DistanceSourceToPatient = 1085.6, 595.0
    ds.GantryDetectorTilt, ds.TableHeight, ds.RotationDirection = 0.0, 160.0, "CW"
    ds.ExposureTime, ds.XRayTubeCurrent, ds.Exposure = 500, 220, 110
    ds.FilterType, ds.GeneratorPower, ds.FocalSpots = "BODY", 26, 1.2
    ds.ConvolutionKernel, ds.PatientPosition = "STANDARD", "FFS"
    ds.ContrastBolusAgent, ds.ContrastBolusRoute = "Iohexol 350", "IV"
    ds.ContrastBolusVolume, ds.ContrastFlowRate = 100.0, 4.0
    ds.SpiralPitchFactor, ds.TotalCollimationWidth = 0.984, 40.0
    ds.FrameOfReferenceUID = "1.2.826.0.1.3680043.10.511.7"
    ds.PositionReferenceIndicator = "SN"
    ds.WindowCenter, ds.WindowWidth = [40, 400], [400, 1500]
    ds.WindowCenterWidthExplanation = ["ABDOMEN", "BONE"]
    ds.LossyImageCompression = "00"
    ds.SoftwareVersions, ds.DeviceSerialNumber = "bench 1.0", "000042"
    referenced = pydicom.Dataset()
    referenced.ReferencedSOPClassUID = CTImageStorage
    referenced.ReferencedSOPInstanceUID = ds.SOPInstanceUID
    ds.ReferencedImageSequence = [referenced]
    code = pydicom.Dataset()
    code.CodeValue, code.CodingSchemeDesignator, code.CodeMeaning = "CTABD", "99LOCAL", "CT abdomen"
    ds.ProcedureCodeSequence = [code]
    ds.RequestAttributesSequence = [pydicom.Dataset()]
    ds.RequestAttributesSequence[0].RequestedProcedureID = "RP42"
    ds.RequestAttributesSequence[0].ScheduledProcedureStepID = "SPS42"
    block = ds.private_block(0x0043, "casereview bench private", create=True)
    for offset in range(0x10, 0x40):
        block.add_new(offset, "DS", str(offset * 1.5))
    block.add_new(0x40, "OB", bytes(1024))


def generate_tree(root: Path, count: int) -> list[Path]:
    rng = np.random.default_rng(7)
    pixels = (rng.normal(40, 15, (512, 512)) + 1024).clip(0, 4095).astype(np.uint16)
    paths = []
    study_uid = generate_uid()
    series_uid = ""
    for number in range(count):
        if number % SLICES_PER_SERIES == 0:
            series_uid = generate_uid()
        meta = FileMetaDataset()
        meta.MediaStorageSOPClassUID = CTImageStorage
        meta.MediaStorageSOPInstanceUID = generate_uid()
        meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds = pydicom.Dataset()
        ds.file_meta = meta
        ds.SpecificCharacterSet = "ISO_IR 100"
        ds.SOPClassUID = CTImageStorage
        ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
        ds.PatientName, ds.PatientID = "BENCH^Index", "BENCH-1"
        ds.StudyInstanceUID, ds.SeriesInstanceUID = study_uid, series_uid
        ds.Modality, ds.SeriesNumber = "CT", number // SLICES_PER_SERIES + 1
        ds.InstanceNumber = number % SLICES_PER_SERIES + 1
        ds.ImagePositionPatient = [-192.0, -192.0, -(number % SLICES_PER_SERIES) * 1.25]
        ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
        ds.PixelSpacing, ds.SliceThickness = [0.75, 0.75], 1.25
        ds.Rows = ds.Columns = 512
        ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
        ds.RescaleIntercept, ds.RescaleSlope = -1024, 1
        _add_scanner_attributes(ds, number)
        ds.PixelData = pixels.tobytes()
        folder = root / f"series{number // SLICES_PER_SERIES:02d}" / f"part{number % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"IM{number:05d}"
        ds.save_as(path, enforce_file_format=True)
        paths.append(path)
    return paths


def timed(action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="casereview-bench-index-") as tmp:
        root = Path(tmp)
        tree = root / "tree"
        paths = generate_tree(tree, args.files)
        total_mb = sum(p.stat().st_size for p in paths) / 1e6
        raw = timed(lambda: [p.read_bytes() for p in paths])
        bare = timed(lambda: [pydicom.dcmread(p, stop_before_pixels=True) for p in paths])
        database = open_database(sqlite_url_for_path(str(root / "index.sqlite")))
        ensure_user(database, User(0, "bench", "Bench", Role.OTHER))
        dirs = {"staging_dir": root / "imports", "quarantine_dir": root / "quarantine"}
        reports = []
        first = timed(lambda: reports.append(import_paths(database, [tree], "bench", **dirs)))
        again = timed(lambda: reports.append(import_paths(database, [tree], "bench", **dirs)))
        database.close()
    n = len(paths)
    assert reports[0].imported == n and reports[1].unchanged == n, "import did not index the tree"
    print(f"tree: {n} CT files, {total_mb:.0f} MB, {os.cpu_count()} cores")
    print(f"  (a) raw read of all bytes          {n / raw:8.0f} files/s")
    print(f"  (b) bare pydicom header loop        {n / bare:8.0f} files/s")
    print(
        f"  (c) casereview import               {n / first:8.0f} files/s"
        f"   = {bare / first:.2f}x (b)  (target >= 1.5x)"
    )
    print(
        f"  (d) casereview re-import unchanged  {n / again:8.0f} files/s"
        f"   = {first / again:.1f}x faster than (c)  (target >= 10x)"
    )


if __name__ == "__main__":
    main()
