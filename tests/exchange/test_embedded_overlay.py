"""Embedded overlays do not leave with an exported image (issue 14: no identity in any form).

An old MR image can carry graphics or text, a name for instance, drawn into the pixel bits
above High Bit (a retired "embedded overlay", described by a 60xx group without Overlay Data).
The export removes the description and must clear the bits too, whichever way the pixel data
reaches the package: copied from the file (Explicit and Implicit VR Little Endian), rewritten
with the header (Big Endian, an element after the pixel data) or cleaned of burned-in text.
The pixel values themselves (the bits up to High Bit) must not change, and signed pixels, whose
upper bits are the sign's, are exported as they are.
"""

from __future__ import annotations

import json
import pickle
import zipfile
from pathlib import Path

import numpy as np
import pydicom
import pytest
from exchange_helpers import open_site
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import (
    UID,
    ExplicitVRBigEndian,
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    JPEGLSLossless,
    MRImageStorage,
    SecondaryCaptureImageStorage,
)

from casereview.dicom.pixel_bits import (
    HighBitCleaner,
    clear_bits_above_high_bit,
    high_bit_cleaner,
)
from casereview.domain.packages import DeidOptions, RedactionRegion
from casereview.services.cases import create_case_from_uids
from casereview.services.exchange import export_case
from casereview.services.indexing import import_paths
from casereview.services.signing import load_or_create_secret, load_or_create_signing_key

STUDY = "1.2.826.0.1.3680043.10.1078.31"
ROWS = COLUMNS = 32
#: Where the "name" is drawn in the overlay plane (bit 12 and above), in every image.
NAME_BLOCK = (slice(3, 9), slice(4, 28))
OVERLAY_BIT = 12
#: The capture's burned-in text, cleaned by the user before export.
CAPTURE_TEXT = RedactionRegion(x=2, y=20, width=10, height=6)
CAPTURE_SC = f"{STUDY}.6.1"

#: Series number → (transfer syntax, what follows the pixel data), for the MR images.
MR_SERIES = {
    1: (ExplicitVRLittleEndian, None),
    2: (ImplicitVRLittleEndian, None),
    3: (ExplicitVRBigEndian, None),
    4: (ExplicitVRLittleEndian, "trailing padding"),
}
PLAIN_SERIES = 5  # 12 bits stored, nothing above them: exported byte for byte
SIGNED_SERIES = 7  # signed, values beyond Bits Stored (as pydicom's mlut_18.dcm): unchanged


def _values(series_number: int) -> np.ndarray:
    """A 12-bit gradient, different for each series."""
    gradient = np.arange(ROWS * COLUMNS, dtype=np.uint16).reshape(ROWS, COLUMNS) * 3
    return (gradient + 100 * series_number) & 0x0FFF


def _with_overlay(values: np.ndarray) -> np.ndarray:
    words = values.copy()
    words[NAME_BLOCK] |= np.uint16(0b1011 << OVERLAY_BIT)  # three overlay planes drawn into
    return words


def _image(sop_class: str, series_number: int, syntax: UID) -> Dataset:
    sop = f"{STUDY}.{series_number}.1"
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID = sop_class, sop
    meta.TransferSyntaxUID = syntax
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID, ds.SOPInstanceUID = sop_class, sop
    ds.PatientName, ds.PatientID, ds.PatientBirthDate = "OVERLAY^CANARY", "OVL-31", "19400404"
    ds.PatientSex = "M"
    ds.StudyInstanceUID, ds.SeriesInstanceUID = STUDY, f"{STUDY}.{series_number}"
    ds.StudyDate, ds.StudyTime, ds.StudyID = "20260402", "101500", "31"
    ds.AccessionNumber, ds.ReferringPhysicianName = "", ""
    ds.Modality, ds.SeriesNumber, ds.InstanceNumber = "MR", series_number, 1
    ds.Manufacturer = ""
    ds.FrameOfReferenceUID = f"{STUDY}.99"
    ds.ImagePositionPatient = [0, 0, -3.0 * series_number]
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.PixelSpacing, ds.SliceThickness = [0.9, 0.9], 3.0
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.Rows, ds.Columns = ROWS, COLUMNS
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    return ds


def _describe_embedded_overlay(ds: Dataset) -> None:
    """The retired description: an overlay in bit 12 of the pixel words, no Overlay Data."""
    ds.add_new(0x60000010, "US", ROWS)
    ds.add_new(0x60000011, "US", COLUMNS)
    ds.add_new(0x60000022, "LO", "OVERLAY^CANARY")  # Overlay Description
    ds.add_new(0x60000040, "CS", "G")
    ds.add_new(0x60000050, "SS", [1, 1])
    ds.add_new(0x60000100, "US", 16)  # Overlay Bits Allocated
    ds.add_new(0x60000102, "US", OVERLAY_BIT)  # Overlay Bit Position


def _pixel_bytes(words: np.ndarray, syntax: UID) -> bytes:
    return words.astype(">u2" if syntax == ExplicitVRBigEndian else "<u2").tobytes()


def _write_study(folder: Path) -> dict[int, Dataset]:
    """Every image written; the datasets as written, by series number."""
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[int, Dataset] = {}
    for number, (syntax, after) in MR_SERIES.items():
        ds = _image(MRImageStorage, number, syntax)
        _describe_embedded_overlay(ds)
        ds.PixelData = _pixel_bytes(_with_overlay(_values(number)), syntax)
        ds["PixelData"].VR = "OW"
        if after == "trailing padding":
            ds.DataSetTrailingPadding = b"\0" * 16
        written[number] = ds

    plain = _image(MRImageStorage, PLAIN_SERIES, ExplicitVRLittleEndian)
    plain.PixelData = _pixel_bytes(_values(PLAIN_SERIES), ExplicitVRLittleEndian)
    written[PLAIN_SERIES] = plain

    signed = _image(MRImageStorage, SIGNED_SERIES, ExplicitVRLittleEndian)
    signed.PixelRepresentation = 1
    values = _values(SIGNED_SERIES).astype(np.int16) - 2048
    values[NAME_BLOCK] = 3686  # beyond a 12-bit signed value: the file's own inconsistency
    signed.PixelData = values.astype("<i2").tobytes()
    written[SIGNED_SERIES] = signed

    capture = _image(SecondaryCaptureImageStorage, 6, ExplicitVRLittleEndian)
    capture.Modality, capture.ConversionType, capture.BurnedInAnnotation = "OT", "WSD", "YES"
    _describe_embedded_overlay(capture)
    capture.PixelData = _pixel_bytes(_with_overlay(_values(6)), ExplicitVRLittleEndian)
    written[6] = capture

    for number, ds in written.items():
        ds.save_as(folder / f"series{number}.dcm", enforce_file_format=True)
    return written


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Dataset]:
    """The study imported, put in a case and exported (the capture cleaned); the exported
    images by series number."""
    root = tmp_path_factory.mktemp("embedded-overlay")
    written = _write_study(root / "incoming")
    db = open_site(root / "site")
    try:
        report = import_paths(
            db,
            [root / "incoming"],
            "tester",
            staging_dir=root / "site" / "imports",
            quarantine_dir=root / "site" / "quarantine",
        )
        assert report.imported == len(written), report.problems
        case = create_case_from_uids(db, "tester", study_uids=[STUDY], title="Overlays")
        out = root / "out" / "package.zip"
        export = export_case(
            db,
            case.id,
            out,
            "tester",
            options=DeidOptions(),
            signing_key=load_or_create_signing_key(root / "keys"),
            secret=load_or_create_secret(root / "keys"),
            institution="Sender Hospital",
            workers=1,
            redactions={CAPTURE_SC: [CAPTURE_TEXT]},
        )
    finally:
        db.close()
    assert export.images == len(written) and not export.held_back
    images: dict[int, Dataset] = {}
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        for entry in manifest["files"]:
            if entry["kind"] == "dicom-image":
                ds = pydicom.dcmread(archive.open(entry["path"]))
                images[int(ds.SeriesNumber)] = ds
    assert sorted(images) == sorted(written)
    return images


def _words(ds: Dataset) -> np.ndarray:
    big = ds.file_meta.TransferSyntaxUID == ExplicitVRBigEndian
    return np.frombuffer(ds.PixelData, dtype=">u2" if big else "<u2").reshape(ROWS, COLUMNS)


@pytest.mark.parametrize("series_number", sorted(MR_SERIES))
def test_the_overlay_bits_are_cleared_and_the_values_kept(
    exported: dict[int, Dataset], series_number: int
) -> None:
    ds = exported[series_number]
    assert ds.file_meta.TransferSyntaxUID == MR_SERIES[series_number][0]
    assert not [e for e in ds if 0x6000 <= e.tag.group <= 0x601E], "overlay description left"
    words = _words(ds)
    assert not (words & 0xF000).any(), "bits above High Bit left in the pixel data"
    assert np.array_equal(words, _values(series_number))
    assert np.array_equal(ds.pixel_array, _values(series_number))


def test_the_cleaned_capture_has_neither_text_nor_overlay(exported: dict[int, Dataset]) -> None:
    ds = exported[6]
    assert ds.BurnedInAnnotation == "NO"
    words = _words(ds)
    assert not (words & 0xF000).any()
    region = (
        slice(CAPTURE_TEXT.y, CAPTURE_TEXT.y + CAPTURE_TEXT.height),
        slice(CAPTURE_TEXT.x, CAPTURE_TEXT.x + CAPTURE_TEXT.width),
    )
    outside = np.ones((ROWS, COLUMNS), dtype=bool)
    outside[region] = False
    assert np.array_equal(words[outside], _values(6)[outside])


def test_pixels_without_an_overlay_are_exported_byte_for_byte(
    exported: dict[int, Dataset],
) -> None:
    assert exported[PLAIN_SERIES].PixelData == _pixel_bytes(
        _values(PLAIN_SERIES), ExplicitVRLittleEndian
    )


def test_signed_pixels_are_exported_as_they_are(exported: dict[int, Dataset]) -> None:
    values = _values(SIGNED_SERIES).astype(np.int16) - 2048
    values[NAME_BLOCK] = 3686
    assert exported[SIGNED_SERIES].PixelData == values.astype("<i2").tobytes()


def test_no_identity_in_the_exported_headers(exported: dict[int, Dataset]) -> None:
    for ds in exported.values():
        text = str(ds)
        assert "OVERLAY" not in text and "OVL-31" not in text and "19400404" not in text


# -- The cleaner itself ---------------------------------------------------------------------


def _header(allocated: int, high_bit: int, signed: int = 0) -> Dataset:
    ds = Dataset()
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = allocated, high_bit + 1, high_bit
    ds.PixelRepresentation = signed
    return ds


@pytest.mark.parametrize(
    ("allocated", "high_bit", "dtype"),
    [(8, 5, "u1"), (16, 11, "<u2"), (16, 9, ">u2"), (32, 23, "<u4")],
)
def test_every_word_size_and_byte_order(allocated: int, high_bit: int, dtype: str) -> None:
    syntax = ExplicitVRBigEndian if dtype.startswith(">") else ExplicitVRLittleEndian
    cleaner = high_bit_cleaner(_header(allocated, high_bit), syntax)
    assert cleaner is not None
    keep = (1 << (high_bit + 1)) - 1
    words = np.array([0, keep, keep + 1, (1 << allocated) - 1, 0xA5A5A5A5 % (1 << allocated)])
    raw = words.astype(dtype).tobytes()
    cleaned = np.frombuffer(cleaner.clean(raw), dtype=dtype)
    assert cleaned.tolist() == [int(w) & keep for w in words]


def test_a_trailing_part_of_a_word_is_left_alone() -> None:
    cleaner = HighBitCleaner(word_bytes=2, keep=0x0FFF, big_endian=False)
    assert cleaner.clean(b"\xff\xff\xff") == b"\xff\x0f\xff"
    assert pickle.loads(pickle.dumps(cleaner)) == cleaner  # crosses to export processes


@pytest.mark.parametrize(
    ("header", "syntax"),
    [
        (_header(16, 11, signed=1), ExplicitVRLittleEndian),
        (_header(16, 15), ExplicitVRLittleEndian),
        (_header(16, 11), JPEGLSLossless),
        (_header(1, 0), ExplicitVRLittleEndian),
        (Dataset(), ExplicitVRLittleEndian),
    ],
    ids=["signed", "all-bits-used", "compressed", "one-bit", "no-pixel-description"],
)
def test_nothing_to_clear(header: Dataset, syntax: UID) -> None:
    assert high_bit_cleaner(header, syntax) is None
    header.PixelData = b"\xff\xff"
    clear_bits_above_high_bit(header, syntax)
    assert header.PixelData == b"\xff\xff"
