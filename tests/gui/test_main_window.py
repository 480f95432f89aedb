"""The main window as a user meets it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from gui_helpers import ShownDialogs, refresh, save_screenshot
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.domain.cases import CaseDraft, CaseStatus
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.errors import OperationCancelled, ValidationError
from casereview.services import cases as case_service
from casereview.store.migrate import HEAD_REVISION
from casereview.ui.actions import ActionContext
from casereview.ui.browser import ID_ROLE, KIND_ROLE
from casereview.ui.dialogs import NewCaseDialog, SettingsDialog
from casereview.ui.shell import ShellWindow
from support import add_sample_imaging

pytestmark = pytest.mark.gui


def _populate(context: AppContext, tmp_path: Path) -> dict[str, int]:
    ids = add_sample_imaging(context.db, tmp_path / "a", patient_name="LI^Hua", patient_id="P-7")
    add_sample_imaging(context.db, tmp_path / "b", patient_name="MARTIN^Claire", patient_id="P-8")
    case_service.create_case(
        context.db,
        CaseDraft(
            ids["patient"],
            "Pancreatic head mass, SMV contact",
            clinical_question="Upfront resection or neoadjuvant therapy?",
            series_ids=(ids["series"],),
            tags=("hpb", "borderline"),
        ),
        context.user.username,
    )
    return ids


def _index_texts(window: ShellWindow) -> list[str]:
    model = window.browser.index_model
    return [
        model.index(row, col).data() or ""
        for row in range(model.rowCount())
        for col in range(model.columnCount())
    ]


def _select_patient(window: ShellWindow, patient_pk: int) -> None:
    model = window.browser.index_model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(KIND_ROLE) == "patient" and index.data(ID_ROLE) == patient_pk:
            window.browser.index_view.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError("patient not in the tree")


def test_main_window_shows_index_and_cases(
    window: ShellWindow, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    ids = _populate(context, tmp_path)
    refresh(window, qtbot)
    assert "LI, Hua" in _index_texts(window)
    assert window.browser.case_model.rowCount() == 1
    assert window.browser.case_model.index(0, 0).data() == "Pancreatic head mass, SMV contact"
    assert "Patients: 2" in window.status_counts.text()
    _select_patient(window, ids["patient"])
    window.browser.index_view.expandAll()
    qtbot.wait(50)
    path = save_screenshot(window, "main_window")
    image = QImage(str(path))
    assert image.width() >= 800 and image.height() >= 560
    # not a blank picture: the window has text and lines in more than a handful of colours
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 8


def test_menus_and_toolbar_come_from_the_action_registry(window: ShellWindow) -> None:
    registry = window.action_registry
    in_menus: list[str] = []
    for menu in window.menuBar().findChildren(QMenu):
        in_menus += [a.objectName() for a in menu.actions() if a.objectName()]
    main_window_ids = registry.ids(ActionContext.WINDOW) + registry.ids(ActionContext.VIEWER)
    assert sorted(in_menus) == sorted(main_window_ids)
    for context in (ActionContext.WINDOW, ActionContext.PRESENTATION):
        shortcuts = [
            s.toString() for i in registry.ids(context) for s in registry.action(i).shortcuts()
        ]
        assert len(shortcuts) == len(set(shortcuts))
    assert registry.action("casereview.app.quit").shortcut() == QKeySequence(
        QKeySequence.StandardKey.Quit
    )
    with pytest.raises(ValueError, match="twice"):
        registry.register(registry.spec("casereview.app.refresh"))


def test_new_case_needs_a_selection_and_is_created_from_it(
    window: ShellWindow, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    ids = _populate(context, tmp_path)
    refresh(window, qtbot)
    action = window.action_registry.action("casereview.case.new_from_selection")
    window.browser.index_view.clearSelection()
    assert not action.isEnabled()
    _select_patient(window, ids["patient"])
    assert action.isEnabled()

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewCaseDialog)
        dialog.accept()  # empty title: refused in place, dialog stays open
        assert dialog.isVisible() and "title" in dialog.error_label.text()
        qtbot.keyClicks(dialog.title, "Liver metastases after chemotherapy")
        dialog.question.setPlainText("Two-stage hepatectomy?")
        qtbot.keyClicks(dialog.tags, "liver, CRLM")
        dialog.accept()

    QTimer.singleShot(100, fill_dialog)
    action.trigger()
    cases = case_service.list_cases(context.db)
    assert [c.title for c in cases][0] == "Liver metastases after chemotherapy"
    assert cases[0].tags == ("crlm", "liver")
    assert cases[0].study_ids == (ids["study"],)
    qtbot.waitUntil(lambda: window.browser.case_model.rowCount() == 2)


def test_hide_patient_identity(
    window: ShellWindow, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    _populate(context, tmp_path)
    refresh(window, qtbot)
    assert any("MARTIN" in t for t in _index_texts(window))
    window.action_registry.action("casereview.view.hide_phi").trigger()
    texts = _index_texts(window)
    assert not any("MARTIN" in t or "LI, Hua" in t or "P-7" in t or "1958" in t for t in texts)
    assert "Patient 1" in texts
    save_screenshot(window, "main_window_phi_hidden")
    window.action_registry.action("casereview.view.hide_phi").trigger()
    assert any("MARTIN" in t for t in _index_texts(window))


def test_task_runner_shows_progress_and_cancels(window: ShellWindow, qtbot: QtBot) -> None:
    def slow(progress: ProgressReporter, cancel: CancelToken) -> int:
        for step in range(1000):
            cancel.raise_if_cancelled()
            progress(step, 1000, "Working")
            time.sleep(0.01)
        return 1000

    task = window.tasks.run("Long work", slow)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)), timeout=5000
    )
    dialog = next(d for d in window.findChildren(QProgressDialog) if d.isVisible())
    assert dialog.maximum() == 1000 and dialog.value() > 0
    save_screenshot(window, "task_progress")
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Cancel"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert isinstance(task.error, OperationCancelled)
    assert window.errors.current_box is None  # a cancel is not an error


def test_failures_reach_the_one_error_presenter(window: ShellWindow, qtbot: QtBot) -> None:
    def clinical(progress: ProgressReporter, cancel: CancelToken) -> None:
        raise ValidationError("A case needs a title.")

    with qtbot.waitSignal(window.errors.shown, timeout=5000) as shown:
        window.tasks.run("Fails", clinical)
    assert shown.args == ["Please check the input", "A case needs a title."]

    def bug(progress: ProgressReporter, cancel: CancelToken) -> None:
        raise KeyError("internal")

    with qtbot.waitSignal(window.errors.shown, timeout=5000) as shown:
        window.tasks.run("Bug", bug)
    assert "Reference:" in shown.args[1] and "casereview.log" in shown.args[1]
    box = window.errors.current_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    save_screenshot(box, "error_message")


def test_check_action_runs_off_the_ui_thread_and_reports(
    window: ShellWindow, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    _populate(context, tmp_path)
    dialogs = ShownDialogs(window)
    window.action_registry.action("casereview.tools.check").trigger()
    box = dialogs.wait(qtbot, "check_report")
    assert "all 6 indexed files are unchanged" in box.text()
    box.close()
    next((tmp_path / "a").iterdir()).unlink()
    dialogs.clear()
    window.action_registry.action("casereview.tools.check").trigger()
    assert "1 missing" in dialogs.wait(qtbot, "check_report").text()
    # Files an interrupted import left in the imports folder (no one holds their staging
    # folder's marker) are reported too.
    stale = context.paths.imports / "20260101T000000Z-interrupted"
    stale.mkdir(parents=True)
    (stale / "slice.dcm").write_bytes(b"\0" * 2048)
    dialogs.clear()
    window.action_registry.action("casereview.tools.check").trigger()
    assert "left by interrupted imports" in dialogs.wait(qtbot, "check_report").text()


def test_settings_dialog_changes_the_user(
    window: ShellWindow, context: AppContext, qtbot: QtBot
) -> None:
    def edit() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.user_name.clear()
        dialog.accept()
        assert dialog.isVisible() and "user name" in dialog.error_label.text()
        qtbot.keyClicks(dialog.user_name, "lwang")
        dialog.display_name.setText("Dr Wang Lei")
        dialog.institution.setText("West China Hospital")
        save_screenshot(dialog, "settings_dialog")
        dialog.accept()

    QTimer.singleShot(100, edit)
    window.action_registry.action("casereview.tools.settings").trigger()
    assert context.user.username == "lwang"
    assert context.settings.institution_name == "West China Hospital"
    qtbot.waitUntil(lambda: "Dr Wang Lei" in window.status_user.text())
    assert '"user_name": "lwang"' in context.paths.settings.read_text(encoding="utf-8")


def test_about_dialog_names_version_and_schema(window: ShellWindow, qtbot: QtBot) -> None:
    dialogs = ShownDialogs(window)
    window.action_registry.action("casereview.help.about").trigger()
    about = dialogs.wait(qtbot, "about")
    text = about.findChild(object, "aboutText").text()
    assert HEAD_REVISION in text and str(window.context.paths.root) in text and "VTK" in text
    save_screenshot(about, "about_dialog")


def test_window_geometry_is_remembered(context: AppContext, qtbot: QtBot) -> None:
    first = ShellWindow(context)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(1111, 733)
    first.browser.splitter.setSizes([100, 400])
    qtbot.wait(50)
    sizes = first.browser.splitter.sizes()
    first.close()
    second = ShellWindow(context)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (1111, 733)
    assert second.browser.splitter.sizes() == sizes
    second.close()


def test_case_status_text_is_shown(
    window: ShellWindow, context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    ids = add_sample_imaging(context.db, tmp_path / "s")
    case = case_service.create_case(
        context.db, CaseDraft(ids["patient"], "T"), context.user.username
    )
    case_service.update_case(
        context.db, case.id, context.user.username, status=CaseStatus.READY_FOR_MDT
    )
    refresh(window, qtbot)
    assert window.browser.case_model.index(0, 1).data() == "Ready for MDT"


def test_escaping_exceptions_go_to_the_presenter(window: ShellWindow, qtbot: QtBot) -> None:
    import sys

    from casereview.app.qt_setup import install_excepthook

    previous = sys.excepthook
    install_excepthook(window.errors)
    try:
        with qtbot.waitSignal(window.errors.shown, timeout=2000) as shown:
            try:
                raise RuntimeError("slot failed")
            except RuntimeError as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)
        assert shown.args[0] == "Unexpected problem"
    finally:
        sys.excepthook = previous


def test_help_opens_the_demo_case(
    window: ShellWindow, context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casereview.demo.install import install_demo
    from casereview.ui.features import maintenance

    # The menu builds the full-size demo; the small one keeps this test fast.
    monkeypatch.setattr(
        maintenance, "install_demo", lambda *a, **k: install_demo(*a, **{**k, "small": True})
    )
    task = maintenance.open_demo_case(window)
    qtbot.waitUntil(lambda: task.done, timeout=120_000)
    assert task.error is None
    qtbot.waitUntil(lambda: window.browser.selected_case_id() == task.result.case.id)
    assert "borderline" in window.browser.case_model.index(0, 0).data()
    texts = _index_texts(window)
    assert any("DEMO" in t.upper() for t in texts)
    window.browser.index_view.expandAll()
    save_screenshot(window, "main_window_demo")
    again = maintenance.open_demo_case(window)
    qtbot.waitUntil(lambda: again.done, timeout=10_000)
    refresh(window, qtbot)
    assert again.result.created is False and window.browser.case_model.rowCount() == 1


def test_error_messages_and_exception_text_stay_out_of_the_log(
    window: ShellWindow, context: AppContext, qtbot: QtBot
) -> None:
    from casereview.app.logging_setup import flush_logging
    from casereview.errors import DicomReadError

    marker = "ZZPHIERROR5521"

    def clinical(progress: ProgressReporter, cancel: CancelToken) -> None:
        raise DicomReadError(f"The file {marker}.dcm is not a readable DICOM file.")

    def bug(progress: ProgressReporter, cancel: CancelToken) -> None:
        raise KeyError(f"{marker}^ANNA")

    for work in (clinical, bug):
        with qtbot.waitSignal(window.errors.shown, timeout=5000) as shown:
            window.tasks.run("Fails", work)
        assert marker in shown.args[1] or "Reference:" in shown.args[1]
    flush_logging()
    log_text = context.paths.log_file.read_text(encoding="utf-8")
    assert "DicomReadError shown to the user" in log_text and "unexpected KeyError" in log_text
    assert marker not in log_text
