"""The PACS in the window, against a real archive: Orthanc on loopback ports.

A node is added and tested in the PACS nodes dialog; the Archive panel searches by name, lists
a study's series when it is expanded, marks what is here, and retrieves by C-GET, WADO-RS and
C-MOVE (through the storage listener started from the dialog) into an empty workstation; a
retrieve cancelled halfway is resumed; a case's results are sent back and found through
Orthanc's REST API. Screenshots of the dialog, the panel and the send dialog are saved in the
light and the dark theme.
"""

from __future__ import annotations

import json
import socket
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pydicom
import pytest
from gui_helpers import ShownDialogs, save_screenshot, wait_for_index
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import demo_cache
from casereview.app.context import AppContext
from casereview.demo import DemoCase
from casereview.demo.install import install_demo
from casereview.domain.annotations import (
    AnnotationDraft,
    AnnotationKind,
    ImageReference,
    KeyImageDraft,
    ViewPlane,
)
from casereview.domain.meetings import MeetingDraft, QuorumRule
from casereview.domain.pacs_nodes import DimseNode, StorageListenerSettings, WebAuth, WebNode
from casereview.domain.users import Role
from casereview.net.nodes import SECRETS_NAME, load_secret, store_secret
from casereview.net.query import ReceivedInstance
from casereview.services import annotations as annotation_service
from casereview.services import meetings as meeting_service
from casereview.services import pacs as pacs_service
from casereview.services.index import series_ids_for_uids
from casereview.ui.browser import format_person_name
from casereview.ui.pacs.listener import ListenerControl
from casereview.ui.pacs.nodes_dialog import NodesDialog
from casereview.ui.pacs.query_panel import (
    COLUMNS,
    KEY_ROLE,
    KIND_ROLE,
    ArchivePanel,
    series_key,
    study_key,
)
from casereview.ui.pacs.send_dialog import SendResultsDialog
from casereview.ui.shell import ShellWindow
from casereview.ui.tasks import Task
from casereview.ui.theme import DarkTheme

# The archive of the network tests (tests/net/orthanc.py): one module, imported by its folder.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "net"))
from orthanc import (  # needs the path above
    ORTHANC_AE,
    OUR_AE,
    PASSWORD,
    USER,
    Orthanc,
    running_orthanc,
)

pytestmark = [pytest.mark.gui, pytest.mark.slow]

PHASE = "portal-venous"
TIMEOUT = 120_000


@pytest.fixture(scope="module")
def orthanc(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Orthanc]:
    """Orthanc on loopback ports with the DICOMweb plugin, for this module."""
    with running_orthanc(tmp_path_factory.mktemp("orthanc-gui")) as server:
        yield server


@pytest.fixture(scope="module")
def demo(orthanc: Orthanc, tmp_path_factory: pytest.TempPathFactory) -> DemoCase:
    """The small demo CT (both phases) stored in Orthanc."""
    generated = demo_cache.generate_demo_cached(
        tmp_path_factory.mktemp("demo-gui") / "files", small=True
    )
    for paths in generated.series.values():
        orthanc.upload(paths)
    return generated


def _header(demo: DemoCase, phase: str = PHASE) -> pydicom.Dataset:
    return pydicom.dcmread(demo.series[phase][0], stop_before_pixels=True)


def _dimse_node(orthanc: Orthanc, name: str = "Hospital PACS") -> DimseNode:
    return DimseNode(
        name,
        ORTHANC_AE,
        "127.0.0.1",
        orthanc.dicom_port,
        our_ae_title=OUR_AE,
        our_port=orthanc.move_port,
        timeout=30.0,
    )


def _configure(context: AppContext, *nodes: DimseNode | WebNode, secret: str = "") -> None:
    settings = context.settings
    context.update_settings(
        settings.with_changes(
            dimse_nodes=tuple(n for n in nodes if isinstance(n, DimseNode)),
            web_nodes=tuple(n for n in nodes if isinstance(n, WebNode)),
        )
    )
    for node in nodes:
        if isinstance(node, WebNode) and node.auth is not WebAuth.NONE:
            store_secret(context.paths.keys, node.name, secret)


def _panel(window: ShellWindow, qtbot: QtBot) -> ArchivePanel:
    dialogs = ShownDialogs(window)
    window.action_registry.action("casereview.file.pacs_search").trigger()
    panel = dialogs.wait(qtbot, "pacs_panel")
    assert isinstance(panel, ArchivePanel)
    return panel


def _wait(qtbot: QtBot, task: Task[Any] | None, timeout: int = TIMEOUT) -> None:
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=timeout)


def _search(panel: ArchivePanel, qtbot: QtBot, name: str) -> None:
    panel.name_field.clear()
    qtbot.keyClicks(panel.name_field, name)
    with qtbot.waitSignal(panel.settled, timeout=TIMEOUT):
        qtbot.mouseClick(panel.search_button, Qt.MouseButton.LeftButton)
    assert panel.search_task is None


def _expand_study(panel: ArchivePanel, qtbot: QtBot, study_uid: str) -> None:
    item = panel.row_item(study_key(study_uid))
    assert item is not None
    panel.tree.expand(item.index())
    qtbot.waitUntil(
        lambda: any(
            panel.row_item(study_key(study_uid)).child(r, 0).data(KIND_ROLE) == "series"
            for r in range(panel.row_item(study_key(study_uid)).rowCount())
        ),
        timeout=TIMEOUT,
    )


def _select(panel: ArchivePanel, *keys: str) -> None:
    selection = panel.tree.selectionModel()
    selection.clearSelection()
    for key in keys:
        item = panel.row_item(key)
        assert item is not None
        selection.select(
            item.index(), selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        )


def _retrieve(panel: ArchivePanel, qtbot: QtBot) -> None:
    # As a user does: click once the button is enabled (a retrieve that just ended finishes
    # its bookkeeping after its result is shown; the selection must survive it).
    qtbot.waitUntil(panel.retrieve_button.isEnabled, timeout=TIMEOUT)
    assert panel.selected_items()
    qtbot.mouseClick(panel.retrieve_button, Qt.MouseButton.LeftButton)
    task = panel.retrieve_task
    assert task is not None
    _wait(qtbot, task)
    assert task.error is None, task.error


def _indexed_series(context: AppContext, demo: DemoCase, phase: str = PHASE) -> int | None:
    return series_ids_for_uids(context.db, [str(_header(demo, phase).SeriesInstanceUID)]).get(
        str(_header(demo, phase).SeriesInstanceUID)
    )


# --- nodes -----------------------------------------------------------------------------------


def test_nodes_are_added_in_the_dialog_checked_in_place_and_tested_off_the_ui_thread(
    window: ShellWindow, context: AppContext, dialogs: ShownDialogs, orthanc: Orthanc, qtbot: QtBot
) -> None:
    window.action_registry.action("casereview.tools.pacs_nodes").trigger()
    dialog = dialogs.wait(qtbot, "pacs_nodes")
    assert isinstance(dialog, NodesDialog)
    assert dialog.table.rowCount() == 0

    # A DICOM node: a wrong value is said in place and nothing is saved.
    qtbot.mouseClick(dialog.add_dimse_button, Qt.MouseButton.LeftButton)
    dialog.name_field.setText("Hospital PACS")
    dialog.ae_title_field.setText("ORTHANC\\TEST")
    dialog.host_field.setText("127.0.0.1")
    dialog.port_field.setValue(orthanc.dicom_port)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.editor_error.isVisibleTo(dialog)
    assert "without backslash" in dialog.editor_error.text()
    assert context.settings.dimse_nodes == ()
    dialog.ae_title_field.setText(ORTHANC_AE)
    dialog.our_ae_title_field.setText(OUR_AE)
    dialog.our_port_field.setValue(orthanc.move_port)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.editor_error.isVisibleTo(dialog)
    (saved,) = context.settings.dimse_nodes
    assert (saved.name, saved.ae_title, saved.port, saved.our_port) == (
        "Hospital PACS",
        ORTHANC_AE,
        orthanc.dicom_port,
        orthanc.move_port,
    )

    # A second one whose AE title the archive does not know.
    qtbot.mouseClick(dialog.add_dimse_button, Qt.MouseButton.LeftButton)
    dialog.name_field.setText("Wrong title")
    dialog.ae_title_field.setText("NOTORTHANC")
    dialog.host_field.setText("127.0.0.1")
    dialog.port_field.setValue(orthanc.dicom_port)
    dialog.our_ae_title_field.setText(OUR_AE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    # A DICOMweb endpoint with a password: the password goes to the owner-only secrets file.
    qtbot.mouseClick(dialog.add_web_button, Qt.MouseButton.LeftButton)
    dialog.name_field.setText("Hospital web")
    dialog.url_field.setText(orthanc.dicomweb_url)
    dialog.auth_box.setCurrentIndex(dialog.auth_box.findData(WebAuth.BASIC.value))
    dialog.username_field.setText(USER)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "password or token" in dialog.editor_error.text()  # none typed, none stored
    dialog.secret_field.setText(PASSWORD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.editor_error.isVisibleTo(dialog)
    assert dialog.secret_field.text() == ""
    assert load_secret(context.paths.keys, "Hospital web") == PASSWORD
    settings_text = (context.paths.root / "settings.json").read_text(encoding="utf-8")
    assert PASSWORD not in settings_text
    assert "Hospital web" in settings_text
    assert ((context.paths.keys / SECRETS_NAME).stat().st_mode & 0o777) == 0o600
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [
        "Hospital PACS",
        "Wrong title",
        "Hospital web",
    ]

    # Test, each in its row, without blocking the window.
    for name in ("Hospital PACS", "Wrong title", "Hospital web"):
        button = dialog.test_button(name)
        assert button is not None
        with qtbot.waitSignal(dialog.tested, timeout=TIMEOUT):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            assert not button.isEnabled()  # running: the window keeps answering
    reached = dialog.results["Hospital PACS"]
    assert (
        reached.reached and reached.text.startswith("Reached in ") and reached.text.endswith(" ms")
    )
    refused = dialog.results["Wrong title"]
    assert not refused.reached
    assert "AE title" in refused.text  # the core's message: what to check
    assert dialog.results["Hospital web"].reached
    row = dialog.row_of("Wrong title")
    assert row is not None
    assert dialog.table.item(row, 4).text() == refused.text

    # A rename keeps the stored password with the node.
    dialog.table.selectRow(dialog.row_of("Hospital web"))
    dialog.name_field.setText("Web archive")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert load_secret(context.paths.keys, "Web archive") == PASSWORD
    assert load_secret(context.paths.keys, "Hospital web") is None

    dialog.table.selectRow(dialog.row_of("Hospital PACS"))
    dialog.resize(980, 820)
    QApplication.processEvents()
    save_screenshot(dialog, "pacs_nodes_dialog")
    DarkTheme.acquire()
    try:
        QApplication.processEvents()
        save_screenshot(dialog, "pacs_nodes_dialog_dark")
    finally:
        DarkTheme.release()


def test_removing_a_node_forgets_its_password(
    window: ShellWindow,
    context: AppContext,
    dialogs: ShownDialogs,
    orthanc: Orthanc,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    web = WebNode("Web archive", orthanc.dicomweb_url, WebAuth.BEARER)
    _configure(context, web, secret="a-token")
    window.action_registry.action("casereview.tools.pacs_nodes").trigger()
    dialog = dialogs.wait(qtbot, "pacs_nodes")
    assert isinstance(dialog, NodesDialog)
    dialog.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dialog.remove_selected()
    assert context.settings.web_nodes == ()
    assert load_secret(context.paths.keys, "Web archive") is None


# --- search and retrieve ---------------------------------------------------------------------


def test_search_by_name_marks_what_is_here_and_a_c_get_retrieve_shows_the_series(
    window: ShellWindow, context: AppContext, demo: DemoCase, orthanc: Orthanc, qtbot: QtBot
) -> None:
    _configure(context, _dimse_node(orthanc))
    window.resize(1800, 950)  # a workstation screen: the panel opens beside a full browser
    panel = _panel(window, qtbot)
    header = _header(demo)
    name = str(header.PatientName)
    study_uid, series_uid = str(header.StudyInstanceUID), str(header.SeriesInstanceUID)

    _search(panel, qtbot, name[:3])
    patient = panel.row_item(study_key(study_uid)).parent()
    assert patient.text() == format_person_name(name)  # as the browser shows it
    assert patient.data(KIND_ROLE) == "patient"
    assert panel.local_state(study_key(study_uid)) == "absent"

    _expand_study(panel, qtbot, study_uid)
    study = panel.row_item(study_key(study_uid))
    assert study.rowCount() == len(demo.series)
    assert panel.local_state(series_key(series_uid)) == "absent"

    # Retrieve one series by C-GET into the empty workstation.
    assert panel.method() == "get"
    _select(panel, series_key(series_uid))
    _retrieve(panel, qtbot)
    qtbot.waitUntil(
        lambda: panel.local_state(series_key(series_uid)) == "complete", timeout=TIMEOUT
    )
    assert panel.local_state(study_key(study_uid)) == "partial"  # the other phase is not here
    wait_for_index(window, qtbot)
    series_id = _indexed_series(context, demo)
    assert series_id is not None
    qtbot.waitUntil(lambda: window.selection().series_ids == (series_id,), timeout=TIMEOUT)
    assert "Retrieved 1 series" in panel.message.text()

    # Identity hiding follows the window.
    window.action_registry.action("casereview.view.hide_phi").setChecked(True)
    patient = panel.row_item(study_key(study_uid)).parent()
    assert patient.text() == "Patient 1"
    assert (
        panel.model.itemFromIndex(
            patient.index().siblingAtColumn(COLUMNS.index("patient_id"))
        ).text()
        == "•••"
    )
    window.action_registry.action("casereview.view.hide_phi").setChecked(False)
    assert panel.row_item(study_key(study_uid)).parent().text() == format_person_name(name)

    dock = panel.parentWidget()
    QApplication.processEvents()
    save_screenshot(dock, "pacs_archive_panel")
    DarkTheme.acquire()
    try:
        QApplication.processEvents()
        save_screenshot(dock, "pacs_archive_panel_dark")
    finally:
        DarkTheme.release()


def test_a_wado_rs_retrieve_of_a_whole_study_makes_every_row_complete(
    window: ShellWindow, context: AppContext, demo: DemoCase, orthanc: Orthanc, qtbot: QtBot
) -> None:
    _configure(
        context, WebNode("Hospital web", orthanc.dicomweb_url, WebAuth.BASIC, USER), secret=PASSWORD
    )
    panel = _panel(window, qtbot)
    header = _header(demo)
    study_uid = str(header.StudyInstanceUID)
    panel.patient_id_field.setText(str(header.PatientID))
    with qtbot.waitSignal(panel.settled, timeout=TIMEOUT):
        panel.search()
    assert panel.method_box.currentText() == "WADO-RS"
    _select(panel, study_key(study_uid))
    _retrieve(panel, qtbot)
    qtbot.waitUntil(lambda: panel.local_state(study_key(study_uid)) == "complete", timeout=TIMEOUT)
    patient_row = panel.row_item(study_key(study_uid)).parent()
    assert panel.local_state(patient_row.data(KEY_ROLE)) == "complete"
    for phase in demo.series:
        assert _indexed_series(context, demo, phase) is not None
    wait_for_index(window, qtbot)
    assert len(window.selection().series_ids) == len(demo.series)


def test_a_retrieve_cancelled_halfway_keeps_what_arrived_aside_and_the_next_one_resumes(
    window: ShellWindow,
    context: AppContext,
    demo: DemoCase,
    orthanc: Orthanc,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _configure(context, _dimse_node(orthanc))
    panel = _panel(window, qtbot)
    header = _header(demo)
    study_uid, series_uid = str(header.StudyInstanceUID), str(header.SeriesInstanceUID)
    total = len(demo.series[PHASE])
    panel.patient_id_field.setText(str(header.PatientID))
    with qtbot.waitSignal(panel.settled, timeout=TIMEOUT):
        panel.search()
    _expand_study(panel, qtbot, study_uid)
    _select(panel, series_key(series_uid))

    # The user presses Cancel once a third of the images arrived.
    original = pacs_service.StagingSink.__call__
    written: list[str] = []

    def arrive(sink: pacs_service.StagingSink, instance: ReceivedInstance) -> None:
        original(sink, instance)
        written.append("x")
        task = panel.retrieve_task
        if len(written) == total // 3 and task is not None:
            task.cancel()

    monkeypatch.setattr(pacs_service.StagingSink, "__call__", arrive)
    _retrieve(panel, qtbot)
    text = panel.message.text()
    assert "Retrieve cancelled" in text and "resume" in text
    staged = pacs_service.staged_uids(
        pacs_service.series_folder(context.paths.root / "pacs", study_uid, series_uid)
    )
    assert total // 3 <= len(staged) < total
    assert _indexed_series(context, demo) is None  # nothing half-indexed
    qtbot.waitUntil(lambda: panel.local_state(series_key(series_uid)) == "absent", timeout=TIMEOUT)

    # Retrieve again: only what is missing is written, and the series is imported whole.
    monkeypatch.setattr(pacs_service.StagingSink, "__call__", original)
    before = len(staged)
    counted: list[int] = []

    def count(sink: pacs_service.StagingSink, instance: ReceivedInstance) -> None:
        original(sink, instance)
        counted.append(sink.written)

    monkeypatch.setattr(pacs_service.StagingSink, "__call__", count)
    _retrieve(panel, qtbot)
    assert max(counted) == total - before
    qtbot.waitUntil(
        lambda: panel.local_state(series_key(series_uid)) == "complete", timeout=TIMEOUT
    )
    assert _indexed_series(context, demo) is not None
    assert "Retrieved 1 series" in panel.message.text()


# --- the storage listener, C-MOVE and images pushed to us ------------------------------------


def _port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # As a listener binds (pynetdicom reuses the address): connections of the last
        # transfers may linger in TIME_WAIT without holding the port.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def test_the_listener_set_in_the_dialog_takes_a_c_move_and_images_pushed_to_us(
    window: ShellWindow,
    context: AppContext,
    dialogs: ShownDialogs,
    demo: DemoCase,
    orthanc: Orthanc,
    qtbot: QtBot,
) -> None:
    _configure(context, _dimse_node(orthanc))
    window.action_registry.action("casereview.tools.pacs_nodes").trigger()
    dialog = dialogs.wait(qtbot, "pacs_nodes")
    assert isinstance(dialog, NodesDialog)
    assert dialog.listener_state.text() == "Off"
    dialog.listener_enabled.setChecked(True)
    dialog.listener_ae_field.setText(OUR_AE)
    dialog.listener_host_field.setText("127.0.0.1")
    dialog.listener_port_field.setValue(orthanc.move_port)
    qtbot.mouseClick(dialog.listener_apply, Qt.MouseButton.LeftButton)
    assert context.settings.storage_listener == StorageListenerSettings(
        True, OUR_AE, orthanc.move_port, "127.0.0.1", False
    )
    assert dialog.listener_state.text() == (
        f"Listening on 127.0.0.1:{orthanc.move_port} as {OUR_AE}"
    )
    assert not _port_is_free(orthanc.move_port)
    dialog.close()

    # C-MOVE through the running listener.
    panel = _panel(window, qtbot)
    header = _header(demo)
    study_uid, series_uid = str(header.StudyInstanceUID), str(header.SeriesInstanceUID)
    panel.patient_id_field.setText(str(header.PatientID))
    with qtbot.waitSignal(panel.settled, timeout=TIMEOUT):
        panel.search()
    _expand_study(panel, qtbot, study_uid)
    panel.set_method("move")
    _select(panel, series_key(series_uid))
    _retrieve(panel, qtbot)
    qtbot.waitUntil(
        lambda: panel.local_state(series_key(series_uid)) == "complete", timeout=TIMEOUT
    )

    # The archive pushes the other phase unasked: it is imported once quiet, and shown.
    other = next(p for p in demo.series if p != PHASE)
    other_uid = str(_header(demo, other).SeriesInstanceUID)
    found = orthanc.rest(
        "POST",
        "/tools/find",
        json.dumps({"Level": "Series", "Query": {"SeriesInstanceUID": other_uid}}).encode(),
    )
    orthanc.rest("POST", "/modalities/casereview/store", json.dumps(found).encode())
    qtbot.waitUntil(lambda: _indexed_series(context, demo, other) is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: panel.local_state(series_key(other_uid)) == "complete", timeout=TIMEOUT)
    wait_for_index(window, qtbot)
    shown = {
        se.series_instance_uid
        for p in window.index.patients
        for st in p.studies
        for se in st.series
    }
    assert other_uid in shown

    # Closing the window stops the listener and frees its port.
    control = window.findChild(ListenerControl)
    assert isinstance(control, ListenerControl) and control.running
    window.close()
    assert not control.running
    deadline = time.monotonic() + 10
    while not _port_is_free(orthanc.move_port) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _port_is_free(orthanc.move_port)


def test_a_listener_that_cannot_start_is_reported_and_the_window_keeps_working(
    context: AppContext, qtbot: QtBot
) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        context.update_settings(
            context.settings.with_changes(
                storage_listener=StorageListenerSettings(True, OUR_AE, port, "127.0.0.1")
            )
        )
        main = ShellWindow(context)
        qtbot.addWidget(main)
        dialogs = ShownDialogs(main)
        main.show()
        qtbot.waitExposed(main)
        box = main.errors.current_box
        assert box is not None and "another program" in box.text()
        assert str(port) in box.text().replace(",", "")  # the message's number is grouped
        box.close()
        main.action_registry.action("casereview.tools.pacs_nodes").trigger()
        dialog = dialogs.wait(qtbot, "pacs_nodes")
        assert isinstance(dialog, NodesDialog)
        assert dialog.listener_state.text().startswith("Not listening: ")
        assert "another program" in dialog.listener_state.text()
        main.close()


# --- sending results -------------------------------------------------------------------------


def test_send_results_sends_the_case_s_objects_to_the_archive(
    window: ShellWindow,
    context: AppContext,
    dialogs: ShownDialogs,
    orthanc: Orthanc,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    _configure(context, _dimse_node(orthanc))
    installed = install_demo(
        context.db,
        tmp_path / "demo",
        context.user.username,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
        small=True,
    )
    case = installed.case
    assert installed.demo is not None
    # A measurement on an image (SR), a key image (KOS), and the case on an agenda (PDF).
    x, y, z = installed.demo.ground_truth.tumour.centre_lps_mm
    first = _header(installed.demo)
    on_image = ImageReference(
        str(first.SeriesInstanceUID), str(first.SOPInstanceUID), str(first.FrameOfReferenceUID)
    )
    z = float(first.ImagePositionPatient[2])
    user = context.user.username
    annotation_service.create_annotation(
        context.db,
        case.id,
        AnnotationDraft(
            AnnotationKind.LENGTH, ((x - 8.0, y, z), (x + 8.0, y, z)), on_image, label="tumour"
        ),
        user,
    )
    annotation_service.flag_key_image(
        context.db,
        case.id,
        KeyImageDraft(
            on_image,
            "axial",
            ViewPlane((x, y, z), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)),
            50.0,
            400.0,
            caption="Tumour level",
        ),
        user,
    )
    meeting = meeting_service.create_meeting(
        context.db,
        MeetingDraft("HPB MDT", datetime.now(UTC), chair="Dr Chair"),
        QuorumRule((Role.SURGEON,), 1),
        user,
    )
    meeting_service.add_case(context.db, meeting.id, case.id, user)
    window.refresh()
    wait_for_index(window, qtbot)
    assert window.select_case(case.id)
    window.action_registry.refresh()
    action = window.action_registry.action("casereview.case.send_to_pacs")
    assert action.isEnabled()
    action.trigger()
    dialog = dialogs.wait(qtbot, "pacs_send")
    assert isinstance(dialog, SendResultsDialog)
    qtbot.waitUntil(lambda: dialog.list_task is None, timeout=TIMEOUT)
    assert dialog.result_list.count() > 0, dialog.outcome_label.text()
    labels = [dialog.result_list.item(r).text() for r in range(dialog.result_list.count())]
    assert [label.split(" — ")[0] for label in labels] == ["SR", "KOS", "PDF"], labels
    assert [k.value for k in dialog.checked_kinds()] == ["sr", "kos", "pdf"]

    with qtbot.waitSignal(dialog.sent, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    outcome = dialog.outcome
    assert outcome is not None and not outcome.failures
    assert len(outcome.sent) == len(labels)
    assert dialog.outcome_label.text().startswith(
        f"Sent {len(labels)} of {len(labels)} to Hospital PACS."
    )
    for uid in outcome.sent:
        assert orthanc.has_instance(uid)

    dialog.resize(640, 420)
    QApplication.processEvents()
    save_screenshot(dialog, "pacs_send_dialog")
    DarkTheme.acquire()
    try:
        QApplication.processEvents()
        save_screenshot(dialog, "pacs_send_dialog_dark")
    finally:
        DarkTheme.release()


def test_a_series_the_archive_sends_only_in_part_is_named_with_the_core_s_message(
    window: ShellWindow,
    context: AppContext,
    demo: DemoCase,
    orthanc: Orthanc,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _configure(context, _dimse_node(orthanc))
    panel = _panel(window, qtbot)
    header = _header(demo)
    study_uid, series_uid = str(header.StudyInstanceUID), str(header.SeriesInstanceUID)
    panel.patient_id_field.setText(str(header.PatientID))
    with qtbot.waitSignal(panel.settled, timeout=TIMEOUT):
        panel.search()
    _expand_study(panel, qtbot, study_uid)
    _select(panel, series_key(series_uid))

    # Every tenth image is lost on the way: the archive believes it sent it.
    original = pacs_service.StagingSink.__call__
    seen: list[str] = []

    def lossy(sink: pacs_service.StagingSink, instance: ReceivedInstance) -> None:
        seen.append(instance.sop_instance_uid)
        if len(seen) % 10:
            original(sink, instance)

    monkeypatch.setattr(pacs_service.StagingSink, "__call__", lossy)
    _retrieve(panel, qtbot)
    total = len(demo.series[PHASE])
    arrived = total - total // 10
    text = panel.message.text()
    assert "Retrieved 0 series" in text
    assert f"announced {total} images" in text and f"but {arrived} arrived" in text
    assert panel.message.font().bold()
    assert _indexed_series(context, demo) is None  # kept aside, not half-indexed
    qtbot.waitUntil(lambda: panel.local_state(series_key(series_uid)) == "absent", timeout=TIMEOUT)
