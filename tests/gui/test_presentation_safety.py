"""Presentation safety: on the projector, typing is only typing and identity is shown on purpose.

Two identified patients are on a meeting's agenda. With identity hidden and the viewer open,
every letter, digit and presenter key is typed into every text field of the decision panel;
after each field: the field holds exactly what was typed, nothing else in the form, the
presentation or the viewer changed, no identity form of either patient is readable anywhere on
screen or in the views' corner texts, and the draft survives paging to the other case and
back, and closing and reopening the presentation. Also: identity is shown only by the button or
Ctrl+Shift+H and only the current patient's, hidden again on the next case; drop-down lists
and other focusable fields swallow presenter keys; the dark theme's popups are readable
(WCAG contrast) and disabled fields look disabled.
"""

from __future__ import annotations

import os
import string
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pydicom
import pytest
from gui_helpers import SCREENSHOTS, save_screenshot
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from casereview.app.context import AppContext
from casereview.domain.cases import CaseDraft
from casereview.domain.decisions import Recommendation
from casereview.domain.meetings import Attendance, AttendeeDraft, MeetingDraft, QuorumRule
from casereview.domain.users import Role, User
from casereview.services import cases as case_service
from casereview.services import meetings as meeting_service
from casereview.services.decision_drafts import DRAFTS_FOLDER, DecisionDraftStore
from casereview.services.index import list_patients
from casereview.services.indexing import import_paths
from casereview.services.user_secrets import set_secret
from casereview.services.users import ensure_user
from casereview.ui.actions import ActionContext, ActionRegistry, ActionSpec
from casereview.ui.errors import ErrorPresenter
from casereview.ui.features.presentation import Presenter
from casereview.ui.meetings.decision_form import DecisionForm
from casereview.ui.meetings.presentation import PresentationWindow
from casereview.ui.shell import ShellWindow
from casereview.ui.theme import DarkTheme, contrast_ratio, dark_palette, relative_luminance
from support import write_ct_slices

pytestmark = pytest.mark.gui

needs_display = pytest.mark.skipif(
    not os.environ.get("DISPLAY"), reason="the viewer (VTK in Qt) needs an X display (xvfb-run)"
)

#: Every key typed into each field: letters, digits, space and the presenter's own keys.
TYPED = string.ascii_lowercase + string.ascii_uppercase + string.digits + " +-=_."


@dataclass(frozen=True)
class Patient:
    """An identified patient as the DICOM headers name her, and the ways staff write it."""

    dicom_name: str
    patient_id: str
    birth_date: str
    accession: str
    forms: tuple[str, ...]


WANG = Patient(
    "Wang^Li=王^丽",
    "ZJ0012345",
    "19580312",
    "ACCWANG0001",
    ("Wang", "王丽", "王^丽", "ZJ0012345", "19580312", "1958-03-12", "ACCWANG0001"),
)
ROSS = Patient(
    "Rossiter^Annabel",
    "HK7700991",
    "19720405",
    "ACCROSS0002",
    ("Rossiter", "Annabel", "HK7700991", "19720405", "1972-04-05", "ACCROSS0002"),
)


def _write_patient(folder: Path, patient: Patient) -> None:
    for path in write_ct_slices(
        folder, slices=6, patient_name="TEMP^NAME", patient_id=patient.patient_id
    ):
        dataset = pydicom.dcmread(path)
        dataset.PatientName = patient.dicom_name
        dataset.PatientBirthDate = patient.birth_date
        dataset.AccessionNumber = patient.accession
        dataset.save_as(path, enforce_file_format=True)


@dataclass
class Meeting:
    """The meeting presented, and its two cases in agenda order."""

    meeting_id: int
    case_ids: tuple[int, int]


@pytest.fixture
def meeting(context: AppContext, tmp_path: Path) -> Meeting:
    """A meeting with Mrs Wang's case, then Ms Rossiter's, on its agenda."""
    user = context.user.username
    for patient in (WANG, ROSS):
        _write_patient(tmp_path / patient.patient_id, patient)
        import_paths(
            context.db,
            [tmp_path / patient.patient_id],
            user,
            staging_dir=context.paths.imports,
            quarantine_dir=context.paths.quarantine,
            workers=1,
        )
    patients = {p.patient_id: p for p in list_patients(context.db)}
    case_ids = []
    for patient, title in ((WANG, "Pancreatic head mass"), (ROSS, "Liver segment 7 lesion")):
        summary = patients[patient.patient_id]
        series_ids = tuple(s.id for study in summary.studies for s in study.series)
        case = case_service.create_case(
            context.db,
            CaseDraft(summary.id, title, clinical_question="Resectable?", series_ids=series_ids),
            user,
        )
        case_ids.append(case.id)
    created = meeting_service.create_meeting(
        context.db,
        MeetingDraft("HPB MDT", datetime.now(UTC), chair="Dr Chair"),
        QuorumRule((Role.SURGEON,), 1),
        user,
    )
    for case_id in case_ids:
        meeting_service.add_case(context.db, created.id, case_id, user)
    meeting_service.add_attendee(
        context.db,
        created.id,
        AttendeeDraft("Dr Chair", Role.SURGEON, "HPB surgery", "", Attendance.PRESENT),
        user,
    )
    return Meeting(created.id, (case_ids[0], case_ids[1]))


def _presenter(window: ShellWindow) -> Presenter:
    start = window.action_registry.spec("casereview.meeting.present").trigger
    presenter = getattr(start, "__self__", None)
    assert isinstance(presenter, Presenter)
    return presenter


def _present(qtbot: QtBot, window: ShellWindow, meeting: Meeting) -> PresentationWindow:
    presentation = _presenter(window).start(meeting.meeting_id, full_screen=False)
    assert presentation is not None
    qtbot.waitExposed(presentation)
    presentation.setGeometry(0, 0, 1920, 1080)
    _activate(qtbot, presentation)
    return presentation


def _activate(qtbot: QtBot, presentation: PresentationWindow) -> None:
    # Xvfb has no window manager: an OpenGL view can take the X focus; give it back.
    presentation.activateWindow()
    qtbot.waitUntil(presentation.isActiveWindow, timeout=5000)
    presentation.setFocus()
    qtbot.waitUntil(presentation.hasFocus, timeout=5000)


def _close(qtbot: QtBot, presentation: PresentationWindow) -> None:
    _activate(qtbot, presentation)  # Esc in a field is the field's, not the presenter's
    with qtbot.waitSignal(presentation.closed):
        qtbot.keyClick(presentation, Qt.Key.Key_Escape)


def _widget_texts(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle()
    yield widget.toolTip()
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        yield widget.text()
    elif isinstance(widget, QPlainTextEdit):
        yield widget.toPlainText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QListWidget):
        yield from (widget.item(i).text() for i in range(widget.count()))
    elif isinstance(widget, QTableWidget):
        for row in range(widget.rowCount()):
            for column in range(widget.columnCount()):
                cell = widget.item(row, column)
                if cell is not None:
                    yield cell.text()


def _screen_text(presentation: PresentationWindow) -> str:
    """Every text readable on screen: all visible windows and widgets, and the views' corners."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if widget.isVisible():
                texts.extend(_widget_texts(widget))
    viewer = presentation.viewer
    if viewer is not None:
        for slice_widget in viewer.slice_widgets.values():
            if slice_widget.isVisible():
                texts.extend(slice_widget.view.corner_texts().values())
    return "\n".join(texts)


def _assert_no_identity(presentation: PresentationWindow) -> None:
    shown = _screen_text(presentation)
    for patient in (WANG, ROSS):
        for form in patient.forms:
            assert form not in shown, "a patient's identity is on the shared screen"


def _presentation_state(presentation: PresentationWindow) -> tuple[object, ...]:
    """Where the presentation is: agenda item, image, identity, panels, type size, viewer."""
    item = presentation.form.item
    state: list[object] = [
        presentation.case_index,
        presentation.image_index,
        item.id if item is not None else None,
        presentation.hide_phi,
        presentation.blank.isVisible(),
        presentation.side.isVisible(),
        presentation.side.parent() is presentation,
        presentation.scale_index,
        presentation.isFullScreen(),
    ]
    viewer = presentation.viewer
    if viewer is not None:
        session = viewer.session
        state += [
            session.layout,
            session.single_orientation,
            tuple(round(float(c), 4) for c in session.crosshair),
            session.window,
            session.slab_mode,
            session.phi_hidden,
        ]
        for key, slice_widget in sorted(viewer.slice_widgets.items(), key=str):
            camera = slice_widget.view.renderer.GetActiveCamera()
            state.append(
                (
                    key,
                    slice_widget.isVisible(),
                    tuple(round(c, 3) for c in camera.GetPosition()),
                    tuple(round(c, 3) for c in camera.GetFocalPoint()),
                    round(camera.GetParallelScale(), 3),
                )
            )
    return tuple(state)


def _open_viewer(qtbot: QtBot, presentation: PresentationWindow) -> None:
    if presentation.viewer is None:
        _activate(qtbot, presentation)  # V in a field would be a letter of the field
        qtbot.keyClick(presentation, Qt.Key.Key_V)
        qtbot.waitUntil(lambda: presentation.viewer is not None, timeout=60_000)
        qtbot.wait(300)  # first frames drawn, cameras fitted
        _activate(qtbot, presentation)


def _field_text(field: QLineEdit | QPlainTextEdit) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


#: The decision panel's text fields, with the recommendation that makes each one editable.
FIELDS: tuple[tuple[str, Recommendation | None], ...] = (
    ("procedure", Recommendation.UPFRONT_RESECTION),
    ("otherRecommendation", Recommendation.OTHER),
    ("rationale", None),
    ("guideline", None),
    ("trialReference", None),
    ("staging", None),
    ("dissent", None),
    ("actionDescription", None),
    ("actionOwner", None),
)


def _field(presentation: PresentationWindow, name: str) -> QLineEdit | QPlainTextEdit:
    field = presentation.form.findChild(QWidget, name)
    assert isinstance(field, QLineEdit | QPlainTextEdit), name
    return field


def _type_and_keep(
    qtbot: QtBot,
    window: ShellWindow,
    meeting: Meeting,
    presentation: PresentationWindow,
    name: str,
    typed_so_far: dict[str, str],
) -> PresentationWindow:
    """Type :data:`TYPED` into field ``name`` with the viewer open and check that only the field
    changed and no identity showed; then page away and back, and close and reopen, and check
    that every field in ``typed_so_far`` came back. Returns the reopened presentation."""
    _open_viewer(qtbot, presentation)
    form = presentation.form
    field = _field(presentation, name)
    assert field.isEnabled() and not field.isReadOnly(), name
    before = _presentation_state(presentation)
    others = {k: v for k, v in form.current_draft().values.items() if k != name}

    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=5000)
    qtbot.keyClicks(field, TYPED)

    assert _field_text(field) == TYPED, name
    after = {k: v for k, v in form.current_draft().values.items() if k != name}
    assert after == others, f"typing into {name} changed another field"
    assert _presentation_state(presentation) == before, f"typing into {name} acted"
    _assert_no_identity(presentation)
    if name == "rationale":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        qtbot.wait(200)  # repainted before the screen is grabbed
        QApplication.primaryScreen().grabWindow(0).save(
            str(SCREENSHOTS / "presentation-dark-typing-with-viewer.png")
        )
    typed_so_far[name] = TYPED
    amending = form.amending

    # Leaving the field keeps the draft; paging away and back brings it back.
    presentation.setFocus()
    qtbot.waitUntil(presentation.hasFocus, timeout=5000)
    qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
    assert presentation.case_index == 1 and presentation.hide_phi
    assert TYPED not in _field_text(_field(presentation, name)), "draft shown on another case"
    _assert_no_identity(presentation)
    qtbot.keyClick(presentation, Qt.Key.Key_PageUp)
    assert presentation.case_index == 0
    for kept, text in typed_so_far.items():
        assert _field_text(_field(presentation, kept)) == text, f"{kept} lost on paging"
    assert presentation.form.draft_restored and presentation.form.amending == amending

    # Closing the presentation (and the form's in-memory state with it) loses nothing.
    _close(qtbot, presentation)
    presentation = _present(qtbot, window, meeting)
    assert presentation.case_index == 0 and presentation.hide_phi
    for kept, text in typed_so_far.items():
        assert _field_text(_field(presentation, kept)) == text, f"{kept} lost on closing"
    assert presentation.form.amending == amending
    _assert_no_identity(presentation)
    return presentation


@needs_display
def test_typing_into_every_decision_field_reaches_only_the_field(
    window: ShellWindow, meeting: Meeting, context: AppContext, qtbot: QtBot
) -> None:
    presentation = _present(qtbot, window, meeting)
    assert presentation.hide_phi and presentation.case_index == 0
    _assert_no_identity(presentation)
    typed_so_far: dict[str, str] = {}
    for name, recommendation in FIELDS:
        if recommendation is not None:
            choice = presentation.form.recommendation
            choice.setCurrentIndex(choice.findData(recommendation.value))
        presentation = _type_and_keep(qtbot, window, meeting, presentation, name, typed_so_far)

    # Recording the decision clears the draft; the recorded text is what was typed.
    form = presentation.form
    form.recommendation.setCurrentIndex(
        form.recommendation.findData(Recommendation.UPFRONT_RESECTION.value)
    )
    stored = form.save()
    assert stored is not None and stored.content.procedure == TYPED
    assert stored.content.rationale == TYPED and stored.content.dissent == TYPED
    drafts = context.paths.root / DRAFTS_FOLDER
    assert not any(drafts.glob("*.draft"))
    assert not form.draft_restored

    # The amendment's reason, the one field shown only while a signed decision is amended.
    ensure_user(context.db, User(0, "chair", "Dr Chair", Role.SURGEON))
    set_secret(context.db, "chair", "482915", "chair")
    signed = form.sign("chair", "482915")
    assert signed is not None and signed.is_signed
    form.start_amendment()
    presentation = _type_and_keep(
        qtbot, window, meeting, presentation, "amendmentReason", {"amendmentReason": ""}
    )
    amended = presentation.form.save()
    assert amended is not None and amended.amends_id == signed.id
    assert amended.amendment_reason == TYPED
    assert not any(drafts.glob("*.draft"))
    _close(qtbot, presentation)


def test_identity_is_shown_only_on_purpose_and_only_the_current_patients(
    window: ShellWindow, meeting: Meeting, qtbot: QtBot
) -> None:
    presentation = _present(qtbot, window, meeting)
    # Single letters with the focus outside any field: never identity.
    for key in (Qt.Key.Key_H, Qt.Key.Key_I, Qt.Key.Key_P):
        qtbot.keyClick(presentation, key)
    assert presentation.hide_phi
    _assert_no_identity(presentation)
    # The chord shows Mrs Wang's identity and no one else's; it hides it again.
    chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(presentation, Qt.Key.Key_H, chord)
    shown = _screen_text(presentation)
    assert not presentation.hide_phi and WANG.patient_id in shown
    assert not any(form in shown for form in ROSS.forms)
    # The next case comes on screen with identity hidden again.
    qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
    assert presentation.case_index == 1 and presentation.hide_phi
    _assert_no_identity(presentation)
    # The button shows the current patient's (Ms Rossiter's) and never holds the focus.
    qtbot.mouseClick(presentation.identity_button, Qt.MouseButton.LeftButton)
    shown = _screen_text(presentation)
    assert ROSS.patient_id in shown and not any(form in shown for form in WANG.forms)
    assert QApplication.focusWidget() is not presentation.identity_button
    qtbot.mouseClick(presentation.identity_button, Qt.MouseButton.LeftButton)
    _assert_no_identity(presentation)
    # The chord does nothing while a field has focus: it goes to the field.
    presentation.form.rationale.setFocus()
    qtbot.waitUntil(presentation.form.rationale.hasFocus, timeout=5000)
    qtbot.keyClick(presentation.form.rationale, Qt.Key.Key_H, chord)
    assert presentation.hide_phi
    _assert_no_identity(presentation)
    _close(qtbot, presentation)


def test_presenter_keys_do_nothing_while_a_list_or_drop_down_has_focus(
    window: ShellWindow, meeting: Meeting, qtbot: QtBot
) -> None:
    presentation = _present(qtbot, window, meeting)
    form = presentation.form
    for focused in (form.recommendation, form.intent, form.participants, form.action_due):
        before = _presentation_state(presentation)
        focused.setFocus()
        qtbot.waitUntil(focused.hasFocus, timeout=5000)
        for key in (Qt.Key.Key_D, Qt.Key.Key_S, Qt.Key.Key_V, Qt.Key.Key_B, Qt.Key.Key_Plus):
            qtbot.keyClick(focused, key)
        qtbot.keyClick(focused, Qt.Key.Key_PageDown)
        assert presentation.viewer is None
        assert _presentation_state(presentation) == before, focused.objectName()
    _close(qtbot, presentation)


def _readable(foreground: QColor, background: QColor, what: str) -> None:
    ratio = contrast_ratio(foreground, background)
    assert ratio >= 4.5, f"{what}: {foreground.name()} on {background.name()} is {ratio:.2f}:1"


def _label_on_window(label: QLabel, what: str) -> None:
    window = label.window()
    _readable(
        label.palette().color(QPalette.ColorRole.WindowText),
        window.palette().color(window.backgroundRole()),
        what,
    )


def _mean_grey(image: QImage) -> float:
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    total = sum(
        image.pixelColor(x, y).value()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )
    return total / len(range(0, image.width(), 3)) / len(range(0, image.height(), 3))


def test_dark_theme_popups_are_readable_and_disabled_fields_look_disabled(
    window: ShellWindow, meeting: Meeting, qtbot: QtBot
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    light = QApplication.palette()
    presentation = _present(qtbot, window, meeting)
    assert DarkTheme.active()
    save_screenshot(window, "main-window-while-presenting")
    form = presentation.form

    # Drop-down list, open.
    form.recommendation.showPopup()
    view = form.recommendation.view()
    qtbot.waitUntil(view.isVisible, timeout=5000)
    palette = view.palette()
    _readable(
        palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), "list"
    )
    _readable(
        palette.color(QPalette.ColorRole.HighlightedText),
        palette.color(QPalette.ColorRole.Highlight),
        "chosen entry",
    )
    qtbot.wait(200)
    QApplication.primaryScreen().grabWindow(0).save(
        str(SCREENSHOTS / "presentation-dark-combo-open.png")
    )
    form.recommendation.hidePopup()

    # The sign-off confirmation.
    form.recommendation.setCurrentIndex(
        form.recommendation.findData(Recommendation.SURVEILLANCE.value)
    )
    form.rationale.setPlainText("Small lesion, no contact with vessels.")
    assert form.save() is not None
    dialog = form.ask_signature()
    assert isinstance(dialog, QDialog)
    qtbot.waitExposed(dialog)
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.text():
            _label_on_window(label, f"sign-off: {label.text()[:20]}")
    for field in (dialog.signer, dialog.secret, dialog.new_secret):
        if field.isVisible():
            colours = field.palette()
            _readable(
                colours.color(QPalette.ColorRole.Text),
                colours.color(QPalette.ColorRole.Base),
                field.objectName(),
            )
    qtbot.wait(200)
    QApplication.primaryScreen().grabWindow(0).save(
        str(SCREENSHOTS / "presentation-dark-sign-off.png")
    )
    dialog.reject()

    # A message box (errors), a menu, a tool tip and an input dialog on the presentation.
    box = QMessageBox(QMessageBox.Icon.Warning, "casereview", "Choose the recommendation.")
    box.setParent(presentation, box.windowFlags())
    box.show()
    qtbot.waitExposed(box)
    message = box.findChild(QLabel, "qt_msgbox_label")
    assert isinstance(message, QLabel)
    _label_on_window(message, "message box")
    box.close()
    menu = QMenu(presentation)
    menu.addActions(presentation.actions())
    menu.popup(presentation.mapToGlobal(presentation.rect().center()))
    qtbot.waitExposed(menu)
    menu_palette = menu.palette()
    _readable(
        menu_palette.color(menu.foregroundRole()),
        menu_palette.color(menu.backgroundRole()),
        "menu",
    )
    menu.close()
    tips = QToolTip.palette()
    _readable(
        tips.color(QPalette.ColorRole.ToolTipText),
        tips.color(QPalette.ColorRole.ToolTipBase),
        "tool tip",
    )
    asking = QInputDialog(presentation)
    asking.setLabelText("Reason")
    asking.show()
    qtbot.waitExposed(asking)
    for label in asking.findChildren(QLabel):
        _label_on_window(label, "input dialog")
    asking.close()

    # Disabled fields look disabled: the Procedure field (no resection chosen) is drawn dimmer
    # than an editable one, in the palette and on screen.
    form.recommendation.setCurrentIndex(
        form.recommendation.findData(Recommendation.SURVEILLANCE.value)
    )
    assert not form.procedure.isEnabled() and form.guideline.isEnabled()
    disabled = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    enabled = QApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    assert contrast_ratio(enabled, disabled) > 2.0
    procedure_grey = _mean_grey(form.procedure.grab().toImage())
    assert abs(procedure_grey - _mean_grey(form.guideline.grab().toImage())) > 8

    _close(qtbot, presentation)
    assert not DarkTheme.active()
    assert QApplication.palette().color(QPalette.ColorRole.Window) == light.color(
        QPalette.ColorRole.Window
    )


def test_no_single_key_shortcut_acts_in_any_kind_of_text_entry(qtbot: QtBot) -> None:
    """Main-window and viewer shortcuts too: typed keys reach the field, whatever its kind."""
    owner = QWidget()
    qtbot.addWidget(owner)
    registry = ActionRegistry(owner)
    fired: list[str] = []
    for context in (ActionContext.WINDOW, ActionContext.VIEWER):
        for key in ("L", "B", "Del", "+", "Space") if context is ActionContext.VIEWER else ("Q",):
            registry.register(
                ActionSpec(
                    f"test.{context.value}.{key}",
                    key,
                    None,
                    lambda key=key: fired.append(key),
                    shortcut=key,
                    context=context,
                )
            )
    editable = QComboBox(owner)
    editable.setEditable(True)
    fields: list[QWidget] = [
        QLineEdit(owner),
        QPlainTextEdit(owner),
        QTextEdit(owner),
        QSpinBox(owner),
        QDoubleSpinBox(owner),
        QDateEdit(owner),
        editable,
    ]
    layout = QVBoxLayout(owner)
    for field in fields:
        layout.addWidget(field)
    owner.show()
    qtbot.waitExposed(owner)
    owner.activateWindow()
    qtbot.waitUntil(owner.isActiveWindow, timeout=5000)
    # The shortcuts work outside fields (the test would prove nothing otherwise).
    owner.setFocus()
    qtbot.keyClick(owner, Qt.Key.Key_L)
    assert fired == ["L"]
    fired.clear()
    for field in fields:
        target = field.lineEdit() if isinstance(field, QComboBox) else field
        assert target is not None
        field.setFocus()
        qtbot.waitUntil(target.hasFocus, timeout=5000)
        for typed in (Qt.Key.Key_L, Qt.Key.Key_B, Qt.Key.Key_Q, Qt.Key.Key_Plus, Qt.Key.Key_Space):
            qtbot.keyClick(target, typed)
        qtbot.keyClick(target, Qt.Key.Key_Delete)
        assert fired == [], f"{type(field).__name__}: {fired}"


def test_a_draft_typed_just_before_the_application_closes_is_kept(
    window: ShellWindow, meeting: Meeting, context: AppContext, qtbot: QtBot
) -> None:
    presentation = _present(qtbot, window, meeting)
    form = presentation.form
    item = form.item
    assert item is not None
    form.rationale.setFocus()
    qtbot.waitUntil(form.rationale.hasFocus, timeout=5000)
    qtbot.keyClicks(form.rationale, "Typed as the room empties")
    assert form.draft_timer.isActive()  # not written yet: the pause has not ended
    with qtbot.waitSignal(presentation.closed):
        window.close()
    kept = DecisionDraftStore.in_data_dir(context.paths.root, context.paths.keys).load(item.id)
    assert kept is not None and kept.values["rationale"] == "Typed as the room empties"


def test_disabled_fields_look_disabled_in_the_light_theme_too(
    context: AppContext, meeting: Meeting, qtbot: QtBot
) -> None:
    assert not DarkTheme.active()
    errors = ErrorPresenter(None, context.paths.log_file)
    form = DecisionForm(context.db, lambda: context.user.username, errors)
    qtbot.addWidget(form)
    detail = meeting_service.get_meeting(context.db, meeting.meeting_id)
    form.set_item(detail, detail.agenda[0])
    form.resize(700, 800)
    form.show()
    qtbot.waitExposed(form)
    assert not form.procedure.isEnabled() and form.guideline.isEnabled()
    procedure_grey = _mean_grey(form.procedure.grab().toImage())
    assert abs(procedure_grey - _mean_grey(form.guideline.grab().toImage())) > 8


#: Text colours of controls that can be disabled.
DIMMED_WHEN_DISABLED = (
    QPalette.ColorRole.WindowText,
    QPalette.ColorRole.Text,
    QPalette.ColorRole.ButtonText,
    QPalette.ColorRole.PlaceholderText,
)


@pytest.mark.parametrize(
    ("foreground", "background"),
    [
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
        (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
        (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
        (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
        (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
        (QPalette.ColorRole.BrightText, QPalette.ColorRole.Window),
    ],
)
def test_every_text_colour_of_the_dark_palette_is_readable(
    qtbot: QtBot, foreground: QPalette.ColorRole, background: QPalette.ColorRole
) -> None:
    palette = dark_palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        _readable(
            palette.color(group, foreground),
            palette.color(group, background),
            f"{foreground.name} on {background.name}",
        )
    # Disabled text is dimmer than enabled text, on a background unlike an editable field's.
    if foreground in DIMMED_WHEN_DISABLED:
        disabled = palette.color(QPalette.ColorGroup.Disabled, foreground)
        assert relative_luminance(disabled) < relative_luminance(palette.color(foreground)) / 2
    assert palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base) != palette.color(
        QPalette.ColorRole.Base
    )


def test_contrast_ratio_follows_wcag() -> None:
    black, white = QColor("#000000"), QColor("#ffffff")
    assert contrast_ratio(black, white) == pytest.approx(21.0)
    assert contrast_ratio(white, white) == pytest.approx(1.0)
    # WCAG's own example: #767676 on white is the lightest grey that passes AA (4.54:1).
    assert contrast_ratio(QColor("#767676"), white) == pytest.approx(4.54, abs=0.01)
