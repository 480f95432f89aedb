"""The Couinaud landmarks placed on the slice, and the segments built from them.

:class:`SegmentsController` keeps the landmarks placed
(:class:`~casereview.ui.liver.landmarks.LandmarkSteps`), shows them in the
:class:`~casereview.ui.liver.landmarks.LandmarkPanel`, and builds the Couinaud segments off the
UI thread (:func:`~casereview.services.liver_plan.build_couinaud_segments`). The window routes
the clicks on the slice here and reads the case again once the segments are built.

The texts shown keep the translation context of the window they were written for
(``LiverPlannerWindow``), so the existing translations apply.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.services.liver_plan import build_couinaud_segments
from casereview.ui.liver.data import PlannerData
from casereview.ui.liver.landmarks import LandmarkPanel, LandmarkSteps
from casereview.ui.liver.slice_view import LiverSliceView, Point
from casereview.ui.shell_protocol import Shell
from casereview.ui.tasks import TaskRunner
from casereview.ui.viewer.tool_kinds import as_point


class SegmentsController(QObject):
    """Places the Couinaud landmarks and builds the segments from them.

    Parameters
    ----------
    window
        The planner window (the parent).
    shell
        The application: database, user and status bar.
    runner
        Builds the segments off the UI thread.
    panel
        The landmark panel (instruction, points placed, Undo / Next landmark / Build segments).
    slice_view
        The slice view (its slice spacing names the slices of the points placed).
    data
        The case as read now.
    """

    #: The landmarks placed, or whether segments are being built, changed.
    changed = Signal()
    #: Segments were built for the case (its id): the case is read again.
    segments_built = Signal(int)

    def __init__(
        self,
        window: QWidget,
        shell: Shell,
        runner: TaskRunner,
        panel: LandmarkPanel,
        slice_view: LiverSliceView,
        data: Callable[[], PlannerData],
    ) -> None:
        super().__init__(window)
        self._shell = shell
        self._runner = runner
        self._panel = panel
        self._slice_view = slice_view
        self._data = data
        #: The landmarks placed so far (array-frame mm).
        self.steps = LandmarkSteps()
        #: Segments are being built from the landmarks (their buttons wait).
        self.building = False
        panel.undo_requested.connect(self._undo)
        panel.next_requested.connect(self._next)
        panel.build_requested.connect(self.build)

    def clear(self) -> None:
        """Forget the landmarks placed (another case is shown)."""
        self.steps = LandmarkSteps()

    def show(self, available: bool) -> None:
        """Show the landmarks placed; offer the panel only with a planner (a liver)."""
        self._panel.setEnabled(available)
        self._panel.show_steps(self.steps, self._slice_view.spacing[0], self.building)

    def add(self, point_mm: Point) -> None:
        """Place a point (array-frame mm) of the landmark asked for."""
        self.steps.add(point_mm)
        self._changed()

    def _changed(self) -> None:
        self._panel.show_steps(self.steps, self._slice_view.spacing[0], self.building)
        self.changed.emit()

    def _undo(self) -> None:
        self.steps.undo()
        self._changed()

    def _next(self) -> None:
        self.steps.advance()
        self._changed()

    def build(self) -> None:
        """Build the Couinaud segments from the landmarks placed (off the UI thread)."""
        data = self._data()
        planner = data.planner
        if planner is None or not self.steps.complete:
            return
        landmarks = self.steps.to_lps(
            lambda points: [as_point(p) for p in planner.to_lps(np.asarray(points).reshape(-1, 3))]
        )
        db, case_id = self._shell.context.db, data.case_id
        actor, volume = self._shell.context.user.username, data.volume
        self._panel.place_button.setChecked(False)
        self.building = True
        self._changed()

        def work(progress: ProgressReporter, cancel: CancelToken) -> int:
            progress(0, 0, "")
            built = build_couinaud_segments(db, case_id, landmarks, actor, volume=volume)
            return len(built)

        def built(count: int) -> None:
            self._shell.show_status(
                QCoreApplication.translate(
                    "LiverPlannerWindow", "{count} Couinaud segments built from the landmarks."
                ).format(count=count)
            )
            self.steps = LandmarkSteps()
            self._changed()
            self.segments_built.emit(case_id)

        task = self._runner.run(
            QCoreApplication.translate("LiverPlannerWindow", "Building the Couinaud segments"),
            work,
            built,
        )
        task.finished.connect(self._finished)

    def _finished(self) -> None:
        self.building = False
        self._changed()
