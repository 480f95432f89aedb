"""Loading images that are shown one by one rather than stacked into a volume.

Screenshots, dose report screens, secondary captures, ultrasound frames and lone MR or CT
slices are pictures: each file is shown as it is, in its own pixel grid. This module decodes
such a file into a :class:`SingleImage` (every frame of it), with what a 2-D view needs to
show and measure it honestly:

* grey images keep their modality values (Rescale Slope/Intercept applied) so that the window
  can be changed and a value read under the cursor; MONOCHROME1 is flagged for display;
* colour images (RGB, YBR converted to RGB, palette colour applied) are shown as they are;
* the pixel size comes from Pixel Spacing or, failing that, Imager Pixel Spacing (the size at
  the detector, which the view names); without either, measurements are in pixels and never
  called millimetres;
* where the header places the image in the patient (Image Position/Orientation Patient and a
  pixel spacing), marks are stored at their true patient (LPS) position; otherwise at the
  image's own plane coordinates (``column × size, row × size, 0``).
"""

from __future__ import annotations

import enum
import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from pydicom import dcmread
from pydicom.dataset import Dataset
from pydicom.errors import InvalidDicomError
from pydicom.pixels import apply_color_lut, pixel_array

from casereview.analysis.measurements import measure, region_sample_points
from casereview.dicom.series_examine import CONFIDENCE_NO_GEOMETRY, SeriesExamination
from casereview.dicom.thumbnail import ROBUST_PERCENTILES
from casereview.dicom.volume import PROGRESS_MESSAGE
from casereview.domain.annotations import (
    HU_UNIT,
    REGION_KINDS,
    UNIT_TEXT,
    AnnotationKind,
    ImageReference,
    Measurement,
    Point,
)
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.errors import DicomReadError
from casereview.messages import Message

#: Units of measurements made on an image without a pixel size (display forms below).
PIXEL_UNIT = "px"
PIXEL_AREA_UNIT = "px2"
#: How those units are written next to a number.
PIXEL_UNIT_TEXT = {unit: UNIT_TEXT[unit] for unit in (PIXEL_UNIT, PIXEL_AREA_UNIT)}


class SpacingSource(enum.StrEnum):
    """Where the size of a pixel comes from."""

    PIXEL_SPACING = "PixelSpacing"  #: in the patient (or the calibrated plane)
    IMAGER_PIXEL_SPACING = "ImagerPixelSpacing"  #: at the detector, not corrected for magnification
    NONE = ""  #: unknown: measurements in pixels


@dataclass(frozen=True, eq=False)
class SingleImage:
    """One DICOM file shown as a picture (all of its frames).

    Attributes
    ----------
    pixels
        Grey images: modality values as float32, ``(frames, rows, columns)``. Colour images:
        8-bit RGB, ``(frames, rows, columns, 3)``.
    colour
        Whether ``pixels`` are RGB (shown as they are, no window).
    monochrome1
        Whether low values are shown white (MONOCHROME1).
    spacing
        ``(row, column)`` pixel size in mm, or ``None`` when the file gives none.
    spacing_source
        Which attribute ``spacing`` came from.
    default_window
        ``(center, width)`` of the header, else one that spans the values (grey images).
    sop_instance_uid, series_instance_uid, frame_of_reference_uid, modality
        From the header.
    position, row_direction, column_direction
        Image Position Patient of the first pixel and the direction cosines of a row and of a
        column (LPS), when the header has them.
    """

    pixels: NDArray[np.float32] | NDArray[np.uint8]
    colour: bool
    monochrome1: bool
    spacing: tuple[float, float] | None
    spacing_source: SpacingSource
    default_window: tuple[float, float]
    sop_instance_uid: str
    series_instance_uid: str
    frame_of_reference_uid: str
    modality: str
    position: tuple[float, float, float] | None = None
    row_direction: tuple[float, float, float] | None = None
    column_direction: tuple[float, float, float] | None = None

    @property
    def frame_count(self) -> int:
        """Number of frames."""
        return int(self.pixels.shape[0])

    @property
    def rows(self) -> int:
        """Rows of a frame."""
        return int(self.pixels.shape[1])

    @property
    def columns(self) -> int:
        """Columns of a frame."""
        return int(self.pixels.shape[2])

    @property
    def in_patient(self) -> bool:
        """Whether marks are stored at true patient (LPS) positions."""
        return (
            self.position is not None
            and self.row_direction is not None
            and self.column_direction is not None
            and self.spacing is not None
        )

    def reference(self, frame: int = 0) -> ImageReference:
        """What a mark on frame ``frame`` refers to.

        The frame of reference is kept only when the marks' points are true patient positions
        (:attr:`in_patient`): otherwise they are the picture's own plane coordinates, and a
        reader of the frame of reference (a DICOM SR's 3-D coordinates) must not place them in
        the patient, nor read a length in pixels as millimetres.
        """
        return ImageReference(
            self.series_instance_uid,
            self.sop_instance_uid,
            self.frame_of_reference_uid if self.in_patient else "",
            frame + 1 if self.frame_count > 1 else None,
        )

    def value_at(self, frame: int, row: int, column: int) -> float | tuple[int, int, int] | None:
        """The value shown at a pixel (modality value, or RGB); ``None`` outside the image."""
        if not (
            0 <= frame < self.frame_count and 0 <= row < self.rows and 0 <= column < self.columns
        ):
            return None
        value = self.pixels[frame, row, column]
        if self.colour:
            red, green, blue = (int(v) for v in value)
            return (red, green, blue)
        return float(value)

    def _axes(self) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
        """Origin and the patient-space steps of one column and of one row."""
        row_size, column_size = self.spacing or (1.0, 1.0)
        if self.in_patient:
            assert self.position is not None and self.row_direction is not None
            assert self.column_direction is not None
            return (
                np.asarray(self.position, dtype=np.float64),
                np.asarray(self.row_direction, dtype=np.float64) * column_size,
                np.asarray(self.column_direction, dtype=np.float64) * row_size,
            )
        return np.zeros(3), np.array([column_size, 0.0, 0.0]), np.array([0.0, row_size, 0.0])

    def to_points(self, pixels: Sequence[tuple[float, float]]) -> tuple[Point, ...]:
        """Stored points of ``(column, row)`` pixel positions (0 = the first pixel's centre)."""
        origin, column_step, row_step = self._axes()
        points = []
        for column, row in pixels:
            x, y, z = (float(v) for v in origin + column * column_step + row * row_step)
            points.append((x, y, z))
        return tuple(points)

    def to_pixels(self, points: Sequence[Point]) -> list[tuple[float, float]]:
        """``(column, row)`` pixel positions of stored points (inverse of :meth:`to_points`)."""
        origin, column_step, row_step = self._axes()
        basis = np.stack([column_step, row_step], axis=1)  # 3x2
        offsets = np.asarray(points, dtype=np.float64).reshape(-1, 3) - origin
        solved, *_ = np.linalg.lstsq(basis, offsets.T, rcond=None)
        return [(float(c), float(r)) for c, r in solved.T]

    def measure(
        self, kind: AnnotationKind, points: Sequence[Point], frame: int = 0
    ) -> tuple[Measurement, ...]:
        """Values of a mark drawn on frame ``frame`` of this image.

        Lengths, angles and areas are in mm or, without a pixel size, in pixels (units ``px``
        and ``px2``, never ``mm``). Areas on a grey CT picture add the HU statistics inside,
        as regions on a CT volume do.

        Raises
        ------
        ValidationError
            If the geometry is invalid for the kind.
        """
        values = measure(kind, points)
        if self.spacing is None:
            units = {"mm": PIXEL_UNIT, "mm2": PIXEL_AREA_UNIT}
            values = tuple(Measurement(m.name, m.value, units.get(m.unit, m.unit)) for m in values)
        if kind in REGION_KINDS and not self.colour and self.modality.upper() == "CT":
            inside = self._values_inside(kind, points, frame)
            if inside.size:
                values += (
                    Measurement("mean", float(inside.mean()), HU_UNIT),
                    Measurement("sd", float(inside.std()), HU_UNIT),
                    Measurement("min", float(inside.min()), HU_UNIT),
                    Measurement("max", float(inside.max()), HU_UNIT),
                )
        return values

    def _values_inside(
        self, kind: AnnotationKind, points: Sequence[Point], frame: int
    ) -> NDArray[np.float32]:
        """Values at a grid of points inside a region, half a pixel apart (nearest pixel).

        Like the statistics of regions on volumes, every sample stands for the same area, so
        a pixel the outline cuts counts for the part of it that is inside.
        """
        step = (min(self.spacing) if self.spacing is not None else 1.0) / 2
        samples, _ = region_sample_points(kind, points, step)
        if not len(samples):
            return np.empty(0, dtype=np.float32)
        pixels = np.rint(np.asarray(self.to_pixels([tuple(p) for p in samples]))).astype(int)
        columns, rows = pixels[:, 0], pixels[:, 1]
        keep = (columns >= 0) & (columns < self.columns) & (rows >= 0) & (rows < self.rows)
        values: NDArray[np.float32] = self.pixels[frame][rows[keep], columns[keep]]
        return values


def _first_float(value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        if not isinstance(value, (str, bytes)) and hasattr(value, "__len__"):
            value = value[0] if len(value) else None
        number = float(value) if value is not None else math.nan
    except (TypeError, ValueError, IndexError):
        return None
    return number if math.isfinite(number) else None


def _floats(value: Any, count: int) -> tuple[float, ...] | None:
    try:
        numbers = tuple(float(v) for v in value)
    except (TypeError, ValueError):
        return None
    if len(numbers) != count or not all(math.isfinite(v) for v in numbers):
        return None
    return numbers


def _item(ds: Dataset, sequence: str) -> Dataset | None:
    """The shared functional group item of an enhanced image (first frame's otherwise)."""
    for groups_keyword in ("SharedFunctionalGroupsSequence", "PerFrameFunctionalGroupsSequence"):
        groups = ds.get(groups_keyword)
        if groups:
            items = groups[0].get(sequence)
            if items:
                item: Dataset = items[0]
                return item
    return None


def _spacing(ds: Dataset) -> tuple[tuple[float, float] | None, SpacingSource]:
    measures = _item(ds, "PixelMeasuresSequence")
    for holder, keyword, source in (
        (measures, "PixelSpacing", SpacingSource.PIXEL_SPACING),
        (ds, "PixelSpacing", SpacingSource.PIXEL_SPACING),
        (ds, "ImagerPixelSpacing", SpacingSource.IMAGER_PIXEL_SPACING),
    ):
        if holder is None:
            continue
        values = _floats(holder.get(keyword) or (), 2)
        if values is not None and min(values) > 0:
            return (values[0], values[1]), source
    return None, SpacingSource.NONE


Triple = tuple[float, float, float]


def _placement(ds: Dataset) -> tuple[Triple | None, Triple | None, Triple | None]:
    """Image Position Patient and the row and column direction cosines, where usable."""
    position_item = _item(ds, "PlanePositionSequence") or ds
    orientation_item = _item(ds, "PlaneOrientationSequence") or ds
    position = _floats(position_item.get("ImagePositionPatient") or (), 3)
    orientation = _floats(orientation_item.get("ImageOrientationPatient") or (), 6)
    placed = None if position is None else (position[0], position[1], position[2])
    if orientation is None:
        return placed, None, None
    row = (orientation[0], orientation[1], orientation[2])
    column = (orientation[3], orientation[4], orientation[5])
    if abs(np.linalg.norm(row) - 1) > 0.01 or abs(np.linalg.norm(column) - 1) > 0.01:
        return placed, None, None
    return placed, row, column


def _rescaled(stored: NDArray[Any], ds: Dataset) -> NDArray[np.float32]:
    source: Dataset = ds
    if "RescaleSlope" not in ds and "RescaleIntercept" not in ds:
        source = _item(ds, "PixelValueTransformationSequence") or ds
    slope = _first_float(source.get("RescaleSlope"))
    intercept = _first_float(source.get("RescaleIntercept"))
    values = stored.astype(np.float32)
    if slope is not None and slope != 0 and slope != 1:
        values *= np.float32(slope)
    if intercept:
        values += np.float32(intercept)
    return values


def _window(values: NDArray[np.float32], ds: Dataset) -> tuple[float, float]:
    source: Dataset = ds
    if "WindowCenter" not in ds:
        source = _item(ds, "FrameVOILUTSequence") or ds
    center = _first_float(source.get("WindowCenter"))
    width = _first_float(source.get("WindowWidth"))
    if center is not None and width is not None and width >= 1:
        return center, width
    low, high = (float(v) for v in np.percentile(values, ROBUST_PERCENTILES))
    if high <= low:
        low, high = float(values.min()), float(values.max())
    return (low + high) / 2.0, max(high - low, 1.0)


def _unreadable(path: Path, exc: BaseException) -> DicomReadError:
    return DicomReadError(
        Message(
            "The image file {name} could not be read ({error_type}); it may be damaged. "
            "Re-send the series from the PACS.",
            name=path.name,
            error_type=type(exc).__name__,
        )
    )


def load_single_image(path: Path) -> SingleImage:
    """Decode one DICOM image file, every frame, for showing and measuring it as a picture.

    Parameters
    ----------
    path
        A DICOM file with pixel data.

    Returns
    -------
    SingleImage
        The frames with the values, pixel size and placement the header gives.

    Raises
    ------
    DicomReadError
        If the file is not readable DICOM, holds no image, or its pixels cannot be decoded
        (the message names the file and what to do).
    """
    try:
        with warnings.catch_warnings():
            # Recoverable header oddities are normal in the wild; only failures matter here.
            warnings.simplefilter("ignore")
            header = dcmread(path, stop_before_pixels=True)
    except (InvalidDicomError, OSError, EOFError, ValueError, KeyError, TypeError) as exc:
        raise _unreadable(path, exc) from exc
    if "Rows" not in header or "Columns" not in header or "BitsAllocated" not in header:
        raise DicomReadError(
            Message(
                "The file {name} holds no image (for example a report), so there is nothing "
                "to show.",
                name=path.name,
            )
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            stored = pixel_array(str(path))
    except Exception as exc:  # decoders raise many types; all mean "cannot show these pixels"
        meta = getattr(header, "file_meta", None)
        syntax = meta.get("TransferSyntaxUID") if meta is not None else None
        raise DicomReadError(
            Message(
                "The pixels of {name} could not be decoded (transfer syntax {syntax}: "
                "{error_type}). Reinstall casereview (it brings the image decoders) or ask "
                "the sender for an uncompressed export.",
                name=path.name,
                syntax=getattr(syntax, "name", "") or str(syntax or "unknown"),
                error_type=type(exc).__name__,
            )
        ) from exc
    photometric = str(header.get("PhotometricInterpretation", "")).upper()
    samples = int(header.get("SamplesPerPixel", 1) or 1)
    frames = int(_first_float(header.get("NumberOfFrames")) or 1)
    if photometric == "PALETTE COLOR":
        try:
            stored = apply_color_lut(stored, header)
        except Exception as exc:
            raise DicomReadError(
                Message(
                    "The colour palette of {name} is damaged; the image cannot be shown.",
                    name=path.name,
                )
            ) from exc
        samples = 3
    colour = samples == 3
    # One frame decodes without the frame axis: give every image the same shape.
    if stored.ndim == (3 if colour else 2):
        stored = stored[np.newaxis]
    if stored.shape[0] != frames and frames == 1:
        frames = int(stored.shape[0])
    pixels: NDArray[np.float32] | NDArray[np.uint8]
    if colour:
        if stored.dtype != np.uint8:
            # 16-bit palettes and colour: scaled to the 8 bits a screen shows.
            top = float(stored.max()) or 1.0
            stored = np.clip(np.rint(stored.astype(np.float32) * (255.0 / top)), 0, 255)
        pixels = np.ascontiguousarray(stored, dtype=np.uint8)
        window = (127.5, 255.0)
    else:
        pixels = np.ascontiguousarray(_rescaled(stored, header))
        window = _window(pixels, header)
    spacing, source = _spacing(header)
    position, row_direction, column_direction = _placement(header)
    return SingleImage(
        pixels=pixels,
        colour=colour,
        monochrome1=photometric == "MONOCHROME1",
        spacing=spacing,
        spacing_source=source,
        default_window=window,
        sop_instance_uid=str(header.get("SOPInstanceUID", "")),
        series_instance_uid=str(header.get("SeriesInstanceUID", "")),
        frame_of_reference_uid=str(header.get("FrameOfReferenceUID", "") or ""),
        modality=str(header.get("Modality", "") or ""),
        position=position,
        row_direction=row_direction,
        column_direction=column_direction,
    )


@dataclass(frozen=True, eq=False)
class SeriesPictures:
    """The pictures of a series that holds no volume, in series order.

    Attributes
    ----------
    images
        One per file that could be decoded.
    warnings
        What the user must know (files left out and why).
    """

    images: tuple[SingleImage, ...]
    warnings: tuple[str, ...] = ()

    @property
    def frame_count(self) -> int:
        """Frames of all images together (what the view pages through)."""
        return sum(image.frame_count for image in self.images)

    def frame(self, index: int) -> tuple[SingleImage, int]:
        """The image and its frame shown at page ``index`` (0-based, over all images).

        Raises
        ------
        IndexError
            If there is no such page.
        """
        if index >= 0:
            for image in self.images:
                if index < image.frame_count:
                    return image, index
                index -= image.frame_count
        raise IndexError("no such frame")


def picture_files(examination: SeriesExamination) -> list[Path] | None:
    """The files of a series to show as pictures, or ``None`` when it holds a volume.

    A series shows as pictures when no part of it stacks into a volume, or when its best part
    is one image, or the frames of one file, without any position in the patient (a screenshot
    or an ultrasound cine would otherwise become a flat or guessed volume).

    Parameters
    ----------
    examination
        What :func:`casereview.dicom.series_examine.examine_records` found.

    Returns
    -------
    list of Path or None
        Files in series order (each once), or ``None`` to load the series as a volume.
    """
    parts = examination.loadables
    if parts:
        best = parts[0]
        guessed_from_one_file = best.confidence <= CONFIDENCE_NO_GEOMETRY and len(best.files) == 1
        if len(best.frames) > 1 and not guessed_from_one_file:
            return None
        files = [path for part in parts for path in part.files]
    else:
        files = []
    files.extend(examination.images)
    return list(dict.fromkeys(files)) or None


def load_pictures(
    paths: Sequence[Path],
    *,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
) -> SeriesPictures:
    """Decode the picture files of a series (a damaged one is left out with a warning).

    Parameters
    ----------
    paths
        The files, in the order to show them.
    progress
        Receives ``(done, total, "Loading images")``.
    cancel
        Checked between files.

    Returns
    -------
    SeriesPictures
        The images that could be decoded.

    Raises
    ------
    DicomReadError
        If none of the files could be shown (the first file's reason).
    OperationCancelled
        If cancelled.
    """
    images: list[SingleImage] = []
    errors: list[DicomReadError] = []
    for done, path in enumerate(paths):
        if cancel is not None:
            cancel.raise_if_cancelled()
        progress(done, len(paths), PROGRESS_MESSAGE)
        try:
            images.append(load_single_image(path))
        except DicomReadError as exc:
            errors.append(exc)
    progress(len(paths), len(paths), PROGRESS_MESSAGE)
    if not images:
        if errors:
            raise errors[0]
        raise DicomReadError(Message("This series holds no image that can be shown."))
    warnings_out: tuple[str, ...] = ()
    if errors:
        warnings_out = (
            Message(
                "{count} image(s) of this series could not be shown and were left out ({reason}).",
                count=len(errors),
                reason=errors[0].message,
            ),
        )
    return SeriesPictures(tuple(images), warnings_out)
