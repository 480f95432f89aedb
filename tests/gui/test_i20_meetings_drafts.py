"""Issue 20: a draft decision typed during the meeting survives paging, in every path.

Typed in the presentation's side panel, then Page Down and Page Up: the text is there. Typed in
the Meetings window's decision dialog, closed with Close and opened again: the text is there.
(Closing the presentation or the whole application with a draft pending is proven by
``test_presentation_safety``.)
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from gui_helpers import ShownDialogs, save_screenshot
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QMainWindow
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.domain.cases import CaseDraft
from casereview.domain.meetings import Attendance, AttendeeDraft, MeetingDraft
from casereview.domain.users import Role
from casereview.services import cases as case_service
from casereview.services import meetings as meeting_service
from casereview.services.decision_drafts import DecisionDraftStore
from casereview.ui.meetings.decision_form import DecisionForm
from casereview.ui.meetings.panel import MeetingsPanel
from casereview.ui.meetings.presentation import PresentationWindow
from casereview.ui.shell import ShellWindow
from support import add_sample_imaging

pytestmark = pytest.mark.gui

TYPED = "SMV abutment over 180 degrees; SMA free"


def _meeting(context: AppContext, tmp_path: Path) -> int:
    actor = context.user.username
    ids = add_sample_imaging(context.db, tmp_path / "files")
    meeting = meeting_service.create_meeting(
        context.db,
        MeetingDraft("HPB MDT", datetime(2026, 12, 8, 7, 30, tzinfo=UTC), chair="Dr Chair"),
        context.settings.quorum_rule(),
        actor,
    )
    for title in ("Pancreatic head mass", "Liver segment 7 lesion"):
        case = case_service.create_case(context.db, CaseDraft(ids["patient"], title), actor)
        meeting_service.add_case(context.db, meeting.id, case.id, actor)
    meeting_service.add_attendee(
        context.db,
        meeting.id,
        AttendeeDraft("Dr Chair", Role.SURGEON, attendance=Attendance.PRESENT),
        actor,
    )
    return meeting.id


def _focus_presentation(qtbot: QtBot, presentation: PresentationWindow) -> None:
    presentation.activateWindow()
    qtbot.waitUntil(presentation.isActiveWindow, timeout=5000)
    presentation.setFocus()
    qtbot.waitUntil(presentation.hasFocus, timeout=5000)


def test_draft_decision_survives_page_down_and_up_in_the_presentation(
    window: ShellWindow, dialogs: ShownDialogs, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    meeting_id = _meeting(context, tmp_path)
    window.select_meeting(meeting_id)
    window.action_registry.action("casereview.meeting.present").trigger()
    presentation = dialogs.wait(qtbot, "presentation")
    assert isinstance(presentation, PresentationWindow)
    qtbot.waitExposed(presentation)
    presentation.showNormal()
    presentation.setGeometry(0, 0, 1920, 1080)
    _focus_presentation(qtbot, presentation)
    form = presentation.form
    assert presentation.case_index == 0

    qtbot.mouseClick(form.rationale.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    qtbot.waitUntil(form.rationale.hasFocus, timeout=5000)
    qtbot.keyClicks(form.rationale, TYPED)
    assert form.draft_timer.isActive()  # the pause has not ended: nothing written yet
    _focus_presentation(qtbot, presentation)
    qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
    assert presentation.case_index == 1 and form.rationale.toPlainText() == ""
    qtbot.keyClicks(form.dissent, "Dr Onco prefers chemotherapy first")
    _focus_presentation(qtbot, presentation)
    qtbot.keyClick(presentation, Qt.Key.Key_PageUp)
    assert presentation.case_index == 0
    assert form.rationale.toPlainText() == TYPED and form.draft_restored
    qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
    assert form.dissent.toPlainText() == "Dr Onco prefers chemotherapy first"
    with qtbot.waitSignal(presentation.closed):
        qtbot.keyClick(presentation, Qt.Key.Key_Escape)


def test_draft_decision_survives_closing_the_meeting_windows_decision_dialog(
    window: ShellWindow, dialogs: ShownDialogs, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    meeting_id = _meeting(context, tmp_path)
    window.action_registry.action("casereview.meeting.new").trigger()  # opens the window
    meetings = window.findChild(QMainWindow, "meetingsWindow")
    panel = window.findChild(MeetingsPanel)
    assert isinstance(panel, MeetingsPanel) and meetings is not None
    task = panel.refresh(meeting_id)
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    panel.agenda.setCurrentRow(0)

    def open_decision() -> tuple[QDialog, DecisionForm]:
        button = panel.findChild(QAbstractButton, "openDecision")
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = panel.decision_dialog
        assert dialog is not None
        qtbot.waitExposed(dialog)
        form = dialog.findChild(DecisionForm)
        assert form is not None
        return dialog, form

    dialog, form = open_decision()
    qtbot.mouseClick(form.rationale.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    qtbot.keyClicks(form.rationale, TYPED)
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    dialog, form = open_decision()
    assert form.rationale.toPlainText() == TYPED and form.draft_restored
    save_screenshot(dialog, "i20_meetings_decision_draft_restored")
    dialog.reject()


def test_draft_decision_typed_in_the_meeting_window_survives_closing_the_application(
    window: ShellWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    meeting_id = _meeting(context, tmp_path)
    window.action_registry.action("casereview.meeting.new").trigger()  # opens the window
    panel = window.findChild(MeetingsPanel)
    assert isinstance(panel, MeetingsPanel)
    task = panel.refresh(meeting_id)
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    panel.agenda.setCurrentRow(0)
    button = panel.findChild(QAbstractButton, "openDecision")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = panel.decision_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    form = dialog.findChild(DecisionForm)
    assert form is not None and form.item is not None
    item_id = form.item.id
    qtbot.mouseClick(form.rationale.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    qtbot.keyClicks(form.rationale, TYPED)
    assert form.draft_timer.isActive()  # not written yet: the pause has not ended
    window.close()
    kept = DecisionDraftStore.in_data_dir(context.paths.root, context.paths.keys).load(item_id)
    assert kept is not None and kept.values["rationale"] == TYPED
