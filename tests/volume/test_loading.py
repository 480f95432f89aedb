"""Loading: compressed twins, memory bound, progress and cancellation, exact rescale."""

from __future__ import annotations

import logging
import mmap
import multiprocessing
import os
import tracemalloc
from pathlib import Path

import numpy as np
import pydicom
import pytest
from pydicom.uid import JPEG2000Lossless, JPEGLosslessSV1, JPEGLSLossless, RLELossless
from volume_series import axial_positions, compressed_copies, write_series

from casereview.dicom.series_examine import examine_series
from casereview.dicom.volume import PROGRESS_MESSAGE, decoder_plugin, load_volume
from casereview.domain.progress import CancelToken
from casereview.errors import OperationCancelled


@pytest.mark.parametrize(
    "syntax",
    [JPEG2000Lossless, JPEGLSLossless, JPEGLosslessSV1, RLELossless],
    ids=["jpeg2000", "jpeg-ls", "jpeg-lossless", "rle"],
)
@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "pool"])
def test_compressed_series_loads_identically_to_its_uncompressed_twin(
    tmp_path: Path, syntax: str, workers: int
) -> None:
    series = write_series(tmp_path / "plain", axial_positions(12, 2.0))
    packed = compressed_copies(series.paths, tmp_path / "packed", syntax)
    assert pydicom.dcmread(packed[0], stop_before_pixels=True).file_meta.TransferSyntaxUID == syntax
    plain = load_volume(examine_series(series.paths).part(0))
    part = examine_series(packed).part(0)
    assert all(source.compressed for source in part.frames)
    loaded = load_volume(part, workers=workers)
    assert loaded.voxels.dtype == plain.voxels.dtype == np.int16
    assert np.array_equal(loaded.voxels, plain.voxels)
    assert np.allclose(loaded.affine(), plain.affine())
    assert loaded.sop_instance_uids == plain.sop_instance_uids


def test_fastest_decoder_is_chosen() -> None:
    # Measured here: GDCM decodes JPEG 2000 and JPEG lossless fastest.
    assert decoder_plugin(JPEG2000Lossless) == "gdcm"
    assert decoder_plugin(JPEGLosslessSV1) == "gdcm"
    assert decoder_plugin("1.2.840.10008.1.2.1") == ""


def test_non_integer_rescale_gives_float32(tmp_path: Path) -> None:
    series = write_series(tmp_path / "s", axial_positions(4, 2.0))
    for path in series.paths:
        ds = pydicom.dcmread(path)
        ds.RescaleSlope, ds.RescaleIntercept = 0.5, -10.25
        ds.save_as(path)
    volume = load_volume(examine_series(series.paths).part(0))
    assert volume.voxels.dtype == np.float32
    stored = series.image(series.positions[0]).astype(np.float32)
    assert np.allclose(volume.voxels[0], stored * 0.5 - 10.25)


def test_a_volume_is_in_plain_numpy_memory_never_a_memory_map(tmp_path: Path) -> None:
    # A memory map lets go of the GIL when it is released. A volume handed to VTK can be
    # released by a garbage collection on a worker thread while VTK's collector holds its
    # lock; the GUI thread, waiting for that lock with the GIL, then hangs for good (seen in a
    # full run with volumes in anonymous maps).
    series = write_series(tmp_path / "s", axial_positions(4, 2.0))
    volume = load_volume(examine_series(series.paths).part(0))
    owner: object = volume.voxels
    while isinstance(owner, np.ndarray) and owner.base is not None:
        owner = owner.base
    assert isinstance(owner, np.ndarray) and owner.flags.owndata
    assert not isinstance(owner, mmap.mmap)


def test_progress_per_image_and_cancel(tmp_path: Path) -> None:
    series = write_series(tmp_path / "s", axial_positions(40, 1.0))
    packed = compressed_copies(series.paths, tmp_path / "rle", RLELossless)
    reports: list[tuple[int, int, str]] = []
    load_volume(
        examine_series(packed).part(0), progress=lambda d, t, m="": reports.append((d, t, m))
    )
    assert reports[0] == (0, 40, PROGRESS_MESSAGE) and reports[-1] == (40, 40, PROGRESS_MESSAGE)
    assert [d for d, _, _ in reports] == list(range(41))

    token = CancelToken()

    def cancel_after_five(done: int, total: int, message: str = "") -> None:
        if done >= 5:
            token.cancel()

    with pytest.raises(OperationCancelled):
        load_volume(examine_series(packed).part(0), progress=cancel_after_five, cancel=token)


@pytest.mark.slow
def test_peak_memory_stays_within_bound(tmp_path: Path) -> None:
    """Peak ≤ 1.3 x the volume's bytes + 100 MB, plain and resampled (slices missing)."""
    series = write_series(
        tmp_path / "big", axial_positions(160, 1.0), rows=512, columns=512, shuffle=False
    )
    for paths, resampling in (
        (series.paths, "none"),
        ([*series.paths[:70], *series.paths[73:]], "slice-axis"),
    ):
        part = examine_series(paths).part(0)
        assert part.resampling == resampling
        tracemalloc.start()
        try:
            volume = load_volume(part)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert volume.shape == (160, 512, 512)
        assert peak <= 1.3 * volume.nbytes + 100e6, (peak / 1e6, volume.nbytes / 1e6)
        del volume


@pytest.mark.parametrize("syntax", [JPEGLosslessSV1, JPEG2000Lossless], ids=["jpeg", "j2k"])
def test_signed_compressed_images_keep_their_negative_values(tmp_path: Path, syntax: str) -> None:
    series = write_series(tmp_path / "plain", axial_positions(4, 2.0))
    for path in series.paths:
        ds = pydicom.dcmread(path)
        values = ds.pixel_array.astype(np.int32) - 1024  # HU stored directly, signed
        ds.PixelRepresentation, ds.BitsStored, ds.HighBit = 1, 16, 15
        ds.RescaleIntercept = 0
        ds.PixelData = values.astype(np.int16).tobytes()
        ds.save_as(path)
    packed = compressed_copies(series.paths, tmp_path / "packed", syntax)
    plain = load_volume(examine_series(series.paths).part(0))
    assert plain.voxels.min() < 0
    loaded = load_volume(examine_series(packed).part(0), workers=1)
    assert np.array_equal(loaded.voxels, plain.voxels)


def _die(task: object) -> None:
    os._exit(3)  # a decoder crashing its worker process


def test_a_crashing_decoder_worker_does_not_lose_the_volume(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from casereview.dicom import volume as volume_module

    series = write_series(tmp_path / "plain", axial_positions(10, 2.0))
    packed = compressed_copies(series.paths, tmp_path / "packed", JPEGLosslessSV1)
    plain = load_volume(examine_series(series.paths).part(0))
    monkeypatch.setattr(volume_module, "_decode_into_slot", _die)
    monkeypatch.setattr(volume_module, "pool_context", lambda: multiprocessing.get_context("fork"))
    with caplog.at_level(logging.WARNING, logger="casereview.dicom.volume"):
        loaded = load_volume(examine_series(packed).part(0), workers=2)
    assert "decoder pool broke" in caplog.text
    assert np.array_equal(loaded.voxels, plain.voxels)
