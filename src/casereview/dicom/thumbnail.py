"""A small 8-bit picture of one DICOM image, for the study browser.

Decoding is tolerant where a picture is still meaningful (no window in the header, odd pixel
spacing) and raises :class:`~casereview.errors.DicomReadError` where it is not (no pixel data, a
codec that is not installed, a damaged file).
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from pydicom import dcmread
from pydicom.dataset import Dataset
from pydicom.errors import InvalidDicomError
from pydicom.pixels import apply_color_lut, pixel_array

from casereview.errors import DicomReadError
from casereview.messages import Message

#: SOP Class of DICOM Segmentation objects: shown as a coloured label map, not a grey frame.
SEGMENTATION_STORAGE = "1.2.840.10008.5.1.4.1.1.66.4"

#: Colours of segments 1, 2, … (repeated): distinct on a black background and for most
#: kinds of colour blindness (Okabe–Ito, then lighter tones).
SEGMENT_COLOURS = (
    np.array(
        [
            (230, 159, 0),
            (86, 180, 233),
            (0, 158, 115),
            (240, 228, 66),
            (0, 114, 178),
            (213, 94, 0),
            (204, 121, 167),
            (255, 255, 255),
            (153, 204, 255),
            (255, 179, 102),
            (178, 223, 138),
            (251, 154, 153),
        ],
        dtype=np.float32,
    )
    / 255.0
)

#: Percentiles of the robust window used when the header has no usable window: they ignore
#: the few extreme values (padding outside the scan field, metal) that would grey out the rest.
ROBUST_PERCENTILES = (0.5, 99.5)


def render_thumbnail(path: Path, size: int = 128) -> NDArray[np.uint8]:
    """Render one DICOM image (the middle frame of a multi-frame image) as an 8-bit picture.

    Stored values are rescaled (Rescale Slope/Intercept, also from enhanced multi-frame
    functional groups), windowed with the header's first Window Center/Width or, without one, a
    robust percentile window, and inverted for MONOCHROME1 so that the picture looks as a
    viewer shows it. Colour images keep their colour. The picture fits a ``size`` × ``size``
    square with the physical aspect ratio of the image (Pixel Spacing).

    Parameters
    ----------
    path
        A DICOM file with pixel data.
    size
        Length of the longer side of the picture, in pixels.

    Returns
    -------
    numpy.ndarray
        ``uint8`` array of shape ``(H, W)`` for grey images or ``(H, W, 3)`` for colour ones.

    Raises
    ------
    DicomReadError
        If the file is not readable DICOM, holds no image, or its pixels cannot be decoded.
    ValueError
        If ``size`` is smaller than 8.
    """
    if size < 8:
        raise ValueError("a thumbnail needs at least 8 pixels a side")
    try:
        with warnings.catch_warnings():
            # Recoverable header oddities are normal in the wild; only failures matter here.
            warnings.simplefilter("ignore")
            header = dcmread(path, stop_before_pixels=True)
    except (InvalidDicomError, OSError, EOFError, ValueError, KeyError, TypeError) as exc:
        raise DicomReadError(
            Message(
                (
                    "The file {name} is not a readable DICOM file ({error_type}); no preview "
                    "can be made. Re-export it from the PACS or scanner."
                ),
                name=path.name,
                error_type=type(exc).__name__,
            )
        ) from exc
    if "Rows" not in header or "Columns" not in header or "BitsAllocated" not in header:
        raise DicomReadError(
            Message(
                (
                    "The file {name} holds no image (for example a report or a "
                    "segmentation without pixels), so there is no preview."
                ),
                name=path.name,
            )
        )
    frames = _int(header.get("NumberOfFrames"), 1)
    segmentation = str(header.get("SOPClassUID", "")) == SEGMENTATION_STORAGE
    # A segmentation's middle frame is one segment at one position; all frames are needed to
    # draw every segment at the middle position.
    frame = frames // 2 if frames > 1 and not segmentation else None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pixels = pixel_array(str(path), index=frame)
    except Exception as exc:  # decoders raise many types; all mean "cannot show these pixels"
        meta = getattr(header, "file_meta", None)
        syntax = meta.get("TransferSyntaxUID") if meta is not None else None
        name = getattr(syntax, "name", "") or str(syntax or "unknown")
        raise DicomReadError(
            Message(
                (
                    "The pixels of {name} could not be decoded (transfer syntax {syntax}: "
                    "{error_type}). Install the matching pydicom codec or re-export the "
                    "series uncompressed."
                ),
                name=path.name,
                syntax=name,
                error_type=type(exc).__name__,
            )
        ) from exc

    if segmentation:
        picture = _label_map(pixels.reshape(frames, *pixels.shape[-2:]), header)
        out_h, out_w = _fitted_shape(picture.shape[0], picture.shape[1], _spacing(header), size)
        return _to_levels(_resize(picture, out_h, out_w))
    picture = _as_displayed(pixels, header, frame or 0, path.name)
    out_h, out_w = _fitted_shape(picture.shape[0], picture.shape[1], _spacing(header), size)
    return _to_levels(_resize(picture, out_h, out_w))


def _to_levels(unit: NDArray[np.float32]) -> NDArray[np.uint8]:
    """0..1 values as 8-bit display levels."""
    levels: NDArray[np.uint8] = np.clip(np.rint(unit * 255.0), 0, 255).astype(np.uint8)
    return levels


def _label_map(frames: NDArray[Any], ds: Dataset) -> NDArray[np.float32]:
    """Colour picture of every segment at the middle position of a segmentation."""
    per_frame = ds.get("PerFrameFunctionalGroupsSequence") or []
    normal = np.array([0.0, 0.0, 1.0])
    orientation = _frame_item(ds, 0, "PlaneOrientationSequence")
    if orientation is not None and len(orientation.get("ImageOrientationPatient") or []) == 6:
        cosines = [float(v) for v in orientation.ImageOrientationPatient]
        normal = np.cross(cosines[:3], cosines[3:])
    positions: list[float] = []
    segments: list[int] = []
    for index in range(len(frames)):
        group = per_frame[index] if index < len(per_frame) else Dataset()
        plane = group.get("PlanePositionSequence")
        where = plane[0].get("ImagePositionPatient") if plane else None
        # Rounded to 0.01 mm so frames of one plane written with float noise group together.
        positions.append(
            round(float(np.dot(normal, [float(v) for v in where])), 2)
            if where is not None and len(where) == 3
            else 0.0
        )
        ident = group.get("SegmentIdentificationSequence")
        segments.append(_int(ident[0].get("ReferencedSegmentNumber"), 1) if ident else 1)
    planes = sorted(set(positions))
    middle = planes[len(planes) // 2] if planes else 0.0
    picture = np.zeros((*frames.shape[1:], 3), dtype=np.float32)
    for index in np.argsort(segments, kind="stable"):
        if positions[index] == middle:
            colour = SEGMENT_COLOURS[(segments[index] - 1) % len(SEGMENT_COLOURS)]
            picture[frames[index] > 0] = colour  # fractional SEGs: any membership shows
    return picture


def display_image(pixels: NDArray[Any], header: Dataset, frame: int = 0) -> NDArray[np.uint8]:
    """One decoded frame as a viewer shows it, full size, 8-bit.

    The same mapping as :func:`render_thumbnail` (rescale, the header's window or a robust
    one, MONOCHROME1 inverted, palette and colour kept) without resizing, for showing an
    image pixel for pixel (e.g. to mark burned-in text on it).

    Parameters
    ----------
    pixels
        Stored values of one frame: ``(rows, columns)`` or ``(rows, columns, samples)``.
    header
        The image's dataset (its pixel data is not read again).
    frame
        Index of the frame, for per-frame rescale and window of enhanced images.

    Returns
    -------
    numpy.ndarray
        ``uint8``, ``(rows, columns)`` for grey images or ``(rows, columns, 3)`` for colour.

    Raises
    ------
    DicomReadError
        If a colour palette is damaged.
    """
    picture = _as_displayed(pixels, header, frame, "the image")
    return np.ascontiguousarray(_to_levels(picture))


def _as_displayed(
    pixels: NDArray[Any], header: Dataset, frame: int, name: str
) -> NDArray[np.float32]:
    """Stored values mapped to 0..1 (grey) or 0..1 RGB as a viewer shows them."""
    if str(header.get("PhotometricInterpretation", "")).upper() == "PALETTE COLOR":
        try:
            pixels = apply_color_lut(pixels, header)
        except Exception as exc:
            raise DicomReadError(
                Message(
                    "The colour palette of {name} is damaged; no preview can be made.", name=name
                )
            ) from exc
    if pixels.ndim == 3:
        return _colour_to_unit(pixels)
    picture = _window(_rescaled(pixels, header, frame), header, frame)
    if str(header.get("PhotometricInterpretation", "")).upper() == "MONOCHROME1":
        picture = 1.0 - picture  # MONOCHROME1 stores "0 is white"
    return picture


def _int(value: Any, default: int) -> int:
    try:
        return int(value) if value not in (None, "") else default
    except (TypeError, ValueError):
        return default


def _first_float(value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        if not isinstance(value, (str, bytes)) and hasattr(value, "__len__"):
            value = value[0] if len(value) else None
        return float(value) if value is not None else None
    except (TypeError, ValueError, IndexError):
        return None


def _frame_item(ds: Dataset, frame: int, sequence: str) -> Dataset | None:
    """Item of a functional-group ``sequence`` for ``frame`` (per-frame first, then shared)."""
    for groups_keyword, index in (
        ("PerFrameFunctionalGroupsSequence", frame),
        ("SharedFunctionalGroupsSequence", 0),
    ):
        groups = ds.get(groups_keyword)
        if groups is not None and len(groups) > index:
            items = groups[index].get(sequence)
            if items is not None and len(items):
                item: Dataset = items[0]
                return item
    return None


def _rescaled(pixels: NDArray[Any], ds: Dataset, frame: int) -> NDArray[np.float32]:
    source: Dataset = ds
    if "RescaleSlope" not in ds and "RescaleIntercept" not in ds:
        source = _frame_item(ds, frame, "PixelValueTransformationSequence") or ds
    slope = _first_float(source.get("RescaleSlope"))
    intercept = _first_float(source.get("RescaleIntercept"))
    values = pixels.astype(np.float32)
    if slope is not None and slope != 0:
        values *= np.float32(slope)
    if intercept:
        values += np.float32(intercept)
    return values


def _window(values: NDArray[np.float32], ds: Dataset, frame: int) -> NDArray[np.float32]:
    """Map ``values`` to 0..1 with the header's window, or a robust one."""
    source: Dataset = ds
    if "WindowCenter" not in ds:
        source = _frame_item(ds, frame, "FrameVOILUTSequence") or ds
    center = _first_float(source.get("WindowCenter"))
    width = _first_float(source.get("WindowWidth"))
    if center is not None and width is not None and width >= 1:
        low, high = center - width / 2.0, center + width / 2.0
    else:
        low, high = (float(v) for v in np.percentile(values, ROBUST_PERCENTILES))
        if high <= low:
            # Sparse images (a binary mask, a mostly empty frame) have equal percentiles:
            # the full range still shows what little there is.
            low, high = float(values.min()), float(values.max())
    if high <= low:
        # A flat image (or a constant window): show it mid-grey rather than divide by zero.
        return np.full(values.shape, 0.5, dtype=np.float32)
    unit: NDArray[np.float32] = np.clip(
        (values - np.float32(low)) / np.float32(high - low), 0.0, 1.0
    )
    return unit


def _colour_to_unit(pixels: NDArray[Any]) -> NDArray[np.float32]:
    rgb = pixels[..., :3].astype(np.float32)
    top = float(rgb.max()) if rgb.size else 0.0
    scale = 255.0 if top <= 255.0 else top  # 16-bit colour (rare) is scaled to its own range
    unit: NDArray[np.float32] = np.clip(rgb / np.float32(scale), 0.0, 1.0)
    return unit


def _spacing(ds: Dataset) -> tuple[float, float]:
    """Row and column spacing; 1:1 when the header has none (e.g. secondary captures)."""
    spacing = ds.get("PixelSpacing") or ds.get("ImagerPixelSpacing")
    if spacing is None:
        item = _frame_item(ds, 0, "PixelMeasuresSequence")
        spacing = item.get("PixelSpacing") if item is not None else None
    try:
        row, column = float(spacing[0]), float(spacing[1])
    except (TypeError, ValueError, IndexError):
        return 1.0, 1.0
    return (row, column) if row > 0 and column > 0 else (1.0, 1.0)


def _fitted_shape(
    rows: int, columns: int, spacing: tuple[float, float], size: int
) -> tuple[int, int]:
    height, width = rows * spacing[0], columns * spacing[1]
    if height >= width:
        return size, max(1, round(size * width / height))
    return max(1, round(size * height / width)), size


def _resize(image: NDArray[np.float32], out_h: int, out_w: int) -> NDArray[np.float32]:
    """Area-average by whole factors (no aliasing), then bilinear to the exact shape."""
    factor_y, factor_x = max(1, image.shape[0] // out_h), max(1, image.shape[1] // out_w)
    if factor_y > 1 or factor_x > 1:
        rows = image.shape[0] // factor_y * factor_y
        columns = image.shape[1] // factor_x * factor_x
        blocks = image[:rows, :columns].reshape(
            rows // factor_y, factor_y, columns // factor_x, factor_x, *image.shape[2:]
        )
        image = blocks.mean(axis=(1, 3), dtype=np.float32)
    in_h, in_w = image.shape[:2]

    def axis(
        n_out: int, n_in: int
    ) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.float32]]:
        # Sample at output pixel centres mapped into input pixel coordinates.
        positions = (np.arange(n_out, dtype=np.float32) + 0.5) * n_in / n_out - 0.5
        centres = np.clip(positions, 0, n_in - 1)
        first = np.floor(centres).astype(np.intp)
        second = np.minimum(first + 1, n_in - 1)
        return first, second, (centres - first).astype(np.float32)

    y0, y1, wy = axis(out_h, in_h)
    x0, x1, wx = axis(out_w, in_w)
    if image.ndim == 3:
        wy, wx = wy[:, None, None], wx[None, :, None]
    else:
        wy, wx = wy[:, None], wx[None, :]
    top = image[y0][:, x0] * (1 - wx) + image[y0][:, x1] * wx
    bottom = image[y1][:, x0] * (1 - wx) + image[y1][:, x1] * wx
    return (top * (1 - wy) + bottom * wy).astype(np.float32)
