"""A native library that kills its worker process costs one file, not the import or the volume.

The crash is real: a test hook wrapped around the library call the worker makes (pydicom's
header reader for the scan pool, the pixel decoder for the decoding pool) ends the process with
``os._exit`` when it meets a file carrying a marker, just as a segfaulting codec would. Workers
are forked, so they inherit the hook; in the main process the hook raises instead of exiting
(a crash there would end the test run, and the different reason then fails the test).
"""

from __future__ import annotations

import mmap
import multiprocessing
import multiprocessing.context
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pydicom
import pytest
from pydicom.uid import RLELossless
from sqlalchemy import select

from casereview.dicom import scan, volume, workers
from casereview.dicom.scan import PARALLEL_MIN_FILES, READER_CRASHED, ScanProblem
from casereview.dicom.series_examine import examine_series
from casereview.dicom.volume import POOL_MIN_IMAGES, load_volume
from casereview.services.indexing import import_paths
from casereview.store import models
from casereview.store.database import Database
from support import import_dirs, write_ct_file, write_ct_slices

#: Bytes in a file's header that make the hooked library call end its process.
CRASH_MARKER = "CRASH-THE-NATIVE-LIBRARY"
_EXIT_STATUS = 70


def _crash_on_marker(found: bool) -> None:
    """End this process as a native crash would, when ``found`` (only ever in a worker)."""
    if not found:
        return
    if multiprocessing.parent_process() is None:
        raise RuntimeError("the crashing file was handled in the main process")
    os._exit(_EXIT_STATUS)


def _mark(path: Path) -> Path:
    dataset = pydicom.dcmread(path)
    dataset.SeriesDescription = CRASH_MARKER
    dataset.save_as(path, enforce_file_format=True)
    return path


@pytest.fixture
def forked_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers are forked from the test process, so they carry the hooks set in it."""
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("workers inherit the test hook only where processes fork")

    def fork() -> multiprocessing.context.BaseContext:
        return multiprocessing.get_context("fork")

    monkeypatch.setattr(workers, "pool_context", fork)
    monkeypatch.setattr(volume, "pool_context", fork)


@pytest.fixture
def crashing_reader(monkeypatch: pytest.MonkeyPatch, forked_workers: None) -> None:
    """pydicom's reader ends its process on a file whose header carries the marker."""
    real = pydicom.dcmread
    marker = CRASH_MARKER.encode()

    def dcmread(source: Any, *args: Any, **kwargs: Any) -> pydicom.Dataset:
        if isinstance(source, mmap.mmap):
            _crash_on_marker(source.find(marker) >= 0)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(scan.pydicom, "dcmread", dcmread)


@pytest.fixture
def crashing_decoder(monkeypatch: pytest.MonkeyPatch, forked_workers: None) -> None:
    """The pixel decoder ends its process on a file whose header carries the marker."""
    marker = CRASH_MARKER.encode()

    def hooked(real: Callable[..., Any]) -> Callable[..., Any]:
        def decode(path: str, *args: Any, **kwargs: Any) -> Any:
            _crash_on_marker(marker in Path(path).read_bytes())
            return real(path, *args, **kwargs)

        return decode

    monkeypatch.setattr(volume, "pixel_array", hooked(volume.pixel_array))
    monkeypatch.setattr(volume, "iter_pixels", hooked(volume.iter_pixels))


def _no_traceback(capfd: pytest.CaptureFixture[str]) -> None:
    captured = capfd.readouterr()
    for stream in (captured.out, captured.err):
        assert "Traceback" not in stream


@pytest.mark.slow
def test_scan_pool_worker_crash_costs_only_the_crashing_file(
    crashing_reader: None, db: Database, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "files"
    count = PARALLEL_MIN_FILES + 10  # enough for the scan to use its worker pool
    paths = []
    for number in range(count):
        path = folder / f"IM{number:04d}.dcm"
        write_ct_file(path, name="CRASH^TEST", charset="ISO_IR 100")
        paths.append(path)
    crashing = _mark(paths[count // 3])

    report = import_paths(db, [folder], "tester", workers=2, **import_dirs(tmp_path))

    assert report.problems == [ScanProblem(str(crashing), READER_CRASHED)]
    assert report.problems[0].reason.template == READER_CRASHED.template
    assert "a native library crashed); skipped" in report.problems[0].reason
    assert report.imported == count - 1
    with db.reading() as session:
        indexed = set(session.scalars(select(models.Instance.file_path)))
    assert indexed == {str(p) for p in paths if p != crashing}
    _no_traceback(capfd)


@pytest.mark.slow
def test_decoding_pool_worker_crash_leaves_out_only_the_crashing_file(
    crashing_decoder: None, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    slices = POOL_MIN_IMAGES + 4  # enough compressed images for the decoding pool
    paths = write_ct_slices(tmp_path / "series", slices=slices, rows=32, columns=32)
    for path in paths:
        dataset = pydicom.dcmread(path)
        dataset.compress(RLELossless)
        dataset.save_as(path, enforce_file_format=True)
    crashing = _mark(paths[slices // 2])

    part = examine_series(paths).part(0)
    assert len(part.frames) == slices
    loaded = load_volume(part, workers=2)

    assert loaded.shape == (slices, 32, 32)
    decoded = [uid for uid in loaded.sop_instance_uids if uid]
    assert len(decoded) == slices - 1
    assert pydicom.dcmread(crashing).SOPInstanceUID not in decoded
    notes = [note for note in loaded.warnings if "could not be decoded" in note]
    assert len(notes) == 1
    assert notes[0].params["count"] == 1
    assert f"The image file {crashing.name} stopped the image decoder" in notes[0]
    assert "a native library crashed on it" in notes[0]
    _no_traceback(capfd)
