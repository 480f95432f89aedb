"""The attendees of a meeting: who takes part, how (present, remote, absent), and the quorum.

A change of attendance is saved at once (against the version of the attendee shown, so a
change made at another workstation is not overwritten) and the quorum follows; the Meetings
window announces it so that a running presentation follows too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.meetings import (
    Attendance,
    AttendeeDraft,
    MeetingDetail,
    QuorumRule,
    QuorumStatus,
)
from casereview.domain.users import Role, User
from casereview.services import meetings as meeting_service
from casereview.ui.context import WorkstationContext
from casereview.ui.errors import ErrorPresenter
from casereview.ui.meetings.labels import label

#: Item data role holding an attendee's id (on the Name cell).
ATTENDEE_ROLE = Qt.ItemDataRole.UserRole


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


class AttendeesBox(QGroupBox):
    """The attendee table with each one's attendance, the quorum, and the form to add one.

    Parameters
    ----------
    context
        The application (database, settings, current user).
    shown
        Gives the meeting the window shows (``None``: none, and nothing changes).
    errors
        Where a refusal is shown.
    """

    #: Emitted after attendees were added, removed or marked, or the quorum rule changed.
    attendance_changed = Signal()
    #: Emitted with the :class:`MeetingDetail` read again after a change of attendance.
    meeting_read = Signal(object)
    #: Emitted with a meeting id that must be read again and shown (after a change, or
    #: after a refused one, so the table shows what is stored).
    reload_requested = Signal(int)

    def __init__(
        self,
        context: WorkstationContext,
        shown: Callable[[], MeetingDetail | None],
        errors: ErrorPresenter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("Meetings", "Attendees"), parent)
        self.context = context
        self._shown = shown
        self.errors = errors
        self._users: dict[str, User] = {}
        self.attendees = QTableWidget(0, 5, self)
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
        self.quorum = QLabel(self)
        self.quorum.setObjectName("quorumLabel")
        self.quorum.setWordWrap(True)
        self.known_users = QComboBox(self)
        self.known_users.setObjectName("knownUsers")
        self.known_users.activated.connect(self._user_chosen)
        self.attendee_name = QLineEdit(self)
        self.attendee_name.setObjectName("attendeeName")
        self.attendee_name.setPlaceholderText(QCoreApplication.translate("Meetings", "Name"))
        self.attendee_role = QComboBox(self)
        self.attendee_role.setObjectName("attendeeRole")
        for role in Role:
            self.attendee_role.addItem(label(role), role.value)
        self.attendee_specialty = QLineEdit(self)
        self.attendee_specialty.setPlaceholderText(
            QCoreApplication.translate("Meetings", "Specialty")
        )
        self.attendee_institution = QLineEdit(self)
        self.attendee_institution.setObjectName("attendeeInstitution")
        self.attendee_institution.setPlaceholderText(
            QCoreApplication.translate("Meetings", "Institution (visitors)")
        )
        self.attendee_attendance = QComboBox(self)
        self.attendee_attendance.setObjectName("attendeeAttendance")
        for value in Attendance:
            self.attendee_attendance.addItem(label(value), value.value)
        self.attendee_attendance.setCurrentIndex(
            self.attendee_attendance.findData(Attendance.PRESENT.value)
        )
        add_attendee = QPushButton(QCoreApplication.translate("Meetings", "Add attendee"), self)
        add_attendee.setObjectName("addAttendee")
        add_attendee.clicked.connect(self.add_attendee)
        remove_attendee = QPushButton(
            QCoreApplication.translate("Meetings", "Remove attendee"), self
        )
        remove_attendee.setObjectName("removeAttendee")
        remove_attendee.clicked.connect(self.remove_attendee)
        quorum_rule = QPushButton(QCoreApplication.translate("Meetings", "Quorum rule…"), self)
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
        attendance_layout = QVBoxLayout(self)
        attendance_layout.addWidget(self.quorum)
        attendance_layout.addWidget(self.attendees, 1)
        attendance_layout.addLayout(attendee_form)
        attendance_layout.addLayout(attendee_buttons)

    @property
    def actor(self) -> str:
        """User name of whoever works at the workstation now."""
        return self.context.user.username

    def _run(self, change: Callable[[], object]) -> bool:
        """Apply a change through the services; show a refusal instead of raising."""
        try:
            change()
        except Exception as exc:
            self.errors.present(exc)
            return False
        return True

    def set_users(self, users: list[User]) -> None:
        """Offer ``users`` (the workstation's accounts) to fill the form from."""
        self.known_users.clear()
        self.known_users.addItem(
            QCoreApplication.translate("Meetings", "(type a name below)"), None
        )
        for user in users:
            self.known_users.addItem(user.display_name, user.username)
        self._users = {u.username: u for u in users}

    def show_attendees(self, detail: MeetingDetail) -> None:
        """Show ``detail``'s attendees, each with a box to change the attendance, and quorum."""
        self.attendees.setRowCount(0)
        for attendee in detail.attendees:
            row = self.attendees.rowCount()
            self.attendees.insertRow(row)
            name = QTableWidgetItem(attendee.name)
            name.setData(ATTENDEE_ROLE, attendee.id)
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
        self.show_quorum(detail.quorum)

    def show_quorum(self, quorum: QuorumStatus) -> None:
        """Say whether the quorum is met, and who is missing when not."""
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
        detail = self._shown()
        if detail is None:
            return
        meeting_id = detail.meeting.id

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
            self.reload_requested.emit(meeting_id)

    def set_attendance(self, attendee_id: int, attendance: Attendance) -> None:
        """Mark an attendee present, remote, absent or expected; the quorum updates at once."""
        detail = self._shown()
        if detail is None:
            return
        meeting_id = detail.meeting.id
        shown = next((a for a in detail.attendees if a.id == attendee_id), None)
        version = shown.version if shown is not None else None
        if self._run(
            lambda: meeting_service.set_attendance(
                self.context.db, attendee_id, attendance, self.actor, expected_version=version
            )
        ):
            fresh = meeting_service.get_meeting(self.context.db, meeting_id)
            self.meeting_read.emit(fresh)
            self.show_quorum(fresh.quorum)
            self.attendance_changed.emit()
        else:
            self.reload_requested.emit(meeting_id)

    def edit_quorum_rule(self) -> QuorumDialog | None:
        """Edit this meeting's quorum rule (and, if asked, the default for new meetings)."""
        detail = self._shown()
        if detail is None:
            return None
        dialog = QuorumDialog(detail.meeting.quorum_rule, self)
        dialog.accepted.connect(lambda: self._apply_quorum_rule(dialog))
        dialog.open()
        self.quorum_dialog = dialog
        return dialog

    def _apply_quorum_rule(self, dialog: QuorumDialog) -> None:
        detail = self._shown()
        if detail is None:
            return
        meeting_id = detail.meeting.id

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
            self.reload_requested.emit(meeting_id)

    def remove_attendee(self) -> None:
        """Take the selected attendee off the list."""
        row = self.attendees.currentRow()
        cell = self.attendees.item(row, 0) if row >= 0 else None
        detail = self._shown()
        if detail is None or cell is None:
            return
        attendee_id = cell.data(ATTENDEE_ROLE)
        if self._run(
            lambda: meeting_service.remove_attendee(self.context.db, attendee_id, self.actor)
        ):
            self.attendance_changed.emit()
            self.reload_requested.emit(detail.meeting.id)
