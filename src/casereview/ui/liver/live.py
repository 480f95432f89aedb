"""Plans computed while a person drags: one at a time off the UI thread, the newest wins.

A drag sends a request at every mouse move; computing each would queue seconds of stale work.
Here at most one computation runs and at most one waits: a new request replaces the waiting
one, so the panel shows the newest plan soon after the mouse stops, and the UI thread only
ever draws.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from casereview.ui.qt_plugins import preload_image_plugins

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, serial: int, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.serial = serial
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # every failure reaches the UI thread, as a result
            self.signals.failed.emit(self.serial, exc)
        else:
            self.signals.done.emit(self.serial, result)


class LiveComputation(QObject):
    """Runs the newest of the requested computations, one at a time."""

    #: ``(serial, result)`` of a finished computation that is still the newest requested.
    computed = Signal(int, object)
    #: ``(serial, exception)`` of a failed computation that is still the newest requested.
    failed = Signal(int, object)
    #: Emitted when nothing runs and nothing waits any more.
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        preload_image_plugins()  # work off this thread may draw pictures (ui/qt_plugins.py)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._waiting: tuple[int, Callable[[], Any]] | None = None
        self._running: _Job | None = None
        #: Serial of the newest request.
        self.serial = 0

    @property
    def busy(self) -> bool:
        """Whether a computation runs or waits."""
        return self._running is not None or self._waiting is not None

    def request(self, work: Callable[[], Any]) -> int:
        """Compute ``work()`` soon (replacing a request still waiting); its serial."""
        self.serial += 1
        self._waiting = (self.serial, work)
        self._start()
        return self.serial

    def forget(self) -> None:
        """Drop the waiting request; a running one's result will be ignored."""
        self.serial += 1
        self._waiting = None

    def _start(self) -> None:
        if self._running is not None or self._waiting is None:
            return
        serial, work = self._waiting
        self._waiting = None
        self._running = _Job(serial, work, self._signals)
        self._running.setAutoDelete(False)
        self._pool.start(self._running)

    def _finish(self) -> None:
        self._running = None
        self._start()
        if not self.busy:
            self.idle.emit()

    def _done(self, serial: int, result: object) -> None:
        if serial == self.serial:
            self.computed.emit(serial, result)
        self._finish()

    def _failed(self, serial: int, error: object) -> None:
        if serial == self.serial:
            self.failed.emit(serial, error)
        else:
            log.info("an outdated liver plan computation failed: %s", type(error).__name__)
        self._finish()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (the window is closing)."""
        self._waiting = None
        return self._pool.waitForDone(msecs)
