"""A whole MDT meeting on the demo case, as the coordinator and the chair run it.

Create the meeting, put two cases on the agenda, add attendees (quorum shown live), present it
on a 1920×1080 screen with identity hidden, step with Page Down/Up, record and sign a decision
in the side panel, and export the meeting and case reports as PDF (text checked, pages
rendered to PNG for a person to look at).
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from gui_helpers import SCREENSHOTS, ShownDialogs, refresh, save_screenshot
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.demo.install import install_demo
from casereview.domain.annotations import (
    AnnotationDraft,
    AnnotationKind,
    ImageReference,
    KeyImageDraft,
    ViewPlane,
)
from casereview.domain.audit import AuditAction
from casereview.domain.cases import CaseDraft
from casereview.domain.meetings import Attendance
from casereview.domain.users import Role, User
from casereview.services import annotations as annotation_service
from casereview.services import cases as case_service
from casereview.services.audit import latest_events, verify_audit_chain
from casereview.services.case_summary import case_summary
from casereview.services.user_secrets import set_secret
from casereview.services.users import ensure_user
from casereview.ui.meetings.labels import label
from casereview.ui.meetings.panel import MeetingsPanel
from casereview.ui.meetings.presentation import PresentationWindow
from casereview.ui.shell import ShellWindow

pytestmark = pytest.mark.gui


def _visible_texts(root: QWidget) -> list[str]:
    """Every text a person could read in ``root`` and its visible children."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            texts += [
                widget.item(r, c).text()
                for r in range(widget.rowCount())
                for c in range(widget.columnCount())
                if widget.item(r, c) is not None
            ]
        texts.append(widget.toolTip())
    return texts


def _click(qtbot: QtBot, root: QWidget, name: str) -> None:
    button = root.findChild(QAbstractButton, name)
    assert button is not None, name
    assert button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    # Ligatures ("ﬀ") and tabs between words are how PDF text comes out; compare words.
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def _pdf_pages_to_png(path: Path, name: str) -> list[Path]:
    document = pypdfium2.PdfDocument(str(path))
    out = []
    for number in range(len(document)):
        image = document[number].render(scale=1.5).to_pil()
        target = SCREENSHOTS / f"{name}-page{number + 1}.png"
        image.save(target)
        out.append(target)
        assert image.size[0] > 800
    document.close()
    return out


def _add_attendee(
    qtbot: QtBot,
    window: ShellWindow,
    name: str,
    role: Role,
    attendance: Attendance,
    institution: str = "",
) -> None:
    panel = window.findChild(MeetingsPanel)
    assert isinstance(panel, MeetingsPanel)
    panel.attendee_name.setText(name)
    panel.attendee_role.setCurrentIndex(panel.attendee_role.findData(role.value))
    panel.attendee_institution.setText(institution)
    panel.attendee_attendance.setCurrentIndex(panel.attendee_attendance.findData(attendance.value))
    _click(qtbot, panel, "addAttendee")


def test_whole_meeting_on_the_demo_case(
    window: ShellWindow,
    dialogs: ShownDialogs,
    context: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    demo = install_demo(
        context.db,
        tmp_path / "demo",
        context.user.username,
        staging_dir=context.paths.imports,
        quarantine_dir=context.paths.quarantine,
        small=True,
    )
    first = demo.case
    second = case_service.create_case(
        context.db,
        CaseDraft(
            first.patient_id,
            "Follow-up: liver segment 7 lesion",
            clinical_question="Metastasis or haemangioma?",
            series_ids=first.series_ids,
        ),
        context.user.username,
    )
    # Evidence prepared before the meeting: a measurement and two key images.
    series_uid = annotation_service_series_uid(context, first.series_ids[1])  # portal venous
    reference = ImageReference(series_instance_uid=series_uid)
    assert demo.demo is not None
    x, y, z = demo.demo.ground_truth.tumour.centre_lps_mm
    annotation_service.create_annotation(
        context.db,
        first.id,
        AnnotationDraft(
            AnnotationKind.LENGTH,
            ((x - 16.2, y, z), (x + 16.2, y, z)),
            reference,
            label="Tumour long axis",
        ),
        context.user.username,
    )
    for caption, dz in (("Tumour abutting the SMV", 0.0), ("SMA free of tumour", 9.0)):
        annotation_service.flag_key_image(
            context.db,
            first.id,
            KeyImageDraft(
                reference,
                "axial",
                ViewPlane((x, y, z + dz), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0)),
                50.0,
                400.0,
                caption=caption,
            ),
            context.user.username,
        )
    identity = case_summary(context.db, first.id).identity
    family, given = identity.name.split("^")[:2]
    phi = [family, given, identity.patient_id, identity.birth_date]
    phi.append(f"{identity.birth_date[:4]}-{identity.birth_date[4:6]}-{identity.birth_date[6:]}")

    # --- plan the meeting ----------------------------------------------------------
    refresh(window, qtbot)
    window.action_registry.action("casereview.meeting.new").trigger()
    panel = window.findChild(MeetingsPanel)
    assert isinstance(panel, MeetingsPanel)
    qtbot.waitExposed(window.findChild(QMainWindow, "meetingsWindow"))
    assert panel.isVisible() and panel.detail is not None
    panel.title.setText("HPB MDT — Tuesday")
    panel.chair.setText("Dr Chair")
    panel.location.setText("Seminar room 2")
    # Saved as typed (issue 20): no Save button, the state says when it is stored.
    qtbot.waitUntil(lambda: panel.meeting_state.text() == "Saved", timeout=10_000)
    assert panel.detail.meeting.chair == "Dr Chair"
    # The lists are read off the UI thread.
    qtbot.waitUntil(lambda: panel.case_choice.findData(second.id) >= 0, timeout=10_000)
    for case in (first, second):
        panel.case_choice.setCurrentIndex(panel.case_choice.findData(case.id))
        _click(qtbot, panel, "addCase")
    assert [i.case_id for i in panel.detail.agenda] == [first.id, second.id]
    # Drag the second case to the top (the list's own move, as a drop does), then back.
    panel.agenda.model().moveRow(panel.agenda.rootIndex(), 1, panel.agenda.rootIndex(), 0)
    qtbot.waitUntil(lambda: [i.case_id for i in panel.detail.agenda] == [second.id, first.id])
    panel.agenda.setCurrentRow(1)
    _click(qtbot, panel, "moveUp")
    assert [i.case_id for i in panel.detail.agenda] == [first.id, second.id]
    panel.agenda.setCurrentRow(0)
    panel.history.setPlainText("Painless jaundice, CA 19-9 410 U/mL, biliary stent")
    panel.item_staging.setText("cT3 N0 M0")
    panel.checks[next(iter(panel.checks))].setChecked(True)
    # Saved as typed (issue 20): no button, the state says when it is stored.
    qtbot.waitUntil(lambda: panel.preparation_state.text() == "Saved", timeout=10_000)
    assert panel.detail.agenda[0].staging == "cT3 N0 M0"

    # --- attendance and the live quorum ---------------------------------------------
    assert "No quorum" in panel.quorum.text()
    _add_attendee(qtbot, window, "Dr Chair", Role.SURGEON, Attendance.PRESENT, "HOSP-A")
    _add_attendee(
        qtbot, window, "Dr Visitor", Role.RADIOLOGIST, Attendance.REMOTE, "Partner University"
    )
    _add_attendee(qtbot, window, "Dr Onco", Role.ONCOLOGIST, Attendance.PRESENT)
    _add_attendee(qtbot, window, "Dr Patho", Role.PATHOLOGIST, Attendance.EXPECTED)
    assert "No quorum" in panel.quorum.text() and label(Role.PATHOLOGIST) in panel.quorum.text()
    combo = panel.attendees.cellWidget(3, 4)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(Attendance.PRESENT.value))
    combo.activated.emit(combo.currentIndex())
    assert panel.quorum.text().startswith("Quorum met")
    # The rule is configurable: a hepatologist is required from now on, also for new meetings.
    dialog = panel.edit_quorum_rule()
    assert dialog is not None and dialog.roles[Role.PATHOLOGIST].isChecked()
    dialog.roles[Role.GASTROENTEROLOGIST].setChecked(True)
    dialog.as_default.setChecked(True)
    dialog.accept()
    assert "No quorum" in panel.quorum.text()
    assert label(Role.GASTROENTEROLOGIST) in panel.quorum.text()
    assert "gastroenterologist" in context.settings.quorum_roles
    dialog = panel.edit_quorum_rule()
    assert dialog is not None
    dialog.roles[Role.GASTROENTEROLOGIST].setChecked(False)
    dialog.accept()
    assert panel.quorum.text().startswith("Quorum met")
    save_screenshot(window.findChild(QMainWindow, "meetingsWindow"), "meeting-editor")

    # --- presentation ---------------------------------------------------------------
    _add_chair(context)
    present = window.action_registry.action("casereview.meeting.present")
    assert present.isEnabled()
    present.trigger()
    presentation = dialogs.last("presentation")
    assert isinstance(presentation, PresentationWindow)
    qtbot.waitExposed(presentation)
    presentation.showNormal()
    presentation.setGeometry(0, 0, 1920, 1080)
    qtbot.waitUntil(lambda: presentation.width() == 1920 and presentation.height() == 1080)
    assert presentation.hide_phi
    assert presentation.header.text().endswith("quorum met")
    assert presentation.details.font().pointSize() >= 20  # readable from the back
    assert presentation.title.font().pointSize() >= 30
    qtbot.waitUntil(lambda: presentation.caption.text().startswith("Key image 1 of 2"))
    qtbot.waitUntil(lambda: presentation.picture.text() != "Drawing key images…", timeout=60_000)
    texts = " ".join(_visible_texts(presentation))
    assert "Tumour long axis" in texts and "cT3 N0 M0" in texts
    for secret in phi:
        assert secret not in texts, "patient identity visible with identity hidden"
    save_screenshot(presentation, "presentation-1920x1080-identity-hidden")

    presentation.activateWindow()
    qtbot.waitUntil(presentation.isActiveWindow, timeout=5000)  # the keys are its shortcuts
    # A single letter never shows identity; the deliberate chord does (and hides it again).
    qtbot.keyClick(presentation, Qt.Key.Key_H)
    assert presentation.hide_phi and identity.patient_id not in presentation.identity.text()
    chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(presentation, Qt.Key.Key_H, chord)
    assert identity.patient_id in presentation.identity.text()
    save_screenshot(presentation, "presentation-1920x1080-identity-shown")
    qtbot.keyClick(presentation, Qt.Key.Key_H, chord)
    assert identity.patient_id not in " ".join(_visible_texts(presentation))

    # Page Down: second key image, then the second case; Page Up back again.
    qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
    assert (presentation.case_index, presentation.image_index) == (0, 1)
    assert "SMA free of tumour" in presentation.caption.text()
    qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
    assert presentation.case_index == 1 and "segment 7" in presentation.title.text()
    save_screenshot(presentation, "presentation-1920x1080-second-case")
    qtbot.keyClick(presentation, Qt.Key.Key_PageDown)  # last case: stays
    assert presentation.case_index == 1
    qtbot.keyClick(presentation, Qt.Key.Key_PageUp)
    assert (presentation.case_index, presentation.image_index) == (0, 1)
    qtbot.keyClick(presentation, Qt.Key.Key_PageUp)
    assert (presentation.case_index, presentation.image_index) == (0, 0)
    qtbot.keyClick(presentation, Qt.Key.Key_B)  # presenter remote's "blank"
    assert presentation.blank.isVisible() and presentation.blank.size() == presentation.size()
    qtbot.keyClick(presentation, Qt.Key.Key_B)
    assert not presentation.blank.isVisible()
    qtbot.keyClick(presentation, Qt.Key.Key_Plus)
    assert presentation.details.font().pointSize() > 22
    qtbot.keyClick(presentation, Qt.Key.Key_Minus)

    # --- record and sign the decision in the side panel -----------------------------
    form = presentation.form
    assert form.item is not None and form.item.case_id == first.id
    assert form.participant_names() == ["Dr Chair", "Dr Visitor", "Dr Onco", "Dr Patho"]
    form.recommendation.setCurrentIndex(form.recommendation.findData("neoadjuvant_then_restaging"))
    qtbot.keyClicks(form.rationale, "SMV abutment over 180 degrees; SMA free.")
    form.guideline.setText("NCCN Pancreatic Adenocarcinoma v2.2025, PANC-3")
    form.trial.setCurrentIndex(form.trial.findData("eligible"))
    form.trial_reference.setText("PREOPANC-3")
    qtbot.keyClicks(form.dissent, "Dr Visitor would offer upfront resection.")
    # A presenter key typed into a text field of the form is text: it neither pages nor
    # shows the identity (the registry's presentation keys are off while a field has focus).
    shown = (presentation.case_index, presentation.image_index, presentation.hide_phi)
    reference = form.trial_reference.text()
    form.trial_reference.setFocus()
    qtbot.waitUntil(form.trial_reference.hasFocus)
    qtbot.keyClick(form.trial_reference, Qt.Key.Key_H)
    qtbot.keyClick(form.trial_reference, Qt.Key.Key_PageDown)
    assert form.trial_reference.text() == reference + "h"
    assert (presentation.case_index, presentation.image_index, presentation.hide_phi) == shown
    form.trial_reference.setText(reference)
    presentation.setFocus()
    _click(qtbot, form, "saveDecision")
    assert form.decision is not None and not form.decision.is_signed
    _click(qtbot, form, "signDecision")
    dialog = form.sign_dialog
    # The chair is one of the workstation's users, preselected, and confirms with their PIN.
    assert dialog is not None and dialog.signer_username == "chair"
    qtbot.keyClicks(dialog.secret, CHAIR_PIN)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.decision is not None and form.decision.is_signed)
    assert "Signed off by Dr Chair" in form.state.text()
    assert not form.save_button.isEnabled() and form.amend_button.isEnabled()
    assert form.rationale.isReadOnly()
    qtbot.waitUntil(lambda: "signed" in presentation.details.text())
    for secret in phi:
        assert secret not in " ".join(_visible_texts(presentation))
    save_screenshot(presentation, "presentation-1920x1080-decision-signed")

    # Someone arrives late: the participants offered for the next decision follow.
    _add_attendee(qtbot, window, "Dr Late", Role.GASTROENTEROLOGIST, Attendance.PRESENT)
    qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
    qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
    assert presentation.case_index == 1
    assert "Dr Late" in presentation.form.participant_names()

    if os.environ.get("DISPLAY"):  # VTK inside Qt needs a real X display
        qtbot.keyClick(presentation, Qt.Key.Key_PageUp)
        qtbot.keyClick(presentation, Qt.Key.Key_V)
        qtbot.waitUntil(lambda: presentation.viewer is not None, timeout=60_000)
        assert presentation.stage.currentWidget() is presentation.viewer
        qtbot.wait(500)  # the viewer's first frames are drawn before it closes
        # The whole X screen: OpenGL content is only in the display, not in a widget grab.
        QApplication.primaryScreen().grabWindow(0).save(
            str(SCREENSHOTS / "presentation-1920x1080-viewer.png")
        )
        # Xvfb has no window manager: the viewer's OpenGL window can take the X focus, which a
        # desktop keeps on the presentation; give it back before the next key.
        presentation.activateWindow()
        qtbot.waitUntil(presentation.isActiveWindow, timeout=5000)
        qtbot.keyClick(presentation, Qt.Key.Key_V)
        assert presentation.viewer is None and presentation.stage.currentIndex() == 0

    with qtbot.waitSignal(presentation.closed):
        qtbot.keyClick(presentation, Qt.Key.Key_Escape)

    # --- reports ---------------------------------------------------------------------
    meeting_pdf = tmp_path / "reports" / "meeting.pdf"
    task = panel.export_meeting_report(meeting_pdf)
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=120_000)
    assert task.error is None, task.error
    text = _pdf_text(meeting_pdf)
    for expected in (
        "MDT meeting summary",
        "HPB MDT — Tuesday",
        "Neoadjuvant therapy, then restaging",
        "SMV abutment over 180 degrees",
        "PREOPANC-3",
        "Dr Visitor would offer upfront resection",
        "Dr Chair",
        "Dr Visitor",
        "Partner University",
        "Remote",
        "Dr Onco",
        "Dr Patho",
        "Dr Late",
        "Quorum met",
        "Signed off by Dr Chair",
        "Tumour long axis",
        "Tumour abutting the SMV",
        "No decision recorded",  # the second case
    ):
        assert expected in text, expected
    assert identity.patient_id in text  # the report goes to the patient's record
    pages = _pdf_pages_to_png(meeting_pdf, "meeting-report")
    assert pages

    panel.agenda.setCurrentRow(0)
    case_pdf = tmp_path / "reports" / "case.pdf"
    task = panel.export_case_report(case_pdf)
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=120_000)
    assert task.error is None, task.error
    text = _pdf_text(case_pdf)
    assert "MDT outcome report" in text and "Signed off by Dr Chair" in text
    assert "Dr Visitor" in text and "Neoadjuvant therapy, then restaging" in text
    _pdf_pages_to_png(case_pdf, "case-report")

    # --- audit ------------------------------------------------------------------------
    actions = [e.action for e in latest_events(context.db)]
    for action in (
        AuditAction.CASE_VIEWED,
        AuditAction.DECISION_RECORDED,
        AuditAction.DECISION_SIGNED,
        AuditAction.REPORT_EXPORTED,
        AuditAction.ATTENDANCE_CHANGED,
    ):
        assert action in actions, action
    assert verify_audit_chain(context.db).intact
    window.action_registry.action("casereview.meeting.audit").trigger()
    viewer = dialogs.last("audit_viewer")
    task = viewer.verify()
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert "intact" in viewer.result_label.text()
    assert viewer.model.rowCount() == len(latest_events(context.db, 1000))
    QApplication.processEvents()
    save_screenshot(viewer, "audit-viewer")
    viewer.close()


#: The PIN of the user "chair" (Dr Chair), who signs the decisions.
CHAIR_PIN = "482915"


def _add_chair(context: AppContext) -> None:
    """The workstation user who chairs the meetings, with a PIN to sign."""
    ensure_user(context.db, User(0, "chair", "Dr Chair", Role.SURGEON))
    set_secret(context.db, "chair", CHAIR_PIN, "chair")


def annotation_service_series_uid(context: AppContext, series_id: int) -> str:
    """Series Instance UID of an indexed series (key images refer to series by UID)."""
    from casereview.services.index import list_patients

    for patient in list_patients(context.db):
        for study in patient.studies:
            for series in study.series:
                if series.id == series_id:
                    return series.series_instance_uid
    raise AssertionError("series not indexed")


def test_decision_form_amends_a_signed_decision(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    from datetime import UTC, datetime

    from casereview.domain.meetings import AttendeeDraft, MeetingDraft
    from casereview.services import decisions as decision_service
    from casereview.services import meetings as meeting_service
    from casereview.ui.errors import ErrorPresenter
    from casereview.ui.meetings.decision_form import DecisionForm
    from support import add_sample_imaging

    ids = add_sample_imaging(context.db, tmp_path / "files")
    case = case_service.create_case(
        context.db, CaseDraft(ids["patient"], "Pancreatic head mass"), context.user.username
    )
    actor = context.user.username
    meeting = meeting_service.create_meeting(
        context.db,
        MeetingDraft("HPB MDT", datetime(2026, 11, 24, 7, 30, tzinfo=UTC), chair="Dr Chair"),
        context.settings.quorum_rule(),
        actor,
    )
    item = meeting_service.add_case(context.db, meeting.id, case.id, actor)
    meeting_service.add_attendee(
        context.db,
        meeting.id,
        AttendeeDraft("Dr Chair", Role.SURGEON, attendance=Attendance.PRESENT),
        actor,
    )
    errors = ErrorPresenter(None)
    shown: list[str] = []
    errors.shown.connect(lambda _title, text: shown.append(text))
    form = DecisionForm(context.db, lambda: actor, errors)
    qtbot.addWidget(form)
    form.set_item(meeting_service.get_meeting(context.db, meeting.id), item)
    form.show()

    # Refused input is shown, nothing is stored; nothing is preselected.
    _click(qtbot, form, "saveDecision")
    assert shown and "Choose the recommendation" in shown[-1] and form.decision is None
    form.recommendation.setCurrentIndex(form.recommendation.findData("upfront_resection"))
    form.rationale.setPlainText("No vascular contact")
    _click(qtbot, form, "saveDecision")
    assert shown and "procedure" in shown[-1] and form.decision is None
    form.procedure.setText("Pancreatoduodenectomy")
    _click(qtbot, form, "saveDecision")
    first = form.decision
    assert first is not None
    _add_chair(context)
    ensure_user(context.db, User(0, "impostor", "Dr Impostor", Role.SURGEON))
    set_secret(context.db, "impostor", "735194", "impostor")
    _click(qtbot, form, "signDecision")
    dialog = form.sign_dialog
    dialog.signer.setCurrentIndex(dialog.signer.findData("impostor"))
    dialog.secret.setText("735194")
    dialog.submit()
    assert "signed by its chair" in dialog.message.text() and not form.decision.is_signed
    dialog.signer.setCurrentIndex(dialog.signer.findData("chair"))
    dialog.secret.setText(CHAIR_PIN)
    dialog.submit()
    assert form.decision.is_signed and not dialog.isVisible()

    _click(qtbot, form, "amendDecision")
    assert form.reason.isVisible() and not form.rationale.isReadOnly()
    form.recommendation.setCurrentIndex(form.recommendation.findData("neoadjuvant_then_restaging"))
    form.rationale.setPlainText("SMV contact on re-review")
    _click(qtbot, form, "saveDecision")
    assert "reason" in shown[-1]
    form.reason.setText("Venous contact seen on re-review")
    _click(qtbot, form, "saveDecision")
    amendment = form.decision
    assert amendment is not None and amendment.amends_id == first.id
    assert "Amendment of decision" in form.state.text()
    _click(qtbot, form, "signDecision")
    form.sign_dialog.secret.setText(CHAIR_PIN)
    form.sign_dialog.submit()
    assert amendment.content.procedure == ""  # left over from the resection: not kept
    chain = decision_service.amendment_chain(context.db, first.id)
    assert [d.id for d in chain] == [first.id, amendment.id] and all(d.is_signed for d in chain)
    assert chain[0].content.procedure == "Pancreatoduodenectomy"  # the original is unchanged

    form.action_text.setText("Book EUS-guided biopsy")
    form.action_owner.setText("Dr Gastro")
    _click(qtbot, form, "addAction")
    assert form.action_items.rowCount() == 1 and form.action_items.item(0, 1).text() == "Dr Gastro"
    form.action_items.selectRow(0)
    _click(qtbot, form, "toggleAction")
    assert form.action_items.item(0, 3).text() == "Done"
    form.resize(760, 900)
    save_screenshot(form, "decision-form-amended")


def test_user_chooser_switches_and_remembers_the_user(
    window: ShellWindow, context: AppContext, qtbot: QtBot
) -> None:
    from casereview.app.context import bootstrap
    from casereview.services.users import list_users
    from casereview.ui.user_chooser import UserChooser

    dialog = UserChooser(list_users(context.db), context.user.username)
    qtbot.addWidget(dialog)
    assert dialog.existing.isChecked() and dialog.list.currentItem() is not None
    dialog.username.setText("")
    dialog.new.setChecked(True)
    dialog.accept()
    assert dialog.error.text() and dialog.result() == 0  # a new user needs a user name
    qtbot.keyClicks(dialog.username, "mwong")
    qtbot.keyClicks(dialog.display_name, "Dr M. Wong")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.RADIOLOGIST.value))
    dialog.accept()
    context.switch_user(dialog.chosen_user())
    refresh(window, qtbot)
    assert context.user.username == "mwong" and "Dr M. Wong" in window.status_user.text()
    assert {u.username for u in list_users(context.db)} >= {"local", "mwong"}
    # Remembered on this workstation: the next start works as the same user.
    again = bootstrap()
    try:
        assert again.user.username == "mwong" and again.user.role is Role.RADIOLOGIST
    finally:
        again.close()


def test_the_user_is_asked_at_start_unless_told_not_to(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog

    from casereview.app import gui
    from casereview.ui.user_chooser import UserChooser

    asked: list[UserChooser] = []

    def answer(dialog: UserChooser) -> int:
        asked.append(dialog)
        dialog.new.setChecked(True)
        dialog.username.setText("night")
        dialog.display_name.setText("Dr Night")
        dialog.ask.setChecked(False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UserChooser, "exec", answer)
    assert gui._choose_user(context)
    assert len(asked) == 1 and context.user.username == "night"
    state = QSettings(str(context.paths.ui_state), QSettings.Format.IniFormat)
    assert state.value("startup/askUser", type=bool) is False
    assert gui._choose_user(context) and len(asked) == 1  # not asked again
