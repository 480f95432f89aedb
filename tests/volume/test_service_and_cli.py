"""The volume service (indexed series, cache, NIfTI export) and the CLI commands on top of it."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
import SimpleITK as sitk
from volume_series import axial_positions, hu_at, write_series

from casereview.app import cli
from casereview.dicom.volume import load_ct_volume
from casereview.errors import NotFoundError, ValidationError
from casereview.services.indexing import import_paths
from casereview.services.volumes import (
    VolumeCache,
    examine_indexed_series,
    export_nifti,
    load_series_volume,
    series_id_for_uid,
)
from casereview.store.database import Database
from demo_cache import generate_demo_cached
from support import import_dirs


def _tilted(folder: Path):
    tilt = math.radians(10)
    positions = [
        [-14.0, -20.0 + k * 2 * math.sin(tilt), -20.0 + k * 2 * math.cos(tilt)] for k in range(8)
    ]
    return write_series(folder, positions, rows=48)


def test_indexed_series_examined_loaded_and_cached(db: Database, tmp_path: Path) -> None:
    series = _tilted(tmp_path / "tilted")
    import_paths(db, [tmp_path / "tilted"], "tester", **import_dirs(tmp_path))
    series_id = series_id_for_uid(db, series.series_uid)
    examination = examine_indexed_series(db, series_id)
    assert len(examination.loadables) == 1
    assert "Gantry tilt of 10.0°" in examination.loadables[0].warnings[0]
    cache = VolumeCache(max_bytes=10**9)
    reports: list[tuple[int, int, str]] = []
    volume = load_series_volume(
        db, series_id, cache=cache, progress=lambda d, t, m="": reports.append((d, t, m))
    )
    assert reports[-1] == (8, 8, "Loading images")
    assert volume.warnings == examination.loadables[0].warnings
    assert load_series_volume(db, series_id, cache=cache) is volume
    assert load_series_volume(db, series_id, part=0, cache=cache) is volume
    with pytest.raises(NotFoundError, match="Import it first"):
        series_id_for_uid(db, "1.2.3.4.5")


def test_nifti_of_the_demo_keeps_origin_spacing_and_direction(tmp_path: Path) -> None:
    case = generate_demo_cached(tmp_path / "demo", small=True, phases=("portal-venous",))
    paths = list(case.series["portal-venous"])
    volume = load_ct_volume(paths)
    out = export_nifti(volume, tmp_path / "out" / "pv.nii.gz")
    image = sitk.ReadImage(str(out))
    assert np.allclose(image.GetOrigin(), volume.origin, atol=1e-3)
    assert np.allclose(image.GetSpacing(), volume.spacing[::-1], atol=1e-5)
    assert np.allclose(np.array(image.GetDirection()).reshape(3, 3), volume.direction, atol=1e-5)
    assert np.array_equal(sitk.GetArrayViewFromImage(image), volume.voxels)
    # An independent reader of the DICOM files agrees on where the voxels are.
    reader = sitk.ImageSeriesReader()
    reader.SetFileNames(sitk.ImageSeriesReader.GetGDCMSeriesFileNames(str(paths[0].parent)))
    reader.SetOutputPixelType(sitk.sitkInt16)
    reference = reader.Execute()
    assert np.allclose(reference.GetOrigin(), image.GetOrigin(), atol=1e-3)
    assert np.allclose(reference.GetDirection(), image.GetDirection(), atol=1e-5)
    assert np.array_equal(sitk.GetArrayViewFromImage(reference), volume.voxels)


def test_nifti_of_an_oblique_series_reads_back_in_lps(tmp_path: Path) -> None:
    angle = math.radians(20)
    row, column = np.array([math.cos(angle), 0, math.sin(angle)]), np.array([0.0, 1, 0])
    normal = np.cross(row, column)
    series = write_series(
        tmp_path / "s",
        [np.array([5.0, -8, 3]) + k * 1.5 * normal for k in range(5)],
        orientation=(*row, *column),
    )
    volume = load_ct_volume(series.paths)
    image = sitk.ReadImage(str(export_nifti(volume, tmp_path / "o.nii")))
    index = (7, 11, 3)  # (column, row, slice)
    point = np.array(image.TransformIndexToPhysicalPoint(index))
    assert image[index] == hu_at(point)
    with pytest.raises(ValidationError, match=".nii"):
        export_nifti(volume, tmp_path / "o.nrrd")


def test_cli_examine_and_volume(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    positions = axial_positions(10, 2.0)
    del positions[4]
    series = write_series(tmp_path / "gap", positions)
    assert cli.main(["import", str(tmp_path / "gap")]) == 0
    capsys.readouterr()

    assert cli.main(["examine", series.series_uid]) == 0
    text = capsys.readouterr().out
    assert "part 0  36 x 40 x 10, axial, 2 mm  (9 images" in text
    assert "warning: About 1 slice(s) are missing" in text

    assert cli.main(["examine", series.series_uid, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["parts"][0]["shape"] == [10, 40, 36]
    assert payload["parts"][0]["resampling"] == "slice-axis"

    out = tmp_path / "vol.nii.gz"
    assert cli.main(["volume", series.series_uid, "--out", str(out), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["shape"] == [10, 40, 36] and payload["spacing"] == [2.0, 0.8, 0.7]
    assert payload["origin"] == positions[0]
    assert any("missing" in w for w in payload["warnings"])
    assert sitk.ReadImage(str(out)).GetSize() == (36, 40, 10)

    assert cli.main(["volume", series.series_uid, "--out", str(out)]) == 0
    assert "shape           10 x 40 x 36" in capsys.readouterr().out
    assert cli.main(["volume", series.series_uid, "--out", str(out), "--part", "2"]) == 1
    assert "part 2 does not exist" in capsys.readouterr().err
    assert cli.main(["examine", "1.2.3.999"]) == 1
    assert "No series with this Series Instance UID" in capsys.readouterr().err
