"""The surfaces of the planner's 3-D view, made off the UI thread.

The anatomy (the liver or its Couinaud segments, the tumour, the veins) is made once a case is
read; the plan's remnant (solid) and resected part (translucent) once the plan stops changing,
so dragging a control point stays fluid. A surface made for something no longer shown is
dropped.

The texts shown keep the translation context of the window they were written for
(``LiverPlannerWindow``), so the existing translations apply.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QCheckBox, QWidget

from casereview.domain.liver_segments import COUINAUD_COLOURS
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.ui.liver.data import PlannerData
from casereview.ui.liver.plan_controller import PlanController
from casereview.ui.liver.scene3d import (
    LIVER_COLOUR,
    TUMOUR_COLOUR,
    LiverScene3D,
    SceneMeshes,
    build_meshes,
    plan_part_list,
)
from casereview.ui.liver.slice_view import LiverSliceView
from casereview.ui.tasks import TaskRunner

Mask = NDArray[np.bool_]

#: Milliseconds the remnant and resected surfaces wait after the last change of the plan.
PARTS_DELAY_MS = 400


class SceneParts(QObject):
    """Makes and shows the 3-D view's anatomy and the plan's parts.

    Parameters
    ----------
    window
        The planner window (parent of the "Remnant and resected part" box).
    runner
        Makes the surfaces off the UI thread.
    scene
        The 3-D view.
    slice_view
        The slice view (no parts are made while a handle is dragged on it).
    plan
        The plan shown.
    data
        The case as read now.
    """

    def __init__(
        self,
        window: QWidget,
        runner: TaskRunner,
        scene: LiverScene3D,
        slice_view: LiverSliceView,
        plan: PlanController,
        data: Callable[[], PlannerData],
    ) -> None:
        super().__init__(window)
        self._runner = runner
        self._scene = scene
        self._slice_view = slice_view
        self._plan = plan
        self._data = data
        #: Grows with every plan's parts asked for, so older ones are not shown.
        self._mesh_generation = 0
        self.plan_in_3d = QCheckBox(
            QCoreApplication.translate("LiverPlannerWindow", "Remnant and resected part"), window
        )
        self.plan_in_3d.setObjectName("planIn3D")
        self.plan_in_3d.setChecked(True)
        self.plan_in_3d.setToolTip(
            QCoreApplication.translate(
                "LiverPlannerWindow",
                "Show the plan's remnant (solid) and resected part (translucent) instead of "
                "the liver's segments",
            )
        )
        self.plan_in_3d.toggled.connect(self._plan_parts_toggled)
        self._parts_timer = QTimer(self)
        self._parts_timer.setSingleShot(True)
        self._parts_timer.setInterval(PARTS_DELAY_MS)
        self._parts_timer.timeout.connect(self._build_plan_parts)
        plan.computed.connect(self._plan_changed)

    def show_anatomy(self, data: PlannerData, current: Callable[[], bool]) -> None:
        """Make the surfaces of ``data``'s liver, tumour and veins (shown while ``current()``)."""
        planner, volume = data.planner, data.volume
        if planner is None or volume is None:
            return
        parts: list[tuple[str, Mask, tuple[int, int, int], float]] = []
        if planner.couinaud_labels is not None:
            for label, colour in COUINAUD_COLOURS.items():
                parts.append(
                    (
                        QCoreApplication.translate("LiverPlannerWindow", "Segment {number}").format(
                            number=label
                        ),
                        planner.couinaud_labels == label,
                        colour,
                        1.0,
                    )
                )
        else:
            parts.append(
                (
                    QCoreApplication.translate("LiverPlannerWindow", "Liver"),
                    planner.liver_mask,
                    LIVER_COLOUR,
                    1.0,
                )
            )
        liver_labels = set(range(1, len(parts) + 1))
        parts.append(
            (
                QCoreApplication.translate("LiverPlannerWindow", "Tumour"),
                planner.tumour_mask,
                TUMOUR_COLOUR,
                1.0,
            )
        )
        parts += [(vein.name, vein.mask, vein.colour, 1.0) for vein in data.veins]
        # Labels are numbered in list order, skipping empty parts: count what is kept.
        kept = [i + 1 for i, part in enumerate(parts) if part[1].any()]
        liver_numbers = {kept.index(n) + 1 for n in liver_labels if n in kept}

        def work(progress: ProgressReporter, cancel: CancelToken) -> SceneMeshes:
            return build_meshes(volume, parts, progress, cancel)

        def show(meshes: SceneMeshes) -> None:
            if current():
                self._scene.show_anatomy(meshes, liver_numbers)

        self._runner.run(
            QCoreApplication.translate("LiverPlannerWindow", "Making the 3-D surfaces"), work, show
        )

    def _plan_changed(self) -> None:
        self._parts_timer.start()  # (again): the parts wait until the plan stops changing

    def _build_plan_parts(self) -> None:
        """The remnant (solid) and resected part (translucent) in 3-D, once dragging stops."""
        data, plan = self._data(), self._plan
        planner, volume = data.planner, data.volume
        if planner is None or volume is None or plan.draft is None:
            return
        if not self.plan_in_3d.isChecked():
            return
        if plan.live.busy or self._slice_view.dragging:
            self._parts_timer.start()
            return
        whole = planner.liver_mask | planner.tumour_mask
        removed, surface = plan.removed, plan.editor.in_array()
        labels = planner.couinaud_labels
        names = {
            "remnant": QCoreApplication.translate("LiverPlannerWindow", "Remnant"),
            "resected": QCoreApplication.translate("LiverPlannerWindow", "Resected"),
        }
        self._mesh_generation += 1
        generation = self._mesh_generation

        def work(progress: ProgressReporter, cancel: CancelToken) -> SceneMeshes:
            if removed and labels is not None:
                liver = labels > 0
                resected = np.isin(labels, removed)
            elif surface is not None:
                liver = whole
                where = np.argwhere(whole)
                resected = np.zeros(whole.shape, dtype=bool)
                centres = where * np.asarray(planner.spacing)
                side = surface.resected(surface.plane_coordinates(centres))
                resected[tuple(where[side].T)] = True
            else:
                return SceneMeshes()
            return build_meshes(volume, plan_part_list(liver, resected, names), progress, cancel)

        def show(meshes: SceneMeshes) -> None:
            if generation == self._mesh_generation:
                self._scene.show_plan_parts(meshes)

        self._runner.run(
            QCoreApplication.translate("LiverPlannerWindow", "Making the 3-D surfaces"),
            work,
            show,
            quiet=True,
        )

    def _plan_parts_toggled(self, shown: bool) -> None:
        if shown:
            self._parts_timer.start()
        else:
            self._mesh_generation += 1  # a surface being made is not shown
            self._scene.show_plan_parts(None)
