"""Remote joint review in two app windows on one X server (issue 18, the GUI).

Two workstations with data directories of their own hold the same case package (as two
partners of a third hospital would: the same images, recorded as imported from one package,
like ``tests/joint/test_cli_joint.py``'s workstations, but with a real CT series so the
viewers open). A real relay (nats-server) runs on loopback. The presenter starts a session
from the Session menu's dialog and the follower joins with the one-time code through the Join
dialog; then what the presenter does appears at the follower, control passes and comes back,
and the follower looks around and snaps back. Screenshots of both windows side by side (one
in the dark theme) go to artifacts/screenshots/joint_*.png.
"""

from __future__ import annotations

import base64
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pydicom
import pytest
from gui_helpers import SCREENSHOTS, ShownDialogs, save_screenshot, wait_for_index
from pydicom.dataset import FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext, bootstrap
from casereview.domain.packages import TrustedKey
from casereview.domain.settings import Settings, check_relay_url
from casereview.errors import ConfigurationError
from casereview.joint.keys import own_card, trust_card
from casereview.services.cases import create_case_from_uids
from casereview.services.indexing import import_paths
from casereview.services.signing import load_or_create_signing_key
from casereview.services.volumes import series_id_for_uid
from casereview.session import Layout, Orientation
from casereview.store.repositories_packages import ExchangeRepository, ImportRecord
from casereview.ui.features.joint import JointReview
from casereview.ui.joint.session_dialogs import InvitationDialog, JoinSessionDialog
from casereview.ui.shell import ShellWindow
from casereview.ui.theme import DarkTheme
from casereview.ui.viewer import ViewerWidget
from casereview.ui.viewer.views import SliceViewWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "joint"))
from nats_relay import RunningRelay, running_relay

pytestmark = [pytest.mark.gui, pytest.mark.xvfb, pytest.mark.slow]

PACKAGE = "3b9d7e2c-51f4-4a0e-8c6d-9e2f1a7b4c05"
UID_ROOT = "1.2.826.0.1.3680043.10.511.818"
SERIES_UID = f"{UID_ROOT}.1.1"
SLICES, SIZE, SPACING = 40, 96, 2.0
#: Bounded waits (ms): the relay is on loopback, but two windows render on one software GL.
WAIT = 20_000


def write_series(folder: Path) -> list[Path]:
    """A small synthetic abdominal CT: body, spine, a vessel that moves with z, a lesion."""
    folder.mkdir(parents=True, exist_ok=True)
    rows, columns = np.mgrid[0:SIZE, 0:SIZE].astype(np.float64)
    centre = (SIZE - 1) / 2
    paths = []
    for number in range(1, SLICES + 1):
        z = number * SPACING
        image = np.full((SIZE, SIZE), -1000.0)
        body = ((rows - centre) / 40) ** 2 + ((columns - centre) / 46) ** 2 <= 1
        image[body] = 40.0
        liver = ((rows - centre + 8) / 22) ** 2 + ((columns - centre + 18) / 20) ** 2 <= 1
        image[liver & body] = 65.0
        spine = (rows - centre - 26) ** 2 + (columns - centre) ** 2 <= 8**2
        image[spine] = 700.0
        vessel_column = centre + 10 + 12 * np.sin(z / 18)
        image[(rows - centre - 8) ** 2 + (columns - vessel_column) ** 2 <= 5**2] = 300.0
        lesion = (rows - centre + 10) ** 2 + (columns - centre + 20) ** 2 + (z - 40) ** 2
        image[lesion <= 9**2] = 10.0
        path = folder / f"slice{number:03d}.dcm"
        meta = FileMetaDataset()
        meta.MediaStorageSOPClassUID = CTImageStorage
        meta.MediaStorageSOPInstanceUID = f"{SERIES_UID}.{number}"
        meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds = pydicom.Dataset()
        ds.file_meta = meta
        ds.SpecificCharacterSet = "ISO_IR 192"
        ds.PatientName = "JOINT^REVIEW"
        ds.PatientID = "JOINT-0001"
        ds.PatientBirthDate = "19610214"
        ds.PatientSex = "M"
        ds.StudyID = "1"
        ds.AccessionNumber = "ACC818"
        ds.StudyTime = "091500"
        ds.ReferringPhysicianName = ""
        ds.StudyInstanceUID = f"{UID_ROOT}.1"
        ds.SeriesInstanceUID = SERIES_UID
        ds.FrameOfReferenceUID = f"{SERIES_UID}.0"
        ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
        ds.SOPClassUID = CTImageStorage
        ds.Modality = "CT"
        ds.StudyDate = "20261120"
        ds.SeriesNumber = 1
        ds.SeriesDescription = "Portal venous"
        ds.InstanceNumber = number
        ds.ImagePositionPatient = [-38.0, -38.0, z]
        ds.ImageOrientationPatient = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0]
        ds.PixelSpacing = [0.8, 0.8]
        ds.SliceThickness = SPACING
        ds.Rows = ds.Columns = SIZE
        ds.SamplesPerPixel = 1
        ds.PhotometricInterpretation = "MONOCHROME2"
        ds.BitsAllocated = ds.BitsStored = 16
        ds.HighBit = 15
        ds.PixelRepresentation = 1
        ds.RescaleIntercept = -1024
        ds.RescaleSlope = 1
        ds.PixelData = (image + 1024).astype(np.int16).tobytes()
        ds.save_as(path, enforce_file_format=True)
        paths.append(path)
    return paths


def workstation(home: Path, files: list[Path], institution: str, name: str) -> AppContext:
    """A data directory holding the received package (the same images, imported), its case."""
    ctx = bootstrap(home)
    ctx.update_settings(
        ctx.settings.with_changes(institution_name=institution, user_display_name=name)
    )
    import_paths(
        ctx.db,
        files,
        ctx.user.username,
        staging_dir=home / "staging",
        quarantine_dir=home / "quarantine",
        workers=1,
    )
    case = create_case_from_uids(ctx.db, ctx.user.username, series_uids=[SERIES_UID])
    with ctx.db.writing() as session:
        ExchangeRepository(session).record_import(
            ImportRecord(PACKAGE, case.id, "CHU Partenaire", "", "trusted", "", 40, 40, "{}", ""),
            ctx.user.id,
        )
    return ctx


@pytest.fixture
def relay(tmp_path: Path) -> Iterator[RunningRelay]:
    with running_relay(tmp_path / "relay") as running:
        yield running


@pytest.fixture
def windows(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[ShellWindow, ShellWindow]]:
    """The presenter's and the follower's window, side by side on the screen."""
    files = write_series(tmp_path / "images")
    contexts = [
        workstation(tmp_path / "presenter", files, "CHU de Lyon", "Dr Martin"),
        workstation(tmp_path / "follower", files, "Hôpital du Point G", "Dr Traoré"),
    ]
    shown = []
    for number, ctx in enumerate(contexts):
        window = ShellWindow(ctx)
        qtbot.addWidget(window)
        window.resize(950, 980)
        window.move(number * 965, 0)
        window.show()
        qtbot.waitExposed(window)
        shown.append(window)
    yield shown[0], shown[1]
    for window in shown:
        window.close()
    for ctx in contexts:
        ctx.close()


def review_of(window: ShellWindow) -> JointReview:
    trigger = window.action_registry.spec("casereview.session.start").trigger
    review = getattr(trigger, "__self__", None)
    assert isinstance(review, JointReview)
    return review


def side_by_side(name: str) -> Path:
    """Both windows as the screen shows them (the VTK views included)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    QApplication.processEvents()
    assert QApplication.primaryScreen().grabWindow(0, 0, 0, 1920, 980).save(str(path))
    return path


def wheel(widget: SliceViewWidget, notches: int) -> None:
    """Turn the mouse wheel over a slice view (as the user scrolls)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def make_room(viewer: ViewerWidget) -> None:
    """Give the views the width of a half screen (the case's side panel folded away)."""
    splitter = getattr(viewer, "splitter", None)
    if splitter is not None:
        splitter.setSizes([splitter.width(), 0])


def ctrl_wheel(widget: SliceViewWidget, notches: int) -> None:
    """Zoom a slice view with Ctrl and the wheel (as the user does)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def axial(viewer: ViewerWidget) -> SliceViewWidget:
    return viewer.slice_widgets[("primary", Orientation.AXIAL)]


def crosshair_z(viewer: ViewerWidget) -> float:
    return float(viewer.session.crosshair[2])


def test_relay_setting_is_checked_and_old_settings_files_load() -> None:
    assert Settings.from_dict({"institution_name": "CHU"}).joint_relay_url == ""
    assert check_relay_url(" tls://relay.chu.example:4443 ") == "tls://relay.chu.example:4443"
    for wrong in ("http://relay:4222", "nats://relay", "nats://:4222", "nats://relay:99999"):
        with pytest.raises(ConfigurationError):
            Settings(joint_relay_url=wrong)


def test_a_presenter_and_a_follower_in_two_windows(
    qtbot: QtBot, relay: RunningRelay, windows: tuple[ShellWindow, ShellWindow]
) -> None:
    presenter_window, follower_window = windows
    presenter, follower = review_of(presenter_window), review_of(follower_window)
    presenter_dialogs = ShownDialogs(presenter_window)

    # The presenter opens the case's series, then starts a session with a one-time code.
    wait_for_index(presenter_window, qtbot)
    ctx = presenter_window.context
    case_id = presenter_window.index.cases[0].id
    assert presenter_window.select_case(case_id)
    presenter_window.open_series([series_id_for_uid(ctx.db, SERIES_UID)])
    qtbot.waitUntil(lambda: presenter_window.current_viewer() is not None, timeout=WAIT)
    start = presenter.start_dialog()
    assert start is not None and start.packages == (PACKAGE,)
    start.relay.setText(relay.url)
    assert start.invite.code.isChecked()  # no partner key card trusted: a code
    save_screenshot(start, "joint_start_dialog")
    start.accept()
    invitation = presenter_dialogs.wait(qtbot, "joint_invitation", WAIT)
    assert isinstance(invitation, InvitationDialog)
    session_id, code = invitation.session_label.text(), invitation.code_label.text()
    assert presenter.joint is not None and presenter.joint.driving
    assert presenter.banner is not None and presenter.banner.driver_text == "You are driving"
    qtbot.waitUntil(lambda: presenter.link is not None, timeout=WAIT)
    save_screenshot(invitation, "joint_code_dialog")
    invitation.close()

    # The follower joins with the code through the Join dialog; the case opens by itself.
    join = follower.join_dialog()
    assert isinstance(join, JoinSessionDialog)
    join.with_code.setChecked(True)
    join.session.setText(session_id)
    join.code.setText(code)
    join.relay.setText(relay.url)
    save_screenshot(join, "joint_join_dialog")
    join.accept()
    qtbot.waitUntil(lambda: follower.link is not None, timeout=WAIT)
    follower_viewer = follower_window.current_viewer()
    presenter_viewer = presenter_window.current_viewer()
    assert follower_viewer is not None and presenter_viewer is not None
    assert follower.banner is not None
    for viewer in (presenter_viewer, follower_viewer):
        make_room(viewer)
    qtbot.waitUntil(
        lambda: follower.banner.driver_text == "Dr Martin (CHU de Lyon) is driving", timeout=WAIT
    )
    participants = follower.participants_panel
    assert participants is not None
    qtbot.waitUntil(lambda: participants.tree.topLevelItemCount() == 2, timeout=WAIT)

    # Scrolling at the presenter.
    start_z = crosshair_z(presenter_viewer)
    wheel(axial(presenter_viewer), 6)
    assert crosshair_z(presenter_viewer) != start_z
    qtbot.waitUntil(
        lambda: crosshair_z(follower_viewer) == pytest.approx(crosshair_z(presenter_viewer)),
        timeout=WAIT,
    )
    # A window change.
    presenter_viewer.session.set_window(350.0, 55.0)
    qtbot.waitUntil(lambda: follower_viewer.session.window == (350.0, 55.0), timeout=WAIT)
    assert follower_viewer.width_spin.value() == 350
    # A layout change, then a zoom and a 3-D rotation.
    presenter_viewer.set_layout(Layout.QUAD)
    qtbot.waitUntil(lambda: follower_viewer.session.layout is Layout.QUAD, timeout=WAIT)
    assert follower_viewer.layout_combo.currentData() == Layout.QUAD
    qtbot.waitUntil(lambda: follower_viewer.widget_3d is not None, timeout=WAIT)
    axial(presenter_viewer).view.zoom(1.6)
    presenter_scale = axial(presenter_viewer).view.renderer.GetActiveCamera().GetParallelScale
    follower_scale = axial(follower_viewer).view.renderer.GetActiveCamera().GetParallelScale
    qtbot.waitUntil(lambda: follower_scale() == pytest.approx(presenter_scale()), timeout=WAIT)
    assert presenter_viewer.widget_3d is not None
    camera = presenter_viewer.widget_3d.view.renderer.GetActiveCamera()
    before = np.array(follower_viewer.widget_3d.view.camera_view().position)
    camera.Azimuth(50.0)
    camera.Elevation(20.0)
    camera.OrthogonalizeViewUp()
    presenter_viewer.widget_3d.schedule_render()

    def same_camera() -> bool:
        ours = follower_viewer.widget_3d.view.camera_view()
        theirs = presenter_viewer.widget_3d.view.camera_view()
        return bool(np.allclose(ours.position, theirs.position, atol=1e-3)) and bool(
            np.allclose(ours.view_up, theirs.view_up, atol=1e-4)
        )

    qtbot.waitUntil(same_camera, timeout=WAIT)
    assert not np.allclose(before, follower_viewer.widget_3d.view.camera_view().position)
    # The presenter's pointer, with the presenter's name, on the follower's axial view.
    presenter_axial = axial(presenter_viewer)
    point = presenter_viewer.session.crosshair + np.array([10.0, -8.0, 0.0])
    presenter_axial.hovered.emit(point)
    marks = follower.link.marks[axial(follower_viewer)] if follower.link else None
    assert marks is not None
    presenter_id = presenter.joint.participant_id
    qtbot.waitUntil(lambda: presenter_id in marks.participants(), timeout=WAIT)
    qtbot.wait(300)
    side_by_side("joint_presenter_drives")

    # The follower asks for control; the presenter grants it at the prompt.
    follower.banner.take_button.click()
    prompt = presenter_dialogs.wait(qtbot, "joint_grant", WAIT)
    assert isinstance(prompt, QMessageBox)
    assert "Dr Traoré (Hôpital du Point G) asks for control." in prompt.text()
    qtbot.wait(200)
    side_by_side("joint_control_asked")
    grant = prompt.findChild(QPushButton, "jointGrantButton")
    assert grant is not None
    grant.click()
    qtbot.waitUntil(lambda: follower.joint is not None and follower.joint.driving, timeout=WAIT)
    qtbot.waitUntil(
        lambda: presenter.banner.driver_text == "Dr Traoré (Hôpital du Point G) is driving",
        timeout=WAIT,
    )
    assert follower.banner.driver_text == "You are driving"
    # The follower's scroll now appears at the presenter.
    follower_axial = axial(follower_viewer)
    before_z = crosshair_z(presenter_viewer)
    wheel(follower_axial, -9)
    assert crosshair_z(follower_viewer) != before_z
    qtbot.waitUntil(
        lambda: crosshair_z(presenter_viewer) == pytest.approx(crosshair_z(follower_viewer)),
        timeout=WAIT,
    )
    DarkTheme.acquire()
    try:
        qtbot.wait(300)
        side_by_side("joint_follower_drives_dark")
    finally:
        DarkTheme.release()

    # The presenter takes control back at once.
    presenter.banner.take_button.click()
    qtbot.waitUntil(lambda: presenter.joint is not None and presenter.joint.driving, timeout=WAIT)
    qtbot.waitUntil(lambda: not follower.joint.driving, timeout=WAIT)
    qtbot.waitUntil(lambda: follower.banner.take_button.isVisible(), timeout=WAIT)

    # Look around: the presenter's scrolling no longer moves the follower's view.
    follower.banner.look_button.click()
    qtbot.waitUntil(lambda: not follower.joint.following, timeout=WAIT)
    assert follower.banner.snap_button.isVisible()
    kept_z = crosshair_z(follower_viewer)
    wheel(axial(presenter_viewer), 12)
    target = crosshair_z(presenter_viewer)
    assert target != kept_z

    def received() -> bool:
        state = follower.joint.state().get("crosshair")
        return state is not None and state.lps[2] == pytest.approx(target)

    qtbot.waitUntil(received, timeout=WAIT)
    qtbot.wait(200)
    assert crosshair_z(follower_viewer) == pytest.approx(kept_z)
    side_by_side("joint_looking_around")
    # Snap back: the follower shows the session's view again, and follows.
    follower.banner.snap_button.click()
    qtbot.waitUntil(lambda: crosshair_z(follower_viewer) == pytest.approx(target), timeout=WAIT)
    qtbot.waitUntil(lambda: follower.joint.following, timeout=WAIT)
    # Zooming on one's own also looks around; the presenter's zoom stays, Snap back restores it.
    session_scale = presenter_scale()
    ctrl_wheel(axial(follower_viewer), 3)
    qtbot.waitUntil(lambda: not follower.joint.following, timeout=WAIT)
    assert follower_scale() != pytest.approx(session_scale)
    qtbot.wait(300)
    assert presenter_scale() == pytest.approx(session_scale)
    follower.banner.snap_button.click()
    qtbot.waitUntil(lambda: follower_scale() == pytest.approx(session_scale), timeout=WAIT)

    # Leaving: the presenter sees it in the participants list.
    follower_id = follower.joint.participant_id
    leaving = follower.leave()
    assert leaving is not None
    qtbot.waitUntil(lambda: leaving.done, timeout=WAIT)
    assert leaving.error is None
    assert not follower.in_session and not follower.banner_bar.isVisible()
    panel = presenter.participants_panel
    assert panel is not None

    def left() -> bool:
        for index in range(panel.tree.topLevelItemCount()):
            item = panel.tree.topLevelItem(index)
            if item.data(0, Qt.ItemDataRole.UserRole) == follower_id:
                return item.text(1) == "left"
        return False

    qtbot.waitUntil(left, timeout=WAIT)
    assert presenter_window.errors.current_box is None
    assert follower_window.errors.current_box is None
    presenter.leave()


def trust_each_other(first: ShellWindow, second: ShellWindow) -> None:
    """Each site trusts the other's signing key and accepts its key card (as partners do)."""
    pairs = ((first, second), (second, first))
    for own, other in pairs:
        settings = own.context.settings
        public = load_or_create_signing_key(other.context.paths.keys).public_bytes
        trusted = TrustedKey(
            other.context.settings.institution_name, base64.b64encode(public).decode("ascii")
        )
        own.context.update_settings(  # type: ignore[attr-defined]  # the app's context, not the protocol
            settings.with_changes(trusted_keys=(*settings.trusted_keys, trusted))
        )
    for own, other in pairs:
        card = own_card(other.context.paths.keys, other.context.settings.institution_name)
        trust_card(own.context.paths.keys, card.text(), own.context.settings.trusted_keys)


def test_an_invitation_for_a_partner_and_a_site_without_the_package(
    qtbot: QtBot,
    relay: RunningRelay,
    windows: tuple[ShellWindow, ShellWindow],
    window: ShellWindow,
) -> None:
    presenter_window, follower_window = windows
    trust_each_other(presenter_window, follower_window)
    presenter, follower = review_of(presenter_window), review_of(follower_window)
    presenter_dialogs = ShownDialogs(presenter_window)
    wait_for_index(presenter_window, qtbot)
    assert presenter_window.select_case(presenter_window.index.cases[0].id)

    # Started without a viewer open: the case's series opens at the presenter by itself.
    start = presenter.start_dialog()
    assert start is not None
    start.relay.setText(relay.url)
    assert start.invite.check("Hôpital du Point G")
    start.invite.code.setChecked(False)
    start.accept()
    invitation = presenter_dialogs.wait(qtbot, "joint_invitation", WAIT)
    assert isinstance(invitation, InvitationDialog)
    text = invitation.invitation.toPlainText()
    assert text.startswith("casereview-invite:") and invitation.invitation.isVisible()
    invitation.copy()
    assert QApplication.clipboard().text() == text
    qtbot.waitUntil(lambda: presenter.link is not None, timeout=WAIT)
    presenter_viewer = presenter_window.current_viewer()
    assert presenter_viewer is not None
    save_screenshot(invitation, "joint_invitation_dialog")
    invitation.close()

    # The partner pastes the invitation; the relay comes from the invitation itself.
    join = follower.join_dialog()
    assert isinstance(join, JoinSessionDialog)
    join.invitation.setPlainText(text)
    join.accept()
    qtbot.waitUntil(lambda: follower.link is not None, timeout=WAIT)
    follower_viewer = follower_window.current_viewer()
    assert follower_viewer is not None
    wheel(axial(presenter_viewer), -4)
    qtbot.waitUntil(
        lambda: crosshair_z(follower_viewer) == pytest.approx(crosshair_z(presenter_viewer)),
        timeout=WAIT,
    )

    # A third site that never received the package: a clear message, nothing joined.
    made = presenter.invite([], make_code=True)
    assert made is not None
    qtbot.waitUntil(lambda: made.done, timeout=WAIT)
    code_dialog = presenter_dialogs.last("joint_invitation")
    assert isinstance(code_dialog, InvitationDialog) and code_dialog is not invitation
    session_id, code = code_dialog.session_label.text(), code_dialog.code_label.text()
    outsider = review_of(window)
    titles: list[str] = []
    window.errors.shown.connect(lambda title, text: titles.append(title + "\n" + text))
    joining = outsider.join_with_code(relay.url, session_id, code, name="Dr Diallo")
    qtbot.waitUntil(lambda: joining.done, timeout=WAIT)
    assert titles and titles[0].startswith("Case package missing")
    assert PACKAGE in titles[0] and "Import" in titles[0]
    assert not outsider.in_session and outsider.banner is None
    assert presenter.joint is not None and len(presenter.joint.participants()) == 2
    follower.leave()
    presenter.leave()
