"""The decision form shows the assessment's suggestion and what the decision cites.

The suggested category and its reasons are shown with a "cite this assessment" box, ticked by
default; the clinician still picks every field. Once signed, the form shows the frozen
citations and "evidence changed since" when the assessment moves on; an amendment shows what
evidence changed. Screenshots are saved under artifacts/screenshots for a person to look at.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from pathlib import Path

from gui_helpers import save_screenshot
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.domain.cases import CaseDraft
from casereview.domain.decision_evidence import CitationKind
from casereview.domain.meetings import Attendance, AttendeeDraft, MeetingDraft
from casereview.domain.users import Role, User
from casereview.services import cases as case_service
from casereview.services import decision_evidence as evidence_service
from casereview.services import meetings as meeting_service
from casereview.services import resectability_record as record
from casereview.services.user_secrets import set_secret
from casereview.services.users import ensure_user
from casereview.ui.errors import ErrorPresenter
from casereview.ui.meetings.decision_form import DecisionForm
from meetings.evidence_support import BORDERLINE, key_image, measured
from support import add_sample_imaging

CHAIR_PIN = "482915"


def _text(label: object) -> str:
    """A rich-text label's text as the reader sees it (entities decoded)."""
    return html.unescape(label.text())


def _shown_whole(form: DecisionForm) -> bool:
    """Whether every text of the evidence panel has the height its wrapped lines need."""
    labels = form.evidence.findChildren(QLabel)
    return all(
        label.height() >= label.heightForWidth(label.width())
        for label in labels
        if label.isVisible() and label.wordWrap()
    )


def _click(qtbot: QtBot, form: DecisionForm, name: str) -> None:
    button = form.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_form_shows_the_suggestion_and_what_is_cited(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    db, actor = context.db, context.user.username
    ensure_user(db, User(0, "chair", "Dr Chair", Role.SURGEON))
    set_secret(db, "chair", CHAIR_PIN, "chair")
    ensure_user(db, User(0, "wang", "王医生", Role.SURGEON))
    ids = add_sample_imaging(db, tmp_path / "files")
    case = case_service.create_case(db, CaseDraft(ids["patient"], "Pancreatic head mass"), actor)
    record.save_assessment(db, measured(case.id, BORDERLINE), actor)
    v2 = record.override_angle(db, case.id, "smv", 210.0, "wang", reason="tear-drop on coronal")
    picture = key_image(db, case.id, "SMV: contact 210° — 交界可切除", actor)
    meeting = meeting_service.create_meeting(
        db,
        MeetingDraft("HPB MDT", datetime(2026, 12, 8, 7, 30, tzinfo=UTC), chair="Dr Chair"),
        context.settings.quorum_rule(),
        actor,
    )
    item = meeting_service.add_case(db, meeting.id, case.id, actor)
    meeting_service.add_attendee(
        db,
        meeting.id,
        AttendeeDraft("Dr Chair", Role.SURGEON, attendance=Attendance.PRESENT),
        actor,
    )
    errors = ErrorPresenter(None)
    shown: list[str] = []
    errors.shown.connect(lambda _title, text: shown.append(text))
    form = DecisionForm(db, lambda: actor, errors)
    # Hosted as the meeting window's decision dialog and the presentation host it: scrolled.
    host = QScrollArea()
    host.setWidgetResizable(True)
    host.setWidget(form)
    qtbot.addWidget(host)
    form.set_item(meeting_service.get_meeting(db, meeting.id), item)
    host.resize(780, 760)
    host.show()
    qtbot.waitExposed(host)
    panel = form.evidence

    # The suggestion with its reasons, and the assessment ticked to be cited...
    suggestion = _text(panel.suggestion)
    assert "version 2" in suggestion and "borderline resectable" in suggestion
    assert "fills none of the decision's fields" in suggestion
    # The reasons are the rules that set the category (every rule that fired: the tooltip).
    assert v2.suggestion.decisive and all(
        str(f.reason) in suggestion for f in v2.suggestion.decisive
    )
    assert "Based on: superior mesenteric vein (SMV): contact 210.0° set by 王医生" in suggestion
    assert all(str(f.reason) in panel.suggestion.toolTip() for f in v2.suggestion.fired)
    assert panel.cite_assessment.isChecked() and panel.cite_assessment.isVisible()
    assert v2.content_sha256[:12] in panel.cite_assessment.text()
    # ... but no field of the decision is filled by it.
    assert form.recommendation.currentData() is None
    assert form.staging.text() == "" and form.rationale.toPlainText() == ""
    # The key image is offered, not chosen for the clinician.
    assert panel.images.count() == 1
    assert panel.images.item(0).checkState() == Qt.CheckState.Unchecked
    panel.images.item(0).setCheckState(Qt.CheckState.Checked)
    will = _text(panel.cited)
    assert "Will be cited" in will and "Resectability assessment version 2" in will
    assert "交界可切除" in will
    qtbot.waitUntil(lambda: _shown_whole(form), timeout=5_000)
    save_screenshot(form, "decision-evidence-draft")

    form.recommendation.setCurrentIndex(form.recommendation.findData("neoadjuvant_then_restaging"))
    form.rationale.setPlainText("SMV contact over 180°: borderline resectable; the MDT agrees.")
    _click(qtbot, form, "saveDecision")
    assert not shown, shown
    decision = form.decision
    assert decision is not None
    cited = evidence_service.decision_evidence(db, decision.id)
    assert [(c.kind, c.uid) for c in cited] == [
        (CitationKind.ASSESSMENT, v2.uid),
        (CitationKind.KEY_IMAGE, picture.uuid),
    ]
    # The draft shown again keeps its choice.
    assert panel.cite_assessment.isChecked()
    assert panel.images.item(0).checkState() == Qt.CheckState.Checked

    # Unticking the assessment of a draft says what would change.
    panel.cite_assessment.setChecked(False)
    assert "no longer cited" in _text(panel.notes) and panel.notes.isVisible()
    panel.cite_assessment.setChecked(True)
    assert not panel.notes.isVisible()

    _click(qtbot, form, "signDecision")
    form.sign_dialog.signer.setCurrentIndex(form.sign_dialog.signer.findData("chair"))
    form.sign_dialog.secret.setText(CHAIR_PIN)
    form.sign_dialog.submit()
    assert form.decision.is_signed
    assert not panel.cite_assessment.isVisible() and not panel.images.isVisible()
    frozen = _text(panel.cited)
    assert "Cited evidence" in frozen and "version 2" in frozen and v2.content_sha256[:12] in frozen

    # The assessment moves on: the signed decision says its evidence changed since.
    v3 = record.override_angle(db, case.id, "sma", 200.0, "wang")
    form.set_item(meeting_service.get_meeting(db, meeting.id), item)
    notes = _text(panel.notes)
    assert "Evidence changed since" in notes and "version 3" in notes
    qtbot.waitUntil(lambda: _shown_whole(form), timeout=5_000)
    save_screenshot(form, "decision-evidence-signed")

    # An amendment starts from the signed evidence and shows what would change.
    _click(qtbot, form, "amendDecision")
    assert panel.cite_assessment.isVisible() and panel.cite_assessment.isChecked()
    assert "version 3" in panel.cite_assessment.text()
    notes = _text(panel.notes)
    assert "Evidence changes from the signed decision" in notes
    assert "Assessment version changed from v2 to v3" in notes
    assert "90.0° → 200.0° (override by 王医生)" in notes
    assert form.recommendation.currentData() == "neoadjuvant_then_restaging"  # the signed one's
    qtbot.waitUntil(lambda: _shown_whole(form), timeout=5_000)
    save_screenshot(form, "decision-evidence-amending")
    form.recommendation.setCurrentIndex(
        form.recommendation.findData("definitive_chemoradiotherapy")
    )
    form.rationale.setPlainText("SMA contact over 180° on re-review.")
    form.reason.setText("SMA contact re-measured")
    _click(qtbot, form, "saveDecision")
    assert not shown, shown
    amendment = form.decision
    assert amendment is not None and amendment.amends_id == decision.id
    assert [c.uid for c in evidence_service.decision_evidence(db, amendment.id)] == [
        v3.uid,
        picture.uuid,
    ]
    notes = _text(panel.notes)
    assert "Evidence changes from the amended decision" in notes and "v2 to v3" in notes
