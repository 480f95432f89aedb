"""Read a single-frame CT series into a :class:`casereview.domain.volume.Volume`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from pydicom import dcmread
from pydicom.dataset import Dataset
from pydicom.errors import InvalidDicomError

from casereview.domain.volume import Volume
from casereview.errors import DicomReadError

#: Relative tolerance for "uniform" slice spacing and matching geometry between slices.
SPACING_RTOL = 0.01


def _read(path: Path) -> Dataset:
    try:
        return dcmread(path)
    except (InvalidDicomError, OSError, ValueError) as exc:
        raise DicomReadError(
            f"The file {path.name} is not a readable DICOM file ({type(exc).__name__}). "
            "Re-export the series from the PACS or remove the file from the import."
        ) from exc


def _floats(ds: Dataset, keyword: str, n: int, name: str) -> np.ndarray:
    value = ds.get(keyword)
    if value is None or len(value) != n:
        raise DicomReadError(
            f"A slice of the series has no valid {name}; the series cannot be shown in 3-D. "
            "Re-export it from the scanner or PACS."
        )
    return np.array([float(v) for v in value], dtype=np.float64)


def load_ct_volume(paths: Sequence[Path]) -> Volume:
    """Load one CT series (one file per slice) as an int16 HU volume.

    Slices are sorted by the projection of ImagePositionPatient on the slice normal (the
    cross product of the ImageOrientationPatient row and column directions), so file names
    and InstanceNumber do not matter. Stored values are converted exactly: with slope 1 and
    an integer intercept the intercept is added in integer arithmetic; other rescales go
    through float32 and are rounded.

    Parameters
    ----------
    paths
        The files of the series (at least two).

    Returns
    -------
    Volume
        HU array ``(slice, row, column)``, spacing, origin and direction.

    Raises
    ------
    casereview.errors.DicomReadError
        Unreadable files, mixed series, non-uniform slice spacing, differing slice geometry,
        or values that do not fit in 16 bits.
    """
    if len(paths) < 2:
        raise DicomReadError("A 3-D CT volume needs at least two slices; this series has fewer.")
    datasets = [_read(Path(p)) for p in paths]
    first = datasets[0]
    series = {str(ds.get("SeriesInstanceUID", "")) for ds in datasets}
    if len(series) != 1:
        raise DicomReadError(
            "The selected files belong to more than one series. Select the files of one series."
        )
    iop = _floats(first, "ImageOrientationPatient", 6, "image orientation")
    row_dir, col_dir = iop[:3], iop[3:]
    normal = np.cross(row_dir, col_dir)
    if not np.isclose(np.linalg.norm(normal), 1.0, atol=1e-3):
        raise DicomReadError(
            "The slice orientation in this series is invalid (row and column directions are "
            "not perpendicular unit vectors). Re-export the series."
        )
    rows, cols = int(first.Rows), int(first.Columns)
    pixel_spacing = _floats(first, "PixelSpacing", 2, "pixel spacing")
    positions = []
    for ds in datasets:
        if not np.allclose(_floats(ds, "ImageOrientationPatient", 6, "image orientation"), iop, atol=1e-4):
            raise DicomReadError(
                "The slices of this series are not all parallel (gantry tilt changes or a "
                "localizer is mixed in). Select a single axial series."
            )
        if int(ds.Rows) != rows or int(ds.Columns) != cols:
            raise DicomReadError("The slices of this series differ in size; it cannot be stacked.")
        positions.append(_floats(ds, "ImagePositionPatient", 3, "image position"))
    pos = np.array(positions)
    order = np.argsort(pos @ normal, kind="stable")
    along = (pos @ normal)[order]
    gaps = np.diff(along)
    step = float(np.median(gaps))
    if step <= 0 or not np.allclose(gaps, step, rtol=SPACING_RTOL, atol=1e-3):
        raise DicomReadError(
            "The slices of this series are not evenly spaced (missing or duplicated slices). "
            "Re-send the complete series from the PACS."
        )
    hu = np.empty((len(datasets), rows, cols), dtype=np.int16)
    for out_index, src in enumerate(order):
        ds = datasets[src]
        stored = ds.pixel_array
        slope = float(ds.get("RescaleSlope", 1.0))
        intercept = float(ds.get("RescaleIntercept", 0.0))
        if slope == 1.0 and intercept.is_integer():
            lo = int(stored.min()) + int(intercept)
            hi = int(stored.max()) + int(intercept)
            if lo < -32768 or hi > 32767:
                raise DicomReadError(
                    "A slice holds values outside the range of CT numbers; the series "
                    "looks corrupt. Re-export it."
                )
            target = hu[out_index]
            if int(stored.max()) <= 32767 and int(stored.min()) >= -32768:
                target[...] = stored  # in int16 range, so the narrowing cast is exact
                target += np.int16(intercept)
            else:
                target[...] = stored.astype(np.int32) + int(intercept)
        else:
            scaled = stored.astype(np.float32) * np.float32(slope) + np.float32(intercept)
            hu[out_index] = np.clip(np.rint(scaled), -32768, 32767).astype(np.int16)
    direction = np.stack([row_dir, col_dir, normal], axis=1)
    return Volume(
        voxels=hu,
        spacing=(step, float(pixel_spacing[0]), float(pixel_spacing[1])),
        origin=tuple(float(v) for v in pos[order[0]]),  # type: ignore[arg-type]
        direction=direction,
        sop_instance_uids=tuple(str(datasets[i].SOPInstanceUID) for i in order),
        series_instance_uid=series.pop(),
        frame_of_reference_uid=str(first.get("FrameOfReferenceUID", "")),
        modality=str(first.get("Modality", "")),
    )
