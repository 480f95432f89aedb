"""Qt-wide setup of the GUI process: translations and the last-resort error hook."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from casereview.domain.settings import Language
from casereview.errors import ConfigurationError
from casereview.resource_files import resource_path
from casereview.ui.errors import ErrorPresenter

log = logging.getLogger(__name__)


#: casereview's catalogues: the interface's (lupdate) and the core's messages
#: (``packaging/core_messages.py``), kept apart so neither tool drops the other's entries.
CATALOGUES = ("casereview", "casereview_core")


def install_translations(app: QApplication, language: Language) -> list[QTranslator]:
    """Load Qt's own and casereview's translations for ``language``.

    English needs none. Missing files are logged, not fatal: the interface falls back to
    English rather than refusing to start.
    """
    installed: list[QTranslator] = []
    if language is Language.ENGLISH:
        return installed
    QLocale.setDefault(QLocale(language.value))
    qt_translator = QTranslator(app)
    if qt_translator.load(
        f"qtbase_{language.value}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    for catalogue in CATALOGUES:
        try:
            qm_file = resource_path("translations", f"{catalogue}_{language.value}.qm")
        except ConfigurationError:
            log.warning("no %s translation for %s; using English", catalogue, language.value)
            continue
        translator = QTranslator(app)
        if translator.load(str(qm_file)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


#: Where Qt's own file dialog keeps its history (the folders last visited), in Qt's settings.
FILE_DIALOG_GROUP = "FileDialog"


def forget_file_dialog_history() -> None:
    """Remove the folders Qt's file dialog remembers from Qt's own settings file.

    Qt's file dialog writes the folders it visited to ``QtProject.conf`` in the user's
    configuration folder, outside casereview's data directory; staff name folders after
    patients ("Wang Li CT 1958-03-12"), so that history would keep identity on disk.
    """
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove(FILE_DIALOG_GROUP)
    settings.sync()


def keep_no_file_dialog_history(app: QApplication) -> None:
    """Forget the file dialog's history now (a crash may have left it) and when ``app`` quits."""
    forget_file_dialog_history()
    app.aboutToQuit.connect(forget_file_dialog_history)


def install_excepthook(errors: ErrorPresenter) -> None:
    """Route exceptions that escape Qt slots to the one error presenter instead of aborting."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        errors.present(exc.with_traceback(tb))

    sys.excepthook = hook
