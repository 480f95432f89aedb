"""The export dialog and package import, driven as a user would (pytest-qt)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pydicom
import pytest
from pydicom.dataset import FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, SecondaryCaptureImageStorage
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.domain.packages import VerificationStatus
from casereview.services.cases import create_case_from_uids
from casereview.services.indexing import import_paths
from casereview.ui.exchange import ExportDialog, PackageImporter
from casereview.ui.shell import ShellWindow
from gui.gui_helpers import save_screenshot

pytestmark = pytest.mark.gui

STUDY = "1.2.826.0.1.3680043.10.1078.1"
VL_ENDOSCOPIC = "1.2.840.10008.5.1.4.1.1.77.1.1"
XRF_IMAGE = "1.2.840.10008.5.1.4.1.1.12.2"


def _write(
    path: Path, sop_class: str, number: int, series: str, modality: str, study: str = STUDY
) -> None:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = f"{series}.{number}"
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = pydicom.Dataset()
    ds.file_meta = meta
    ds.SOPClassUID, ds.SOPInstanceUID = sop_class, meta.MediaStorageSOPInstanceUID
    ds.PatientName, ds.PatientID, ds.PatientBirthDate = "GUI^PATIENT", "GUI-77", "19600101"
    ds.StudyInstanceUID, ds.SeriesInstanceUID = study, series
    ds.StudyDate, ds.StudyTime, ds.StudyID = "20260301", "090000", "77"
    ds.StudyDescription, ds.SeriesDescription = "CT ABDOMEN", f"{modality} Dr Smith"
    ds.InstitutionName, ds.ReferringPhysicianName = "General Hospital", "REF^DOC"
    ds.Modality, ds.SeriesNumber, ds.InstanceNumber = (
        modality,
        2 if modality == "CT" else 99,
        number,
    )
    ds.ImagePositionPatient, ds.ImageOrientationPatient = [0, 0, -2.5 * number], [1, 0, 0, 0, 1, 0]
    ds.PixelSpacing, ds.SliceThickness = [0.8, 0.8], 2.5
    ds.Rows = ds.Columns = 16
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.PixelData = np.full((16, 16), 900 + number, dtype=np.uint16).tobytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    ds.save_as(path, enforce_file_format=True)


@pytest.fixture
def window(qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch) -> ShellWindow:
    for number in range(1, 7):
        _write(tmp_path / "in" / f"ct{number}.dcm", CTImageStorage, number, f"{STUDY}.2", "CT")
    _write(tmp_path / "in" / "sc.dcm", SecondaryCaptureImageStorage, 1, f"{STUDY}.3", "OT")
    import_paths(
        context.db,
        [tmp_path / "in"],
        context.user.username,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
    )
    create_case_from_uids(context.db, context.user.username, study_uids=[STUDY], title="GUI case")
    # The sender is named: a first export would ask for it (test_i20_export_dialog_gui).
    context.update_settings(context.settings.with_changes(institution_name="Test Hospital"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    main = ShellWindow(context)
    main.shown_messages = shown
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    task = main.refresh()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    yield main
    main.tasks.wait_for_all(10000)
    main.close()


def test_export_dialog_previews_and_exports(
    qtbot: QtBot, window: ShellWindow, tmp_path: Path
) -> None:
    case_id = 1
    window.browser.select_case(case_id)
    with qtbot.waitSignal(window.dialog_shown) as shown:
        window.action_registry.action("casereview.case.export_package").trigger()
    name, dialog = shown.args
    assert name == "export_package" and isinstance(dialog, ExportDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30000)
    qtbot.waitUntil(lambda: dialog.preview_task is None, timeout=30000)
    assert dialog.case_id() == case_id
    top = [
        dialog.changes.topLevelItem(i).text(0) for i in range(dialog.changes.topLevelItemCount())
    ]
    assert "Patient identity" in top and "Unique identifiers (UIDs)" in top
    assert dialog.held_back.count() == 1
    held = dialog.held_back.item(0)
    assert "secondary capture" in held.text()
    assert "earlier" in dialog.summary.text() and "6 files" in dialog.summary.text()
    assert not dialog.export_button.isEnabled()  # no file chosen yet
    save_screenshot(dialog, "exchange-export-dialog")

    # Turning dates off updates the preview.
    qtbot.mouseClick(dialog.option_boxes["retain_modified_dates"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "dates removed" in dialog.summary.text(), timeout=30000)
    qtbot.waitUntil(lambda: dialog.preview_task is None, timeout=30000)

    # Tick the held-back picture as checked, choose a file, export.
    held = dialog.held_back.item(0)
    held.setCheckState(Qt.CheckState.Checked)
    out = tmp_path / "gui-package.zip"
    qtbot.keyClicks(dialog.out_edit, str(out))
    dialog._update_buttons()
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    assert dialog.report.images == 7 and not dialog.report.held_back
    assert zipfile.is_zipfile(out)
    qtbot.waitUntil(lambda: bool(window.shown_messages), timeout=5000)
    assert str(out) in window.shown_messages[-1]


ERCP_STUDY = "1.2.826.0.1.3680043.10.1078.2"


def test_endoscopy_and_fluoroscopy_are_held_back_with_their_reason(
    qtbot: QtBot, window: ShellWindow, tmp_path: Path
) -> None:
    """An ERCP study: the endoscopy picture and the fluoroscopy frame usually show the patient's
    name, so the export holds both back and says why; the CT goes."""
    context = window.context
    folder = tmp_path / "ercp"
    for number in (1, 2):
        _write(
            folder / f"ct{number}.dcm", CTImageStorage, number, f"{ERCP_STUDY}.2", "CT", ERCP_STUDY
        )
    _write(folder / "endoscopy.dcm", VL_ENDOSCOPIC, 1, f"{ERCP_STUDY}.3", "ES", ERCP_STUDY)
    _write(folder / "fluoroscopy.dcm", XRF_IMAGE, 1, f"{ERCP_STUDY}.4", "RF", ERCP_STUDY)
    import_paths(
        context.db,
        [folder],
        context.user.username,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
    )
    case = create_case_from_uids(
        context.db, context.user.username, study_uids=[ERCP_STUDY], title="ERCP case"
    )
    dialog = ExportDialog(context, window.tasks, case.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(
        lambda: dialog.preview is not None and dialog.preview_task is None, timeout=30000
    )
    held = [dialog.held_back.item(i).text() for i in range(dialog.held_back.count())]
    assert len(held) == 2, held
    assert all("endoscopy, photograph or fluoroscopy" in text for text in held), held
    assert "2 files" in dialog.summary.text(), dialog.summary.text()
    save_screenshot(dialog, "exchange-export-endoscopy-held-back")


def _export(window: ShellWindow, tmp_path: Path, qtbot: QtBot) -> Path:
    window.browser.select_case(1)
    dialog = ExportDialog(window.context, window.tasks, 1, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(
        lambda: dialog.preview is not None and dialog.preview_task is None, timeout=30000
    )
    out = tmp_path / "package.zip"
    dialog.out_edit.setText(str(out))
    dialog._update_buttons()
    dialog.export()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    return out


def test_import_shows_verification_then_imports(
    qtbot: QtBot, window: ShellWindow, tmp_path: Path
) -> None:
    package = _export(window, tmp_path, qtbot)
    imported: list[object] = []
    importer = PackageImporter(window, window.context, window.tasks, imported.append)

    # A tampered copy: rejected, no import button.
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(package) as old, zipfile.ZipFile(tampered, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info.filename, data + b"x" if info.filename == "README.TXT" else data)
    importer.verify(tampered)
    qtbot.waitUntil(lambda: importer.dialog is not None, timeout=30000)
    rejected = importer.dialog
    assert rejected.verification.status is VerificationStatus.INVALID
    assert not rejected.import_button.isVisible()
    save_screenshot(rejected, "exchange-verification-rejected")
    rejected.reject()

    # Unsigned: the user has to tick that they know the sender.
    unsigned = tmp_path / "unsigned.zip"
    with zipfile.ZipFile(package) as old, zipfile.ZipFile(unsigned, "w") as new:
        for info in old.infolist():
            if info.filename != "manifest.sig":
                new.writestr(info.filename, old.read(info))
    importer.dialog = None
    importer.verify(unsigned)
    qtbot.waitUntil(lambda: importer.dialog is not None, timeout=30000)
    dialog = importer.dialog
    assert dialog.verification.status is VerificationStatus.UNSIGNED
    assert dialog.consent.isVisible() and not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.consent, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    save_screenshot(dialog, "exchange-verification-unsigned")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(imported), timeout=60000)
    report = imported[0]
    # Six images (the held-back picture was not sent) and the case report (Encapsulated PDF).
    assert report.images_imported == 7
    assert "7 image(s) imported" in window.shown_messages[-1]


def test_partner_keys_dialog_trusts_a_partner(
    qtbot: QtBot, window: ShellWindow, tmp_path: Path
) -> None:
    from casereview.services.signing import load_or_create_signing_key
    from casereview.ui.exchange import PartnerKeysDialog

    partner = load_or_create_signing_key(tmp_path / "partner-keys")
    with qtbot.waitSignal(window.dialog_shown) as shown:
        window.action_registry.action("casereview.tools.partner_keys").trigger()
    name, dialog = shown.args
    assert name == "partner_keys" and isinstance(dialog, PartnerKeysDialog)
    qtbot.waitExposed(dialog)
    assert dialog.own_key.text() and dialog.own_key.isReadOnly()
    qtbot.keyClicks(dialog.name_edit, "Partner Hospital")
    qtbot.keyClicks(dialog.key_edit, "not a key")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0 and "not a casereview public key" in dialog.message.text()
    dialog.key_edit.clear()
    qtbot.keyClicks(dialog.key_edit, partner.public_key_b64)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 1 and partner.fingerprint in dialog.list.item(0).text()
    save_screenshot(dialog, "exchange-partner-keys")
    dialog.save()
    assert [k.institution for k in window.context.settings.trusted_keys] == ["Partner Hospital"]
