"""Examine and load generated series with known geometry: right affine, right warnings."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from volume_series import (
    Series,
    axial_positions,
    hu_at,
    write_enhanced,
    write_series,
)

from casereview.dicom.series_examine import examine_series
from casereview.dicom.volume import load_ct_volume, load_volume
from casereview.domain.volume import Volume
from casereview.errors import DicomReadError

TOLERANCE_MM = 0.01


def _lps_of_all_voxels(volume: Volume) -> np.ndarray:
    k, j, i = np.mgrid[0 : volume.shape[0], 0 : volume.shape[1], 0 : volume.shape[2]]
    index = np.stack([k.ravel(), j.ravel(), i.ravel()], axis=1).astype(float)
    return volume.index_to_patient(index).reshape(*volume.shape, 3)


def _inside_source(series: Series, volume: Volume, lps: np.ndarray) -> np.ndarray:
    """Voxels whose position lies within the field of view of the written slices."""
    rel = lps - series.positions[0]
    column = rel @ series.row_direction / series.pixel_spacing[1]
    row = rel @ series.column_direction / series.pixel_spacing[0]
    # The in-plane drift of a tilted stack moves the field of view from slice to slice.
    normal = np.cross(series.row_direction, series.column_direction)
    drift = series.positions - series.positions[0]
    along = drift @ normal
    fraction = (rel @ normal) / along.max() if along.max() > 0 else np.zeros(rel.shape[:-1])
    last = drift[np.argmax(along)]
    column = column - fraction * (last @ series.row_direction) / series.pixel_spacing[1]
    row = row - fraction * (last @ series.column_direction) / series.pixel_spacing[0]
    return (
        (column >= -1e-6)
        & (column <= series.columns - 1 + 1e-6)
        & (row >= -1e-6)
        & (row <= series.rows - 1 + 1e-6)
    )


def _assert_values_follow_affine(series: Series, volume: Volume) -> None:
    """Every voxel inside the written field of view holds the phantom value at its position."""
    lps = _lps_of_all_voxels(volume)
    expected = hu_at(lps)
    inside = _inside_source(series, volume, lps)
    assert inside.mean() > 0.5
    error = np.abs(volume.voxels.astype(float) - expected)[inside]
    # Rounding of the written values and of interpolated ones: at most one HU off.
    assert error.max() <= 1.0


def _assert_affine(
    volume: Volume, origin: object, direction: object, spacing: tuple[float, float, float]
) -> None:
    expected = np.eye(4)
    expected[:3, :3] = np.asarray(direction, float).T * np.asarray(spacing, float)[::-1]
    expected[:3, 3] = origin
    assert np.allclose(volume.affine(), expected, atol=TOLERANCE_MM)


def test_shuffled_regular_series_loads_exactly(tmp_path: Path) -> None:
    series = write_series(tmp_path / "s", axial_positions(12, 2.5), shuffle=True)
    examination = examine_series(list(reversed(series.paths)))
    part = examination.part(0)
    assert part.confidence == 1.0 and part.warnings == () and part.resampling == "none"
    volume = load_volume(part)
    assert volume.voxels.dtype == np.int16 and volume.shape == (12, 40, 36)
    _assert_affine(volume, series.positions[0], [[1, 0, 0], [0, 1, 0], [0, 0, 1]], (2.5, 0.8, 0.7))
    _assert_values_follow_affine(series, volume)
    assert volume.warnings == ()
    assert volume.default_window == (40.0, 400.0)
    # One SOP instance per slice, in slice order (instance numbers follow positions here).
    assert len(set(volume.sop_instance_uids)) == 12


def test_descending_positions_still_stack_along_the_normal(tmp_path: Path) -> None:
    positions = axial_positions(8, -1.25, start=(-14, -16, 30))
    series = write_series(tmp_path / "s", positions)
    volume = load_ct_volume(series.paths)
    assert np.allclose(volume.origin, positions[-1], atol=TOLERANCE_MM)
    assert volume.spacing[0] == pytest.approx(1.25)
    _assert_values_follow_affine(series, volume)


def test_non_uniform_spacing_is_resampled_and_said(tmp_path: Path) -> None:
    positions = axial_positions(10, 2.0)
    positions[4][2] += 0.6  # 2.6 mm then 1.4 mm
    series = write_series(tmp_path / "s", positions)
    part = examine_series(series.paths).part(0)
    assert part.resampling == "slice-axis" and part.confidence < 1
    assert any("not uniform" in w and "resampled to a uniform 2 mm" in w for w in part.warnings)
    volume = load_volume(part)
    _assert_affine(volume, positions[0], np.eye(3), (2.0, 0.8, 0.7))
    assert volume.shape[0] == 10
    _assert_values_follow_affine(series, volume)
    assert volume.warnings == part.warnings
    assert volume.sop_instance_uids.count("") == 1  # the moved slice's place is interpolated


def test_tiny_spacing_jitter_within_tolerance_is_regular(tmp_path: Path) -> None:
    positions = axial_positions(6, 2.0)
    positions[3][2] += 2.0 * 5e-5  # below the 1e-4 relative tolerance
    series = write_series(tmp_path / "s", positions)
    part = examine_series(series.paths).part(0)
    assert part.warnings == () and part.resampling == "none"


def test_missing_slices_are_reported_and_filled(tmp_path: Path) -> None:
    positions = axial_positions(14, 1.5)
    del positions[6:9]
    series = write_series(tmp_path / "s", positions)
    part = examine_series(series.paths).part(0)
    assert any("3 slice(s) are missing" in w and "interpolation" in w for w in part.warnings)
    volume = load_volume(part)
    assert volume.shape[0] == 14
    _assert_affine(volume, positions[0], np.eye(3), (1.5, 0.8, 0.7))
    _assert_values_follow_affine(series, volume)
    assert volume.sop_instance_uids.count("") == 3


def test_duplicate_positions_keep_one(tmp_path: Path) -> None:
    positions = axial_positions(9, 2.0)
    positions += [positions[2], positions[5]]
    series = write_series(tmp_path / "s", positions)
    part = examine_series(series.paths).part(0)
    assert any("2 image(s) repeat a slice position" in w and "left out" in w for w in part.warnings)
    assert len(part.frames) == 9
    volume = load_volume(part)
    assert volume.shape[0] == 9 and len(set(volume.sop_instance_uids)) == 9
    _assert_values_follow_affine(series, volume)


@pytest.mark.parametrize("tilt_degrees", [0.0, 10.0, 30.0])
def test_gantry_tilt_is_corrected_onto_an_unsheared_grid(
    tmp_path: Path, tilt_degrees: float
) -> None:
    tilt = math.radians(tilt_degrees)
    step = 2.0
    # The gantry tilts about the left-right axis: slices stay axial, the stack runs obliquely.
    positions = [
        [-14.0, -20.0 + k * step * math.sin(tilt), -20.0 + k * step * math.cos(tilt)]
        for k in range(10)
    ]
    series = write_series(tmp_path / "s", positions, rows=72)
    part = examine_series(series.paths).part(0)
    volume = load_volume(part)
    if tilt_degrees == 0:
        assert part.warnings == () and part.resampling == "none"
    else:
        (warning,) = part.warnings
        assert f"Gantry tilt of {tilt_degrees:.1f}° detected" in warning
        assert "non-tilted grid" in warning
        assert part.resampling == "in-plane" and part.confidence < 1
    # dcm2niix's result: axial axes, the true distance between slice planes.
    _assert_affine(volume, positions[0], np.eye(3), (step * math.cos(tilt), 0.8, 0.7))
    _assert_values_follow_affine(series, volume)


def test_oblique_orientation(tmp_path: Path) -> None:
    angle = math.radians(25)
    row = np.array([math.cos(angle), math.sin(angle), 0.0])
    column = np.array([0.0, 0.0, -1.0])  # coronal-ish oblique: rows run down (inferior)
    normal = np.cross(row, column)
    start = np.array([-10.0, -12.0, 15.0])
    positions = [start + k * 1.7 * normal for k in range(9)]
    series = write_series(tmp_path / "s", positions, orientation=(*row, *column))
    part = examine_series(series.paths).part(0)
    assert part.warnings == () and "oblique" in part.name
    volume = load_volume(part)
    _assert_affine(volume, start, np.stack([row, column, normal]), (1.7, 0.8, 0.7))
    _assert_values_follow_affine(series, volume)


def test_enhanced_multiframe_ct_loads_as_a_volume(tmp_path: Path) -> None:
    positions = axial_positions(8, 1.5)
    series = write_enhanced(
        tmp_path / "mf" / "ct.dcm", positions, frame_order=[3, 1, 0, 2, 7, 5, 4, 6]
    )
    part = examine_series(series.paths).part(0)
    assert part.warnings == () and part.frame_indices == [2, 1, 3, 0, 6, 5, 7, 4]
    volume = load_volume(part)
    _assert_affine(volume, positions[0], np.eye(3), (1.5, 0.8, 0.7))
    _assert_values_follow_affine(series, volume)


def test_missing_position_falls_back_to_instance_order_loudly(tmp_path: Path) -> None:
    series = write_series(
        tmp_path / "s",
        axial_positions(6, 2.0),
        omit=("ImagePositionPatient", "ImageOrientationPatient"),
    )
    part = examine_series(series.paths).part(0)
    assert part.confidence <= 0.2
    (warning,) = part.warnings
    assert warning.startswith("WARNING: the images have no position or orientation")
    assert "Instance Number order" in warning and "do not measure" in warning
    volume = load_volume(part)
    # Instance Number order: the same order the files were written in (going up).
    expected = series.image(series.positions[3]).astype(int) - 1024
    assert np.array_equal(volume.voxels[3], expected)


def test_series_split_on_geometry_and_localizers_kept_as_images(tmp_path: Path) -> None:
    axial = write_series(tmp_path / "axial", axial_positions(7, 2.0))
    other = write_series(tmp_path / "small", axial_positions(5, 3.0), rows=20, columns=20)
    scout = write_series(tmp_path / "scout", [[-14, 0, -20]], orientation=(1, 0, 0, 0, 0, -1))
    import pydicom

    ds = pydicom.dcmread(scout.paths[0])
    ds.ImageType = ["ORIGINAL", "PRIMARY", "LOCALIZER"]
    ds.save_as(scout.paths[0])
    examination = examine_series([*axial.paths, *other.paths, *scout.paths])
    assert [len(p.frames) for p in examination.loadables] == [7, 5]
    assert examination.images == scout.paths
    assert any("several series" in w for w in examination.loadables[0].warnings)


def test_repeated_acquisition_splits_only_where_positions_repeat(tmp_path: Path) -> None:
    import pydicom

    series = write_series(tmp_path / "s", axial_positions(6, 2.0) * 2, shuffle=False)
    for n, path in enumerate(series.paths):
        ds = pydicom.dcmread(path)
        ds.AcquisitionNumber = 1 + n // 6
        ds.SeriesInstanceUID = series.series_uid
        ds.save_as(path)
    examination = examine_series(series.paths)
    assert [len(p.frames) for p in examination.loadables] == [6, 6]
    assert all(
        "2 acquisitions at the same slice positions" in w
        for p in examination.loadables
        for w in p.warnings
    )
    # Acquisition numbers changing along the table without repeats: one volume.
    helical = write_series(tmp_path / "h", axial_positions(8, 2.0), shuffle=False)
    for n, path in enumerate(helical.paths):
        ds = pydicom.dcmread(path)
        ds.AcquisitionNumber = 1 + n // 3
        ds.save_as(path)
    assert [len(p.frames) for p in examine_series(helical.paths).loadables] == [8]


def test_no_volume_says_why(tmp_path: Path) -> None:
    single = write_series(tmp_path / "one", axial_positions(1, 2.0))
    examination = examine_series(single.paths)
    assert examination.loadables == [] and examination.images == single.paths
    with pytest.raises(DicomReadError, match="no stack of images"):
        examination.part(0)
    with pytest.raises(DicomReadError, match="part 3 does not exist"):
        examine_series(write_series(tmp_path / "s", axial_positions(4, 2.0)).paths).part(3)
