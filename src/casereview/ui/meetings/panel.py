"""The Meetings tab: meeting list and editor, agenda, per-case preparation, attendance, quorum.

The meeting's details and each case's preparation (question, history, staging, checklist,
status) are saved as they are typed (``ui.meetings.autosave``): a pause in typing, choosing
another case or meeting, opening a decision or report, starting the presentation and hiding or
closing the window each save them, so nothing typed is dropped. The state shown beside each
("Saving…", "Saved") says honestly where it stands; each save is one audited change set, not
one record per keystroke.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimeZone, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.cases import Case
from casereview.domain.meetings import (
    AgendaItem,
    AgendaStatus,
    Attendance,
    AttendeeDraft,
    ChecklistItem,
    Meeting,
    MeetingDetail,
    MeetingDraft,
    MeetingStatus,
    QuorumRule,
)
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.domain.users import Role, User
from casereview.services import audit as audit_service
from casereview.services import cases as case_service
from casereview.services import meetings as meeting_service
from casereview.services.exchange.case_document import ReceivedCase, received_case_context
from casereview.services.users import list_users
from casereview.ui.context import WorkstationContext
from casereview.ui.errors import ErrorPresenter
from casereview.ui.meetings.autosave import AutoSave
from casereview.ui.meetings.decision_form import DecisionForm, open_draft_store
from casereview.ui.meetings.labels import label
from casereview.ui.reports import (
    ReportOptions,
    volume_key_image_renderer,
    write_case_report,
    write_meeting_report,
)
from casereview.ui.tasks import Task, TaskRunner

ITEM_ROLE = Qt.ItemDataRole.UserRole


class AgendaList(QListWidget):
    """The agenda: one row per case, reordered by dragging (or the Up/Down buttons)."""

    #: Emitted with the agenda item ids in their new order after a drag.
    reordered = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaList")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.model().rowsMoved.connect(lambda *_: self.reordered.emit(self.item_ids()))

    def item_ids(self) -> list[int]:
        """Agenda item ids top to bottom."""
        return [self.item(row).data(ITEM_ROLE) for row in range(self.count())]


class QuorumDialog(QDialog):
    """Edits a quorum rule: the specialties that must take part and the minimum number."""

    def __init__(self, rule: QuorumRule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quorumDialog")
        self.setWindowTitle(QCoreApplication.translate("Meetings", "Quorum rule"))
        self.roles: dict[Role, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "Meetings", "Specialties that must take part (present or remote):"
                ),
                self,
            )
        )
        for role in Role:
            box = QCheckBox(label(role), self)
            box.setObjectName(f"quorum_{role.value}")
            box.setChecked(role in rule.required_roles)
            self.roles[role] = box
            layout.addWidget(box)
        self.minimum = QSpinBox(self)
        self.minimum.setObjectName("quorumMinimum")
        self.minimum.setRange(1, 100)
        self.minimum.setValue(rule.minimum_attendees)
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("Meetings", "At least this many taking part"), self.minimum
        )
        layout.addLayout(form)
        self.as_default = QCheckBox(
            QCoreApplication.translate(
                "Meetings", "Also use for new meetings (saved in the settings)"
            ),
            self,
        )
        self.as_default.setObjectName("quorumAsDefault")
        layout.addWidget(self.as_default)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def rule(self) -> QuorumRule:
        """The rule as edited."""
        roles = tuple(role for role, box in self.roles.items() if box.isChecked())
        return QuorumRule(roles, self.minimum.value())


@dataclass(frozen=True)
class MeetingLists:
    """What the panel's lists show, read together off the UI thread."""

    meetings: list[Meeting]
    cases: list[Case]
    users: list[User]


class MeetingsPanel(QWidget):
    """Plan a meeting: details, agenda, preparation checklist, attendance and quorum.

    Parameters
    ----------
    context
        The application (database, settings, current user).
    tasks, errors
        The window's task runner and error presenter.
    """

    #: Emitted with a meeting id when the user starts the presentation.
    present_requested = Signal(int)
    #: Emitted when another meeting (or none) is shown, so actions can follow.
    meeting_changed = Signal()
    #: Emitted after attendees were added, removed or marked (a running presentation follows).
    attendance_changed = Signal()
    #: Milliseconds after the last change to a meeting or a case's preparation before it is
    #: saved: long enough to save once per pause in typing, short enough to lose nothing.
    AUTOSAVE_DELAY_MS = 1500

    def __init__(
        self,
        context: WorkstationContext,
        tasks: TaskRunner,
        errors: ErrorPresenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsPanel")
        self.context = context
        self.tasks = tasks
        self.errors = errors
        self.detail: MeetingDetail | None = None
        self._loading = False
        #: Number of the latest list reading asked for; an older one that ends later is dropped.
        self._latest_reading = 0
        self.decision_dialog: QDialog | None = None
        self.decision_form: DecisionForm | None = None

        # Meeting list
        self.meeting_list = QListWidget(self)
        self.meeting_list.setObjectName("meetingList")
        self.meeting_list.currentItemChanged.connect(self._meeting_chosen)
        new_button = QPushButton(QCoreApplication.translate("Meetings", "New meeting"), self)
        new_button.setObjectName("newMeeting")
        new_button.clicked.connect(self.new_meeting)
        left = QWidget(self)
        left.setMinimumWidth(240)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(QCoreApplication.translate("Meetings", "Meetings"), left))
        left_layout.addWidget(self.meeting_list, 1)
        left_layout.addWidget(new_button)

        # Meeting details
        details = QGroupBox(QCoreApplication.translate("Meetings", "Meeting"), self)
        self.title = QLineEdit(details)
        self.title.setObjectName("meetingTitle")
        self.when = QDateTimeEdit(details)
        self.when.setObjectName("meetingWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.duration = QSpinBox(details)
        self.duration.setRange(5, 24 * 60)
        self.duration.setSuffix(QCoreApplication.translate("Meetings", " min"))
        self.location = QLineEdit(details)
        self.location.setObjectName("meetingLocation")
        self.remote_link = QLineEdit(details)
        self.remote_link.setObjectName("meetingLink")
        self.chair = QLineEdit(details)
        self.chair.setObjectName("meetingChair")
        self.meeting_status = QComboBox(details)
        for status in MeetingStatus:
            self.meeting_status.addItem(label(status), status.value)
        # Saved as typed: a state instead of a Save button.
        self.meeting_state = QLabel(details)
        self.meeting_state.setObjectName("meetingState")
        self.meeting_autosave = AutoSave(
            self.save_meeting, self.meeting_state, errors, self.AUTOSAVE_DELAY_MS, self
        )
        for line in (self.title, self.location, self.remote_link, self.chair):
            line.textChanged.connect(self.meeting_autosave.edited)
        self.when.dateTimeChanged.connect(self.meeting_autosave.edited)
        self.duration.valueChanged.connect(self.meeting_autosave.edited)
        self.meeting_status.currentIndexChanged.connect(self.meeting_autosave.edited)
        form = QFormLayout(details)
        form.addRow(QCoreApplication.translate("Meetings", "Title"), self.title)
        form.addRow(QCoreApplication.translate("Meetings", "Date and time"), self.when)
        form.addRow(QCoreApplication.translate("Meetings", "Duration"), self.duration)
        form.addRow(QCoreApplication.translate("Meetings", "Location"), self.location)
        form.addRow(QCoreApplication.translate("Meetings", "Remote link"), self.remote_link)
        form.addRow(QCoreApplication.translate("Meetings", "Chair"), self.chair)
        form.addRow(QCoreApplication.translate("Meetings", "Status"), self.meeting_status)
        form.addRow("", self.meeting_state)

        # Agenda
        agenda_box = QGroupBox(
            QCoreApplication.translate("Meetings", "Agenda (drag to reorder)"), self
        )
        self.agenda = AgendaList(agenda_box)
        self.agenda.reordered.connect(self._agenda_dragged)
        self.agenda.currentItemChanged.connect(lambda *_: self._item_chosen())
        self.case_choice = QComboBox(agenda_box)
        self.case_choice.setObjectName("caseChoice")
        add_case = QPushButton(QCoreApplication.translate("Meetings", "Add case"), agenda_box)
        add_case.setObjectName("addCase")
        add_case.clicked.connect(self.add_chosen_case)
        up = QPushButton(QCoreApplication.translate("Meetings", "Up"), agenda_box)
        up.setObjectName("moveUp")
        up.clicked.connect(lambda: self.move_current(-1))
        down = QPushButton(QCoreApplication.translate("Meetings", "Down"), agenda_box)
        down.setObjectName("moveDown")
        down.clicked.connect(lambda: self.move_current(1))
        remove = QPushButton(QCoreApplication.translate("Meetings", "Remove"), agenda_box)
        remove.setObjectName("removeCase")
        remove.clicked.connect(self.remove_current)
        add_row = QHBoxLayout()
        add_row.addWidget(self.case_choice, 1)
        add_row.addWidget(add_case)
        move_row = QHBoxLayout()
        move_row.addWidget(up)
        move_row.addWidget(down)
        move_row.addWidget(remove)
        move_row.addStretch(1)
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.agenda, 1)
        agenda_layout.addLayout(move_row)
        agenda_layout.addLayout(add_row)

        # Preparation of the selected case
        prep = QGroupBox(QCoreApplication.translate("Meetings", "Selected case"), self)
        self.question = QPlainTextEdit(prep)
        self.question.setObjectName("itemQuestion")
        self.question.setMaximumHeight(80)
        self.history = QPlainTextEdit(prep)
        self.history.setObjectName("itemHistory")
        self.history.setMaximumHeight(80)
        self.item_staging = QLineEdit(prep)
        self.item_staging.setObjectName("itemStaging")
        # What a partner sent with a received case, as the sender wrote it (read-only).
        self.received = QLabel(prep)
        self.received.setObjectName("receivedCase")
        self.received.setWordWrap(True)
        self.received.setTextFormat(Qt.TextFormat.RichText)
        self.received.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.received.hide()
        self._received: dict[int, list[ReceivedCase]] = {}
        self.checks: dict[ChecklistItem, QCheckBox] = {}
        checks_row = QHBoxLayout()
        for entry in ChecklistItem:
            box = QCheckBox(label(entry), prep)
            box.setObjectName(f"check_{entry.value}")
            self.checks[entry] = box
            checks_row.addWidget(box)
        self.item_status = QComboBox(prep)
        self.item_status.setObjectName("itemStatus")
        for agenda_status in AgendaStatus:
            self.item_status.addItem(label(agenda_status), agenda_status.value)
        # Saved as typed: a state instead of a Save button.
        self.preparation_state = QLabel(prep)
        self.preparation_state.setObjectName("preparationState")
        self.preparation_autosave = AutoSave(
            self.save_item, self.preparation_state, errors, self.AUTOSAVE_DELAY_MS, self
        )
        # The agenda item whose preparation the fields show.
        self._shown_item_id: int | None = None
        self.question.textChanged.connect(self.preparation_autosave.edited)
        self.history.textChanged.connect(self.preparation_autosave.edited)
        self.item_staging.textChanged.connect(self.preparation_autosave.edited)
        for box in self.checks.values():
            box.toggled.connect(self.preparation_autosave.edited)
        self.item_status.currentIndexChanged.connect(self.preparation_autosave.edited)
        decide = QPushButton(QCoreApplication.translate("Meetings", "Decision…"), prep)
        decide.setObjectName("openDecision")
        decide.clicked.connect(self.open_decision)
        case_report = QPushButton(
            QCoreApplication.translate("Meetings", "Case report (PDF)…"), prep
        )
        case_report.setObjectName("caseReport")
        case_report.clicked.connect(lambda: self.export_case_report())
        prep_form = QFormLayout(prep)
        prep_form.addRow(
            QCoreApplication.translate("Meetings", "Question for the MDT"), self.question
        )
        prep_form.addRow(QCoreApplication.translate("Meetings", "History"), self.history)
        prep_form.addRow(QCoreApplication.translate("Meetings", "Staging"), self.item_staging)
        prep_form.addRow(self.received)
        prep_form.addRow(QCoreApplication.translate("Meetings", "Preparation"), checks_row)
        prep_form.addRow(QCoreApplication.translate("Meetings", "Status"), self.item_status)
        prep_buttons = QHBoxLayout()
        prep_buttons.addWidget(self.preparation_state, 1)
        prep_buttons.addWidget(decide)
        prep_buttons.addWidget(case_report)
        prep_form.addRow("", prep_buttons)
        self.prep_box = prep

        # Attendance
        attendance = QGroupBox(QCoreApplication.translate("Meetings", "Attendees"), self)
        self.attendees = QTableWidget(0, 5, attendance)
        self.attendees.setObjectName("attendeeTable")
        self.attendees.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Meetings", "Name"),
                QCoreApplication.translate("Meetings", "Role"),
                QCoreApplication.translate("Meetings", "Specialty"),
                QCoreApplication.translate("Meetings", "Institution"),
                QCoreApplication.translate("Meetings", "Attendance"),
            ]
        )
        header = self.attendees.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.attendees.verticalHeader().setVisible(False)
        self.attendees.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendees.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.quorum = QLabel(attendance)
        self.quorum.setObjectName("quorumLabel")
        self.quorum.setWordWrap(True)
        self.known_users = QComboBox(attendance)
        self.known_users.setObjectName("knownUsers")
        self.known_users.activated.connect(self._user_chosen)
        self.attendee_name = QLineEdit(attendance)
        self.attendee_name.setObjectName("attendeeName")
        self.attendee_name.setPlaceholderText(QCoreApplication.translate("Meetings", "Name"))
        self.attendee_role = QComboBox(attendance)
        self.attendee_role.setObjectName("attendeeRole")
        for role in Role:
            self.attendee_role.addItem(label(role), role.value)
        self.attendee_specialty = QLineEdit(attendance)
        self.attendee_specialty.setPlaceholderText(
            QCoreApplication.translate("Meetings", "Specialty")
        )
        self.attendee_institution = QLineEdit(attendance)
        self.attendee_institution.setObjectName("attendeeInstitution")
        self.attendee_institution.setPlaceholderText(
            QCoreApplication.translate("Meetings", "Institution (visitors)")
        )
        self.attendee_attendance = QComboBox(attendance)
        self.attendee_attendance.setObjectName("attendeeAttendance")
        for value in Attendance:
            self.attendee_attendance.addItem(label(value), value.value)
        self.attendee_attendance.setCurrentIndex(
            self.attendee_attendance.findData(Attendance.PRESENT.value)
        )
        add_attendee = QPushButton(
            QCoreApplication.translate("Meetings", "Add attendee"), attendance
        )
        add_attendee.setObjectName("addAttendee")
        add_attendee.clicked.connect(self.add_attendee)
        remove_attendee = QPushButton(
            QCoreApplication.translate("Meetings", "Remove attendee"), attendance
        )
        remove_attendee.setObjectName("removeAttendee")
        remove_attendee.clicked.connect(self.remove_attendee)
        quorum_rule = QPushButton(
            QCoreApplication.translate("Meetings", "Quorum rule…"), attendance
        )
        quorum_rule.setObjectName("quorumRule")
        quorum_rule.clicked.connect(self.edit_quorum_rule)
        self.quorum_dialog: QuorumDialog | None = None
        attendee_form = QFormLayout()
        attendee_form.addRow(QCoreApplication.translate("Meetings", "From users"), self.known_users)
        attendee_form.addRow(QCoreApplication.translate("Meetings", "Name"), self.attendee_name)
        attendee_form.addRow(QCoreApplication.translate("Meetings", "Role"), self.attendee_role)
        attendee_form.addRow(
            QCoreApplication.translate("Meetings", "Specialty"), self.attendee_specialty
        )
        attendee_form.addRow(
            QCoreApplication.translate("Meetings", "Institution"), self.attendee_institution
        )
        attendee_form.addRow(
            QCoreApplication.translate("Meetings", "Attendance"), self.attendee_attendance
        )
        attendee_buttons = QHBoxLayout()
        attendee_buttons.addWidget(add_attendee)
        attendee_buttons.addWidget(remove_attendee)
        attendee_buttons.addWidget(quorum_rule)
        attendance_layout = QVBoxLayout(attendance)
        attendance_layout.addWidget(self.quorum)
        attendance_layout.addWidget(self.attendees, 1)
        attendance_layout.addLayout(attendee_form)
        attendance_layout.addLayout(attendee_buttons)

        present = QPushButton(
            QCoreApplication.translate("Meetings", "Start presentation (Ctrl+Shift+P)"), self
        )
        present.setObjectName("startPresentation")
        present.clicked.connect(self._present)
        meeting_report = QPushButton(
            QCoreApplication.translate("Meetings", "Meeting report (PDF)…"), self
        )
        meeting_report.setObjectName("meetingReport")
        meeting_report.clicked.connect(lambda: self.export_meeting_report())

        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(details)
        middle_layout.addWidget(agenda_box, 1)
        middle_layout.addWidget(prep)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(attendance, 1)
        right_layout.addWidget(present)
        right_layout.addWidget(meeting_report)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        for widget in (middle, right):
            scroll = QScrollArea(splitter)
            scroll.setWidgetResizable(True)
            scroll.setWidget(widget)
            splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([260, 620, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._editable(False)

    # --- helpers ----------------------------------------------------------------------

    @property
    def actor(self) -> str:
        """User name of whoever works at the workstation now."""
        return self.context.user.username

    def _editable(self, on: bool) -> None:
        for widget in self.findChildren(QGroupBox):
            widget.setEnabled(on)
        self.prep_box.setEnabled(on and self.current_item() is not None)

    def _run(self, change: Callable[[], object]) -> bool:
        """Apply a change through the services; show a refusal instead of raising."""
        try:
            change()
        except Exception as exc:
            self.errors.present(exc)
            return False
        return True

    # --- loading ----------------------------------------------------------------------

    def refresh(self, select_meeting: int | None = None) -> Task[MeetingLists]:
        """Read the meetings, cases and users off the UI thread, then show them.

        ``select_meeting`` (or the meeting shown) stays open; a meeting asked for is shown at
        once, before the lists arrive.
        """
        if select_meeting is not None:
            self.load_meeting(select_meeting)
        current = select_meeting or (self.detail.meeting.id if self.detail else None)
        db = self.context.db
        self._latest_reading += 1
        reading = self._latest_reading

        def work(progress: ProgressReporter, cancel: CancelToken) -> MeetingLists:
            return MeetingLists(
                meeting_service.list_meetings(db), case_service.list_cases(db), list_users(db)
            )

        return self.tasks.run(
            QCoreApplication.translate("Meetings", "Reading the meetings"),
            work,
            lambda lists: self._show_lists_if_latest(lists, current, reading),
            quiet=True,
        )

    def _show_lists_if_latest(self, lists: MeetingLists, current: int | None, reading: int) -> None:
        # Readings run off the UI thread and can end out of order: an older one (asked for
        # before a meeting was created or chosen) must not bring back the meeting it was asked
        # with, nor older lists; the latest reading shows both.
        if reading == self._latest_reading:
            self._show_lists(lists, current)

    def _show_lists(self, lists: MeetingLists, current: int | None) -> None:
        self._loading = True
        self.meeting_list.clear()
        for meeting in lists.meetings:
            entry = QListWidgetItem(_meeting_text(meeting), self.meeting_list)
            entry.setData(ITEM_ROLE, meeting.id)
        self.case_choice.clear()
        for case in lists.cases:
            self.case_choice.addItem(f"#{case.id} {case.title}", case.id)
        self.known_users.clear()
        self.known_users.addItem(
            QCoreApplication.translate("Meetings", "(type a name below)"), None
        )
        for user in lists.users:
            self.known_users.addItem(user.display_name, user.username)
        self._users = {u.username: u for u in lists.users}
        target = next(
            (
                self.meeting_list.item(row)
                for row in range(self.meeting_list.count())
                if self.meeting_list.item(row).data(ITEM_ROLE) == current
            ),
            self.meeting_list.item(0) if self.meeting_list.count() else None,
        )
        if target is not None:
            self.meeting_list.setCurrentItem(target)
        self._loading = False
        if target is None:
            self.detail = None
            self._editable(False)
            self.meeting_changed.emit()
        elif self.detail is None or self.detail.meeting.id != target.data(ITEM_ROLE):
            self.load_meeting(target.data(ITEM_ROLE))

    def _meeting_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None and not self._loading:
            self.load_meeting(current.data(ITEM_ROLE))

    def load_meeting(self, meeting_id: int, keep_item: int | None = None) -> None:
        """Show one meeting in the editor (what was typed in the one shown is saved first)."""
        self.flush_edits()
        try:
            detail = meeting_service.get_meeting(self.context.db, meeting_id)
        except Exception as exc:
            self.errors.present(exc)
            return
        self.detail = detail
        self._received = {
            item.case_id: received_case_context(self.context.db, item.case_id)
            for item in detail.agenda
        }
        meeting = detail.meeting
        with self.meeting_autosave.filling():
            # A field that holds what is stored is left alone: the meeting is read again
            # while someone may be typing in it, and the cursor must not jump.
            for line, stored in (
                (self.title, meeting.title),
                (self.location, meeting.location),
                (self.remote_link, meeting.remote_link),
                (self.chair, meeting.chair),
            ):
                if line.text().strip() != stored:
                    line.setText(stored)
            self.when.setDateTime(QDateTime(meeting.scheduled_at.astimezone()))
            self.duration.setValue(meeting.duration_minutes)
            self.meeting_status.setCurrentIndex(self.meeting_status.findData(meeting.status.value))
        self._show_agenda(keep_item)
        self._show_attendees()
        self._editable(True)
        self.meeting_changed.emit()

    def _show_agenda(self, keep_item: int | None = None) -> None:
        assert self.detail is not None
        selected = keep_item if keep_item is not None else self._current_item_id()
        self._loading = True
        self.agenda.clear()
        for item in self.detail.agenda:
            entry = QListWidgetItem(_agenda_text(item), self.agenda)
            entry.setData(ITEM_ROLE, item.id)
            if item.id == selected:
                self.agenda.setCurrentItem(entry)
        self._loading = False
        if self.agenda.currentItem() is None and self.agenda.count():
            self.agenda.setCurrentRow(0)
        self._item_chosen()

    def _show_attendees(self) -> None:
        assert self.detail is not None
        self.attendees.setRowCount(0)
        for attendee in self.detail.attendees:
            row = self.attendees.rowCount()
            self.attendees.insertRow(row)
            name = QTableWidgetItem(attendee.name)
            name.setData(ITEM_ROLE, attendee.id)
            self.attendees.setItem(row, 0, name)
            self.attendees.setItem(row, 1, QTableWidgetItem(label(attendee.role)))
            self.attendees.setItem(row, 2, QTableWidgetItem(attendee.specialty))
            self.attendees.setItem(row, 3, QTableWidgetItem(attendee.institution))
            combo = QComboBox(self.attendees)
            combo.setObjectName(f"attendance_{attendee.id}")
            for value in Attendance:
                combo.addItem(label(value), value.value)
            combo.setCurrentIndex(combo.findData(attendee.attendance.value))
            combo.activated.connect(
                lambda _index, c=combo, a=attendee.id: self.set_attendance(
                    a, Attendance(c.currentData())
                )
            )
            self.attendees.setCellWidget(row, 4, combo)
        self._show_quorum()

    def _show_quorum(self) -> None:
        assert self.detail is not None
        quorum = self.detail.quorum
        if quorum.met:
            text = QCoreApplication.translate("Meetings", "Quorum met: {n} taking part.").format(
                n=quorum.taking_part
            )
            style = "color: #0a6b2e; font-weight: bold;"
        else:
            missing = ", ".join(label(role) for role in quorum.missing_roles)
            text = QCoreApplication.translate(
                "Meetings", "No quorum: {n} of at least {m} taking part."
            ).format(n=quorum.taking_part, m=quorum.minimum)
            if missing:
                text += " " + QCoreApplication.translate("Meetings", "Missing: {roles}.").format(
                    roles=missing
                )
            style = "color: #b00020; font-weight: bold;"
        self.quorum.setText(text)
        self.quorum.setStyleSheet(style)

    def _current_item_id(self) -> int | None:
        entry = self.agenda.currentItem()
        return None if entry is None else entry.data(ITEM_ROLE)

    def current_item(self) -> AgendaItem | None:
        """The agenda item selected in the list."""
        item_id = self._current_item_id()
        if self.detail is None or item_id is None:
            return None
        return next((i for i in self.detail.agenda if i.id == item_id), None)

    def _item_chosen(self) -> None:
        if self._loading:
            return
        # The fields still hold the case chosen before: its preparation is saved first.
        self.preparation_autosave.flush()
        item = self.current_item()
        self.prep_box.setEnabled(item is not None)
        # The same case shown again (the meeting was read again): a field that holds what is
        # stored is left alone, so the cursor of someone typing there does not jump.
        same = item is not None and item.id == self._shown_item_id
        with self.preparation_autosave.filling(shown=item is not None):
            for editor, stored in (
                (self.question, item.question if item else ""),
                (self.history, item.history if item else ""),
            ):
                if not (same and editor.toPlainText().strip() == stored):
                    editor.setPlainText(stored)
            staging = item.staging if item else ""
            if not (same and self.item_staging.text().strip() == staging):
                self.item_staging.setText(staging)
            for entry, box in self.checks.items():
                box.setChecked(item is not None and entry in item.checklist)
            if item is not None:
                self.item_status.setCurrentIndex(self.item_status.findData(item.status.value))
        self._show_received(self._received.get(item.case_id, []) if item else [])
        self._shown_item_id = item.id if item is not None else None

    def _show_received(self, received: list[ReceivedCase]) -> None:
        """The sender's question, history and staging of a case received in a package."""
        if not received:
            self.received.clear()
            self.received.hide()
            return
        parts = []
        for case in received:
            latest = case.latest
            question = (latest.question if latest else "") or case.clinical_question
            heading = QCoreApplication.translate(
                "Meetings", "Received from {institution} with the case"
            ).format(institution=case.institution)
            rows = [
                (QCoreApplication.translate("Meetings", "Question"), question),
                (
                    QCoreApplication.translate("Meetings", "History"),
                    latest.history if latest else "",
                ),
                (
                    QCoreApplication.translate("Meetings", "Staging"),
                    latest.staging if latest else "",
                ),
            ]
            body = "".join(
                f"<br/><i>{html.escape(name)}:</i> "
                + (html.escape(text).replace("\n", "<br/>") if text else "—")
                for name, text in rows
            )
            parts.append(f"<p><b>{html.escape(heading)}</b>{body}</p>")
        self.received.setText("".join(parts))
        self.received.show()

    # --- meeting ----------------------------------------------------------------------

    def new_meeting(self) -> int | None:
        """Create a meeting (next full hour, chaired by the current user) and open it."""
        start = (datetime.now(UTC) + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        draft = MeetingDraft(
            QCoreApplication.translate("Meetings", "HPB MDT"),
            start,
            chair=self.context.user.display_name,
        )
        try:
            meeting = meeting_service.create_meeting(
                self.context.db, draft, self.context.settings.quorum_rule(), self.actor
            )
        except Exception as exc:
            self.errors.present(exc)
            return None
        self.refresh(meeting.id)
        self.title.setFocus()
        self.title.selectAll()
        return meeting.id

    def save_meeting(self) -> None:
        """Store the meeting details as edited (the meeting list follows).

        Raises
        ------
        ValidationError
            If the details are refused (a meeting needs a title).
        """
        if self.detail is None:
            return
        when = self.when.dateTime().toTimeZone(QTimeZone.utc()).toPython()
        assert isinstance(when, datetime)  # a QDateTime converts to a datetime
        draft = MeetingDraft(
            self.title.text(),
            when.replace(tzinfo=UTC),
            self.duration.value(),
            self.location.text(),
            self.remote_link.text(),
            self.chair.text(),
        )
        stored = meeting_service.update_meeting(
            self.context.db,
            self.detail.meeting.id,
            draft,
            self.actor,
            MeetingStatus(self.meeting_status.currentData()),
        )
        # Shown in place: reloading would move the cursor of someone typing.
        self.detail = dataclasses.replace(self.detail, meeting=stored)
        for row in range(self.meeting_list.count()):
            entry = self.meeting_list.item(row)
            if entry.data(ITEM_ROLE) == stored.id:
                entry.setText(_meeting_text(stored))

    # --- agenda -----------------------------------------------------------------------

    def add_chosen_case(self) -> None:
        """Put the case chosen in the combo box at the end of the agenda."""
        case_id = self.case_choice.currentData()
        if self.detail is None or case_id is None:
            return
        meeting_id = self.detail.meeting.id
        added: list[int] = []
        if self._run(
            lambda: added.append(
                meeting_service.add_case(self.context.db, meeting_id, case_id, self.actor).id
            )
        ):
            self.load_meeting(meeting_id, keep_item=added[0])

    def move_current(self, offset: int) -> None:
        """Move the selected case up or down the agenda."""
        item_id = self._current_item_id()
        if self.detail is None or item_id is None:
            return
        if self._run(
            lambda: meeting_service.move_agenda_item(self.context.db, item_id, offset, self.actor)
        ):
            self.load_meeting(self.detail.meeting.id, keep_item=item_id)

    def _agenda_dragged(self, order: list[int]) -> None:
        if self.detail is None or self._loading:
            return
        item_id = self._current_item_id()
        meeting_id = self.detail.meeting.id
        self._run(
            lambda: meeting_service.reorder_agenda(self.context.db, meeting_id, order, self.actor)
        )
        # Reload either way: the list shows the stored order, also after a refusal.
        self.load_meeting(meeting_id, keep_item=item_id)

    def remove_current(self) -> None:
        """Take the selected case off the agenda."""
        item_id = self._current_item_id()
        if self.detail is None or item_id is None:
            return
        if self._run(
            lambda: meeting_service.remove_agenda_item(self.context.db, item_id, self.actor)
        ):
            self.load_meeting(self.detail.meeting.id)

    def flush_edits(self) -> bool:
        """Save what was typed in the meeting details, the preparation and an open decision
        (as its draft) now; whether nothing is left unsaved."""
        if self.decision_form is not None:
            # Its dialog is not hidden with this window: closing the application would drop
            # a draft still waiting for the pause in typing.
            self.decision_form.flush_draft()
        meeting_saved = self.meeting_autosave.flush()
        return self.preparation_autosave.flush() and meeting_saved

    def save_item(self) -> None:
        """Store the shown case's question, history, staging, checklist and status.

        The fields are not refilled from what was stored, so typing goes on undisturbed; the
        agenda shows the new status and checklist at once.
        """
        item_id = self._shown_item_id
        if self.detail is None or item_id is None:
            return
        checklist = frozenset(entry for entry, box in self.checks.items() if box.isChecked())
        stored = meeting_service.update_agenda_item(
            self.context.db,
            item_id,
            self.actor,
            question=self.question.toPlainText(),
            history=self.history.toPlainText(),
            staging=self.item_staging.text(),
            checklist=checklist,
            status=AgendaStatus(self.item_status.currentData()),
        )
        if self.detail.meeting.id == stored.meeting_id:
            self.detail = dataclasses.replace(
                self.detail,
                agenda=tuple(stored if i.id == stored.id else i for i in self.detail.agenda),
            )
            for row in range(self.agenda.count()):
                entry = self.agenda.item(row)
                if entry.data(ITEM_ROLE) == stored.id:
                    entry.setText(_agenda_text(stored))

    def hideEvent(self, event: QHideEvent) -> None:
        """The window is closing or being hidden: save what was typed."""
        self.flush_edits()
        super().hideEvent(event)

    def open_decision(self) -> QDialog | None:
        """Open the decision form of the selected case in a window of its own."""
        self.flush_edits()
        item = self.current_item()
        if self.detail is None or item is None:
            return None
        dialog = QDialog(self)
        dialog.setObjectName("decisionDialog")
        dialog.setWindowTitle(
            QCoreApplication.translate("Meetings", "Decision: {title}").format(
                title=item.case_title
            )
        )
        paths = self.context.paths
        form = DecisionForm(
            self.context.db,
            lambda: self.actor,
            self.errors,
            dialog,
            drafts=open_draft_store(paths.root, paths.keys, self.errors),
        )
        form.set_item(self.detail, item)
        self.decision_form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        # Scrolled: with the evidence it cites the form is taller than a laptop's screen.
        scroll = QScrollArea(dialog)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        layout = QVBoxLayout(dialog)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        dialog.resize(760, 860)
        dialog.finished.connect(lambda _r: self.load_meeting(item.meeting_id, keep_item=item.id))
        dialog.open()
        self.decision_dialog = dialog
        return dialog

    # --- attendance -------------------------------------------------------------------

    def _user_chosen(self, index: int) -> None:
        username = self.known_users.itemData(index)
        user = self._users.get(username) if username else None
        if user is None:
            return
        self.attendee_name.setText(user.display_name)
        self.attendee_role.setCurrentIndex(self.attendee_role.findData(user.role.value))
        self.attendee_specialty.setText(user.specialty)
        self.attendee_institution.setText(user.institution)

    def add_attendee(self) -> None:
        """Add the attendee typed in the form."""
        if self.detail is None:
            return
        meeting_id = self.detail.meeting.id

        def change() -> None:
            draft = AttendeeDraft(
                self.attendee_name.text(),
                Role(self.attendee_role.currentData()),
                self.attendee_specialty.text(),
                self.attendee_institution.text(),
                Attendance(self.attendee_attendance.currentData()),
            )
            meeting_service.add_attendee(self.context.db, meeting_id, draft, self.actor)

        if self._run(change):
            self.attendance_changed.emit()
            self.attendee_name.clear()
            self.attendee_specialty.clear()
            self.attendee_institution.clear()
            self.known_users.setCurrentIndex(0)
            self.load_meeting(meeting_id, keep_item=self._current_item_id())

    def set_attendance(self, attendee_id: int, attendance: Attendance) -> None:
        """Mark an attendee present, remote, absent or expected; the quorum updates at once."""
        if self.detail is None:
            return
        meeting_id = self.detail.meeting.id
        if self._run(
            lambda: meeting_service.set_attendance(
                self.context.db, attendee_id, attendance, self.actor
            )
        ):
            self.detail = meeting_service.get_meeting(self.context.db, meeting_id)
            self._show_quorum()
            self.attendance_changed.emit()
        else:
            self.load_meeting(meeting_id, keep_item=self._current_item_id())

    def edit_quorum_rule(self) -> QuorumDialog | None:
        """Edit this meeting's quorum rule (and, if asked, the default for new meetings)."""
        if self.detail is None:
            return None
        dialog = QuorumDialog(self.detail.meeting.quorum_rule, self)
        dialog.accepted.connect(lambda: self._apply_quorum_rule(dialog))
        dialog.open()
        self.quorum_dialog = dialog
        return dialog

    def _apply_quorum_rule(self, dialog: QuorumDialog) -> None:
        if self.detail is None:
            return
        meeting_id = self.detail.meeting.id

        def change() -> None:
            rule = dialog.rule()
            meeting_service.set_quorum_rule(self.context.db, meeting_id, rule, self.actor)
            if dialog.as_default.isChecked():
                self.context.update_settings(
                    self.context.settings.with_changes(
                        quorum_roles=tuple(r.value for r in rule.required_roles),
                        quorum_minimum=rule.minimum_attendees,
                    )
                )

        if self._run(change):
            self.attendance_changed.emit()
            self.load_meeting(meeting_id, keep_item=self._current_item_id())

    def remove_attendee(self) -> None:
        """Take the selected attendee off the list."""
        row = self.attendees.currentRow()
        cell = self.attendees.item(row, 0) if row >= 0 else None
        if self.detail is None or cell is None:
            return
        attendee_id = cell.data(ITEM_ROLE)
        if self._run(
            lambda: meeting_service.remove_attendee(self.context.db, attendee_id, self.actor)
        ):
            self.attendance_changed.emit()
            self.load_meeting(self.detail.meeting.id, keep_item=self._current_item_id())

    # --- presentation and reports -----------------------------------------------------

    def _present(self) -> None:
        # The presentation shows the preparation from the database: store the latest first.
        self.flush_edits()
        if self.detail is not None:
            self.present_requested.emit(self.detail.meeting.id)

    def _options(self) -> ReportOptions:
        return ReportOptions(
            institution=self.context.settings.institution_name,
            author=self.context.user.display_name,
        )

    def _ask_pdf(self, suggestion: str) -> Path | None:
        target, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Meetings", "Save report as PDF"),
            str(Path.home() / suggestion),
            QCoreApplication.translate("Meetings", "PDF files (*.pdf)"),
        )
        return Path(target) if target else None

    def export_meeting_report(self, target: Path | None = None) -> Task[Path] | None:
        """Write the meeting summary PDF off the UI thread (asks where when not given)."""
        self.flush_edits()
        if self.detail is None:
            return None
        meeting_id = self.detail.meeting.id
        target = target or self._ask_pdf(f"mdt-meeting-{meeting_id}.pdf")
        if target is None:
            return None
        db, options, actor = self.context.db, self._options(), self.actor

        def work(progress: ProgressReporter, cancel: CancelToken) -> Path:
            path = write_meeting_report(
                db,
                meeting_id,
                target,
                options,
                renderer=volume_key_image_renderer(db),
                progress=progress,
                cancel=cancel,
            )
            audit_service.record_export(db, "meeting_report", "meeting", meeting_id, actor)
            return path

        return self.tasks.run(
            QCoreApplication.translate("Meetings", "Writing the meeting report"),
            work,
            self._report_written,
        )

    def export_case_report(self, target: Path | None = None) -> Task[Path] | None:
        """Write the selected case's outcome report PDF off the UI thread."""
        self.flush_edits()
        item = self.current_item()
        if item is None:
            return None
        target = target or self._ask_pdf(f"mdt-case-{item.case_id}.pdf")
        if target is None:
            return None
        db, options, actor = self.context.db, self._options(), self.actor

        def work(progress: ProgressReporter, cancel: CancelToken) -> Path:
            path = write_case_report(
                db,
                item.case_id,
                target,
                options,
                agenda_item_id=item.id,
                renderer=volume_key_image_renderer(db),
                progress=progress,
                cancel=cancel,
            )
            audit_service.record_export(db, "case_report", "case", item.case_id, actor)
            return path

        return self.tasks.run(
            QCoreApplication.translate("Meetings", "Writing the case report"),
            work,
            self._report_written,
        )

    def _report_written(self, path: Path) -> None:
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(
                QCoreApplication.translate("Meetings", "Report written to {path}").format(
                    path=str(path)
                ),
                10000,
            )


def _agenda_text(item: AgendaItem) -> str:
    """An agenda row: position, case, status and whether its preparation is complete."""
    mark = "✓" if item.prepared else "…"
    return f"{item.position + 1}. {item.case_title}  [{label(item.status)}] {mark}"


def _meeting_text(meeting: Meeting) -> str:
    """A row of the meeting list: local date and time, then the title."""
    when = meeting.scheduled_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{when}  {meeting.title}"
