"""Clearing the bits of native pixel data that lie above High Bit before an image leaves.

Old CT and MR images may carry an *embedded overlay* (retired from DICOM): graphics or text,
sometimes a patient's name, drawn into the unused bits of each pixel word above High Bit. The
de-identification removes the overlay's description (groups 60xx), but the bits stay in the
Pixel Data, and anyone who looks at the whole word sees the drawing again. Those bits carry
no part of the pixel's value, so exported images get them cleared; casereview's own reader
ignores them already (``dicom.volume``), so the image shows exactly as before.

Only unsigned native data is cleared. In signed data the bits above High Bit are the sign's
copies, and files whose values do not fit Bits Stored are common enough (pydicom's
``mlut_18.dcm`` is one) that "repairing" them would change the image; compressed pixel data
cannot hold an embedded overlay.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from pydicom.dataset import Dataset
from pydicom.uid import UID

_WORD_TYPES = {1: np.uint8, 2: np.uint16, 4: np.uint32}


@dataclass(frozen=True, slots=True)
class HighBitCleaner:
    """How to clear the bits above High Bit in a native pixel data value.

    Attributes
    ----------
    word_bytes
        Bytes per pixel word (Bits Allocated / 8).
    keep
        The bits of a word that hold the value (every bit up to High Bit).
    big_endian
        Whether the words are stored big endian (Explicit VR Big Endian).
    """

    word_bytes: int
    keep: int
    big_endian: bool

    def clean(self, data: bytes | bytearray | memoryview) -> bytes:
        """``data`` with every whole word's bits above High Bit cleared.

        ``data`` must start at a word boundary; a trailing part of a word (a malformed
        length) is returned unchanged.
        """
        whole = len(data) - len(data) % self.word_bytes
        dtype = np.dtype(_WORD_TYPES[self.word_bytes]).newbyteorder(">" if self.big_endian else "<")
        words = np.frombuffer(data, dtype=dtype, count=whole // self.word_bytes)
        # Ufuncs answer in the machine's byte order: back to the data's before writing it out.
        cleaned = np.bitwise_and(words, self.keep).astype(dtype, copy=False).tobytes()
        return cleaned + bytes(data[whole:])


def high_bit_cleaner(ds: Dataset, syntax: UID) -> HighBitCleaner | None:
    """The cleaner for the pixel data described by ``ds`` (a header is enough), or ``None``.

    ``None``: compressed pixel data, signed pixels, Bits Allocated other than 8, 16 or 32, or
    no bit above High Bit. A header whose pixel description cannot be read is left to the
    reader that rejects it.
    """
    if syntax.is_encapsulated:
        return None
    try:
        allocated = int(ds.BitsAllocated)
        high_bit = int(ds.HighBit)
        signed = int(ds.get("PixelRepresentation", 0)) == 1
    except (AttributeError, TypeError, ValueError):
        return None
    if signed or allocated not in (8, 16, 32) or not 0 <= high_bit < allocated - 1:
        return None
    return HighBitCleaner(allocated // 8, (1 << (high_bit + 1)) - 1, not syntax.is_little_endian)


def clear_bits_above_high_bit(ds: Dataset, syntax: UID) -> None:
    """Clear the bits above High Bit in ``ds``'s own Pixel Data (read into memory)."""
    if "PixelData" not in ds:
        return
    cleaner = high_bit_cleaner(ds, syntax)
    if cleaner is not None:
        ds.PixelData = cleaner.clean(ds.PixelData)
