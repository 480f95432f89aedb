"""Saving the plan shown as the case's next liver plan version, with a note for the MDT.

Saving never replaces a version: each is kept
(:func:`~casereview.services.liver_plan.save_liver_plan`). The remnant panel's version line says
which version was saved last, by whom.

The texts shown keep the translation context of the window they were written for
(``LiverPlannerWindow``, and ``SavePlanDialog`` for the dialog), so the existing translations
apply.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.changes import Changes
from casereview.domain.liver_plan_record import LiverPlanDraft, LiverPlanVersion
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.services.liver_plan import save_liver_plan
from casereview.ui.case_follow import CaseFollower
from casereview.ui.liver.flr_panel import FlrPanel
from casereview.ui.liver.plan_controller import PlanController
from casereview.ui.shell_protocol import Shell
from casereview.ui.tasks import TaskRunner


class SavePlanDialog(QDialog):
    """Asks for a note before a plan is saved (non-modal to the rest of the application)."""

    def __init__(self, summary: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("savePlanDialog")
        self.setWindowTitle(self.tr("Save liver plan"))
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("planNote")
        self.note.setPlaceholderText(self.tr("Note for the MDT (optional)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(460, 260)


class PlanSaving(QObject):
    """Saves the plan shown when the remnant panel asks, and shows the version saved.

    Parameters
    ----------
    window
        The planner window (parent of the note dialog).
    shell
        The application: database, user, status bar and dialogs.
    runner
        Runs the saving off the UI thread.
    follower
        Tells the other views that the case changed.
    plan
        The plan shown.
    flr
        The remnant panel (its Save button and version line).
    case_id
        The case shown now.
    """

    def __init__(
        self,
        window: QWidget,
        shell: Shell,
        runner: TaskRunner,
        follower: CaseFollower,
        plan: PlanController,
        flr: FlrPanel,
        case_id: Callable[[], int],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._shell = shell
        self._runner = runner
        self._follower = follower
        self._plan = plan
        self._flr = flr
        self._case_id = case_id
        #: The saved version shown (``None``: none saved yet, or not read yet).
        self.version: LiverPlanVersion | None = None
        flr.save_requested.connect(self.save_plan)

    def save_plan(self) -> None:
        """Ask for a note, then save the plan shown as the case's next version."""
        draft = self._plan.draft
        if draft is None or self._plan.live.busy:
            return
        result = draft.result
        summary = QCoreApplication.translate(
            "LiverPlannerWindow",
            "Save this plan with the case: FLR {flr:.1f} %, remnant {remnant:.0f} mL of "
            "{total:.0f} mL. It is kept as a new version; earlier versions stay.",
        ).format(flr=result.flr_percent, remnant=result.remnant_ml, total=result.total_ml)
        dialog = SavePlanDialog(summary, self._window)
        dialog.accepted.connect(lambda: self._save(draft, dialog.note.toPlainText().strip()))
        self._shell.show_dialog("save-liver-plan", dialog)

    def _save(self, draft: LiverPlanDraft, note: str) -> None:
        db, case_id = self._shell.context.db, self._case_id()
        actor = self._shell.context.user.username

        def work(progress: ProgressReporter, cancel: CancelToken) -> LiverPlanVersion:
            return save_liver_plan(db, case_id, draft, actor, note)

        def saved(version: LiverPlanVersion) -> None:
            self.show_version(version)
            self._shell.show_status(
                QCoreApplication.translate(
                    "LiverPlannerWindow", "Liver plan version {number} saved."
                ).format(number=version.number)
            )
            self._follower.announce(Changes.of("cases", [case_id]))

        self._runner.run(
            QCoreApplication.translate("LiverPlannerWindow", "Saving the liver plan"),
            work,
            saved,
            cancellable=False,
        )

    def show_version(self, version: LiverPlanVersion | None) -> None:
        """Show which version was saved last (``None``: none yet)."""
        self.version = version
        if version is None:
            self._flr.version_label.setText(
                QCoreApplication.translate("LiverPlannerWindow", "No plan saved yet.")
            )
            return
        when = version.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self._flr.version_label.setText(
            QCoreApplication.translate(
                "LiverPlannerWindow", "Version {number} saved by {author}, {when}"
            ).format(number=version.number, author=version.author, when=when)
        )
