"""Examine the files of a series and propose what can be loaded from them as volumes.

This is the first of 3D Slicer's two loading steps: headers only, no pixels. The result says
which parts of a series stack into volumes (each a :class:`Loadable` with its slices in order,
the geometry the volume will have, a confidence and the warnings a user must see) and which
files are pictures to show as they are (localizers, secondary captures, dose screens).
:func:`casereview.dicom.volume.load_volume` then reads the pixels of the chosen part.

Geometry rules (all tolerances are named constants below):

* Slices are ordered by the projection of ImagePositionPatient on the slice normal (the cross
  product of the ImageOrientationPatient row and column directions); file names and Instance
  Numbers do not matter.
* A series is split into parts on differing orientation, matrix size or pixel spacing, and on
  differing acquisition, echo or temporal position only where those repeat slice positions
  (a helical scan whose Acquisition Number changes along the table stays one volume).
* Irregular spacing, missing slices and repeated positions become warnings, and the part is
  resampled onto a uniform grid along the slice normal (linear interpolation); gantry tilt
  becomes a warning and each slice is shifted in its plane onto a non-sheared grid, as
  dcm2niix does. Nothing is assumed silently.
* Without position or orientation the images are stacked in Instance Number order with an
  assumed spacing, a loud warning and low confidence.
"""

from __future__ import annotations

import logging
import math
import mmap
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any, cast

import numpy as np
import pydicom
from numpy.typing import NDArray
from pydicom.datadict import dictionary_VR, tag_for_keyword
from pydicom.dataset import Dataset
from pydicom.errors import InvalidDicomError
from pydicom.filebase import ReadableBuffer
from pydicom.uid import UID

from casereview.dicom.scan import READER_CRASHED, damaged_file_reason
from casereview.dicom.workers import map_in_order, run_alone
from casereview.domain.index import InstanceRecord, SeriesIdentity
from casereview.errors import DicomReadError
from casereview.library_warnings import logged_warnings
from casereview.messages import Message, joined

log = logging.getLogger(__name__)

#: Reason of a file that is readable but holds no image (a report, a presentation state).
_NO_IMAGE = Message("no image (not a picture object)")

#: Relative tolerance under which slice steps count as uniform.
SPACING_RTOL = 1e-4
#: Slices closer than this along the normal (mm) are at the same position (duplicates).
DUPLICATE_MM = 1e-3
#: A step within this relative distance of a whole multiple (>= 2) of the usual step is a gap
#: of missing slices rather than irregular spacing.
GAP_RTOL = 0.05
#: ImageOrientationPatient components closer than this count as the same orientation.
ORIENTATION_ATOL = 1e-3
#: Pixel spacings closer than this (relative) count as equal.
PIXEL_SPACING_RTOL = 1e-4
#: In-plane drift of the slice positions (in pixels, over the whole stack) below which no
#: shear correction is made: smaller drifts come from rounded position values.
SHEAR_MIN_PIXELS = 0.05

#: Confidence of a part, from a clean regular stack down to a guessed one.
CONFIDENCE_REGULAR = 1.0
CONFIDENCE_TILT = 0.8
CONFIDENCE_RESAMPLED = 0.6
CONFIDENCE_NO_GEOMETRY = 0.1

_SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7"
_IMAGE_TYPES_NOT_VOLUME = {"LOCALIZER", "SCREEN SAVE", "DOSE_INFO", "DOSE INFO", "SCOUT"}

#: Header attributes examination needs; reading only these skips the rest of a scanner header.
_TAGS = [
    0x00080005,
    0x00080008,
    0x00080016,
    0x00080018,
    0x00080060,
    0x0008103E,
    0x00180050,
    0x00180086,
    0x00180088,
    0x00181164,
    0x0020000E,
    0x00200012,
    0x00200013,
    0x00200032,
    0x00200037,
    0x00200052,
    0x00200100,
    0x00280002,
    0x00280004,
    0x00280008,
    0x00280010,
    0x00280011,
    0x00280030,
    0x00280100,
    0x00280101,
    0x00280103,
    0x00281050,
    0x00281051,
    0x00281052,
    0x00281053,
    0x52009229,
    0x52009230,
]


@dataclass(frozen=True, slots=True)
class FrameSource:
    """One image of a part: a single-frame file or one frame of a multi-frame file.

    Attributes
    ----------
    path
        The file.
    frame
        0-based frame index in a multi-frame file; ``None`` for a single-frame file.
    sop_instance_uid
        SOP Instance UID of the file.
    position
        ImagePositionPatient of the frame (LPS, mm); ``None`` when the file has none.
    rescale_slope, rescale_intercept
        Modality rescale of the frame.
    transfer_syntax_uid
        Transfer syntax of the file.
    pixel_offset
        Byte offset of native little-endian 16-bit pixels in the file (read directly,
        without a decoder); ``None`` when the pixels need pydicom's decoders.
    file_size
        Size of the file when examined (a changed file is read through the decoders).
    bits_stored, signed
        Bits Stored and Pixel Representation (1 = signed).
    """

    path: Path
    frame: int | None
    sop_instance_uid: str
    position: tuple[float, float, float] | None
    rescale_slope: float
    rescale_intercept: float
    transfer_syntax_uid: str
    pixel_offset: int | None
    file_size: int
    bits_stored: int
    signed: bool

    @property
    def compressed(self) -> bool:
        """Whether the pixels are stored with a compressed (encapsulated) transfer syntax."""
        return bool(self.transfer_syntax_uid) and UID(self.transfer_syntax_uid).is_compressed


@dataclass(frozen=True, slots=True)
class Geometry:
    """The grid a part is loaded onto (what :class:`~casereview.domain.volume.Volume` gets).

    Attributes
    ----------
    shape
        ``(slices, rows, columns)`` of the volume.
    spacing
        ``(slice, row, column)`` spacing in mm.
    origin
        LPS position (mm) of the centre of voxel ``[0, 0, 0]``.
    direction
        3x3, columns = patient directions of the column, row and slice index axes.
    """

    shape: tuple[int, int, int]
    spacing: tuple[float, float, float]
    origin: tuple[float, float, float]
    direction: tuple[tuple[float, float, float], ...]

    def direction_matrix(self) -> NDArray[np.float64]:
        """:attr:`direction` as a 3x3 array."""
        return np.array(self.direction, dtype=np.float64)


@dataclass(frozen=True)
class Loadable:
    """One part of a series that loads as a volume.

    Attributes
    ----------
    name
        Short description for a chooser ("512 x 512 x 300, axial, 1.25 mm").
    frames
        The source images ordered along the slice normal (duplicates already left out).
    geometry
        The grid the volume will have.
    confidence
        0-1: 1 for a regular stack, lower when resampled, lowest when the order is guessed.
    warnings
        Findings the user must see, in plain words.
    resampling
        ``"none"``, ``"in-plane"`` (gantry tilt / shear corrected) or ``"slice-axis"`` (onto
        uniform spacing; may also shift in-plane).
    series_instance_uid, frame_of_reference_uid, modality
        From the headers.
    default_window
        ``(center, width)`` of the first image, if it carries one.
    """

    name: str
    frames: tuple[FrameSource, ...]
    geometry: Geometry
    confidence: float
    warnings: tuple[str, ...]
    resampling: str
    series_instance_uid: str
    frame_of_reference_uid: str
    modality: str
    default_window: tuple[float, float] | None = None

    @property
    def files(self) -> list[Path]:
        """The files of the part, in slice order, each once."""
        return list(dict.fromkeys(source.path for source in self.frames))

    @property
    def frame_indices(self) -> list[int | None]:
        """Frame index of each source image (``None`` for single-frame files), in slice order."""
        return [source.frame for source in self.frames]

    @property
    def shape(self) -> tuple[int, int, int]:
        """``(slices, rows, columns)`` of the volume it loads as."""
        return self.geometry.shape

    @property
    def nbytes(self) -> int:
        """Memory the loaded voxels will take."""
        return int(np.prod(self.shape)) * (2 if self.int16_exact else 4)

    @property
    def int16_exact(self) -> bool:
        """Whether modality values are stored exactly as int16 (else float32)."""
        return all(_int16_exact(source, self.modality) for source in self.frames)

    def as_dict(self) -> dict[str, Any]:
        """JSON-friendly summary (no patient identity)."""
        return {
            "name": self.name,
            "images": len(self.frames),
            "files": len(self.files),
            "shape": list(self.shape),
            "spacing": list(self.geometry.spacing),
            "origin": list(self.geometry.origin),
            "direction": [list(column) for column in self.geometry.direction],
            "confidence": self.confidence,
            "resampling": self.resampling,
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class SeriesExamination:
    """What a series holds: volume parts, pictures, and files that are neither.

    Attributes
    ----------
    loadables
        Parts that load as volumes, best first (highest confidence, then most images).
    images
        Files to show as single pictures (localizers, secondary captures, dose screens,
        colour images, lone images of their geometry); excluded from volumes.
    skipped
        Files that are neither (no pixels, unreadable), with the reason.
    """

    loadables: list[Loadable] = field(default_factory=list)
    images: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)

    def part(self, index: int = 0) -> Loadable:
        """The loadable part ``index`` (0 = the best).

        Raises
        ------
        DicomReadError
            If the series holds no volume, or has no part ``index``.
        """
        if not self.loadables:
            reasons = joined(sorted({reason for _, reason in self.skipped}))
            if self.images and reasons:
                raise DicomReadError(
                    Message(
                        "This series holds no stack of images that can be shown in 3-D "
                        "({count} image(s) can be shown as pictures; {reasons}). Choose another "
                        "series or view the images one by one.",
                        count=len(self.images),
                        reasons=reasons,
                    )
                )
            if self.images:
                raise DicomReadError(
                    Message(
                        "This series holds no stack of images that can be shown in 3-D "
                        "({count} image(s) can be shown as pictures). Choose another series "
                        "or view the images one by one.",
                        count=len(self.images),
                    )
                )
            if reasons:
                raise DicomReadError(
                    Message(
                        "This series holds no stack of images that can be shown in 3-D "
                        "({reasons}). Choose another series or view the images one by one.",
                        reasons=reasons,
                    )
                )
            raise DicomReadError(
                Message(
                    "This series holds no stack of images that can be shown in 3-D. Choose "
                    "another series or view the images one by one."
                )
            )
        if not 0 <= index < len(self.loadables):
            raise DicomReadError(
                Message(
                    "This series has {count} loadable part(s); part {index} does not exist. "
                    "Choose a part from 0 to {last}.",
                    count=len(self.loadables),
                    index=index,
                    last=len(self.loadables) - 1,
                )
            )
        return self.loadables[index]


# --- header reading -------------------------------------------------------------------------


@dataclass
class _Image:
    """What examination keeps of one source image (a file or one frame of it)."""

    source: FrameSource
    order: tuple[float, int]  # (Instance Number, file order) for stable tie-breaking
    rows: int
    columns: int
    orientation: NDArray[np.float64] | None
    pixel_spacing: tuple[float, float] | None
    keys: dict[str, str]  # acquisition / echo / temporal position, for splitting
    thickness: float | None
    samples: int


@dataclass(frozen=True, slots=True)
class _FileInfo:
    """What examination keeps of a file's header beyond its images."""

    series_uid: str
    frame_of_reference: str
    modality: str
    window: tuple[float, float] | None
    picture: bool  # localizer, secondary capture, dose screen or colour: not for volumes


#: Value representations that hold plain ASCII text (numbers, codes, UIDs, dates).
_ASCII_VRS = frozenset({"AS", "CS", "DA", "DS", "DT", "IS", "TM", "UI"})


@cache
def _tag(keyword: str) -> int:
    tag = tag_for_keyword(keyword)
    if tag is None:
        raise KeyError(keyword)
    return int(tag)


def _get(ds: Dataset, keyword: str) -> Any:
    """``ds.get(keyword)``, but ASCII values straight from the raw bytes.

    pydicom converts a value on first access, and for the few dozen attributes read per file
    that conversion costs more than parsing the header itself; decimal and integer strings
    are parsed by :func:`_floats`/:func:`_number` anyway. Multi-values come back as lists.
    """
    tag = _tag(keyword)
    # Checked first: pydicom annotates get_item as never returning None, yet it does for an
    # absent tag.
    if tag not in ds:
        return None
    element = ds.get_item(tag)
    value = element.value
    vr = element.VR or dictionary_VR(_tag(keyword))
    if isinstance(value, bytes) and vr in _ASCII_VRS:
        text = value.decode("latin-1").strip(" \0")
        if not text:
            return None
        parts = [part.strip() for part in text.split("\\")]
        return parts if len(parts) > 1 else parts[0]
    return ds.get(keyword)


def _floats(value: Any, n: int) -> NDArray[np.float64] | None:
    if value is None:
        return None
    try:
        items = value if isinstance(value, Iterable) and not isinstance(value, str) else [value]
        values = [float(v) for v in items]
    except (TypeError, ValueError):
        return None
    if len(values) != n or not all(math.isfinite(v) for v in values):
        return None
    return np.array(values, dtype=np.float64)


def _number(value: Any, default: float | None = None) -> float | None:
    if value is None or value == "":
        return default
    try:
        if isinstance(value, Iterable) and not isinstance(value, str):
            value = list(value)[0]
        number = float(value)
    except (TypeError, ValueError, IndexError):
        return default
    return number if math.isfinite(number) else default


def _item(sequence: Any) -> Dataset | None:
    try:
        return sequence[0] if sequence else None
    except (TypeError, IndexError):
        return None


def _group(shared: Dataset | None, per_frame: Dataset | None, sequence: str) -> Dataset | None:
    """The item of a functional group macro, per-frame first, then shared."""
    for holder in (per_frame, shared):
        if holder is not None and (item := _item(holder.get(sequence))) is not None:
            return item
    return None


def _pixel_offset(handle: mmap.mmap, ds: Dataset, frames: int, size: int) -> int | None:
    """Offset of native 16-bit little-endian pixel values, if the file can be read directly."""
    meta = ds.file_meta
    syntax = str(meta.get("TransferSyntaxUID", ""))
    if syntax not in ("1.2.840.10008.1.2", "1.2.840.10008.1.2.1") or frames != 1:
        return None
    if int(ds.get("BitsAllocated", 0) or 0) != 16 or int(ds.get("SamplesPerPixel", 1) or 1) != 1:
        return None
    header = handle.read(12)
    if len(header) < 8 or header[:4] != b"\xe0\x7f\x10\x00":
        return None
    if syntax == "1.2.840.10008.1.2":
        length, start = int.from_bytes(header[4:8], "little"), 8
    else:
        length, start = int.from_bytes(header[8:12], "little"), 12
    expected = int(ds.Rows) * int(ds.Columns) * 2
    offset = handle.tell() - len(header) + start
    if length != expected or offset + length > size:
        return None
    return offset


def _read_images(path: Path, file_order: int) -> _ReadResult:
    """The source images of one file, a reason when it has none, and what else examination needs.

    Whatever goes wrong reading one file (a damaged header, absurd values) makes a reason for
    that file; the rest of the series is examined as usual.
    """
    try:
        return _read_images_of(path, file_order)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # any parser failure (recursion, lengths, panics) is the file's
        return [], damaged_file_reason(exc), None


def _read_images_of(path: Path, file_order: int) -> _ReadResult:
    try:
        # Recoverable header oddities are normal in the wild; only failures matter (the
        # warnings go to the log).
        with path.open("rb") as file, logged_warnings():
            size = os.fstat(file.fileno()).st_size
            if size == 0:
                return [], Message("empty file"), None
            # Parsing from a memory map is ~1.5x faster than through a buffered file (pydicom
            # makes many small reads), and examination time is most of a volume's load time.
            handle = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
            # typeshed's mmap.seek returns None where pydicom's buffer protocol wants the new
            # position; pydicom reads a memory map correctly (it never uses that value).
            buffer = cast(ReadableBuffer, handle)
            try:
                try:
                    ds = pydicom.dcmread(buffer, stop_before_pixels=True, specific_tags=_TAGS)
                except InvalidDicomError:
                    handle.seek(0)
                    ds = pydicom.dcmread(
                        buffer, stop_before_pixels=True, specific_tags=_TAGS, force=True
                    )
                frames = int(_number(_get(ds, "NumberOfFrames"), 1) or 1)
                rows, columns = ds.get("Rows"), ds.get("Columns")
                offset = _pixel_offset(handle, ds, frames, size) if rows and columns else None
            finally:
                handle.close()
            # pydicom keeps the source buffer on the dataset; drop the (closed) map so the
            # header can travel back from a worker process and holds no dead reference.
            ds.buffer = None
            ds.filename = str(path)
    except (OSError, InvalidDicomError) as exc:
        return [], Message("not readable DICOM ({error_type})", error_type=type(exc).__name__), None
    if not rows or not columns:
        return [], _NO_IMAGE, None
    syntax = str(ds.file_meta.get("TransferSyntaxUID", "")) if hasattr(ds, "file_meta") else ""
    shared = _item(ds.get("SharedFunctionalGroupsSequence"))
    per_frame_items = ds.get("PerFrameFunctionalGroupsSequence") or []
    instance = _number(_get(ds, "InstanceNumber"))
    keys = {
        "acquisition": str(_get(ds, "AcquisitionNumber") or ""),
        "echo": str(_get(ds, "EchoNumbers") or ""),
        "temporal": str(_get(ds, "TemporalPositionIdentifier") or ""),
    }
    bits = int(ds.get("BitsStored", 16) or 16)
    signed = int(ds.get("PixelRepresentation", 0) or 0) == 1
    samples = int(ds.get("SamplesPerPixel", 1) or 1)
    thickness = _number(_get(ds, "SpacingBetweenSlices")) or _number(_get(ds, "SliceThickness"))
    images = []
    for frame in range(frames):
        per_frame = per_frame_items[frame] if frame < len(per_frame_items) else None
        position_item = _group(shared, per_frame, "PlanePositionSequence")
        orientation_item = _group(shared, per_frame, "PlaneOrientationSequence")
        measures = _group(shared, per_frame, "PixelMeasuresSequence")
        transform = _group(shared, per_frame, "PixelValueTransformationSequence")
        position = _floats(_get(position_item or ds, "ImagePositionPatient"), 3)
        orientation = _floats(_get(orientation_item or ds, "ImageOrientationPatient"), 6)
        spacing = _floats(_get(measures or ds, "PixelSpacing"), 2)
        if spacing is None:
            spacing = _floats(_get(ds, "ImagerPixelSpacing"), 2)
        if measures is not None and thickness is None:
            thickness = _number(measures.get("SpacingBetweenSlices")) or _number(
                measures.get("SliceThickness")
            )
        rescale = transform or ds
        images.append(
            _Image(
                source=FrameSource(
                    path=path,
                    frame=frame if frames > 1 or per_frame_items else None,
                    sop_instance_uid=str(_get(ds, "SOPInstanceUID") or ""),
                    position=None
                    if position is None
                    else (float(position[0]), float(position[1]), float(position[2])),
                    rescale_slope=_number(_get(rescale, "RescaleSlope"), 1.0) or 1.0,
                    rescale_intercept=_number(_get(rescale, "RescaleIntercept"), 0.0) or 0.0,
                    transfer_syntax_uid=syntax,
                    pixel_offset=offset,
                    file_size=size,
                    bits_stored=bits,
                    signed=signed,
                ),
                order=(instance if instance is not None else math.inf, file_order * 100000 + frame),
                rows=int(rows),
                columns=int(columns),
                orientation=orientation,
                pixel_spacing=None
                if spacing is None or min(spacing) <= 0
                else (float(spacing[0]), float(spacing[1])),
                keys=keys,
                thickness=thickness if thickness and thickness > 0 else None,
                samples=samples,
            )
        )
    info = _FileInfo(
        series_uid=str(ds.get("SeriesInstanceUID", "")),
        frame_of_reference=str(ds.get("FrameOfReferenceUID", "") or ""),
        modality=str(ds.get("Modality", "") or ""),
        window=_window(_number(ds.get("WindowCenter")), _number(ds.get("WindowWidth"))),
        picture=_is_picture(
            str(ds.get("SOPClassUID", "")), [str(v) for v in (ds.get("ImageType") or [])], samples
        ),
    )
    return images, "", info


def _is_picture(sop_class: str, image_type: Sequence[str], samples: int) -> bool:
    """Localizers, secondary captures (dose screens) and colour images are shown as pictures."""
    if sop_class.startswith(_SECONDARY_CAPTURE):
        return True
    if {value.strip().upper() for value in image_type} & _IMAGE_TYPES_NOT_VOLUME:
        return True
    return samples != 1


def _split(text: str) -> str | list[str] | None:
    """A stored DICOM text value as :func:`_get` returns it (None, one value or a list)."""
    text = text.strip(" \0")
    if not text:
        return None
    parts = [part.strip() for part in text.split("\\")]
    return parts if len(parts) > 1 else parts[0]


def _result_from_record(
    record: InstanceRecord, file_order: int, series: SeriesIdentity
) -> _ReadResult | None:
    """Examination input from the index row of a file, or ``None`` when its header must be read.

    The index stores what examination needs of ordinary single-frame images (revision 0004), so
    opening a series reads each file once, for its pixels. Multi-frame and enhanced images,
    images without plane position, rows indexed before those attributes were stored, and files
    changed on disk since they were indexed are read from their headers as before.
    """
    try:
        return _result_from_values(record, file_order, series)
    except (TypeError, ValueError, OverflowError):
        return None  # odd values stored from an odd header: read the header itself


def _result_from_values(
    record: InstanceRecord, file_order: int, series: SeriesIdentity
) -> _ReadResult | None:
    pixel = record.pixel
    if (
        pixel is None
        or (record.number_of_frames or 1) != 1
        or not record.rows
        or not record.columns
        or not record.image_position_patient
        or not record.image_orientation_patient
        or not record.pixel_spacing
    ):
        return None
    try:
        status = os.stat(record.file_path)
    except OSError:
        return None  # reading the header reports why the file is not there
    if status.st_size != record.file_size or status.st_mtime_ns != record.file_mtime_ns:
        return None
    position = _floats(_split(record.image_position_patient), 3)
    orientation = _floats(_split(record.image_orientation_patient), 6)
    spacing = _floats(_split(record.pixel_spacing), 2)
    if position is None or orientation is None or spacing is None:
        return None
    thickness = _number(_split(pixel.spacing_between_slices)) or _number(
        _split(record.slice_thickness)
    )
    path = Path(record.file_path)
    image = _Image(
        source=FrameSource(
            path=path,
            frame=None,
            sop_instance_uid=record.sop_instance_uid,
            position=(float(position[0]), float(position[1]), float(position[2])),
            rescale_slope=_number(_split(pixel.rescale_slope), 1.0) or 1.0,
            rescale_intercept=_number(_split(pixel.rescale_intercept), 0.0) or 0.0,
            transfer_syntax_uid=record.transfer_syntax_uid,
            pixel_offset=pixel.pixel_data_offset,
            file_size=record.file_size,
            bits_stored=pixel.bits_stored,
            signed=pixel.pixel_representation == 1,
        ),
        order=(
            float(record.instance_number) if record.instance_number is not None else math.inf,
            file_order * 100000,
        ),
        rows=record.rows,
        columns=record.columns,
        orientation=orientation,
        pixel_spacing=None if min(spacing) <= 0 else (float(spacing[0]), float(spacing[1])),
        keys={
            "acquisition": str(_split(pixel.acquisition_number) or ""),
            "echo": str(_split(pixel.echo_numbers) or ""),
            "temporal": str(_split(pixel.temporal_position) or ""),
        },
        thickness=thickness if thickness and thickness > 0 else None,
        samples=pixel.samples_per_pixel,
    )
    info = _FileInfo(
        series_uid=series.series_instance_uid,
        frame_of_reference=series.frame_of_reference_uid,
        modality=series.modality,
        window=_window(_number(_split(pixel.window_center)), _number(_split(pixel.window_width))),
        picture=_is_picture(
            record.sop_class_uid, pixel.image_type.split("\\"), pixel.samples_per_pixel
        ),
    )
    return [image], "", info


def _int16_exact(source: FrameSource, modality: str) -> bool:
    """Whether a frame's modality values are integers that always fit int16."""
    if source.rescale_slope != 1.0 or not float(source.rescale_intercept).is_integer():
        return False
    if modality.upper() == "CT":
        # CT numbers span -1024..~30,000 HU whatever the stored bit depth; values beyond the
        # int16 range are clipped (and reported) when loading.
        return True
    bits = min(max(source.bits_stored, 1), 16)
    low = -(2 ** (bits - 1)) if source.signed else 0
    high = 2 ** (bits - 1) - 1 if source.signed else 2**bits - 1
    intercept = int(source.rescale_intercept)
    return -32768 <= low + intercept and high + intercept <= 32767


# --- grouping ---------------------------------------------------------------------------------


def _same_orientation(a: NDArray[np.float64] | None, b: NDArray[np.float64] | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    # Exact equality first: nearly always true within a series, and 50x cheaper than allclose.
    return a.tobytes() == b.tobytes() or bool(np.allclose(a, b, atol=ORIENTATION_ATOL))


def _same_spacing(a: tuple[float, float] | None, b: tuple[float, float] | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a == b or bool(np.allclose(a, b, rtol=PIXEL_SPACING_RTOL, atol=0))


def _group_by_geometry(images: list[_Image]) -> list[list[_Image]]:
    groups: list[list[_Image]] = []
    for image in images:
        for group in groups:
            first = group[0]
            if (
                first.rows == image.rows
                and first.columns == image.columns
                and _same_orientation(first.orientation, image.orientation)
                and _same_spacing(first.pixel_spacing, image.pixel_spacing)
            ):
                group.append(image)
                break
        else:
            groups.append([image])
    return groups


def _along(images: list[_Image], normal: NDArray[np.float64]) -> NDArray[np.float64]:
    return np.array([np.dot(np.asarray(image.source.position), normal) for image in images])


def _has_repeats(images: list[_Image], normal: NDArray[np.float64]) -> bool:
    z = np.sort(_along(images, normal))
    return bool(len(z) > 1 and np.min(np.diff(z)) < DUPLICATE_MM)


def _split_repeats(
    images: list[_Image], normal: NDArray[np.float64]
) -> tuple[list[list[_Image]], str]:
    """Split on acquisition, echo or temporal position where those repeat slice positions."""
    if not _has_repeats(images, normal):
        return [images], ""
    for key, words in (
        ("acquisition", "acquisitions"),
        ("echo", "echoes"),
        ("temporal", "time points"),
    ):
        values = sorted({image.keys[key] for image in images})
        if len(values) < 2:
            continue
        parts = [[image for image in images if image.keys[key] == value] for value in values]
        if not any(_has_repeats(part, normal) for part in parts):
            return parts, words
    return [images], ""


# --- geometry of one part -------------------------------------------------------------------


def _unit(vector: NDArray[np.float64]) -> NDArray[np.float64]:
    return vector / np.linalg.norm(vector)


def _orientation_name(normal: NDArray[np.float64]) -> str:
    axis = int(np.argmax(np.abs(normal)))
    if abs(normal[axis]) < 0.98:  # more than ~11° off a main plane
        return "oblique"
    return ("sagittal", "coronal", "axial")[axis]


def _loadable_from_group(
    images: list[_Image],
    series_uid: str,
    frame_of_reference: str,
    modality: str,
    window: tuple[float, float] | None,
    extra_warnings: Sequence[str],
) -> Loadable:
    images = sorted(images, key=lambda image: image.order)
    first = images[0]
    warn = list(extra_warnings)
    has_geometry = first.orientation is not None and all(
        image.source.position is not None for image in images
    )
    if first.pixel_spacing is None:
        pixel_spacing = (1.0, 1.0)
        warn.append(
            Message(
                "The images carry no pixel spacing; 1 mm pixels were assumed, so lengths and "
                "areas measured in this volume are NOT reliable."
            )
        )
    else:
        pixel_spacing = first.pixel_spacing
    if first.orientation is not None:
        row_dir, col_dir = _unit(first.orientation[:3]), _unit(first.orientation[3:])
        normal = np.cross(row_dir, col_dir)
        if np.linalg.norm(normal) < 0.5:
            has_geometry = False
            row_dir, col_dir = np.array([1.0, 0, 0]), np.array([0, 1.0, 0])
        else:
            normal = _unit(normal)
            col_dir = np.cross(normal, row_dir)  # exactly orthogonal to the row direction
    else:
        row_dir, col_dir = np.array([1.0, 0, 0]), np.array([0, 1.0, 0])
        normal = np.array([0, 0, 1.0])

    if not has_geometry:
        step = first.thickness or 1.0
        origin = np.zeros(3)
        warn.append(
            Message(
                "WARNING: the images have no position or orientation in the patient "
                "(Image Position/Orientation Patient missing). They were stacked in Instance "
                "Number order with {step:g} mm between slices assumed. Slice order, distances "
                "and 3-D positions may be wrong: do not measure or plan on this volume.",
                step=step,
            )
        )
        sources = []
        for k, image in enumerate(images):
            x, y, z = (float(v) for v in origin + k * step * normal)
            sources.append(replace(image.source, position=(x, y, z)))
        geometry = Geometry(
            shape=(len(images), first.rows, first.columns),
            spacing=(float(step), pixel_spacing[0], pixel_spacing[1]),
            origin=(0.0, 0.0, 0.0),
            direction=_matrix(np.stack([row_dir, col_dir, normal], axis=1)),
        )
        return Loadable(
            name=_name(geometry, "unknown orientation"),
            frames=tuple(sources),
            geometry=geometry,
            confidence=CONFIDENCE_NO_GEOMETRY,
            warnings=tuple(warn),
            resampling="none",
            series_instance_uid=series_uid,
            frame_of_reference_uid=frame_of_reference,
            modality=modality,
            default_window=window,
        )

    # Stable sort along the normal: images at the same position keep Instance Number order.
    along = _along(images, normal)
    order = np.argsort(along, kind="stable")
    images = [images[i] for i in order]
    along = along[order]
    kept = [0]
    for i in range(1, len(images)):
        if along[i] - along[kept[-1]] >= DUPLICATE_MM:
            kept.append(i)
    duplicates = len(images) - len(kept)
    if duplicates:
        warn.append(
            Message(
                "{count} image(s) repeat a slice position already in the series and were "
                "left out (duplicate positions; the first image at each position, by Instance "
                "Number, was kept).",
                count=duplicates,
            )
        )
    images = [images[i] for i in kept]
    along = along[kept]
    if len(images) < 2:
        raise _NotAVolumeError()

    steps = np.diff(along)
    step = float(np.median(steps))
    uniform = bool(np.all(np.abs(steps - step) <= SPACING_RTOL * step))
    resampling = "none"
    confidence = CONFIDENCE_REGULAR
    if not uniform:
        multiples = steps / step
        gap_mask = (np.abs(multiples - np.rint(multiples)) <= GAP_RTOL) & (np.rint(multiples) >= 2)
        irregular = (np.abs(steps - step) > SPACING_RTOL * step) & ~gap_mask
        if gap_mask.any():
            missing = int(np.sum(np.rint(multiples[gap_mask]) - 1))
            places = ", ".join(
                f"{along[i] - along[0]:.1f}-{along[i + 1] - along[0]:.1f} mm"
                for i in np.flatnonzero(gap_mask)[:3]
            )
            warn.append(
                Message(
                    "About {missing} slice(s) are missing (gaps at {places} from the first "
                    "slice). The gaps were filled by linear interpolation between the "
                    "neighbouring slices onto a uniform {step:g} mm grid: do not measure inside "
                    "them, and re-send the complete series from the PACS if you need them.",
                    missing=missing,
                    places=places,
                    step=step,
                )
            )
        if irregular.any():
            warn.append(
                Message(
                    "The slice spacing is not uniform (steps from {smallest:.4g} to "
                    "{largest:.4g} mm). The volume was resampled to a uniform {step:g} mm "
                    "spacing by linear interpolation along the slice axis; positions between "
                    "the original slices are interpolated.",
                    smallest=float(steps.min()),
                    largest=float(steps.max()),
                    step=step,
                )
            )
        resampling = "slice-axis"
        confidence = CONFIDENCE_RESAMPLED

    # In-plane drift of the slice positions: gantry tilt (linear) or a shifting table.
    p0 = np.asarray(images[0].source.position)
    rel = np.array([np.asarray(image.source.position) - p0 for image in images])
    in_plane = rel - np.outer(rel @ normal, normal)
    drift_px = np.hypot(
        in_plane @ row_dir / pixel_spacing[1], in_plane @ col_dir / pixel_spacing[0]
    )
    if drift_px.max() > SHEAR_MIN_PIXELS:
        total = along[-1] - along[0]
        lateral = np.linalg.norm(in_plane[-1])
        tilt = math.degrees(math.atan2(lateral, total))
        fitted = np.outer((along - along[0]) / total, in_plane[-1])
        linear = np.abs(np.linalg.norm(in_plane - fitted, axis=1)).max() <= 0.1 * min(pixel_spacing)
        if linear:
            warn.append(
                Message(
                    "Gantry tilt of {tilt:.1f}° detected (the slices are stacked obliquely to "
                    "their plane). Each slice was shifted in its plane onto a non-tilted grid, "
                    "as dcm2niix does, so that 3-D positions and distances are correct; edges "
                    "of the field of view are padded.",
                    tilt=tilt,
                )
            )
        else:
            warn.append(
                Message(
                    "The slice positions shift sideways irregularly along the stack (up to "
                    "{pixels:.1f} pixels). Each slice was shifted in its plane onto a "
                    "regular grid; check the alignment before measuring.",
                    pixels=float(drift_px.max()),
                )
            )
        if resampling == "none":
            resampling = "in-plane"
        confidence = min(confidence, CONFIDENCE_TILT)

    count = int(math.floor((along[-1] - along[0]) / step + 1e-3)) + 1
    direction = np.stack([row_dir, col_dir, normal], axis=1)
    geometry = Geometry(
        shape=(count, first.rows, first.columns),
        spacing=(step, pixel_spacing[0], pixel_spacing[1]),
        origin=(float(p0[0]), float(p0[1]), float(p0[2])),
        direction=_matrix(direction),
    )
    return Loadable(
        name=_name(geometry, _orientation_name(normal)),
        frames=tuple(image.source for image in images),
        geometry=geometry,
        confidence=confidence,
        warnings=tuple(warn),
        resampling=resampling,
        series_instance_uid=series_uid,
        frame_of_reference_uid=frame_of_reference,
        modality=modality,
        default_window=window,
    )


def _matrix(matrix: NDArray[np.float64]) -> tuple[tuple[float, float, float], ...]:
    return tuple((float(row[0]), float(row[1]), float(row[2])) for row in matrix)


def _repeat_note(words: str, count: int) -> Message:
    """The warning of a series split where acquisitions, echoes or time points repeat positions."""
    if words == "acquisitions":
        return Message(
            "This series holds {count} acquisitions at the same slice positions; each loads "
            "as a separate part.",
            count=count,
        )
    if words == "echoes":
        return Message(
            "This series holds {count} echoes at the same slice positions; each loads as a "
            "separate part.",
            count=count,
        )
    return Message(
        "This series holds {count} time points at the same slice positions; each loads as a "
        "separate part.",
        count=count,
    )


class _NotAVolumeError(Exception):
    """A group with a single distinct position: shown as pictures instead."""


def _name(geometry: Geometry, orientation: str) -> str:
    k, r, c = geometry.shape
    return f"{c} x {r} x {k}, {orientation}, {geometry.spacing[0]:.3g} mm"


def _window(center: float | None, width: float | None) -> tuple[float, float] | None:
    if center is None or width is None or width <= 0:
        return None
    return (center, width)


#: Below this many files a worker pool costs more to start than it saves.
PARALLEL_MIN_FILES = 64
_CHUNK_FILES = 16

_ReadResult = tuple[list[_Image], str, _FileInfo | None]


def _read_chunk(task: tuple[list[Path], list[int]]) -> list[_ReadResult]:
    """Headers of several files (one task of a pool worker), each with its file order."""
    files, orders = task
    return [_read_images(path, order) for path, order in zip(files, orders, strict=True)]


def _read_chunk_one_by_one(task: tuple[list[Path], list[int]]) -> list[_ReadResult]:
    """:func:`_read_chunk` with each file in a process of its own (after a worker crashed)."""
    results: list[_ReadResult] = []
    for path, order in zip(*task, strict=True):
        try:
            results.extend(run_alone(_read_chunk, ([path], [order])))
        except BrokenProcessPool:
            results.append(([], READER_CRASHED, None))
    return results


def _read_all(
    paths: Sequence[Path], workers: int | None, orders: Sequence[int] | None = None
) -> Iterator[tuple[Path, _ReadResult]]:
    """``(path, header result)`` for every file, in order; parsed on all cores for big series.

    Header parsing is CPU-bound in pydicom and was most of the time a volume took to open, so
    it runs in worker processes like the import's scanner. ``orders`` are the files' positions
    in the series (default: their positions in ``paths``).
    """
    files = [Path(p) for p in paths]
    orders = list(orders) if orders is not None else list(range(len(files)))
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(files) < PARALLEL_MIN_FILES:
        for order, path in zip(orders, files, strict=True):
            yield path, _read_images(path, order)
        return
    tasks = [
        (files[i : i + _CHUNK_FILES], orders[i : i + _CHUNK_FILES])
        for i in range(0, len(files), _CHUNK_FILES)
    ]
    for (chunk, _), results in map_in_order(
        _read_chunk, tasks, workers=workers, on_crash=_read_chunk_one_by_one
    ):
        yield from zip(chunk, results, strict=True)


def examine_series(paths: Sequence[Path], *, workers: int | None = None) -> SeriesExamination:
    """Propose the loadable parts of a series from the headers of its files.

    Parameters
    ----------
    paths
        The files of one series (any order; several series are examined separately).
    workers
        Processes that parse headers (default: one per core; small series use this one).

    Returns
    -------
    SeriesExamination
        Volume parts (best first) with geometry, confidence and warnings; picture files;
        files that are neither.
    """
    return _examine(_read_all(paths, workers))


def examine_records(
    records: Sequence[InstanceRecord],
    series: SeriesIdentity,
    *,
    workers: int | None = None,
) -> SeriesExamination:
    """Propose the loadable parts of an indexed series, from the index where it can.

    The same result as :func:`examine_series` on the records' files, but ordinary single-frame
    images unchanged since they were indexed are examined from their index rows without opening
    the files; the others (multi-frame, enhanced, indexed by an older version, changed on disk)
    have their headers read.

    Parameters
    ----------
    records
        The index rows of the series' files.
    series
        UID, modality and frame of reference of the series (from the index).
    workers
        Processes that parse the headers that must be read.

    Returns
    -------
    SeriesExamination
        As :func:`examine_series`.
    """
    results: list[tuple[Path, _ReadResult] | None] = []
    to_read: list[int] = []
    for order, record in enumerate(records):
        result = _result_from_record(record, order, series)
        if result is None:
            to_read.append(order)
        results.append(None if result is None else (Path(record.file_path), result))
    read = _read_all([Path(records[i].file_path) for i in to_read], workers, to_read)
    for order, item in zip(to_read, read, strict=True):
        results[order] = item
    return _examine(item for item in results if item is not None)


def _examine(results: Iterable[tuple[Path, _ReadResult]]) -> SeriesExamination:
    """Group examined files into volume parts, pictures and skipped files."""
    by_series: dict[str, list[_Image]] = {}
    infos: dict[str, _FileInfo] = {}
    images_out: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for path, (images, reason, info) in results:
        if not images or info is None:
            skipped.append((path, reason))
            continue
        if info.picture:
            images_out.append(path)
            continue
        by_series.setdefault(info.series_uid, []).extend(images)
        infos.setdefault(info.series_uid, info)

    damaged = [reason for _, reason in skipped if reason != _NO_IMAGE]
    loadables: list[Loadable] = []
    for uid, images in by_series.items():
        try:
            parts, pictures = _series_parts(uid, images, infos[uid], len(by_series), damaged)
        except (ArithmeticError, ValueError, TypeError, IndexError):
            # Values no geometry can be made of (a header damaged in a way parsing accepted):
            # the images can still be looked at one by one.
            log.warning("series part could not be examined; its images are shown as pictures")
            parts, pictures = [], list(dict.fromkeys(image.source.path for image in images))
        loadables.extend(parts)
        images_out.extend(pictures)
    loadables.sort(key=lambda part: (-part.confidence, -len(part.frames)))
    return SeriesExamination(loadables=loadables, images=images_out, skipped=skipped)


def _series_parts(
    uid: str, images: list[_Image], info: _FileInfo, series_count: int, damaged: list[str]
) -> tuple[list[Loadable], list[Path]]:
    """The volume parts of one series' images, and those of its images shown as pictures."""
    loadables: list[Loadable] = []
    images_out: list[Path] = []
    groups = _group_by_geometry(images)
    notes = []
    if damaged:
        notes.append(
            Message(
                "{count} file(s) of this series could not be read and were left out ({reasons}).",
                count=len(damaged),
                reasons=joined(sorted(set(damaged))),
            )
        )
    if series_count > 1:
        notes.append(
            Message(
                "The files given belong to several series; this part holds only the "
                "images of one of them."
            )
        )
    if len(groups) > 1:
        notes.append(
            Message(
                "This series mixes {count} image geometries (orientation, matrix size "
                "or pixel spacing); each loads as a separate part.",
                count=len(groups),
            )
        )
    for group in groups:
        normal = None
        located = all(image.source.position is not None for image in group)
        if group[0].orientation is not None and located:
            normal = np.cross(_unit(group[0].orientation[:3]), _unit(group[0].orientation[3:]))
        parts, words = (
            ([group], "")
            if normal is None or np.linalg.norm(normal) < 0.5
            else (_split_repeats(group, _unit(normal)))
        )
        part_notes = list(notes)
        if words:
            part_notes.append(_repeat_note(words, len(parts)))
        for part in parts:
            try:
                loadables.append(
                    _loadable_from_group(
                        part,
                        uid,
                        info.frame_of_reference,
                        info.modality,
                        info.window,
                        part_notes,
                    )
                )
            except _NotAVolumeError:
                images_out.extend(dict.fromkeys(image.source.path for image in part))
    return loadables, images_out
