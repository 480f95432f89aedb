"""Progress reporting and cancellation for long operations, free of any GUI toolkit.

Services take a :class:`ProgressReporter` and a :class:`CancelToken`; the Qt task runner and the
CLI provide their own reporters. Keeping both here lets every layer accept them.
"""

from __future__ import annotations

import threading
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
