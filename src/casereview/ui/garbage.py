"""Python's cyclic garbage is collected on the UI thread, never on a worker thread.

The interpreter runs a collection on whichever thread happens to allocate past the collector's
thresholds. In casereview that is often a worker thread reading DICOM, and the cycles a
collection frees include closed windows' VTK objects (renderers, render windows, mappers and
the volumes behind them). Freeing those takes VTK's own locks and can release OpenGL and X
resources, on a thread that must never touch them while the UI thread renders; one such
collection deadlocked the UI thread against VTK's garbage collector. So, while the application
runs, automatic collection is off and a timer on the UI thread collects whenever the
allocation counts have passed the thresholds, as the interpreter would have done, only on the
right thread. Objects whose last reference goes away on a worker thread are still freed there;
what this moves is the cycles, which is where windows and their VTK objects end.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the UI thread looks at the allocation counts (ms). Cyclic garbage waits at most
#: this long; a look that finds nothing to do costs microseconds.
CHECK_INTERVAL_MS = 500


def generation_due(counts: tuple[int, int, int], thresholds: tuple[int, int, int]) -> int | None:
    """The oldest generation the interpreter would collect now, or ``None``.

    A generation is due when its count has passed its threshold (a threshold of 0 turns it
    off); collecting it collects every younger one too.

    Parameters
    ----------
    counts
        ``gc.get_count()``.
    thresholds
        ``gc.get_threshold()``.
    """
    for generation in (2, 1, 0):
        threshold = thresholds[generation]
        if threshold > 0 and counts[generation] > threshold:
            return generation
    return None


class UiThreadGarbageCollector(QObject):
    """Turns automatic collection off and collects from a timer on the thread it lives on.

    Create it on the UI thread (with the application as parent) and call :meth:`start`;
    :meth:`stop` turns automatic collection back on, as it was.
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.collections = [0, 0, 0]
        self._was_enabled = True
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)

    @property
    def active(self) -> bool:
        """Whether this collector, not the interpreter, decides when to collect."""
        return self._timer.isActive()

    def start(self) -> None:
        """Take over: no automatic collection from now on, the timer collects instead."""
        if self.active:
            return
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Collect what is due, then give collection back to the interpreter."""
        if not self.active:
            return
        self._timer.stop()
        self.collect_if_due()
        if self._was_enabled:
            gc.enable()

    def collect_if_due(self) -> int | None:
        """Collect the generation the interpreter would have collected by now, if any.

        Returns
        -------
        int or None
            The generation collected.
        """
        generation = generation_due(gc.get_count(), gc.get_threshold())
        if generation is not None:
            gc.collect(generation)
            self.collections[generation] += 1
        return generation
