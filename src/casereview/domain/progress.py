"""Progress reporting and cancellation for long operations, free of any GUI toolkit.

Services take a :class:`ProgressReporter` and a :class:`CancelToken`; the Qt task runner and the
CLI provide their own reporters. Keeping both here lets every layer accept them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol

from casereview.errors import OperationCancelled


class ProgressReporter(Protocol):
    """Receives progress of a long operation.

    ``done`` and ``total`` count work units (files, rows); ``total`` is 0 when unknown.
    ``message`` is a short, PHI-free description of the current step.
    """

    def __call__(self, done: int, total: int, message: str = "") -> None: ...


def no_progress(done: int, total: int, message: str = "") -> None:
    """Progress reporter that ignores everything (the default for headless callers)."""


class CancelToken:
    """Thread-safe flag a caller sets to ask a long operation to stop at the next safe point."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the operation to stop."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise :class:`~casereview.errors.OperationCancelled` if cancellation was asked.

        Raises
        ------
        OperationCancelled
            When :meth:`cancel` has been called.
        """
        if self._event.is_set():
            raise OperationCancelled("The operation was cancelled. Work finished so far is kept.")


class RemainingTime:
    """Estimates the time left of a long operation from its progress so far.

    It waits for a few seconds and a few percent of the work before answering, because early
    rates (worker start-up, cold caches) mislead.
    """

    MIN_SECONDS = 2.0
    MIN_FRACTION = 0.02

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._start: float | None = None
        self._start_done = 0

    def update(self, done: int, total: int) -> float | None:
        """Record progress; return the estimated seconds left, or ``None`` when not yet known."""
        now = self._clock()
        if self._start is None or done < self._start_done:
            self._start, self._start_done = now, done
            return None
        elapsed = now - self._start
        progressed = done - self._start_done
        if total <= 0 or progressed <= 0 or elapsed < self.MIN_SECONDS:
            return None
        if progressed / total < self.MIN_FRACTION:
            return None
        return max(0.0, (total - done) * elapsed / progressed)


def describe_seconds(seconds: float) -> str:
    """Round a duration the way people say it: "about 40 s", "about 3 min"."""
    if seconds < 60:
        return f"about {max(1, round(seconds / 5) * 5 if seconds > 10 else round(seconds))} s"
    if seconds < 3600:
        return f"about {round(seconds / 60)} min"
    return f"about {seconds / 3600:.1f} h"
