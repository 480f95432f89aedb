"""MDT meetings: the Meetings window (agenda, preparation, attendance, quorum) and the audit
trail.

The Meetings window is a window of its own (the coordinator keeps it open beside the browser or
on another screen). The meeting it shows becomes the shell's selected meeting, which is what
"Start presentation" presents; a change of attendance goes out as a ``Changes`` record so a
running presentation follows.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow

from casereview.domain.changes import Changes
from casereview.ui.actions import ActionSpec
from casereview.ui.errors import ErrorPresenter
from casereview.ui.meetings.audit_viewer import AuditViewer
from casereview.ui.meetings.panel import MeetingsPanel
from casereview.ui.shell_protocol import Shell
from casereview.ui.tasks import TaskRunner

#: Kinds of change after which the Meetings window reads its lists again.
MEETING_KINDS = ("meetings", "decisions", "cases", "users")


class MeetingsWindow(QMainWindow):
    """The Meetings window around one :class:`MeetingsPanel`."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.as_widget())
        self.shell = shell
        self.setObjectName("meetingsWindow")
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "casereview — Meetings"))
        errors = ErrorPresenter(self, shell.context.paths.log_file)
        runner = TaskRunner(self, errors)
        self.panel = MeetingsPanel(shell.context, runner, errors, self)
        self.setCentralWidget(self.panel)
        self.resize(1440, 880)
        self._announcing = False
        self._stale = False
        self._runner = runner
        self.panel.present_requested.connect(self.present)
        self.panel.meeting_changed.connect(self._meeting_changed)
        self.panel.attendance_changed.connect(self._attendance_changed)
        shell.changed.connect(self._follow)
        shell.closing.connect(self.shut_down)
        self.panel.refresh()

    def shut_down(self) -> None:
        """Close, and wait for the lists being read (the database closes next)."""
        self.close()
        self._runner.wait_for_all(10_000)

    def show_in_front(self) -> None:
        """Show the window in front (and announce it)."""
        if self._stale:
            self._stale = False
            detail = self.panel.detail
            self.panel.refresh(detail.meeting.id if detail is not None else None)
        self.show()
        self.raise_()
        self.activateWindow()
        self.shell.dialog_shown.emit("meetings", self)

    def new_meeting(self) -> int | None:
        """Create a meeting and open it here."""
        self.show_in_front()
        return self.panel.new_meeting()

    def present(self, meeting_id: int) -> None:
        """Start the presentation of ``meeting_id`` (the presentation feature's action)."""
        self.shell.select_meeting(meeting_id)
        self.shell.action_registry.action("casereview.meeting.present").trigger()

    def _meeting_changed(self) -> None:
        detail = self.panel.detail
        self.shell.select_meeting(detail.meeting.id if detail is not None else None)

    def _attendance_changed(self) -> None:
        detail = self.panel.detail
        if detail is None:
            return
        self._announcing = True  # this panel shows the change already
        try:
            self.shell.publish(Changes.of("meetings", [detail.meeting.id]))
        finally:
            self._announcing = False

    def _follow(self, changes: Changes) -> None:
        if self._announcing or not any(changes.touches(kind) for kind in MEETING_KINDS):
            return
        if not self.isVisible():
            self._stale = True  # read when the window is shown again
            return
        detail = self.panel.detail  # reloaded too: its decisions or attendance may differ
        self.panel.refresh(detail.meeting.id if detail is not None else None)


def open_audit_viewer(shell: Shell) -> AuditViewer:
    """Show the audit trail with its chain verification."""
    viewer = AuditViewer(
        shell.context.db, shell.context.user.username, shell.tasks, shell.errors, shell.as_widget()
    )
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    shell.show_dialog("audit_viewer", viewer)
    return viewer


def install(shell: Shell) -> None:
    """Add the Meeting menu's New meeting, Meetings and Audit trail."""
    window = MeetingsWindow(shell)
    shell.action_registry.register_all(
        [
            ActionSpec(
                "casereview.meeting.new",
                QT_TRANSLATE_NOOP("actions", "&New meeting"),
                "meeting",
                window.new_meeting,
                tip=QT_TRANSLATE_NOOP("actions", "Plan an MDT meeting: date, chair, agenda"),
            ),
            ActionSpec(
                "casereview.meeting.show",
                QT_TRANSLATE_NOOP("actions", "&Meetings"),
                "meeting",
                window.show_in_front,
                shortcut="Ctrl+M",
                toolbar=True,
                tip=QT_TRANSLATE_NOOP(
                    "actions", "Meetings: agenda, preparation, attendance and quorum"
                ),
            ),
            ActionSpec(
                "casereview.meeting.audit",
                QT_TRANSLATE_NOOP("actions", "&Audit trail…"),
                "meeting",
                lambda: open_audit_viewer(shell),
                separator_before=True,
                tip=QT_TRANSLATE_NOOP(
                    "actions", "Who viewed, changed, signed or exported what; verify the chain"
                ),
            ),
        ]
    )
