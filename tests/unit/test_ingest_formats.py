"""Every transfer syntax and character set a hospital may hand over."""

from __future__ import annotations

import warnings
from pathlib import Path

import pydicom
import pydicom.data
import pytest
from pydicom.data import get_testdata_file
from pydicom.uid import generate_uid
from sqlalchemy import select

from casereview.services.index import list_patients
from casereview.services.indexing import import_paths
from casereview.store import models
from casereview.store.database import Database
from support import import_dirs

PYDICOM_FILES = Path(pydicom.data.__file__).parent / "test_files"
CHARSET_FILES = Path(pydicom.data.__file__).parent / "charset_files"


def _pydicom_data_files() -> Path:
    import data_store  # the pydicom-data package's module

    return Path(data_store.__file__).parent / "data"


def _indexed_paths(db: Database) -> set[str]:
    with db.reading() as session:
        return set(session.scalars(select(models.Instance.file_path)))


@pytest.mark.slow
@pytest.mark.parametrize(
    "folder", [PYDICOM_FILES, _pydicom_data_files()], ids=["pydicom", "pydicom-data"]
)
def test_every_test_file_is_indexed_or_reported(db: Database, tmp_path: Path, folder: Path) -> None:
    # DICOMDIR files are media directories: followed to the images, never images themselves.
    files = {str(p.resolve()) for p in folder.rglob("*") if p.is_file() and p.name != "DICOMDIR"}
    report = import_paths(db, [folder], "tester", **import_dirs(tmp_path))
    indexed = _indexed_paths(db)
    reported = {str(Path(p.path).resolve()) for p in [*report.problems, *report.conflicts]}
    duplicates = {str(Path(p).resolve()) for p in report.duplicate_files}
    accounted = indexed | reported | duplicates
    assert files <= accounted, (
        f"files neither indexed nor reported: {sorted(files - accounted)[:5]}"
    )
    assert all(p.reason for p in report.problems)
    assert report.imported > 0


# One file per transfer syntax family, decoded through pydicom's plugins (pylibjpeg, gdcm).
DECODABLE = {
    "1.2.840.10008.1.2": "rtdose.dcm",  # implicit VR little endian
    "1.2.840.10008.1.2.1": "CT_small.dcm",  # explicit VR little endian
    "1.2.840.10008.1.2.2": "MR_small_bigendian.dcm",  # explicit VR big endian
    "1.2.840.10008.1.2.1.99": "image_dfl.dcm",  # deflate
    "1.2.840.10008.1.2.5": "MR_small_RLE.dcm",  # RLE
    "1.2.840.10008.1.2.4.50": "SC_rgb_jpeg_dcmtk.dcm",  # JPEG baseline
    "1.2.840.10008.1.2.4.51": "JPGExtended.dcm",  # JPEG extended (12-bit)
    "1.2.840.10008.1.2.4.70": "JPEG-LL.dcm",  # JPEG lossless SV1
    "1.2.840.10008.1.2.4.80": "MR_small_jpeg_ls_lossless.dcm",  # JPEG-LS lossless
    "1.2.840.10008.1.2.4.81": "JPEGLSNearLossless_16.dcm",  # JPEG-LS near-lossless
    "1.2.840.10008.1.2.4.90": "MR_small_jp2klossless.dcm",  # JPEG 2000 lossless
    "1.2.840.10008.1.2.4.91": "JPEG2000.dcm",  # JPEG 2000
}


@pytest.mark.parametrize("transfer_syntax", sorted(DECODABLE))
def test_transfer_syntax_is_indexed_and_decodes(
    transfer_syntax: str, db: Database, tmp_path: Path
) -> None:
    name = DECODABLE[transfer_syntax]
    path = get_testdata_file(name)
    if path is None:
        pytest.fail(f"{name} is missing from pydicom's test files and pydicom-data")
    dataset = pydicom.dcmread(path)
    assert str(dataset.file_meta.TransferSyntaxUID) == transfer_syntax
    if "StudyInstanceUID" not in dataset or "SeriesInstanceUID" not in dataset:
        # Some codec samples lack the UIDs the index needs; give a copy its own.
        dataset.StudyInstanceUID = dataset.get("StudyInstanceUID") or generate_uid()
        dataset.SeriesInstanceUID = dataset.get("SeriesInstanceUID") or generate_uid()
        path = str(tmp_path / name)
        dataset.save_as(path)
        dataset = pydicom.dcmread(path)
    report = import_paths(db, [Path(path)], "tester", **import_dirs(tmp_path))
    assert report.imported == 1, report.problems
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pixels = dataset.pixel_array
    assert pixels.size > 0 and pixels.std() > 0


@pytest.mark.parametrize(
    "name",
    [
        "chrGerm.dcm",
        "chrFren.dcm",
        "chrX1.dcm",
        "chrH31.dcm",
        "chrKoreanMulti.dcm",
        "chrJapMulti.dcm",
        "chrRuss.dcm",
        "chrGreek.dcm",
        "chrArab.dcm",
        "chrHbrw.dcm",
    ],
)
def test_patient_names_in_every_character_set(name: str, db: Database, tmp_path: Path) -> None:
    path = CHARSET_FILES / name
    expected = str(pydicom.dcmread(path).PatientName)
    assert any(ord(c) > 127 for c in expected)  # a real test of decoding
    import_paths(db, [path], "tester", **import_dirs(tmp_path))
    assert [p.patient_name for p in list_patients(db)] == [expected]
