"""Removing burned-in text from an image's pixels before it leaves the hospital.

Secondary captures, ultrasound and screenshots often show the patient's name or ID in the
pixels, which no header profile reaches. The user marks rectangles over that text; here they
are filled with black in every frame and the image is rewritten uncompressed (Explicit VR
Little Endian) with Burned In Annotation "NO". The header is de-identified afterwards like any
other image (``services.exchange``).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pydicom
from pydicom.dataset import Dataset
from pydicom.uid import ExplicitVRLittleEndian

from casereview.dicom.thumbnail import display_image
from casereview.domain.packages import RedactionRegion
from casereview.errors import DicomReadError, ValidationError
from casereview.messages import Message

#: DCM code recorded in Deidentification Method Code Sequence for a cleaned image (CID 7050).
CLEAN_PIXEL_DATA_CODE = ("113101", "Clean Pixel Data Option")

_COLOUR = ("RGB", "YBR_FULL", "YBR_FULL_422", "YBR_ICT", "YBR_RCT", "YBR_PARTIAL_420")


def check_regions(regions: Sequence[RedactionRegion], rows: int, columns: int) -> None:
    """Refuse rectangles that do not lie wholly inside an image of ``rows`` x ``columns``.

    Raises
    ------
    ValidationError
        If a rectangle reaches outside the image (nothing is cleaned then).
    """
    for region in regions:
        if region.x + region.width > columns or region.y + region.height > rows:
            raise ValidationError(
                Message(
                    (
                        "The region to clean at x={x}, y={y} ({width} x {height} pixels) "
                        "reaches outside the image, which is {columns} pixels wide and {rows} "
                        "high; draw it again inside the image."
                    ),
                    x=region.x,
                    y=region.y,
                    width=region.width,
                    height=region.height,
                    columns=columns,
                    rows=rows,
                )
            )


def _frames(ds: Dataset) -> np.ndarray:
    """All frames as (frames, rows, columns[, samples]), colour converted to RGB."""
    pixels = ds.pixel_array  # pydicom converts YCbCr to RGB for the decoders that need it
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    samples = int(ds.get("SamplesPerPixel", 1))
    single_ndim = 3 if samples > 1 else 2
    if frames == 1 and pixels.ndim == single_ndim:
        pixels = pixels[np.newaxis, ...]
    return np.ascontiguousarray(pixels)


def _black(ds: Dataset, pixels: np.ndarray) -> int | float:
    """The value that displays as black: the darkest stored value of the image."""
    photometric = str(ds.get("PhotometricInterpretation", "MONOCHROME2")).upper()
    if photometric == "MONOCHROME1":
        darkest: int | float = pixels.max().item()  # MONOCHROME1: the highest value is black
        return darkest
    if photometric in _COLOUR:
        return 0
    lowest: int | float = pixels.min().item()
    return lowest


def redact_dataset(ds: Dataset, regions: Sequence[RedactionRegion]) -> None:
    """Fill ``regions`` with black in every frame of ``ds`` and store it uncompressed.

    ``ds`` must hold its pixel data (read completely). Afterwards its transfer syntax is
    Explicit VR Little Endian, colour images are RGB with interleaved samples, Burned In
    Annotation is "NO" and the Clean Pixel Data code is requested for the de-identification
    record (see :data:`CLEAN_PIXEL_DATA_CODE`).

    Raises
    ------
    ValidationError
        If a region reaches outside the image, there are no regions, or the pixels cannot be
        decoded.
    """
    if not regions:
        raise ValidationError(Message("Mark at least one region of burned-in text to clean."))
    if "PixelData" not in ds:
        raise ValidationError(Message("This image has no pixel data to clean."))
    rows, columns = int(ds.Rows), int(ds.Columns)
    check_regions(regions, rows, columns)
    try:
        pixels = _frames(ds)
    except (ValueError, RuntimeError, NotImplementedError, AttributeError) as exc:
        raise ValidationError(
            Message(
                (
                    "The image's pixels could not be decoded to clean them ({exc}); "
                    "exclude it instead."
                ),
                exc=exc,
            )
        ) from exc
    black = _black(ds, pixels)
    for region in regions:
        pixels[:, region.y : region.y + region.height, region.x : region.x + region.width] = black
    photometric = str(ds.get("PhotometricInterpretation", "MONOCHROME2")).upper()
    if photometric in _COLOUR:
        photometric = "RGB"
    if int(ds.get("NumberOfFrames", 1) or 1) == 1:
        pixels = pixels[0]
    bits_stored = int(ds.get("BitsStored", pixels.dtype.itemsize * 8))
    bits_stored = min(bits_stored, pixels.dtype.itemsize * 8)
    # Same SOP Instance UID: references from SR, SEG and KOS keep pointing at it.
    ds.set_pixel_data(pixels, photometric, bits_stored, generate_instance_uid=False)
    if not hasattr(ds, "file_meta"):
        ds.file_meta = pydicom.dataset.FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.BurnedInAnnotation = "NO"


def mark_cleaned(ds: Dataset) -> None:
    """Add the Clean Pixel Data code to an already de-identified dataset's method record."""
    item = Dataset()
    item.CodeValue, item.CodeMeaning = CLEAN_PIXEL_DATA_CODE
    item.CodingSchemeDesignator = "DCM"
    sequence = ds.get("DeidentificationMethodCodeSequence")
    if sequence is None:
        ds.DeidentificationMethodCodeSequence = [item]
    else:
        sequence.append(item)
    ds.BurnedInAnnotation = "NO"


def display_frame(ds: Dataset) -> np.ndarray:
    """The first frame as a viewer shows it, full size, 8-bit (grey: rows x columns; colour:
    rows x columns x 3), for marking burned-in text on it.

    Raises
    ------
    ValidationError
        If the pixels cannot be decoded.
    """
    try:
        frame = _frames(ds)[0]
        return display_image(frame, ds)
    except (ValueError, RuntimeError, NotImplementedError, AttributeError, DicomReadError) as exc:
        raise ValidationError(
            Message("The image's pixels could not be decoded ({exc}).", exc=exc)
        ) from exc
