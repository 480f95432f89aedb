"""Series thumbnails and index search, without Qt."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pydicom
import pytest
import SimpleITK as sitk
from pydicom.data import get_testdata_file
from pydicom.uid import generate_uid

from casereview.dicom.thumbnail import render_thumbnail
from casereview.domain.index import IndexQuery
from casereview.errors import DicomReadError, NotFoundError, ValidationError
from casereview.services import index as index_service
from casereview.services.indexing import import_paths
from casereview.services.thumbnails import png_bytes, series_thumbnail
from casereview.store.database import Database
from casereview.store.index_queries import fold_text
from support import write_ct_file, write_ct_slices


def _import(db: Database, tmp_path: Path, *sources: Path) -> set[int]:
    report = import_paths(
        db,
        list(sources),
        "tester",
        staging_dir=tmp_path / "staging",
        quarantine_dir=tmp_path / "quarantine",
    )
    return report.series_ids


# --- render_thumbnail ----------------------------------------------------------------


def test_ct_thumbnail_uses_the_window_and_keeps_orientation(tmp_path: Path) -> None:
    path = write_ct_slices(tmp_path, slices=1)[0]
    picture = render_thumbnail(path, size=128)
    assert picture.shape == (128, 128) and picture.dtype == np.uint8
    # window 40/400 spans -160..240 HU: air (-1000) black, the bar (1000 HU) white, the disc
    # (200 HU) at 90 % grey; the bar on top shows the image was not flipped
    assert picture[100, 2] == 0 and picture[1, 64] == 255 and abs(int(picture[64, 64]) - 230) <= 1


def test_monochrome1_is_inverted(tmp_path: Path) -> None:
    normal = render_thumbnail(write_ct_slices(tmp_path / "a", slices=1)[0], 64)
    inverted = render_thumbnail(
        write_ct_slices(tmp_path / "b", slices=1, photometric="MONOCHROME1")[0], 64
    )
    # equal up to rounding of x.5 grey levels
    assert np.abs(inverted.astype(int) - (255 - normal.astype(int))).max() <= 1
    assert inverted[1, 32] == 0 and inverted[60, 2] == 255


def test_robust_window_without_window_in_header(tmp_path: Path) -> None:
    path = write_ct_slices(tmp_path, slices=1, window=None)[0]
    picture = render_thumbnail(path, 64)
    assert picture.min() == 0 and picture.max() == 255


def test_aspect_ratio_from_matrix_and_pixel_spacing(tmp_path: Path) -> None:
    wide = write_ct_slices(tmp_path / "wide", slices=1, rows=40, columns=80)[0]
    assert render_thumbnail(wide, 100).shape == (50, 100)
    ds = pydicom.dcmread(wide)
    ds.PixelSpacing = [1.6, 0.8]  # rows twice as far apart: physically square
    ds.save_as(wide)
    assert render_thumbnail(wide, 100).shape == (100, 100)


@pytest.mark.parametrize(
    ("name", "shape"),
    [
        ("CT_small.dcm", (96, 96)),
        ("MR_small.dcm", (96, 96)),
        ("SC_rgb.dcm", (96, 96, 3)),
        ("US1_UNCR.dcm", (72, 96, 3)),
        ("MR2_J2KI.dcm", (96, 96)),
        ("RG1_UNCR.dcm", (96, 90)),
    ],
)
def test_real_world_encodings(name: str, shape: tuple[int, ...]) -> None:
    picture = render_thumbnail(Path(get_testdata_file(name)), 96)
    assert picture.shape == shape and picture.dtype == np.uint8
    assert picture.std() > 10  # an image, not a flat field


def test_multiframe_shows_the_middle_frame() -> None:
    path = Path(get_testdata_file("emri_small.dcm"))
    frames = pydicom.dcmread(path).pixel_array
    picture = render_thumbnail(path, 64).astype(float)
    correlations = [np.corrcoef(picture.ravel(), f.astype(float).ravel())[0, 1] for f in frames]
    assert int(np.argmax(correlations)) == len(frames) // 2


def test_files_without_pixels_raise_a_clear_error(tmp_path: Path) -> None:
    write_ct_file(tmp_path / "header.dcm", name="A^B", charset="ISO_IR 100")
    with pytest.raises(DicomReadError, match="holds no image"):
        render_thumbnail(tmp_path / "header.dcm")
    (tmp_path / "junk.dcm").write_bytes(b"not dicom at all" * 20)
    with pytest.raises(DicomReadError, match="not a readable DICOM file"):
        render_thumbnail(tmp_path / "junk.dcm")
    truncated = tmp_path / "truncated.dcm"
    data = Path(get_testdata_file("CT_small.dcm")).read_bytes()
    truncated.write_bytes(data[: len(data) - 5000])
    with pytest.raises(DicomReadError, match="could not be decoded"):
        render_thumbnail(truncated)


def test_png_round_trip_through_simpleitk(tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    for pixels in (
        rng.integers(0, 256, (21, 34), dtype=np.uint8),
        rng.integers(0, 256, (9, 13, 3), dtype=np.uint8),
    ):
        path = tmp_path / f"{pixels.ndim}.png"
        path.write_bytes(png_bytes(pixels))
        assert np.array_equal(sitk.GetArrayFromImage(sitk.ReadImage(str(path))), pixels)
    with pytest.raises(ValueError):
        png_bytes(np.zeros((4, 4), dtype=np.uint16))


# --- series_thumbnail ------------------------------------------------------------------


def test_series_thumbnail_is_the_middle_image_and_cached(db: Database, tmp_path: Path) -> None:
    paths = write_ct_slices(tmp_path / "series", slices=5)
    # file names in reverse instance order: the choice must follow Instance Number
    for path in paths:
        path.rename(path.with_name("z" + path.name[::-1]))
    (series_id,) = _import(db, tmp_path, tmp_path / "series")
    cache = tmp_path / "cache"
    png = series_thumbnail(db, series_id, cache, size=64)
    picture = sitk.GetArrayFromImage(sitk.ReadImage(str(png)))
    # slice 3 of 5: disc radius 12 px of 64, i.e. 12 px at 64 px output
    row = picture[32]
    assert 20 <= int((row > 128).sum()) <= 28
    assert "PIXELS" not in png.name and png.parent.parent == cache
    mtime = png.stat().st_mtime_ns
    assert series_thumbnail(db, series_id, cache, size=64) == png
    assert png.stat().st_mtime_ns == mtime  # served from the cache, not rendered again


def test_changed_file_gets_a_new_thumbnail(db: Database, tmp_path: Path) -> None:
    paths = write_ct_slices(tmp_path / "series", slices=3)
    (series_id,) = _import(db, tmp_path, tmp_path / "series")
    first = series_thumbnail(db, series_id, tmp_path / "cache", size=32)
    middle = paths[1]
    ds = pydicom.dcmread(middle)
    ds.PixelData = np.zeros((64, 64), dtype=np.int16).tobytes()
    ds.save_as(middle)
    os.utime(middle, ns=(1, 1))  # size may stay the same; the time surely differs
    second = series_thumbnail(db, series_id, tmp_path / "cache", size=32)
    assert second != first
    assert sitk.GetArrayFromImage(sitk.ReadImage(str(second))).max() == 0


def test_series_thumbnail_errors(db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        series_thumbnail(db, 12345, tmp_path / "cache")
    paths = write_ct_slices(tmp_path / "series", slices=1)
    (series_id,) = _import(db, tmp_path, tmp_path / "series")
    paths[0].unlink()
    with pytest.raises(DicomReadError, match="missing"):
        series_thumbnail(db, series_id, tmp_path / "cache")


# --- search and filters ----------------------------------------------------------------


@pytest.fixture
def indexed(db: Database, tmp_path: Path) -> Database:
    write_ct_slices(
        tmp_path / "1",
        slices=1,
        patient_name="LI^Hua",
        patient_id="P-7",
        study_date="20240105",
        accession="A100",
    )
    write_ct_slices(
        tmp_path / "2",
        slices=1,
        patient_name="LI^Hua",
        patient_id="P-7",
        study_date="20250220",
        accession="A200",
        modality="MR",
    )
    write_ct_slices(
        tmp_path / "3",
        slices=1,
        patient_name="LÉVÊQUE^Anaïs",
        patient_id="F-33",
        study_date="20250301",
        accession="B300",
    )
    write_ct_slices(
        tmp_path / "4",
        slices=1,
        patient_name="王^小明",
        patient_id="C-9",
        study_date="",
        accession="C400",
    )
    shutil.copy(get_testdata_file("CT_small.dcm"), tmp_path / "5.dcm")
    _import(db, tmp_path, *(tmp_path / d for d in ("1", "2", "3", "4", "5.dcm")))
    return db


def _names(db: Database, **query: str) -> list[str]:
    return [p.patient_name for p in index_service.search_patients(db, IndexQuery(**query))]


def test_empty_query_lists_every_patient_study_and_series(indexed: Database) -> None:
    patients = index_service.search_patients(indexed, IndexQuery())
    assert sorted(p.patient_id for p in patients) == ["1CT1", "C-9", "F-33", "P-7"]
    li = next(p for p in patients if p.patient_id == "P-7")
    assert [st.study_date for st in li.studies] == ["20250220", "20240105"]  # newest first
    assert [se.instance_count for st in li.studies for se in st.series] == [1, 1]


def test_text_matches_name_id_and_accession(indexed: Database) -> None:
    assert _names(indexed, text="li hua") == ["LI^Hua"]
    assert _names(indexed, text="LI, Hua") == ["LI^Hua"]  # as the browser shows it
    assert _names(indexed, text="hua li") == ["LI^Hua"]  # word order does not matter
    assert _names(indexed, text="leveque") == ["LÉVÊQUE^Anaïs"]  # accents optional
    assert _names(indexed, text="anaïs") == ["LÉVÊQUE^Anaïs"]
    assert _names(indexed, text="小明") == ["王^小明"]
    assert _names(indexed, text="f-33") == ["LÉVÊQUE^Anaïs"]
    assert _names(indexed, text="nobody") == []
    assert _names(indexed, text="%") == []  # no SQL wildcards
    (patient,) = index_service.search_patients(indexed, IndexQuery(text="a200"))
    assert [s.accession_number for s in patient.studies] == ["A200"]


def test_date_range_and_modality(indexed: Database) -> None:
    assert _names(indexed, date_from="20250101") == ["LI^Hua", "LÉVÊQUE^Anaïs"]
    (li,) = index_service.search_patients(indexed, IndexQuery(date_from="2025-01-01", text="li"))
    assert [s.study_date for s in li.studies] == ["20250220"]
    assert _names(indexed, date_to="20240131") == ["CompressedSamples^CT1", "LI^Hua"]
    assert _names(indexed, date_from="20250201", date_to="20250228") == ["LI^Hua"]
    # a study without a date never falls in a range
    assert "王^小明" not in _names(indexed, date_to="29991231")
    assert index_service.modalities(indexed) == ["CT", "MR"]
    (mr,) = index_service.search_patients(indexed, IndexQuery(modality="mr"))
    assert [se.modality for st in mr.studies for se in st.series] == ["MR"]


def test_query_validation() -> None:
    assert IndexQuery(date_from="2025-03-01").date_from == "20250301"
    with pytest.raises(ValidationError, match="ends before"):
        IndexQuery(date_from="20250301", date_to="20250101")
    with pytest.raises(ValidationError, match="calendar date"):
        IndexQuery(date_to="20250231")
    assert IndexQuery(text="  a   b ").text == "a b" and IndexQuery().is_empty


def test_fold_text() -> None:
    assert fold_text("LÉVÊQUE^Anaïs") == "leveque anais"
    assert fold_text("Straße") == "strasse"


def test_segmentation_shows_every_segment_at_the_middle_position(tmp_path: Path) -> None:
    import highdicom as hd

    sources = [pydicom.dcmread(p) for p in write_ct_slices(tmp_path / "ct", slices=3)]
    mask = np.zeros((3, 64, 64, 2), dtype=bool)
    mask[1, 10:20, 10:20, 0] = True  # segment 1 on the middle slice, top left
    mask[1, 40:50, 40:50, 1] = True  # segment 2 on the middle slice, bottom right
    mask[0, 30:34, 30:34, 0] = True  # another slice: must not show
    segments = [
        hd.seg.SegmentDescription(
            segment_number=n,
            segment_label=label,
            segmented_property_category=hd.sr.CodedConcept(
                "91723000", "SCT", "Anatomical structure"
            ),
            segmented_property_type=hd.sr.CodedConcept("15776009", "SCT", "Pancreas"),
            algorithm_type=hd.seg.SegmentAlgorithmTypeValues.MANUAL,
        )
        for n, label in ((1, "one"), (2, "two"))
    ]
    seg = hd.seg.Segmentation(
        source_images=sources,
        pixel_array=mask,
        segmentation_type=hd.seg.SegmentationTypeValues.BINARY,
        segment_descriptions=segments,
        series_instance_uid=generate_uid(),
        series_number=90,
        sop_instance_uid=generate_uid(),
        instance_number=1,
        manufacturer="test",
        manufacturer_model_name="test",
        software_versions="1",
        device_serial_number="1",
    )
    path = tmp_path / "seg.dcm"
    seg.save_as(path)
    picture = render_thumbnail(path, 64)
    assert picture.shape == (64, 64, 3)
    assert picture[15, 15].any() and picture[45, 45].any()  # both segments, coloured
    assert not np.array_equal(picture[15, 15], picture[45, 45])
    assert not picture[32, 32].any()  # the other slice's segment is not drawn
