"""Series thumbnails for the study browser, cached as PNG files on disk.

A thumbnail shows the middle image of a series (by Instance Number). Its cache file name is a
hash of the Series Instance UID, the SHA-256 of that image's file and the rendering settings, so
a changed file or a series that gained images gets a new picture, and the name reveals nothing
about the patient.
"""

from __future__ import annotations

import hashlib
import os
import struct
import tempfile
import zlib
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from casereview.dicom.thumbnail import render_thumbnail
from casereview.errors import DicomReadError, NotFoundError
from casereview.messages import Message
from casereview.services.integrity import file_sha256
from casereview.store import index_queries
from casereview.store.database import Database

#: Part of every cache key: raise it when rendering changes so old pictures are not reused.
RENDER_VERSION = 1

DEFAULT_SIZE = 128


def series_thumbnail(
    db: Database, series_id: int, cache_dir: Path, size: int = DEFAULT_SIZE
) -> Path:
    """Return the PNG thumbnail of a series, rendering and caching it if needed.

    Safe to call from worker threads; two threads rendering the same series at once both
    write a complete file and the last one wins.

    Parameters
    ----------
    db
        Open case database.
    series_id
        Internal id of the series.
    cache_dir
        Folder of cached thumbnails (created if missing).
    size
        Longer side of the picture in pixels.

    Returns
    -------
    Path
        The cached PNG file (8-bit grey, or RGB for colour images).

    Raises
    ------
    NotFoundError
        If the series is not indexed or has no images.
    DicomReadError
        If the middle image is missing from disk or cannot be decoded.
    """
    with db.reading() as session:
        series_uid, instances = index_queries.series_instances(session, series_id)
    if not instances:
        raise NotFoundError(Message("This series has no indexed images, so there is no preview."))
    middle = instances[len(instances) // 2]
    image_path = Path(middle.file_path)
    try:
        stat = image_path.stat()
    except OSError as exc:
        raise DicomReadError(
            Message(
                (
                    "The image file {name} of this series is missing or unreadable; check "
                    "the database and files, or import the series again."
                ),
                name=image_path.name,
            )
        ) from exc
    sha256 = middle.sha256
    if (stat.st_size, stat.st_mtime_ns) != (middle.file_size, middle.file_mtime_ns):
        # The file changed after indexing: key the picture on what is on disk now.
        sha256 = file_sha256(image_path)
    key = hashlib.sha256(f"{RENDER_VERSION}\0{size}\0{series_uid}\0{sha256}".encode()).hexdigest()[
        :40
    ]
    target = cache_dir / key[:2] / f"{key}.png"
    if target.is_file():
        return target
    pixels = render_thumbnail(image_path, size)
    target.parent.mkdir(parents=True, exist_ok=True)
    _write_atomically(target, png_bytes(pixels))
    return target


def png_bytes(pixels: NDArray[np.uint8]) -> bytes:
    """Encode an 8-bit grey ``(H, W)`` or RGB ``(H, W, 3)`` array as a PNG file.

    A few lines of ``zlib`` keep the core free of Qt and image libraries.

    Parameters
    ----------
    pixels
        ``uint8`` picture.

    Returns
    -------
    bytes
        A complete PNG file.

    Raises
    ------
    ValueError
        If the array is not ``uint8`` grey or RGB.
    """
    if (
        pixels.dtype != np.uint8
        or pixels.ndim not in (2, 3)
        or (pixels.ndim == 3 and pixels.shape[2] != 3)
    ):
        raise ValueError("PNG thumbnails are uint8 arrays of shape (H, W) or (H, W, 3)")
    height, width = pixels.shape[:2]
    colour_type = 0 if pixels.ndim == 2 else 2
    rows = np.ascontiguousarray(pixels).reshape(height, -1)
    # Filter type 0 (none) before each row; zlib does the compressing.
    raw = np.hstack([np.zeros((height, 1), dtype=np.uint8), rows]).tobytes()

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 6))
        + chunk(b"IEND", b"")
    )


def _write_atomically(target: Path, data: bytes) -> None:
    """Write via a temporary file and rename, so a reader never sees half a picture."""
    handle, temporary = tempfile.mkstemp(prefix=".thumb-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
