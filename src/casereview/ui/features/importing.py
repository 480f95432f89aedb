"""Importing DICOM: folders, files, zip archives and DICOMDIRs, chosen or dropped on the window.

The import runs off the UI thread; when it ends the browser shows and selects the new series and
the import report opens (``dialog_shown("import_report", dialog)``). A cancelled import keeps,
and shows, what was finished.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from casereview.domain.changes import Changes
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.errors import OperationCancelled
from casereview.services.indexing import ImportReport, import_paths
from casereview.ui.actions import ActionSpec
from casereview.ui.import_report import ImportReportDialog, summary_text
from casereview.ui.shell_protocol import Shell
from casereview.ui.tasks import Task


class Importer:
    """Runs one import at a time for the shell."""

    def __init__(self, shell: Shell) -> None:
        self.shell = shell
        self.task: Task[ImportReport] | None = None
        #: Where the file dialogs start. Kept in memory only: staff name folders after
        #: patients, and the data directory's files must not hold identity. Older versions
        #: stored it in the window state; it is dropped from there.
        self.last_directory = str(Path.home())
        shell.ui_state.remove("import/lastDirectory")

    def idle(self) -> bool:
        """Whether no import is running (a second one waits for the first)."""
        return self.task is None

    def _last_directory(self) -> str:
        return self.last_directory

    def import_folder(self) -> Task[ImportReport] | None:
        """Ask for a folder and import every DICOM file in it (with sub-folders)."""
        folder = QFileDialog.getExistingDirectory(
            self.shell.as_widget(),
            QCoreApplication.translate("MainWindow", "Import a folder of DICOM files"),
            self._last_directory(),
        )
        return self.import_paths([Path(folder)]) if folder else None

    def import_files(self) -> Task[ImportReport] | None:
        """Ask for DICOM files, zip archives or a DICOMDIR and import them."""
        files, _filter = QFileDialog.getOpenFileNames(
            self.shell.as_widget(),
            QCoreApplication.translate(
                "MainWindow", "Import DICOM files, zip archives or a DICOMDIR"
            ),
            self._last_directory(),
            ";;".join(
                (
                    # DICOM files often have no extension at all, so "all files" comes first.
                    QCoreApplication.translate("MainWindow", "All files (*)"),
                    QCoreApplication.translate(
                        "MainWindow", "DICOM, zip and DICOMDIR (*.dcm *.DCM *.zip *.ZIP DICOMDIR)"
                    ),
                )
            ),
        )
        return self.import_paths([Path(f) for f in files]) if files else None

    def import_paths(self, paths: Sequence[Path]) -> Task[ImportReport] | None:
        """Import ``paths`` (files, folders, zips, DICOMDIR) off the UI thread.

        Returns
        -------
        Task or None
            The running import, or ``None`` if another import is still running.
        """
        shell = self.shell
        if self.task is not None:
            shell.show_status(
                QCoreApplication.translate(
                    "MainWindow", "An import is already running; wait for it to finish."
                )
            )
            return None
        paths = list(paths)
        if not paths:
            return None
        self.last_directory = str(paths[0] if paths[0].is_dir() else paths[0].parent)
        context = shell.context

        def work(progress: ProgressReporter, cancel: CancelToken) -> ImportReport:
            return import_paths(
                context.db,
                paths,
                context.user.username,
                staging_dir=context.paths.imports,
                quarantine_dir=context.paths.quarantine,
                progress=progress,
                cancel=cancel,
            )

        task = shell.tasks.run(
            QCoreApplication.translate("MainWindow", "Importing DICOM files"),
            work,
            self._show,
            unit=QCoreApplication.translate("MainWindow", "files"),
        )
        self.task = task
        task.finished.connect(lambda: self._finished(task))
        shell.action_registry.refresh()
        return task

    def _finished(self, task: Task[ImportReport]) -> None:
        self.task = None
        self.shell.action_registry.refresh()
        if task.error is not None:
            # Cancelled or failed: batches written before stay indexed, so show them.
            self.shell.publish(Changes.of("index"))
            if isinstance(task.error, OperationCancelled):
                self.shell.show_status(
                    QCoreApplication.translate(
                        "MainWindow", "Import cancelled; the files imported so far are kept."
                    ),
                    10000,
                )

    def _show(self, report: ImportReport) -> None:
        new_series = sorted(report.series_ids)
        self.shell.publish(Changes.of("index", new_series) | Changes.of("series", new_series))
        self.shell.select_series(new_series)
        self.shell.show_status(summary_text(report), 15000)
        dialog = ImportReportDialog(report, self.shell.as_widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shell.show_dialog("import_report", dialog)


def install(shell: Shell) -> None:
    """Add the import actions and take files dropped on the window."""
    importer = Importer(shell)
    shell.paths_dropped.connect(importer.import_paths)
    shell.action_registry.register_all(
        [
            ActionSpec(
                "casereview.file.import",
                QT_TRANSLATE_NOOP("actions", "&Import folder…"),
                "file",
                importer.import_folder,
                shortcut="Ctrl+I",
                toolbar=True,
                enabled_when=importer.idle,
                tip=QT_TRANSLATE_NOOP(
                    "actions", "Import every DICOM file in a folder, e.g. a CD or a PACS export"
                ),
            ),
            ActionSpec(
                "casereview.file.import_files",
                QT_TRANSLATE_NOOP("actions", "Import &files…"),
                "file",
                importer.import_files,
                shortcut="Ctrl+Shift+I",
                enabled_when=importer.idle,
                tip=QT_TRANSLATE_NOOP("actions", "Import DICOM files, zip archives or a DICOMDIR"),
            ),
        ]
    )
