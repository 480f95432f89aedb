"""Importing through the window (dialog, drag and drop, cancel) and the study browser."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pydicom
import pydicom.data
import pytest
from gui_helpers import ShownDialogs, refresh, save_screenshot, wait_for_index
from pydicom.data import get_testdata_file
from pydicom.uid import generate_uid
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

import casereview.ui.features.importing as importing_feature
from casereview.app.context import AppContext
from casereview.domain.progress import CancelToken, ProgressReporter, RemainingTime
from casereview.errors import OperationCancelled
from casereview.services import index as index_service
from casereview.services import indexing
from casereview.services.indexing import ImportReport
from casereview.ui.browser import ID_ROLE, THUMBNAIL_ROLE
from casereview.ui.import_report import ImportReportDialog
from casereview.ui.shell import ShellWindow
from casereview.ui.tasks import format_remaining, progress_text
from demo_cache import generate_demo_cached
from support import write_ct_file, write_ct_slices

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small synthetic demo CT (two phases), generated once for this module."""
    folder = tmp_path_factory.mktemp("demo")
    generate_demo_cached(folder, small=True, phases=("arterial", "portal-venous"))
    return folder


@pytest.fixture
def import_folder(tmp_path: Path, demo_folder: Path) -> Path:
    """A "CD" with the demo CT, two sample images and a file that is not DICOM."""
    folder = tmp_path / "cd"
    shutil.copytree(demo_folder, folder / "DEMO")
    shutil.copy(get_testdata_file("MR_small.dcm"), folder / "IM0001")
    shutil.copy(get_testdata_file("CT_small.dcm"), folder / "IM0002")
    (folder / "notes.txt").write_text("Patient CD from the referring hospital", encoding="utf-8")
    return folder


def _wait_for_import(
    window: ShellWindow, dialogs: ShownDialogs, qtbot: QtBot, timeout: int = 120_000
) -> ImportReportDialog:
    dialog = dialogs.wait(qtbot, "import_report", timeout=timeout)
    dialogs.clear()
    wait_for_index(window, qtbot)
    qtbot.waitUntil(lambda: not window.browser.thumbnails_pending(), timeout=60_000)
    assert isinstance(dialog, ImportReportDialog)
    return dialog


def _series_items(window: ShellWindow) -> dict[int, object]:
    model = window.browser.index_model
    found = {}
    for p in range(model.rowCount()):
        patient = model.item(p, 0)
        for s in range(patient.rowCount()):
            study = patient.child(s, 0)
            for r in range(study.rowCount()):
                item = study.child(r, 0)
                found[item.data(ID_ROLE)] = item
    return found


def _patient_labels(window: ShellWindow) -> list[str]:
    model = window.browser.index_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_import_folder_shows_series_thumbnails_and_report(
    window: ShellWindow,
    dialogs: ShownDialogs,
    context: AppContext,
    import_folder: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def choose(parent: object, caption: str, directory: str = "") -> str:
        asked.append(caption)
        return str(import_folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose))
    action = window.action_registry.action("casereview.file.import")
    assert action.shortcut().toString() == "Ctrl+I"
    assert action in window.findChild(object, "mainToolbar").actions()
    action.trigger()
    assert asked and not action.isEnabled()  # one import at a time
    dialog = _wait_for_import(window, dialogs, qtbot)
    assert action.isEnabled()

    report = dialog.report
    assert report.imported == len(list((import_folder / "DEMO").rglob("*.dcm"))) + 2
    assert dialog.count_labels["found"].text() == str(report.files_seen)
    assert dialog.count_labels["imported"].text() == str(report.imported)
    # notes.txt and the demo's ground-truth JSON are not DICOM
    assert dialog.count_labels["not_imported"].text() == str(len(report.problems)) == "2"
    reasons = dialog.reasons()
    assert reasons[str(import_folder / "notes.txt")] == "not a DICOM file"
    assert dialog.problem_table.rowCount() == 2
    assert dialog.isVisible()
    save_screenshot(dialog, "import_report")
    assert "new images" in window.statusBar().currentMessage()
    assert "2 files not imported" in window.statusBar().currentMessage()
    dialog.close()

    # the imported series are selected, so a case can be made from them straight away
    assert set(window.browser.selected_series_ids()) == report.series_ids
    items = _series_items(window)
    assert set(items) == report.series_ids
    for series_id, item in items.items():
        assert item.data(THUMBNAIL_ROLE) == "ready", series_id
        icon: QIcon = item.icon()
        image = icon.pixmap(64, 64).toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        assert not image.isNull()
        values = {
            image.pixelColor(x, y).value()
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
        }
        assert len(values) > 8, f"series {series_id}: uniform thumbnail"
    pngs = list((context.paths.cache / "thumbnails").rglob("*.png"))
    assert len(pngs) == len(report.series_ids)

    window.browser.index_view.expandAll()
    window.browser.index_view.scrollToTop()
    qtbot.wait(100)
    save_screenshot(window, "browser_thumbnails")


def test_import_files_dialog_and_drag_and_drop(
    window: ShellWindow,
    dialogs: ShownDialogs,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    single = tmp_path / "single" / "IM0001"
    single.parent.mkdir()
    shutil.copy(get_testdata_file("CT_small.dcm"), single)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(single)], ""))
    )
    window.action_registry.action("casereview.file.import_files").trigger()
    dialog = _wait_for_import(window, dialogs, qtbot)
    assert dialog.report.imported == 1 and not dialog.problem_table.isVisible()
    dialog.close()

    dropped = tmp_path / "dropped"
    write_ct_slices(
        dropped, patient_name="MARTIN^Claire", patient_id="P-8", study_date="20250301", slices=3
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    # Sent to the tree's viewport: the event travels up to the window, as a real drop does.
    target = window.browser.index_view.viewport()
    enter = QDragEnterEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()
    dialog = _wait_for_import(window, dialogs, qtbot)
    assert dialog.report.imported == 3
    assert any("MARTIN, Claire" == label for label in _patient_labels(window))

    web = QMimeData()
    web.setUrls([QUrl("https://example.org/study.zip")])
    refused = QDragEnterEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        web,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, refused)
    assert not refused.isAccepted()


def test_search_and_filters_query_the_core(
    window: ShellWindow, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    from casereview.services.indexing import import_paths

    write_ct_slices(
        tmp_path / "a", patient_name="LI^Hua", patient_id="P-7", study_date="20240105", slices=3
    )
    write_ct_slices(
        tmp_path / "b",
        patient_name="LÉVÊQUE^Anaïs",
        patient_id="F-33",
        study_date="20250301",
        modality="MR",
        slices=3,
    )
    import_paths(
        context.db,
        [tmp_path / "a", tmp_path / "b"],
        context.user.username,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
    )
    refresh(window, qtbot)
    browser = window.browser
    assert _patient_labels(window) == ["LI, Hua", "LÉVÊQUE, Anaïs"]
    combo = browser.modality_filter
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "CT", "MR"]

    qtbot.keyClicks(browser.search_box, "leveque")
    qtbot.waitUntil(lambda: _patient_labels(window) == ["LÉVÊQUE, Anaïs"], timeout=3000)
    browser.search_box.clear()
    qtbot.waitUntil(lambda: len(_patient_labels(window)) == 2, timeout=3000)

    combo.setCurrentIndex(combo.findData("CT"))
    wait_for_index(window, qtbot)
    assert _patient_labels(window) == ["LI, Hua"]
    combo.setCurrentIndex(0)

    browser.date_from.setDate(browser.date_from.date().fromString("2025-01-01", "yyyy-MM-dd"))
    browser.date_from_check.setChecked(True)
    wait_for_index(window, qtbot)
    assert _patient_labels(window) == ["LÉVÊQUE, Anaïs"]
    assert browser.query().date_from == "20250101"
    qtbot.keyClicks(browser.search_box, "nobody")
    qtbot.keyClick(browser.search_box, Qt.Key.Key_Return)
    wait_for_index(window, qtbot)
    assert _patient_labels(window) == []
    assert browser.index_empty_hint.isVisible()
    assert "matches" in browser.index_empty_hint.text()
    save_screenshot(window, "browser_filters_no_match")

    browser.clear_filters_button.click()
    wait_for_index(window, qtbot)
    assert len(_patient_labels(window)) == 2 and browser.query().is_empty
    # the PHI toggle still hides the names of what is shown
    window.action_registry.action("casereview.view.hide_phi").trigger()
    assert _patient_labels(window) == ["Patient 1", "Patient 2"]


def test_cancelled_import_keeps_finished_batches_and_shows_time_left(
    window: ShellWindow,
    context: AppContext,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "many"
    series_uid = generate_uid()
    for number in range(450):
        write_ct_file(
            folder / f"{number:04d}.dcm",
            name="SLOW^Import",
            charset="ISO_IR 100",
            series_uid=series_uid,
        )
    real_import: Callable[..., ImportReport] = importing_feature.import_paths

    def slowed(
        *args: object, progress: ProgressReporter, cancel: CancelToken, **kwargs: object
    ) -> ImportReport:
        def slow_progress(done: int, total: int, message: str = "") -> None:
            time.sleep(0.01)  # about 4.5 s in all: time to read the dialog and press Cancel
            progress(done, total, message)

        return real_import(*args, progress=slow_progress, cancel=cancel, **kwargs)

    monkeypatch.setattr(importing_feature, "import_paths", slowed)
    monkeypatch.setattr(indexing, "BATCH_SIZE", 100)
    window.paths_dropped.emit([folder])  # as a drop on the window does
    task = window.tasks.tasks[-1]  # started at once, on this thread
    assert task.title == "Importing DICOM files"
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)), timeout=10_000
    )
    dialog = next(d for d in window.findChildren(QProgressDialog) if d.isVisible())
    qtbot.waitUntil(lambda: "left" in dialog.labelText() and dialog.value() >= 250, timeout=30_000)
    assert "/ 450 files · " in dialog.labelText()
    save_screenshot(dialog, "import_progress")
    button = dialog.findChild(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert isinstance(task.error, OperationCancelled)
    assert window.errors.current_box is None  # a cancel is not an error
    assert "cancelled" in window.statusBar().currentMessage()
    (patient,) = index_service.list_patients(context.db)
    kept = patient.studies[0].series[0].instance_count
    # whole batches written before the cancel stay indexed
    assert kept % 100 == 0 and 200 <= kept < 450
    wait_for_index(window, qtbot)
    texts = [window.browser.index_model.index(0, c).data() for c in range(4)]
    assert str(kept) in texts  # and the browser shows it without a manual refresh


def test_remaining_time_estimate() -> None:
    estimate = RemainingTime()
    assert estimate.update(100, 1000, "Reading", now=0.0) is None  # a new step starts here
    assert estimate.update(150, 1000, "Reading", now=1.0) is None  # too early to tell
    assert estimate.update(300, 1000, "Reading", now=4.0) == pytest.approx(14.0)
    assert estimate.update(0, 0, "Other", now=5.0) is None
    assert format_remaining(3) == "a few seconds left"
    assert format_remaining(41) == "about 40 s left"
    assert format_remaining(130) == "about 3 min left"
    assert format_remaining(2 * 3600 + 300) == "about 2 h 5 min left"
    assert progress_text(1234, 5000, "files", 40) == "1,234 / 5,000 files · about 40 s left"
    assert progress_text(5, 0, "files", None) == ""


def test_names_in_chinese_japanese_korean_and_european_character_sets_are_shown(
    window: ShellWindow,
    dialogs: ShownDialogs,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    charset_dir = Path(pydicom.data.__file__).parent / "charset_files"
    folder = tmp_path / "partners"
    folder.mkdir()
    for name in ("chrH31.dcm", "chrJapMulti.dcm", "chrGerm.dcm", "chrFren.dcm"):
        shutil.copy(charset_dir / name, folder / name)
    write_ct_file(folder / "gb.dcm", name="王^小明", charset="GB18030", series_uid=generate_uid())
    expected = {str(pydicom.dcmread(p).PatientName) for p in folder.iterdir()}
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder))
    )
    window.action_registry.action("casereview.file.import").trigger()
    dialog = _wait_for_import(window, dialogs, qtbot)
    dialog.close()
    labels = _patient_labels(window)
    for dicom_name in expected:
        family, _, given = dicom_name.partition("^")
        assert any(family in label for label in labels), (dicom_name, labels)
    assert any("王" in label and "小明" in label for label in labels)
    save_screenshot(window, "browser_character_sets")


@pytest.mark.parametrize(
    ("dicom_name", "shown"),
    [
        ("LI^Hua", "LI, Hua"),
        ("王^小明", "王小明"),
        ("Yamada^Tarou=山田^太郎=やまだ^たろう", "Yamada, Tarou (山田太郎 / やまだたろう)"),
        ("Hong^Gildong=洪^吉洞=홍^길동", "Hong, Gildong (洪吉洞 / 홍길동)"),
        ("=山田^太郎", "山田太郎"),
        ("MARTIN", "MARTIN"),
    ],
)
def test_person_names_are_displayed_as_written_in_their_culture(
    dicom_name: str, shown: str
) -> None:
    from casereview.ui.browser import format_person_name

    assert format_person_name(dicom_name) == shown
