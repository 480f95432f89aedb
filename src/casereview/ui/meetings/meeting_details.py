"""The meeting details of the Meetings window: title, time, place, chair and status.

They are saved as they are typed (``ui.meetings.autosave``), each save against the version of
the meeting they were loaded with. When someone else saved the meeting meanwhile (the
department database), the save is refused, the user's text stays and the conflict bar
(``ui.department.ConflictBar``) offers to bring the other version in beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from casereview.domain.meetings import Meeting, MeetingDetail, MeetingDraft, MeetingStatus
from casereview.errors import EditConflictError
from casereview.services import meetings as meeting_service
from casereview.store.database import Database
from casereview.ui.core_messages import translate_message
from casereview.ui.department import ConflictBar, merge_fields, settle_merge
from casereview.ui.errors import ErrorPresenter
from casereview.ui.meetings.autosave import AutoSave
from casereview.ui.meetings.labels import label


def meeting_fields(meeting: Meeting) -> dict[str, str]:
    """The typed details of a meeting, as texts to merge."""
    return {
        "title": meeting.title,
        "location": meeting.location,
        "remote_link": meeting.remote_link,
        "chair": meeting.chair,
    }


class MeetingDetailsEditor(QGroupBox):
    """The details of the meeting shown, saved as typed, with their edit conflicts.

    Parameters
    ----------
    db
        The database the meeting is stored in.
    actor
        Gives the user name of whoever works at the workstation now.
    shown
        Gives the meeting the window shows (``None``: none, and nothing is saved).
    errors
        Where a refusal is shown.
    delay_ms
        The pause in typing after which the details are saved.
    """

    #: Emitted with the :class:`Meeting` as stored after a save (the meeting list follows).
    stored = Signal(object)
    #: Emitted with the :class:`MeetingDetail` read again to show the other version.
    meeting_read = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Callable[[], str],
        shown: Callable[[], MeetingDetail | None],
        errors: ErrorPresenter,
        delay_ms: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("Meetings", "Meeting"), parent)
        self.db = db
        self._actor = actor
        self._shown = shown
        self.errors = errors
        self.meeting_title = QLineEdit(self)
        self.meeting_title.setObjectName("meetingTitle")
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("meetingWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.duration = QSpinBox(self)
        self.duration.setRange(5, 24 * 60)
        self.duration.setSuffix(QCoreApplication.translate("Meetings", " min"))
        self.location = QLineEdit(self)
        self.location.setObjectName("meetingLocation")
        self.remote_link = QLineEdit(self)
        self.remote_link.setObjectName("meetingLink")
        self.chair = QLineEdit(self)
        self.chair.setObjectName("meetingChair")
        self.meeting_status = QComboBox(self)
        for status in MeetingStatus:
            self.meeting_status.addItem(label(status), status.value)
        # Saved as typed: a state instead of a Save button.
        self.meeting_state = QLabel(self)
        self.meeting_state.setObjectName("meetingState")
        self.meeting_state.setWordWrap(True)  # a refusal's reason can be a long sentence
        self.meeting_autosave = AutoSave(
            self.save_meeting, self.meeting_state, errors, delay_ms, self
        )
        for line in (self.meeting_title, self.location, self.remote_link, self.chair):
            line.textChanged.connect(self.meeting_autosave.edited)
        self.when.dateTimeChanged.connect(self.meeting_autosave.edited)
        self.duration.valueChanged.connect(self.meeting_autosave.edited)
        self.meeting_status.currentIndexChanged.connect(self.meeting_autosave.edited)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("Meetings", "Title"), self.meeting_title)
        form.addRow(QCoreApplication.translate("Meetings", "Date and time"), self.when)
        form.addRow(QCoreApplication.translate("Meetings", "Duration"), self.duration)
        form.addRow(QCoreApplication.translate("Meetings", "Location"), self.location)
        form.addRow(QCoreApplication.translate("Meetings", "Remote link"), self.remote_link)
        form.addRow(QCoreApplication.translate("Meetings", "Chair"), self.chair)
        form.addRow(QCoreApplication.translate("Meetings", "Status"), self.meeting_status)
        form.addRow("", self.meeting_state)
        # Someone else saved the meeting while it was being edited here (department database).
        self.meeting_conflict = ConflictBar(self)
        self.meeting_conflict.reload_requested.connect(self.reload_meeting_after_conflict)
        self.meeting_conflict.save_requested.connect(
            lambda: self.meeting_autosave.save_now(quietly=False)
        )
        form.addRow(self.meeting_conflict)
        #: The meeting as the details editor loaded or last saved it: its version goes back
        #: with the next save, so a change saved elsewhere meanwhile is not overwritten.
        self._meeting_base: Meeting | None = None

    def fill(self, meeting: Meeting) -> None:
        """Show ``meeting``'s details as stored (the base of the next save)."""
        with self.meeting_autosave.filling():
            # A field that holds what is stored is left alone: the meeting is read again
            # while someone may be typing in it, and the cursor must not jump.
            for line, stored in (
                (self.meeting_title, meeting.title),
                (self.location, meeting.location),
                (self.remote_link, meeting.remote_link),
                (self.chair, meeting.chair),
            ):
                if line.text().strip() != stored:
                    line.setText(stored)
            self.when.setDateTime(QDateTime(meeting.scheduled_at.astimezone()))
            self.duration.setValue(meeting.duration_minutes)
            self.meeting_status.setCurrentIndex(self.meeting_status.findData(meeting.status.value))
        self._meeting_base = meeting
        self.meeting_conflict.clear()

    def save_meeting(self) -> None:
        """Store the meeting details as edited (:attr:`stored` tells the window).

        Raises
        ------
        ValidationError
            If the details are refused (a meeting needs a title).
        EditConflictError
            If someone else saved the meeting since it was loaded (the conflict bar shows).
        """
        detail = self._shown()
        if detail is None:
            return
        when = self.when.dateTime().toTimeZone(QTimeZone.utc()).toPython()
        assert isinstance(when, datetime)  # a QDateTime converts to a datetime
        draft = MeetingDraft(
            self.meeting_title.text(),
            when.replace(tzinfo=UTC),
            self.duration.value(),
            self.location.text(),
            self.remote_link.text(),
            self.chair.text(),
        )
        base = self._meeting_base
        try:
            stored = meeting_service.update_meeting(
                self.db,
                detail.meeting.id,
                draft,
                self._actor(),
                MeetingStatus(self.meeting_status.currentData()),
                expected_version=base.version if base is not None else None,
            )
        except EditConflictError as exc:
            self.meeting_conflict.show_conflict(translate_message(exc.message))
            raise
        self._meeting_base = stored
        self.meeting_conflict.clear()
        # Shown in place: reloading would move the cursor of someone typing.
        self.stored.emit(stored)

    def reload_meeting_after_conflict(self) -> None:
        """After a conflict: bring the stored meeting details into the form without losing
        what was typed (theirs where nothing was typed; both where both typed)."""
        base, shown = self._meeting_base, self._shown()
        if shown is None or base is None:
            return
        try:
            detail = meeting_service.get_meeting(self.db, shown.meeting.id)
        except Exception as exc:
            self.errors.present(exc)
            return
        self.meeting_read.emit(detail)
        fresh = detail.meeting
        lines = {
            "title": self.meeting_title,
            "location": self.location,
            "remote_link": self.remote_link,
            "chair": self.chair,
        }
        mine = {name: line.text().strip() for name, line in lines.items()}
        merged, clashes = merge_fields(meeting_fields(base), mine, meeting_fields(fresh))
        with self.meeting_autosave.filling():
            for name, line in lines.items():
                if line.text().strip() != merged[name]:
                    line.setText(merged[name])
            # Time, duration and status are chosen, not typed: theirs are shown.
            self.when.setDateTime(QDateTime(fresh.scheduled_at.astimezone()))
            self.duration.setValue(fresh.duration_minutes)
            self.meeting_status.setCurrentIndex(self.meeting_status.findData(fresh.status.value))
        self._meeting_base = fresh
        names = {
            "title": QCoreApplication.translate("Meetings", "Title"),
            "location": QCoreApplication.translate("Meetings", "Location"),
            "remote_link": QCoreApplication.translate("Meetings", "Remote link"),
            "chair": QCoreApplication.translate("Meetings", "Chair"),
        }
        settle_merge(
            self.meeting_conflict,
            self.meeting_autosave,
            names,
            merged,
            clashes,
            meeting_fields(fresh),
        )
