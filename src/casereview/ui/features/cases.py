"""Cases: create a case from the browser's selection; reload patients and cases; keep the case
list's status and "Updated" in step with each case's items and decisions."""

from __future__ import annotations

from dataclasses import replace

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from casereview.domain.cases import Case
from casereview.domain.changes import Changes
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.services import cases as case_service
from casereview.ui.actions import ActionSpec
from casereview.ui.dialogs import NewCaseDialog
from casereview.ui.shell_protocol import Shell

#: Kinds of change that move a case's status or "Updated" without changing the index: the
#: case list alone is read again (the browser reads everything on the others).
CASE_LIST_KINDS = (
    "annotations",
    "key_images",
    "segments",
    "views",
    "decisions",
    "layers",
    "meetings",
)


def follow_case_work(shell: Shell, changes: Changes) -> None:
    """Read the cases again, off the UI thread, when ``changes`` touch what they show."""
    if not any(changes.touches(kind) for kind in CASE_LIST_KINDS):
        return
    db = shell.context.db

    def work(_progress: ProgressReporter, _cancel: CancelToken) -> list[Case]:
        return case_service.list_cases(db)

    shell.tasks.run(
        QCoreApplication.translate("MainWindow", "Reading the cases"),
        work,
        lambda cases: show_cases(shell, cases),
        quiet=True,
    )


def show_cases(shell: Shell, cases: list[Case]) -> None:
    """Show a newer reading of the cases alone: the index tree and the selection stay (a
    reading of the index under way, which reads the cases too, wins)."""
    if not shell.reading and shiboken6.isValid(shell.browser):
        shell.index.snapshot = replace(shell.index.snapshot, cases=cases)
        shell.browser.show_cases(cases)


def new_case_from_selection(shell: Shell) -> None:
    """Ask for a title and question, then create a case from the selected imaging."""
    selection = shell.selection()
    if selection.patient_id is None:
        return
    dialog = NewCaseDialog(
        selection.patient_id, selection.study_ids, selection.series_ids, shell.as_widget()
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    context = shell.context
    try:
        case = case_service.create_case(context.db, dialog.draft(), context.user.username)
    except Exception as exc:
        shell.errors.present(exc)
        return
    shell.publish(Changes.of("cases", [case.id]))
    shell.select_case(case.id)
    shell.show_status(
        QCoreApplication.translate("MainWindow", "Case “{title}” created").format(title=case.title)
    )


def install(shell: Shell) -> None:
    """Add New case and Refresh; make the case list follow the cases' work."""
    shell.changed.connect(lambda changes: follow_case_work(shell, changes))
    shell.action_registry.register_all(
        [
            ActionSpec(
                "casereview.app.refresh",
                QT_TRANSLATE_NOOP("actions", "&Refresh"),
                "file",
                lambda: shell.publish(Changes.everything()),
                shortcut=QKeySequence.StandardKey.Refresh,
                toolbar=True,
                tip=QT_TRANSLATE_NOOP("actions", "Reload patients and cases from the database"),
            ),
            ActionSpec(
                "casereview.case.new_from_selection",
                QT_TRANSLATE_NOOP("actions", "&New case from selection…"),
                "case",
                lambda: new_case_from_selection(shell),
                shortcut=QKeySequence.StandardKey.New,
                toolbar=True,
                enabled_when=lambda: shell.selection().patient_id is not None,
                tip=QT_TRANSLATE_NOOP(
                    "actions", "Create a case from the selected patient, studies or series"
                ),
            ),
        ]
    )
