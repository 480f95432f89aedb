"""The plan shown in the planner window: what it removes, computed live, its result in the panel.

A plan removes either Couinaud segments (chosen in the resection chooser) or the liver beyond
the resection surface (:class:`~casereview.ui.liver.surface_editing.SurfaceEditor`). Every
change computes it again with the case's :class:`~casereview.services.liver_plan.LiverPlanner`,
off the UI thread, the newest request winning while a control point is dragged
(:class:`~casereview.ui.liver.live.LiveComputation`); the remnant panel shows the result.

The texts shown keep the translation context of the window they were written for
(``LiverPlannerWindow``), so the existing translations apply.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from casereview.domain.liver_plan_record import LiverPlanDraft, ResectionKind
from casereview.errors import ValidationError
from casereview.ui.core_messages import translate_message
from casereview.ui.errors import ErrorPresenter
from casereview.ui.liver.chooser import ResectionChooser
from casereview.ui.liver.data import PlannerData
from casereview.ui.liver.flr_panel import FlrPanel
from casereview.ui.liver.live import LiveComputation
from casereview.ui.liver.surface_editing import SurfaceEditor


class PlanController(QObject):
    """Keeps the plan shown: what it removes, its computation and its result.

    Parameters
    ----------
    window
        The planner window (the parent).
    errors
        Where an unexpected failure of a computation is reported.
    live
        Runs the computations, the newest winning.
    editor
        The resection surface.
    chooser, flr
        The resection chooser and the remnant panel.
    data
        The case as read now.
    """

    #: A plan was computed and shown (its 3-D parts follow once it stops changing).
    computed = Signal()

    def __init__(
        self,
        window: QWidget,
        errors: ErrorPresenter,
        live: LiveComputation,
        editor: SurfaceEditor,
        chooser: ResectionChooser,
        flr: FlrPanel,
        data: Callable[[], PlannerData],
    ) -> None:
        super().__init__(window)
        self._errors = errors
        self.live = live
        self.editor = editor
        self._chooser = chooser
        self._flr = flr
        self._data = data
        #: The Couinaud segments removed (empty: the surface decides).
        self.removed: tuple[int, ...] = ()
        #: The plan computed for what is shown (``None`` while it is computed, or failed).
        self.draft: LiverPlanDraft | None = None
        chooser.segments_chosen.connect(self._segments_chosen)
        chooser.surface_chosen.connect(self._surface_chosen)
        flr.inputs_changed.connect(self.compute)
        editor.edited.connect(self._redraw)
        editor.started.connect(self._surface_started)
        live.computed.connect(self._computed)
        live.failed.connect(self._failed)
        live.idle.connect(self._show_save_state)

    def clear(self) -> None:
        """Forget the plan (another case is shown)."""
        self.editor.surface, self.removed, self.draft = None, (), None

    def start_afresh(self) -> None:
        """Start again from the start plane when the case is next read (new segments)."""
        self.editor.surface, self.removed = None, ()

    # --- what the plan removes -----------------------------------------------------------

    def continue_plan(self) -> None:
        """After a reading: keep the plan being worked on (a segment changed elsewhere must not
        throw away a surface being bent), else start one."""
        planner = self._data().planner
        if planner is None:
            return
        if self.removed and planner.couinaud_labels is not None:
            self._chooser.show_segments(self.removed)
        elif self.editor.surface is not None:
            self.removed = ()
            self._chooser.show_surface()
        else:
            self._start_plan()
            return
        self._redraw()

    def _start_plan(self) -> None:
        """Show the latest saved plan, or start from the start plane."""
        data = self._data()
        planner, latest = data.planner, data.latest
        if planner is None:
            return
        if latest is not None and latest.inputs.series_instance_uid == planner.series_instance_uid:
            inputs = latest.inputs
            self._flr.set_condition(inputs.condition)
            if inputs.size_from == "entered":
                self._flr.show_size(inputs.height_cm, inputs.weight_kg, "entered")
            if inputs.kind is ResectionKind.SEGMENTS and planner.couinaud_labels is not None:
                self._chooser.show_segments(inputs.removed_segments)
                self._segments_chosen(inputs.removed_segments)
                return
            if inputs.kind is ResectionKind.SURFACE and inputs.surface is not None:
                self.editor.use_saved(inputs.surface)
                return
        self.editor.reset()

    def _segments_chosen(self, removed: tuple[int, ...]) -> None:
        if self._data().planner is None or not removed:
            return
        self.removed = tuple(removed)
        self.editor.add_point_button.setChecked(False)
        self._redraw()

    def _surface_chosen(self) -> None:
        if self.editor.surface is None:
            self.editor.reset()
            return
        self.removed = ()
        self._redraw()

    def _surface_started(self) -> None:
        self.removed = ()
        self._chooser.show_surface()
        self._redraw()

    def _redraw(self) -> None:
        self.editor.draw(self.removed)
        self.compute()

    # --- computing -----------------------------------------------------------------------

    def compute(self) -> None:
        """Compute the plan shown (off the UI thread; the newest request wins)."""
        planner = self._data().planner
        if planner is None:
            return
        condition = self._flr.condition()
        height, weight = self._flr.entered_size()
        removed, surface = self.removed, self.editor.surface
        if removed:

            def work() -> LiverPlanDraft:
                return planner.by_segments(
                    removed, condition=condition, height_cm=height, weight_kg=weight
                )

        elif surface is not None:

            def work() -> LiverPlanDraft:
                return planner.by_surface(
                    surface, condition=condition, height_cm=height, weight_kg=weight
                )

        else:
            return
        self.draft = None
        self._flr.save_button.setEnabled(False)
        self.live.request(work)

    def _computed(self, _serial: int, draft: object) -> None:
        assert isinstance(draft, LiverPlanDraft)
        self.draft = draft
        inputs = draft.inputs
        self._flr.show_size(inputs.height_cm, inputs.weight_kg, inputs.size_from)
        self._flr.show_result(draft.result)
        self._show_save_state()
        self.computed.emit()

    def _failed(self, _serial: int, error: object) -> None:
        self.draft = None
        message = (
            translate_message(error.message)
            if isinstance(error, ValidationError)
            else QCoreApplication.translate("LiverPlannerWindow", "The plan could not be computed.")
        )
        if not isinstance(error, ValidationError):
            assert isinstance(error, BaseException)
            self._errors.present(error)
        self._flr.show_result(None, message)
        self._show_save_state()

    def _show_save_state(self) -> None:
        self._flr.save_button.setEnabled(self.draft is not None and not self.live.busy)
