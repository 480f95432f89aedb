"""Issue 20: signing asks the signer to confirm who they are.

The sign-off dialog offers the workstation's users (the chair preselected), not a typed name,
and asks for the signer's PIN: a wrong one is refused in the dialog and audited without the
PIN, repeated wrong ones make the signer wait, the right one signs as that user, and a user
with no PIN chooses one first.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from gui_helpers import save_screenshot
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.domain.audit import AuditAction
from casereview.domain.cases import CaseDraft
from casereview.domain.meetings import Attendance, AttendeeDraft, MeetingDraft
from casereview.domain.users import FREE_ATTEMPTS, Role, User
from casereview.services import cases as case_service
from casereview.services import decisions as decision_service
from casereview.services import meetings as meeting_service
from casereview.services.audit import latest_events
from casereview.services.user_secrets import has_secret, set_secret
from casereview.services.users import ensure_user, get_user
from casereview.ui.errors import ErrorPresenter
from casereview.ui.meetings.decision_form import DecisionForm
from casereview.ui.meetings.sign_dialog import SignDialog
from support import add_sample_imaging

pytestmark = pytest.mark.gui

CHAIR_PIN = "482915"
WRONG_PIN = "111333"


def _meeting(context: AppContext, case_ids: list[int], chair: str) -> int:
    actor = context.user.username
    meeting = meeting_service.create_meeting(
        context.db,
        MeetingDraft("HPB MDT", datetime(2026, 12, 8, 7, 30, tzinfo=UTC), chair=chair),
        context.settings.quorum_rule(),
        actor,
    )
    for case_id in case_ids:
        meeting_service.add_case(context.db, meeting.id, case_id, actor)
    meeting_service.add_attendee(
        context.db,
        meeting.id,
        AttendeeDraft(chair, Role.SURGEON, attendance=Attendance.PRESENT),
        actor,
    )
    return meeting.id


def _form_with_draft(
    qtbot: QtBot, context: AppContext, meeting_id: int, position: int
) -> DecisionForm:
    shown: list[str] = []
    errors = ErrorPresenter(None)
    errors.shown.connect(lambda _title, text: shown.append(text))
    form = DecisionForm(context.db, lambda: context.user.username, errors)
    qtbot.addWidget(form)
    detail = meeting_service.get_meeting(context.db, meeting_id)
    form.set_item(detail, detail.agenda[position])
    form.resize(760, 900)
    form.show()
    qtbot.waitExposed(form)
    form.recommendation.setCurrentIndex(form.recommendation.findData("surveillance"))
    qtbot.keyClicks(form.rationale, "Stable for two years")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.decision is not None and not shown, shown
    return form


def _open_sign_dialog(qtbot: QtBot, form: DecisionForm) -> SignDialog:
    qtbot.mouseClick(form.sign_button, Qt.MouseButton.LeftButton)
    dialog = form.sign_dialog
    assert isinstance(dialog, SignDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def test_signing_needs_the_signers_pin_and_records_the_confirmed_user(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    ensure_user(context.db, User(0, "chair", "Dr Chair", Role.SURGEON))
    set_secret(context.db, "chair", CHAIR_PIN, "chair")
    ensure_user(context.db, User(0, "newcomer", "Dr Newcomer", Role.SURGEON))
    actor = context.user.username
    ids = add_sample_imaging(context.db, tmp_path / "files")
    case_ids = [
        case_service.create_case(context.db, CaseDraft(ids["patient"], title), actor).id
        for title in ("Pancreatic head mass", "Liver segment 7 lesion", "Cystic lesion of tail")
    ]
    chaired = _meeting(context, case_ids[:2], "Dr Chair")

    # The signer is picked among the users (the chair preselected) and types a PIN, unseen.
    form = _form_with_draft(qtbot, context, chaired, 0)
    dialog = _open_sign_dialog(qtbot, form)
    users = [dialog.signer.itemData(i) for i in range(dialog.signer.count())]
    assert {"chair", "newcomer", actor} <= set(users)
    assert dialog.signer_username == "chair"
    assert dialog.secret.isVisible() and not dialog.new_secret.isVisible()
    assert dialog.secret.echoMode() is QLineEdit.EchoMode.Password

    # A wrong PIN: refused in the dialog, nothing signed, the attempt audited without the PIN.
    _type(qtbot, dialog.secret, WRONG_PIN)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Wrong PIN or password for Dr Chair" in dialog.message.text()
    assert dialog.secret.text() == ""
    assert form.decision is not None and not form.decision.is_signed
    refused = latest_events(context.db, 1)[0]
    assert refused.action is AuditAction.USER_CONFIRMATION_FAILED
    assert refused.username == actor and WRONG_PIN not in repr(refused)
    save_screenshot(dialog, "i20_meetings_sign_dialog_wrong_pin")

    # The right PIN signs, as the confirmed user.
    _type(qtbot, dialog.secret, CHAIR_PIN)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    signed = decision_service.get_decision(context.db, form.decision.id)
    assert signed.is_signed and signed.signed_by == "Dr Chair"
    assert signed.signed_by_username == "chair"
    assert "Signed off by Dr Chair" in form.state.text()
    signing = next(
        e for e in latest_events(context.db, 5) if e.action is AuditAction.DECISION_SIGNED
    )
    assert signing.details["signer"] == get_user(context.db, "chair").id

    # Wrong again and again: the signer must wait, and the Sign button rests meanwhile.
    form = _form_with_draft(qtbot, context, chaired, 1)
    dialog = _open_sign_dialog(qtbot, form)
    for _ in range(FREE_ATTEMPTS):
        _type(qtbot, dialog.secret, WRONG_PIN)
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert "try again in 30 s" in dialog.message.text()
    assert not dialog.sign_button.isEnabled() and dialog.wait_timer.isActive()
    save_screenshot(dialog, "i20_meetings_sign_dialog_wait")
    dialog.reject()
    assert not decision_service.get_decision(context.db, form.decision.id).is_signed


def test_a_signer_without_a_pin_chooses_one_before_signing(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    ensure_user(context.db, User(0, "newcomer", "Dr Newcomer", Role.SURGEON))
    actor = context.user.username
    ids = add_sample_imaging(context.db, tmp_path / "files")
    case = case_service.create_case(context.db, CaseDraft(ids["patient"], "Pancreas"), actor)
    meeting_id = _meeting(context, [case.id], "Dr Newcomer")

    form = _form_with_draft(qtbot, context, meeting_id, 0)
    dialog = _open_sign_dialog(qtbot, form)
    assert dialog.signer_username == "newcomer"
    assert dialog.new_secret.isVisible() and dialog.repeat_secret.isVisible()
    assert not dialog.secret.isVisible()
    assert "Dr Newcomer has no PIN yet" in dialog.new_intro.text()
    save_screenshot(dialog, "i20_meetings_sign_dialog_set_pin")

    # Typed differently twice, then too easy: refused, nothing set or signed.
    _type(qtbot, dialog.new_secret, "735194")
    _type(qtbot, dialog.repeat_secret, "735195")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.message.text() and not has_secret(context.db, "newcomer")
    _type(qtbot, dialog.new_secret, "123456")
    _type(qtbot, dialog.repeat_secret, "123456")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert "plain run" in dialog.message.text() and not has_secret(context.db, "newcomer")
    assert not decision_service.get_decision(context.db, form.decision.id).is_signed

    _type(qtbot, dialog.new_secret, "735194")
    _type(qtbot, dialog.repeat_secret, "735194")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert has_secret(context.db, "newcomer")
    signed = decision_service.get_decision(context.db, form.decision.id)
    assert signed.is_signed and signed.signed_by_username == "newcomer"
    actions = [e.action for e in latest_events(context.db, 5)]
    assert AuditAction.USER_SECRET_SET in actions and AuditAction.DECISION_SIGNED in actions
