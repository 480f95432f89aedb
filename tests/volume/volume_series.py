"""Generated CT series with known geometry (synthetic only) for the volume tests.

Every voxel holds a linear function of its patient position, ``HU = 2 L + 3 P + 5 S`` (mm,
rounded), so any voxel of a loaded volume can be checked against the affine: linear
interpolation (resampling) reproduces a linear function exactly, up to the rounding.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pydicom
from numpy.typing import NDArray
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid

ENHANCED_CT = "1.2.840.10008.5.1.4.1.1.2.1"
INTERCEPT = -1024
COEFFICIENTS = np.array([2.0, 3.0, 5.0])


def hu_at(points: NDArray[np.float64]) -> NDArray[np.float64]:
    """The phantom's value at LPS points ``(..., 3)``."""
    return np.rint(points @ COEFFICIENTS)


@dataclass(frozen=True)
class Series:
    """A generated series: its files and the geometry it was written with."""

    paths: list[Path]
    positions: NDArray[np.float64]  # (N, 3) per written image, in writing order
    orientation: NDArray[np.float64]  # 6
    pixel_spacing: tuple[float, float]  # (between rows, between columns)
    rows: int
    columns: int
    series_uid: str

    @property
    def row_direction(self) -> NDArray[np.float64]:
        return self.orientation[:3]

    @property
    def column_direction(self) -> NDArray[np.float64]:
        return self.orientation[3:]

    def image(self, position: Sequence[float]) -> NDArray[np.uint16]:
        """Stored values of the slice at ``position``."""
        return _pixels(
            np.asarray(position, float),
            self.orientation,
            self.pixel_spacing,
            self.rows,
            self.columns,
        )


def _pixels(
    position: NDArray[np.float64],
    orientation: NDArray[np.float64],
    spacing: tuple[float, float],
    rows: int,
    columns: int,
) -> NDArray[np.uint16]:
    j, i = np.mgrid[0:rows, 0:columns]
    points = (
        position
        + i[..., None] * spacing[1] * orientation[:3]
        + j[..., None] * spacing[0] * orientation[3:]
    )
    return (hu_at(points) - INTERCEPT).astype(np.uint16)


def _base(sop_class: str, series_uid: str, frame_of_reference: str) -> Dataset:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.PatientName, ds.PatientID = "SYNTHETIC^Volume", "SYN-VOL-1"
    ds.StudyInstanceUID = "1.2.826.0.1.3680043.10.511.900"
    ds.SeriesInstanceUID = series_uid
    ds.FrameOfReferenceUID = frame_of_reference
    ds.Modality = "CT"
    ds.SeriesNumber = 2
    ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.WindowCenter, ds.WindowWidth = 40, 400
    return ds


def write_series(
    folder: Path,
    positions: Sequence[Sequence[float]],
    *,
    orientation: Sequence[float] = (1, 0, 0, 0, 1, 0),
    pixel_spacing: tuple[float, float] = (0.8, 0.7),
    rows: int = 40,
    columns: int = 36,
    shuffle: bool = True,
    omit: Sequence[str] = (),
    seed: int = 1,
) -> Series:
    """Write one single-frame CT file per position (files named in shuffled order).

    Parameters
    ----------
    omit
        Attribute keywords to leave out of every file (e.g. ``ImagePositionPatient``).
    """
    folder.mkdir(parents=True, exist_ok=True)
    series_uid = generate_uid()
    frame_of_reference = generate_uid()
    pos = np.asarray(positions, dtype=np.float64)
    iop = np.asarray(orientation, dtype=np.float64)
    names = list(range(len(pos)))
    if shuffle:
        random.Random(seed).shuffle(names)
    paths = []
    for number, position in enumerate(pos):
        ds = _base(CTImageStorage, series_uid, frame_of_reference)
        ds.InstanceNumber = number + 1
        ds.AcquisitionNumber = 1
        ds.ImagePositionPatient = [f"{v:.6f}" for v in position]
        ds.ImageOrientationPatient = [f"{v:.8f}" for v in iop]
        ds.PixelSpacing = list(pixel_spacing)
        ds.SliceThickness = 1.0
        ds.Rows, ds.Columns = rows, columns
        ds.RescaleIntercept, ds.RescaleSlope = INTERCEPT, 1
        ds.PixelData = _pixels(position, iop, pixel_spacing, rows, columns).tobytes()
        for keyword in omit:
            if keyword in ds:
                delattr(ds, keyword)
        path = folder / f"IMG{names[number]:04d}.dcm"
        ds.save_as(path, enforce_file_format=True)
        paths.append(path)
    return Series(paths, pos, iop, pixel_spacing, rows, columns, series_uid)


def write_enhanced(
    path: Path,
    positions: Sequence[Sequence[float]],
    *,
    orientation: Sequence[float] = (1, 0, 0, 0, 1, 0),
    pixel_spacing: tuple[float, float] = (0.8, 0.7),
    rows: int = 40,
    columns: int = 36,
    frame_order: Sequence[int] | None = None,
) -> Series:
    """Write one Enhanced CT file whose frames lie at ``positions`` (stored in ``frame_order``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    series_uid = generate_uid()
    ds = _base(ENHANCED_CT, series_uid, generate_uid())
    pos = np.asarray(positions, dtype=np.float64)
    iop = np.asarray(orientation, dtype=np.float64)
    order = list(frame_order) if frame_order is not None else list(range(len(pos)))
    ds.InstanceNumber = 1
    ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL", "NONE"]
    ds.NumberOfFrames = len(order)
    ds.Rows, ds.Columns = rows, columns
    shared = Dataset()
    measures = Dataset()
    measures.PixelSpacing = list(pixel_spacing)
    measures.SliceThickness = 1.0
    shared.PixelMeasuresSequence = [measures]
    plane = Dataset()
    plane.ImageOrientationPatient = [f"{v:.8f}" for v in iop]
    shared.PlaneOrientationSequence = [plane]
    transform = Dataset()
    transform.RescaleIntercept, transform.RescaleSlope, transform.RescaleType = INTERCEPT, 1, "HU"
    shared.PixelValueTransformationSequence = [transform]
    ds.SharedFunctionalGroupsSequence = [shared]
    per_frame = []
    frames = []
    for index in order:
        item = Dataset()
        position = Dataset()
        position.ImagePositionPatient = [f"{v:.6f}" for v in pos[index]]
        item.PlanePositionSequence = [position]
        per_frame.append(item)
        frames.append(_pixels(pos[index], iop, pixel_spacing, rows, columns))
    ds.PerFrameFunctionalGroupsSequence = per_frame
    ds.PixelData = np.stack(frames).tobytes()
    ds.save_as(path, enforce_file_format=True)
    return Series([path], pos[order], iop, pixel_spacing, rows, columns, series_uid)


def axial_positions(
    count: int, step: float, start: Sequence[float] = (-14.0, -16.0, -20.0)
) -> list[list[float]]:
    """Positions of an axial stack going up (S) from ``start``."""
    return [[start[0], start[1], start[2] + k * step] for k in range(count)]


def compressed_copies(paths: Sequence[Path], folder: Path, transfer_syntax: str) -> list[Path]:
    """Copies of ``paths`` re-encoded losslessly (pydicom's encoders; GDCM for JPEG lossless)."""
    from pydicom.uid import JPEGLosslessSV1

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for path in paths:
        target = folder / path.name
        if transfer_syntax == JPEGLosslessSV1:
            import gdcm

            reader = gdcm.ImageReader()
            reader.SetFileName(str(path))
            if not reader.Read():
                raise RuntimeError(f"GDCM cannot read {path}")
            change = gdcm.ImageChangeTransferSyntax()
            syntax = gdcm.TransferSyntax(gdcm.TransferSyntax.JPEGLosslessProcess14_1)
            change.SetTransferSyntax(syntax)
            change.SetInput(reader.GetImage())
            if not change.Change():
                raise RuntimeError("GDCM could not encode JPEG lossless")
            writer = gdcm.ImageWriter()
            writer.SetFileName(str(target))
            writer.SetFile(reader.GetFile())
            writer.SetImage(change.GetOutput())
            if not writer.Write():
                raise RuntimeError(f"GDCM cannot write {target}")
        else:
            ds = pydicom.dcmread(path)
            ds.compress(transfer_syntax, generate_instance_uid=False)  # a twin: same instance
            ds.save_as(target, enforce_file_format=True)
        out.append(target)
    return out
