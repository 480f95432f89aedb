"""The liver planning window of one case: 3-D view, axial slice, resection chooser, remnant panel.

The window makes the views and composes the controllers that do the work, each owning its state:

- :class:`~casereview.ui.liver.surface_editing.SurfaceEditor`: the resection surface, its
  control points and its drawing;
- :class:`~casereview.ui.liver.plan_controller.PlanController`: what the plan removes, computed
  live, its result in the remnant panel;
- :class:`~casereview.ui.liver.plan_saving.PlanSaving`: saving the plan as a new version;
- :class:`~casereview.ui.liver.scene_parts.SceneParts`: the 3-D view's anatomy and the plan's
  remnant and resected part;
- :class:`~casereview.ui.liver.segments_controller.SegmentsController`: the Couinaud
  landmarks and the segments built from them;
- :class:`~casereview.ui.liver.liver_tool.LiverTool`: the liver grown from a seed, then the brush.

The window itself reads the case off the UI thread
(:func:`~casereview.ui.liver.data.load_planner`) and shows it, lays the views out, and decides
what a click on the slice does (add a control point, place a landmark or seed the liver tool:
one at a time).
"""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.changes import Changes
from casereview.domain.liver_segments import COUINAUD_COLOURS
from casereview.domain.progress import CancelToken, ProgressReporter
from casereview.ui.case_follow import CaseFollower
from casereview.ui.core_messages import translate_message
from casereview.ui.liver.chooser import ResectionChooser
from casereview.ui.liver.data import PlannerData, load_planner
from casereview.ui.liver.flr_panel import FlrPanel
from casereview.ui.liver.landmarks import LandmarkPanel
from casereview.ui.liver.live import LiveComputation
from casereview.ui.liver.liver_tool import LiverTool
from casereview.ui.liver.plan_controller import PlanController
from casereview.ui.liver.plan_saving import PlanSaving
from casereview.ui.liver.scene3d import LIVER_COLOUR, TUMOUR_COLOUR, LiverScene3D
from casereview.ui.liver.scene_parts import SceneParts
from casereview.ui.liver.segments_controller import SegmentsController
from casereview.ui.liver.slice_view import (
    LANDMARK_COLOUR,
    SEED_COLOUR,
    LiverSliceView,
    PickMode,
)
from casereview.ui.liver.surface_editing import SurfaceEditor
from casereview.ui.shell_protocol import Shell
from casereview.ui.tasks import TaskRunner
from casereview.ui.viewer.tool_kinds import as_point

log = logging.getLogger(__name__)

#: Kinds of change to a case after which the window reads it again.
FOLLOWED_KINDS = ("segments", "cases")
#: Label values of the slice view's outlines beyond the Couinaud ones (1–8).
LIVER_LABEL, TUMOUR_LABEL = 9, 10


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
        self._generation = 0

        self.case_label = QLabel(self)
        self.case_label.setObjectName("caseLabel")
        self.slice_view = LiverSliceView(self)
        self.scene = LiverScene3D(self)
        self.chooser = ResectionChooser(self)
        self.flr = FlrPanel(self)
        self.landmark_panel = LandmarkPanel(self)
        self.follower = CaseFollower(
            self, shell, FOLLOWED_KINDS, lambda: self.case_id, lambda: self.reload(quiet=True)
        )

        def data() -> PlannerData:
            return self.data

        self.surface_editor = SurfaceEditor(
            self, shell.errors, self.slice_view, self.scene, lambda: self.data.planner
        )
        self.liver_tool = LiverTool(self, shell, self.runner, data)
        self.plan = PlanController(
            self, shell.errors, self.live, self.surface_editor, self.chooser, self.flr, data
        )
        self.saving = PlanSaving(
            self, shell, self.runner, self.follower, self.plan, self.flr, lambda: self.case_id
        )
        self.parts = SceneParts(self, self.runner, self.scene, self.slice_view, self.plan, data)
        self.segments = SegmentsController(
            self, shell, self.runner, self.landmark_panel, self.slice_view, data
        )
        self._build_layout()

        self.surface_editor.add_point_button.toggled.connect(self._adding_points)
        self.landmark_panel.placing_toggled.connect(self._placing_landmarks)
        self.liver_tool.segment_button.toggled.connect(self._seeding)
        self.slice_view.picked.connect(self._picked)
        self.segments.changed.connect(self._update_mode)
        self.segments.segments_built.connect(self._segments_built)
        self.liver_tool.seed_changed.connect(self._show_marks)
        shell.closing.connect(self.shut_down)
        self._fit_to_screen()

    # --- layout --------------------------------------------------------------------------

    def _build_layout(self) -> None:
        editor = self.surface_editor
        tools = QHBoxLayout()
        tools.addWidget(editor.add_point_button)
        tools.addWidget(editor.remove_point_button)
        tools.addWidget(editor.reset_button)
        tools.addStretch(1)
        slice_side = QWidget(self)
        slice_layout = QVBoxLayout(slice_side)
        slice_layout.setContentsMargins(0, 0, 0, 0)
        slice_layout.addLayout(tools)
        slice_layout.addWidget(editor.start_note)
        slice_layout.addWidget(self.slice_view, 1)
        front = QPushButton(self.tr("Front view"), self)
        front.setObjectName("frontViewButton")
        front.clicked.connect(self.scene.reset_camera)
        scene_tools = QHBoxLayout()
        scene_tools.addWidget(self.parts.plan_in_3d)
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
        form.addRow(self.liver_tool.segment_button)
        form.addRow(self.tr("Phase"), self.liver_tool.phase_box)
        form.addRow(self.liver_tool.phase_note)
        form.addRow(self.liver_tool.brush_button)
        form.addRow(self.liver_tool.status)
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
            self.plan.clear()
            self.saving.version = None
            self.segments.clear()
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
                self.plan.continue_plan()

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
        self.surface_editor.set_available(planner is not None)
        self.segments.show(planner is not None)
        self.liver_tool.show(data)
        if planner is None:
            self.slice_view.set_overlay(None, {}, None, None)
            self.slice_view.set_plan((), None)
            self.scene.show_surface(None)
            self.flr.show_result(None, translate_message(data.problem) if data.problem else "")
            self.flr.save_button.setEnabled(False)
            self.flr.version_label.setText("")
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
        generation = self._generation
        self.parts.show_anatomy(data, lambda: generation == self._generation)
        self.saving.show_version(data.latest)

    def _segments_built(self, case_id: int) -> None:
        # New segments: the plan starts again from the plane between right and left liver.
        self.plan.start_afresh()
        self.follower.announce(Changes.of("segments", [case_id]))
        self.reload()

    # --- what a click on the slice does --------------------------------------------------

    def _adding_points(self, adding: bool) -> None:
        if adding:
            self.liver_tool.segment_button.setChecked(False)
            self.landmark_panel.place_button.setChecked(False)
            if self.plan.removed:
                self.chooser.choose_surface()
        self._update_mode()

    def _placing_landmarks(self, placing: bool) -> None:
        if placing:
            self.surface_editor.add_point_button.setChecked(False)
            self.liver_tool.segment_button.setChecked(False)
        self._update_mode()

    def _seeding(self, seeding: bool) -> None:
        if seeding:
            self.surface_editor.add_point_button.setChecked(False)
            self.landmark_panel.place_button.setChecked(False)
        self._update_mode()

    def _update_mode(self) -> None:
        if self.surface_editor.add_point_button.isChecked():
            self.slice_view.set_mode(
                PickMode.ADD_POINT,
                self.tr("Click where the resection surface should pass (on this slice)."),
            )
        elif self.landmark_panel.place_button.isChecked():
            self.slice_view.set_mode(
                PickMode.LANDMARK, self.landmark_panel.instruction_text(self.segments.steps)
            )
        elif self.liver_tool.segment_button.isChecked():
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
            for name, point in self.segments.steps.placed()
        ]
        if self.liver_tool.seed is not None:
            marks.append((self.tr("seed"), self.liver_tool.seed, SEED_COLOUR))
        self.slice_view.set_marks(marks)

    def _picked(self, point: object) -> None:
        picked = as_point(point)
        mode = self.slice_view.mode
        if mode is PickMode.ADD_POINT:
            self.surface_editor.add_point(picked)
        elif mode is PickMode.LANDMARK:
            self.segments.add(picked)
        elif mode is PickMode.SEED:
            self.liver_tool.segment_button.setChecked(False)
            self.liver_tool.start(picked)

    # --- closing ------------------------------------------------------------------------

    def shut_down(self) -> None:
        """Close, and let work under way finish (the database closes next)."""
        for task in self.runner.tasks:
            task.cancel()
        self.live.wait(10_000)
        self.close()
        self.runner.wait_for_all(10_000)
        self.scene.shutdown()
