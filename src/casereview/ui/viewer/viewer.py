"""The viewer tab: tool bars, the grid of views and the cursor read-out."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casereview.domain.annotations import KeyImage
from casereview.domain.rendering import CameraView
from casereview.domain.volume import Volume
from casereview.render.key_images import rotation_degrees
from casereview.render.slice_pipeline import SeriesRole, SliceView
from casereview.session import (
    Layout,
    Orientation,
    SeriesInfo,
    SlabMode,
    ViewerSession,
)
from casereview.ui.core_messages import translate_message
from casereview.ui.viewer.view3d import View3DContext, View3DWidget
from casereview.ui.viewer.views import SliceViewWidget
from casereview.ui.viewer.window_controls import add_preset_items, add_width_level_boxes

if TYPE_CHECKING:  # the editor's modules import the views; only the type is needed
    from casereview.ui.viewer.editor import CaseEditor


def _tr(text: object) -> str:
    """Translate an English text marked with ``QT_TRANSLATE_NOOP("Viewer", …)``."""
    return QCoreApplication.translate("Viewer", str(text))


LAYOUT_NAMES = {
    Layout.ONE: QT_TRANSLATE_NOOP("Viewer", "1×1"),
    Layout.THREE: QT_TRANSLATE_NOOP("Viewer", "1×3"),
    Layout.QUAD: QT_TRANSLATE_NOOP("Viewer", "2×2 with 3-D"),
    Layout.COMPARE: QT_TRANSLATE_NOOP("Viewer", "Side by side"),
}
ORIENTATION_NAMES = {
    Orientation.AXIAL: QT_TRANSLATE_NOOP("Viewer", "Axial"),
    Orientation.CORONAL: QT_TRANSLATE_NOOP("Viewer", "Coronal"),
    Orientation.SAGITTAL: QT_TRANSLATE_NOOP("Viewer", "Sagittal"),
}
PRESET_NAMES = {
    "abdomen": QT_TRANSLATE_NOOP("Viewer", "Abdomen"),
    "liver": QT_TRANSLATE_NOOP("Viewer", "Liver"),
    "pancreas": QT_TRANSLATE_NOOP("Viewer", "Pancreas"),
    "angiography": QT_TRANSLATE_NOOP("Viewer", "Angiography"),
    "bone": QT_TRANSLATE_NOOP("Viewer", "Bone"),
    "lung": QT_TRANSLATE_NOOP("Viewer", "Lung"),
}
SLAB_NAMES = {
    SlabMode.NONE: QT_TRANSLATE_NOOP("Viewer", "Thin slice"),
    SlabMode.MIP: QT_TRANSLATE_NOOP("Viewer", "MIP"),
    SlabMode.MINIP: QT_TRANSLATE_NOOP("Viewer", "MinIP"),
    SlabMode.MEAN: QT_TRANSLATE_NOOP("Viewer", "Mean"),
}

#: Slices a second while cine plays.
CINE_FPS = 10


def render_labels() -> dict[str, str]:
    """The corner-text templates of the render layer, translated."""
    return {
        "axial": QCoreApplication.translate("Viewer", "Axial"),
        "coronal": QCoreApplication.translate("Viewer", "Coronal"),
        "sagittal": QCoreApplication.translate("Viewer", "Sagittal"),
        "oblique": QCoreApplication.translate("Viewer", "oblique"),
        "slice": QCoreApplication.translate("Viewer", "Im {index}/{count}"),
        "position": QCoreApplication.translate("Viewer", "{axis} {mm:.1f} mm"),
        "window": QCoreApplication.translate("Viewer", "W {width:.0f} L {level:.0f}"),
        "slab": QCoreApplication.translate("Viewer", "{mode} {thickness:.1f} mm"),
        "mip": QCoreApplication.translate("Viewer", "MIP"),
        "minip": QCoreApplication.translate("Viewer", "MinIP"),
        "mean": QCoreApplication.translate("Viewer", "Mean"),
        "identity_hidden": QCoreApplication.translate("Viewer", "Identity hidden"),
        "comparison": QCoreApplication.translate("Viewer", "Comparison"),
    }


class ViewerWidget(QWidget):
    """One open series (and optionally a second one beside it) in linked views.

    Parameters
    ----------
    volume, info
        The series to show.
    hide_phi
        Whether patient identity starts hidden.
    compare_candidates
        ``(series id, label)`` of other series the user may put beside this one.
    view3d_context
        Database and task runner of the 3-D view (named views, presets, surfaces, movies).
    """

    #: The user asked to show the series of this id beside the primary one.
    comparison_requested = Signal(int)
    #: The user chose a key image (:class:`KeyImage`) made on another series: open that one.
    key_image_elsewhere = Signal(object)

    def __init__(
        self,
        volume: Volume,
        info: SeriesInfo,
        *,
        hide_phi: bool = False,
        compare_candidates: Sequence[tuple[int, str]] = (),
        view3d_context: View3DContext | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("viewer")
        self.session = ViewerSession()
        self.session.set_phi_hidden(hide_phi)
        self.session.set_primary(volume, info)
        self.slice_widgets: dict[tuple[SeriesRole, Orientation], SliceViewWidget] = {}
        # Views created hidden fit their camera once they first have a size.
        self._fitted_views: set[SliceViewWidget] = set()
        self.view3d_context = view3d_context
        self.widget_3d: View3DWidget | None = None
        self.active_orientation = Orientation.AXIAL
        #: Measuring and segmentation on a case (``tools.CaseEditor``), once attached.
        self.editor: CaseEditor | None = None

        self._build_toolbars(compare_candidates)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(2)
        # Geometry findings (gaps, tilt corrected, resampled spacing) must be seen before anyone
        # measures on this volume, so they sit above the images rather than in a log.
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("volumeWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        self.warnings_label.setStyleSheet(
            "QLabel#volumeWarnings { background: #fff3cd; color: #5c4400;"
            " border-bottom: 1px solid #e0c36c; padding: 4px 8px; }"
        )
        self.readout = QLabel(self)
        self.readout.setObjectName("cursorReadout")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.toolbar2)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.grid_host, 1)
        layout.addWidget(self.readout)

        self.cine_timer = QTimer(self)
        self.cine_timer.setInterval(1000 // CINE_FPS)
        self.cine_timer.timeout.connect(self.cine_step)

        session = self.session
        session.layout_changed.connect(self._arrange)
        session.single_orientation_changed.connect(self._arrange)
        session.window_changed.connect(self._show_window)
        self._arrange()
        self._show_window(*session.window)
        self._show_readout(None)
        self._volume_warnings: dict[str, tuple[str, ...]] = {}
        self._show_volume_warnings(info.series_description or info.modality, volume)

    # --- tool bars -------------------------------------------------------------------

    def _build_toolbars(self, compare_candidates: Sequence[tuple[int, str]]) -> None:
        session = self.session
        self.toolbar = QToolBar(QCoreApplication.translate("Viewer", "Viewer"), self)
        self.toolbar.setObjectName("viewerToolbar")
        self.toolbar2 = QToolBar(QCoreApplication.translate("Viewer", "Viewer reformat"), self)
        self.toolbar2.setObjectName("viewerToolbar2")
        bar, bar2 = self.toolbar, self.toolbar2

        bar.addWidget(QLabel(QCoreApplication.translate("Viewer", "Layout:"), self))
        self.layout_combo = QComboBox(self)
        self.layout_combo.setObjectName("layoutCombo")
        for layout, name in LAYOUT_NAMES.items():
            self.layout_combo.addItem(_tr(name), layout)
        self.layout_combo.setCurrentIndex(self.layout_combo.findData(session.layout))
        self.layout_combo.currentIndexChanged.connect(
            lambda _i: self.set_layout(self.layout_combo.currentData())
        )
        bar.addWidget(self.layout_combo)

        self.plane_combo = QComboBox(self)
        self.plane_combo.setObjectName("planeCombo")
        self.plane_combo.setToolTip(
            QCoreApplication.translate("Viewer", "Plane shown by the 1×1 and side-by-side layouts")
        )
        for orientation, name in ORIENTATION_NAMES.items():
            self.plane_combo.addItem(_tr(name), orientation)
        self.plane_combo.currentIndexChanged.connect(
            lambda _i: session.set_single_orientation(self.plane_combo.currentData())
        )
        bar.addWidget(self.plane_combo)

        self.compare_combo = QComboBox(self)
        self.compare_combo.setObjectName("compareCombo")
        self.compare_combo.setToolTip(
            QCoreApplication.translate(
                "Viewer",
                "Show another series of the study beside this one, scrolled to the same position",
            )
        )
        self.compare_combo.addItem(QCoreApplication.translate("Viewer", "Compare with…"), None)
        for series_id, label in compare_candidates:
            self.compare_combo.addItem(label, series_id)
        self.compare_combo.activated.connect(self._compare_chosen)
        self._compare_action = bar.addWidget(self.compare_combo)
        self._compare_action.setVisible(bool(compare_candidates))
        bar.addSeparator()

        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("presetCombo")
        self.preset_combo.addItem(QCoreApplication.translate("Viewer", "Window preset…"), None)
        add_preset_items(self.preset_combo, PRESET_NAMES)
        self.preset_combo.activated.connect(self._preset_chosen)
        bar.addWidget(self.preset_combo)
        self.width_spin, self.level_spin = add_width_level_boxes(
            bar,
            self,
            object_names=("windowWidth", "windowLevel"),
            ranges=((1, 10000), (-3000, 5000)),
            tooltips=(
                QCoreApplication.translate("Viewer", "Window width (HU)"),
                QCoreApplication.translate("Viewer", "Window level (HU)"),
            ),
            apply=session.set_window,
        )

        self.window_mode_button = self._toggle(
            bar,
            "windowMode",
            QCoreApplication.translate("Viewer", "W/L drag"),
            QCoreApplication.translate(
                "Viewer",
                "Left-drag changes the window (horizontal: width, vertical: level) "
                "instead of moving the crosshair",
            ),
        )
        self.invert_button = self._toggle(
            bar,
            "invert",
            QCoreApplication.translate("Viewer", "Invert"),
            QCoreApplication.translate("Viewer", "Invert the grey scale"),
        )
        self.invert_button.toggled.connect(session.set_invert)
        reset = QToolButton(self)
        reset.setObjectName("resetView")
        reset.setText(QCoreApplication.translate("Viewer", "Reset view"))
        reset.setToolTip(
            QCoreApplication.translate(
                "Viewer", "Fit the images in their views again (zoom and pan)"
            )
        )
        reset.clicked.connect(self.reset_cameras)
        bar.addWidget(reset)

        bar2.addWidget(QLabel(QCoreApplication.translate("Viewer", "Slab:"), self))
        self.slab_combo = QComboBox(self)
        self.slab_combo.setObjectName("slabCombo")
        for mode, name in SLAB_NAMES.items():
            self.slab_combo.addItem(_tr(name), mode)
        bar2.addWidget(self.slab_combo)
        self.slab_spin = QDoubleSpinBox(self)
        self.slab_spin.setObjectName("slabThickness")
        self.slab_spin.setRange(1.0, 200.0)
        self.slab_spin.setDecimals(1)
        self.slab_spin.setValue(session.slab_thickness)
        self.slab_spin.setSuffix(QCoreApplication.translate("Viewer", " mm"))
        self.slab_spin.setToolTip(QCoreApplication.translate("Viewer", "Slab thickness"))
        bar2.addWidget(self.slab_spin)
        self.slab_combo.currentIndexChanged.connect(self._slab_changed)
        self.slab_spin.valueChanged.connect(self._slab_changed)
        bar2.addSeparator()

        bar2.addWidget(QLabel(QCoreApplication.translate("Viewer", "Oblique (°):"), self))
        self.rotation_spins: list[QSpinBox] = []
        for name, tip in (
            (
                "rotateLR",
                QCoreApplication.translate("Viewer", "Tilt the planes about the right–left axis"),
            ),
            (
                "rotateAP",
                QCoreApplication.translate(
                    "Viewer", "Tilt the planes about the anterior–posterior axis"
                ),
            ),
            (
                "rotateSI",
                QCoreApplication.translate("Viewer", "Turn the planes about the head–foot axis"),
            ),
        ):
            spin = QSpinBox(self)
            spin.setObjectName(name)
            spin.setRange(-90, 90)
            spin.setToolTip(tip)
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(self._rotation_changed)
            self.rotation_spins.append(spin)
        for label, spin in zip(
            (
                QCoreApplication.translate("Viewer", "R–L"),
                QCoreApplication.translate("Viewer", "A–P"),
                QCoreApplication.translate("Viewer", "S–I"),
            ),
            self.rotation_spins,
            strict=True,
        ):
            bar2.addWidget(QLabel(label, self))
            bar2.addWidget(spin)
        straight = QToolButton(self)
        straight.setObjectName("resetRotation")
        straight.setText(QCoreApplication.translate("Viewer", "Straighten"))
        straight.setToolTip(
            QCoreApplication.translate("Viewer", "Back to the axial, coronal and sagittal planes")
        )
        straight.clicked.connect(self._straighten)
        bar2.addWidget(straight)
        bar2.addSeparator()
        self.cine_button = self._toggle(
            bar2,
            "cine",
            QCoreApplication.translate("Viewer", "Cine"),
            QCoreApplication.translate(
                "Viewer", "Play through the slices of the active view (click again to pause)"
            ),
        )
        self.cine_button.toggled.connect(self.set_cine)

    def _toggle(self, bar: QToolBar, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        bar.addWidget(button)
        return button

    def _straighten(self) -> None:
        for spin in self.rotation_spins:
            spin.setValue(0)

    def _preset_chosen(self, index: int) -> None:
        key = self.preset_combo.itemData(index)
        if key is not None:
            self.session.apply_preset(key)
        self.preset_combo.setCurrentIndex(0)

    def apply_preset(self, key: str) -> None:
        """Apply a window preset as the preset menu does."""
        self._preset_chosen(self.preset_combo.findData(key))

    def _compare_chosen(self, index: int) -> None:
        series_id = self.compare_combo.itemData(index)
        if series_id is not None:
            self.comparison_requested.emit(int(series_id))

    def _slab_changed(self, *_: object) -> None:
        self.session.set_slab(self.slab_combo.currentData(), self.slab_spin.value())

    def _rotation_changed(self, *_: object) -> None:
        first, second, third = (spin.value() for spin in self.rotation_spins)
        self.session.set_rotation((first, second, third))

    def _show_window(self, width: float, level: float) -> None:
        for spin, value in ((self.width_spin, width), (self.level_spin, level)):
            with QSignalBlocker(spin):
                spin.setValue(round(value))

    # --- layout ----------------------------------------------------------------------

    def set_layout(self, layout: Layout) -> None:
        """Arrange the views (1×1, 1×3, 2×2 with 3-D, side by side)."""
        self.session.set_layout(layout)
        with QSignalBlocker(self.layout_combo):
            self.layout_combo.setCurrentIndex(self.layout_combo.findData(Layout(layout)))

    def _slice_widget(self, role: SeriesRole, orientation: Orientation) -> SliceViewWidget:
        key = (role, orientation)
        if key not in self.slice_widgets:
            view = SliceView(self.session, orientation, role)
            view.labels = render_labels()
            view.refresh()
            widget = SliceViewWidget(view, self.grid_host)
            widget.window_mode = self.window_mode_button.isChecked
            widget.hovered.connect(self._show_readout)
            widget.activated.connect(lambda o=orientation: self._set_active(o))
            self.slice_widgets[key] = widget
            if self.editor is not None:
                self.editor.attach(widget)
        return self.slice_widgets[key]

    def _planes_widget(self) -> View3DWidget:
        if self.widget_3d is None:
            self.widget_3d = View3DWidget(self.session, self.view3d_context, self.grid_host)
        return self.widget_3d

    def visible_views(self) -> list[SliceViewWidget | View3DWidget]:
        """The views of the current layout, in reading order."""
        session = self.session
        single = session.single_orientation
        axial, coronal, sagittal = Orientation
        if session.layout is Layout.ONE:
            return [self._slice_widget("primary", single)]
        if session.layout is Layout.THREE:
            return [self._slice_widget("primary", o) for o in (axial, coronal, sagittal)]
        if session.layout is Layout.COMPARE and session.comparison is not None:
            return [self._slice_widget("primary", single), self._slice_widget("comparison", single)]
        if session.layout is Layout.COMPARE:
            return [self._slice_widget("primary", single)]
        return [
            self._slice_widget("primary", axial),
            self._slice_widget("primary", coronal),
            self._slice_widget("primary", sagittal),
            self._planes_widget(),
        ]

    def _arrange(self, *_: object) -> None:
        views = self.visible_views()
        while self.grid.count():
            self.grid.takeAt(0)
        shown = set(map(id, views))
        for widget in [*self.slice_widgets.values(), self.widget_3d]:
            if widget is not None and id(widget) not in shown:
                widget.hide()
        columns = 2 if self.session.layout is Layout.QUAD else len(views)
        for number, widget in enumerate(views):
            self.grid.addWidget(widget, number // columns, number % columns)
            widget.show()
        for row in range(3):
            self.grid.setRowStretch(row, 1 if row < (len(views) + columns - 1) // columns else 0)
        for column in range(4):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        with QSignalBlocker(self.plane_combo):
            self.plane_combo.setCurrentIndex(
                self.plane_combo.findData(self.session.single_orientation)
            )
        self.plane_combo.setEnabled(self.session.layout in (Layout.ONE, Layout.COMPARE))
        QTimer.singleShot(0, self._refit_new_views)
        if self.editor is not None:
            self.editor.attach_3d(self.widget_3d)

    def _refit_new_views(self) -> None:
        # A view created hidden fitted itself to a 0×0 size; fit it once it has a size.
        for widget in self.visible_views():
            if isinstance(widget, SliceViewWidget) and widget not in self._fitted_views:
                if widget.width() > 1:
                    widget.view.reset_camera()
                    self._fitted_views.add(widget)
            widget.schedule_render()

    def reset_cameras(self) -> None:
        """Fit every view's image again."""
        for widget in self.slice_widgets.values():
            widget.view.reset_camera()
            widget.schedule_render()
        if self.widget_3d is not None:
            self.widget_3d.view.reset_camera()
            self.widget_3d.schedule_render()

    def _set_active(self, orientation: Orientation) -> None:
        self.active_orientation = orientation

    # --- measuring and segmenting ---------------------------------------------------

    def attach_editor(self, editor: CaseEditor) -> None:
        """Add the measurement/segmentation tools of a case (tool bar and side panels)."""
        self.editor = editor
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.toolbar2) + 1, editor.toolbar)
        index = layout.indexOf(self.grid_host)
        layout.removeWidget(self.grid_host)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("viewerSplitter")
        self.splitter.addWidget(self.grid_host)
        self.splitter.addWidget(editor.side_panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([max(400, self.width() - 380), 380])
        layout.insertWidget(index, self.splitter, 1)
        editor.annotation_panel.flag_requested = self.flag_key_image
        editor.annotation_panel.key_image_chosen = self.show_key_image
        for widget in self.slice_widgets.values():
            editor.attach(widget)
        editor.attach_3d(self.widget_3d)
        QTimer.singleShot(0, self._refit_new_views)

    def active_slice_widget(self) -> SliceViewWidget | None:
        """The visible 2-D view the user worked in last (the first one otherwise)."""
        views = [
            v
            for v in self.visible_views()
            if isinstance(v, SliceViewWidget) and v.view.role == "primary"
        ]
        for widget in views:
            if widget.view.orientation is self.active_orientation:
                return widget
        return views[0] if views else None

    def flag_key_image(self, caption: str | None = None) -> bool:
        """Flag the active view as a key image (asks for a caption when none is given)."""
        widget = self.active_slice_widget()
        if self.editor is None or widget is None:
            return False
        if caption is None:
            caption = self.editor.ask_text(
                QCoreApplication.translate("Viewer", "Flag key image"),
                QCoreApplication.translate("Viewer", "Caption (what this image shows):"),
                "",
            )
            if caption is None:
                return False
        return bool(self.editor.flag_key_image(widget, caption))

    def show_key_image(self, key_image: KeyImage) -> bool:
        """Take the views where a key image was flagged.

        A 2-D key image brings back its plane (orientation, obliquity, slice), window and
        zoom; a 3-D one the 2×2 layout with its camera and scene (surfaces, volume rendering,
        crop and clip). A key image of another series is announced on
        :attr:`key_image_elsewhere` for the window to open that series.

        Returns
        -------
        bool
            Whether the views went there (``False``: another series).
        """
        primary = self.session.primary
        if primary is None or (
            primary.volume.series_instance_uid != key_image.reference.series_instance_uid
        ):
            self.key_image_elsewhere.emit(key_image)
            return False
        if key_image.camera is not None:
            self._show_key_image_3d(key_image)
        elif key_image.plane is not None:
            self._show_key_image_2d(key_image)
        return True

    def _show_key_image_2d(self, key_image: KeyImage) -> None:
        plane = key_image.plane
        assert plane is not None
        session = self.session
        try:
            orientation = Orientation(key_image.orientation)
        except ValueError:  # an oblique key image: the axial view tilted to its plane
            orientation = Orientation.AXIAL
        if session.layout in (Layout.ONE, Layout.COMPARE):
            session.set_single_orientation(orientation)
        rotation = rotation_degrees(plane, orientation)
        session.set_rotation(rotation)
        for spin, degrees in zip(self.rotation_spins, rotation, strict=True):
            with QSignalBlocker(spin):
                spin.setValue(round(degrees))
        session.set_window(key_image.window_width, key_image.window_center)
        session.set_crosshair(np.asarray(plane.origin, dtype=float))
        self.active_orientation = orientation
        widget = self._slice_widget("primary", orientation)
        view = widget.view
        view.refresh()
        if key_image.zoom_mm > 0 and view.source.plane is not None:
            u, v, _ = view.source.plane.to_plane(np.asarray(plane.origin, dtype=float))
            view.look_at((float(u), float(v)), key_image.zoom_mm)
        else:
            view.reset_camera()
        # The view keeps this framing when it is first laid out (not fitted to the plane).
        self._fitted_views.add(widget)
        widget.schedule_render()

    def _show_key_image_3d(self, key_image: KeyImage) -> None:
        camera = key_image.camera
        assert camera is not None
        if self.session.layout is not Layout.QUAD:
            self.set_layout(Layout.QUAD)
        self.session.set_window(key_image.window_width, key_image.window_center)
        self._planes_widget().show_scene(
            key_image.scene,
            CameraView(
                camera.position,
                camera.focal_point,
                camera.view_up,
                camera.view_angle,
                camera.parallel_scale > 0,
                camera.parallel_scale if camera.parallel_scale > 0 else 100.0,
            ),
            self.session.segment_masks,
        )

    # --- comparison ------------------------------------------------------------------

    def _show_volume_warnings(self, label: str, volume: Volume) -> None:
        self._volume_warnings[label] = volume.warnings
        items = [
            f"<li><b>{html.escape(series)}</b>: {html.escape(translate_message(text))}</li>"
            for series, texts in self._volume_warnings.items()
            for text in texts
        ]
        self.warnings_label.setVisible(bool(items))
        if items:
            heading = QCoreApplication.translate("Viewer", "Check before measuring:")
            self.warnings_label.setText(
                f"<b>⚠ {html.escape(heading)}</b><ul style='margin:2px'>{''.join(items)}</ul>"
            )

    def volume_loaded(self, volume: Volume) -> None:
        """The volume shown while loading is complete: final warnings, final redraw."""
        self.session.replace_primary_volume(volume)
        primary = self.session.primary
        label = primary.info.series_description or primary.info.modality if primary else ""
        self._volume_warnings.pop(label, None)
        self._show_volume_warnings(label, volume)

    def set_comparison(self, volume: Volume, info: SeriesInfo) -> None:
        """Show a second series beside the first, linked by patient position."""
        self.session.set_comparison(volume, info)
        self._show_volume_warnings(info.series_description or info.modality, volume)
        if self.session.layout is not Layout.COMPARE:
            self.set_layout(Layout.COMPARE)
        else:
            self._arrange()

    # --- cine ------------------------------------------------------------------------

    def set_cine(self, playing: bool) -> None:
        """Play or pause cine through the active view's slices (loops)."""
        if playing:
            self.cine_timer.start()
        else:
            self.cine_timer.stop()
        with QSignalBlocker(self.cine_button):
            self.cine_button.setChecked(playing)

    def cine_step(self) -> None:
        """Show the next slice of the active view; after the last comes the first."""
        session, orientation = self.session, self.active_orientation
        before = session.crosshair.copy()
        session.scroll(orientation, 1)
        if np.allclose(before, session.crosshair):
            session.scroll(orientation, -100_000)  # clamped to the first slice

    # --- read-out, privacy, shutdown -------------------------------------------------

    def _show_readout(self, point: object) -> None:
        session = self.session
        if point is None or session.primary is None:
            self.readout.setText(
                QCoreApplication.translate(
                    "Viewer", "Move the mouse over an image for its value and position."
                )
            )
            return
        lps = np.asarray(point)
        value = session.primary.value_at(lps)
        if value is None:
            value_text = QCoreApplication.translate("Viewer", "outside the volume")
        elif session.primary.volume.modality in ("CT", ""):
            value_text = QCoreApplication.translate("Viewer", "{v:.0f} HU").format(v=value)
        else:
            value_text = f"{value:.0f}"
        self.readout.setText(
            QCoreApplication.translate(
                "Viewer", "{value} · R/L {x:.1f}, A/P {y:.1f}, S/I {z:.1f} mm (LPS)"
            ).format(value=value_text, x=lps[0], y=lps[1], z=lps[2])
        )

    def set_hide_phi(self, hide: bool) -> None:
        """Hide or show the patient's identity in the views."""
        self.session.set_phi_hidden(hide)

    def shutdown(self) -> None:
        """Stop cine, stop observing the session and release OpenGL resources."""
        self.cine_timer.stop()
        if self.editor is not None:
            self.editor.close()
        for widget in self.slice_widgets.values():
            widget.view.close()
            widget.shutdown()
        if self.widget_3d is not None:
            self.widget_3d.view.close()
            self.widget_3d.shutdown()
