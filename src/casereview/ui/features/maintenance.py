"""Keeping the workstation: settings, users, the integrity check, About, the demo case, Quit."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox

from casereview.demo.install import InstalledDemo, demo_directory, install_demo
from casereview.domain.cases import Case
from casereview.domain.changes import Changes
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.services.index import list_patients
from casereview.services.info import describe
from casereview.services.integrity import IntegrityReport, check_store
from casereview.services.users import list_users
from casereview.store.database import Database
from casereview.ui.actions import ActionSpec
from casereview.ui.dialogs import AboutDialog, SettingsDialog
from casereview.ui.index_state import NON_IMAGE_MODALITIES
from casereview.ui.shell_protocol import Shell
from casereview.ui.tasks import Task
from casereview.ui.user_chooser import UserChooser


def check_report_box(report: IntegrityReport, shell: Shell) -> QMessageBox:
    """The message that tells the result of the integrity check."""
    if report.healthy:
        text = QCoreApplication.translate(
            "MainWindow", "The database is sound and all {n} indexed files are unchanged."
        ).format(n=report.files_checked)
        icon = QMessageBox.Icon.Information
    else:
        lines = [*report.database_problems]
        lines += [
            QCoreApplication.translate("MainWindow", "Missing: {path}").format(path=p)
            for p in report.missing[:20]
        ]
        lines += [
            QCoreApplication.translate("MainWindow", "Changed: {path}").format(path=p)
            for p in report.changed[:20]
        ]
        text = QCoreApplication.translate(
            "MainWindow",
            "Problems were found ({m} missing, {c} changed files, {d} database problems):",
        ).format(m=len(report.missing), c=len(report.changed), d=len(report.database_problems))
        if report.leftovers.files:
            lines.append(
                QCoreApplication.translate(
                    "MainWindow",
                    "{n} file(s) ({mb:.1f} MB) left by interrupted imports; they are removed at "
                    "the next start, or now with casereview-cli check --repair.",
                ).format(n=report.leftovers.files, mb=report.leftovers.size / 2**20)
            )
        text += "\n\n" + "\n".join(lines)
        icon = QMessageBox.Icon.Warning
    box = QMessageBox(
        icon,
        QCoreApplication.translate("MainWindow", "Check database and files"),
        text,
        QMessageBox.StandardButton.Ok,
        shell.as_widget(),
    )
    box.setObjectName("checkReport")
    return box


def run_check(shell: Shell) -> Task[IntegrityReport]:
    """Check the database and every indexed file off the UI thread, then show the result."""
    db = shell.context.db
    imports = shell.context.paths.imports

    def work(progress: ProgressReporter, cancel: CancelToken) -> IntegrityReport:
        return check_store(db, imports_dir=imports, progress=progress, cancel=cancel)

    return shell.tasks.run(
        QCoreApplication.translate("MainWindow", "Checking database and files"),
        work,
        lambda report: shell.show_dialog("check_report", check_report_box(report, shell)),
    )


def open_settings(shell: Shell) -> None:
    """Edit settings; a new user name becomes the author of later changes."""
    dialog = SettingsDialog(shell.context.settings, shell.as_widget())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        shell.context.update_settings(dialog.result_settings())
    except Exception as exc:
        shell.errors.present(exc)
        return
    shell.publish(Changes.of("settings", [0]) | Changes.of("users"))


def open_about(shell: Shell) -> None:
    """Show version, components and data locations."""
    context = shell.context
    try:
        info = describe(context.db, context.paths.root, context.version)
    except Exception as exc:
        shell.errors.present(exc)
        return
    shell.show_dialog("about", AboutDialog(info, str(context.paths.log_file), shell.as_widget()))


def switch_user(shell: Shell) -> None:
    """Choose who is working from now on (remembered for this workstation)."""
    context, state = shell.context, shell.ui_state
    dialog = UserChooser(
        list_users(context.db),
        context.user.username,
        bool(state.value("startup/askUser", True, type=bool)),
        shell.as_widget(),
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        context.switch_user(dialog.chosen_user())
    except Exception as exc:
        shell.errors.present(exc)
        return
    state.setValue("startup/askUser", dialog.ask.isChecked())
    shell.publish(Changes.of("users"))


def demo_reading_series(db: Database, case: Case) -> list[int]:
    """The series the demo case is read on: its last contrast phase (the portal-venous one,
    which its question and reference segmentation are about), as a one-item list (empty if
    the case has no image series)."""
    wanted = set(case.series_ids)
    image_series = [
        series
        for patient in list_patients(db)
        if patient.id == case.patient_id
        for study in patient.studies
        for series in study.series
        if series.id in wanted and series.modality not in NON_IMAGE_MODALITIES
    ]
    image_series.sort(key=lambda series: (series.series_number or 0, series.id))
    return [image_series[-1].id] if image_series else []


def open_once_selected(shell: Shell, series_ids: list[int]) -> None:
    """Select series in the browser and open them in a viewer once the browser shows them.

    After an import the index is read again off the UI thread, and the shell selects the
    series when that reading lands: opened then, the viewer names what the index knows of
    them, within the case selected in the browser (what is measured there belongs to it).
    """
    if not series_ids:
        return

    def selected() -> None:
        if set(series_ids) <= set(shell.selection().series_ids):
            shell.selection_changed.disconnect(selected)
            shell.open_series(series_ids)

    shell.selection_changed.connect(selected)
    shell.select_series(series_ids)


def open_demo_case(shell: Shell) -> Task[InstalledDemo]:
    """Generate and import the demo case off the UI thread (once), select it and open its
    series in a viewer, as a first look at the application should."""
    context = shell.context
    paths, actor = context.paths, context.user.username
    # Filled by the work before its result reaches ``show`` on the UI thread.
    reading_series: list[int] = []

    def work(progress: ProgressReporter, cancel: CancelToken) -> InstalledDemo:
        installed = install_demo(
            context.db,
            demo_directory(paths.demo, "borderline", small=False),
            actor,
            staging_dir=paths.imports,
            quarantine_dir=paths.quarantine,
            progress=progress,
            cancel=cancel,
        )
        reading_series[:] = demo_reading_series(context.db, installed.case)
        return installed

    def show(installed: InstalledDemo) -> None:
        shell.publish(Changes.of("index") | Changes.of("cases", [installed.case.id]))
        shell.select_case(installed.case.id)
        open_once_selected(shell, reading_series)
        shell.show_status(
            QCoreApplication.translate("MainWindow", "Demo case “{title}” is open").format(
                title=installed.case.title
            ),
            8000,
        )

    return shell.tasks.run(
        QCoreApplication.translate("MainWindow", "Preparing the demo case"), work, show
    )


def install(shell: Shell) -> None:
    """Add Switch user, Quit, Check, Settings, Open demo case and About."""
    role = QAction.MenuRole
    keys = QKeySequence.StandardKey
    shell.action_registry.register_all(
        [
            ActionSpec(
                "casereview.file.switch_user",
                QT_TRANSLATE_NOOP("actions", "S&witch user…"),
                "file",
                lambda: switch_user(shell),
                tip=QT_TRANSLATE_NOOP(
                    "actions", "Choose who is working; it is stamped on everything created"
                ),
            ),
            ActionSpec(
                "casereview.app.quit",
                QT_TRANSLATE_NOOP("actions", "&Quit"),
                "file",
                lambda: shell.as_widget().close(),
                shortcut=keys.Quit,
                separator_before=True,
                menu_role=role.QuitRole,
            ),
            ActionSpec(
                "casereview.tools.check",
                QT_TRANSLATE_NOOP("actions", "&Check database and files…"),
                "tools",
                lambda: run_check(shell),
                toolbar=True,
                tip=QT_TRANSLATE_NOOP(
                    "actions", "Check the database and that every indexed file is unchanged"
                ),
            ),
            ActionSpec(
                "casereview.tools.settings",
                QT_TRANSLATE_NOOP("actions", "&Settings…"),
                "tools",
                lambda: open_settings(shell),
                shortcut=keys.Preferences,
                separator_before=True,
                menu_role=role.PreferencesRole,
            ),
            ActionSpec(
                "casereview.help.open_demo",
                QT_TRANSLATE_NOOP("actions", "Open &demo case"),
                "help",
                lambda: open_demo_case(shell),
                tip=QT_TRANSLATE_NOOP(
                    "actions",
                    "Create (first time only) and open the synthetic pancreatic-cancer demo case",
                ),
            ),
            ActionSpec(
                "casereview.help.about",
                QT_TRANSLATE_NOOP("actions", "&About casereview"),
                "help",
                lambda: open_about(shell),
                menu_role=role.AboutRole,
            ),
        ]
    )
