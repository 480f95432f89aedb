"""The one place where errors become messages the user sees."""

from __future__ import annotations

import logging
import traceback
import uuid
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from casereview.errors import CasereviewError, OperationCancelled

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorPresenter", text)


# Titles of the core's errors, marked for translation here because the core has no Qt.
# A test checks that every CasereviewError subclass's title is listed.
CORE_ERROR_TITLES = (
    QT_TRANSLATE_NOOP("ErrorPresenter", "casereview could not finish this"),
    QT_TRANSLATE_NOOP("ErrorPresenter", "Settings problem"),
    QT_TRANSLATE_NOOP("ErrorPresenter", "Database problem"),
    QT_TRANSLATE_NOOP("ErrorPresenter", "Database from a newer version"),
    QT_TRANSLATE_NOOP("ErrorPresenter", "Database busy"),
    QT_TRANSLATE_NOOP("ErrorPresenter", "Not found"),
    QT_TRANSLATE_NOOP("ErrorPresenter", "Please check the input"),
    QT_TRANSLATE_NOOP("ErrorPresenter", "Cancelled"),
    QT_TRANSLATE_NOOP("ErrorPresenter", "DICOM file could not be read"),
    QT_TRANSLATE_NOOP("ErrorPresenter", "Case package problem"),
    QT_TRANSLATE_NOOP("ErrorPresenter", "Package rejected"),
    QT_TRANSLATE_NOOP("ErrorPresenter", "Package from an unknown sender"),
    QT_TRANSLATE_NOOP("ErrorPresenter", "Signed decision"),
)


def _origin(error: BaseException) -> str:
    """`` at module:line`` of the innermost frame that raised ``error``, if known."""
    frames = traceback.extract_tb(error.__traceback__) if error.__traceback__ else []
    if not frames:
        return ""
    last = frames[-1]
    return f" at {last.filename.rsplit('/', 1)[-1]}:{last.lineno}"


class ErrorPresenter(QObject):
    """Turns exceptions into message boxes.

    Core errors (:class:`~casereview.errors.CasereviewError`) are shown with their own title and
    message. Anything else is a bug: its traceback goes to the log under a short reference that
    the message shows, so support can find it without the user copying a traceback.
    """

    #: Emitted with (title, text) each time a message is shown (tests and the status bar use it).
    shown = Signal(str, str)

    def __init__(self, parent: QWidget | None, log_file: Path | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._log_file = log_file
        self.current_box: QMessageBox | None = None

    def present(self, error: BaseException) -> None:
        """Show ``error`` to the user (non-blocking)."""
        if isinstance(error, OperationCancelled):
            return
        if isinstance(error, CasereviewError):
            title, text = _tr(error.title), str(error)
            icon = QMessageBox.Icon.Warning
            # The message may name a file or folder (which can carry a patient's name): the
            # log keeps the kind of problem and where it arose, the user sees the words.
            log.warning("%s shown to the user%s", type(error).__name__, _origin(error))
        else:
            reference = uuid.uuid4().hex[:8]
            # The stack says where the bug is; the exception's own text may hold data (PHI),
            # so only its type is logged.
            log.error(
                "unexpected %s, reference %s\n%s",
                type(error).__name__,
                reference,
                "".join(traceback.format_tb(error.__traceback__)),
            )
            title = QCoreApplication.translate("ErrorPresenter", "Unexpected problem")
            text = QCoreApplication.translate(
                "ErrorPresenter",
                "casereview ran into an unexpected problem and stopped this action. "
                "Your saved work is safe.\n\nReference: {reference}",
            ).format(reference=reference)
            if self._log_file is not None:
                text += "\n" + QCoreApplication.translate(
                    "ErrorPresenter", "Details are in the log file: {path}"
                ).format(path=str(self._log_file))
            icon = QMessageBox.Icon.Critical
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent)
        box.setObjectName("errorMessage")
        box.open()
        self.current_box = box
        self.shown.emit(title, text)
