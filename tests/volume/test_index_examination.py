"""Examining an indexed series from the index gives exactly what reading its headers gives.

Opening a series reads each ordinary file once, for its pixels: the header attributes examination
needs were stored at import (revision 0004). These tests build series with every geometry the
examiner handles, import them, and compare the examination from the index with the examination
from the files' headers, field by field; and they check when the headers must still be read.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pydicom
import pytest
from pydicom.uid import JPEG2000Lossless
from sqlalchemy import update
from volume_series import axial_positions, compressed_copies, write_enhanced, write_series

from casereview.dicom import series_examine
from casereview.dicom.series_examine import SeriesExamination, examine_series
from casereview.services.indexing import import_paths
from casereview.services.volumes import (
    examine_indexed_series,
    load_series_volume,
    series_id_for_uid,
)
from casereview.store import models
from casereview.store.database import Database
from casereview.store.index_queries import series_instances
from support import import_dirs


def _set(paths: list[Path], **attributes: object) -> None:
    for path in paths:
        ds = pydicom.dcmread(path)
        for keyword, value in attributes.items():
            setattr(ds, keyword, value)
        ds.save_as(path)


def _regular(folder: Path) -> str:
    return write_series(folder, axial_positions(9, 1.5)).series_uid


def _irregular(folder: Path) -> str:
    steps = [0, 1.0, 2.0, 3.5, 4.0, 5.0, 9.0, 10.0, 10.0]  # jitter, a gap, a duplicate
    return write_series(folder, [[-14.0, -16.0, -20.0 + z] for z in steps]).series_uid


def _tilted(folder: Path) -> str:
    tilt = math.radians(22)
    positions = [
        [-14.0, -20.0 + k * 2 * math.sin(tilt), -20.0 + k * 2 * math.cos(tilt)] for k in range(7)
    ]
    return write_series(folder, positions).series_uid


def _oblique(folder: Path) -> str:
    c, s = math.cos(math.radians(30)), math.sin(math.radians(30))
    row, col = np.array([c, s, 0.0]), np.array([0.0, 0.0, -1.0])
    normal = np.cross(row, col)
    positions = [list(np.array([-10.0, -5.0, 30.0]) + k * 1.25 * normal) for k in range(6)]
    return write_series(folder, positions, orientation=(*row, *col)).series_uid


def _enhanced(folder: Path) -> str:
    return write_enhanced(
        folder / "ct.dcm", axial_positions(6, 1.5), frame_order=[2, 0, 1, 5, 3, 4]
    ).series_uid


def _mixed_with_localizer(folder: Path) -> str:
    axial = write_series(folder / "axial", axial_positions(6, 2.0))
    other = write_series(folder / "small", axial_positions(4, 3.0), rows=20, columns=20)
    scout = write_series(folder / "scout", [[-14, 0, -20]], orientation=(1, 0, 0, 0, 0, -1))
    study = pydicom.dcmread(axial.paths[0]).StudyInstanceUID
    _set(other.paths + scout.paths, SeriesInstanceUID=axial.series_uid, StudyInstanceUID=study)
    _set(scout.paths, ImageType=["ORIGINAL", "PRIMARY", "LOCALIZER"])
    return axial.series_uid


def _two_acquisitions(folder: Path) -> str:
    series = write_series(folder, axial_positions(5, 2.0) * 2, shuffle=False)
    for n, path in enumerate(series.paths):
        _set([path], AcquisitionNumber=1 + n // 5, InstanceNumber=n + 1)
    return series.series_uid


def _without_position(folder: Path) -> str:
    return write_series(
        folder, axial_positions(5, 2.0), omit=("ImagePositionPatient", "ImageOrientationPatient")
    ).series_uid


def _rescaled_mr_like(folder: Path) -> str:
    series = write_series(folder, axial_positions(5, 2.0))
    _set(series.paths, RescaleSlope="0.5", RescaleIntercept="-10.25", WindowCenter=["40", "60"])
    return series.series_uid


def _compressed(folder: Path) -> str:
    series = write_series(folder / "plain", axial_positions(5, 2.0))
    compressed_copies(series.paths, folder / "j2k", JPEG2000Lossless)
    for path in series.paths:
        path.unlink()
    return series.series_uid


SERIES: dict[str, Callable[[Path], str]] = {
    "regular": _regular,
    "irregular, gap, duplicate": _irregular,
    "gantry tilt": _tilted,
    "oblique": _oblique,
    "enhanced multi-frame": _enhanced,
    "mixed geometry and localizer": _mixed_with_localizer,
    "two acquisitions": _two_acquisitions,
    "no position": _without_position,
    "rescaled, two windows": _rescaled_mr_like,
    "JPEG 2000": _compressed,
}


def _by_headers(db: Database, series_id: int) -> SeriesExamination:
    with db.reading() as session:
        _, records = series_instances(session, series_id)
    return examine_series([Path(record.file_path) for record in records])


def _indexed(db: Database, tmp_path: Path, build: Callable[[Path], str]) -> int:
    uid = build(tmp_path / "series")
    import_paths(db, [tmp_path / "series"], "tester", **import_dirs(tmp_path))
    return series_id_for_uid(db, uid)


@pytest.mark.parametrize("name", list(SERIES))
def test_index_examination_equals_header_examination(
    name: str, db: Database, tmp_path: Path
) -> None:
    series_id = _indexed(db, tmp_path, SERIES[name])
    from_index = examine_indexed_series(db, series_id)
    from_headers = _by_headers(db, series_id)
    assert from_index.loadables, name
    assert from_index == from_headers


def _count_header_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    reads: list[Path] = []
    original = series_examine._read_images

    def counting(path: Path, file_order: int):
        reads.append(path)
        return original(path, file_order)

    monkeypatch.setattr(series_examine, "_read_images", counting)
    return reads


def test_ordinary_series_opens_without_reading_headers(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    series_id = _indexed(db, tmp_path, _regular)
    reads = _count_header_reads(monkeypatch)
    volume = load_series_volume(db, series_id)
    assert reads == []
    assert volume.shape == (9, 40, 36)
    assert volume.voxels.dtype == np.int16


def test_changed_file_and_rows_from_older_versions_are_read_from_headers(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    series_id = _indexed(db, tmp_path, _regular)
    expected = _by_headers(db, series_id)
    with db.reading() as session:
        _, records = series_instances(session, series_id)
    changed = Path(records[3].file_path)
    os.utime(changed, ns=(records[3].file_mtime_ns, records[3].file_mtime_ns + 10**9))
    old = records[5]
    with db.writing() as session:
        session.execute(
            update(models.Instance)
            .where(models.Instance.sop_instance_uid == old.sop_instance_uid)
            .values(bits_allocated=None)
        )
    reads = _count_header_reads(monkeypatch)
    assert examine_indexed_series(db, series_id) == expected
    assert sorted(reads) == sorted([changed, Path(old.file_path)])
