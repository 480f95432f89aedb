"""The resection surface being bent: its start plane, its control points and its drawing.

:class:`SurfaceEditor` keeps the surface in patient coordinates
(:class:`~casereview.domain.liver_plan_record.SurfaceLps`), exactly as it is computed and saved,
and draws it on the slice view and in the 3-D view in the planner's array frame. It owns the
tool row above the slice (Add point, Remove last point, Start again) and the note saying where
the start plane lies. It computes no plan: it says when the surface was bent or started again
(:attr:`SurfaceEditor.edited`, :attr:`SurfaceEditor.started`), and the
:class:`~casereview.ui.liver.plan_controller.PlanController` computes the plan.

The texts shown keep the translation context of the window they were written for
(``LiverPlannerWindow``), so the existing translations apply.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from casereview.analysis.resection_surface import ResectionSurface
from casereview.domain.liver_plan_record import SurfaceLps
from casereview.errors import ValidationError
from casereview.services.liver_plan import LiverPlanner
from casereview.ui.errors import ErrorPresenter
from casereview.ui.liver.scene3d import LiverScene3D
from casereview.ui.liver.slice_view import LiverSliceView, Point
from casereview.ui.liver.start_surface import StartKind, start_surface
from casereview.ui.viewer.tool_kinds import as_point

#: Milliseconds between two redraws of the surface while a point is dragged.
DRAW_INTERVAL_MS = 30


class SurfaceEditor(QObject):
    """The resection surface: started, bent through control points, dragged and drawn.

    Parameters
    ----------
    window
        The planner window (parent of the tool row's widgets).
    errors
        Where a surface that cannot be made is reported.
    slice_view, scene
        The views the surface is drawn in; the slice view's handles are dragged.
    planner
        The case's planner now (``None`` while the case has no liver).
    """

    #: The surface was bent (a control point dragged, added or removed).
    edited = Signal()
    #: A new surface replaces the plan (the start plane, or a saved plan's surface).
    started = Signal()

    def __init__(
        self,
        window: QWidget,
        errors: ErrorPresenter,
        slice_view: LiverSliceView,
        scene: LiverScene3D,
        planner: Callable[[], LiverPlanner | None],
    ) -> None:
        super().__init__(window)
        self._errors = errors
        self._slice_view = slice_view
        self._scene = scene
        self._planner = planner
        #: The surface in patient coordinates (``None``: none yet).
        self.surface: SurfaceLps | None = None
        #: How the start plane was placed (``None``: a saved plan's surface).
        self.start_kind: StartKind | None = None
        self._drag_pending: tuple[int, Point] | None = None

        self.add_point_button = QPushButton(
            QCoreApplication.translate("LiverPlannerWindow", "Add point"), window
        )
        self.add_point_button.setObjectName("addPointButton")
        self.add_point_button.setCheckable(True)
        self.add_point_button.setToolTip(
            QCoreApplication.translate(
                "LiverPlannerWindow",
                "Click on the slice to add a control point; the surface bends through it",
            )
        )
        self.remove_point_button = QPushButton(
            QCoreApplication.translate("LiverPlannerWindow", "Remove last point"), window
        )
        self.remove_point_button.setObjectName("removePointButton")
        self.remove_point_button.setToolTip(
            QCoreApplication.translate(
                "LiverPlannerWindow",
                "Remove the control point added last (the first three define the plane)",
            )
        )
        self.reset_button = QPushButton(
            QCoreApplication.translate("LiverPlannerWindow", "Start again"), window
        )
        self.reset_button.setObjectName("resetSurfaceButton")
        self.reset_button.setToolTip(
            QCoreApplication.translate(
                "LiverPlannerWindow", "Go back to the start plane by three points"
            )
        )
        self.start_note = QLabel(window)
        self.start_note.setObjectName("startNote")
        self.start_note.setWordWrap(True)
        self.remove_point_button.clicked.connect(self.remove_last_point)
        self.reset_button.clicked.connect(self.reset)

        # A drag sends a point at every mouse move: redraw at most this often.
        self._draw_timer = QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.setInterval(DRAW_INTERVAL_MS)
        self._draw_timer.timeout.connect(self._apply_drag)
        slice_view.point_dragged.connect(self._dragged)
        slice_view.point_released.connect(self._released)

    def set_available(self, available: bool) -> None:
        """Offer the tools (only with a planner: the case has a liver)."""
        for button in (self.add_point_button, self.remove_point_button, self.reset_button):
            button.setEnabled(available)
        if not available:
            self.start_note.setText("")

    # --- starting ------------------------------------------------------------------------

    def reset(self) -> None:
        """Go back to the start plane by three points (see :mod:`.start_surface`)."""
        planner = self._planner()
        if planner is None:
            return
        whole = planner.liver_mask | planner.tumour_mask
        centre = planner.to_lps(np.argwhere(whole).mean(axis=0) * np.asarray(planner.spacing))
        # The patient's right is −x in LPS.
        right = planner.to_array_mm(centre + np.array([-1.0, 0.0, 0.0])) - planner.to_array_mm(
            centre
        )
        try:
            start = start_surface(whole, planner.spacing, planner.couinaud_labels, right)
        except ValidationError as exc:
            self._errors.present(exc)
            return
        self.start_kind = start.kind
        note = (
            QCoreApplication.translate(
                "LiverPlannerWindow",
                "Start plane: between the right liver (segments 5–8) and the left (2–4), along "
                "the middle hepatic vein; the right liver is resected. Drag the points to change it.",
            )
            if start.kind is StartKind.CANTLIE
            else QCoreApplication.translate(
                "LiverPlannerWindow",
                "Start plane: through the liver's centre, across the patient's left–right axis; "
                "the patient's right side is resected. Drag the points to change it.",
            )
        )
        self._use(self._to_lps(planner, start.surface), note)

    def use_saved(self, surface: SurfaceLps) -> None:
        """Continue from a saved plan's surface."""
        self.start_kind = None
        self._use(
            surface,
            QCoreApplication.translate("LiverPlannerWindow", "The saved plan's surface."),
        )

    def _use(self, surface: SurfaceLps, note: str) -> None:
        if note:
            self.start_note.setText(note)
        self.surface = surface
        self.started.emit()

    @staticmethod
    def _to_lps(planner: LiverPlanner, surface: ResectionSurface) -> SurfaceLps:
        point = as_point(planner.to_lps(np.asarray(surface.plane.point_mm)))
        # Normals go back with the inverse transpose of the direction (see SeriesFrame).
        along = np.asarray(surface.plane.normal, dtype=float)[::-1]
        normal = np.linalg.solve(planner.frame.direction.T, along)
        normal /= float(np.linalg.norm(normal))
        controls = tuple(
            as_point(p)
            for p in planner.to_lps(
                np.asarray(surface.control_points_mm, dtype=float).reshape(-1, 3)
            )
        )
        return SurfaceLps(point, as_point(normal), controls)

    # --- drawing -------------------------------------------------------------------------

    def in_array(self) -> ResectionSurface | None:
        """The current surface in the planner's array frame (as the views draw it)."""
        planner = self._planner()
        if planner is None or self.surface is None:
            return None
        return planner.surface_in_array_frame(self.surface)

    def draw(self, removed: tuple[int, ...]) -> None:
        """Draw the plan: the Couinaud segments ``removed``, else the surface with its handles."""
        surface = self.in_array() if not removed else None
        self._slice_view.set_plan(removed, surface)
        self._scene.show_surface(surface)
        self.remove_point_button.setEnabled(
            surface is not None and len(surface.control_points_mm) > 3
        )
        if surface is not None and not self._slice_view.on_slice_any(surface.control_points_mm):
            # No handle on the slice shown: go where the first one can be grabbed.
            first = surface.control_points_mm[0]
            self._slice_view.set_slice(round(first[0] / self._slice_view.spacing[0]))

    # --- bending -------------------------------------------------------------------------

    def add_point(self, point_mm: Point) -> None:
        """Add a control point (array-frame mm); the surface bends through it."""
        planner, surface = self._planner(), self.surface
        if planner is None or surface is None:
            return
        lps = as_point(planner.to_lps(np.asarray(point_mm)))
        bent = SurfaceLps(surface.point, surface.normal, (*surface.control_points, lps))
        try:
            planner.surface_in_array_frame(bent)
        except ValidationError as exc:
            self._errors.present(exc)
            return
        self.surface = bent
        self.edited.emit()

    def remove_last_point(self) -> None:
        """Remove the control point added last (the plane's three stay)."""
        surface = self.surface
        if surface is None or len(surface.control_points) <= 3:
            return
        self.surface = SurfaceLps(surface.point, surface.normal, surface.control_points[:-1])
        self.edited.emit()

    def _moved_surface(self, index: int, point_mm: Point) -> SurfaceLps | None:
        planner, surface = self._planner(), self.surface
        if planner is None or surface is None or not 0 <= index < len(surface.control_points):
            return None
        controls = list(surface.control_points)
        controls[index] = as_point(planner.to_lps(np.asarray(point_mm)))
        return SurfaceLps(surface.point, surface.normal, tuple(controls))

    def _dragged(self, index: int, point_mm: object) -> None:
        self._drag_pending = (index, as_point(point_mm))
        if not self._draw_timer.isActive():
            self._draw_timer.start()

    def _apply_drag(self) -> None:
        if self._drag_pending is None:
            return
        index, point = self._drag_pending
        self._drag_pending = None
        moved = self._moved_surface(index, point)
        planner = self._planner()
        if moved is None or planner is None:
            return
        try:
            planner.surface_in_array_frame(moved)
        except ValidationError:
            return  # two points on top of each other while passing: wait for the next move
        self.surface = moved
        self.edited.emit()

    def _released(self, index: int, point_mm: object) -> None:
        self._draw_timer.stop()
        self._drag_pending = (index, as_point(point_mm))
        self._apply_drag()
