"""One task runner that moves long work off the UI thread, with progress, cancel and errors."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import Shiboken

from casereview.domain.progress import (
    CancelToken,
    ProgressReporter,
    RemainingTime,
    rough_duration,
)
from casereview.errors import OperationCancelled
from casereview.messages import Message
from casereview.ui.core_messages import translate_message
from casereview.ui.errors import ErrorPresenter
from casereview.ui.qt_plugins import preload_image_plugins

log = logging.getLogger(__name__)

T = TypeVar("T")

#: A unit of long work: receives a progress reporter and a cancel token, returns a result.
Work = Callable[[ProgressReporter, CancelToken], T]

#: Seconds between two updates of the progress text (values still move on every report).
LABEL_INTERVAL = 0.25


def format_remaining(seconds: float) -> str:
    """Say how long is left in words: "about 40 s left", "about 3 min left"."""
    rough = rough_duration(seconds)
    if rough.unit == "few_seconds":
        return QCoreApplication.translate("TaskRunner", "a few seconds left")
    if rough.unit == "seconds":
        return QCoreApplication.translate("TaskRunner", "about {n} s left").format(n=rough.amount)
    if rough.unit == "minutes":
        return QCoreApplication.translate("TaskRunner", "about {n} min left").format(n=rough.amount)
    return QCoreApplication.translate("TaskRunner", "about {h} h {m} min left").format(
        h=rough.amount, m=rough.minutes
    )


def progress_step(message: str) -> str:
    """A progress message in the interface language.

    The core's messages (:class:`~casereview.messages.Message`) come from the core catalogue;
    plain text comes from the UI's own workers, marked with ``QT_TRANSLATE_NOOP("TaskRunner",
    ...)`` next to them.
    """
    if isinstance(message, Message):
        return translate_message(message)
    return QCoreApplication.translate("TaskRunner", message)


def _number(value: int) -> str:
    locale = QLocale()
    # The C locale omits group separators by default; "12,345" reads better than "12345".
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale.toString(value)


def progress_text(done: int, total: int, unit: str, remaining: float | None) -> str:
    """The counts line of the progress dialog: "1,234 / 5,000 files · about 40 s left"."""
    if total <= 0:
        return ""
    counts = f"{_number(min(done, total))} / {_number(total)}"
    if unit:
        counts += f" {unit}"
    return counts if remaining is None else f"{counts} · {format_remaining(remaining)}"


class _Signals(QObject):
    progress = Signal(int, int, object)  # object: a core Message must arrive as itself
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Work[Any], token: CancelToken) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._work = work
        self._token = token

    def run(self) -> None:
        def report(done: int, total: int, message: str = "") -> None:
            self.signals.progress.emit(done, total, message)

        try:
            result = self._work(report, self._token)
        except BaseException as exc:  # every failure must reach the UI thread, not vanish
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class Task(QObject, Generic[T]):
    """A running piece of work; ``finished`` fires on the UI thread when it ends."""

    finished = Signal()

    def __init__(self, title: str, token: CancelToken) -> None:
        super().__init__()
        self.title = title
        self.token = token
        self.result: T | None = None
        self.error: BaseException | None = None
        self.done = False

    def cancel(self) -> None:
        """Ask the work to stop at its next safe point."""
        self.token.cancel()


class TaskRunner(QObject):
    """Runs work on a thread pool, shows a progress dialog, and routes the outcome.

    Parameters
    ----------
    parent
        Window the progress dialog belongs to.
    errors
        Where failures are shown.
    keyboard_stays
        Show the progress dialog without taking the keyboard from ``parent`` and without
        blocking it (the presentation window: a presenter paging on while the next case loads
        must not have the key go to the dialog; a stale result is the caller's to drop).
    """

    def __init__(
        self, parent: QWidget, errors: ErrorPresenter, *, keyboard_stays: bool = False
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._errors = errors
        self._keyboard_stays = keyboard_stays
        self._pool = QThreadPool(self)
        # Before any job can draw a picture off this thread (see ui/qt_plugins.py).
        preload_image_plugins()
        self._running: set[_Job] = set()
        self.tasks: list[Task[Any]] = []

    def run(
        self,
        title: str,
        work: Work[T],
        on_success: Callable[[T], None] | None = None,
        *,
        cancellable: bool = True,
        unit: str = "",
        quiet: bool = False,
    ) -> Task[T]:
        """Start ``work`` off the UI thread.

        Parameters
        ----------
        title
            Label of the progress dialog (translated by the caller).
        work
            Callable receiving ``(progress, cancel_token)``.
        on_success
            Called on the UI thread with the result.
        cancellable
            Whether the dialog offers Cancel.
        unit
            What the work counts, translated and plural ("files"), shown after the counts.
        quiet
            Show no progress dialog (background reads the user did not ask for, such as
            reloading the browser after a change); failures are still shown.
        """
        token = CancelToken()
        task: Task[T] = Task(title, token)
        job = _Job(work, token)
        dialog = QProgressDialog(title, "", 0, 0, self._parent)
        dialog.setObjectName("taskProgress")
        dialog.setWindowTitle(title)
        if self._keyboard_stays:
            dialog.setWindowModality(Qt.WindowModality.NonModal)
            dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
            dialog.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        else:
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # Short tasks finish without a flashing dialog; a quiet one never shows it.
        dialog.setMinimumDuration(2**31 - 1 if quiet else 400)
        dialog.setMinimumWidth(460)  # room for the counts line, so the dialog does not jump
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("TaskRunner", "Cancel"))
            dialog.canceled.connect(token.cancel)
        else:
            dialog.setCancelButton(None)

        estimate = RemainingTime()
        last_label = [0.0]

        def window_gone() -> bool:
            # The window (and with it the dialog and this runner) can be deleted while the work
            # runs on: closing the presentation mid-read, a window torn down with its 3-D
            # surfaces still building. The work's last reports still arrive, queued; they must
            # not touch deleted widgets, and its result has no one left to show it to.
            return not Shiboken.isValid(dialog)

        def on_progress(done: int, total: int, message: str) -> None:
            if window_gone():
                return
            now = time.monotonic()
            remaining = estimate.update(done, total, message, now)
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if now - last_label[0] < LABEL_INTERVAL and done < total:
                return  # thousands of reports a second: text updates would flood the UI
            last_label[0] = now
            step = progress_step(message) if message else title
            counts = progress_text(done, total, unit, remaining)
            dialog.setLabelText(f"{step}\n{counts}" if counts else step)

        running = self._running  # read without the runner, which may be gone by the end

        def finish() -> bool:
            """Close the dialog and mark the task done; False when the window was deleted."""
            gone = window_gone()
            if not gone:
                dialog.canceled.disconnect()
                dialog.close()
                dialog.deleteLater()
            running.discard(job)
            task.done = True
            task.finished.emit()
            if gone:
                log.info("task ended after its window was closed: %s", title)
            return not gone

        def on_succeeded(result: T) -> None:
            task.result = result
            if not finish():
                return
            if on_success is not None:
                try:
                    on_success(result)
                except Exception as exc:  # a bug in a result handler is still shown, once
                    self._errors.present(exc)

        def on_failed(error: BaseException) -> None:
            task.error = error
            if not finish():
                return
            if isinstance(error, OperationCancelled):
                log.info("task cancelled: %s", title)
            self._errors.present(error)

        job.signals.progress.connect(on_progress)
        job.signals.succeeded.connect(on_succeeded)
        job.signals.failed.connect(on_failed)
        self._running.add(job)
        self.tasks.append(task)
        self._pool.start(job)
        return task

    @property
    def busy(self) -> bool:
        """Whether any task is still running."""
        return bool(self._running)

    def wait_for_all(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (used when the window closes)."""
        return self._pool.waitForDone(msecs)
