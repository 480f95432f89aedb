"""The case list keeps up: a case's status and "Updated" follow its items and its decision.

A case made yesterday is measured in the viewer (its row becomes "In preparation", updated
now, and moves to the top) and then decided at the meeting (its row becomes "Discussed").
Needs Xvfb (VTK inside Qt).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from gui_helpers import ShownDialogs, refresh, save_screenshot
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.demo.install import install_demo
from casereview.domain.cases import CaseDraft
from casereview.domain.meetings import MeetingDraft
from casereview.services import cases as case_service
from casereview.services import meetings as meeting_service
from casereview.session import Layout, Orientation
from casereview.store import models
from casereview.ui.browser import ID_ROLE
from casereview.ui.shell import ShellWindow
from casereview.ui.viewer.tool_kinds import Tool, tool_action_id

pytestmark = [
    pytest.mark.gui,
    pytest.mark.xvfb,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="VTK inside Qt needs an X display"),
]

STATUS, UPDATED = 1, 4  #: columns of the case list


def _row(window: ShellWindow, case_id: int) -> tuple[int, str, str]:
    """``(row, status, updated)`` of a case in the case list."""
    model = window.browser.case_model
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ID_ROLE) == case_id:
            return (
                row,
                model.index(row, STATUS).data(),
                model.index(row, UPDATED).data(),
            )
    raise AssertionError(f"case #{case_id} is not listed")


def _shown(when: datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def test_case_list_follows_an_annotation_and_a_decision(
    window: ShellWindow, context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    actor = context.user.username
    demo = install_demo(
        context.db,
        tmp_path / "demo",
        actor,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
        small=True,
    )
    series_id = demo.case.series_ids[1]
    case = case_service.create_case(
        context.db,
        CaseDraft(demo.case.patient_id, "Second look", series_ids=(series_id,)),
        actor,
    )
    # Made yesterday: the list shows when it last changed.
    yesterday = datetime.now(UTC) - timedelta(days=1)
    with context.db.writing() as session:
        row = session.get(models.Case, case.id)
        assert row is not None
        row.updated_at = yesterday
    meeting = meeting_service.create_meeting(
        context.db,
        MeetingDraft("HPB MDT", datetime.now(UTC) + timedelta(hours=1), chair="Dr Chair"),
        context.settings.quorum_rule(),
        actor,
    )
    meeting_service.add_case(context.db, meeting.id, case.id, actor)
    refresh(window, qtbot)
    position, status, updated = _row(window, case.id)
    assert (status, updated) == ("Draft", _shown(yesterday))
    assert position == 1, "the demo case changed later"

    # --- measure in the viewer ------------------------------------------------------
    window.browser.select_case(case.id)
    assert window.browser.select_series([series_id]) == 1
    window.action_registry.action("casereview.view.open_series").trigger()
    qtbot.waitUntil(
        lambda: bool(window.viewers) and window.viewers[-1].editor is not None, timeout=60_000
    )
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=60_000)
    viewer = window.viewers[-1]
    assert viewer.editor.ctx.case_id == case.id
    viewer.set_layout(Layout.ONE)
    qtbot.wait(300)
    widget = viewer.slice_widgets[("primary", Orientation.AXIAL)]
    window.action_registry.action(tool_action_id(Tool.LENGTH)).trigger()
    start = QPoint(widget.width() // 3, widget.height() // 2)
    end = QPoint(2 * widget.width() // 3, widget.height() // 2)
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, QPoint((start.x() + end.x()) // 2, start.y()))
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: len(viewer.session.annotations) == 1, timeout=5000)
    measured = datetime.now(UTC)
    qtbot.waitUntil(lambda: _row(window, case.id)[1] == "In preparation", timeout=20_000)
    position, _, updated = _row(window, case.id)
    assert updated in (_shown(measured), _shown(measured + timedelta(minutes=1)))
    assert position == 0, "the most recently changed case comes first"

    # --- decide at the meeting --------------------------------------------------------
    dialogs = ShownDialogs(window)
    window.select_meeting(meeting.id)
    window.action_registry.action("casereview.meeting.present").trigger()
    presentation = dialogs.wait(qtbot, "presentation")
    form = presentation.form
    assert form.item is not None and form.item.case_id == case.id
    form.recommendation.setCurrentIndex(form.recommendation.findData("surveillance"))
    qtbot.keyClicks(form.rationale, "Stable over six months.")
    save = form.findChild(QAbstractButton, "saveDecision")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.decision is not None, timeout=5000)
    # The list behind the presentation follows at once, not only when the presentation ends.
    qtbot.waitUntil(lambda: _row(window, case.id)[1] == "Discussed", timeout=20_000)
    # The presenter's Escape ends the presentation (keys typed in a field are text).
    presentation.activateWindow()
    presentation.setFocus()
    qtbot.waitUntil(presentation.hasFocus, timeout=5000)
    with qtbot.waitSignal(presentation.closed):
        qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    assert _row(window, case.id)[1] == "Discussed"
    save_screenshot(window.browser, "i20_case_list_follows")
