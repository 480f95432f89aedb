"""The resectability assessment on the MDT's shared screen (issue 16).

The small borderline demo is assessed and a surgeon has corrected the SMV's angle before the
meeting. During the presentation the chair presses A: the suggested category with its reasons,
every vessel's contact (the correction beside the measured angle) and the vessel with the
largest contact (straightened, in cross-section with its arcs, and the angle profile) replace
the key image. Nothing can be dragged there. A again, or the next case, brings the key images
back; an "a" typed into the decision form stays in the form.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import save_screen, save_screenshot
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QProgressDialog
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.demo.install import install_demo
from casereview.domain.cases import CaseDraft
from casereview.domain.meetings import Attendance, AttendeeDraft, MeetingDraft, QuorumRule
from casereview.domain.resectability import VesselKind
from casereview.domain.users import Role
from casereview.services import cases as case_service
from casereview.services import meetings as meeting_service
from casereview.services import resectability_record as record
from casereview.services.resectability import assess_case
from casereview.services.segmentations import import_seg
from casereview.ui.features.presentation import Presenter
from casereview.ui.meetings import presentation as presentation_module
from casereview.ui.meetings.presentation import PresentationWindow
from casereview.ui.shell import ShellWindow

pytestmark = pytest.mark.gui

#: The angle the surgeon reads on the SMV instead of the measured one.
CORRECTED_SMV_DEG = 160.0


@pytest.fixture
def meeting_id(context: AppContext, tmp_path: Path) -> int:
    """A meeting with the assessed borderline demo case, then a case never assessed."""
    user = context.user.username
    demo = install_demo(
        context.db,
        tmp_path / "demo",
        user,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
        small=True,
    )
    assert demo.demo is not None
    import_seg(context.db, demo.case.id, demo.demo.seg_path, user)
    record.save_assessment(context.db, assess_case(context.db, demo.case.id), user)
    record.override_angle(
        context.db, demo.case.id, VesselKind.SMV, CORRECTED_SMV_DEG, user, reason="fat plane"
    )
    other = case_service.create_case(
        context.db,
        CaseDraft(demo.case.patient_id, "Follow-up: liver lesion", series_ids=demo.case.series_ids),
        user,
    )
    meeting = meeting_service.create_meeting(
        context.db,
        MeetingDraft("HPB MDT", datetime.now(UTC), chair="Dr Chair"),
        QuorumRule((Role.SURGEON,), 1),
        user,
    )
    for case_id in (demo.case.id, other.id):
        meeting_service.add_case(context.db, meeting.id, case_id, user)
    meeting_service.add_attendee(
        context.db,
        meeting.id,
        AttendeeDraft("Dr Chair", Role.SURGEON, "HPB surgery", "", Attendance.PRESENT),
        user,
    )
    return meeting.id


def _present(qtbot: QtBot, window: ShellWindow, meeting_id: int) -> PresentationWindow:
    start = window.action_registry.spec("casereview.meeting.present").trigger
    presenter = getattr(start, "__self__", None)
    assert isinstance(presenter, Presenter)
    presentation = presenter.start(meeting_id, full_screen=False)
    assert presentation is not None
    qtbot.waitExposed(presentation)
    presentation.setGeometry(0, 0, 1920, 1080)
    qtbot.waitUntil(lambda: (presentation.width(), presentation.height()) == (1920, 1080))
    _focus(qtbot, presentation)
    return presentation


def _focus(qtbot: QtBot, presentation: PresentationWindow) -> None:
    presentation.activateWindow()
    qtbot.waitUntil(presentation.isActiveWindow, timeout=5000)
    presentation.setFocus()


def test_the_assessment_replaces_the_key_image_on_key_a(
    window: ShellWindow, qtbot: QtBot, meeting_id: int
) -> None:
    presentation = _present(qtbot, window, meeting_id)
    try:
        qtbot.keyClick(presentation, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: presentation.assessment is not None, timeout=60_000)
        slide = presentation.assessment
        assert slide is not None
        qtbot.waitUntil(lambda: presentation.stage.currentWidget() is slide)
        category = slide.category.text()
        assert "borderline resectable" in category and "for the MDT to confirm" in category
        assert slide.reasons.isVisible() and "SMA" in slide.reasons.text()
        vessels = slide.vessels.text()
        assert f"superior mesenteric vein (SMV): {CORRECTED_SMV_DEG:.0f}° (corrected by" in vessels
        # The vessel with the largest contact the criteria read is the SMV, with its arcs.
        view = slide.view
        assert view.isVisible() and view.role == "smv" and view.read_only
        assert view.section_view.arcs and view.chart.isVisible()
        assert not view.measured_button.isVisible() and not view.record_button.isVisible()
        # Nothing can be dragged on the shared screen.
        handle = view.section_view.handle_position(0, 0)
        point = QPoint(round(handle.x()), round(handle.y()))
        QTest.mousePress(view.section_view, Qt.MouseButton.LeftButton, pos=point)
        QTest.mouseMove(view.section_view, point + QPoint(40, 40))
        QTest.mouseRelease(view.section_view, Qt.MouseButton.LeftButton, pos=point + QPoint(40, 40))
        assert not view.section_view.is_edited
        qtbot.wait(100)
        save_screenshot(presentation, "presentation_resectability_assessment")

        # A again brings the key image back.
        _focus(qtbot, presentation)
        qtbot.keyClick(presentation, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: presentation.assessment is None)
        assert presentation.stage.currentWidget() is presentation.picture

        # An "a" typed into the decision form stays there.
        field = next(
            f
            for f in [
                *presentation.form.findChildren(QLineEdit),
                *presentation.form.findChildren(QPlainTextEdit),
            ]
            if f.isVisible() and f.isEnabled() and not f.isReadOnly()
        )
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClicks(field, "a")
        qtbot.wait(200)
        assert presentation.assessment is None
        text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
        assert text.endswith("a")

        # The next case was never assessed: the slide says so, and leaving the case closes it.
        _focus(qtbot, presentation)
        qtbot.keyClick(presentation, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: presentation.assessment is not None, timeout=60_000)
        qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
        qtbot.waitUntil(lambda: presentation.case_index == 1)
        assert presentation.assessment is None
        qtbot.keyClick(presentation, Qt.Key.Key_A)
        qtbot.waitUntil(lambda: presentation.assessment is not None, timeout=60_000)
        assert "No resectability assessment" in presentation.assessment.category.text()
        assert not presentation.assessment.view.isVisible()
    finally:
        presentation.close()


def test_a_slow_read_shows_its_progress_and_the_keys_stay_with_the_slides(
    window: ShellWindow, qtbot: QtBot, meeting_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A read that reports progress and takes seconds, as on a busy workstation: its progress
    # dialog shows (after 400 ms) and stays up a while.
    read = presentation_module.load_workbench

    def slow_read(*args: Any) -> Any:
        progress = args[3]
        progress(0, 4, "")
        for step in range(1, 4):
            time.sleep(0.6)
            progress(step, 4, "")
        return read(*args)

    monkeypatch.setattr(presentation_module, "load_workbench", slow_read)
    presentation = _present(qtbot, window, meeting_id)
    try:
        qtbot.keyClick(presentation, Qt.Key.Key_A)

        def shown() -> list[QProgressDialog]:
            # (Finished tasks' dialogs linger until deleted; only the one on screen counts.)
            dialogs = presentation.findChildren(QProgressDialog, "taskProgress")
            return [d for d in dialogs if d.isVisible()]

        qtbot.waitUntil(lambda: bool(shown()), timeout=5000)
        # The dialog shows progress on the shared screen but takes neither the keyboard nor
        # the window: the presentation stays the active window.
        assert not shown()[0].isModal()
        assert QApplication.activeWindow() is presentation
        save_screen(presentation, "presentation_slow_read_progress")
        qtbot.waitUntil(lambda: presentation.assessment is not None, timeout=60_000)
        # The next key at once, as a presenter pages on.
        qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
        qtbot.waitUntil(lambda: presentation.case_index == 1)
        assert presentation.assessment is None
    finally:
        presentation.close()
