"""The Meetings window's PDF reports: the meeting summary and a case's outcome report.

Each is written off the UI thread by the window's task runner (with progress and Cancel), the
export is recorded in the audit trail, and the window's status bar says where it went.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from casereview.domain.meetings import AgendaItem
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.services import audit as audit_service
from casereview.ui.context import WorkstationContext
from casereview.ui.reports import (
    ReportOptions,
    volume_key_image_renderer,
    write_case_report,
    write_meeting_report,
)
from casereview.ui.tasks import Task, TaskRunner


class MeetingReports:
    """Writes the reports of the Meetings window.

    Parameters
    ----------
    context
        The application (database, settings, current user).
    tasks
        The window's task runner.
    parent
        The widget the file dialog belongs to; its window's status bar says where a report
        went.
    """

    def __init__(self, context: WorkstationContext, tasks: TaskRunner, parent: QWidget) -> None:
        self.context = context
        self.tasks = tasks
        self.parent = parent

    def _options(self) -> ReportOptions:
        return ReportOptions(
            institution=self.context.settings.institution_name,
            author=self.context.user.display_name,
        )

    def _ask_pdf(self, suggestion: str) -> Path | None:
        target, _ = QFileDialog.getSaveFileName(
            self.parent,
            QCoreApplication.translate("Meetings", "Save report as PDF"),
            str(Path.home() / suggestion),
            QCoreApplication.translate("Meetings", "PDF files (*.pdf)"),
        )
        return Path(target) if target else None

    def meeting_report(self, meeting_id: int, target: Path | None = None) -> Task[Path] | None:
        """Write the summary PDF of meeting ``meeting_id`` (asks where when not given);
        ``None`` when the user chose no file."""
        target = target or self._ask_pdf(f"mdt-meeting-{meeting_id}.pdf")
        if target is None:
            return None
        db, options, actor = self.context.db, self._options(), self.context.user.username

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

    def case_report(self, item: AgendaItem, target: Path | None = None) -> Task[Path] | None:
        """Write the outcome report PDF of the case of agenda item ``item`` (asks where when
        not given); ``None`` when the user chose no file."""
        target = target or self._ask_pdf(f"mdt-case-{item.case_id}.pdf")
        if target is None:
            return None
        db, options, actor = self.context.db, self._options(), self.context.user.username

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
        window = self.parent.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(
                QCoreApplication.translate("Meetings", "Report written to {path}").format(
                    path=str(path)
                ),
                10000,
            )
