"""The viewer's 3-D view: volume rendering and surfaces with their side panel.

The widget hosts :class:`casereview.render.planes_3d.PlanesView3D` in a QVTK window with a
trackball camera (left-drag rotates, right-drag or wheel zooms, middle- or Shift+left-drag
pans). A tool row above it chooses the preset and the standard views; the side panel (shown
with "Settings") holds the transfer-function editor, shading and 3-D MIP, the crop box and the
clipping plane, the segment list, named views, screenshots and the rotation movie.

Rendering quality follows the mouse: reduced sampling while the camera moves (and while the
crosshair is being dragged in a 2-D view), full quality a moment after it stops.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from vtkmodules.vtkCommonCore import vtkCommand
from vtkmodules.vtkCommonDataModel import vtkPolyData
from vtkmodules.vtkInteractionStyle import vtkInteractorStyleTrackballCamera
from vtkmodules.vtkRenderingCore import vtkRenderWindow

from casereview.domain.key_image_scene import Scene3D, SceneClip, SceneSurface
from casereview.domain.progress import CancelToken, ProgressReporter, no_progress
from casereview.domain.rendering import (
    BUILTIN_PRESETS,
    BlendMode,
    CameraView,
    SavedView,
    SegmentStyle,
    StandardView,
    TransferFunction,
)
from casereview.errors import ValidationError
from casereview.messages import Message
from casereview.render.capture import (
    DEFAULT_FPS,
    DEFAULT_FRAMES,
    MAX_SCALE,
    rotation_frames,
    screenshot,
    write_movie,
    write_png,
)
from casereview.render.planes_3d import PlanesView3D
from casereview.render.scene_surfaces import SceneSurfaces, build_scene_surfaces
from casereview.render.surfaces import (
    SurfaceOptions,
    build_iso_surface,
    build_label_surfaces,
    export_surfaces,
)
from casereview.render.volume_rendering import (
    choose_mapper_kind,
    enable_threaded_smp,
    opengl_renderer,
)
from casereview.services import rendering as rendering_service
from casereview.session import Orientation, ViewerSession, direction_label
from casereview.store.database import Database
from casereview.ui.errors import ErrorPresenter
from casereview.ui.tasks import TaskRunner, Work
from casereview.ui.viewer.views import VtkHost

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Milliseconds without camera or crosshair movement before the full-quality frame.
STILL_DELAY_MS = 250
#: Milliseconds without new voxels before the volume rendering is prepared (a loading series
#: reports new voxels every quarter second; preparing blocks the UI for a few seconds).
PREPARE_DELAY_MS = 1000

PRESET_NAMES = {
    "cta": QT_TRANSLATE_NOOP("View3D", "CT angiography"),
    "soft_tissue": QT_TRANSLATE_NOOP("View3D", "Soft tissue"),
    "bone": QT_TRANSLATE_NOOP("View3D", "Bone"),
    "vessels_organs": QT_TRANSLATE_NOOP("View3D", "Vessels & organs"),
    "mip": QT_TRANSLATE_NOOP("View3D", "3-D MIP"),
}
VIEW_NAMES = {
    StandardView.ANTERIOR: (
        QT_TRANSLATE_NOOP("View3D", "A"),
        QT_TRANSLATE_NOOP("View3D", "Anterior"),
    ),
    StandardView.POSTERIOR: (
        QT_TRANSLATE_NOOP("View3D", "P"),
        QT_TRANSLATE_NOOP("View3D", "Posterior"),
    ),
    StandardView.RIGHT: (QT_TRANSLATE_NOOP("View3D", "R"), QT_TRANSLATE_NOOP("View3D", "Right")),
    StandardView.LEFT: (QT_TRANSLATE_NOOP("View3D", "L"), QT_TRANSLATE_NOOP("View3D", "Left")),
    StandardView.SUPERIOR: (
        QT_TRANSLATE_NOOP("View3D", "S"),
        QT_TRANSLATE_NOOP("View3D", "Superior"),
    ),
    StandardView.INFERIOR: (
        QT_TRANSLATE_NOOP("View3D", "I"),
        QT_TRANSLATE_NOOP("View3D", "Inferior"),
    ),
}
CLIP_NAMES = {
    Orientation.AXIAL: QT_TRANSLATE_NOOP("View3D", "Axial"),
    Orientation.CORONAL: QT_TRANSLATE_NOOP("View3D", "Coronal"),
    Orientation.SAGITTAL: QT_TRANSLATE_NOOP("View3D", "Sagittal"),
}


def _tr(text: object) -> str:
    # ``QT_TRANSLATE_NOOP`` marks a str; its stub types the result as ``object``.
    return QCoreApplication.translate("View3D", str(text))


@dataclass(frozen=True)
class View3DContext:
    """What the 3-D view needs from the application to save views and run long work.

    Attributes
    ----------
    db
        The case database (named views and presets are stored there).
    username
        Who saves.
    series_id
        Internal id of the series shown.
    case_id
        The case it was opened from, if any.
    tasks
        The window's task runner (``casereview.ui.tasks.TaskRunner``) for surface building
        and movie encoding; without one that work runs on the spot.
    errors
        Where failures are shown (a presenter of the widget's own when not given).
    """

    db: Database
    username: str
    series_id: int
    case_id: int | None = None
    tasks: TaskRunner | None = None
    errors: ErrorPresenter | None = None


class Render3DHost(VtkHost):
    """The QVTK window of the 3-D view with a trackball camera and quality switching."""

    def __init__(self, view: PlanesView3D, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        view.add_to(self.GetRenderWindow())
        view.request_render = self.schedule_render
        self._style = vtkInteractorStyleTrackballCamera()
        self.SetInteractorStyle(self._style)
        self._style.AddObserver(
            vtkCommand.StartInteractionEvent, lambda *_: self._interaction(True)
        )
        self._style.AddObserver(vtkCommand.EndInteractionEvent, lambda *_: self._interaction(False))
        self.Initialize()
        self.setObjectName("view3D")
        self.renderer_name = ""
        #: Called after every frame (the widget checks for a volume rendering to prepare).
        self.after_render: Callable[[], None] = lambda: None
        self._still = QTimer(self)
        self._still.setSingleShot(True)
        self._still.setInterval(STILL_DELAY_MS)
        self._still.timeout.connect(self._render_still)

    def _interaction(self, moving: bool) -> None:
        if moving:
            self._still.stop()
            self.view.set_interactive(True)
        else:
            self._still.start()

    def _render_still(self) -> None:
        self.view.set_interactive(False)
        self.render_now()

    def preview(self) -> None:
        """Render soon at interactive quality, then at full quality once things settle."""
        self.view.set_interactive(True)
        self.schedule_render()
        self._still.start()

    def render_now(self) -> None:
        """Render; on the first frame, pick the ray caster that fits this OpenGL."""
        super().render_now()
        if not self.renderer_name and self.isVisible() and self.width() > 0:
            self.renderer_name = opengl_renderer(self.GetRenderWindow()) or "unknown"
            kind = choose_mapper_kind(self.renderer_name)
            log.info("3-D view: OpenGL renderer %s, %s ray caster", self.renderer_name, kind)
            if kind is not self.view.mapper_kind:
                self.view.set_mapper_kind(kind)
                self.schedule_render()
        self.after_render()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.ignore()  # VTK's single-letter keys (wireframe, quit …) are not for users here

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        event.ignore()


def _swatch(button: QPushButton, rgb: Sequence[float]) -> None:
    colour = QColor.fromRgbF(*rgb)
    button.setStyleSheet(
        f"QPushButton {{ background: {colour.name()}; border: 1px solid #555; min-width: 22px;"
        " min-height: 16px; }"
    )


class View3DWidget(QWidget):
    """The 3-D view of a viewer with its tool row and side panel.

    Parameters
    ----------
    session
        The viewer state (series, crosshair).
    context
        Database and task runner for named views, presets and long work; without it those
        controls are disabled (e.g. a viewer opened outside a workstation).
    parent
        Parent widget.
    """

    #: A screenshot was written (its :class:`Path`).
    screenshot_written = Signal(object)
    #: A movie was written (its :class:`Path`).
    movie_written = Signal(object)

    def __init__(
        self,
        session: ViewerSession,
        context: View3DContext | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("view3DWidget")
        enable_threaded_smp()
        self.session = session
        self.context = context
        self.view = PlanesView3D(
            session, volume_rendering=True, show_planes=False, deferred_preparation=True
        )
        self.host = Render3DHost(self.view, self)
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(PREPARE_DELAY_MS)
        self._prepare_timer.timeout.connect(self.prepare_volume_rendering)
        self.host.after_render = self._volume_waiting
        session.voxels_changed.connect(self._voxels_arrived)
        self.errors = (context.errors if context is not None else None) or ErrorPresenter(self)
        self.presets: list[TransferFunction] = []
        self.saved_views: list[SavedView] = []
        self.styles: list[SegmentStyle] = []
        self._labels: NDArray[np.integer] | None = None
        self._meshes: dict[int, vtkPolyData] = {}
        #: Label value of each surface to the segment it shows, and to an iso-surface's CT
        #: value: what a 3-D key image keeps of the surfaces (``scene``).
        self.surface_segments: dict[int, str] = {}
        self.iso_values: dict[int, float] = {}

        self.toolbar = self._build_toolbar()
        self.panel = self._build_panel()
        scroll = QScrollArea(self)
        scroll.setObjectName("view3DPanel")
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(290)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setVisible(False)
        self.panel_area = scroll
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(2)
        body.addWidget(self.host, 1)
        body.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addLayout(body, 1)

        session.crosshair_changed.connect(self._crosshair_moved)
        self._fill_presets()
        self._refresh_saved_views()
        self._show_transfer_function(self.view.preset)

    # --- host-like interface used by the viewer grid ---------------------------------

    def schedule_render(self) -> None:
        """Render once control returns to the event loop."""
        self.host.schedule_render()

    def render_now(self) -> None:
        """Render immediately (if visible)."""
        self.host.render_now()

    def shutdown(self) -> None:
        """Stop observing and release the OpenGL resources."""
        self._prepare_timer.stop()
        for signal, slot in (
            (self.session.crosshair_changed, self._crosshair_moved),
            (self.session.voxels_changed, self._voxels_arrived),
        ):
            try:
                signal.disconnect(slot)
            except (TypeError, ValueError, RuntimeError):
                pass
        self.host.shutdown()

    # --- preparing the volume rendering ----------------------------------------------

    def _volume_waiting(self) -> None:
        if self.view.volume_pending and not self._prepare_timer.isActive():
            self._prepare_timer.start()

    def _voxels_arrived(self, *_: object) -> None:
        if self.view.volume_pending:
            self._prepare_timer.start()  # restarts: wait until the series is complete

    def prepare_volume_rendering(self) -> bool:
        """Compute the volume rendering's tables now, with a message (blocks a few seconds).

        Returns whether the volume rendering is in the scene afterwards.
        """
        if not self.view.volume_pending:
            return self.view.volume is not None
        if not self.isVisible():
            return False  # the next frame, once shown, asks again
        self.view.show_message(self.tr("Preparing the 3-D rendering…"))
        self.host.render_now()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.view.prepare_volume()
        finally:
            QApplication.restoreOverrideCursor()
            self.view.show_message("")
        self.host.preview()
        return True

    # --- tool row --------------------------------------------------------------------

    def _build_toolbar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("view3DToolbar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(2, 2, 2, 2)
        row.setSpacing(3)
        self.preset_combo = QComboBox(bar)
        self.preset_combo.setObjectName("renderPreset")
        self.preset_combo.setToolTip(self.tr("Volume rendering preset"))
        self.preset_combo.activated.connect(self._preset_chosen)
        row.addWidget(self.preset_combo, 1)
        self.view_buttons: dict[StandardView, QToolButton] = {}
        for view, (short, name) in VIEW_NAMES.items():
            button = QToolButton(bar)
            button.setObjectName(f"view3D.{view.value}")
            button.setText(_tr(short))
            button.setToolTip(self.tr("Look from the {side}").format(side=_tr(name).lower()))
            button.clicked.connect(lambda _c=False, v=view: self.set_standard_view(v))
            self.view_buttons[view] = button
            row.addWidget(button)
        reset = QToolButton(bar)
        reset.setObjectName("view3D.reset")
        reset.setText(self.tr("Reset"))
        reset.setToolTip(self.tr("Back to the starting view of the whole volume"))
        reset.clicked.connect(self.reset_camera)
        row.addWidget(reset)
        self.panel_button = QToolButton(bar)
        self.panel_button.setObjectName("view3D.settings")
        self.panel_button.setText(self.tr("Settings"))
        self.panel_button.setCheckable(True)
        self.panel_button.setToolTip(
            self.tr(
                "Show the 3-D settings: preset editor, crop and clipping, segments, saved views, "
                "screenshot and movie"
            )
        )
        self.panel_button.toggled.connect(self.set_panel_visible)
        row.addWidget(self.panel_button)
        return bar

    def set_panel_visible(self, visible: bool) -> None:
        """Show or hide the side panel."""
        self.panel_area.setVisible(visible)
        with QSignalBlocker(self.panel_button):
            self.panel_button.setChecked(visible)
        self.schedule_render()

    # --- side panel ------------------------------------------------------------------

    def _build_panel(self) -> QWidget:
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self._build_rendering_box(panel))
        column.addWidget(self._build_cut_box(panel))
        column.addWidget(self._build_segment_box(panel))
        column.addWidget(self._build_views_box(panel))
        column.addWidget(self._build_capture_box(panel))
        column.addStretch(1)
        return panel

    def _build_rendering_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Volume rendering"), parent)
        form = QFormLayout(box)
        shown = QHBoxLayout()
        self.volume_check = QCheckBox(self.tr("Volume"), box)
        self.volume_check.setObjectName("view3D.volume")
        self.volume_check.setChecked(True)
        self.volume_check.toggled.connect(self._volume_toggled)
        self.planes_check = QCheckBox(self.tr("Planes"), box)
        self.planes_check.setObjectName("view3D.planes")
        self.planes_check.setToolTip(self.tr("Show the axial, coronal and sagittal slices"))
        self.planes_check.toggled.connect(self._planes_toggled)
        self.shade_check = QCheckBox(self.tr("Shading"), box)
        self.shade_check.setObjectName("view3D.shading")
        self.shade_check.toggled.connect(self._edited)
        self.mip_check = QCheckBox(self.tr("3-D MIP"), box)
        self.mip_check.setObjectName("view3D.mip")
        self.mip_check.setToolTip(self.tr("Brightest value along each ray instead of surfaces"))
        self.mip_check.toggled.connect(self._edited)
        for check in (self.volume_check, self.planes_check, self.shade_check, self.mip_check):
            shown.addWidget(check)
        form.addRow(shown)
        self.tf_width = QSpinBox(box)
        self.tf_width.setObjectName("view3D.width")
        self.tf_width.setRange(1, 5000)
        self.tf_width.setSuffix(" HU")
        self.tf_width.setToolTip(self.tr("Range of CT values over which opacity rises"))
        self.tf_level = QSpinBox(box)
        self.tf_level.setObjectName("view3D.level")
        self.tf_level.setRange(-1500, 3000)
        self.tf_level.setSuffix(" HU")
        self.tf_level.setToolTip(self.tr("Centre of the opacity ramp"))
        for spin in (self.tf_width, self.tf_level):
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(self._edited)
        form.addRow(self.tr("Window"), self.tf_width)
        form.addRow(self.tr("Level"), self.tf_level)
        self.tf_opacity = QSlider(Qt.Orientation.Horizontal, box)
        self.tf_opacity.setObjectName("view3D.opacity")
        self.tf_opacity.setRange(1, 100)
        self.tf_opacity.setToolTip(self.tr("Highest opacity of the ramp"))
        self.tf_opacity.valueChanged.connect(self._edited)
        form.addRow(self.tr("Opacity"), self.tf_opacity)
        self.colour_row = QHBoxLayout()
        self.colour_buttons: list[QPushButton] = []
        colours = QWidget(box)
        colours.setLayout(self.colour_row)
        self.colour_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Colours"), colours)
        save = QHBoxLayout()
        self.preset_name = QLineEdit(box)
        self.preset_name.setObjectName("view3D.presetName")
        self.preset_name.setPlaceholderText(self.tr("Preset name"))
        self.save_preset_button = QPushButton(self.tr("Save as preset"), box)
        self.save_preset_button.setObjectName("view3D.savePreset")
        self.save_preset_button.clicked.connect(self.save_preset)
        self.delete_preset_button = QPushButton(self.tr("Delete"), box)
        self.delete_preset_button.setObjectName("view3D.deletePreset")
        self.delete_preset_button.setToolTip(self.tr("Delete the chosen user preset"))
        self.delete_preset_button.clicked.connect(self.delete_preset)
        save.addWidget(self.preset_name, 1)
        save.addWidget(self.save_preset_button)
        save.addWidget(self.delete_preset_button)
        form.addRow(save)
        if self.context is None:
            for widget in (self.preset_name, self.save_preset_button, self.delete_preset_button):
                widget.setEnabled(False)
        return box

    def _build_cut_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Crop and clip"), parent)
        grid = QGridLayout(box)
        self.crop_check = QCheckBox(self.tr("Crop box (% of the volume)"), box)
        self.crop_check.setObjectName("view3D.crop")
        self.crop_check.toggled.connect(self._crop_changed)
        grid.addWidget(self.crop_check, 0, 0, 1, 3)
        self.crop_spins: list[QSpinBox] = []
        volume = self.session.primary.volume if self.session.primary is not None else None
        for axis in range(3):
            if volume is not None:
                towards = direction_label(volume.direction[:, axis])[:1]
                away = direction_label(-volume.direction[:, axis])[:1]
                name = f"{away}→{towards}"
            else:
                name = "xyz"[axis]
            grid.addWidget(QLabel(name, box), axis + 1, 0)
            for side in (0, 1):
                spin = QSpinBox(box)
                spin.setObjectName(f"view3D.crop{axis}{side}")
                spin.setRange(0, 100)
                spin.setValue(100 * side)
                spin.setSuffix(" %")
                spin.setKeyboardTracking(False)
                spin.valueChanged.connect(self._crop_changed)
                self.crop_spins.append(spin)
                grid.addWidget(spin, axis + 1, 1 + side)
        self.clip_check = QCheckBox(self.tr("Clipping plane"), box)
        self.clip_check.setObjectName("view3D.clip")
        self.clip_check.toggled.connect(self._clip_changed)
        grid.addWidget(self.clip_check, 4, 0, 1, 1)
        self.clip_orientation = QComboBox(box)
        self.clip_orientation.setObjectName("view3D.clipOrientation")
        for orientation, clip_name in CLIP_NAMES.items():
            self.clip_orientation.addItem(_tr(clip_name), orientation)
        self.clip_orientation.setCurrentIndex(1)  # coronal: cut away what lies in front
        self.clip_orientation.currentIndexChanged.connect(self._clip_changed)
        grid.addWidget(self.clip_orientation, 4, 1)
        self.clip_flip = QCheckBox(self.tr("Flip"), box)
        self.clip_flip.setObjectName("view3D.clipFlip")
        self.clip_flip.setToolTip(self.tr("Keep the other side of the plane"))
        self.clip_flip.toggled.connect(self._clip_changed)
        grid.addWidget(self.clip_flip, 4, 2)
        self.clip_slider = QSlider(Qt.Orientation.Horizontal, box)
        self.clip_slider.setObjectName("view3D.clipPosition")
        self.clip_slider.setRange(-250, 250)
        self.clip_slider.setToolTip(
            self.tr("Move the plane (mm from the crosshair along its normal)")
        )
        self.clip_slider.valueChanged.connect(self._clip_changed)
        grid.addWidget(self.clip_slider, 5, 0, 1, 3)
        return box

    def _build_segment_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Surfaces"), parent)
        column = QVBoxLayout(box)
        self.segment_table = QTableWidget(0, 4, box)
        self.segment_table.setObjectName("view3D.segments")
        self.segment_table.setHorizontalHeaderLabels(
            [self.tr("Show"), self.tr("Colour"), self.tr("Segment"), self.tr("Opacity")]
        )
        self.segment_table.verticalHeader().setVisible(False)
        self.segment_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.segment_table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.segment_table.setMinimumHeight(140)
        column.addWidget(self.segment_table)
        iso = QHBoxLayout()
        self.iso_value = QSpinBox(box)
        self.iso_value.setObjectName("view3D.isoValue")
        self.iso_value.setRange(-1000, 3000)
        self.iso_value.setValue(200)
        self.iso_value.setSuffix(" HU")
        self.iso_value.setToolTip(
            self.tr("CT value of the surface (about 200 HU: opacified vessels and bone)")
        )
        add_iso = QPushButton(self.tr("Add iso-surface"), box)
        add_iso.setObjectName("view3D.addIso")
        add_iso.clicked.connect(lambda: self.add_iso_surface(self.iso_value.value()))
        iso.addWidget(self.iso_value)
        iso.addWidget(add_iso)
        column.addLayout(iso)
        actions = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export STL/OBJ…"), box)
        self.export_button.setObjectName("view3D.exportSurfaces")
        self.export_button.setToolTip(
            self.tr("Write the shown surfaces for 3-D printing or planning software")
        )
        self.export_button.clicked.connect(self._export_chosen)
        clear = QPushButton(self.tr("Remove all"), box)
        clear.setObjectName("view3D.clearSurfaces")
        clear.clicked.connect(self.clear_surfaces)
        actions.addWidget(self.export_button)
        actions.addWidget(clear)
        column.addLayout(actions)
        return box

    def _build_views_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Saved views"), parent)
        grid = QGridLayout(box)
        self.view_name = QLineEdit(box)
        self.view_name.setObjectName("view3D.viewName")
        self.view_name.setPlaceholderText(self.tr("Name of this view"))
        self.save_view_button = QPushButton(self.tr("Save view"), box)
        self.save_view_button.setObjectName("view3D.saveView")
        self.save_view_button.setToolTip(
            self.tr("Keep this camera and preset under a name, for key images and the MDT")
        )
        self.save_view_button.clicked.connect(lambda: self.save_view(self.view_name.text()))
        grid.addWidget(self.view_name, 0, 0, 1, 2)
        grid.addWidget(self.save_view_button, 0, 2)
        self.views_combo = QComboBox(box)
        self.views_combo.setObjectName("view3D.savedViews")
        self.recall_button = QPushButton(self.tr("Show"), box)
        self.recall_button.setObjectName("view3D.recallView")
        self.recall_button.clicked.connect(self._recall_chosen)
        self.delete_view_button = QPushButton(self.tr("Delete"), box)
        self.delete_view_button.setObjectName("view3D.deleteView")
        self.delete_view_button.clicked.connect(self._delete_chosen_view)
        grid.addWidget(self.views_combo, 1, 0)
        grid.addWidget(self.recall_button, 1, 1)
        grid.addWidget(self.delete_view_button, 1, 2)
        if self.context is None:
            for widget in (
                self.view_name,
                self.save_view_button,
                self.views_combo,
                self.recall_button,
                self.delete_view_button,
            ):
                widget.setEnabled(False)
            box.setToolTip(
                self.tr("Views can be saved when the series is opened from the study browser")
            )
        return box

    def _build_capture_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Pictures"), parent)
        grid = QGridLayout(box)
        self.scale_combo = QComboBox(box)
        self.scale_combo.setObjectName("view3D.scale")
        for scale in range(1, MAX_SCALE + 1):
            self.scale_combo.addItem(self.tr("{n}× size").format(n=scale), scale)
        self.scale_combo.setCurrentIndex(1)
        shot = QPushButton(self.tr("Screenshot…"), box)
        shot.setObjectName("view3D.screenshot")
        shot.setToolTip(self.tr("Save the 3-D view as a PNG picture"))
        shot.clicked.connect(self._screenshot_chosen)
        grid.addWidget(self.scale_combo, 0, 0)
        grid.addWidget(shot, 0, 1)
        self.movie_frames = QSpinBox(box)
        self.movie_frames.setObjectName("view3D.movieFrames")
        self.movie_frames.setRange(12, 360)
        self.movie_frames.setValue(DEFAULT_FRAMES)
        self.movie_frames.setSuffix(self.tr(" frames"))
        movie = QPushButton(self.tr("360° movie…"), box)
        movie.setObjectName("view3D.movie")
        movie.setToolTip(self.tr("One turn round the patient as MP4 or animated GIF"))
        movie.clicked.connect(self._movie_chosen)
        grid.addWidget(self.movie_frames, 1, 0)
        grid.addWidget(movie, 1, 1)
        return box

    # --- presets and the transfer-function editor ------------------------------------

    def _fill_presets(self, select: str | None = None) -> None:
        self.presets = list(BUILTIN_PRESETS.values())
        user: list[TransferFunction] = []
        if self.context is not None:
            user = [p.transfer_function for p in rendering_service.list_presets(self.context.db)]
        self.presets += user
        with QSignalBlocker(self.preset_combo):
            self.preset_combo.clear()
            for preset in self.presets:
                name = _tr(PRESET_NAMES[preset.key]) if preset.key in PRESET_NAMES else preset.name
                self.preset_combo.addItem(name, preset.key or preset.name)
            wanted = (
                select if select is not None else (self.view.preset.key or self.view.preset.name)
            )
            index = self.preset_combo.findData(wanted)
            if index >= 0:
                self.preset_combo.setCurrentIndex(index)
            else:  # an edited preset not saved: say so
                self.preset_combo.addItem(self.tr("(edited)"), "")
                self.preset_combo.setCurrentIndex(self.preset_combo.count() - 1)

    def _preset_chosen(self, index: int) -> None:
        if 0 <= index < len(self.presets):
            self.apply_preset(self.presets[index])

    def apply_preset(self, preset: TransferFunction) -> None:
        """Show the volume with ``preset`` and load it into the editor."""
        self.view.apply_preset(preset)
        self._show_transfer_function(preset)
        self._fill_presets()
        self.host.preview()

    def choose_preset(self, key_or_name: str) -> None:
        """Apply the preset with this built-in key or user name (as the chooser does)."""
        index = self.preset_combo.findData(key_or_name)
        if index < 0:
            raise KeyError(key_or_name)
        self.preset_combo.setCurrentIndex(index)
        self._preset_chosen(index)

    def _show_transfer_function(self, preset: TransferFunction) -> None:
        width, level = preset.window
        widgets = (self.tf_width, self.tf_level, self.tf_opacity, self.shade_check, self.mip_check)
        blockers = [QSignalBlocker(w) for w in widgets]
        self.tf_width.setValue(round(width))
        self.tf_level.setValue(round(level))
        self.tf_opacity.setValue(round(100 * preset.peak_opacity))
        self.shade_check.setChecked(preset.shade)
        self.mip_check.setChecked(preset.blend is BlendMode.MIP)
        del blockers
        while self.colour_buttons:
            button = self.colour_buttons.pop()
            self.colour_row.removeWidget(button)
            button.deleteLater()
        for index, point in enumerate(preset.colours):
            button = QPushButton(self.panel)
            button.setObjectName(f"view3D.colour{index}")
            button.setToolTip(self.tr("Colour at {value:.0f} HU").format(value=point.value))
            _swatch(button, point.rgb)
            button.clicked.connect(lambda _c=False, i=index: self._pick_colour(i))
            self.colour_row.addWidget(button)
            self.colour_buttons.append(button)

    def edited_transfer_function(self) -> TransferFunction:
        """The preset shown, changed by the editor's window, opacity, shading and MIP."""
        preset = self.view.preset
        width, level = preset.window
        if (self.tf_width.value(), self.tf_level.value()) != (round(width), round(level)):
            preset = preset.with_window(self.tf_width.value(), self.tf_level.value())
        if self.tf_opacity.value() != round(100 * preset.peak_opacity):
            preset = preset.with_peak_opacity(self.tf_opacity.value() / 100.0)
        blend = BlendMode.MIP if self.mip_check.isChecked() else BlendMode.COMPOSITE
        if (self.shade_check.isChecked(), blend) != (preset.shade, preset.blend):
            preset = replace(preset, shade=self.shade_check.isChecked(), blend=blend, key="")
        return preset

    def _edited(self, *_: object) -> None:
        preset = self.edited_transfer_function()
        if preset is not self.view.preset:
            self.view.apply_preset(preset)
            self._fill_presets()
            self.host.preview()

    def _pick_colour(self, index: int) -> None:
        current = QColor.fromRgbF(*self.view.preset.colours[index].rgb)
        colour = QColorDialog.getColor(current, self, self.tr("Colour of the preset"))
        if colour.isValid():
            self.set_colour(index, (colour.redF(), colour.greenF(), colour.blueF()))

    def set_colour(self, index: int, rgb: tuple[float, float, float]) -> None:
        """Change colour point ``index`` of the shown preset."""
        preset = self.view.preset.with_colour(index, rgb)
        self.view.apply_preset(preset)
        _swatch(self.colour_buttons[index], rgb)
        self._fill_presets()
        self.host.preview()

    def save_preset(self) -> None:
        """Save the edited transfer function under the typed name."""
        if self.context is None:
            return
        name = self.preset_name.text().strip()
        try:
            preset = self.edited_transfer_function().renamed(name)
            saved = rendering_service.save_preset(self.context.db, self.context.username, preset)
        except Exception as exc:  # shown, not raised into Qt's event loop
            self._present(exc)
            return
        self.view.apply_preset(saved.transfer_function)
        self._fill_presets(select=saved.name)
        self.preset_name.clear()

    def delete_preset(self) -> None:
        """Delete the chosen user preset (built-in ones stay)."""
        if self.context is None:
            return
        name = self.preset_combo.currentData()
        for saved in rendering_service.list_presets(self.context.db):
            if saved.name == name:
                try:
                    rendering_service.delete_preset(
                        self.context.db, self.context.username, saved.id
                    )
                except Exception as exc:
                    self._present(exc)
                    return
                self.apply_preset(BUILTIN_PRESETS["cta"])
                return

    def _volume_toggled(self, on: bool) -> None:
        self.view.set_volume_rendering(on)

    def _planes_toggled(self, on: bool) -> None:
        self.view.set_planes_visible(on)

    # --- crop and clip ---------------------------------------------------------------

    def _crop_changed(self, *_: object) -> None:
        if self.crop_check.isChecked():
            self.view.set_crop([spin.value() / 100.0 for spin in self.crop_spins])
        else:
            self.view.set_crop(None)
        self.host.preview()

    def _clip_changed(self, *_: object) -> None:
        clip = self.clip_plane()
        if clip is None:
            self.view.set_clip_plane(None)
        else:
            self.view.set_clip_plane(*clip)
        self.host.preview()

    def clip_plane(self) -> tuple[list[float], list[float]] | None:
        """``(origin, normal)`` of the clipping plane the controls set (LPS), if it is on."""
        if not self.clip_check.isChecked():
            return None
        plane = self.session.plane(self.clip_orientation.currentData())
        normal = plane.normal if not self.clip_flip.isChecked() else -plane.normal
        # The plane's normal points into the screen of its 2-D view (the axial view looks
        # from the feet): "cut away" is the side the 2-D viewer looks towards.
        origin = self.session.crosshair + self.clip_slider.value() * plane.normal
        return origin.tolist(), (-normal).tolist()

    # --- surfaces --------------------------------------------------------------------

    def show_segments(
        self,
        labels: NDArray[np.integer],
        styles: Sequence[SegmentStyle],
        options: SurfaceOptions | None = None,
        segment_uuids: Sequence[str] = (),
    ) -> object:
        """Make surfaces of a label map (off the UI thread when a task runner is known).

        Parameters
        ----------
        labels
            Label values on the grid of the primary series.
        styles
            One per segment to show.
        options
            Smoothing and triangle budget.
        segment_uuids
            The segment each style shows, in the same order (kept by a 3-D key image's scene).

        Returns
        -------
        object
            The task (``casereview.ui.tasks.Task``) or, without a runner, the meshes.
        """
        if self.session.primary is None:
            return None
        grid = self.session.primary.volume
        styles = list(styles)

        def work(progress: ProgressReporter, cancel: CancelToken) -> dict[int, vtkPolyData]:
            return build_label_surfaces(labels, grid, styles, options, progress, cancel)

        sources = dict(zip((s.label for s in styles), segment_uuids, strict=False))

        def done(meshes: dict[int, vtkPolyData]) -> None:
            self._labels = labels
            self.surface_segments = sources
            self.iso_values = {}
            self._set_meshes(meshes, styles)

        return self._run(self.tr("Making surfaces"), work, done)

    def add_iso_surface(self, value: float) -> object:
        """Add the surface where the CT value crosses ``value`` as a new segment."""
        if self.session.primary is None:
            return None
        volume = self.session.primary.volume
        label = max([s.label for s in self.styles], default=0) + 1
        style = SegmentStyle(
            label, self.tr("Iso-surface {value:.0f} HU").format(value=value), (0.9, 0.85, 0.75)
        )

        step = self.tr("Making surfaces")

        def work(progress: ProgressReporter, cancel: CancelToken) -> vtkPolyData:
            progress(0, 1, step)
            mesh = build_iso_surface(volume, value)
            progress(1, 1, step)
            return mesh

        def done(mesh: vtkPolyData) -> None:
            meshes = dict(self._meshes)
            meshes[label] = mesh
            self.iso_values[label] = float(value)
            self._set_meshes(meshes, [*self.styles, style])

        return self._run(self.tr("Making surfaces"), work, done)

    def _run(self, title: str, work: Work[T], done: Callable[[T], None]) -> object:
        tasks = self.context.tasks if self.context is not None else None
        if tasks is not None:
            return tasks.run(title, work, done)
        result = work(no_progress, CancelToken())
        done(result)
        return result

    def _set_meshes(self, meshes: dict[int, vtkPolyData], styles: Sequence[SegmentStyle]) -> None:
        self._meshes = dict(meshes)
        self.styles = [s for s in styles if s.label in meshes]
        self.view.surfaces.set_meshes(meshes, self.styles)
        if self.view._clip is not None and self.view.volume is not None:
            self.view.surfaces.set_clipping_planes(self.view.volume.clipping_planes())
        self._fill_segment_table()
        self.host.preview()

    def _fill_segment_table(self) -> None:
        table = self.segment_table
        table.setRowCount(len(self.styles))
        for row, style in enumerate(self.styles):
            visible = QCheckBox(table)
            visible.setChecked(style.visible)
            visible.toggled.connect(lambda on, r=row: self.set_segment_style(r, visible=on))
            table.setCellWidget(row, 0, visible)
            colour = QPushButton(table)
            _swatch(colour, style.colour)
            colour.clicked.connect(lambda _c=False, r=row: self._pick_segment_colour(r))
            table.setCellWidget(row, 1, colour)
            name = QTableWidgetItem(style.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 2, name)
            opacity = QSpinBox(table)
            opacity.setRange(0, 100)
            opacity.setSuffix(" %")
            opacity.setValue(round(100 * style.opacity))
            opacity.setKeyboardTracking(False)
            opacity.valueChanged.connect(
                lambda v, r=row: self.set_segment_style(r, opacity=v / 100.0)
            )
            table.setCellWidget(row, 3, opacity)
        table.resizeColumnsToContents()

    def set_segment_style(
        self,
        row: int,
        *,
        visible: bool | None = None,
        opacity: float | None = None,
        colour: tuple[float, float, float] | None = None,
    ) -> None:
        """Change one segment's visibility, opacity or colour (as the segment list does)."""
        style = self.styles[row]
        changes: dict[str, object] = {}
        if visible is not None:
            changes["visible"] = visible
        if opacity is not None:
            changes["opacity"] = opacity
        if colour is not None:
            changes["colour"] = colour
        style = replace(style, **changes)  # type: ignore[arg-type]  # keys are SegmentStyle fields, values checked by the arguments' types
        self.styles[row] = style
        self.view.surfaces.set_style(style)
        if colour is not None:
            button = self.segment_table.cellWidget(row, 1)
            if isinstance(button, QPushButton):
                _swatch(button, colour)
        self.host.preview()

    def _pick_segment_colour(self, row: int) -> None:
        colour = QColorDialog.getColor(
            QColor.fromRgbF(*self.styles[row].colour), self, self.tr("Colour of the segment")
        )
        if colour.isValid():
            self.set_segment_style(row, colour=(colour.redF(), colour.greenF(), colour.blueF()))

    def clear_surfaces(self) -> None:
        """Remove every surface."""
        self._meshes = {}
        self.styles = []
        self.surface_segments = {}
        self.iso_values = {}
        self.view.surfaces.clear()
        self._fill_segment_table()
        self.schedule_render()

    def _export_chosen(self) -> None:
        if not self.view.surfaces.visible_meshes():
            self._present(ValidationError(Message("Show at least one surface to export.")))
            return
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export surfaces"),
            str(Path.home() / "surfaces.obj"),
            self.tr("Wavefront OBJ with colours (*.obj);;STL for 3-D printing (*.stl)"),
        )
        if target:
            self.export_surfaces(Path(target))

    def export_surfaces(self, path: Path) -> Path | None:
        """Write the shown surfaces as STL or OBJ."""
        visible = self.view.surfaces.visible_meshes()
        styles = [s for s in self.styles if s.label in visible]
        try:
            return export_surfaces(visible, styles, path)
        except Exception as exc:
            self._present(exc)
            return None

    # --- the scene of a 3-D key image ----------------------------------------------

    def scene(self) -> Scene3D:
        """What the view shows besides its camera, to keep with a 3-D key image."""
        clip = self.clip_plane()
        return Scene3D(
            preset=self.view.preset,
            volume_shown=self.volume_check.isChecked(),
            planes_shown=self.planes_check.isChecked(),
            crosshair=tuple(float(v) for v in self.session.crosshair),  # type: ignore[arg-type]  # three coordinates, checked by Scene3D
            crop=tuple(spin.value() / 100.0 for spin in self.crop_spins)
            if self.crop_check.isChecked()
            else None,
            clip=None
            if clip is None
            else SceneClip(
                origin=(clip[0][0], clip[0][1], clip[0][2]),
                normal=(clip[1][0], clip[1][1], clip[1][2]),
                orientation=Orientation(self.clip_orientation.currentData()).value,
                flipped=self.clip_flip.isChecked(),
                offset_mm=float(self.clip_slider.value()),
            ),
            surfaces=tuple(
                SceneSurface(
                    segment_uuid=self.surface_segments.get(style.label, ""),
                    name=style.name,
                    colour=style.colour,
                    opacity=style.opacity,
                    visible=style.visible,
                    iso_value=self.iso_values.get(style.label),
                )
                for style in self.styles
                if style.label in self.surface_segments or style.label in self.iso_values
            ),
        )

    def show_scene(
        self,
        scene: Scene3D | None,
        camera: CameraView,
        masks: Mapping[str, NDArray[np.bool_]],
    ) -> object:
        """Show a 3-D key image: its camera and, when it kept one, its scene.

        The surfaces are made again from the segments' masks (off the UI thread when a task
        runner is known); a segment no longer in ``masks`` is left out.

        Returns
        -------
        object
            The task making the surfaces (or, without a runner, what it made); ``None`` when
            there is no scene.
        """
        task: object = None
        if scene is not None:
            self._show_scene_controls(scene)
            if scene.crosshair is not None:
                self.session.set_crosshair(np.asarray(scene.crosshair, dtype=float))
            if scene.clip is not None:
                # The stored plane, not one placed again from the controls: the volume may
                # have been rotated since.
                self.view.set_clip_plane(scene.clip.origin, scene.clip.normal)
            task = self._build_scene_surfaces(scene, masks)
        self.view.apply_camera_view(camera)
        self.host.preview()
        return task

    def _show_scene_controls(self, scene: Scene3D) -> None:
        controls = [
            self.volume_check,
            self.planes_check,
            self.crop_check,
            *self.crop_spins,
            self.clip_check,
            self.clip_orientation,
            self.clip_flip,
            self.clip_slider,
        ]
        blockers = [QSignalBlocker(w) for w in controls]
        self.volume_check.setChecked(scene.volume_shown)
        self.planes_check.setChecked(scene.planes_shown)
        self.crop_check.setChecked(scene.crop is not None)
        for spin, fraction in zip(self.crop_spins, scene.crop or (), strict=False):
            spin.setValue(round(100 * fraction))
        self.clip_check.setChecked(scene.clip is not None)
        if scene.clip is not None:
            self.clip_orientation.setCurrentIndex(
                self.clip_orientation.findData(Orientation(scene.clip.orientation))
            )
            self.clip_flip.setChecked(scene.clip.flipped)
            self.clip_slider.setValue(round(scene.clip.offset_mm))
        del blockers
        self.view.set_volume_rendering(scene.volume_shown)
        self.view.set_planes_visible(scene.planes_shown)
        if scene.preset is not None:
            self.view.apply_preset(scene.preset)
            self._show_transfer_function(scene.preset)
            self._fill_presets()
        self.view.set_crop(scene.crop)
        if scene.clip is None:
            self.view.set_clip_plane(None)

    def _build_scene_surfaces(
        self, scene: Scene3D, masks: Mapping[str, NDArray[np.bool_]]
    ) -> object:
        if self.session.primary is None:
            return None
        grid = self.session.primary.volume
        masks = {uuid: masks[uuid] for uuid in scene.segment_uuids if uuid in masks}

        def work(progress: ProgressReporter, cancel: CancelToken) -> SceneSurfaces:
            return build_scene_surfaces(scene, grid, masks, progress=progress, cancel=cancel)

        def done(made: SceneSurfaces) -> None:
            self._labels = None
            self.surface_segments = made.segment_uuids
            self.iso_values = made.iso_values
            self._set_meshes(made.meshes, made.styles)

        return self._run(self.tr("Making surfaces"), work, done)

    # --- camera and named views ------------------------------------------------------

    def set_standard_view(self, view: StandardView) -> None:
        """Look from one side of the patient."""
        self.view.set_standard_view(view)
        self.host.preview()

    def reset_camera(self) -> None:
        """The starting view."""
        self.view.reset_camera()
        self.host.preview()

    def _crosshair_moved(self, *_: object) -> None:
        if self.clip_check.isChecked():
            self._clip_changed()  # the plane is placed relative to the crosshair
        elif self.isVisible():
            self.host.preview()

    def _refresh_saved_views(self, select: int | None = None) -> None:
        if self.context is None:
            return
        self.saved_views = rendering_service.list_views(
            self.context.db, self.context.series_id, self.context.case_id
        )
        with QSignalBlocker(self.views_combo):
            self.views_combo.clear()
            for view in self.saved_views:
                self.views_combo.addItem(view.name, view.id)
            if select is not None:
                self.views_combo.setCurrentIndex(self.views_combo.findData(select))
        has = bool(self.saved_views)
        self.recall_button.setEnabled(has)
        self.delete_view_button.setEnabled(has)

    def save_view(self, name: str) -> SavedView | None:
        """Save the current camera and preset as a named view of this series."""
        if self.context is None:
            return None
        try:
            saved = rendering_service.save_view(
                self.context.db,
                self.context.username,
                series_id=self.context.series_id,
                case_id=self.context.case_id,
                name=name,
                camera=self.view.camera_view(),
                preset=self.view.preset,
            )
        except Exception as exc:
            self._present(exc)
            return None
        self.view_name.clear()
        self._refresh_saved_views(select=saved.id)
        return saved

    def recall_view(self, name: str) -> None:
        """Show the saved view called ``name`` (camera and preset)."""
        for view in self.saved_views:
            if view.name == name:
                self.views_combo.setCurrentIndex(self.views_combo.findData(view.id))
                self._recall(view)
                return
        raise KeyError(name)

    def _recall_chosen(self) -> None:
        view_id = self.views_combo.currentData()
        for view in self.saved_views:
            if view.id == view_id:
                self._recall(view)

    def _recall(self, view: SavedView) -> None:
        if view.preset is not None:
            self.view.apply_preset(view.preset)
            self._show_transfer_function(view.preset)
            self._fill_presets()
        self.view.apply_camera_view(view.camera)
        self.host.preview()

    def _delete_chosen_view(self) -> None:
        if self.context is None or self.views_combo.currentData() is None:
            return
        try:
            rendering_service.delete_view(
                self.context.db, self.context.username, int(self.views_combo.currentData())
            )
        except Exception as exc:
            self._present(exc)
        self._refresh_saved_views()

    # --- pictures --------------------------------------------------------------------

    def _screenshot_chosen(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save screenshot"),
            str(Path.home() / "view-3d.png"),
            self.tr("PNG pictures (*.png)"),
        )
        if target:
            self.save_screenshot(Path(target), int(self.scale_combo.currentData()))

    def save_screenshot(self, path: Path, scale: int = 1) -> Path | None:
        """Save the 3-D view (full quality) as PNG at ``scale`` × its size."""
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        self.prepare_volume_rendering()
        self.view.set_interactive(False)
        try:
            written = write_png(screenshot(self.host.GetRenderWindow(), scale), path)
        except Exception as exc:
            self._present(exc)
            return None
        self.screenshot_written.emit(written)
        return written

    def _movie_chosen(self) -> None:
        target, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save 360° movie"),
            str(Path.home() / "view-3d.mp4"),
            self.tr("MP4 video (*.mp4);;Animated GIF (*.gif)"),
        )
        if target:
            path = Path(target)
            if path.suffix.lower() not in (".mp4", ".gif"):
                path = path.with_suffix(".gif" if "gif" in chosen_filter.lower() else ".mp4")
            self.record_movie(path, self.movie_frames.value())

    def record_movie(self, path: Path, frames: int = DEFAULT_FRAMES) -> object:
        """Render one turn round the patient, then encode it off the UI thread.

        Frames are rendered here (OpenGL belongs to the UI thread) with a progress dialog
        that can cancel; encoding runs through the task runner.

        Returns
        -------
        object
            The encoding task, the written path without a runner, or ``None`` if cancelled.
        """
        self.prepare_volume_rendering()
        self.view.set_interactive(False)
        dialog = QProgressDialog(self.tr("Rendering the movie"), self.tr("Cancel"), 0, frames, self)
        dialog.setObjectName("movieProgress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        captured = []
        window = self.host.GetRenderWindow()
        generator = rotation_frames(window, self.view.renderer, frames)
        try:
            for index, frame in enumerate(generator):
                captured.append(frame)
                dialog.setValue(index + 1)
                QApplication.processEvents()
                if dialog.wasCanceled():
                    generator.close()  # restores the camera
                    return None
        finally:
            dialog.close()
            dialog.deleteLater()

        def work(progress: ProgressReporter, cancel: CancelToken) -> Path:
            return write_movie(
                captured,
                path,
                fps=DEFAULT_FPS,
                total=len(captured),
                progress=progress,
                cancel=cancel,
            )

        return self._run(self.tr("Writing the movie"), work, self.movie_written.emit)

    # --- errors ----------------------------------------------------------------------

    def _present(self, error: BaseException) -> None:
        self.errors.present(error)


class ScreenshotDialog(QDialog):
    """Choose a view of the viewer and a magnification for a PNG screenshot.

    Parameters
    ----------
    views
        ``(label, render window)`` of each view offered.
    """

    def __init__(
        self, views: Sequence[tuple[str, vtkRenderWindow]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screenshotDialog")
        self.setWindowTitle(self.tr("Screenshot"))
        self.views = list(views)
        form = QFormLayout(self)
        self.view_combo = QComboBox(self)
        self.view_combo.setObjectName("screenshot.view")
        for label, _window in self.views:
            self.view_combo.addItem(label)
        self.scale_combo = QComboBox(self)
        self.scale_combo.setObjectName("screenshot.scale")
        for scale in range(1, MAX_SCALE + 1):
            self.scale_combo.addItem(self.tr("{n}× size").format(n=scale), scale)
        self.scale_combo.setCurrentIndex(1)
        form.addRow(self.tr("View"), self.view_combo)
        form.addRow(self.tr("Size"), self.scale_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self, path: Path) -> Path:
        """Save the chosen view at the chosen size."""
        _label, window = self.views[self.view_combo.currentIndex()]
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        return write_png(screenshot(window, int(self.scale_combo.currentData())), path)
