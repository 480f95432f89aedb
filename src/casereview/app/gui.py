"""``casereview``: the desktop application."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casereview.app.context import AppContext

log = logging.getLogger(__name__)


def _display_available() -> bool:
    if sys.platform != "linux":
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in {"offscreen", "minimal", "vnc"}:
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def build_parser() -> argparse.ArgumentParser:
    """Options of the ``casereview`` GUI command."""
    parser = argparse.ArgumentParser(prog="casereview", description="casereview workstation")
    parser.add_argument("--data-dir", metavar="DIR", help="data directory")
    parser.add_argument("--db", metavar="URL", help="database URL (default: SQLite in data dir)")
    parser.add_argument("-v", "--verbose", action="store_true", help="verbose log")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Start the GUI and return its exit code."""
    args = build_parser().parse_args(argv)
    if not _display_available():
        print(
            "casereview needs a graphical display, and none was found (DISPLAY is not set).\n"
            "Start it from a desktop session, or use casereview-cli for work without a screen.",
            file=sys.stderr,
        )
        return 2

    from PySide6.QtWidgets import QApplication, QMessageBox

    from casereview.app.context import bootstrap
    from casereview.app.logging_setup import flush_logging
    from casereview.app.qt_setup import (
        install_excepthook,
        install_translations,
        keep_no_file_dialog_history,
    )
    from casereview.errors import AuditTrailError, CasereviewError
    from casereview.ui.garbage import UiThreadGarbageCollector
    from casereview.ui.shell import ShellWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("casereview")
    app.setOrganizationName("casereview")
    keep_no_file_dialog_history(app)
    # Cycles (closed windows and their VTK objects) are freed on this thread, never a worker's.
    UiThreadGarbageCollector(app).start()
    try:
        context = bootstrap(args.data_dir, args.db, verbose=args.verbose)
    except CasereviewError as exc:
        QMessageBox.critical(None, exc.title, str(exc))
        return 1
    install_translations(app, context.settings.language)
    if not _choose_user(context):
        context.close()
        return 0
    window = ShellWindow(context)
    install_excepthook(window.errors)
    window.show()
    if context.audit_warning is not None:
        window.errors.present(AuditTrailError(context.audit_warning))
    try:
        return int(app.exec())
    finally:
        context.close()
        flush_logging()


def _choose_user(context: AppContext) -> bool:
    """Ask who is working (unless this workstation was told not to ask); False on Cancel."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QDialog, QMessageBox

    from casereview.services.users import list_users
    from casereview.ui.user_chooser import UserChooser

    state = QSettings(str(context.paths.ui_state), QSettings.Format.IniFormat)
    if not state.value("startup/askUser", True, type=bool):
        return True
    dialog = UserChooser(
        list_users(context.db),
        context.user.username,
        True,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        context.switch_user(dialog.chosen_user())
    except Exception as exc:  # e.g. the database is busy: say so, keep the remembered user
        QMessageBox.warning(None, QCoreApplication.translate("MainWindow", "casereview"), str(exc))
    state.setValue("startup/askUser", dialog.ask.isChecked())
    state.sync()
    return True
