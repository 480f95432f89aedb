"""The Meetings tab: meeting list, agenda, and the parts that edit the meeting shown.

The panel keeps the meeting list and composes the parts that show the meeting chosen: its
details (``ui.meetings.meeting_details``), the agenda (``ui.meetings.agenda``), the preparation
of the selected case (``ui.meetings.agenda_item_editor``) and the attendees with the quorum
(``ui.meetings.attendees``). It reads the meeting, applies the agenda's changes, opens the
decision form and has the reports written (``ui.meetings.meeting_reports``).

The meeting's details and each case's preparation are saved as they are typed
(``ui.meetings.autosave``): a pause in typing, choosing another case or meeting, opening a
decision or report, starting the presentation and hiding or closing the window each save them,
so nothing typed is dropped. The state shown beside each ("Saving…", "Saved") says honestly
where it stands; each save is one audited change set, not one record per keystroke.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.cases import Case
from casereview.domain.meetings import AgendaItem, Meeting, MeetingDetail, MeetingDraft
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.domain.users import User
from casereview.services import cases as case_service
from casereview.services import meetings as meeting_service
from casereview.services.exchange.case_document import ReceivedCase, received_case_context
from casereview.services.users import list_users
from casereview.ui.context import WorkstationContext
from casereview.ui.errors import ErrorPresenter
from casereview.ui.meetings.agenda import AgendaBox
from casereview.ui.meetings.agenda_item_editor import AgendaItemEditor
from casereview.ui.meetings.attendees import AttendeesBox, QuorumDialog
from casereview.ui.meetings.decision_form import DecisionForm, open_draft_store
from casereview.ui.meetings.meeting_details import MeetingDetailsEditor
from casereview.ui.meetings.meeting_reports import MeetingReports
from casereview.ui.tasks import Task, TaskRunner

ITEM_ROLE = Qt.ItemDataRole.UserRole


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
        self.reports = MeetingReports(context, tasks, self)

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

        # Meeting details (each part saves its own changes)
        details = MeetingDetailsEditor(
            context.db,
            lambda: self.actor,
            lambda: self.detail,
            errors,
            self.AUTOSAVE_DELAY_MS,
            self,
        )
        details.stored.connect(self._meeting_stored)
        details.meeting_read.connect(self._meeting_read)
        self.details = details

        # Agenda
        agenda_box = AgendaBox(
            context, lambda: self.detail, errors, details.meeting_autosave.flush, self
        )
        agenda_box.reload_requested.connect(
            lambda meeting_id, keep: self.load_meeting(meeting_id, keep_item=keep)
        )
        self.agenda, self.case_choice = agenda_box.agenda, agenda_box.case_choice
        self.agenda.currentItemChanged.connect(lambda *_: self._item_chosen())
        self.agenda_box = agenda_box

        # Preparation of the selected case
        prep = AgendaItemEditor(
            context.db,
            lambda: self.actor,
            lambda: self.detail,
            errors,
            self.AUTOSAVE_DELAY_MS,
            self,
        )
        prep.stored.connect(self._item_stored)
        prep.meeting_read.connect(self._meeting_read)
        prep.decision_requested.connect(self.open_decision)
        prep.report_requested.connect(lambda: self.export_case_report())
        self.prep_box = prep

        # Attendance
        attendance = AttendeesBox(context, lambda: self.detail, errors, self)
        attendance.attendance_changed.connect(self.attendance_changed)
        attendance.meeting_read.connect(self._meeting_read)
        attendance.reload_requested.connect(
            lambda meeting_id: self.load_meeting(meeting_id, keep_item=self._current_item_id())
        )
        self.attendance = attendance
        self._received: dict[int, list[ReceivedCase]] = {}
        # The parts' fields under the names they had before the panel was split: the window's
        # tests drive the panel through them.
        self.title, self.location = details.meeting_title, details.location
        self.chair, self.meeting_state = details.chair, details.meeting_state
        self.question, self.history = prep.question, prep.history
        self.item_staging, self.checks = prep.item_staging, prep.checks
        self.received, self.preparation_state = prep.received, prep.preparation_state
        self.preparation_autosave = prep.preparation_autosave
        self.preparation_conflict = prep.preparation_conflict
        self.attendees, self.quorum = attendance.attendees, attendance.quorum
        self.attendee_name, self.attendee_role = attendance.attendee_name, attendance.attendee_role
        self.attendee_institution = attendance.attendee_institution
        self.attendee_attendance = attendance.attendee_attendance

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
        self.agenda_box.set_cases(lists.cases)
        self.attendance.set_users(lists.users)
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
        """Show one meeting in the editor (what was typed in the one shown is saved first).

        The same meeting read again (it changed here or at another workstation) keeps what is
        being typed and not saved yet: that text is saved at the pause in typing, against the
        version it was typed on.
        """
        same = self.detail is not None and self.detail.meeting.id == meeting_id
        if not same and not self.flush_edits():
            self._show_meeting_selected()  # unsaved text (a conflict) stays on screen
            return
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
        if not (same and self.details.meeting_autosave.pending):
            self.details.fill(meeting)
        self._show_agenda(keep_item)
        self.attendance.show_attendees(detail)
        self._editable(True)
        self.meeting_changed.emit()

    def _show_meeting_selected(self) -> None:
        """Select the meeting shown in the list again (a switch away was refused)."""
        shown = self.detail.meeting.id if self.detail is not None else None
        self._loading = True
        for row in range(self.meeting_list.count()):
            if self.meeting_list.item(row).data(ITEM_ROLE) == shown:
                self.meeting_list.setCurrentRow(row)
        self._loading = False

    def _show_agenda(self, keep_item: int | None = None) -> None:
        assert self.detail is not None
        selected = keep_item if keep_item is not None else self._current_item_id()
        self._loading = True
        self.agenda_box.show_items(self.detail.agenda, selected)
        self._loading = False
        if self.agenda.currentItem() is None and self.agenda.count():
            self.agenda.setCurrentRow(0)
        self._item_chosen()

    def _current_item_id(self) -> int | None:
        return self.agenda.current_item_id()

    def current_item(self) -> AgendaItem | None:
        """The agenda item selected in the list."""
        item_id = self._current_item_id()
        if self.detail is None or item_id is None:
            return None
        return next((i for i in self.detail.agenda if i.id == item_id), None)

    def _item_chosen(self) -> None:
        if self._loading:
            return
        item = self.current_item()
        if self.prep_box.holds_unsaved(item):
            # Read again (a change here or at another workstation) while unsaved text is in
            # the fields: it stays, and is saved at the pause against the version it was
            # typed on (a change saved meanwhile then shows as a conflict, not overwritten).
            return
        # The fields still hold the case chosen before: its preparation is saved first; if it
        # cannot be (a conflict), that case stays shown with the text.
        if not self.prep_box.preparation_autosave.flush():
            self._show_item_selected()
            return
        self.prep_box.setEnabled(item is not None)
        self.prep_box.show_item(item, self._received.get(item.case_id, []) if item else [])

    def _show_item_selected(self) -> None:
        """Select the agenda item shown in the fields again (a switch away was refused)."""
        self._loading = True
        self.agenda.select_item(self.prep_box.shown_item_id)
        self._loading = False

    def _meeting_read(self, detail: MeetingDetail) -> None:
        """A part read the meeting again (to merge a conflict, or after a change)."""
        self.detail = detail

    def _meeting_stored(self, stored: Meeting) -> None:
        """The details were saved: shown in place (reloading would move the cursor of someone
        typing), and in the meeting list."""
        if self.detail is None:
            return
        self.detail = dataclasses.replace(self.detail, meeting=stored)
        for row in range(self.meeting_list.count()):
            entry = self.meeting_list.item(row)
            if entry.data(ITEM_ROLE) == stored.id:
                entry.setText(_meeting_text(stored))

    def _item_stored(self, stored: AgendaItem) -> None:
        """A case's preparation was saved or read again: the agenda shows its status and
        checklist at once."""
        if self.detail is None:
            return
        if self.detail.meeting.id == stored.meeting_id:
            self.detail = dataclasses.replace(
                self.detail,
                agenda=tuple(stored if i.id == stored.id else i for i in self.detail.agenda),
            )
        self.agenda.show_stored(stored)

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
        self.details.meeting_title.setFocus()
        self.details.meeting_title.selectAll()
        return meeting.id

    # --- the parts' actions, and saving ------------------------------------------------

    def add_chosen_case(self) -> None:
        """Put the case chosen in the combo box at the end of the agenda."""
        self.agenda_box.add_chosen_case()

    def flush_edits(self) -> bool:
        """Save what was typed in the meeting details, the preparation and an open decision
        (as its draft) now; whether nothing is left unsaved."""
        if self.decision_form is not None:
            # Its dialog is not hidden with this window: closing the application would drop
            # a draft still waiting for the pause in typing.
            self.decision_form.flush_draft()
        meeting_saved = self.details.meeting_autosave.flush()
        return self.prep_box.preparation_autosave.flush() and meeting_saved

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

    def edit_quorum_rule(self) -> QuorumDialog | None:
        """Edit this meeting's quorum rule (and, if asked, the default for new meetings)."""
        return self.attendance.edit_quorum_rule()

    # --- presentation and reports -----------------------------------------------------

    def _present(self) -> None:
        # The presentation shows the preparation from the database: store the latest first.
        self.flush_edits()
        if self.detail is not None:
            self.present_requested.emit(self.detail.meeting.id)

    def export_meeting_report(self, target: Path | None = None) -> Task[Path] | None:
        """Write the meeting summary PDF off the UI thread (asks where when not given)."""
        self.flush_edits()
        if self.detail is None:
            return None
        return self.reports.meeting_report(self.detail.meeting.id, target)

    def export_case_report(self, target: Path | None = None) -> Task[Path] | None:
        """Write the selected case's outcome report PDF off the UI thread."""
        self.flush_edits()
        item = self.current_item()
        if item is None:
            return None
        return self.reports.case_report(item, target)


def _meeting_text(meeting: Meeting) -> str:
    """A row of the meeting list: local date and time, then the title."""
    when = meeting.scheduled_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{when}  {meeting.title}"
