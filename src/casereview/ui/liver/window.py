"""The liver planning window of one case: 3-D view, axial slice, resection chooser, remnant panel.

The case is read off the UI thread (:func:`~casereview.ui.liver.data.load_planner`); every plan
is computed by the case's :class:`~casereview.services.liver_plan.LiverPlanner`, off the UI
thread, the newest request winning while a control point is dragged
(:class:`~casereview.ui.liver.live.LiveComputation`). The resection surface is kept in patient
coordinates (:class:`~casereview.domain.liver_plan_record.SurfaceLps`), exactly as it is
computed and saved; the views draw it in the planner's array frame.

The Segments tab places the Couinaud landmarks (then builds the segments, off the UI thread)
and runs the liver tool: a seed clicked in the liver, the liver segmented off the UI thread and
stored as the case's Liver segment through the segment commands (so Edit → Undo takes it back),
then corrected with the viewer's brush.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casereview.analysis.liver_tool import segment_liver
from casereview.analysis.resection_surface import ResectionSurface
from casereview.commands import EditContext
from casereview.commands.edits import CreateSegment, EditSegmentMask
from casereview.domain.changes import Changes
from casereview.domain.hu_presets import ContrastPhase
from casereview.domain.liver_plan_record import (
    LiverPlanDraft,
    LiverPlanVersion,
    ResectionKind,
    SurfaceLps,
)
from casereview.domain.liver_segments import COUINAUD_COLOURS
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.domain.segments import TEMPLATE_BY_KEY, SegmentDraft
from casereview.errors import ValidationError
from casereview.services.liver_plan import build_couinaud_segments, save_liver_plan
from casereview.services.segmentations import segment_mask
from casereview.ui.case_follow import CaseFollower
from casereview.ui.core_messages import translate_message
from casereview.ui.liver.chooser import ResectionChooser
from casereview.ui.liver.data import PlannerData, load_planner
from casereview.ui.liver.flr_panel import FlrPanel
from casereview.ui.liver.landmarks import LandmarkPanel, LandmarkSteps
from casereview.ui.liver.live import LiveComputation
from casereview.ui.liver.scene3d import (
    LIVER_COLOUR,
    TUMOUR_COLOUR,
    LiverScene3D,
    SceneMeshes,
    build_meshes,
    plan_part_list,
)
from casereview.ui.liver.slice_view import (
    LANDMARK_COLOUR,
    SEED_COLOUR,
    LiverSliceView,
    PickMode,
)
from casereview.ui.liver.start_surface import StartKind, start_surface
from casereview.ui.shell_protocol import Shell
from casereview.ui.tasks import TaskRunner
from casereview.ui.viewer.editor import choose_tool, editor_of
from casereview.ui.viewer.tool_kinds import Tool

log = logging.getLogger(__name__)

Point = tuple[float, float, float]
Mask = NDArray[np.bool_]

#: Kinds of change to a case after which the window reads it again.
FOLLOWED_KINDS = ("segments", "cases")
#: Label values of the slice view's outlines beyond the Couinaud ones (1–8).
LIVER_LABEL, TUMOUR_LABEL = 9, 10
#: Milliseconds between two redraws of the surface while a point is dragged.
DRAW_INTERVAL_MS = 30
#: Milliseconds the remnant and resected surfaces wait after the last change of the plan.
PARTS_DELAY_MS = 400


def _point(values: Any) -> Point:
    array = np.asarray(values, dtype=float).reshape(3)
    return (float(array[0]), float(array[1]), float(array[2]))


class SavePlanDialog(QDialog):
    """Asks for a note before a plan is saved (non-modal to the rest of the application)."""

    def __init__(self, summary: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("savePlanDialog")
        self.setWindowTitle(self.tr("Save liver plan"))
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("planNote")
        self.note.setPlaceholderText(self.tr("Note for the MDT (optional)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(460, 260)


class LiverPlannerWindow(QMainWindow):
    """The planner window; :meth:`open_case` shows a case."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.as_widget())
        self.shell = shell
        self.setObjectName("liverPlannerWindow")
        self.setWindowTitle(self.tr("Liver planning"))
        self.runner = TaskRunner(self, shell.errors)
        self.live = LiveComputation(self)
        self.data = PlannerData()
        self.surface: SurfaceLps | None = None
        self.start_kind: StartKind | None = None
        self.removed: tuple[int, ...] = ()
        self.draft: LiverPlanDraft | None = None
        self.version: LiverPlanVersion | None = None
        self.steps = LandmarkSteps()
        self.seed: Point | None = None
        self._generation = 0
        self._mesh_generation = 0
        self._drag_pending: tuple[int, Point] | None = None
        self._pending_brush: str | None = None
        #: Segments are being built from the landmarks (their buttons wait).
        self._building = False

        self.case_label = QLabel(self)
        self.case_label.setObjectName("caseLabel")
        self.slice_view = LiverSliceView(self)
        self.scene = LiverScene3D(self)
        self.chooser = ResectionChooser(self)
        self.flr = FlrPanel(self)
        self.landmark_panel = LandmarkPanel(self)
        self._build_surface_tools()
        self._build_liver_tool()
        self._build_layout()

        self._draw_timer = QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.setInterval(DRAW_INTERVAL_MS)
        self._draw_timer.timeout.connect(self._apply_drag)
        self._parts_timer = QTimer(self)
        self._parts_timer.setSingleShot(True)
        self._parts_timer.setInterval(PARTS_DELAY_MS)
        self._parts_timer.timeout.connect(self._build_plan_parts)

        self.chooser.segments_chosen.connect(self._segments_chosen)
        self.chooser.surface_chosen.connect(self._surface_chosen)
        self.flr.inputs_changed.connect(self.compute)
        self.flr.save_requested.connect(self.save_plan)
        self.slice_view.point_dragged.connect(self._dragged)
        self.slice_view.point_released.connect(self._released)
        self.slice_view.picked.connect(self._picked)
        self.live.computed.connect(self._computed)
        self.live.failed.connect(self._failed)
        self.live.idle.connect(self._show_save_state)
        self.landmark_panel.placing_toggled.connect(self._placing_landmarks)
        self.landmark_panel.undo_requested.connect(self._undo_landmark)
        self.landmark_panel.next_requested.connect(self._next_landmark)
        self.landmark_panel.build_requested.connect(self.build_segments)
        self.follower = CaseFollower(
            self, shell, FOLLOWED_KINDS, lambda: self.case_id, lambda: self.reload(quiet=True)
        )
        shell.viewer_opened.connect(self._viewer_opened)
        shell.closing.connect(self.shut_down)
        self._fit_to_screen()

    # --- layout --------------------------------------------------------------------------

    def _build_surface_tools(self) -> None:
        self.add_point_button = QPushButton(self.tr("Add point"), self)
        self.add_point_button.setObjectName("addPointButton")
        self.add_point_button.setCheckable(True)
        self.add_point_button.setToolTip(
            self.tr("Click on the slice to add a control point; the surface bends through it")
        )
        self.remove_point_button = QPushButton(self.tr("Remove last point"), self)
        self.remove_point_button.setObjectName("removePointButton")
        self.remove_point_button.setToolTip(
            self.tr("Remove the control point added last (the first three define the plane)")
        )
        self.reset_button = QPushButton(self.tr("Start again"), self)
        self.reset_button.setObjectName("resetSurfaceButton")
        self.reset_button.setToolTip(self.tr("Go back to the start plane by three points"))
        self.start_note = QLabel(self)
        self.start_note.setObjectName("startNote")
        self.start_note.setWordWrap(True)
        self.add_point_button.toggled.connect(self._adding_points)
        self.remove_point_button.clicked.connect(self.remove_last_point)
        self.reset_button.clicked.connect(self.reset_surface)

    def _build_liver_tool(self) -> None:
        self.segment_liver_button = QPushButton(self.tr("Segment liver…"), self)
        self.segment_liver_button.setObjectName("segmentLiverButton")
        self.segment_liver_button.setCheckable(True)
        self.segment_liver_button.setToolTip(
            self.tr("Click a seed in the liver on the slice; the liver is grown from it")
        )
        self.phase_box = QComboBox(self)
        self.phase_box.setObjectName("liverPhaseBox")
        self.phase_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for phase, text in (
            (ContrastPhase.PORTAL_VENOUS, self.tr("Portal-venous")),
            (ContrastPhase.ARTERIAL, self.tr("Arterial")),
            (ContrastPhase.NON_CONTRAST, self.tr("Non-contrast")),
        ):
            self.phase_box.addItem(text, phase.value)
        self.phase_note = QLabel(self)
        self.phase_note.setWordWrap(True)
        self.brush_button = QPushButton(self.tr("Correct with the brush"), self)
        self.brush_button.setObjectName("correctLiverButton")
        self.brush_button.setToolTip(
            self.tr("Open the series in the viewer with the Liver segment and the brush chosen")
        )
        self.liver_status = QLabel(self)
        self.liver_status.setObjectName("liverStatus")
        self.liver_status.setWordWrap(True)
        self.segment_liver_button.toggled.connect(self._seeding)
        self.brush_button.clicked.connect(self.correct_with_brush)

    def _build_layout(self) -> None:
        tools = QHBoxLayout()
        tools.addWidget(self.add_point_button)
        tools.addWidget(self.remove_point_button)
        tools.addWidget(self.reset_button)
        tools.addStretch(1)
        slice_side = QWidget(self)
        slice_layout = QVBoxLayout(slice_side)
        slice_layout.setContentsMargins(0, 0, 0, 0)
        slice_layout.addLayout(tools)
        slice_layout.addWidget(self.start_note)
        slice_layout.addWidget(self.slice_view, 1)
        self.plan_in_3d = QCheckBox(self.tr("Remnant and resected part"), self)
        self.plan_in_3d.setObjectName("planIn3D")
        self.plan_in_3d.setChecked(True)
        self.plan_in_3d.setToolTip(
            self.tr(
                "Show the plan's remnant (solid) and resected part (translucent) instead of "
                "the liver's segments"
            )
        )
        self.plan_in_3d.toggled.connect(self._plan_parts_toggled)
        front = QPushButton(self.tr("Front view"), self)
        front.setObjectName("frontViewButton")
        front.clicked.connect(self.scene.reset_camera)
        scene_tools = QHBoxLayout()
        scene_tools.addWidget(self.plan_in_3d)
        scene_tools.addStretch(1)
        scene_tools.addWidget(front)
        scene_side = QWidget(self)
        scene_layout = QVBoxLayout(scene_side)
        scene_layout.setContentsMargins(0, 0, 0, 0)
        scene_layout.addLayout(scene_tools)
        scene_layout.addWidget(self.scene, 1)
        views = QSplitter(Qt.Orientation.Horizontal, self)
        views.addWidget(slice_side)
        views.addWidget(scene_side)
        views.setStretchFactor(0, 1)
        views.setStretchFactor(1, 1)

        plan_tab = QWidget(self)
        plan_layout = QVBoxLayout(plan_tab)
        resection = QGroupBox(self.tr("Resection"), plan_tab)
        QVBoxLayout(resection).addWidget(self.chooser)
        remnant = QGroupBox(self.tr("Future liver remnant"), plan_tab)
        QVBoxLayout(remnant).addWidget(self.flr)
        plan_layout.addWidget(resection)
        plan_layout.addWidget(remnant, 1)

        segments_tab = QWidget(self)
        segments_layout = QVBoxLayout(segments_tab)
        couinaud = QGroupBox(self.tr("Couinaud segments from landmarks"), segments_tab)
        QVBoxLayout(couinaud).addWidget(self.landmark_panel)
        liver_tool = QGroupBox(self.tr("Liver tool"), segments_tab)
        form = QFormLayout(liver_tool)
        form.addRow(self.segment_liver_button)
        form.addRow(self.tr("Phase"), self.phase_box)
        form.addRow(self.phase_note)
        form.addRow(self.brush_button)
        form.addRow(self.liver_status)
        segments_layout.addWidget(couinaud)
        segments_layout.addWidget(liver_tool)
        segments_layout.addStretch(1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("plannerTabs")
        for widget, title in ((plan_tab, self.tr("Plan")), (segments_tab, self.tr("Segments"))):
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(widget)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.tabs.addTab(scroll, title)
        self.tabs.setMinimumWidth(360)

        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(views)
        body.addWidget(self.tabs)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.case_label)
        layout.addWidget(body, 1)
        self.setCentralWidget(central)

    def _fit_to_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = 1560, 940
        if available is not None:
            width = min(width, available.width() - 20)
            height = min(height, available.height() - 40)
        self.resize(width, height)

    # --- showing a case ------------------------------------------------------------------

    @property
    def case_id(self) -> int:
        """The case shown (0: none yet)."""
        return self.data.case_id

    def open_case(self, case_id: int) -> None:
        """Show ``case_id`` in front, read off the UI thread."""
        stale = self.follower.take_stale()
        if case_id != self.case_id or stale:
            self.data = PlannerData(case_id)
            self.surface, self.removed, self.draft, self.version = None, (), None, None
            self.steps = LandmarkSteps()
            self.scene.clear()
            self._show_data()
            self.reload()
        self.show()
        self.raise_()
        self.activateWindow()
        self.shell.dialog_shown.emit("liver-planning", self)

    def _candidate_series(self, case_id: int) -> list[tuple[int, str]]:
        case = next((c for c in self.shell.index.cases if c.id == case_id), None)
        if case is None:
            return []
        ids = list(case.series_ids)
        for patient in self.shell.index.patients:
            for study in patient.studies:
                if study.id in case.study_ids:
                    ids += [s.id for s in study.series]
        return [(i, self.shell.index.series_info(i).series_description) for i in dict.fromkeys(ids)]

    def reload(self, quiet: bool = False) -> None:
        """Read the case again (planner, images, veins, latest plan)."""
        case_id, db, cache = self.case_id, self.shell.context.db, self.shell.volume_cache
        candidates = self._candidate_series(case_id)
        self._generation += 1
        generation = self._generation

        def work(progress: ProgressReporter, cancel: CancelToken) -> PlannerData:
            return load_planner(db, case_id, cache, candidates, progress, cancel)

        def show(data: PlannerData) -> None:
            if generation == self._generation and data.case_id == self.case_id:
                self.data = data
                self._show_data()
                self._continue_plan()

        self.runner.run(self.tr("Reading the liver plan"), work, show, quiet=quiet)

    def _show_data(self) -> None:
        data, planner = self.data, self.data.planner
        case = next((c for c in self.shell.index.cases if c.id == data.case_id), None)
        title = "" if case is None else case.title
        self.setWindowTitle(self.tr("Liver planning — {title}").format(title=title))
        self.case_label.setText(
            self.tr("Case #{number}: {title}").format(number=data.case_id, title=title)
        )
        volume = data.volume
        self.slice_view.set_volume(
            None if volume is None else volume.voxels,
            (1.0, 1.0, 1.0) if volume is None else volume.spacing,
        )
        if volume is not None and planner is None:
            self.slice_view.set_slice(volume.shape[0] // 2)
        has_couinaud = planner is not None and planner.couinaud_labels is not None
        self.chooser.set_segments_available(has_couinaud)
        self.chooser.setEnabled(planner is not None)
        for button in (self.add_point_button, self.remove_point_button, self.reset_button):
            button.setEnabled(planner is not None)
        self.landmark_panel.setEnabled(planner is not None)
        self.landmark_panel.show_steps(self.steps, self.slice_view.spacing[0], self._building)
        self.segment_liver_button.setEnabled(volume is not None)
        self.brush_button.setEnabled(data.liver_segment is not None)
        phase = data.phase or ContrastPhase.PORTAL_VENOUS
        self.phase_box.setCurrentIndex(max(self.phase_box.findData(phase.value), 0))
        self.phase_note.setText(
            self.tr("Read from the series description.")
            if data.phase is not None
            else self.tr("Not in the series description: check it.")
        )
        self.liver_status.setText(
            self.tr("Liver segment: {name}").format(name=data.liver_segment.name)
            if data.liver_segment is not None
            else self.tr("No liver segment yet.")
        )
        if planner is None:
            self.slice_view.set_overlay(None, {}, None, None)
            self.slice_view.set_plan((), None)
            self.scene.show_surface(None)
            self.flr.show_result(None, translate_message(data.problem) if data.problem else "")
            self.flr.save_button.setEnabled(False)
            self.flr.version_label.setText("")
            self.start_note.setText("")
            return
        labels = np.zeros(planner.shape, dtype=np.uint8)
        colours: dict[int, tuple[int, int, int]] = {TUMOUR_LABEL: TUMOUR_COLOUR}
        if planner.couinaud_labels is not None:
            labels[:] = planner.couinaud_labels
            colours.update(COUINAUD_COLOURS)
        else:
            labels[planner.liver_mask] = LIVER_LABEL
            colours[LIVER_LABEL] = LIVER_COLOUR
        labels[planner.tumour_mask] = TUMOUR_LABEL
        whole = planner.liver_mask | planner.tumour_mask
        self.slice_view.set_overlay(labels, colours, whole, planner.couinaud_labels)
        self.scene.set_volume(volume, whole)
        self._build_anatomy()
        self._show_version(data.latest)

    def _build_anatomy(self) -> None:
        data, planner, volume = self.data, self.data.planner, self.data.volume
        if planner is None or volume is None:
            return
        parts: list[tuple[str, Mask, tuple[int, int, int], float]] = []
        liver_labels: set[int] = set()
        if planner.couinaud_labels is not None:
            for label, colour in COUINAUD_COLOURS.items():
                parts.append(
                    (
                        self.tr("Segment {number}").format(number=label),
                        planner.couinaud_labels == label,
                        colour,
                        1.0,
                    )
                )
        else:
            parts.append((self.tr("Liver"), planner.liver_mask, LIVER_COLOUR, 1.0))
        liver_labels = set(range(1, len(parts) + 1))
        parts.append((self.tr("Tumour"), planner.tumour_mask, TUMOUR_COLOUR, 1.0))
        parts += [(vein.name, vein.mask, vein.colour, 1.0) for vein in data.veins]
        # Labels are numbered in list order, skipping empty parts: count what is kept.
        kept = [i + 1 for i, part in enumerate(parts) if part[1].any()]
        liver_numbers = {kept.index(n) + 1 for n in liver_labels if n in kept}
        generation = self._generation

        def work(progress: ProgressReporter, cancel: CancelToken) -> SceneMeshes:
            return build_meshes(volume, parts, progress, cancel)

        def show(meshes: SceneMeshes) -> None:
            if generation == self._generation:
                self.scene.show_anatomy(meshes, liver_numbers)

        self.runner.run(self.tr("Making the 3-D surfaces"), work, show)

    def _show_version(self, version: LiverPlanVersion | None) -> None:
        self.version = version
        if version is None:
            self.flr.version_label.setText(self.tr("No plan saved yet."))
            return
        when = version.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.flr.version_label.setText(
            self.tr("Version {number} saved by {author}, {when}").format(
                number=version.number, author=version.author, when=when
            )
        )

    # --- the plan ------------------------------------------------------------------------

    def _continue_plan(self) -> None:
        """After a reading: keep the plan being worked on (a segment changed elsewhere must not
        throw away a surface being bent), else start one."""
        planner = self.data.planner
        if planner is None:
            return
        if self.removed and planner.couinaud_labels is not None:
            self.chooser.show_segments(self.removed)
        elif self.surface is not None:
            self.removed = ()
            self.chooser.show_surface()
        else:
            self._start_plan()
            return
        self._draw_surface()
        self.compute()

    def _start_plan(self) -> None:
        """Show the latest saved plan, or start from the start plane."""
        planner, latest = self.data.planner, self.data.latest
        if planner is None:
            return
        if latest is not None and latest.inputs.series_instance_uid == planner.series_instance_uid:
            inputs = latest.inputs
            self.flr.set_condition(inputs.condition)
            if inputs.size_from == "entered":
                self.flr.show_size(inputs.height_cm, inputs.weight_kg, "entered")
            if inputs.kind is ResectionKind.SEGMENTS and planner.couinaud_labels is not None:
                self.chooser.show_segments(inputs.removed_segments)
                self._segments_chosen(inputs.removed_segments)
                return
            if inputs.kind is ResectionKind.SURFACE and inputs.surface is not None:
                self.start_kind = None
                self._use_surface(inputs.surface, note=self.tr("The saved plan's surface."))
                return
        self.reset_surface()

    def reset_surface(self) -> None:
        """Go back to the start plane by three points (see :mod:`.start_surface`)."""
        planner = self.data.planner
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
            self.shell.errors.present(exc)
            return
        self.start_kind = start.kind
        note = (
            self.tr(
                "Start plane: between the right liver (segments 5–8) and the left (2–4), along "
                "the middle hepatic vein; the right liver is resected. Drag the points to change it."
            )
            if start.kind is StartKind.CANTLIE
            else self.tr(
                "Start plane: through the liver's centre, across the patient's left–right axis; "
                "the patient's right side is resected. Drag the points to change it."
            )
        )
        self._use_surface(self._to_lps(start.surface), note=note)

    def _to_lps(self, surface: ResectionSurface) -> SurfaceLps:
        planner = self.data.planner
        assert planner is not None
        point = _point(planner.to_lps(np.asarray(surface.plane.point_mm)))
        # Normals go back with the inverse transpose of the direction (see SeriesFrame).
        along = np.asarray(surface.plane.normal, dtype=float)[::-1]
        normal = np.linalg.solve(planner.frame.direction.T, along)
        normal /= float(np.linalg.norm(normal))
        controls = tuple(
            _point(p)
            for p in planner.to_lps(
                np.asarray(surface.control_points_mm, dtype=float).reshape(-1, 3)
            )
        )
        return SurfaceLps(point, _point(normal), controls)

    def _use_surface(self, surface: SurfaceLps, note: str = "") -> None:
        if note:
            self.start_note.setText(note)
        self.surface = surface
        self.removed = ()
        self.chooser.show_surface()
        self._draw_surface()
        self.compute()

    def surface_in_array(self) -> ResectionSurface | None:
        """The current surface in the planner's array frame (as the views draw it)."""
        planner = self.data.planner
        if planner is None or self.surface is None:
            return None
        return planner.surface_in_array_frame(self.surface)

    def _draw_surface(self) -> None:
        surface = self.surface_in_array() if not self.removed else None
        self.slice_view.set_plan(self.removed, surface)
        self.scene.show_surface(surface)
        self.remove_point_button.setEnabled(
            surface is not None and len(surface.control_points_mm) > 3
        )
        if surface is not None and not self.slice_view.on_slice_any(surface.control_points_mm):
            first = surface.control_points_mm[0]
            self.slice_view.set_slice(round(first[0] / self.slice_view.spacing[0]))

    def _segments_chosen(self, removed: tuple[int, ...]) -> None:
        if self.data.planner is None or not removed:
            return
        self.removed = tuple(removed)
        self.add_point_button.setChecked(False)
        self._draw_surface()
        self.compute()

    def _surface_chosen(self) -> None:
        if self.surface is None:
            self.reset_surface()
            return
        self.removed = ()
        self._draw_surface()
        self.compute()

    def compute(self) -> None:
        """Compute the plan shown (off the UI thread; the newest request wins)."""
        planner = self.data.planner
        if planner is None:
            return
        condition = self.flr.condition()
        height, weight = self.flr.entered_size()
        removed, surface = self.removed, self.surface
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
        self.flr.save_button.setEnabled(False)
        self.live.request(work)

    def _computed(self, _serial: int, draft: object) -> None:
        assert isinstance(draft, LiverPlanDraft)
        self.draft = draft
        inputs = draft.inputs
        self.flr.show_size(inputs.height_cm, inputs.weight_kg, inputs.size_from)
        self.flr.show_result(draft.result)
        self._show_save_state()
        self._parts_timer.start()

    def _failed(self, _serial: int, error: object) -> None:
        self.draft = None
        message = (
            translate_message(error.message)
            if isinstance(error, ValidationError)
            else self.tr("The plan could not be computed.")
        )
        if not isinstance(error, ValidationError):
            assert isinstance(error, BaseException)
            self.shell.errors.present(error)
        self.flr.show_result(None, message)
        self._show_save_state()

    def _show_save_state(self) -> None:
        self.flr.save_button.setEnabled(self.draft is not None and not self.live.busy)

    def _build_plan_parts(self) -> None:
        """The remnant (solid) and resected part (translucent) in 3-D, once dragging stops."""
        planner, volume = self.data.planner, self.data.volume
        if planner is None or volume is None or self.draft is None:
            return
        if not self.plan_in_3d.isChecked():
            return
        if self.live.busy or self.slice_view.dragging:
            self._parts_timer.start()
            return
        whole = planner.liver_mask | planner.tumour_mask
        removed, surface = self.removed, self.surface_in_array()
        labels = planner.couinaud_labels
        names = {"remnant": self.tr("Remnant"), "resected": self.tr("Resected")}
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
                self.scene.show_plan_parts(meshes)

        self.runner.run(self.tr("Making the 3-D surfaces"), work, show, quiet=True)

    def _plan_parts_toggled(self, shown: bool) -> None:
        if shown:
            self._parts_timer.start()
        else:
            self._mesh_generation += 1  # a surface being made is not shown
            self.scene.show_plan_parts(None)

    # --- dragging and adding control points ----------------------------------------------

    def _moved_surface(self, index: int, point_mm: Point) -> SurfaceLps | None:
        planner, surface = self.data.planner, self.surface
        if planner is None or surface is None or not 0 <= index < len(surface.control_points):
            return None
        controls = list(surface.control_points)
        controls[index] = _point(planner.to_lps(np.asarray(point_mm)))
        return SurfaceLps(surface.point, surface.normal, tuple(controls))

    def _dragged(self, index: int, point_mm: object) -> None:
        self._drag_pending = (index, _point(point_mm))
        if not self._draw_timer.isActive():
            self._draw_timer.start()

    def _apply_drag(self) -> None:
        if self._drag_pending is None:
            return
        index, point = self._drag_pending
        self._drag_pending = None
        moved = self._moved_surface(index, point)
        planner = self.data.planner
        if moved is None or planner is None:
            return
        try:
            planner.surface_in_array_frame(moved)
        except ValidationError:
            return  # two points on top of each other while passing: wait for the next move
        self.surface = moved
        self._draw_surface()
        self.compute()

    def _released(self, index: int, point_mm: object) -> None:
        self._draw_timer.stop()
        self._drag_pending = (index, _point(point_mm))
        self._apply_drag()

    def _adding_points(self, adding: bool) -> None:
        if adding:
            self.segment_liver_button.setChecked(False)
            self.landmark_panel.place_button.setChecked(False)
            if self.removed:
                self.chooser.choose_surface()
        self._update_mode()

    def add_point(self, point_mm: Point) -> None:
        """Add a control point (array-frame mm); the surface bends through it."""
        planner, surface = self.data.planner, self.surface
        if planner is None or surface is None:
            return
        lps = _point(planner.to_lps(np.asarray(point_mm)))
        bent = SurfaceLps(surface.point, surface.normal, (*surface.control_points, lps))
        try:
            planner.surface_in_array_frame(bent)
        except ValidationError as exc:
            self.shell.errors.present(exc)
            return
        self.surface = bent
        self._draw_surface()
        self.compute()

    def remove_last_point(self) -> None:
        """Remove the control point added last (the plane's three stay)."""
        surface = self.surface
        if surface is None or len(surface.control_points) <= 3:
            return
        self.surface = SurfaceLps(surface.point, surface.normal, surface.control_points[:-1])
        self._draw_surface()
        self.compute()

    # --- clicks on the slice -------------------------------------------------------------

    def _update_mode(self) -> None:
        if self.add_point_button.isChecked():
            self.slice_view.set_mode(
                PickMode.ADD_POINT,
                self.tr("Click where the resection surface should pass (on this slice)."),
            )
        elif self.landmark_panel.place_button.isChecked():
            self.slice_view.set_mode(
                PickMode.LANDMARK, self.landmark_panel.instruction_text(self.steps)
            )
        elif self.segment_liver_button.isChecked():
            self.slice_view.set_mode(
                PickMode.SEED,
                self.tr(
                    "Click inside the liver parenchyma, away from vessels and tumour, to "
                    "segment the liver."
                ),
            )
        else:
            self.slice_view.set_mode(PickMode.NAVIGATE)
        self._show_marks()

    def _show_marks(self) -> None:
        marks = [
            (QCoreApplication.translate("LiverLandmarks", name), point, LANDMARK_COLOUR)
            for name, point in self.steps.placed()
        ]
        if self.seed is not None:
            marks.append((self.tr("seed"), self.seed, SEED_COLOUR))
        self.slice_view.set_marks(marks)

    def _picked(self, point: object) -> None:
        picked = _point(point)
        mode = self.slice_view.mode
        if mode is PickMode.ADD_POINT:
            self.add_point(picked)
        elif mode is PickMode.LANDMARK:
            self.steps.add(picked)
            self._landmarks_changed()
        elif mode is PickMode.SEED:
            self.segment_liver_button.setChecked(False)
            self.start_liver_tool(picked)

    # --- Couinaud landmarks --------------------------------------------------------------

    def _placing_landmarks(self, placing: bool) -> None:
        if placing:
            self.add_point_button.setChecked(False)
            self.segment_liver_button.setChecked(False)
        self._update_mode()

    def _landmarks_changed(self) -> None:
        self.landmark_panel.show_steps(self.steps, self.slice_view.spacing[0], self._building)
        self._update_mode()

    def _undo_landmark(self) -> None:
        self.steps.undo()
        self._landmarks_changed()

    def _next_landmark(self) -> None:
        self.steps.advance()
        self._landmarks_changed()

    def build_segments(self) -> None:
        """Build the Couinaud segments from the landmarks placed (off the UI thread)."""
        planner = self.data.planner
        if planner is None or not self.steps.complete:
            return
        landmarks = self.steps.to_lps(
            lambda points: [_point(p) for p in planner.to_lps(np.asarray(points).reshape(-1, 3))]
        )
        db, case_id = self.shell.context.db, self.case_id
        actor, volume = self.shell.context.user.username, self.data.volume
        self.landmark_panel.place_button.setChecked(False)
        self._building = True
        self._landmarks_changed()

        def work(progress: ProgressReporter, cancel: CancelToken) -> int:
            progress(0, 0, "")
            built = build_couinaud_segments(db, case_id, landmarks, actor, volume=volume)
            return len(built)

        def built(count: int) -> None:
            self.shell.show_status(
                self.tr("{count} Couinaud segments built from the landmarks.").format(count=count)
            )
            self.steps = LandmarkSteps()
            self._landmarks_changed()
            # New segments: the plan starts again from the plane between right and left liver.
            self.surface, self.removed = None, ()
            self.follower.announce(Changes.of("segments", [case_id]))
            self.reload()

        task = self.runner.run(self.tr("Building the Couinaud segments"), work, built)
        task.finished.connect(self._built)

    def _built(self) -> None:
        self._building = False
        self._landmarks_changed()

    # --- the liver tool ------------------------------------------------------------------

    def _seeding(self, seeding: bool) -> None:
        if seeding:
            self.add_point_button.setChecked(False)
            self.landmark_panel.place_button.setChecked(False)
        self._update_mode()

    def start_liver_tool(self, seed_mm: Point) -> None:
        """Segment the liver from a seed (array-frame mm), asking before replacing a liver."""
        volume = self.data.volume
        if volume is None:
            return
        self.seed = seed_mm
        self._show_marks()
        existing = self.data.liver_segment
        if existing is None:
            self._run_liver_tool(seed_mm)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Replace the liver segment?"),
            self.tr(
                "The case has a liver segment ({name}). Replace its voxels with the liver "
                "tool's result? Edit → Undo brings them back."
            ).format(name=existing.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("replaceLiverQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda result: (
                self._run_liver_tool(seed_mm) if result == QMessageBox.StandardButton.Yes else None
            )
        )
        box.open()
        self.shell.dialog_shown.emit("replace-liver", box)

    def _run_liver_tool(self, seed_mm: Point) -> None:
        volume = self.data.volume
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

        self.runner.run(self.tr("Segmenting the liver"), work, self._store_liver)

    def _store_liver(self, mask: Mask) -> None:
        volume, case_id = self.data.volume, self.case_id
        if volume is None:
            return
        context = self.shell.context
        ctx = EditContext(context.db, lambda: context.user.username, case_id, volume)
        stack = self.shell.undo_stack
        existing = self.data.liver_segment
        stack.beginMacro(self.tr("Segment liver"))
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
                from_db = self._liver_mask_now(existing.uuid)
                uuid, before = existing.uuid, from_db
            stack.run(EditSegmentMask(ctx, uuid, before, mask, "Region growing"))
        finally:
            stack.endMacro()
        millilitres = float(mask.sum()) * float(np.prod(volume.spacing)) / 1000.0
        self.liver_status.setText(
            self.tr(
                "Liver segmented: {volume:.0f} mL. Correct it with the brush if needed."
            ).format(volume=millilitres)
        )
        self.seed = None
        self._show_marks()

    def _liver_mask_now(self, uuid: str) -> Mask:
        planner = self.data.planner
        if planner is not None and planner.liver.segment_uuid == uuid:
            return planner.liver_mask.copy()
        return np.asarray(segment_mask(self.shell.context.db, uuid), dtype=bool)

    def correct_with_brush(self) -> None:
        """Open the liver's series in the viewer with its Liver segment and the brush."""
        segment, series_id = self.data.liver_segment, self.data.series_id
        if segment is None or series_id is None:
            return
        for viewer in self.shell.viewers:
            primary = viewer.session.primary
            if primary is not None and primary.volume.series_instance_uid == (
                segment.series_instance_uid
            ):
                self._brush_on(viewer, segment.uuid)
                return
        self._pending_brush = segment.uuid
        self.shell.open_series([series_id])

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
        main = self.shell.as_widget()
        main.raise_()
        main.activateWindow()

    # --- saving --------------------------------------------------------------------------

    def save_plan(self) -> None:
        """Ask for a note, then save the plan shown as the case's next version."""
        draft = self.draft
        if draft is None or self.live.busy:
            return
        result = draft.result
        summary = self.tr(
            "Save this plan with the case: FLR {flr:.1f} %, remnant {remnant:.0f} mL of "
            "{total:.0f} mL. It is kept as a new version; earlier versions stay."
        ).format(flr=result.flr_percent, remnant=result.remnant_ml, total=result.total_ml)
        dialog = SavePlanDialog(summary, self)
        dialog.accepted.connect(lambda: self._save(draft, dialog.note.toPlainText().strip()))
        self.shell.show_dialog("save-liver-plan", dialog)

    def _save(self, draft: LiverPlanDraft, note: str) -> None:
        db, case_id = self.shell.context.db, self.case_id
        actor = self.shell.context.user.username

        def work(progress: ProgressReporter, cancel: CancelToken) -> LiverPlanVersion:
            return save_liver_plan(db, case_id, draft, actor, note)

        def saved(version: LiverPlanVersion) -> None:
            self._show_version(version)
            self.shell.show_status(
                self.tr("Liver plan version {number} saved.").format(number=version.number)
            )
            self.follower.announce(Changes.of("cases", [case_id]))

        self.runner.run(self.tr("Saving the liver plan"), work, saved, cancellable=False)

    # --- closing ------------------------------------------------------------------------

    def shut_down(self) -> None:
        """Close, and let work under way finish (the database closes next)."""
        for task in self.runner.tasks:
            task.cancel()
        self.live.wait(10_000)
        self.close()
        self.runner.wait_for_all(10_000)
        self.scene.shutdown()
