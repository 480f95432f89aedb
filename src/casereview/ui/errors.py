"""The one place where errors become messages the user sees."""

from __future__ import annotations

import logging
import traceback
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from casereview.errors import CasereviewError, OperationCancelled
from casereview.ui.core_messages import translate_message

log = logging.getLogger(__name__)


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
    message, translated through the core catalogue when they are core messages. Anything else is a bug: its traceback goes to the log under a short reference that
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
            title, text = translate_message(error.title), translate_message(error.message)
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
