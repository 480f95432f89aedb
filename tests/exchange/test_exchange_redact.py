"""Cleaning burned-in text from held-back images before export (issue 9).

A secondary capture with a bright "text" block in a known place is cleaned with a rectangle
over the block: the exported image has the block black, every other pixel unchanged, Burned In
Annotation NO, the same UID mapping as the other images, and dciodvfy finds no new errors.
"""

from __future__ import annotations

import json
import subprocess
import zipfile
from io import BytesIO
from pathlib import Path

import numpy as np
import pydicom
import pytest
from exchange_helpers import open_site
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import (
    CTImageStorage,
    ExplicitVRLittleEndian,
    RLELossless,
    SecondaryCaptureImageStorage,
)

from casereview.domain.packages import DeidOptions, RedactionRegion
from casereview.errors import ValidationError
from casereview.services.cases import create_case_from_uids
from casereview.services.exchange import export_case, held_back_picture
from casereview.services.indexing import import_paths
from casereview.services.signing import load_or_create_secret, load_or_create_signing_key
from support import require_tool

STUDY = "1.2.826.0.1.3680043.10.1078.9"
PATIENT_NAME = "REDACT^CANARY"
RGB_SC = f"{STUDY}.3.1"
MULTI_SC = f"{STUDY}.4.1"
UNCLEANED_SC = f"{STUDY}.5.1"
#: The burned-in "text" of the RGB capture: rows 4..11, columns 6..29.
TEXT = RedactionRegion(x=6, y=4, width=24, height=8)


def _base(sop_class: str, sop: str, series: str, modality: str, number: int) -> Dataset:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = sop
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID, ds.SOPInstanceUID = sop_class, sop
    ds.PatientName, ds.PatientID, ds.PatientBirthDate = PATIENT_NAME, "RED-99", "19500505"
    ds.PatientSex = "F"
    ds.StudyInstanceUID, ds.SeriesInstanceUID = STUDY, series
    ds.StudyDate, ds.StudyTime, ds.StudyID = "20260301", "090000", "9"
    ds.AccessionNumber, ds.ReferringPhysicianName = "", ""
    ds.Modality, ds.SeriesNumber, ds.InstanceNumber = modality, number, 1
    ds.SeriesDescription = "Captured screen"
    ds.Manufacturer = ""
    ds.PatientOrientation = ""
    ds.ConversionType = "WSD"
    ds.BurnedInAnnotation = "YES"
    return ds


def _text_picture() -> np.ndarray:
    """48 x 64 RGB: a gradient background, a bright block where the "text" is burned in."""
    picture = np.zeros((48, 64, 3), dtype=np.uint8)
    picture[..., 0] = np.arange(64, dtype=np.uint8)[np.newaxis, :] * 3
    picture[..., 1] = np.arange(48, dtype=np.uint8)[:, np.newaxis] * 4
    picture[..., 2] = 90
    picture[TEXT.y : TEXT.y + TEXT.height, TEXT.x : TEXT.x + TEXT.width] = 250
    return picture


def _write_study(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for number in range(1, 4):
        sop = f"{STUDY}.2.{number}"
        ds = _base(CTImageStorage, sop, f"{STUDY}.2", "CT", 2)
        del ds.ConversionType, ds.BurnedInAnnotation
        ds.InstanceNumber = number
        ds.FrameOfReferenceUID = f"{STUDY}.9"
        ds.ImagePositionPatient = [0, 0, -2.5 * number]
        ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
        ds.PixelSpacing, ds.SliceThickness = [0.8, 0.8], 2.5
        ds.set_pixel_data(
            np.full((16, 16), 900 + number, dtype=np.uint16),
            "MONOCHROME2",
            12,
            generate_instance_uid=False,
        )
        ds.RescaleIntercept, ds.RescaleSlope, ds.RescaleType = -1024, 1, "HU"
        paths[sop] = folder / f"ct{number}.dcm"
        ds.save_as(paths[sop], enforce_file_format=True)

    rgb = _base(SecondaryCaptureImageStorage, RGB_SC, f"{STUDY}.3", "OT", 3)
    rgb.set_pixel_data(_text_picture(), "RGB", 8, generate_instance_uid=False)
    paths[RGB_SC] = folder / "rgb.dcm"
    rgb.save_as(paths[RGB_SC], enforce_file_format=True)

    # Multi-frame grey capture, RLE compressed: the text sits in the same place in each frame.
    multi = _base(SecondaryCaptureImageStorage, MULTI_SC, f"{STUDY}.4", "OT", 4)
    frames = np.full((3, 32, 32), 40, dtype=np.uint8)
    frames[:, 2:6, 3:20] = 255
    frames[:, 20:, :] = np.arange(32, dtype=np.uint8)[np.newaxis, :] * 5 + 60
    multi.set_pixel_data(frames, "MONOCHROME2", 8, generate_instance_uid=False)
    multi.compress(RLELossless, generate_instance_uid=False)
    paths[MULTI_SC] = folder / "multi.dcm"
    multi.save_as(paths[MULTI_SC], enforce_file_format=True)

    plain = _base(SecondaryCaptureImageStorage, UNCLEANED_SC, f"{STUDY}.5", "OT", 5)
    plain.set_pixel_data(
        np.full((8, 8), 7, dtype=np.uint8), "MONOCHROME2", 8, generate_instance_uid=False
    )
    paths[UNCLEANED_SC] = folder / "plain.dcm"
    plain.save_as(paths[UNCLEANED_SC], enforce_file_format=True)
    return paths


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("redact")
    originals = _write_study(root / "incoming")
    db = open_site(root / "site")
    report = import_paths(
        db,
        [root / "incoming"],
        "tester",
        staging_dir=root / "site" / "imports",
        quarantine_dir=root / "site" / "quarantine",
    )
    assert report.imported == len(originals), report.problems
    case = create_case_from_uids(db, "tester", study_uids=[STUDY], title="Redact")
    key = load_or_create_signing_key(root / "keys")
    secret = load_or_create_secret(root / "keys")
    yield root, db, case.id, key, secret, originals
    db.close()


def _export(site, out: Path, **kwargs):
    root, db, case_id, key, secret, _ = site
    return export_case(
        db,
        case_id,
        out,
        "tester",
        options=DeidOptions(),
        signing_key=key,
        secret=secret,
        institution="Sender Hospital",
        workers=1,
        **kwargs,
    )


@pytest.fixture(scope="module")
def cleaned_package(site, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("redact-out") / "package.zip"
    report = _export(
        site,
        out,
        redactions={
            RGB_SC: [TEXT],
            MULTI_SC: [RedactionRegion(3, 2, 17, 4), RedactionRegion(0, 30, 2, 2)],
        },
    )
    folder = out.parent / "unpacked"
    with zipfile.ZipFile(out) as archive:
        archive.extractall(folder)
        manifest = json.loads(archive.read("manifest.json"))
    by_original: dict[str, Path] = {}
    for entry in manifest["files"]:
        if entry["kind"] != "dicom-image":
            continue
        ds = pydicom.dcmread(folder / entry["path"], stop_before_pixels=True)
        by_original[str(ds.SeriesInstanceUID)] = folder / entry["path"]
    return report, manifest, folder, by_original


def _exported(by_series: dict[str, Path], series: str) -> pydicom.Dataset:
    # The series UIDs are remapped; the cleaned captures are the only OT series left.
    found = [
        pydicom.dcmread(path)
        for path in by_series.values()
        if pydicom.dcmread(path, stop_before_pixels=True).Modality == "OT"
    ]
    return next(ds for ds in found if ds.SeriesNumber == {"3": 3, "4": 4}[series])


def test_cleaned_capture_is_exported_with_the_block_black(cleaned_package) -> None:
    report, manifest, _folder, by_series = cleaned_package
    assert report.images == 5  # 3 CT + 2 cleaned; the untouched capture stays held back
    assert [h.sop_instance_uid for h in report.held_back] == [UNCLEANED_SC]
    assert len(report.cleaned) == 2
    assert sorted(manifest["content"]["cleaned_images"]) == sorted(report.cleaned)

    rgb = _exported(by_series, "3")
    assert rgb.file_meta.TransferSyntaxUID == ExplicitVRLittleEndian
    assert rgb.BurnedInAnnotation == "NO"
    assert rgb.PhotometricInterpretation == "RGB"
    assert rgb.SOPInstanceUID != RGB_SC and rgb.PatientIdentityRemoved == "YES"
    codes = [item.CodeValue for item in rgb.DeidentificationMethodCodeSequence]
    assert "113101" in codes and "113100" in codes
    expected = _text_picture()
    expected[TEXT.y : TEXT.y + TEXT.height, TEXT.x : TEXT.x + TEXT.width] = 0
    assert np.array_equal(rgb.pixel_array, expected)


def test_every_frame_of_a_compressed_multiframe_capture_is_cleaned(cleaned_package) -> None:
    _report, _manifest, _folder, by_series = cleaned_package
    multi = _exported(by_series, "4")
    assert multi.file_meta.TransferSyntaxUID == ExplicitVRLittleEndian
    assert int(multi.NumberOfFrames) == 3 and multi.BurnedInAnnotation == "NO"
    pixels = multi.pixel_array
    assert pixels.shape == (3, 32, 32)
    black = 40  # the darkest value of the image
    assert (pixels[:, 2:6, 3:20] == black).all()
    assert (pixels[:, 30:32, 0:2] == black).all()
    untouched = np.ones((32, 32), dtype=bool)
    untouched[2:6, 3:20] = False
    untouched[30:32, 0:2] = False
    assert (pixels[:, untouched] != 255).all()
    assert pixels[0, 25, 10] == 10 * 5 + 60


def test_no_identity_in_the_package(cleaned_package) -> None:
    _report, _manifest, folder, _ = cleaned_package
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"REDACT" not in data and b"RED-99" not in data, path
            assert RGB_SC.encode() not in data and MULTI_SC.encode() not in data, path


def test_cleaned_capture_has_no_new_dciodvfy_errors(site, cleaned_package) -> None:
    require_tool("dciodvfy", "dicom3tools")
    originals = site[5]
    _report, _manifest, _folder, by_series = cleaned_package

    def errors(path: Path) -> set[str]:
        run = subprocess.run(
            ["dciodvfy", str(path)], capture_output=True, text=True, timeout=120, check=False
        )
        lines = (run.stdout + run.stderr).splitlines()
        return {line.split(" = <")[0] for line in lines if line.startswith("Error")}

    for series, sop in (("3", RGB_SC), ("4", MULTI_SC)):
        exported = next(
            path
            for path in by_series.values()
            if pydicom.dcmread(path, stop_before_pixels=True).SeriesNumber == int(series)
        )
        assert errors(exported) <= errors(originals[sop]), exported


def test_regions_outside_the_image_are_refused(site, tmp_path: Path) -> None:
    out = tmp_path / "refused.zip"
    with pytest.raises(ValidationError, match="outside the image"):
        _export(site, out, redactions={RGB_SC: [RedactionRegion(60, 40, 10, 4)]})
    assert not out.exists() and not list(tmp_path.iterdir())
    with pytest.raises(ValidationError, match="outside the image"):
        RedactionRegion(-1, 0, 4, 4)
    with pytest.raises(ValidationError, match="at least one pixel"):
        RedactionRegion(0, 0, 0, 4)
    with pytest.raises(ValidationError, match="x,y,width,height"):
        RedactionRegion.parse("1,2,3")
    assert RedactionRegion.parse(" 1, 2,3,4") == RedactionRegion(1, 2, 3, 4)
    with pytest.raises(ValidationError, match="not part of this case"):
        _export(site, out, redactions={"1.2.3.4": [RedactionRegion(0, 0, 2, 2)]})


def test_picture_for_marking_is_windowed(site) -> None:
    _root, db, case_id, *_ = site
    picture = held_back_picture(db, case_id, RGB_SC)
    assert picture.pixels.shape == (48, 64, 3) and picture.frames == 1
    multi = held_back_picture(db, case_id, MULTI_SC)
    assert multi.pixels.shape == (32, 32) and multi.frames == 3
    assert multi.pixels.min() == 0 and multi.pixels.max() == 255


def test_redact_from_the_command_line(tmp_path: Path, capsys) -> None:
    from casereview.app.cli import main

    _write_study(tmp_path / "incoming")
    data = ["--data-dir", str(tmp_path / "site")]
    assert main([*data, "import", str(tmp_path / "incoming")]) == 0
    assert main([*data, "case", "new", "--study", STUDY, "--title", "Redact"]) == 0
    capsys.readouterr()
    out = tmp_path / "cli.zip"
    code = main(
        [
            "--json",
            *data,
            "export",
            "1",
            "--out",
            str(out),
            "--redact",
            f"{RGB_SC}:6,4,24,8",
            "--redact",
            f"{RGB_SC}:0,0,2,2",
        ]
    )
    exported = json.loads(capsys.readouterr().out)
    assert code == 0 and exported["images"] == 4 and len(exported["cleaned"]) == 1
    assert {h["sop_instance_uid"] for h in exported["held_back"]} == {MULTI_SC, UNCLEANED_SC}
    with zipfile.ZipFile(out) as archive:
        cleaned = pydicom.dcmread(BytesIO(archive.read(exported["cleaned"][0])))
    expected = _text_picture()
    expected[4:12, 6:30] = 0
    expected[0:2, 0:2] = 0
    assert np.array_equal(cleaned.pixel_array, expected)

    # A rectangle outside the image or a malformed one: a clear error, no package.
    bad = tmp_path / "bad.zip"
    assert main([*data, "export", "1", "--out", str(bad), "--redact", f"{RGB_SC}:60,0,10,10"]) == 1
    assert "outside the image" in capsys.readouterr().err
    assert main([*data, "export", "1", "--out", str(bad), "--redact", "6,4,24,8"]) == 1
    assert "SOP_UID:x,y,width,height" in capsys.readouterr().err
    assert not bad.exists()


# -- GUI ---------------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, context, tmp_path: Path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from casereview.ui.shell import ShellWindow

    _write_study(tmp_path / "incoming")
    import_paths(
        context.db,
        [tmp_path / "incoming"],
        context.user.username,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
    )
    create_case_from_uids(context.db, context.user.username, study_uids=[STUDY], title="Redact")
    # The sender is named: a first export would ask for it (test_i20_export_dialog_gui).
    context.update_settings(context.settings.with_changes(institution_name="Test Hospital"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    main = ShellWindow(context)
    main.shown_messages = shown
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.tasks.wait_for_all(10000)
    main.close()


@pytest.mark.gui
def test_user_drags_a_rectangle_over_the_text_and_exports(qtbot, window, tmp_path: Path) -> None:
    from PySide6.QtCore import QPointF, Qt

    from casereview.ui.exchange import ExportDialog, show_export_report
    from gui.gui_helpers import save_screenshot

    dialog = ExportDialog(window.context, window.tasks, 1, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(
        lambda: dialog.preview is not None and dialog.preview_task is None, timeout=30000
    )
    items = [dialog.held_back.item(i) for i in range(dialog.held_back.count())]
    assert {item.data(Qt.ItemDataRole.UserRole) for item in items} == {
        RGB_SC,
        MULTI_SC,
        UNCLEANED_SC,
    }
    assert not dialog.clean_button.isEnabled()  # nothing selected yet
    rgb_item = next(item for item in items if item.data(Qt.ItemDataRole.UserRole) == RGB_SC)
    dialog.held_back.setCurrentItem(rgb_item)
    assert dialog.clean_button.isEnabled()
    qtbot.mouseClick(dialog.clean_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.redact_dialog is not None, timeout=10000)
    redact = dialog.redact_dialog
    qtbot.waitExposed(redact)
    canvas = redact.canvas
    assert canvas.image.width() == 64 and canvas.image.height() == 48

    def drag(x0: float, y0: float, x1: float, y1: float) -> None:
        start, end = canvas.widget_point(x0, y0), canvas.widget_point(x1, y1)
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(canvas, pos=(start + end) / 2)
        qtbot.mouseMove(canvas, pos=end)
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)

    # A wrong rectangle, undone; a second drag beyond the right edge is clipped to the image.
    drag(40.2, 30.2, 50.8, 40.8)
    assert redact.regions() == [RedactionRegion(40, 30, 11, 11)]
    qtbot.mouseClick(redact.undo_button, Qt.MouseButton.LeftButton)
    assert redact.regions() == []
    drag(6.2, 4.2, 29.8, 11.8)
    assert redact.regions() == [TEXT]
    drag(60.2, 40.2, 70.0, 50.0)
    assert redact.regions()[-1] == RedactionRegion(60, 40, 4, 8)
    assert redact.count_label.text().startswith("2 region")
    save_screenshot(redact, "exchange-redact-dialog")
    assert canvas.to_image(QPointF(canvas.widget_point(10, 10))).x() == pytest.approx(10, abs=0.2)
    qtbot.mouseClick(redact.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.redactions == {RGB_SC: [TEXT, RedactionRegion(60, 40, 4, 8)]}
    assert "cleaned (2 region" in rgb_item.text()

    # A preview refresh (option changed) keeps the marks.
    qtbot.mouseClick(dialog.option_boxes["retain_modified_dates"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "dates removed" in dialog.summary.text(), timeout=30000)
    qtbot.waitUntil(lambda: dialog.preview_task is None, timeout=30000)
    listed = [dialog.held_back.item(i).text() for i in range(dialog.held_back.count())]
    assert "4 files" in dialog.summary.text()  # the 3 CT images and the cleaned capture
    assert sum("cleaned (2 region" in text for text in listed) == 1
    save_screenshot(dialog, "exchange-export-dialog-cleaned")

    out = tmp_path / "gui-redact.zip"
    dialog.out_edit.setText(str(out))
    dialog._update_buttons()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    report = dialog.report
    assert report.images == 4 and len(report.cleaned) == 1 and len(report.held_back) == 2
    with zipfile.ZipFile(out) as archive:
        cleaned = pydicom.dcmread(BytesIO(archive.read(report.cleaned[0])))
    expected = _text_picture()
    expected[4:12, 6:30] = 0
    expected[40:48, 60:64] = 0
    assert np.array_equal(cleaned.pixel_array, expected)
    assert cleaned.BurnedInAnnotation == "NO"
    show_export_report(window, report)
    assert "blacked out" in window.shown_messages[-1]
