"""Progress reporting and cancellation for long operations, free of any GUI toolkit.

Services take a :class:`ProgressReporter` and a :class:`CancelToken`; the Qt task runner and the
CLI provide their own reporters. Keeping both here lets every layer accept them.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from casereview.errors import OperationCancelled
from casereview.messages import Message


class ProgressReporter(Protocol):
    """Receives progress of a long operation.

    ``done`` and ``total`` count work units (files, rows); ``total`` is 0 when unknown.
    ``message`` is a short, PHI-free description of the current step: a
    :class:`~casereview.messages.Message`, so the GUI can show it translated.
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
            raise OperationCancelled(
                Message("The operation was cancelled. Work finished so far is kept.")
            )


class RemainingTime:
    """Estimates the time left of a long operation from the rate since its current step began.

    A step is one ``(total, step name)`` pair: the rate restarts when either changes (or the
    count goes back), so a quick first pass (files skipped as unchanged) does not promise a
    too-early end. No estimate is given before :attr:`MIN_SECONDS` have passed and
    :attr:`MIN_UNITS` were done, when the rate would still be noise.
    """

    MIN_SECONDS = 2.0
    MIN_UNITS = 3

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._step: tuple[int, str] | None = None
        self._start = 0.0
        self._start_done = 0

    def update(
        self, done: int, total: int, step: str = "", now: float | None = None
    ) -> float | None:
        """Record progress; return the estimated seconds left, or ``None`` when not yet known.

        Parameters
        ----------
        done, total
            Units finished and expected (``total`` 0 when unknown).
        step
            Name of the current step (a progress message).
        now
            Monotonic time of the report; read from the clock when ``None``.
        """
        now = self._clock() if now is None else now
        if (total, step) != self._step or done < self._start_done:
            self._step = (total, step)
            self._start, self._start_done = now, done
            return None
        elapsed = now - self._start
        progressed = done - self._start_done
        if total <= 0 or elapsed < self.MIN_SECONDS or progressed < self.MIN_UNITS:
            return None
        return max(0.0, (total - done) * elapsed / progressed)


@dataclass(frozen=True, slots=True)
class RoughDuration:
    """A time left, rounded the way people say it; each front end words it in its language.

    Attributes
    ----------
    unit
        ``"few_seconds"`` (under 10 s), ``"seconds"``, ``"minutes"`` or ``"hours"``.
    amount
        Seconds (in steps of 5), minutes (rounded up) or whole hours.
    minutes
        With ``"hours"``: the minutes beyond the whole hours.
    """

    unit: str
    amount: int = 0
    minutes: int = 0


def rough_duration(seconds: float) -> RoughDuration:
    """Round ``seconds`` for display: no false precision, no jittering count-down."""
    if seconds < 10:
        return RoughDuration("few_seconds")
    if seconds < 60:
        return RoughDuration("seconds", int(5 * round(seconds / 5)))
    if seconds < 3600:
        return RoughDuration("minutes", math.ceil(seconds / 60))
    hours, minutes = divmod(math.ceil(seconds / 60), 60)
    return RoughDuration("hours", hours, minutes)


def describe_seconds(seconds: float) -> str:
    """English wording of :func:`rough_duration` (the CLI's): "about 40 s", "about 3 min"."""
    rough = rough_duration(seconds)
    if rough.unit == "few_seconds":
        return "a few seconds"
    if rough.unit == "seconds":
        return f"about {rough.amount} s"
    if rough.unit == "minutes":
        return f"about {rough.amount} min"
    return f"about {rough.amount} h {rough.minutes} min"
