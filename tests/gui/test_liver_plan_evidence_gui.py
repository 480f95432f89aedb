"""The liver resection plan in the decision form and on the MDT's shared screen (issue 17).

The decision form lists the case's liver plan beside the assessment, its box ticked by default,
and the saved decision cites that version. In the presentation, L shows the plan in place of
the key image (resection, FLR and standardised FLR in large type with PASS/FAIL in words and
colour, volumes, margin; nothing that identifies the patient); L again, or the next case,
brings the key image back; an "l" typed into the decision form stays in the form. Screenshots
are saved under artifacts/screenshots for a person to look at.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from pathlib import Path

import pytest
from gui_helpers import save_screenshot
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.domain.cases import CaseDraft
from casereview.domain.decision_evidence import CitationKind
from casereview.domain.liver_remnant import LiverCondition
from casereview.domain.meetings import Attendance, AttendeeDraft, MeetingDraft, QuorumRule
from casereview.domain.users import Role
from casereview.services import cases as case_service
from casereview.services import decision_evidence as evidence_service
from casereview.services import meetings as meeting_service
from casereview.ui.errors import ErrorPresenter
from casereview.ui.features.presentation import Presenter
from casereview.ui.liver.slide import FAIL_TEXT, PASS_TEXT
from casereview.ui.meetings.decision_form import DecisionForm
from casereview.ui.meetings.presentation import PresentationWindow
from casereview.ui.shell import ShellWindow
from meetings.liver_plan_support import save_plan
from support import add_sample_imaging

pytestmark = pytest.mark.gui

PATIENT_NAME = "LIVER^Canary"
PATIENT_ID = "P-LIVER-77"


def _text(label: QLabel) -> str:
    return html.unescape(label.text())


@pytest.fixture
def meeting(context: AppContext, tmp_path: Path) -> tuple[int, int, int]:
    """(meeting, planned case, case without a plan), both on the agenda; the first planned
    twice (v2 after chemotherapy: standardised FLR below its threshold)."""
    db, user = context.db, context.user.username
    ids = add_sample_imaging(
        db, tmp_path / "files", patient_name=PATIENT_NAME, patient_id=PATIENT_ID
    )
    planned = case_service.create_case(
        db,
        CaseDraft(ids["patient"], "Colorectal liver metastasis", series_ids=(ids["series"],)),
        user,
    )
    other = case_service.create_case(db, CaseDraft(ids["patient"], "Follow-up"), user)
    save_plan(db, planned.id, 573.0)
    save_plan(db, planned.id, 465.0, condition=LiverCondition.CHEMOTHERAPY, margin_mm=4.0)
    created = meeting_service.create_meeting(
        db,
        MeetingDraft("HPB MDT", datetime(2026, 12, 8, 7, 30, tzinfo=UTC), chair="Dr Chair"),
        QuorumRule((Role.SURGEON,), 1),
        user,
    )
    for case_id in (planned.id, other.id):
        meeting_service.add_case(db, created.id, case_id, user)
    meeting_service.add_attendee(
        db,
        created.id,
        AttendeeDraft("Dr Chair", Role.SURGEON, attendance=Attendance.PRESENT),
        user,
    )
    return created.id, planned.id, other.id


def test_the_decision_form_offers_the_liver_plan_ticked(
    qtbot: QtBot, context: AppContext, meeting: tuple[int, int, int]
) -> None:
    db, actor = context.db, context.user.username
    meeting_id, planned, other = meeting
    detail = meeting_service.get_meeting(db, meeting_id)
    items = {i.case_id: i for i in detail.agenda}
    errors = ErrorPresenter(None)
    shown: list[str] = []
    errors.shown.connect(lambda _title, text: shown.append(text))
    form = DecisionForm(db, lambda: actor, errors)
    host = QScrollArea()
    host.setWidgetResizable(True)
    host.setWidget(form)
    qtbot.addWidget(host)
    form.set_item(detail, items[planned])
    host.resize(780, 820)
    host.show()
    qtbot.waitExposed(host)
    panel = form.evidence
    plan = evidence_service.citable_liver_plan(db, planned)
    assert plan is not None and plan.number == 2

    summary = _text(panel.liver_summary)
    assert "Liver resection plan (version 2, by 王医生)" in summary
    assert "planning aid for the MDT to confirm" in summary
    assert "right hepatectomy (segments 5, 6, 7, 8): FLR 31.0 %" in summary
    assert "standardised FLR 26.7 % below 30.0 %: not enough" in summary
    assert panel.cite_liver_plan.isVisible() and panel.cite_liver_plan.isChecked()
    assert plan.content_sha256[:12] in panel.cite_liver_plan.text()
    # The case has no assessment: that box is off, the plan's is on.
    assert not panel.cite_assessment.isChecked()
    will = _text(panel.cited)
    assert "Liver resection plan version 2" in will and "not enough" in will
    save_screenshot(form, "decision-evidence-liver-plan")

    form.recommendation.setCurrentIndex(form.recommendation.findData("other"))
    form.other.setText("portal vein embolisation, then re-plan")
    form.rationale.setPlainText("Future remnant too small after chemotherapy.")
    button = form.findChild(QPushButton, "saveDecision")
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not shown, shown
    assert form.decision is not None
    cited = evidence_service.decision_evidence(db, form.decision.id)
    assert [(c.kind, c.uid) for c in cited] == [(CitationKind.LIVER_PLAN, plan.uid)]

    # Unticked, the draft would stop citing it, and says so.
    panel.cite_liver_plan.setChecked(False)
    assert "The liver plan (v2) is no longer cited" in _text(panel.notes)

    # A case without a plan is offered none.
    form.set_item(detail, items[other])
    assert not panel.cite_liver_plan.isVisible() and not panel.liver_summary.isVisible()
    assert panel.request().liver_plan_uid == ""
    host.close()


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


def test_key_l_shows_the_liver_plan_on_the_shared_screen(
    window: ShellWindow, qtbot: QtBot, meeting: tuple[int, int, int]
) -> None:
    presentation = _present(qtbot, window, meeting[0])
    try:
        qtbot.keyClick(presentation, Qt.Key.Key_L)
        qtbot.waitUntil(lambda: presentation.liver_plan is not None)
        slide = presentation.liver_plan
        assert slide is not None and presentation.stage.currentWidget() is slide
        assert slide.title.text() == (
            "Liver resection plan: right hepatectomy (segments 5, 6, 7, 8)"
        )
        assert "Version 2 by 王医生" in slide.details.text()
        assert "liver after extensive chemotherapy" in slide.details.text()
        rows = [(n.text(), v.text(), html.unescape(d.text())) for n, v, d in slide.rows]
        assert [(name, value) for name, value, _ in rows] == [
            ("FLR", "31.0 %"),
            ("standardised FLR", "26.7 %"),
            ("RBWR", "0.58 %"),
        ]
        # Pass and fail in words and in colour.
        assert "FAIL" in rows[1][2] and "NOT enough — threshold ≥ 30.0 %" in rows[1][2]
        assert FAIL_TEXT in slide.rows[1][2].text()
        assert "PASS" in rows[2][2] and "enough — threshold ≥ 0.5 %" in rows[2][2]
        assert PASS_TEXT in slide.rows[2][2].text()
        assert "no threshold applied" in rows[0][2]
        volumes = slide.volumes.text()
        assert "Whole liver 1510 mL" in volumes and "future remnant 465 mL" in volumes
        assert "tumour margin 4.0 mm" in volumes
        # Readable from the back: the ratios in the largest type on the screen.
        value_size = slide.rows[1][1].font().pointSizeF()
        assert value_size >= 40 and value_size > presentation.details.font().pointSizeF()
        # Nothing on it names the patient, even with the identity shown beside it.
        shown = " ".join(label.text() for label in slide.findChildren(QLabel))
        for identity in ("LIVER", "Canary", PATIENT_ID, "180", "80.0 kg"):
            assert identity not in shown, identity
        assert not slide.findChildren(QLineEdit) and not slide.findChildren(QPushButton)
        qtbot.wait(100)
        save_screenshot(presentation, "presentation_liver_plan")

        # L again brings the key image back.
        _focus(qtbot, presentation)
        qtbot.keyClick(presentation, Qt.Key.Key_L)
        qtbot.waitUntil(lambda: presentation.liver_plan is None)
        assert presentation.stage.currentWidget() is presentation.picture

        # The next case closes it; a case without a plan says so.
        qtbot.keyClick(presentation, Qt.Key.Key_L)
        qtbot.waitUntil(lambda: presentation.liver_plan is not None)
        presentation.next()
        assert presentation.liver_plan is None
        assert presentation.stage.currentWidget() is presentation.picture
        _focus(qtbot, presentation)
        qtbot.keyClick(presentation, Qt.Key.Key_L)
        qtbot.waitUntil(lambda: presentation.liver_plan is not None)
        empty = presentation.liver_plan
        assert empty is not None
        assert empty.title.text() == "No liver resection plan is stored for this case."
        assert not empty.measures.isVisible()
        qtbot.keyClick(presentation, Qt.Key.Key_L)
        qtbot.waitUntil(lambda: presentation.liver_plan is None)

        # An "l" typed into the decision form stays there.
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
        qtbot.keyClicks(field, "l")
        text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
        assert text.endswith("l")
        qtbot.wait(50)
        assert presentation.liver_plan is None
        assert presentation.stage.currentWidget() is presentation.picture
    finally:
        presentation.close()
