"""Pictures (single images) in the core: which series show as pictures, what a picture holds,
where its marks are stored and in which units they are measured (no Qt)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pydicom
import pytest
from pydicom.data import get_testdata_file
from volume_series import axial_positions, write_series

from casereview.dicom.series_examine import examine_series
from casereview.dicom.single_image import (
    PIXEL_AREA_UNIT,
    PIXEL_UNIT,
    SpacingSource,
    load_pictures,
    load_single_image,
    picture_files,
)
from casereview.domain.annotations import AnnotationKind, Measurement, format_measurement
from casereview.errors import DicomReadError


def _copy(name: str, folder: Path) -> Path:
    source = get_testdata_file(name)
    assert source is not None, f"pydicom's test file {name} is not installed"
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(source, folder / name))


def test_a_stack_stays_a_volume_and_lone_images_are_pictures(tmp_path: Path) -> None:
    stack = write_series(tmp_path / "ct", axial_positions(6, 2.0))
    assert picture_files(examine_series(stack.paths)) is None
    lone = write_series(tmp_path / "one", axial_positions(1, 2.0))
    assert picture_files(examine_series(lone.paths)) == lone.paths
    # Without any position a lone slice became a flat guessed "volume": now a picture.
    unplaced = write_series(
        tmp_path / "unplaced",
        axial_positions(1, 2.0),
        omit=("ImagePositionPatient", "ImageOrientationPatient"),
    )
    assert picture_files(examine_series(unplaced.paths)) == unplaced.paths
    cine = _copy("color3d_jpeg_baseline.dcm", tmp_path / "cine")
    assert picture_files(examine_series([cine])) == [cine]


def test_grey_image_keeps_modality_values_spacing_and_place(tmp_path: Path) -> None:
    path = _copy("CT_small.dcm", tmp_path)
    ds = pydicom.dcmread(path)
    image = load_single_image(path)
    assert not image.colour and image.frame_count == 1
    expected = float(ds.pixel_array[5, 7]) * float(ds.RescaleSlope) + float(ds.RescaleIntercept)
    assert image.value_at(0, 5, 7) == pytest.approx(expected)
    assert image.value_at(0, 500, 7) is None
    assert image.spacing_source is SpacingSource.PIXEL_SPACING
    assert image.in_patient
    # Marks are stored in patient space: pixel (0, 0) is Image Position Patient.
    (origin,) = image.to_points([(0.0, 0.0)])
    assert origin == pytest.approx(tuple(float(v) for v in ds.ImagePositionPatient))
    pixels = [(3.0, 4.0), (40.5, 17.25)]
    assert image.to_pixels(image.to_points(pixels)) == [pytest.approx(p) for p in pixels]


def test_colour_image_without_pixel_size_measures_in_pixels(tmp_path: Path) -> None:
    image = load_single_image(_copy("US1_UNCR.dcm", tmp_path))
    assert image.colour and image.pixels.dtype == np.uint8
    assert image.spacing is None and image.spacing_source is SpacingSource.NONE
    assert not image.in_patient
    length = image.measure(AnnotationKind.LENGTH, image.to_points([(10, 10), (40, 50)]))
    assert [(m.name, m.unit) for m in length] == [("length", PIXEL_UNIT)]
    assert length[0].value == pytest.approx(50.0)
    square = image.to_points([(0, 0), (10, 0), (10, 10), (0, 10)])
    units = {m.name: m.unit for m in image.measure(AnnotationKind.POLYGON, square)}
    assert units["area"] == PIXEL_AREA_UNIT and "mm" not in "".join(units.values())


def test_palette_and_ybr_pictures_become_rgb(tmp_path: Path) -> None:
    palette = load_single_image(_copy("OBXXXX1A.dcm", tmp_path))
    ybr = load_single_image(_copy("SC_ybr_full_uncompressed.dcm", tmp_path))
    rgb = load_single_image(_copy("SC_rgb.dcm", tmp_path))
    assert palette.colour and palette.pixels.shape[-1] == 3
    # The YBR file holds the same picture as the RGB one: converted, it matches within the
    # rounding of the colour transform (unconverted YBR differs by over a hundred levels).
    difference = np.abs(ybr.pixels.astype(int) - rgb.pixels.astype(int))
    assert ybr.colour and difference.max() <= 8


def test_a_damaged_picture_is_left_out_with_a_warning(tmp_path: Path) -> None:
    good = _copy("SC_rgb.dcm", tmp_path)
    broken = tmp_path / "broken.dcm"
    broken.write_bytes(good.read_bytes()[:2000])
    pictures = load_pictures([broken, good])
    assert len(pictures.images) == 1 and pictures.frame_count == 1
    assert pictures.warnings and "could not be shown" in pictures.warnings[0]
    with pytest.raises(DicomReadError):
        load_pictures([broken])


def test_frames_of_several_pictures_page_in_order(tmp_path: Path) -> None:
    two = _copy("SC_rgb_2frame.dcm", tmp_path)
    one = _copy("SC_rgb.dcm", tmp_path)
    pictures = load_pictures([two, one])
    assert pictures.frame_count == 3
    assert [pictures.frame(i)[1] for i in range(3)] == [0, 1, 0]
    assert pictures.frame(2)[0] is pictures.images[1]
    with pytest.raises(IndexError):
        pictures.frame(3)


def test_an_area_on_a_ct_picture_has_its_hu_statistics(tmp_path: Path) -> None:
    path = _copy("CT_small.dcm", tmp_path)
    image = load_single_image(path)
    square = image.to_points([(40, 40), (60, 40), (60, 60), (40, 60)])
    values = {m.name: m for m in image.measure(AnnotationKind.POLYGON, square)}
    assert values["area"].unit == "mm2"
    assert values["area"].value == pytest.approx(400 * image.spacing[0] * image.spacing[1])
    inside = image.pixels[0, 40:61, 40:61]
    assert values["mean"].unit == "[hnsf'U]"
    assert inside.min() <= values["mean"].value <= inside.max()
    assert values["mean"].value == pytest.approx(
        float(image.pixels[0, 41:60, 41:60].mean()), abs=15
    )
    assert values["min"].value >= inside.min() and values["max"].value <= inside.max()
    # Without CT values there is nothing in HU to give.
    us = load_single_image(_copy("US1_UNCR.dcm", tmp_path))
    names = {
        m.name for m in us.measure(AnnotationKind.POLYGON, us.to_points([(0, 0), (9, 0), (9, 9)]))
    }
    assert names == {"area", "perimeter"}


def test_marks_keep_the_frame_of_reference_only_where_they_are_patient_positions(
    tmp_path: Path,
) -> None:
    ct = load_single_image(_copy("CT_small.dcm", tmp_path))
    assert ct.frame_of_reference_uid and ct.reference().frame_of_reference_uid == (
        ct.frame_of_reference_uid
    )
    assert ct.reference().frame_number is None
    cine = load_single_image(_copy("color3d_jpeg_baseline.dcm", tmp_path))
    reference = cine.reference(4)
    assert reference.frame_number == 5 and reference.sop_instance_uid == cine.sop_instance_uid
    # Plane coordinates of an unplaced picture must not be read as positions in a frame of
    # reference (a DICOM SR would place them in the patient, in mm).
    assert not cine.in_patient and reference.frame_of_reference_uid == ""


def test_pixel_measurements_read_in_pixels_in_every_list_and_report() -> None:
    """Lists, reports and exports format measurements through one function: pixels too."""
    names = {"length": "Length", "area": "Area"}
    assert format_measurement(Measurement("length", 87.04, PIXEL_UNIT), names) == "Length 87.0 px"
    assert (
        format_measurement(Measurement("area", 1234.4, PIXEL_AREA_UNIT), names) == "Area 1234 px²"
    )
