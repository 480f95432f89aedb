"""Read the pixels of an examined series part into a :class:`~casereview.domain.volume.Volume`.

The second of 3D Slicer's two loading steps (:mod:`casereview.dicom.series_examine` is the
first). Memory stays close to the volume itself: the output array is allocated once and filled
slice by slice, at most a few decoded slices exist at any time besides it, and native 16-bit
files are read straight into it. Compressed images (JPEG lossless, JPEG-LS, JPEG 2000, RLE) are
decoded in worker processes on all cores with the fastest installed decoder, because decoding
holds the GIL and threads would not help (see PLATFORM-NOTES).
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from functools import cache
from multiprocessing.shared_memory import SharedMemory
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from pydicom.pixels import get_decoder, iter_pixels, pixel_array
from pydicom.uid import UID

from casereview.dicom.scan import os_error_kind
from casereview.dicom.series_examine import FrameSource, Loadable, examine_series
from casereview.dicom.workers import pool_context, run_alone, worker_pool
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.domain.volume import Volume
from casereview.errors import DicomReadError
from casereview.library_warnings import logged_warnings
from casereview.messages import Message, joined

log = logging.getLogger(__name__)

#: Progress message (translated in the GUI).
PROGRESS_MESSAGE = Message("Loading images")

#: Decoders fastest first, per transfer syntax family, as measured on 512x512 CT slices
#: (gdcm 19 ms vs pylibjpeg-openjpeg 27 ms for JPEG 2000; gdcm 4 ms vs pylibjpeg-libjpeg 10 ms
#: for JPEG lossless; pyjpegls 5 ms ~ gdcm 6 ms vs pylibjpeg 18 ms for JPEG-LS).
_DECODER_PREFERENCE = {
    "jpeg2000": ("gdcm", "pylibjpeg", "pillow"),
    "jpegls": ("pyjpegls", "gdcm", "pylibjpeg"),
    "jpeg": ("gdcm", "pylibjpeg", "pillow"),
    "rle": ("pylibjpeg", "gdcm", "pydicom"),
}

#: Fewer compressed images than this are decoded in this process (a pool costs more).
#: A decoder that crashes on such a file takes this process with it; isolating them was
#: measured and not chosen: 7 RLE 512x512 slices decode in 5 ms here, 58 ms through a forked
#: pool of 2 and 141 ms one process per file (a fork server, as in the GUI, adds ~0.2 s the
#: first time), and no header check tells a crashing codestream from a good one beforehand.
#: Exceptions of any kind are still the file's (see :func:`_decoded_run`).
POOL_MIN_IMAGES = 8
#: Decoded images in flight per worker: keeps the workers busy with memory bounded.
_IN_FLIGHT_PER_WORKER = 4


@cache
def decoder_plugin(transfer_syntax_uid: str) -> str:
    """The fastest installed pydicom decoder plugin for a transfer syntax ("" = pydicom's pick).

    Parameters
    ----------
    transfer_syntax_uid
        A transfer syntax UID.

    Returns
    -------
    str
        Plugin name to pass as ``decoding_plugin``, or ``""`` when none of the preferred ones
        is installed (pydicom then tries whatever it has).
    """
    uid = UID(transfer_syntax_uid)
    if not uid.is_compressed:
        return ""
    name = uid.name.lower()
    family = (
        "jpeg2000"
        if "2000" in name or "htj2k" in name
        else "jpegls"
        if "jpeg-ls" in name
        else "rle"
        if "rle" in name
        else "jpeg"
    )
    try:
        available = set(get_decoder(uid).available_plugins)
    except NotImplementedError:
        return ""
    for plugin in _DECODER_PREFERENCE[family]:
        if plugin in available:
            return plugin
    return ""


_GDCM_DTYPES = {(8, 0): "u1", (8, 1): "i1", (16, 0): "<u2", (16, 1): "<i2"}


def _gdcm_image(path: str) -> NDArray[Any] | None:
    """Stored values of a single-frame greyscale image decoded by GDCM straight from the file.

    pydicom's GDCM plugin parses the header in Python and hands GDCM one frame at a time; GDCM
    reading the whole file itself is ~20 % faster per CT slice (measured 3.4 vs 4.2 ms for JPEG
    lossless), which is most of what separates a 2-core decode from half the single-core time.
    ``None`` for anything but one frame of one 8/16-bit sample: pydicom then decodes it.
    """
    import gdcm

    reader = gdcm.ImageReader()
    reader.SetFileName(path)
    if not reader.Read():
        return None
    image = reader.GetImage()
    pixel_format = image.GetPixelFormat()
    dtype = _GDCM_DTYPES.get(
        (pixel_format.GetBitsAllocated(), pixel_format.GetPixelRepresentation())
    )
    columns, rows = image.GetDimension(0), image.GetDimension(1)
    frames = image.GetDimension(2) if image.GetNumberOfDimensions() > 2 else 1
    if dtype is None or pixel_format.GetSamplesPerPixel() != 1 or frames != 1:
        return None
    # GDCM's Python binding returns the buffer as str; this turns it back into the bytes.
    data = image.GetBuffer().encode("utf-8", "surrogateescape")
    if len(data) != rows * columns * np.dtype(dtype).itemsize:
        return None
    return np.frombuffer(data, dtype=dtype).reshape(rows, columns)


def _decode_run(path: str, frames: Sequence[int | None], plugin: str) -> list[NDArray[Any]]:
    """Stored pixel values of some frames of one file (the unit of work of a pool worker)."""
    with logged_warnings():
        if frames == [None] or frames == (None,):
            if plugin == "gdcm" and (direct := _gdcm_image(path)) is not None:
                return [direct]
            return [pixel_array(path, decoding_plugin=plugin)]
        indices = [frame for frame in frames if frame is not None]
        return list(iter_pixels(path, indices=indices, decoding_plugin=plugin))


#: Images decoded per pool task: a task of a few images amortises the cost of handing work
#: to a worker and back (several files of a single-frame series go in one task).
_IMAGES_PER_TASK = 4


def _decode_task(task: list[tuple[str, list[int | None], str]]) -> list[NDArray[Any]]:
    """Decode the runs of one pool task (each ``(path, frames, plugin)``), in order."""
    return [array for run in task for array in _decode_run(*run)]


def _decode_error(source: FrameSource, exc: BaseException) -> DicomReadError:
    """Why one file's pixels could not be had, saying only what is known about the file."""
    if isinstance(exc, BrokenProcessPool):
        return DicomReadError(
            Message(
                "The image file {name} stopped the image decoder (a native library crashed "
                "on it); it may be damaged. Re-send the series from the PACS.",
                name=source.path.name,
            )
        )
    if isinstance(exc, AttributeError) and "Pixel Data" in str(exc):
        return DicomReadError(
            Message("The image file {name} holds no pixel data.", name=source.path.name)
        )
    try:
        changed = os.stat(source.path).st_size != source.file_size
    except OSError:
        changed = True
    if changed:
        return DicomReadError(
            Message(
                "The image file {name} has changed since it was imported. Re-import the "
                "series or re-send it from the PACS.",
                name=source.path.name,
            )
        )
    syntax = UID(source.transfer_syntax_uid) if source.transfer_syntax_uid else None
    codec_missing = isinstance(exc, (NotImplementedError, RuntimeError))
    if codec_missing and syntax is not None and syntax.is_compressed:
        return DicomReadError(
            Message(
                (
                    "The images of this series are compressed as {name}, and no installed "
                    "decoder could read them. Reinstall casereview (it brings the "
                    "pylibjpeg and GDCM decoders) or ask the sender for an uncompressed "
                    "export."
                ),
                name=syntax.name,
            )
        )
    return DicomReadError(
        Message(
            (
                "The image file {name} could not be decoded ({error_type}); it may be "
                "damaged. Re-send the series from the PACS."
            ),
            name=source.path.name,
            error_type=type(exc).__name__,
        )
    )


def _runs(frames: Sequence[FrameSource], indices: Sequence[int], limit: int) -> list[list[int]]:
    """Consecutive source indices from the same file, at most ``limit`` per run."""
    runs: list[list[int]] = []
    for i in indices:
        if (
            runs
            and frames[runs[-1][-1]].path == frames[i].path
            and frames[i].frame is not None
            and len(runs[-1]) < limit
            and runs[-1][-1] == i - 1
        ):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _decoded(
    frames: Sequence[FrameSource],
    indices: Sequence[int],
    cancel: CancelToken | None,
    workers: int,
    image_shape: tuple[int, int],
) -> Iterator[tuple[int, _Decoded]]:
    """Stored values of ``frames[i]`` for ``i`` in ``indices``, in that order.

    A frame whose file cannot be decoded comes with the error instead of values: one damaged
    file leaves out its own images only.
    """
    compressed = sum(1 for i in indices if frames[i].compressed)
    if workers > 1 and compressed >= POOL_MIN_IMAGES:
        yield from _decoded_in_pool(frames, indices, cancel, workers, image_shape)
        return
    for run in _runs(frames, indices, limit=64):
        if cancel is not None:
            cancel.raise_if_cancelled()
        yield from _decoded_run(frames, run, isolated=False)


def _decoded_run(
    frames: Sequence[FrameSource], run: list[int], *, isolated: bool
) -> Iterator[tuple[int, _Decoded]]:
    """The frames of one run (one file), decoded here or, ``isolated``, in a process of its own."""
    source = frames[run[0]]
    task = [
        (
            str(source.path),
            [frames[i].frame for i in run],
            decoder_plugin(source.transfer_syntax_uid),
        )
    ]
    try:
        arrays = run_alone(_decode_task, task) if isolated else _decode_task(task)
        if len(arrays) != len(run):
            raise ValueError("frame count")
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # codecs raise anything, even Rust panics: the file is left out
        error = _decode_error(source, exc)
        for i in run:
            yield i, error
        return
    yield from zip(run, arrays, strict=True)


# --- decoding in worker processes, handing images back through shared memory ----------------

#: Shared-memory buffers this worker process has attached, by name.
_ATTACHED: dict[str, SharedMemory] = {}

_DecodeRuns = list[tuple[str, list[int | None], str]]
#: A decoded frame's stored values, or why its file could not be decoded.
_Decoded = NDArray[Any] | DicomReadError
_SlotResult = tuple[int, tuple[int, ...], str] | NDArray[Any]


def _attached(name: str) -> SharedMemory:
    """The parent's shared buffer ``name``, attached once per worker process."""
    shared = _ATTACHED.get(name)
    if shared is None:
        # Attaching registers the name with the resource tracker again; workers share the
        # parent's tracker (fork, forkserver and spawn all hand it down), so that is a no-op
        # and the parent's unlink is the one that counts.
        shared = SharedMemory(name=name)
        _ATTACHED[name] = shared
    return shared


def _decode_into_slot(task: tuple[_DecodeRuns, str, int, int]) -> list[_SlotResult]:
    """Decode one pool task into its slot of the shared buffer (one pool task).

    Returns, per image, ``(offset, shape, dtype)`` of where it was written, or the array itself
    when it does not fit the slot (an unexpectedly large image).
    """
    runs, name, offset, size = task
    buffer = _attached(name).buf
    assert buffer is not None, "an attached shared-memory segment has a buffer until closed"
    position, end = offset, offset + size
    placed: list[_SlotResult] = []
    for array in _decode_task(runs):
        array = np.ascontiguousarray(array)
        if position + array.nbytes > end:
            placed.append(array)
            continue
        buffer[position : position + array.nbytes] = array.reshape(-1).view(np.uint8).data
        placed.append((position, array.shape, array.dtype.str))
        position += array.nbytes
    return placed


def _decoded_in_pool(
    frames: Sequence[FrameSource],
    indices: Sequence[int],
    cancel: CancelToken | None,
    workers: int,
    image_shape: tuple[int, int],
) -> Iterator[tuple[int, _Decoded]]:
    """:func:`_decoded` on ``workers`` processes.

    Decoded images come back through a shared buffer of a few slots instead of being pickled
    through a pipe: for 512x512 CT slices the pipe cost a quarter of the decoding time (measured
    0.89 s vs 0.64 s for 300 JPEG-lossless slices on 2 cores). A slot is reused once the
    image it held has been consumed, so the buffer stays a few megabytes.
    """
    batches: list[list[list[int]]] = []
    for run in _runs(frames, indices, limit=_IMAGES_PER_TASK):
        if not batches or sum(map(len, batches[-1])) + len(run) > _IMAGES_PER_TASK:
            batches.append([])
        batches[-1].append(run)
    slot_size = _IMAGES_PER_TASK * image_shape[0] * image_shape[1] * 2  # 16-bit stored values
    slots = workers * _IN_FLIGHT_PER_WORKER
    shared = SharedMemory(create=True, size=slot_size * slots)
    pending: deque[tuple[int, int, Future[list[_SlotResult]]]] = deque()
    free = list(range(slots))
    consumed = 0
    try:
        with worker_pool(workers, pool_context()) as pool:
            try:
                submitted = 0
                while consumed < len(batches):
                    while free and submitted < len(batches):
                        slot = free.pop()
                        runs = [
                            (
                                str(frames[run[0]].path),
                                [frames[i].frame for i in run],
                                decoder_plugin(frames[run[0]].transfer_syntax_uid),
                            )
                            for run in batches[submitted]
                        ]
                        task = (runs, shared.name, slot * slot_size, slot_size)
                        pending.append((submitted, slot, pool.submit(_decode_into_slot, task)))
                        submitted += 1
                    batch, slot, future = pending.popleft()
                    try:
                        placed = future.result()
                    except BrokenProcessPool:
                        raise
                    except Exception:  # one of the batch's files: decode them one by one
                        for run in batches[batch]:
                            yield from _decoded_run(frames, run, isolated=False)
                        free.append(slot)
                        consumed += 1
                        continue
                    batch_indices = [i for run in batches[batch] for i in run]
                    for i, item in zip(batch_indices, placed, strict=True):
                        if isinstance(item, np.ndarray):
                            yield i, item
                        else:
                            # A copy: no view of the buffer may outlive it (closing it would
                            # fail), and the slot is reused. Copying is cheap next to decoding.
                            offset, shape, dtype = item
                            view = np.ndarray(shape, dtype, buffer=shared.buf, offset=offset)
                            image = view.copy()
                            del view
                            yield i, image
                    free.append(slot)
                    consumed += 1
                    if cancel is not None:
                        cancel.raise_if_cancelled()
            finally:
                for _, _, future in pending:
                    future.cancel()
                pool.shutdown(wait=True, cancel_futures=True)
    except BrokenProcessPool:
        # A worker died (out of memory, a crashing codec, a pool that could not start): the
        # rest is decoded file by file, each in a process of its own, so the file that
        # crashed the codec is left out and cannot take this process down.
        log.warning(
            "decoder pool broke after %d of %d tasks; decoding file by file", consumed, len(batches)
        )
    finally:
        shared.close()
        shared.unlink()
    for batch_runs in batches[consumed:]:
        for run in batch_runs:
            if cancel is not None:
                cancel.raise_if_cancelled()
            yield from _decoded_run(frames, run, isolated=True)


def _fix_bits(stored: NDArray[Any], source: FrameSource) -> NDArray[Any]:
    """Stored values with bits beyond Bits Stored cleared (unsigned) or sign-extended (signed)."""
    bits = source.bits_stored
    if bits >= stored.dtype.itemsize * 8 or not np.issubdtype(stored.dtype, np.integer):
        return stored
    values = stored.astype(np.int32)
    values &= (1 << bits) - 1
    if source.signed:
        sign = 1 << (bits - 1)
        values = (values ^ sign) - sign
    return values


def _int16_storable(source: FrameSource) -> bool:
    """Stored values that are int16 after clearing the bits above Bits Stored."""
    return (source.signed and source.bits_stored == 16) or (
        not source.signed and source.bits_stored <= 15
    )


def _fast_readable(source: FrameSource) -> bool:
    """Native 16-bit pixels that can go straight into an int16 array without a decoder."""
    return source.pixel_offset is not None and _int16_storable(source)


def _read_native(source: FrameSource, target: NDArray[np.int16]) -> bool:
    """Read a file's native pixels into ``target``; False if the file changed since examined."""
    try:
        with source.path.open("rb", buffering=0) as handle:
            if os.fstat(handle.fileno()).st_size != source.file_size:
                return False
            handle.seek(source.pixel_offset or 0)
            view = target.data.cast("B")
            read = 0
            while read < len(view):
                n = handle.readinto(view[read:])
                if not n:
                    return False
                read += n
    except OSError as exc:
        raise DicomReadError(
            Message(
                "The image file {name} could not be read ({error}). "
                "Check that the storage is connected, or re-import the series.",
                name=source.path.name,
                error=os_error_kind(exc),
            )
        ) from exc
    if not source.signed and source.bits_stored < 16:
        # Bits above Bits Stored may hold overlays; they are not part of the value.
        np.bitwise_and(target, np.int16((1 << source.bits_stored) - 1), out=target)
    return True


def _shift_axis(
    image: NDArray[np.float32], shift: float, axis: int, fill: float
) -> NDArray[np.float32]:
    """``out[y] = image[y - shift]`` along one axis, linear interpolation, ``fill`` outside."""
    whole = int(np.floor(shift))
    frac = float(shift - whole)

    def moved(n: int) -> NDArray[np.float32]:
        out = np.full_like(image, fill)
        size = image.shape[axis]
        if abs(n) >= size:
            return out
        src = [slice(None)] * 2
        dst = [slice(None)] * 2
        src[axis] = slice(max(0, -n), size - max(0, n))
        dst[axis] = slice(max(0, n), size - max(0, -n))
        out[tuple(dst)] = image[tuple(src)]
        return out

    if frac < 1e-6:
        return moved(whole)
    result = moved(whole)
    result *= 1.0 - frac
    result += frac * moved(whole + 1)
    return result


def _shift(
    image: NDArray[np.float32], rows: float, columns: float, fill: float
) -> NDArray[np.float32]:
    """``out[y, x] = image[y - rows, x - columns]``, bilinear, ``fill`` outside the image."""
    if abs(rows) > 1e-6:
        image = _shift_axis(image, rows, 0, fill)
    if abs(columns) > 1e-6:
        image = _shift_axis(image, columns, 1, fill)
    return image


class _Assembler:
    """Turns stored slices (in slice order) into the output volume, resampling where planned."""

    def __init__(self, loadable: Loadable, out: NDArray[Any]) -> None:
        self.out = out
        self.exact = out.dtype == np.int16
        self.frames = loadable.frames
        self.clipped = False
        geometry = loadable.geometry
        direction = geometry.direction_matrix()
        row_dir, col_dir, normal = direction[:, 0], direction[:, 1], direction[:, 2]
        origin = np.asarray(geometry.origin)
        rel = np.array([np.asarray(f.position) - origin for f in self.frames])
        self.step = geometry.spacing[0]
        self.z = rel @ normal
        self.shift_rows = (rel @ col_dir) / geometry.spacing[1]
        self.shift_columns = (rel @ row_dir) / geometry.spacing[2]
        self.direct = loadable.resampling == "none"
        self.uids = [""] * out.shape[0]
        self._previous: tuple[int, NDArray[np.float32]] | None = None
        self._next_output = 0
        self.left_out = 0
        # Air for CT, zero otherwise: what a slice that is not (yet) loaded looks like.
        self.background = -1024 if loadable.modality == "CT" else 0

    # -- values --------------------------------------------------------------------------
    def store_exact(
        self, target: NDArray[np.int16], values: NDArray[Any], source: FrameSource
    ) -> None:
        """Write integer modality values ``values + intercept`` into an int16 slice."""
        intercept = int(source.rescale_intercept)
        low, high = int(values.min()), int(values.max())
        if low + intercept < -32768 or high + intercept > 32767:
            self.clipped = True
            target[...] = np.clip(values.astype(np.int32) + intercept, -32768, 32767)
            return
        if low < -32768 or high > 32767:
            target[...] = values.astype(np.int32) + intercept
            return
        np.copyto(target, values, casting="unsafe")  # in int16 range: exact
        if intercept:
            target += np.int16(intercept)

    def modality(self, i: int, stored: NDArray[Any]) -> NDArray[np.float32]:
        source = self.frames[i]
        values = _fix_bits(stored, source).astype(np.float32)
        if source.rescale_slope != 1.0:
            values *= np.float32(source.rescale_slope)
        if source.rescale_intercept:
            values += np.float32(source.rescale_intercept)
        return values

    def write_float(self, k: int, values: NDArray[np.float32]) -> None:
        if self.exact:
            rounded = np.rint(values)
            if rounded.min() < -32768 or rounded.max() > 32767:
                self.clipped = True
                np.clip(rounded, -32768, 32767, out=rounded)
            self.out[k] = rounded
        else:
            self.out[k] = values

    # -- slices --------------------------------------------------------------------------
    def add_native(self, i: int) -> bool:
        """Read frame ``i`` straight into its output slice (direct plan, int16 only)."""
        source = self.frames[i]
        target = self.out[i]
        if not _read_native(source, target):
            return False
        self._add_intercept(i, target)
        return True

    def _add_intercept(self, i: int, target: NDArray[np.int16]) -> None:
        """Turn stored values already in ``target`` into modality values, in place."""
        source = self.frames[i]
        intercept = int(source.rescale_intercept)
        if intercept:
            bits = source.bits_stored
            low, high = (-32768, 32767) if source.signed else (0, (1 << bits) - 1)
            if low + intercept < -32768 or high + intercept > 32767:
                self.store_exact(target, target.copy(), source)
            else:
                target += np.int16(intercept)
        self.uids[i] = source.sop_instance_uid

    def leave_out(self, i: int) -> None:
        """Frame ``i`` could not be read: its slice shows background, or neighbours interpolate."""
        self.left_out += 1
        if self.direct:
            self.out[i] = self.background

    def add(self, i: int, stored: NDArray[Any]) -> None:
        """Place decoded frame ``i`` (frames arrive in slice order)."""
        source = self.frames[i]
        if stored.ndim != 2 or stored.shape != self.out.shape[1:]:
            raise DicomReadError(
                Message(
                    "The image file {name} does not hold a single grey image of "
                    "{columns} x {rows} pixels as its header says. "
                    "Re-import the series or re-send it from the PACS.",
                    name=source.path.name,
                    columns=self.out.shape[2],
                    rows=self.out.shape[1],
                )
            )
        if self.direct:
            self.uids[i] = source.sop_instance_uid
            if self.exact and _int16_storable(source) and stored.dtype.itemsize == 2:
                # The same in-place route as native files: no int32 copy of the slice.
                target = self.out[i]
                np.copyto(target, stored, casting="unsafe")
                if not source.signed and source.bits_stored < 16:
                    np.bitwise_and(target, np.int16((1 << source.bits_stored) - 1), out=target)
                self._add_intercept(i, target)
            elif self.exact:
                self.store_exact(self.out[i], _fix_bits(stored, source), source)
            else:
                self.out[i] = self.modality(i, stored)
            return
        values = self.modality(i, stored)
        values = _shift(values, self.shift_rows[i], self.shift_columns[i], float(values.min()))
        self._emit_until(i, values)
        self._previous = (i, values)

    def _emit_until(self, i: int, values: NDArray[np.float32]) -> None:
        """Write the output slices between the previous source slice and source ``i``."""
        z_i = self.z[i]
        tolerance = 1e-3 * self.step
        while self._next_output < self.out.shape[0]:
            k = self._next_output
            z_k = self.z[0] + k * self.step
            if z_k > z_i + tolerance:
                return
            if abs(z_k - z_i) <= tolerance:
                self.write_float(k, values)
                self.uids[k] = self.frames[i].sop_instance_uid
            elif self._previous is not None:
                j, before = self._previous
                weight = np.float32((z_k - self.z[j]) / (z_i - self.z[j]))
                self.write_float(k, before * (1 - weight) + values * weight)
            self._next_output += 1

    def finish(self) -> None:
        """Fill output slices beyond the last source (rounding at the end of the stack)."""
        if self.direct or self._previous is None:
            return
        _, last = self._previous
        while self._next_output < self.out.shape[0]:
            self.write_float(self._next_output, last)
            self._next_output += 1


def load_volume(
    loadable: Loadable,
    *,
    progress: ProgressReporter = no_progress,
    cancel: CancelToken | None = None,
    workers: int | None = None,
    on_allocated: Callable[[Volume], None] | None = None,
) -> Volume:
    """Read the pixels of an examined part into a volume on the part's geometry.

    Modality values (Rescale Slope/Intercept applied) are int16 when exact (slope 1 and an
    integer intercept, added in place), else float32. Parts that examination marked for
    resampling (gantry tilt, irregular spacing, missing slices) are resampled slice by slice
    as they arrive; their warnings travel with the volume.

    Parameters
    ----------
    loadable
        A part from :func:`casereview.dicom.series_examine.examine_series`.
    progress
        Called after each source image with ``(done, total, "Loading images")``.
    cancel
        Checked after each image.
    workers
        Decoder processes for compressed images (default: all cores).
    on_allocated
        Called (on the loading thread) with the volume as soon as its array exists, filled
        with the background value; the array then fills in place, so a viewer can show the
        first slices while the rest arrive. The returned volume holds the same array.

    Returns
    -------
    Volume
        Voxels ``(slice, row, column)``, geometry in LPS, warnings of the examination.

    Raises
    ------
    DicomReadError
        If a file cannot be read or decoded, or holds other pixels than its header says.
    OperationCancelled
        If ``cancel`` was set; nothing is returned.
    """
    geometry = loadable.geometry
    frames = loadable.frames
    # Plain NumPy memory, never a memory map: a map's release lets go of the GIL, and a volume
    # handed to VTK can be released by a garbage collection on a worker thread while VTK's own
    # collector holds its lock; the GUI thread then waits for that lock with the GIL (a hang the
    # CI-style loop found). NumPy's huge-page advice is off (casereview/__init__.py).
    out = np.empty(geometry.shape, dtype=np.int16 if loadable.int16_exact else np.float32)
    if on_allocated is not None:
        out.fill(-1024 if loadable.modality == "CT" else 0)  # the assembler's background
        on_allocated(_volume(out, loadable, warnings=tuple(loadable.warnings), uids=()))
    assembler = _Assembler(loadable, out)
    total = len(frames)
    progress(0, total, PROGRESS_MESSAGE)
    workers = workers or os.cpu_count() or 1
    to_decode: list[int] = []
    done = 0
    native = assembler.direct and assembler.exact
    for i, source in enumerate(frames):
        if native and _fast_readable(source) and assembler.add_native(i):
            done += 1
            if done % 16 == 0 or done == total:
                progress(done, total, PROGRESS_MESSAGE)
                if cancel is not None:
                    cancel.raise_if_cancelled()
        else:
            to_decode.append(i)
    failures: dict[Path, DicomReadError] = {}
    for i, stored in _decoded(frames, to_decode, cancel, workers, out.shape[1:]):
        try:
            if isinstance(stored, DicomReadError):
                raise stored
            assembler.add(i, stored)
        except DicomReadError as error:
            failures.setdefault(frames[i].path, error)
            assembler.leave_out(i)
        done += 1
        progress(done, total, PROGRESS_MESSAGE)
    if cancel is not None:
        cancel.raise_if_cancelled()
    if failures and assembler.left_out == total:
        raise next(iter(failures.values()))
    assembler.finish()
    notes = list(loadable.warnings)
    if failures:
        notes.append(
            Message(
                "{count} image file(s) of this series could not be decoded and were left out; "
                "their slices show as background or are interpolated from their neighbours "
                "({reasons})",
                count=len(failures),
                reasons=joined(sorted({error.message for error in failures.values()})),
            )
        )
    if assembler.clipped:
        notes.append(
            "Some pixel values lay beyond the range casereview stores (-32768 to 32767) and "
            "were clipped; very bright metal or padding may show at the limit."
        )
    uids = assembler.uids if any(assembler.uids) else []
    return _volume(out, loadable, warnings=tuple(notes), uids=tuple(uids))


def _volume(
    voxels: NDArray[Any], loadable: Loadable, *, warnings: tuple[str, ...], uids: tuple[str, ...]
) -> Volume:
    geometry = loadable.geometry
    return Volume(
        voxels=voxels,
        spacing=geometry.spacing,
        origin=geometry.origin,
        direction=geometry.direction_matrix(),
        sop_instance_uids=uids,
        series_instance_uid=loadable.series_instance_uid,
        frame_of_reference_uid=loadable.frame_of_reference_uid,
        modality=loadable.modality,
        warnings=warnings,
        default_window=loadable.default_window,
    )


def load_ct_volume(paths: Sequence[Path]) -> Volume:
    """Examine ``paths`` and load the best part (a convenience for scripts and tests).

    Parameters
    ----------
    paths
        The files of one series.

    Returns
    -------
    Volume
        The highest-confidence part, with its warnings.

    Raises
    ------
    DicomReadError
        If no part of the files stacks into a volume, or pixels cannot be read.
    """
    return load_volume(examine_series([Path(p) for p in paths]).part(0))
