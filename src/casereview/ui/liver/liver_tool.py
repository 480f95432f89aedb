"""The liver tool of the planner: a seed clicked in the liver, the liver grown from it, the brush.

The liver is segmented off the UI thread (:func:`~casereview.analysis.liver_tool.segment_liver`)
in the HU range of the series' contrast phase, and stored as the case's Liver segment through the
segment commands, in one undo step (Edit → Undo takes it back). "Correct with the brush" opens
the series in the viewer with that segment and the brush chosen.

The texts shown keep the translation context of the window they were written for
(``LiverPlannerWindow``), so the existing translations apply.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPushButton, QTabWidget, QWidget

from casereview.analysis.liver_tool import segment_liver
from casereview.commands import EditContext
from casereview.commands.edits import CreateSegment, EditSegmentMask
from casereview.domain.hu_presets import ContrastPhase
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.domain.segments import TEMPLATE_BY_KEY, SegmentDraft
from casereview.services.segmentations import segment_mask
from casereview.ui.liver.data import PlannerData
from casereview.ui.liver.slice_view import Point
from casereview.ui.shell_protocol import Shell
from casereview.ui.tasks import TaskRunner
from casereview.ui.viewer.editor import choose_tool, editor_of
from casereview.ui.viewer.tool_kinds import Tool

Mask = NDArray[np.bool_]


class LiverTool(QObject):
    """Segments the liver from a seed and opens it for correction with the brush.

    Parameters
    ----------
    window
        The planner window (parent of the tool's widgets and of its question).
    shell
        The application: database, user, undo stack and viewers.
    runner
        Grows the liver off the UI thread.
    data
        The case as read now.
    """

    #: The seed shown on the slice was placed or taken away.
    seed_changed = Signal()

    def __init__(
        self,
        window: QWidget,
        shell: Shell,
        runner: TaskRunner,
        data: Callable[[], PlannerData],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._shell = shell
        self._runner = runner
        self._data = data
        #: Where the liver is being grown from (array-frame mm; ``None``: no seed).
        self.seed: Point | None = None
        #: The liver segment to choose in the next viewer opened.
        self._pending_brush: str | None = None

        self.segment_button = QPushButton(
            QCoreApplication.translate("LiverPlannerWindow", "Segment liver…"), window
        )
        self.segment_button.setObjectName("segmentLiverButton")
        self.segment_button.setCheckable(True)
        self.segment_button.setToolTip(
            QCoreApplication.translate(
                "LiverPlannerWindow",
                "Click a seed in the liver on the slice; the liver is grown from it",
            )
        )
        self.phase_box = QComboBox(window)
        self.phase_box.setObjectName("liverPhaseBox")
        self.phase_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for phase, text in (
            (
                ContrastPhase.PORTAL_VENOUS,
                QCoreApplication.translate("LiverPlannerWindow", "Portal-venous"),
            ),
            (ContrastPhase.ARTERIAL, QCoreApplication.translate("LiverPlannerWindow", "Arterial")),
            (
                ContrastPhase.NON_CONTRAST,
                QCoreApplication.translate("LiverPlannerWindow", "Non-contrast"),
            ),
        ):
            self.phase_box.addItem(text, phase.value)
        self.phase_note = QLabel(window)
        self.phase_note.setWordWrap(True)
        self.brush_button = QPushButton(
            QCoreApplication.translate("LiverPlannerWindow", "Correct with the brush"), window
        )
        self.brush_button.setObjectName("correctLiverButton")
        self.brush_button.setToolTip(
            QCoreApplication.translate(
                "LiverPlannerWindow",
                "Open the series in the viewer with the Liver segment and the brush chosen",
            )
        )
        self.status = QLabel(window)
        self.status.setObjectName("liverStatus")
        self.status.setWordWrap(True)
        self.brush_button.clicked.connect(self.correct_with_brush)
        shell.viewer_opened.connect(self._viewer_opened)

    def show(self, data: PlannerData) -> None:
        """Show what the tool works on: the series' phase and the case's liver segment."""
        self.segment_button.setEnabled(data.volume is not None)
        self.brush_button.setEnabled(data.liver_segment is not None)
        phase = data.phase or ContrastPhase.PORTAL_VENOUS
        self.phase_box.setCurrentIndex(max(self.phase_box.findData(phase.value), 0))
        self.phase_note.setText(
            QCoreApplication.translate("LiverPlannerWindow", "Read from the series description.")
            if data.phase is not None
            else QCoreApplication.translate(
                "LiverPlannerWindow", "Not in the series description: check it."
            )
        )
        self.status.setText(
            QCoreApplication.translate("LiverPlannerWindow", "Liver segment: {name}").format(
                name=data.liver_segment.name
            )
            if data.liver_segment is not None
            else QCoreApplication.translate("LiverPlannerWindow", "No liver segment yet.")
        )

    # --- segmenting ----------------------------------------------------------------------

    def start(self, seed_mm: Point) -> None:
        """Segment the liver from a seed (array-frame mm), asking before replacing a liver."""
        data = self._data()
        if data.volume is None:
            return
        self.seed = seed_mm
        self.seed_changed.emit()
        existing = data.liver_segment
        if existing is None:
            self._run(seed_mm)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("LiverPlannerWindow", "Replace the liver segment?"),
            QCoreApplication.translate(
                "LiverPlannerWindow",
                "The case has a liver segment ({name}). Replace its voxels with the liver "
                "tool's result? Edit → Undo brings them back.",
            ).format(name=existing.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.setObjectName("replaceLiverQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda result: self._run(seed_mm) if result == QMessageBox.StandardButton.Yes else None
        )
        box.open()
        self._shell.dialog_shown.emit("replace-liver", box)

    def _run(self, seed_mm: Point) -> None:
        volume = self._data().volume
        if volume is None:
            return
        index = tuple(int(round(v / s)) for v, s in zip(seed_mm, volume.spacing, strict=True))
        phase = ContrastPhase(str(self.phase_box.currentData()))

        def work(progress: ProgressReporter, cancel: CancelToken) -> Mask:
            return segment_liver(
                volume.voxels,
                volume.spacing,
                [index],
                phase,
                progress=progress,
                should_cancel=lambda: cancel.cancelled,
            )

        self._runner.run(
            QCoreApplication.translate("LiverPlannerWindow", "Segmenting the liver"),
            work,
            self._store,
        )

    def _store(self, mask: Mask) -> None:
        data = self._data()
        volume, case_id = data.volume, data.case_id
        if volume is None:
            return
        context = self._shell.context
        ctx = EditContext(context.db, lambda: context.user.username, case_id, volume)
        stack = self._shell.undo_stack
        existing = data.liver_segment
        stack.beginMacro(QCoreApplication.translate("LiverPlannerWindow", "Segment liver"))
        try:
            if existing is None:
                template = TEMPLATE_BY_KEY["liver"]
                draft = SegmentDraft(
                    template.name,
                    template.category,
                    template.type,
                    template.colour,
                    volume.series_instance_uid,
                    volume.frame_of_reference_uid,
                )
                if not stack.run(CreateSegment(ctx, draft)):
                    return
                uuid, before = draft.uuid, np.zeros(volume.shape, dtype=bool)
            else:
                uuid, before = existing.uuid, self._liver_mask_now(data, existing.uuid)
            stack.run(EditSegmentMask(ctx, uuid, before, mask, "Region growing"))
        finally:
            stack.endMacro()
        millilitres = float(mask.sum()) * float(np.prod(volume.spacing)) / 1000.0
        self.status.setText(
            QCoreApplication.translate(
                "LiverPlannerWindow",
                "Liver segmented: {volume:.0f} mL. Correct it with the brush if needed.",
            ).format(volume=millilitres)
        )
        self.seed = None
        self.seed_changed.emit()

    def _liver_mask_now(self, data: PlannerData, uuid: str) -> Mask:
        planner = data.planner
        if planner is not None and planner.liver.segment_uuid == uuid:
            return planner.liver_mask.copy()
        return np.asarray(segment_mask(self._shell.context.db, uuid), dtype=bool)

    # --- the brush -----------------------------------------------------------------------

    def correct_with_brush(self) -> None:
        """Open the liver's series in the viewer with its Liver segment and the brush."""
        data = self._data()
        segment, series_id = data.liver_segment, data.series_id
        if segment is None or series_id is None:
            return
        for viewer in self._shell.viewers:
            primary = viewer.session.primary
            if primary is not None and primary.volume.series_instance_uid == (
                segment.series_instance_uid
            ):
                self._brush_on(viewer, segment.uuid)
                return
        self._pending_brush = segment.uuid
        self._shell.open_series([series_id])

    def _viewer_opened(self, viewer: QWidget) -> None:
        uuid, self._pending_brush = self._pending_brush, None
        if uuid is not None:
            self._brush_on(viewer, uuid)

    def _brush_on(self, viewer: QWidget, uuid: str) -> None:
        editor = editor_of(viewer)
        if editor is None:
            return
        editor.segment_panel.select(uuid)
        choose_tool(viewer, Tool.PAINT)
        editor.side_panel.setCurrentWidget(editor.segment_panel)
        parent = viewer.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is not None:
            parent.setCurrentWidget(viewer)
        main = self._shell.as_widget()
        main.raise_()
        main.activateWindow()
